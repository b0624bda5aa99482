#pragma once
// The limits of the format (docs/scenario-format.md, Limits).

#include <cstddef>

namespace epd {

// How much a valid file may hold (docs/scenario-format.md, Limits): far
// above any real hospital or region (the national scenario has 69
// hospitals), low enough that every valid file loads and runs in bounded time
// and memory. A list past its limit is the only problem reported.
inline constexpr std::size_t kMaxHospitals = 200;
inline constexpr std::size_t kMaxComponents = 500;  // the scenario's, and each hospital's own
inline constexpr std::size_t kMaxFunctions = 200;   // a hospital's
inline constexpr std::size_t kMaxFallbacks = 200;   // a hospital's
inline constexpr std::size_t kMaxInjects = 5000;
inline constexpr std::size_t kMaxActions = 1000;
inline constexpr std::size_t kMaxDeadlines = 200;
inline constexpr std::size_t kMaxObjectives = 500;
inline constexpr std::size_t kMaxSources = 1000;
inline constexpr std::size_t kMaxTravelTimes = 20000;  // a pair of 200 hospitals each
inline constexpr std::size_t kMaxListItems = 100;      // effects, recipients, parameters, criteria, ... of one item
inline constexpr std::size_t kMaxPlanCommands = 20000;

// However many flow effects are stacked, a flow runs at most this many
// times its normal (one effect's factor is at most 10 too).
inline constexpr double kMaxFlowFactor = 10;

}  // namespace epd

#pragma once
// Checks across a loaded scenario that no single field can make: unique ids,
// references to ids that exist, triggers that could never fire. Each problem
// names the field path; the loader turns paths into line:column.

#include <cstddef>
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace epd {

struct Finding {
  std::string path;     // "injects[3].trigger.component"
  std::string message;
  bool warning = false;  // the file is valid, but probably not what the trainer meant
};

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

std::vector<Finding> check_scenario(const Scenario& s);

// "; did you mean 'x'?" for a near miss among the known ids, else the list.
std::string known_ids(const std::string& id, const std::vector<std::string>& known);
// "unknown decision 'x'; did you mean 'y'?"
std::string unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known);

// The ids of a list of scenario items, in file order.
template <class T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}

}  // namespace epd

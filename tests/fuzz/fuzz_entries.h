#pragma once
// The fuzz targets' entry functions: one per loader, plus a scenario that
// loads played for one simulated day. libFuzzer calls them through
// libfuzzer_main.cpp (only in the `fuzz` preset); replay_regressions.cpp feeds
// them every kept input in every build, so g++ runs them too
// (docs/fuzzing.md).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace epd::fuzz {

// Inputs above this are skipped: the largest shipped file is 74 kB, and
// libFuzzer's time is better spent on many small inputs than on a few huge
// ones. Playing a day has its own, lower cap.
inline constexpr std::size_t kMaxLoaderInput = 256 * 1024;
inline constexpr std::size_t kMaxPlayInput = 64 * 1024;

void scenario(std::string_view text);  // load_scenario_text
void plan(std::string_view text);      // load_plan_text against the flagship scenario
void save(std::string_view text);      // load_save_text, its checksum made to match first
void bundle(std::string_view text);    // read_bundle_text
void play_day(std::string_view text);  // load_scenario_text, then 1 simulated day with no response

using Entry = void (*)(std::string_view);

// The entry called `name` ("scenario", "plan", ...), or null.
Entry entry_named(std::string_view name);

}  // namespace epd::fuzz

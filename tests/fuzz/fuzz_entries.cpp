#include "fuzz_entries.h"

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <string>

#include "core/sha256.h"
#include "engine/exercise.h"
#include "engine/run_plan.h"
#include "save/save_file.h"
#include "scenario/plan.h"
#include "scenario/scenario_bundle.h"
#include "scenario/scenario_load.h"

namespace epd::fuzz {

namespace {

// The flagship scenario, loaded once: every fuzzed plan is checked against it.
const Scenario& flagship() {
  static const std::shared_ptr<const Scenario> loaded = [] {
    const std::string path = std::string(EPD_SOURCE_DIR) + "/scenarios/vendor-cloud-ransomware.json";
    ScenarioLoad load = load_scenario_file(path);
    if (!load.ok()) {
      std::fprintf(stderr, "fuzz: cannot load %s\n", path.c_str());
      std::abort();
    }
    return load.scenario;
  }();
  return *loaded;
}

// A save is refused unless its SHA-256 matches, which a mutated input almost
// never does: write the right digits into `"checksum": "sha256:...` (as
// save_text does) so the fuzzer reaches the fields behind it.
std::string with_matching_checksum(std::string_view text) {
  std::string fixed(text);
  const std::string marker = "\"checksum\": \"sha256:";
  const std::size_t at = fixed.find(marker);
  if (at == std::string::npos || at + marker.size() + 64 > fixed.size()) return fixed;
  const std::size_t digits = at + marker.size();
  fixed.replace(digits, 64, std::string(64, '0'));
  fixed.replace(digits, 64, sha256_hex(fixed));
  return fixed;
}

}  // namespace

void scenario(std::string_view text) {
  if (text.size() > kMaxLoaderInput) return;
  (void)load_scenario_text(text, "fuzz.json");
}

void plan(std::string_view text) {
  if (text.size() > kMaxLoaderInput) return;
  (void)load_plan_text(text, "fuzz.plan.json", flagship());
}

void save(std::string_view text) {
  if (text.size() > kMaxLoaderInput) return;
  (void)load_save_text(with_matching_checksum(text), "fuzz.save.json");
}

void bundle(std::string_view text) {
  if (text.size() > kMaxLoaderInput) return;
  (void)read_bundle_text(text, "fuzz.bundle.json");
}

void play_day(std::string_view text) {
  if (text.size() > kMaxPlayInput) return;
  const ScenarioLoad load = load_scenario_text(text, "fuzz.json");
  if (!load.ok()) return;
  Exercise exercise(load.scenario, 1);
  (void)run_plan_until(exercise, Plan{}, std::min<SimTime>(kDay, exercise.horizon()));
  (void)exercise.fingerprint();
}

Entry entry_named(std::string_view name) {
  if (name == "scenario") return &scenario;
  if (name == "plan") return &plan;
  if (name == "save") return &save;
  if (name == "bundle") return &bundle;
  if (name == "play_day") return &play_day;
  return nullptr;
}

}  // namespace epd::fuzz

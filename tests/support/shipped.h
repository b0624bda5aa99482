#pragma once
// A shipped scenario (scenarios/NAME.json) and its reference plan
// (NAME.plan.json), loaded and required valid, and played headless: what the
// tests of every shipped scenario share.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/exercise.h"
#include "scenario/plan.h"
#include "scenario/scenario.h"

namespace epd::test {

struct ShippedScenario {
  std::shared_ptr<const Scenario> scenario;
  Plan plan;  // empty when loaded without it
};

// scenarios/NAME.json and, `with_plan`, scenarios/NAME.plan.json (REQUIREs both valid).
ShippedScenario load_shipped(const std::string& name, bool with_plan = true);

// The scenario played with `plan` from T0 to `until` (-1: its horizon).
Exercise play_shipped(const ShippedScenario& shipped, const Plan& plan, std::uint64_t seed = 1, SimTime until = -1);

// The scenario played with `plan` once for each of seeds 1 to `seeds`, and a
// metric added up over those runs (one seed alone can be noisy).
std::vector<Exercise> play_seeds(const ShippedScenario& shipped, const Plan& plan, int seeds = 3);
double total(const std::vector<Exercise>& runs, const std::string& metric);

// CHECKs that the engine accepted every command of the run, naming any it refused and why.
void check_every_command_accepted(const Exercise& exercise);

// When function `id` of the first hospital was last restored, or -1.
SimTime last_restored_at(const Exercise& exercise, const std::string& id);

}  // namespace epd::test

#pragma once
// What the benchmarks share: the peak memory of the process, and a scenario
// with its plan loaded or their problems printed.

#include <sys/resource.h>

#include <iostream>
#include <optional>
#include <string>

#include "scenario/plan.h"
#include "scenario/scenario_load.h"

namespace epd::bench {

inline long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

struct ScenarioAndPlan {
  std::shared_ptr<const Scenario> scenario;
  Plan plan;
};
// Both files loaded; nullopt with their problems on stderr.
inline std::optional<ScenarioAndPlan> load_scenario_and_plan(const std::string& scenario_file, const std::string& plan_file) {
  const ScenarioLoad scenario = load_scenario_file(scenario_file);
  if (!scenario.ok()) {
    std::cerr << scenario.problems.format_all();
    return std::nullopt;
  }
  const PlanLoad plan = load_plan_file(plan_file, *scenario.scenario);
  if (!plan.ok()) {
    std::cerr << plan.problems.format_all();
    return std::nullopt;
  }
  return ScenarioAndPlan{scenario.scenario, *plan.plan};
}

}  // namespace epd::bench

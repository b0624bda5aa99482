// epd-drill validate FILE...: every problem of every file, one per line on
// stderr. A plan (NAME.plan.json) is checked against its scenario NAME.json.

#include <iostream>

#include "cli/commands.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool validate_one(const std::string& file) {
  const std::string plan_suffix = ".plan.json";
  if (!ends_with(file, plan_suffix)) {
    const ScenarioLoad load = load_scenario_file(file);
    std::cerr << problems_text(load.problems) << problems_text(load.warnings);
    if (load.ok())
      std::cout << file << ": "
                << fill(tr("valid scenario '{0}' ({1} injects, {2} decisions, {3} objectives)"),
                        {load.scenario->id, std::to_string(load.scenario->injects.size()),
                         std::to_string(load.scenario->actions.size()), std::to_string(load.scenario->objectives.size())})
                << "\n";
    return load.ok();
  }
  const std::string scenario_file = file.substr(0, file.size() - plan_suffix.size()) + ".json";
  const ScenarioLoad scenario = load_scenario_file(scenario_file);
  if (!scenario.ok()) {
    std::cerr << file << ":1:1: "
              << fill(tr("a plan is checked against its scenario {0}, which is not valid:"), {scenario_file}) << "\n"
              << problems_text(scenario.problems);
    return false;
  }
  const PlanLoad plan = load_plan_file(file, *scenario.scenario);
  std::cerr << problems_text(plan.problems);
  if (plan.ok())
    std::cout << file << ": "
              << fill(tr("valid plan for '{0}' ({1} commands)"),
                      {plan.plan->scenario, std::to_string(plan.plan->commands.size())})
              << "\n";
  return plan.ok();
}

}  // namespace

int validate(const std::vector<std::string>& files) {
  bool all_valid = true;
  for (const auto& f : files) all_valid = validate_one(f) && all_valid;
  return all_valid ? kExitOk : kExitFailure;
}

}  // namespace epd::cli

// epd-drill validate FILE... [--plan PLAN]...: every problem of every file,
// one per line on stderr. A plan is checked against a scenario: the one given
// with --plan, or else NAME.json beside NAME.plan.json (plan_files.h).

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "scenario/plan.h"
#include "scenario/plan_files.h"
#include "scenario/scenario_load.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {
namespace {

ScenarioLoad check_scenario_file(const std::string& file) {
  ScenarioLoad load = load_scenario_file(file);
  std::cerr << problems_text(load.problems) << problems_text(load.warnings);
  if (load.ok())
    std::cout << file << ": "
              << fill(tr("valid scenario '{0}' ({1} injects, {2} decisions, {3} objectives)"),
                      {load.scenario->id, std::to_string(load.scenario->injects.size()),
                       std::to_string(load.scenario->actions.size()), std::to_string(load.scenario->objectives.size())})
              << "\n";
  // An older file plays as it always did, with what later formats corrected: say so, once.
  const int uncorrected = load.ok() ? load.scenario->legacy.uncorrected() : 0;
  if (uncorrected > 0) {
    // The sections of docs/calibration.md that name what it plays uncorrected: format 6 corrected the first.
    std::string sections;
    for (int v = std::max(6, load.scenario->format_version + 1); v <= kScenarioFormatVersion; ++v)
      sections += (sections.empty() ? "" : ", ") + std::string("\"Corrected in format ") + std::to_string(v) + "\"";
    std::cout << file << ": "
              << fill(tr("version {0}: plays with {1} that later versions corrected (docs/calibration.md, {2}); write \"format_version\": {3} to play it corrected"),
                      {std::to_string(load.scenario->format_version),
                       counted(static_cast<std::size_t>(uncorrected), tr_later("1 mechanism"), tr_later("{0} mechanisms")), sections,
                       std::to_string(kScenarioFormatVersion)})
              << "\n";
  }
  return load;
}

bool check_plan_file(const std::string& file, const Scenario& scenario) {
  const PlanLoad plan = load_plan_file(file, scenario);
  std::cerr << problems_text(plan.problems) << problems_text(plan.warnings);
  if (plan.ok())
    std::cout << file << ": "
              << fill(tr("valid plan for '{0}' ({1})"),
                      {plan.plan->scenario,
                       counted(plan.plan->commands.size(), tr_later("1 command"), tr_later("{0} commands"))})
              << "\n";
  return plan.ok();
}

// NAME.plan.json or NAME.OTHER.plan.json, checked against NAME.json beside it.
bool check_plan_beside_its_scenario(const std::string& file) {
  const std::string scenario_file = scenario_path_of_plan(file);
  const ScenarioLoad scenario = load_scenario_file(scenario_file);
  if (!scenario.ok()) {
    std::cerr << file << ":1:1: "
              << fill(tr("a plan is checked against its scenario {0}, which is not valid:"), {scenario_file}) << "\n"
              << problems_text(scenario.problems);
    return false;
  }
  return check_plan_file(file, *scenario.scenario);
}

// --plan: the scenario is validated as any file, then each plan against it
// (its problems are printed once, above the plans').
int check_plans_against(const std::string& scenario_file, const std::vector<std::string>& plans) {
  const ScenarioLoad scenario = check_scenario_file(scenario_file);
  bool all_valid = scenario.ok();
  for (const std::string& plan : plans) {
    if (scenario.ok()) {
      all_valid = check_plan_file(plan, *scenario.scenario) && all_valid;
    } else {
      std::cerr << plan << ":1:1: "
                << fill(tr("a plan is checked against the scenario {0}, which is not valid (its problems are above)"),
                        {scenario_file})
                << "\n";
    }
  }
  return all_valid ? kExitOk : kExitFailure;
}

}  // namespace

int validate(const std::vector<std::string>& files, const std::vector<std::string>& plans) {
  if (!plans.empty()) {
    if (files.size() != 1 || is_plan_file(files.front())) {
      std::cerr << "epd-drill validate: "
                << tr("with --plan, give exactly one scenario file: the plans are checked against it") << "\n";
      return kExitUsage;
    }
    return check_plans_against(files.front(), plans);
  }
  bool all_valid = true;
  for (const auto& f : files)
    all_valid = (is_plan_file(f) ? check_plan_beside_its_scenario(f) : check_scenario_file(f).ok()) && all_valid;
  return all_valid ? kExitOk : kExitFailure;
}

}  // namespace epd::cli

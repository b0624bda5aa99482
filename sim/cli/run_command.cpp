// epd-drill run SCENARIO [--seed N] [--plan PLAN] [--until DURATION]
//                        [--summary OUT.json] [--quiet]

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/timeline.h"
#include "engine/run_plan.h"
#include "engine/summary.h"
#include "io/text_file.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"

namespace epd::cli {

int run(const RunOptions& options) {
  const ScenarioLoad scenario = load_scenario_file(options.scenario);
  if (!scenario.ok()) {
    std::cerr << scenario.problems.format_all();
    return kExitFailure;
  }
  SimTime until = scenario.scenario->horizon.minutes;
  if (!options.until.empty()) {
    std::string error;
    const auto parsed = parse_duration(options.until, &error);
    if (!parsed) {
      std::cerr << "epd-drill run: --until: " << error << "\n";
      return kExitUsage;
    }
    until = *parsed;
  }
  Plan plan;
  if (!options.plan.empty()) {
    const PlanLoad loaded = load_plan_file(options.plan, *scenario.scenario);
    if (!loaded.ok()) {
      std::cerr << loaded.problems.format_all();
      return kExitFailure;
    }
    plan = *loaded.plan;
  }

  Exercise exercise(scenario.scenario, options.seed);
  // The wall clock only measures the run; it never feeds the simulation.
  const auto started = std::chrono::steady_clock::now();
  run_plan_until(exercise, plan, until);
  const auto elapsed = std::chrono::steady_clock::now() - started;

  OutcomeSummary summary = summarize(exercise, until >= exercise.horizon());
  summary.wall_ms = std::chrono::duration<double, std::milli>(elapsed).count();
  if (!options.quiet) {
    print_timeline(std::cout, exercise);
    print_outcome(std::cout, exercise);
    std::cout << "\n" << summary.events_processed << " events in " << static_cast<long long>(summary.wall_ms) << " ms\n";
  }
  if (!options.summary.empty()) {
    std::string error;
    if (!write_file_atomic(options.summary, summary_json(summary), &error)) {
      std::cerr << "epd-drill run: cannot write the summary: " << error << "\n";
      return kExitFailure;
    }
  }
  return kExitOk;
}

}  // namespace epd::cli

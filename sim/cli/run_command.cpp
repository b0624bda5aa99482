// epd-drill run SCENARIO [--seed N] [--plan PLAN] [--until DURATION]
//                        [--summary OUT.json] [--save OUT.save.json] [--quiet]

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/timeline.h"
#include "engine/run_plan.h"
#include "engine/summary.h"
#include "core/sha256.h"
#include "io/text_file.h"
#include "save/save_file.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {

int run(const RunOptions& options) {
  const ScenarioLoad scenario = read_scenario(options.scenario);
  if (!scenario.ok()) return kExitFailure;
  int hospital = -1;
  if (!find_hospital(*scenario.scenario, options.hospital, &hospital, "epd-drill run")) return kExitUsage;
  SimTime until = 0;
  if (!read_until(options.until, *scenario.scenario, "epd-drill run", &until)) return kExitUsage;
  // Before anything is played or written: neither output may be an input, nor both the same file.
  if (output_clashes(options.summary, {options.scenario, options.plan}, "epd-drill run --summary") ||
      output_taken(options.summary, options.replace, "epd-drill run --summary") ||
      output_clashes(options.save, {options.scenario, options.plan}, "epd-drill run --save"))
    return kExitFailure;
  if (!options.summary.empty() && !options.save.empty() && same_path(options.summary, options.save)) {
    std::cerr << "epd-drill run: " << fill(tr("--summary and --save name the same file {0}; choose two"), {options.save}) << "\n";
    return kExitUsage;
  }
  std::error_code ec;
  if (!options.save.empty() && std::filesystem::exists(options.save, ec)) {
    std::cerr << "epd-drill run: --save: "
              << fill(tr("{0} exists; a save is never overwritten: choose another name"), {options.save}) << "\n";
    return kExitFailure;
  }
  // Checked before the run, not after it: a long run's save must not be lost to a folder that cannot be written.
  if (std::string error; !options.save.empty() && !can_create_beside(options.save, &error)) {
    std::cerr << "epd-drill run: --save: " << engine_message(error) << "\n";
    return kExitFailure;
  }
  Plan plan;
  if (!read_plan(options.plan, *scenario.scenario, &plan)) return kExitFailure;

  Exercise exercise(scenario.scenario, options.seed);
  // The wall clock only measures the run; it never feeds the simulation.
  const auto started = std::chrono::steady_clock::now();
  run_plan_until(exercise, plan, until);
  const auto elapsed = std::chrono::steady_clock::now() - started;

  OutcomeSummary summary = summarize(exercise, until >= exercise.horizon());
  summary.wall_ms = std::chrono::duration<double, std::milli>(elapsed).count();
  if (!options.quiet) {
    print_timeline(std::cout, exercise);
    print_outcome(std::cout, exercise, hospital);
    std::cout << "\n"
              << fill(tr("{0} events in {1} ms"),
                      {std::to_string(summary.events_processed), std::to_string(static_cast<long long>(summary.wall_ms))})
              << "\n";
  }
  if (!options.summary.empty() && !write_summary(options.summary, summary_json(summary), "epd-drill run"))
    return kExitFailure;
  if (!options.save.empty()) {
    // No wall-clock times: a headless run's save is the same bytes every time.
    Save save;
    save.dutch = plan.dutch;  // the plan's texts in two languages: its commands' `why`
    // The title in both languages: the console lists saves in the language it is shown in.
    const Said title = say_in_both([&] {
      return scenario.scenario->local(scenario.scenario->title) +
             (plan.title.empty() ? std::string(tr(", no response")) : ", " + plan.local(plan.title));
    });
    save.set_title(title);
    save.scenario_file = options.scenario;
    save.scenario_text = scenario.text;
    save.scenario_sha256 = sha256_hex(scenario.text);
    save.finished = true;
    record_exercise(save, exercise);
    std::string error;
    if (!write_new_save_file(options.save, save, &error)) {
      std::cerr << "epd-drill run: " << fill(tr("cannot write the save: {0}"), {engine_message(error)}) << "\n";
      return kExitFailure;
    }
  }
  return kExitOk;
}

bool read_until(const std::string& text, const Scenario& scenario, const char* who, SimTime* until) {
  *until = scenario.horizon.minutes;
  if (text.empty()) return true;
  std::string error;
  const auto parsed = parse_duration(text, &error);
  if (!parsed) {
    std::cerr << who << ": --until: " << engine_message(error) << "\n";
    return false;
  }
  *until = *parsed;
  if (*until <= scenario.horizon.minutes) return true;
  std::cerr << who << ": "
            << fill(tr("--until {0} is after the scenario's horizon ({1}): the exercise ends there"),
                    {text, format_duration(scenario.horizon.minutes)})
            << "\n";
  return false;
}

bool find_hospital(const Scenario& s, const std::string& id, int* index, const char* who) {
  *index = id.empty() ? -1 : s.hospital_index(id);
  if (id.empty() || *index >= 0) return true;
  std::string known;
  for (std::size_t k = 0; k < s.hospitals.size() && k < 12; ++k) known += (known.empty() ? "" : ", ") + s.hospitals[k].id;
  if (s.hospitals.size() > 12) known += ", ...";
  std::cerr << who << ": --hospital: " << fill(tr("'{0}' is not a hospital of {1}; its hospitals: {2}"), {id, s.id, known})
            << "\n";
  return false;
}

ScenarioLoad read_scenario(const std::string& path) {
  ScenarioLoad loaded = load_scenario_file(path);
  if (!loaded.ok()) std::cerr << problems_text(loaded.problems);
  return loaded;
}

bool read_plan(const std::string& path, const Scenario& scenario, Plan* plan) {
  if (path.empty()) return true;
  const PlanLoad loaded = load_plan_file(path, scenario);
  if (!loaded.ok()) {
    std::cerr << problems_text(loaded.problems);
    return false;
  }
  *plan = *loaded.plan;
  return true;
}

bool write_summary(const std::string& path, const std::string& json, const char* who) {
  std::string error;
  if (write_file_atomic(path, json, &error)) return true;
  std::cerr << who << ": " << fill(tr("cannot write the summary: {0}"), {engine_message(error)}) << "\n";
  return false;
}

}  // namespace epd::cli

#pragma once
// A plan: a list of timed commands, the response of a team written down in
// advance (scenarios/*.plan.json). `epd-drill run --plan` submits each
// command when the clock reaches its time.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/commands.h"
#include "json/diagnostics.h"
#include "scenario/scenario_check.h"
#include "text/language.h"

namespace epd {

struct PlannedCommand {
  SimTime at = 0;
  Command command;
};

// Format 2 lets the title and each command's why be given in two languages, {"en": ..., "nl": ...}.
constexpr int kPlanFormatVersion = 2;

struct Plan {
  int format_version = kPlanFormatVersion;
  std::string scenario;  // the id of the scenario it answers
  std::string title;     // in English (or the only language given)
  std::map<std::string, std::string> dutch;  // the Dutch of its title and whys, keyed by their English (format 2)
  // The title (or another of this plan's texts) in the current language.
  const std::string& local(const std::string& text) const { return local_text(dutch, text); }
  std::vector<PlannedCommand> commands;  // in time order
};

struct PlanLoad {
  std::shared_ptr<const Plan> plan;  // null unless there were no problems
  json::Diagnostics problems;
  json::Diagnostics warnings;  // "warning: ..." findings of a valid plan (validate prints them)
  bool ok() const { return plan != nullptr; }
};

// Checks timed commands against the scenario they run on: ids exist, times
// lie within the horizon and in order. `path` names the list in findings
// ("commands" in a plan).
std::vector<Finding> check_commands(const std::vector<PlannedCommand>& commands, const Scenario& scenario,
                                    const std::string& path);

// Checks the plan against the scenario it will run on, as check_commands;
// a whole plan (not one command a host submits) also gets warnings for what
// the engine will refuse or read otherwise than written (plan_load.cpp).
PlanLoad load_plan_text(std::string_view text, const std::string& file, const Scenario& scenario, bool whole_plan = true);
PlanLoad load_plan_file(const std::string& path, const Scenario& scenario);

}  // namespace epd

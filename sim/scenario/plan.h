#pragma once
// A plan: a list of timed commands, the response of a team written down in
// advance (scenarios/*.plan.json). `epd-drill run --plan` submits each
// command when the clock reaches its time.

#include <memory>
#include <string>
#include <vector>

#include "engine/commands.h"
#include "json/diagnostics.h"
#include "scenario/scenario_check.h"

namespace epd {

struct PlannedCommand {
  SimTime at = 0;
  Command command;
};

struct Plan {
  int format_version = 1;
  std::string scenario;  // the id of the scenario it answers
  std::string title;
  std::vector<PlannedCommand> commands;  // in time order
};

struct PlanLoad {
  std::shared_ptr<const Plan> plan;  // null unless there were no problems
  json::Diagnostics problems;
  bool ok() const { return plan != nullptr; }
};

// Checks timed commands against the scenario they run on: ids exist, times
// lie within the horizon and in order. `path` names the list in findings
// ("commands" in a plan).
std::vector<Finding> check_commands(const std::vector<PlannedCommand>& commands, const Scenario& scenario,
                                    const std::string& path);

// Checks the plan against the scenario it will run on, as check_commands.
PlanLoad load_plan_text(std::string_view text, const std::string& file, const Scenario& scenario);
PlanLoad load_plan_file(const std::string& path, const Scenario& scenario);

}  // namespace epd

#include "shipped.h"

#include <catch2/catch.hpp>

#include "engine/run_plan.h"
#include "scenario/scenario_load.h"

namespace epd::test {

ShippedScenario load_shipped(const std::string& name, bool with_plan) {
  const std::string base = std::string(EPD_SOURCE_DIR) + "/scenarios/" + name;
  const ScenarioLoad s = load_scenario_file(base + ".json");
  INFO(s.problems.format_all());
  REQUIRE(s.ok());
  ShippedScenario out{s.scenario, {}};
  if (!with_plan) return out;
  const PlanLoad p = load_plan_file(base + ".plan.json", *s.scenario);
  INFO(p.problems.format_all());
  REQUIRE(p.ok());
  out.plan = *p.plan;
  return out;
}

Exercise play_shipped(const ShippedScenario& shipped, const Plan& plan, std::uint64_t seed, SimTime until) {
  Exercise ex(shipped.scenario, seed);
  run_plan_until(ex, plan, until < 0 ? ex.horizon() : until);
  return ex;
}

std::vector<Exercise> play_seeds(const ShippedScenario& shipped, const Plan& plan, int seeds) {
  std::vector<Exercise> runs;
  for (int seed = 1; seed <= seeds; ++seed) runs.push_back(play_shipped(shipped, plan, static_cast<std::uint64_t>(seed)));
  return runs;
}

double total(const std::vector<Exercise>& runs, const std::string& metric) {
  double sum = 0;
  for (const Exercise& ex : runs) sum += ex.metric(metric);
  return sum;
}

void check_every_command_accepted(const Exercise& exercise) {
  for (const LoggedCommand& c : exercise.command_log()) {
    INFO(format_offset(c.at) << " " << c.command.action << ": " << c.result.reason);
    CHECK(c.result.accepted);
  }
}

SimTime last_restored_at(const Exercise& exercise, const std::string& id) {
  SimTime at = -1;
  for (const Report& r : exercise.reports())
    if (r.kind == ReportKind::function_restored && r.subject == id) at = r.time;
  return at;
}

}  // namespace epd::test

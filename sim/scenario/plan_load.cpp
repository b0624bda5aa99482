#include <algorithm>

#include "io/text_file.h"
#include "json/text_util.h"
#include "scenario/plan.h"
#include "scenario/id_index.h"
#include "scenario/scenario_check.h"
#include "scenario/plan_json.h"
#include "scenario/scenario_json.h"

namespace epd {

template <class Ar>
void load(Ar& ar, Plan& plan) {
  ar(make_nvp("format_version", plan.format_version));
  if (plan.format_version < 1 || plan.format_version > kPlanFormatVersion) {
    json::report(ar, "format_version", "this program reads plan format versions 1 and 2");
    json::abandon(ar);
    return;
  }
  ar(make_nvp("scenario", plan.scenario), json::optional_text_nvp("title", plan.title),
     make_nvp("commands", plan.commands));
}

// ---- Checks against the scenario ----------------------------------------------

std::vector<Finding> check_commands(const std::vector<PlannedCommand>& commands, const Scenario& s,
                                    const std::string& path) {
  std::vector<Finding> out;
  const IdIndex actions(s.actions), injects(s.injects), hospitals(s.hospitals);
  SimTime previous = 0;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    const PlannedCommand& pc = commands[i];
    const Command& c = pc.command;
    if (pc.at < previous) out.push_back({p + ".at", "commands must be in time order (the one before is at " + format_duration(previous) + ")"});
    if (pc.at > s.horizon.minutes) out.push_back({p + ".at", "after the scenario's horizon (" + format_duration(s.horizon.minutes) + ")"});
    previous = std::max(previous, pc.at);
    if (!c.hospital.empty() && c.hospital != kAllHospitals && !hospitals.has(c.hospital))
      out.push_back({p + ".hospital", hospitals.unknown("hospital", c.hospital)});
    if (!c.hospital.empty() && !c.hospitals.empty())
      out.push_back({p + ".hospitals", "give \"hospital\" or \"hospitals\", not both"});
    for (std::size_t k = 0; k < c.hospitals.size(); ++k)
      if (!hospitals.has(c.hospitals[k]))
        out.push_back({p + ".hospitals[" + std::to_string(k) + "]", hospitals.unknown("hospital", c.hospitals[k])});
    switch (c.type) {
      case Command::Type::decide: {
        const int number = actions.number(c.action);
        if (number < 0) {
          out.push_back({p + ".decide", actions.unknown("decision", c.action)});
          break;
        }
        const ActionDef& action = s.actions[static_cast<std::size_t>(number)];
        for (const auto& kv : c.params) {
          const bool known = intrinsic_param(action.kind, kv.first) ||
                             std::any_of(action.params.begin(), action.params.end(), [&](const ParamDef& d) { return d.name == kv.first; });
          if (!known) out.push_back({p + ".params." + kv.first, "'" + c.action + "' has no parameter '" + kv.first + "'"});
        }
        break;
      }
      case Command::Type::adhoc_inject: break;
      default:
        if (!injects.has(c.inject))
          out.push_back({p + "." + std::string(to_string(c.type)), injects.unknown("inject", c.inject)});
    }
  }
  return out;
}

namespace {

std::vector<Finding> check_plan(const Plan& plan, const Scenario& s) {
  std::vector<Finding> out;
  if (plan.commands.size() > kMaxPlanCommands) {
    out.push_back({"commands", "at most " + std::to_string(kMaxPlanCommands) + " items (this list has " +
                                   std::to_string(plan.commands.size()) + ")"});
    return out;
  }
  if (plan.scenario != s.id) out.push_back({"scenario", "this plan is for '" + plan.scenario + "', not '" + s.id + "'"});
  for (Finding& f : check_commands(plan.commands, s, "commands")) out.push_back(std::move(f));
  return out;
}

}  // namespace

PlanLoad load_plan_text(std::string_view text, const std::string& file, const Scenario& scenario) {
  PlanLoad result;
  auto plan = std::make_shared<Plan>();
  std::vector<std::string> bilingual;
  const json::ParsedDocument doc = json::load_object(text, file, "a plan file", *plan, result.problems, &plan->dutch, &bilingual);
  if (plan->format_version < 2)
    json::add_at_each(result.problems, file, *doc.root, bilingual,
                      "texts in two languages ({\"nl\": ..., \"en\": ...}) are new in plan format version 2; this file "
                      "is version 1");
  if (!result.problems.empty()) return result;
  for (const auto& f : check_plan(*plan, scenario)) result.problems.add(file, json::locate(*doc.root, f.path), f.path, f.message);
  if (result.problems.empty()) result.plan = std::move(plan);
  return result;
}

PlanLoad load_plan_file(const std::string& path, const Scenario& scenario) {
  PlanLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? load_plan_text(*text, path, scenario) : result;
}

}  // namespace epd

#include <algorithm>
#include <set>

#include "io/text_file.h"
#include "json/text_util.h"
#include "scenario/plan.h"
#include "scenario/id_index.h"
#include "scenario/param_check.h"
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

// What is worth a warning in a plan, before it is played: a parameter
// outside its decision's bounds (the engine will refuse that command when
// its time comes), a hospital named twice (the decision is taken once for
// it), a restore target no hospital has (always refused), an empty
// "hospitals" list (the decision goes to the first hospital, as without it),
// an ad-hoc inject's effect on a component or hospital the scenario lacks.
// Warnings, not problems: such plans always loaded and played, and a save
// keeps its commands as they were played.
std::vector<Finding> plan_warnings(const std::vector<PlannedCommand>& commands, const Scenario& s,
                                   const json::Node& root) {
  std::vector<Finding> out;
  const IdIndex actions(s.actions), hospitals(s.hospitals);
  const auto has_component = [&](const std::string& id) {
    const auto named = [&](const ComponentDef& k) { return k.id == id; };
    return std::any_of(s.components.begin(), s.components.end(), named) ||
           std::any_of(s.hospitals.begin(), s.hospitals.end(), [&](const Hospital& h) {
             return std::any_of(h.components.begin(), h.components.end(), named);
           });
  };
  for (std::size_t i = 0; i < commands.size(); ++i) {
    const std::string p = "commands[" + std::to_string(i) + "]";
    const Command& c = commands[i].command;
    if (c.type == Command::Type::adhoc_inject) {
      for (std::size_t e = 0; e < c.adhoc.effects.size(); ++e) {
        const Effect& effect = c.adhoc.effects[e];
        const std::string ep = p + ".adhoc_inject.effects[" + std::to_string(e) + "]";
        const bool on_component = effect.type == Effect::Type::component_state;
        if (on_component && !has_component(effect.component))
          out.push_back({ep + ".component", "the scenario has no component '" + effect.component + "': the engine will refuse this command"});
        if (!effect.hospital.empty() && !hospitals.has(effect.hospital))
          out.push_back({ep + ".hospital", "the scenario has no hospital '" + effect.hospital + "': " +
                                               (on_component ? "the component changes at every hospital" : "the effect changes nothing")});
      }
      continue;
    }
    const int a = c.type == Command::Type::decide ? actions.number(c.action) : -1;
    if (a < 0) continue;  // an inject's command, or an unknown decision (a problem of its own)
    const ActionDef& action = s.actions[static_cast<std::size_t>(a)];
    const json::Node* list = json::find_path(root, p + ".hospitals");
    if (list != nullptr && list->is(json::Node::Kind::array) && list->items().empty())
      out.push_back({p + ".hospitals", "an empty list names no hospital: the decision goes to the first hospital, as without the list"});
    for (std::size_t k = 1; k < c.hospitals.size(); ++k)
      if (std::find(c.hospitals.begin(), c.hospitals.begin() + static_cast<std::ptrdiff_t>(k), c.hospitals[k]) !=
          c.hospitals.begin() + static_cast<std::ptrdiff_t>(k))
        out.push_back({p + ".hospitals[" + std::to_string(k) + "]", "'" + c.hospitals[k] + "' is named twice: the decision is taken once for it"});
    for (const ParamDef& d : action.params) {
      const auto it = c.params.find(d.name);
      if (it == c.params.end()) continue;
      if (std::string why = param_value_problem(d, it->second); !why.empty())
        out.push_back({p + ".params." + d.name, why + ": the engine will refuse this command"});
    }
    const auto has_function = [&](const Hospital& h) {
      return std::any_of(h.functions.begin(), h.functions.end(), [&](const FunctionDef& f) { return f.id == c.target; });
    };
    if (action.kind == ActionKind::restore_next && !c.target.empty() &&
        std::none_of(s.hospitals.begin(), s.hospitals.end(), has_function))
      out.push_back({p + ".target", "no hospital has a function '" + c.target + "': the engine will refuse this command"});
    // Only the restore order reads a command's target; every other decision acts on its action's own.
    if (action.kind != ActionKind::restore_next && !c.target.empty())
      out.push_back({p + ".target", action.target.empty()
                                        ? "this decision takes no target: '" + c.target + "' is ignored"
                                        : "this decision always acts on '" + action.target + "': '" + c.target + "' is ignored"});
  }
  return out;
}

// "commands[3]" of "commands[3].params.hours"; "" for a path outside the commands.
std::string command_of(const std::string& path) {
  if (path.rfind("commands[", 0) != 0) return "";
  const std::size_t end = path.find(']');
  return end == std::string::npos ? "" : path.substr(0, end + 1);
}

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

PlanLoad load_plan_text(std::string_view text, const std::string& file, const Scenario& scenario, bool whole_plan) {
  PlanLoad result;
  auto plan = std::make_shared<Plan>();
  std::vector<std::string> bilingual;
  const json::ParsedDocument doc = json::load_object(text, file, "a plan file", *plan, result.problems, &plan->dutch, &bilingual);
  if (plan->format_version < 2)
    json::add_at_each(result.problems, file, *doc.root, bilingual,
                      "texts in two languages ({\"nl\": ..., \"en\": ...}) are new in plan format version 2; this file "
                      "is version 1");
  if (!doc.ok() || plan->format_version < 1 || plan->format_version > kPlanFormatVersion) return result;
  // The checks against the scenario run even after problems in single
  // fields, so a trainer sees everything in one round; a command with a
  // problem of its own is not checked further (its fields are not all read),
  // nor is the scenario's id when it could not be read.
  const auto key_of = [](const std::string& path) { return path == "scenario" ? path : command_of(path); };
  std::set<std::string> broken;
  for (const json::Diagnostic& d : result.problems.items()) broken.insert(key_of(d.path));
  if (plan->scenario.empty() && !result.problems.empty()) broken.insert("scenario");  // missing: said as such
  const auto checked = [&](const std::string& path) {
    const std::string key = key_of(path);
    return key.empty() || broken.count(key) == 0;
  };
  for (const auto& f : check_plan(*plan, scenario))
    if (checked(f.path)) result.problems.add(file, json::locate(*doc.root, f.path), f.path, f.message);
  if (whole_plan && plan->commands.size() <= kMaxPlanCommands)
    for (const auto& f : plan_warnings(plan->commands, scenario, *doc.root))
      if (checked(f.path)) result.warnings.add(file, json::locate(*doc.root, f.path), f.path, "warning: " + f.message);
  if (result.problems.empty()) result.plan = std::move(plan);
  return result;
}

PlanLoad load_plan_file(const std::string& path, const Scenario& scenario) {
  PlanLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? load_plan_text(*text, path, scenario) : result;
}

}  // namespace epd

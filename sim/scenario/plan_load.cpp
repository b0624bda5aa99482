#include <algorithm>

#include "io/text_file.h"
#include "json/natural_map.h"
#include "json/text_util.h"
#include "scenario/plan.h"
#include "scenario/scenario_check.h"
#include "scenario/scenario_json.h"

namespace epd {

// ---- How a plan is written ----------------------------------------------------

// An inject the facilitator writes on the spot: no trigger, delivered now.
template <class Ar>
void load_adhoc(Ar& ar, InjectDef& i) {
  ar(make_nvp("title", i.title), make_nvp("text", i.text), optional_nvp("from", i.from), optional_nvp("to", i.to),
     optional_nvp("effects", i.effects), optional_nvp("id", i.id));
}
struct AdhocInject {
  InjectDef& inject;
  template <class Ar>
  void load(Ar& ar) {
    load_adhoc(ar, inject);
  }
};

template <class Ar>
void load(Ar& ar, PlannedCommand& p) {
  using T = Command::Type;
  Command& c = p.command;
  Duration at;
  ar(make_nvp("at", at));
  p.at = at.minutes;
  static constexpr std::pair<const char*, T> kInjectForms[] = {{"deliver_inject", T::deliver_inject},
                                                              {"hold_inject", T::hold_inject},
                                                              {"release_inject", T::release_inject},
                                                              {"skip_inject", T::skip_inject}};
  bool found = false;
  if (json::has_field(ar, "decide")) {
    c.type = T::decide;
    ar(make_nvp("decide", c.action), optional_nvp("params", c.params), optional_nvp("target", c.target),
       optional_nvp("hospital", c.hospital));
    found = true;
  }
  for (const auto& [name, type] : kInjectForms) {
    if (found || !json::has_field(ar, name)) continue;
    c.type = type;
    ar(make_nvp(name, c.inject));
    found = true;
  }
  if (!found && json::has_field(ar, "adhoc_inject")) {
    c.type = T::adhoc_inject;
    AdhocInject adhoc{c.adhoc};
    ar(make_nvp("adhoc_inject", adhoc));
    found = true;
  }
  if (!found)
    json::report_here(ar, "a command needs one of \"decide\", \"deliver_inject\", \"hold_inject\", \"release_inject\", "
                          "\"skip_inject\", \"adhoc_inject\"");
  ar(optional_nvp("by", c.by), optional_nvp("why", c.rationale));
}

template <class Ar>
void load(Ar& ar, Plan& plan) {
  ar(make_nvp("format_version", plan.format_version));
  if (plan.format_version != 1) {
    json::report(ar, "format_version", "this program reads plan format version 1");
    json::abandon(ar);
    return;
  }
  ar(make_nvp("scenario", plan.scenario), optional_nvp("title", plan.title), make_nvp("commands", plan.commands));
}

// ---- Checks against the scenario ----------------------------------------------

namespace {

std::string unknown(const char* what, const std::string& id, const std::vector<std::string>& known) {
  std::string message = std::string("unknown ") + what + " '" + id + "'";
  if (const auto best = json::closest_name(id, known)) message += "; did you mean '" + *best + "'?";
  return message;
}

std::vector<Finding> check_plan(const Plan& plan, const Scenario& s) {
  std::vector<Finding> out;
  if (plan.scenario != s.id) out.push_back({"scenario", "this plan is for '" + plan.scenario + "', not '" + s.id + "'"});
  const auto actions = ids_of(s.actions);
  const auto injects = ids_of(s.injects);
  const auto hospitals = ids_of(s.hospitals);
  SimTime previous = 0;
  for (std::size_t i = 0; i < plan.commands.size(); ++i) {
    const std::string p = "commands[" + std::to_string(i) + "]";
    const PlannedCommand& pc = plan.commands[i];
    const Command& c = pc.command;
    if (pc.at < previous) out.push_back({p + ".at", "commands must be in time order (the one before is at " + format_duration(previous) + ")"});
    if (pc.at > s.horizon.minutes) out.push_back({p + ".at", "after the scenario's horizon (" + format_duration(s.horizon.minutes) + ")"});
    previous = std::max(previous, pc.at);
    if (!c.hospital.empty() && std::find(hospitals.begin(), hospitals.end(), c.hospital) == hospitals.end())
      out.push_back({p + ".hospital", unknown("hospital", c.hospital, hospitals)});
    switch (c.type) {
      case Command::Type::decide: {
        const auto it = std::find_if(s.actions.begin(), s.actions.end(), [&](const ActionDef& a) { return a.id == c.action; });
        if (it == s.actions.end()) {
          out.push_back({p + ".decide", unknown("decision", c.action, actions)});
          break;
        }
        for (const auto& kv : c.params) {
          const bool known = std::any_of(it->params.begin(), it->params.end(), [&](const ParamDef& d) { return d.name == kv.first; });
          if (!known) out.push_back({p + ".params." + kv.first, "'" + c.action + "' has no parameter '" + kv.first + "'"});
        }
        break;
      }
      case Command::Type::adhoc_inject: break;
      default:
        if (std::find(injects.begin(), injects.end(), c.inject) == injects.end())
          out.push_back({p + "." + std::string(to_string(c.type)), unknown("inject", c.inject, injects)});
    }
  }
  return out;
}

}  // namespace

PlanLoad load_plan_text(std::string_view text, const std::string& file, const Scenario& scenario) {
  PlanLoad result;
  auto plan = std::make_shared<Plan>();
  const json::ParsedDocument doc = json::load_object(text, file, "a plan file", *plan, result.problems);
  if (!result.problems.empty()) return result;
  for (const auto& f : check_plan(*plan, scenario)) result.problems.add(file, json::locate(*doc.root, f.path), f.path, f.message);
  if (result.problems.empty()) result.plan = std::move(plan);
  return result;
}

PlanLoad load_plan_file(const std::string& path, const Scenario& scenario) {
  std::string error;
  const auto text = read_text_file(path, &error);
  if (!text) {
    PlanLoad result;
    result.problems.add(path, json::Position{1, 1}, "", "cannot read the file: " + error);
    return result;
  }
  return load_plan_text(*text, path, scenario);
}

}  // namespace epd

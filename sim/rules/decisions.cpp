// Decisions: the crisis team's acts, taken from the scenario's catalog as
// validated commands. A decision that cannot apply now is refused with the
// reason and changes nothing; an accepted one takes effect after its delay.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {
namespace {

double param(const Command& c, const char* name, double fallback = 0) {
  auto it = c.params.find(name);
  return it == c.params.end() ? fallback : it->second;
}

std::string number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e12) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

bool writable(FunctionState s) { return s == FunctionState::up || s == FunctionState::degraded; }

}  // namespace

CommandResult World::decide(const Command& in) {
  const int a = action_index(in.action);
  if (a < 0) return CommandResult::refuse("unknown decision '" + in.action + "'");
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(a)];
  const int hospital = hospital_index(in.hospital);
  if (hospital < 0) return CommandResult::refuse("unknown hospital '" + in.hospital + "'");

  // Fill in defaults and check every parameter against its bounds.
  Command c = in;
  for (const auto& kv : c.params) {
    const bool known = std::any_of(def.params.begin(), def.params.end(), [&](const ParamDef& p) { return p.name == kv.first; });
    if (!known) {
      std::string names;
      for (const auto& p : def.params) names += (names.empty() ? "" : ", ") + p.name;
      return CommandResult::refuse("'" + def.title + "' has no parameter '" + kv.first + "'" +
                                   (names.empty() ? "" : "; its parameters: " + names));
    }
  }
  for (const ParamDef& p : def.params) {
    auto it = c.params.find(p.name);
    if (it == c.params.end()) {
      if (!p.has_default)
        return CommandResult::refuse("'" + def.title + "' needs " + p.name + " (" + number(p.min) + " to " + number(p.max) + ")");
      c.params[p.name] = p.default_value;
      continue;
    }
    const double v = it->second;
    if (!(v >= p.min && v <= p.max))
      return CommandResult::refuse(p.name + " must be between " + number(p.min) + " and " + number(p.max) +
                                   (p.unit.empty() ? "" : " " + p.unit) + " (got " + number(v) + ")");
    if (p.integer && v != std::floor(v)) return CommandResult::refuse(p.name + " must be a whole number (got " + number(v) + ")");
  }

  CommandResult refusal = refuse_reason(def, c, hospital);
  if (!refusal.accepted) {
    Report r;
    r.time = now_;
    r.kind = ReportKind::decision_refused;
    r.hospital = hospital;
    r.subject = def.id;
    r.text = def.title + " refused: " + refusal.reason;
    r.by = c.by;
    r.rationale = c.rationale;
    reports_.push_back(std::move(r));
    return refusal;
  }

  DecisionRecord d;
  d.taken = now_;
  d.effective = now_ + def.delay.minutes;
  d.action = a;
  d.hospital = hospital;
  d.command = c;
  decisions_.push_back(d);
  if (action_taken_[static_cast<std::size_t>(a)] < 0) action_taken_[static_cast<std::size_t>(a)] = now_;

  Report r;
  r.time = now_;
  r.kind = ReportKind::decision_taken;
  r.hospital = hospital;
  r.subject = def.id;
  r.text = def.title;
  for (const auto& kv : c.params) r.text += " " + kv.first + "=" + number(kv.second);
  if (!c.target.empty()) r.text += " (" + c.target + ")";
  r.by = c.by;
  r.rationale = c.rationale;
  reports_.push_back(std::move(r));

  const auto index = static_cast<std::uint32_t>(decisions_.size() - 1);
  if (def.delay.minutes == 0) on_action_effective(index);
  else schedule(d.effective, kActionEffective, hospital, index);
  check_conditions();
  return CommandResult::ok();
}

CommandResult World::refuse_reason(const ActionDef& def, const Command& c, int hospital) const {
  const HospitalState& h = hospitals_[static_cast<std::size_t>(hospital)];
  // A decision already taken and not yet in effect is not taken twice.
  for (const auto& d : decisions_) {
    if (scenario_->actions[static_cast<std::size_t>(d.action)].id == def.id && !d.applied && d.hospital == hospital &&
        d.command.target == c.target)
      return CommandResult::refuse("already decided at " + format_offset(d.taken) + "; it takes effect at " +
                                   format_offset(d.effective));
  }
  switch (def.kind) {
    case ActionKind::activate_crisis_team:
      if (crisis_team_active_) return CommandResult::refuse("the crisis team is already active");
      break;
    case ActionKind::isolate_component:
    case ActionKind::reconnect_component: {
      const int k = component_index(def.target);
      if (k < 0) return CommandResult::refuse("unknown component '" + def.target + "'");
      const bool isolated = components_[static_cast<std::size_t>(k)].isolated;
      const std::string& name = scenario_->components[static_cast<std::size_t>(k)].name;
      if (def.kind == ActionKind::isolate_component && isolated) return CommandResult::refuse(name + " is already isolated");
      if (def.kind == ActionKind::reconnect_component && !isolated) return CommandResult::refuse(name + " is not isolated");
      break;
    }
    case ActionKind::activate_fallback:
    case ActionKind::deactivate_fallback: {
      const int fb = fallback_index(*h.def, def.target);
      if (fb < 0) return CommandResult::refuse(h.def->name + " has no fallback '" + def.target + "'");
      const FallbackDef& f = h.def->fallbacks[static_cast<std::size_t>(fb)];
      const FallbackRuntime& rt = h.fallbacks[static_cast<std::size_t>(fb)];
      if (def.kind == ActionKind::deactivate_fallback) {
        if (rt.status == FallbackRuntime::Status::inactive) return CommandResult::refuse(f.name + " is not active");
        break;
      }
      if (rt.status == FallbackRuntime::Status::active) return CommandResult::refuse(f.name + " is already active");
      if (rt.status == FallbackRuntime::Status::activating)
        return CommandResult::refuse(f.name + " is already being activated; it works from " + format_offset(rt.ready_at));
      if (f.kind == FallbackKind::procedure && f.uses_paper_kits && h.paper_kit_hours <= 0)
        return CommandResult::refuse("no paper downtime kits are left for " + f.name + "; restock the kits first");
      if (!f.uses_function.empty()) {
        const int uf = function_index(*h.def, f.uses_function);
        if (uf >= 0 && !writable(h.functions[static_cast<std::size_t>(uf)].state))
          return CommandResult::refuse(f.name + " needs " + h.def->functions[static_cast<std::size_t>(uf)].name +
                                       ", which is " + std::string(to_string(h.functions[static_cast<std::size_t>(uf)].state)));
      }
      break;
    }
    case ActionKind::restore_next: {
      const int f = function_index(*h.def, c.target);
      if (f < 0) {
        std::string names;
        for (const auto& fn : h.def->functions) names += (names.empty() ? "" : ", ") + fn.id;
        return CommandResult::refuse(c.target.empty() ? "choose the function to restore next: " + names
                                                       : "unknown function '" + c.target + "'; expected one of: " + names);
      }
      const FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
      const std::string& name = h.def->functions[static_cast<std::size_t>(f)].name;
      if (!fr.needs_restore) return CommandResult::refuse(name + " does not need restoring (it is " + std::string(to_string(fr.state)) + ")");
      if (fr.restore == FunctionRuntime::Restore::working || fr.restore == FunctionRuntime::Restore::validating)
        return CommandResult::refuse("IT is already restoring " + name);
      break;
    }
    case ActionKind::notify: {
      bool open = false;
      SimTime when = -1;
      for (std::size_t d = 0; d < scenario_->deadlines.size(); ++d) {
        const auto& met_by = scenario_->deadlines[d].met_by;
        if (std::find(met_by.begin(), met_by.end(), def.id) == met_by.end()) continue;
        if (deadlines_[d].status == DeadlineRuntime::Status::met) when = deadlines_[d].closed;
        else open = true;
      }
      if (!open && when >= 0) return CommandResult::refuse("this notification was already made at " + format_offset(when));
      break;
    }
    case ActionKind::close_incident: {
      if (incident_closed_) return CommandResult::refuse("the incident is already closed");
      if (incident_started_at_ < 0) return CommandResult::refuse("there is no incident to close");
      std::string down;
      double records = 0;
      for (const auto& hs : hospitals_) {
        for (std::size_t f = 0; f < hs.functions.size(); ++f) {
          if (hs.functions[f].state != FunctionState::up) down += (down.empty() ? "" : ", ") + hs.def->functions[f].name;
          records += hs.functions[f].backlog;
        }
      }
      if (!down.empty()) return CommandResult::refuse("not every function is up yet: " + down);
      if (records > 0)
        return CommandResult::refuse(std::to_string(static_cast<long long>(std::ceil(records))) +
                                     " paper records still await back-entry");
      break;
    }
    default: break;
  }
  for (const Condition& cond : def.requires_all)
    if (!condition_holds(cond)) return CommandResult::refuse("requires " + describe_condition(cond));
  return CommandResult::ok();
}

void World::on_action_effective(std::uint32_t index) {
  DecisionRecord& d = decisions_[index];
  if (d.applied) return;
  d.applied = true;
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(d.action)];
  HospitalState& h = hospitals_[static_cast<std::size_t>(d.hospital)];
  const Command& c = d.command;
  switch (def.kind) {
    case ActionKind::activate_crisis_team: crisis_team_active_ = true; break;
    case ActionKind::isolate_component:
    case ActionKind::reconnect_component: {
      const int k = component_index(def.target);
      set_component_state(k, components_[static_cast<std::size_t>(k)].state, def.kind == ActionKind::isolate_component);
      break;
    }
    case ActionKind::activate_fallback: {
      const CommandResult r = activate_fallback(h, fallback_index(*h.def, def.target), false);
      if (!r.accepted) report(ReportKind::milestone, h.index, def.id, def.title + " could not take effect: " + r.reason);
      break;
    }
    case ActionKind::deactivate_fallback: deactivate_fallback(h, fallback_index(*h.def, def.target)); break;
    case ActionKind::divert_ambulances:
      h.divert_until = now_ + static_cast<SimTime>(param(c, "hours") * 60);
      d.ends = h.divert_until;
      break;
    case ActionKind::cancel_electives:
      h.cancel_electives_share = param(c, "percent", 100) / 100.0;
      h.cancel_electives_until = now_ + static_cast<SimTime>(param(c, "days", 1) * kDay);
      d.ends = h.cancel_electives_until;
      break;
    case ActionKind::cancel_outpatient:
      h.cancel_outpatient_share = param(c, "percent", 100) / 100.0;
      h.cancel_outpatient_until = now_ + static_cast<SimTime>(param(c, "days", 1) * kDay);
      d.ends = h.cancel_outpatient_until;
      break;
    case ActionKind::call_in_staff: {
      const auto group = enum_from_string<StaffGroup>(def.target);
      const double count = param(c, "count", 1), hours = param(c, "hours", 8);
      if (group) {
        h.staff_extra[static_cast<int>(*group)] += count;
        h.count.extra_staff_hours += count * hours;
        d.ends = now_ + static_cast<SimTime>(hours * 60);
      }
      break;
    }
    case ActionKind::restore_next: {
      const int f = function_index(*h.def, c.target);
      auto& order = h.restore_priority;
      order.erase(std::remove(order.begin(), order.end(), f), order.end());
      order.insert(order.begin(), f);
      break;
    }
    case ActionKind::assign_backentry_staff: h.backentry_staff = param(c, "count"); break;
    case ActionKind::restock_paper_kits:
      h.paper_kit_hours += param(c, "hours", 8);
      h.kits_exhausted_reported = false;
      h.modes_dirty = true;
      break;
    case ActionKind::notify: action_fulfils_deadlines(d.action); break;
    case ActionKind::communicate: communications_ += 1; break;
    case ActionKind::close_incident: incident_closed_ = true; break;
  }
  for (const Effect& e : def.effects) apply_effect(e, d.hospital);
  if (d.ends > now_) schedule(d.ends, kActionEnds, d.hospital, index);
  report(ReportKind::decision_effective, d.hospital, def.id, def.title + " in effect");
  h.modes_dirty = true;
  restart_queues(h);
  start_restores(h);
  arm_fallback_timers(h);
  check_conditions();
  update_phase();
}

void World::on_action_ends(std::uint32_t index) {
  DecisionRecord& d = decisions_[index];
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(d.action)];
  HospitalState& h = hospitals_[static_cast<std::size_t>(d.hospital)];
  if (def.kind == ActionKind::call_in_staff) {
    const auto group = enum_from_string<StaffGroup>(def.target);
    if (group) h.staff_extra[static_cast<int>(*group)] -= param(d.command, "count", 1);
  }
  // A later decision of the same kind may have replaced this one.
  if (def.kind == ActionKind::divert_ambulances && h.divert_until != now_) return;
  if (def.kind == ActionKind::cancel_electives && h.cancel_electives_until != now_) return;
  if (def.kind == ActionKind::cancel_outpatient && h.cancel_outpatient_until != now_) return;
  report(ReportKind::decision_ended, d.hospital, def.id, def.title + " ended");
}

}  // namespace epd

// Decisions: the crisis team's acts, taken from the scenario's catalog as
// validated commands. A decision that cannot apply now is refused with the
// reason and changes nothing; an accepted one takes effect after its delay.
//
// A decision about one hospital's work (go to paper, divert, call in staff,
// cut its own VPN link) is for the hospital the command names, for several,
// or for "all": a national coordination team advising every hospital to cut
// its VPN. It takes effect where it can; where it cannot, the timeline says
// why, and it is refused only when it applies nowhere. Decisions of the
// whole region (the crisis team, a notification, a shared component) are
// taken once.

#include <algorithm>
#include <cmath>

#include "engine/world.h"
#include "scenario/param_check.h"

namespace epd {
namespace {

double param(const Command& c, const char* name, double fallback = 0) {
  auto it = c.params.find(name);
  return it == c.params.end() ? fallback : it->second;
}

bool writable(FunctionState s) { return s == FunctionState::up || s == FunctionState::degraded; }

}  // namespace

bool World::for_each_hospital(const ActionDef& a) const {
  switch (a.kind) {
    case ActionKind::activate_crisis_team:
    case ActionKind::notify:
    case ActionKind::communicate:
    case ActionKind::close_incident: return false;
    case ActionKind::isolate_component:
    case ActionKind::reconnect_component: {
      const std::vector<int> k = component_instances(a.target, -1);
      return !k.empty() && components_[static_cast<std::size_t>(k.front())].owner >= 0;
    }
    default: return true;
  }
}

int World::hospital_of_decision(const ActionDef& a, const std::vector<int>& hospitals) const {
  if (hospitals.size() != 1 || (hospitals_.size() > 1 && !for_each_hospital(a))) return -1;
  return hospitals.front();
}

CommandResult World::decide(const Command& in) {
  const int a = action_index(in.action);
  if (a < 0) return CommandResult::refuse("unknown decision '" + in.action + "'");
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(a)];
  // The hospitals it is for.
  std::vector<int> targets;
  if (!in.hospitals.empty()) {
    for (const std::string& id : in.hospitals) {
      const int k = hospital_index(id);
      if (k < 0 || id.empty()) return CommandResult::refuse("unknown hospital '" + id + "'");
      if (std::find(targets.begin(), targets.end(), k) == targets.end()) targets.push_back(k);
    }
  } else if (in.hospital == kAllHospitals) {
    for (const auto& h : hospitals_) targets.push_back(h.index);
  } else {
    const int k = hospital_index(in.hospital);
    if (k < 0) return CommandResult::refuse("unknown hospital '" + in.hospital + "'");
    targets.push_back(k);
  }
  // The region's own decisions are taken once, whatever hospital the command named.
  if (!for_each_hospital(def)) targets.assign(1, 0);

  // Fill in defaults and check every parameter against its bounds.
  Command c = in;
  for (const auto& kv : c.params) {
    const bool known = intrinsic_param(def.kind, kv.first) ||
                       std::any_of(def.params.begin(), def.params.end(), [&](const ParamDef& p) { return p.name == kv.first; });
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
        return CommandResult::refuse("'" + def.title + "' needs " + p.name + " (" + readable_number(p.min) + " to " + readable_number(p.max) + ")");
      c.params[p.name] = p.default_value;
      continue;
    }
    if (std::string why = param_value_problem(p, it->second); !why.empty()) return CommandResult::refuse(std::move(why));
  }

  // Where it applies, and why not elsewhere.
  std::vector<int> accepted;
  std::string refused;
  CommandResult first_refusal;
  for (int k : targets) {
    const CommandResult why = refuse_reason(def, c, k);
    if (why.accepted) {
      accepted.push_back(k);
      continue;
    }
    if (first_refusal.reason.empty()) first_refusal = why;
    if (targets.size() > 1) refused += (refused.empty() ? "" : "; ") + hospitals_[static_cast<std::size_t>(k)].def->name + ": " + why.reason;
  }
  const int report_hospital = hospital_of_decision(def, targets);
  if (accepted.empty()) {
    const CommandResult refusal = targets.size() == 1 ? first_refusal : CommandResult::refuse("for no hospital: " + refused);
    Report r;
    r.time = now_;
    r.kind = ReportKind::decision_refused;
    r.hospital = report_hospital;
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
  d.hospitals = accepted;
  d.command = c;
  decisions_.push_back(d);
  if (action_taken_[static_cast<std::size_t>(a)] < 0) action_taken_[static_cast<std::size_t>(a)] = now_;
  for (int k : accepted) {
    SimTime& at = action_taken_by_hospital_[static_cast<std::size_t>(a) * hospitals_.size() + static_cast<std::size_t>(k)];
    if (at < 0) at = now_;
  }

  Report r;
  r.time = now_;
  r.kind = ReportKind::decision_taken;
  r.hospital = targets.size() == 1 ? hospital_of_decision(def, accepted) : -1;
  r.subject = def.id;
  r.text = def.title;
  for (const auto& kv : c.params) r.text += " " + kv.first + "=" + readable_number(kv.second);
  if (!c.target.empty()) r.text += " (" + c.target + ")";
  if (targets.size() > 1) {
    r.text += accepted.size() == hospitals_.size() ? ", every hospital"
                                                   : ", " + std::to_string(accepted.size()) + " hospitals";
    if (!refused.empty()) r.text += "; not for " + refused;
  }
  r.by = c.by;
  r.rationale = c.rationale;
  reports_.push_back(std::move(r));

  const auto index = static_cast<std::uint32_t>(decisions_.size() - 1);
  pending_decisions_.push_back(index);
  if (def.delay.minutes == 0) on_action_effective(index);
  else schedule(d.effective, kActionEffective, accepted.front(), index);
  check_conditions();
  return CommandResult::ok();
}

CommandResult World::refuse_reason(const ActionDef& def, const Command& c, int hospital) const {
  const HospitalState& h = hospitals_[static_cast<std::size_t>(hospital)];
  // A decision already taken and not yet in effect is not taken twice.
  for (const std::uint32_t i : pending_decisions_) {
    const DecisionRecord& d = decisions_[i];
    if (scenario_->actions[static_cast<std::size_t>(d.action)].id == def.id && !d.applied &&
        std::find(d.hospitals.begin(), d.hospitals.end(), hospital) != d.hospitals.end() && d.command.target == c.target)
      return CommandResult::refuse("already decided at " + format_offset(d.taken) + "; it takes effect at " +
                                   format_offset(d.effective));
  }
  switch (def.kind) {
    case ActionKind::activate_crisis_team:
      if (crisis_team_active_) return CommandResult::refuse("the crisis team is already active");
      break;
    case ActionKind::isolate_component:
    case ActionKind::reconnect_component: {
      const std::vector<int> found = component_instances(def.target, hospital);
      if (found.empty()) return CommandResult::refuse(h.def->name + " has no component '" + def.target + "'");
      const int k = found.front();
      const bool isolated = components_[static_cast<std::size_t>(k)].isolated;
      const std::string name = component_name(k);
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
      if (fr.restore_in_hand()) return CommandResult::refuse("IT is already restoring " + name);
      const double position = param(c, "position", 1);
      if (!(position >= 1 && position <= static_cast<double>(h.def->functions.size())) || position != std::floor(position))
        return CommandResult::refuse("position must be a whole number from 1 (restored first) to " +
                                     std::to_string(h.def->functions.size()));
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
    case ActionKind::close_emergency_department:
      if (ed_status(h) == EdStatus::closed)
        return CommandResult::refuse("the ED of " + h.def->name + " is already off the emergency rota until " +
                                     format_offset(h.closed_until));
      break;
    case ActionKind::reopen_emergency_department:
      if (ed_status(h) == EdStatus::open)
        return CommandResult::refuse("the ED of " + h.def->name + " already takes ambulances and walk-ins");
      break;
    default: break;
  }
  for (const Condition& cond : def.requires_all) {
    // In a region, what a decision for one hospital requires is about that
    // hospital unless the condition names another.
    const Condition at = hospitals_.size() > 1 && for_each_hospital(def) ? at_hospital(cond, h) : cond;
    if (!condition_holds(at)) return CommandResult::refuse("requires " + describe_condition(at));
  }
  return CommandResult::ok();
}

void World::on_action_effective(std::uint32_t index) {
  DecisionRecord& d = decisions_[index];
  if (d.applied) return;
  d.applied = true;
  pending_decisions_.erase(std::remove(pending_decisions_.begin(), pending_decisions_.end(), index), pending_decisions_.end());
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(d.action)];
  for (int k : d.hospitals) apply_decision(def, d, hospitals_[static_cast<std::size_t>(k)]);
  // Its extra effects: once where an effect names its hospital, else at each
  // hospital the decision is for (the region's decisions: every hospital).
  const bool per_hospital = for_each_hospital(def);
  for (const Effect& e : def.effects) {
    if (!e.hospital.empty() || !per_hospital) apply_effect(e, -1);
    else for (int k : d.hospitals) apply_effect(e, k);
  }
  if (d.ends > now_) schedule(d.ends, kActionEnds, d.hospitals.front(), index);
  report(ReportKind::decision_effective, hospital_of_decision(def, d.hospitals), def.id, def.title + " in effect");
  for (int k : d.hospitals) {
    HospitalState& h = hospitals_[static_cast<std::size_t>(k)];
    h.modes_dirty = true;
    restart_queues(h);
    start_restores(h);
    arm_fallback_timers(h);
  }
  check_conditions();
  update_phase();
}

// What a decision does at one hospital (or once, for the region's decisions).
void World::apply_decision(const ActionDef& def, DecisionRecord& d, HospitalState& h) {
  const Command& c = d.command;
  switch (def.kind) {
    case ActionKind::activate_crisis_team: crisis_team_active_ = true; break;
    case ActionKind::isolate_component:
    case ActionKind::reconnect_component: {
      for (int k : component_instances(def.target, h.index))
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
    case ActionKind::close_emergency_department:
      h.closed_until = now_ + static_cast<SimTime>(param(c, "hours") * 60);
      d.ends = h.closed_until;
      break;
    case ActionKind::reopen_emergency_department:
      h.divert_until = std::min(h.divert_until, now_);
      h.closed_until = std::min(h.closed_until, now_);
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
      const auto at = std::min(static_cast<std::size_t>(param(c, "position", 1)) - 1, order.size());
      order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), f);
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
}

void World::on_action_ends(std::uint32_t index) {
  DecisionRecord& d = decisions_[index];
  const ActionDef& def = scenario_->actions[static_cast<std::size_t>(d.action)];
  bool still_ends = false;
  for (int k : d.hospitals) {
    HospitalState& h = hospitals_[static_cast<std::size_t>(k)];
    if (def.kind == ActionKind::call_in_staff) {
      const auto group = enum_from_string<StaffGroup>(def.target);
      if (group) h.staff_extra[static_cast<int>(*group)] -= param(d.command, "count", 1);
    }
    // A later decision of the same kind may have replaced this one.
    const bool replaced = (def.kind == ActionKind::divert_ambulances && h.divert_until != now_) ||
                          (def.kind == ActionKind::close_emergency_department && h.closed_until != now_) ||
                          (def.kind == ActionKind::cancel_electives && h.cancel_electives_until != now_) ||
                          (def.kind == ActionKind::cancel_outpatient && h.cancel_outpatient_until != now_);
    still_ends |= !replaced;
  }
  if (still_ends) report(ReportKind::decision_ended, hospital_of_decision(def, d.hospitals), def.id, def.title + " ended");
}

}  // namespace epd

// Injects: triggered by time or condition, delivered (automatically, or by
// the facilitator: early, after a hold, or never when skipped), and then
// their effects change the world.

#include <algorithm>

#include "engine/world.h"

namespace epd {

void World::trigger_inject(int i) {
  InjectRuntime& in = injects_[static_cast<std::size_t>(i)];
  in.status = InjectRuntime::Status::due;
  in.due_at = now_;
  report(ReportKind::inject_due, -1, in.def.id, in.def.title);
  if (!in.held) deliver_inject(i, "");
}

void World::deliver_inject(int i, const std::string& by) {
  InjectRuntime& in = injects_[static_cast<std::size_t>(i)];
  in.status = InjectRuntime::Status::delivered;
  in.delivered_at = now_;
  if (in.due_at < 0) in.due_at = now_;
  Report r;
  r.time = now_;
  r.kind = ReportKind::inject_delivered;
  r.subject = in.def.id;
  r.text = (in.def.from.empty() ? "" : in.def.from + ": ") + in.def.title;
  r.by = by;
  reports_.push_back(std::move(r));
  const InjectDef def = in.def;  // effects may add injects; keep a copy
  for (const Effect& e : def.effects) apply_effect(e, -1);
  // Triggers waiting for this inject (with a delay) get an exact timer:
  // the injects' first, then the deadlines', each in scenario order.
  if (const auto it = waiting_for_inject_.find(def.id); it != waiting_for_inject_.end())
    for (const Condition* c : it->second) schedule_condition_timer(*c, now_);
  check_conditions();
}

void World::apply_effect(const Effect& e, int hospital_hint) {
  using T = Effect::Type;
  if (e.type == T::component_state) {
    // A shared component, or each hospital's own: the hospital's the effect
    // names (or the decision is for), else every hospital's.
    const int k = e.hospital.empty() ? hospital_hint : hospital_index(e.hospital);
    for (int c : component_instances(e.component, k))
      set_component_state(c, e.state, components_[static_cast<std::size_t>(c)].isolated);
    return;
  }
  for (auto& h : hospitals_) {
    // An effect names its hospital, or applies where the hint says (-1: everywhere).
    if (!e.hospital.empty() ? h.def->id != e.hospital : (hospital_hint >= 0 && h.index != hospital_hint)) continue;
    switch (e.type) {
      case T::flow_factor:
        if (e.amount == 0) h.flow_stopped[static_cast<int>(e.flow)] += 1;
        else h.flow_factor[static_cast<int>(e.flow)].multiply(e.amount);
        break;
      case T::staff_change: h.staff_extra[static_cast<int>(e.staff)] += e.amount; break;
      case T::paper_kits:
        h.paper_kit_hours = std::max(0.0, h.paper_kit_hours + e.amount);
        if (h.paper_kit_hours > 0) h.kits_exhausted_reported = false;
        h.modes_dirty = true;
        // Format 9: a procedure the policy could not start for want of kits starts as after a restock.
        if (h.paper_kit_hours > 0 && !scenario_->legacy.kits_never_reprinted) arm_fallback_timers(h);
        break;
      case T::walk_ins_elsewhere:
        h.walk_in_shares.push_back(e.amount);
        make_public(h);
        break;
      case T::component_state: break;
    }
    if (e.for_minutes > 0 && e.type != T::paper_kits) {
      temporary_effects_.push_back(TemporaryEffect{e, h.index});
      schedule(now_ + e.for_minutes, kEffectEnds, h.index, static_cast<std::uint32_t>(temporary_effects_.size() - 1));
    }
    h.modes_dirty = true;
    restart_queues(h);
    start_restores(h);
  }
}

void World::end_temporary_effect(std::uint32_t idx) {
  const TemporaryEffect& t = temporary_effects_[idx];
  HospitalState& h = hospitals_[static_cast<std::size_t>(t.hospital)];
  if (t.effect.type == Effect::Type::flow_factor) {
    // Before format 3 a factor 0 never ended (and stopped arrivals stayed
    // stopped): those files keep playing as they did.
    const bool ends_zero = scenario_->format_version >= 3;
    if (t.effect.amount != 0) h.flow_factor[static_cast<int>(t.effect.flow)].divide(t.effect.amount);
    else if (ends_zero) h.flow_stopped[static_cast<int>(t.effect.flow)] -= 1;
    if (ends_zero) resume_arrivals(h);
  }
  else if (t.effect.type == Effect::Type::staff_change)
    h.staff_extra[static_cast<int>(t.effect.staff)] -= t.effect.amount;
  else if (t.effect.type == Effect::Type::walk_ins_elsewhere) {
    auto& shares = h.walk_in_shares;
    const auto it = std::find(shares.begin(), shares.end(), t.effect.amount);
    if (it != shares.end()) shares.erase(it);
  }
  h.modes_dirty = true;
}

CommandResult World::inject_command(const Command& c) {
  using S = InjectRuntime::Status;
  if (c.type == Command::Type::adhoc_inject) {
    if (c.adhoc.title.empty()) return CommandResult::refuse("an ad-hoc inject needs a title");
    for (const Effect& e : c.adhoc.effects)
      if (e.type == Effect::Type::component_state && component_instances(e.component, -1).empty())
        return CommandResult::refuse("unknown component '" + e.component + "'");
    InjectRuntime in;
    in.def = c.adhoc;
    if (in.def.id.empty() || inject_index(in.def.id) >= 0)
      in.def.id = "adhoc-" + std::to_string(injects_.size() + 1);
    in.adhoc = true;
    injects_.push_back(in);
    deliver_inject(static_cast<int>(injects_.size() - 1), c.by);
    return CommandResult::ok();
  }
  const int i = inject_index(c.inject);
  if (i < 0) return CommandResult::refuse("unknown inject '" + c.inject + "'");
  InjectRuntime& in = injects_[static_cast<std::size_t>(i)];
  if (in.status == S::delivered)
    return CommandResult::refuse("'" + in.def.title + "' was already delivered at " + format_offset(in.delivered_at));
  if (in.status == S::skipped) return CommandResult::refuse("'" + in.def.title + "' was skipped");
  switch (c.type) {
    case Command::Type::deliver_inject: deliver_inject(i, c.by); break;
    case Command::Type::hold_inject:
      if (in.held) return CommandResult::refuse("'" + in.def.title + "' is already held");
      in.held = true;
      report(ReportKind::inject_held, -1, in.def.id, in.def.title);
      break;
    case Command::Type::release_inject:
      if (!in.held) return CommandResult::refuse("'" + in.def.title + "' is not held");
      in.held = false;
      report(ReportKind::inject_released, -1, in.def.id, in.def.title);
      if (in.status == S::due) deliver_inject(i, c.by);
      break;
    case Command::Type::skip_inject:
      in.status = S::skipped;
      report(ReportKind::inject_skipped, -1, in.def.id, in.def.title);
      break;
    default: return CommandResult::refuse("not an inject command");
  }
  return CommandResult::ok();
}

}  // namespace epd

// Legal deadlines: AVG breach notification to the AP within 72 h, the
// Cyberbeveiligingswet's early warning within 24 h and notification within
// 72 h, and whatever else a scenario declares. A deadline starts when its
// condition first holds and is met by one of its actions taking effect.

#include <algorithm>

#include "engine/world.h"

namespace epd {

void World::check_deadlines() {
  for (std::size_t d = 0; d < deadlines_.size(); ++d) {
    DeadlineRuntime& rt = deadlines_[d];
    if (rt.status != DeadlineRuntime::Status::not_started) continue;
    const DeadlineDef& def = scenario_->deadlines[d];
    if (!condition_holds(def.starts)) continue;
    const SimTime since = condition_since(def.starts);
    rt.started = since >= 0 ? since : now_;
    rt.due = rt.started + def.within.minutes;
    rt.status = DeadlineRuntime::Status::running;
    report(ReportKind::deadline_started, -1, def.id, def.title + ": due " + format_offset(rt.due));
    // Notified before the clock even started: met at once.
    for (const auto& dec : decisions_) {
      const auto& id = scenario_->actions[static_cast<std::size_t>(dec.action)].id;
      if (dec.applied && std::find(def.met_by.begin(), def.met_by.end(), id) != def.met_by.end()) {
        rt.status = DeadlineRuntime::Status::met;
        rt.closed = now_;
        report(ReportKind::deadline_met, -1, def.id, def.title + ": met");
        break;
      }
    }
    if (rt.status == DeadlineRuntime::Status::running) schedule(rt.due, kDeadlineDue, 0, static_cast<std::uint32_t>(d));
  }
}

void World::action_fulfils_deadlines(int action) {
  const std::string& id = scenario_->actions[static_cast<std::size_t>(action)].id;
  for (std::size_t d = 0; d < deadlines_.size(); ++d) {
    const DeadlineDef& def = scenario_->deadlines[d];
    DeadlineRuntime& rt = deadlines_[d];
    if (rt.status != DeadlineRuntime::Status::running) continue;
    if (std::find(def.met_by.begin(), def.met_by.end(), id) == def.met_by.end()) continue;
    rt.status = DeadlineRuntime::Status::met;
    rt.closed = now_;
    report(ReportKind::deadline_met, -1, def.id,
           def.title + ": met, " + format_duration(rt.due - now_) + " before the deadline");
  }
}

void World::on_deadline_due(std::uint32_t d) {
  DeadlineRuntime& rt = deadlines_[d];
  if (rt.status != DeadlineRuntime::Status::running || now_ < rt.due) return;
  rt.status = DeadlineRuntime::Status::missed;
  rt.closed = now_;
  report(ReportKind::deadline_missed, -1, scenario_->deadlines[d].id, scenario_->deadlines[d].title + ": MISSED");
}

}  // namespace epd

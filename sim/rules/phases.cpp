// The phase of the exercise, derived from the state -- never set directly:
// normal -> detection -> escalation (crisis team) -> containment -> downtime
// operations -> restoration -> back-entry -> recovered -> aftercare.

#include "engine/world.h"

namespace epd {

Phase World::derive_phase() const {
  if (incident_closed_) return Phase::aftercare;
  if (incident_started_at_ < 0) return Phase::normal;
  if (!all_functions_up()) {
    if (restoration_started_) return Phase::restoration;
    for (const auto& h : hospitals_)
      for (const auto& fb : h.fallbacks)
        if (fb.status == FallbackRuntime::Status::active) return Phase::downtime;
    for (const auto& c : components_)
      if (c.isolated) return Phase::containment;
    return crisis_team_active_ ? Phase::escalation : Phase::detection;
  }
  for (const auto& h : hospitals_)
    for (const auto& fr : h.functions)
      if (fr.backlog > 0) return Phase::back_entry;
  return Phase::recovered;
}

void World::update_phase() {
  const Phase p = derive_phase();
  if (p == phase_) return;
  phase_ = p;
  auto& reached = phase_reached_[static_cast<int>(p)];
  if (reached < 0) reached = now_;
  report(ReportKind::phase_changed, -1, std::string(to_string(p)), std::string(phase_title(p)));
}

}  // namespace epd

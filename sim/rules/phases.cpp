// The phase of the exercise, derived from the state -- never set directly:
// normal -> detection -> escalation (crisis team) -> containment -> downtime
// operations -> restoration -> back-entry -> recovered -> aftercare.

#include <algorithm>

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

Phase World::derive_phase(const HospitalState& h) const {
  if (incident_closed_) return Phase::aftercare;
  if (h.incident_started_at < 0) return Phase::normal;
  bool all_up = true;
  for (const auto& fr : h.functions) all_up &= fr.state == FunctionState::up;
  if (!all_up) {
    if (h.restoration_started) return Phase::restoration;
    for (const auto& fb : h.fallbacks)
      if (fb.status == FallbackRuntime::Status::active) return Phase::downtime;
    for (const auto& c : components_) {
      const bool used_here = std::find(c.hospitals.begin(), c.hospitals.end(), h.index) != c.hospitals.end();
      if (c.isolated && used_here) return Phase::containment;
    }
    return crisis_team_active_ ? Phase::escalation : Phase::detection;
  }
  for (const auto& fr : h.functions)
    if (fr.backlog > 0) return Phase::back_entry;
  return Phase::recovered;
}

Phase World::hospital_phase(int hospital) const { return derive_phase(hospitals_[static_cast<std::size_t>(hospital)]); }

void World::update_phase() {
  const Phase p = derive_phase();
  if (p == phase_) return;
  phase_ = p;
  auto& reached = phase_reached_[static_cast<int>(p)];
  if (reached < 0) reached = now_;
  report(ReportKind::phase_changed, -1, std::string(to_string(p)), std::string(phase_title(p)));
}

}  // namespace epd

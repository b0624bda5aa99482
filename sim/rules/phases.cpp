// The phase of the exercise, derived from the state -- never set directly:
// normal -> detection -> escalation (crisis team) -> containment -> downtime
// operations -> restoration -> back-entry -> recovered -> aftercare. A
// planned downtime (format 5) begins in preparation and goes to downtime
// operations at its planned time: nothing has to be detected or contained.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {

namespace {

// What a phase is derived from: the region's state, or one hospital's.
struct PhaseFacts {
  bool closed = false;       // the crisis team closed the incident
  bool incident = false;     // a function or component has not been up
  bool all_up = true;        // every function is up now
  bool restoring = false;    // IT has started restoring
  bool on_fallback = false;  // a fallback is working
  bool isolated = false;     // a component in use is isolated
  bool crisis_team = false;  // the crisis team is active
  bool backlog = false;      // paper records still await back-entry
  bool catching_up = false;  // postponed work still to catch up (format 3)
  bool preparing = false;    // a planned downtime, before its planned time
  bool planned = false;      // a planned downtime, from its planned time on
};

// The phase ladder, the same for the region and for each hospital.
Phase phase_of(const PhaseFacts& f) {
  if (f.closed) return Phase::aftercare;
  if (f.preparing) return Phase::preparation;
  if (!f.incident) return f.planned ? Phase::downtime : Phase::normal;
  if (!f.all_up) {
    if (f.restoring) return Phase::restoration;
    if (f.on_fallback || f.planned) return Phase::downtime;
    if (f.isolated) return Phase::containment;
    return f.crisis_team ? Phase::escalation : Phase::detection;
  }
  if (f.backlog) return Phase::back_entry;
  return f.catching_up ? Phase::return_to_normal : Phase::recovered;
}

void add_hospital(PhaseFacts& f, const HospitalState& h) {
  for (const auto& fr : h.functions) {
    f.all_up &= fr.state == FunctionState::up;
    f.backlog |= fr.backlog > 0;
  }
  for (const auto& fb : h.fallbacks) f.on_fallback |= fb.status == FallbackRuntime::Status::active;
  // More postponed work than a day's catch-up, or postponed tests: not normal yet.
  const PostponementPolicy& policy = h.def->postponement;
  if (policy.keeps_backlog()) {
    f.catching_up |= h.electives_backlog > policy.daily_catch_up(h.def->surgery.electives_per_working_day) ||
                     h.appointments_backlog > policy.daily_catch_up(h.def->outpatient.visits_per_working_day) ||
                     h.lab_community.postponed >= 1 || h.imaging_community.postponed >= 1;
  }
}

// Where the exercise stands against a planned downtime, if there is one.
void add_plan(PhaseFacts& f, const PlannedDowntime& plan, SimTime now) {
  if (!plan.planned()) return;
  f.preparing = now < plan.at.minutes;
  f.planned = !f.preparing;
}

}  // namespace

Phase World::derive_phase() const {
  PhaseFacts f;
  add_plan(f, scenario_->planned_downtime, now_);
  f.closed = incident_closed_;
  f.incident = incident_started_at_ >= 0;
  f.restoring = restoration_started_;
  f.crisis_team = crisis_team_active_;
  for (const auto& h : hospitals_) add_hospital(f, h);
  for (const auto& c : components_) f.isolated |= c.isolated;
  return phase_of(f);
}

Phase World::derive_phase(const HospitalState& h) const {
  PhaseFacts f;
  add_plan(f, scenario_->planned_downtime, now_);
  f.closed = incident_closed_;
  f.incident = h.incident_started_at >= 0;
  f.restoring = h.restoration_started;
  f.crisis_team = crisis_team_active_;
  add_hospital(f, h);
  for (const auto& c : components_)
    f.isolated |= c.isolated && std::find(c.hospitals.begin(), c.hospitals.end(), h.index) != c.hospitals.end();
  return phase_of(f);
}

Phase World::hospital_phase(int hospital) const { return derive_phase(hospitals_[static_cast<std::size_t>(hospital)]); }

void World::update_phase() {
  settle_rounds();  // reads or changes every hospital
  const Phase p = derive_phase();
  if (p == phase_) return;
  phase_ = p;
  auto& reached = phase_reached_[static_cast<int>(p)];
  if (reached < 0) reached = now_;
  report(ReportKind::phase_changed, -1, std::string(to_string(p)), std::string(phase_title(p)));
}

}  // namespace epd

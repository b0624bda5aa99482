// The emergency department (SEH) pathway: arrival (walk-in or ambulance,
// hour-of-day profile), registration, triage, wait for a physician and a
// treatment space, assessment, lab and imaging, review, then admission (a bed,
// or boarding in the ED until one frees, or an ICU bed at a neighbour) or
// discharge. Patients who wait too long leave without being seen. Patients
// the ED does not take (diverting, off the rota, in the news) go to another
// hospital: rules/region.cpp.

#include <cmath>

#include "engine/world.h"

namespace epd {
namespace {

constexpr int kReviewClass = 0;  // results back: physicians finish these first
constexpr int kNewClass = 1;

}  // namespace

void World::schedule_next_arrival(HospitalState& h) {
  const EmergencyParams& ed = h.def->emergency;
  const double profile_sum = h.arrival_profile_sum;
  if (ed.arrivals_per_day <= 0 || profile_sum <= 0) return;
  // Non-homogeneous Poisson arrivals by inversion: spend an Exp(1) amount of
  // cumulative intensity hour segment by hour segment.
  const double amb = ed.ambulance_share;
  const double mix = (1 - amb) + amb * h.flow(Flow::ambulance);
  const double per_minute = ed.arrivals_per_day / static_cast<double>(kDay) * 24.0 / profile_sum *
                            h.flow(Flow::emergency) * mix;
  if (per_minute <= 0) return;
  double work = h.arrivals.exponential(1.0);
  double t = h.next_arrival_exact;
  for (int guard = 0; guard < 24 * 8; ++guard) {
    const auto whole = static_cast<SimTime>(std::floor(t));
    const int minute_of_day = calendar_.minute_of_day(whole);
    const double boundary = static_cast<double>(whole - minute_of_day % 60 + 60);
    const double rate = per_minute * ed.hourly_profile[static_cast<std::size_t>(minute_of_day / 60)];
    if (rate > 0 && rate * (boundary - t) >= work) {
      t += work / rate;
      h.next_arrival_exact = t;
      h.arrival_queued = true;
      schedule(static_cast<SimTime>(std::floor(t)), kEdArrival, h.index);
      return;
    }
    work -= rate * (boundary - t);
    t = boundary;
  }
}

// Arrivals stopped by a flow factor 0 start again from now when it ends.
void World::resume_arrivals(HospitalState& h) {
  if (h.arrival_queued) return;
  h.next_arrival_exact = std::max(h.next_arrival_exact, static_cast<double>(now_));
  schedule_next_arrival(h);
}

void World::on_ed_arrival(HospitalState& h) {
  h.arrival_queued = false;
  schedule_next_arrival(h);
  const EmergencyParams& ed = h.def->emergency;
  const auto p = static_cast<std::uint32_t>(h.ed.size());
  h.ed.push_back(EdPatient{});
  EdPatient& pt = h.ed.back();
  pt.rng = patient_stream(h, 'E', p);
  pt.arrived = now_;
  // Everything about the patient is drawn now, from the patient's own
  // stream, so the same patients arrive whatever the team decides.
  const double amb = ed.ambulance_share * h.flow(Flow::ambulance);
  pt.admit = false;
  const bool ambulance = pt.rng.uniform() * ((1 - ed.ambulance_share) + amb) < amb;
  const double a = pt.rng.uniform();
  pt.acuity = a < ed.urgent_share ? Acuity::urgent : (a < 1 - ed.low_acuity_share ? Acuity::standard : Acuity::low);
  pt.needs_lab = pt.rng.chance(ed.lab_share);
  pt.needs_imaging = pt.rng.chance(ed.imaging_share);
  const double admit_p = pt.acuity == Acuity::urgent ? ed.admit_urgent
                         : pt.acuity == Acuity::standard ? ed.admit_standard : ed.admit_low;
  pt.admit = pt.rng.chance(admit_p);
  pt.icu = pt.admit && pt.acuity == Acuity::urgent && pt.rng.chance(ed.icu_share_of_urgent_admissions);

  pt.ambulance = ambulance;
  const EdStatus status = ed_status(h);
  if (ambulance && status != EdStatus::open) {
    // Only patients sent on are asked whether they are critical: every other
    // patient's random numbers stay as they were before regions existed.
    const bool critical = pt.rng.chance(ed.critical_share);
    if (send_ed_patient_on(h, p, true, critical)) return;
  } else if (!ambulance && status == EdStatus::closed) {
    if (send_ed_patient_on(h, p, false, false)) return;
  } else if (!ambulance) {
    // No draw when nobody goes elsewhere: the streams stay as they were.
    const double stay = walk_ins_staying(h);
    if ((!h.walk_in_shares.empty() || stay < 1) && !pt.rng.chance(stay) && send_ed_patient_on(h, p, false, false)) return;
  }
  start_ed_visit(h, p);
}

// The patient is at this ED: registered, counted, on their way to triage.
void World::start_ed_visit(HospitalState& h, std::uint32_t p) {
  const EmergencyParams& ed = h.def->emergency;
  EdPatient& pt = h.ed[p];
  h.count.ed_visits += 1;
  ++h.ed_census;
  const StepMode& m = mode(h.index, Role::registration, Access::write);
  const bool id_problem = pt.rng.chance(h.def->wards.identification_error_rate * step_error(h, m));
  if (m.paper) {
    add_paper_record(h, Role::registration);
    if (id_problem) h.count.identification_problems += 1;
  }
  // A step the scenario gives no time is no event: what follows happens at once.
  if (ed.registration.minutes <= 0) on_ed_registered(h, p);
  else schedule(now_ + draw_minutes(pt.rng, ed.registration, 0.5, m.time), kEdRegistered, h.index, p);
}

// Triage has not yet assessed the acuity, so the queue goes by arrival,
// ambulances first (handed over by their crew), and a patient may give up
// while waiting for it (format 6). Older files ordered it by the acuity
// triage was to find, and nobody left before triage.
void World::on_ed_registered(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  if (scenario_->legacy.leave_only_after_triage) {
    h.triage_queue.push(Tiebreak{0, static_cast<int>(pt.acuity), p, p});
  } else {
    // By the minute of arrival here (a patient sent on arrives after the travel).
    const std::uint64_t order = (static_cast<std::uint64_t>(pt.arrived) << 32) | p;
    h.triage_queue.push(Tiebreak{pt.ambulance ? 0 : 1, 0, order, p});
    ++h.triage_waiting;
    start_patience(h, p);
  }
  start_triage(h);
}

// How long a patient who is not urgent waits before leaving unseen; a
// full waiting room makes them give up sooner (crowding_impatience).
void World::start_patience(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  if (pt.acuity == Acuity::urgent) return;
  const EmergencyParams& ed = h.def->emergency;
  const Duration patience = pt.acuity == Acuity::standard ? ed.patience_standard : ed.patience_low;
  const double waits = pt.rng.exponential(static_cast<double>(patience.minutes) / crowding_impatience(h));
  schedule(now_ + static_cast<SimTime>(std::floor(waits)), kEdPatienceOut, h.index, p);
}

void World::start_triage(HospitalState& h) {
  const int nurses = static_cast<int>(std::floor(staff(h, StaffGroup::emergency_nurses, h.def->emergency.triage_nurses) + 0.5));
  while (h.triage_busy < std::max(nurses, 1) && !h.triage_queue.empty()) {
    const std::uint32_t p = h.triage_queue.top().who;
    h.triage_queue.pop();
    if (h.ed[p].left) continue;  // gave up waiting for triage
    if (!scenario_->legacy.leave_only_after_triage) --h.triage_waiting;
    h.ed[p].in_triage = true;
    ++h.triage_busy;
    const StepMode& m = mode(h.index, Role::documentation, Access::write);
    schedule(now_ + draw_minutes(h.ed[p].rng, h.def->emergency.triage, 0.5, m.time), kEdTriaged, h.index, p);
  }
}

void World::on_ed_triaged(HospitalState& h, std::uint32_t p) {
  --h.triage_busy;
  EdPatient& pt = h.ed[p];
  pt.in_triage = false;
  pt.triaged = true;
  ++h.ed_waiting;
  h.physician_queue.push(Tiebreak{kNewClass, static_cast<int>(pt.acuity), p, p});
  if (scenario_->legacy.leave_only_after_triage) start_patience(h, p);
  else if (pt.gave_up_in_triage) schedule(now_ + 1, kEdPatienceOut, h.index, p);  // unless seen at once
  start_triage(h);
  start_ed_work(h);
}

// Crowding (hospitals[].crowding): with more patients than treatment
// spaces, physicians and nurses share themselves out and every step of care
// takes longer...
double World::crowding_slowdown(const HospitalState& h) const {
  const double per_space = static_cast<double>(h.ed_census) / std::max(1, h.def->emergency.treatment_spaces);
  return 1 + h.def->crowding.time_per_overload * std::max(0.0, per_space - 1);
}

// ...and a patient who joins a full waiting room gives up sooner (format 6:
// those waiting for triage are in the waiting room too).
double World::crowding_impatience(const HospitalState& h) const {
  const double physicians = std::max(1.0, staff(h, StaffGroup::emergency_physicians, h.def->emergency.physicians));
  const double waiting = static_cast<double>(h.ed_waiting + h.triage_waiting);
  return 1 + h.def->crowding.patience_per_waiting * waiting / physicians;
}

void World::start_ed_work(HospitalState& h) {
  const EmergencyParams& ed = h.def->emergency;
  const int physicians = static_cast<int>(std::floor(staff(h, StaffGroup::emergency_physicians, ed.physicians) + 0.5));
  while (h.physicians_busy < physicians && !h.physician_queue.empty()) {
    const Tiebreak next = h.physician_queue.top();
    EdPatient& pt = h.ed[next.who];
    if (pt.left) {
      h.physician_queue.pop();
      continue;
    }
    const bool is_new = next.cls == kNewClass;
    if (is_new && h.spaces_used >= ed.treatment_spaces) break;  // nowhere to examine the next patient
    h.physician_queue.pop();
    ++h.physicians_busy;
    const StepMode& m = mode(h.index, Role::documentation, Access::read_write);
    if (is_new) {
      ++h.spaces_used;
      pt.has_space = true;
      --h.ed_waiting;
      pt.seen = now_;
      const double wait = static_cast<double>(now_ - pt.arrived);
      h.count.ed_max_wait = std::max(h.count.ed_max_wait, wait);
      if (wait > 4 * kHour) h.count.ed_waits_over_4h += 1;
      h.medians.ed_wait.add(now_, wait);
      pooled_.ed_wait.add(now_, wait);
    }
    const Duration work = is_new ? ed.assessment : ed.review;
    schedule(now_ + draw_minutes(pt.rng, work, 0.5, m.time * crowding_slowdown(h)), kEdPhysicianDone, h.index, next.who);
  }
}

void World::on_ed_patience_out(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  if (pt.left || pt.seen >= 0) return;
  if (pt.in_triage) {  // with the nurse: gives up only if still waiting after it
    pt.gave_up_in_triage = true;
    return;
  }
  pt.left = true;
  if (pt.triaged) --h.ed_waiting;
  else --h.triage_waiting;  // it leaves the triage queue, skipped there
  --h.ed_census;
  h.count.ed_lwbs += 1;
  const double wait = static_cast<double>(now_ - pt.arrived);
  h.count.ed_max_wait = std::max(h.count.ed_max_wait, wait);
  if (wait > 4 * kHour) h.count.ed_waits_over_4h += 1;
}

void World::on_ed_physician_done(HospitalState& h, std::uint32_t p) {
  --h.physicians_busy;
  EdPatient& pt = h.ed[p];
  if (!pt.seen_by_physician) {
    pt.seen_by_physician = true;
    if (mode(h.index, Role::documentation, Access::write).paper) add_paper_record(h, Role::documentation);
    // Treatment and observation run alongside the diagnostics; the physician
    // reviews the patient once all of them are done.
    pt.pending = 1;
    const bool no_treatment = h.def->emergency.treatment.minutes <= 0;  // no event: done once the orders are out
    if (!no_treatment)
      schedule(now_ + draw_minutes(pt.rng, h.def->emergency.treatment, 0.6, crowding_slowdown(h)), kEdTreatmentDone, h.index, p);
    if (pt.needs_lab) {
      ++pt.pending;
      order_lab(h, static_cast<std::int32_t>(p), 0);
    }
    if (pt.needs_imaging) {
      ++pt.pending;
      order_imaging(h, p);
    }
    if (no_treatment) on_ed_diagnostic_back(h, p);
  } else {
    pt.reviewed = true;
    ed_dispose(h, p);
  }
  start_ed_work(h);
}

void World::on_ed_diagnostic_back(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  if (pt.pending > 0 && --pt.pending == 0) {
    h.physician_queue.push(Tiebreak{kReviewClass, static_cast<int>(pt.acuity), p, p});
    start_ed_work(h);
  }
}

void World::ed_dispose(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  const CrowdingParams& crowd = h.def->crowding;
  if (pt.admit && pt.acuity != Acuity::urgent && crowd.home_instead_per_boarder > 0 && !bed_free(h, pt.icu)) {
    // A full ED weighs the admission: a borderline patient goes home with follow-up.
    const double boarders = static_cast<double>(h.boarding_ward.size() + h.boarding_icu.size());
    if (pt.rng.chance(std::min(0.5, crowd.home_instead_per_boarder * boarders))) {
      pt.admit = false;
      h.count.admissions_avoided += 1;
    }
  }
  if (pt.admit) {
    if (bed_free(h, pt.icu)) {
      ed_give_bed(h, p, pt.icu);
    } else if (pt.icu && !scenario_->legacy.icu_transfer_in_region_only) {
      h.boarding_icu.push_back(p);  // a transfer is arranged meanwhile (rules/region.cpp)
      schedule(now_ + scenario_->region.icu_transfer_arranging.minutes, kIcuTransferDue, h.index, p);
    } else if (!(pt.icu && transfer_to_icu_elsewhere(h, p))) {
      (pt.icu ? h.boarding_icu : h.boarding_ward).push_back(p);
    }
    return;
  }
  const StepMode& m = mode(h.index, Role::documentation, Access::write);
  if (m.paper) add_paper_record(h, Role::documentation);
  if (h.def->emergency.discharge.minutes <= 0) on_ed_discharged(h, p);  // no discharge step: no event
  else schedule(now_ + draw_minutes(pt.rng, h.def->emergency.discharge, 0.5, m.time), kEdDischarged, h.index, p);
}

void World::ed_give_bed(HospitalState& h, std::uint32_t p, bool icu) {
  admit(h, icu, icu ? h.def->wards.icu_los_mean_days : h.def->wards.los_mean_days);
  hand_over_from_ed(h, p);
}

// The admitted patient leaves the ED once handed over to the ward (or the
// transport); the time it is done.
SimTime World::hand_over_from_ed(HospitalState& h, std::uint32_t p) {
  const StepMode& m = mode(h.index, Role::registration, Access::write);
  const SimTime done = now_ + draw_minutes(h.ed[p].rng, h.def->emergency.admission_handover, 0.5, m.time);
  schedule(done, kEdHandedOver, h.index, p);
  return done;
}

void World::fill_beds_from_boarding(HospitalState& h) {
  while (!h.boarding_icu.empty() && bed_free(h, true)) {
    const std::uint32_t p = h.boarding_icu.front();
    h.boarding_icu.pop_front();
    ed_give_bed(h, p, true);
  }
  while (!h.boarding_ward.empty() && bed_free(h, false)) {
    const std::uint32_t p = h.boarding_ward.front();
    h.boarding_ward.pop_front();
    ed_give_bed(h, p, false);
  }
}

void World::on_ed_discharged(HospitalState& h, std::uint32_t p) { ed_leave(h, p); }

void World::on_ed_handed_over(HospitalState& h, std::uint32_t p) { ed_leave(h, p); }

void World::ed_leave(HospitalState& h, std::uint32_t p) {
  EdPatient& pt = h.ed[p];
  const double los = static_cast<double>(now_ - pt.arrived);
  h.medians.ed_los.add(now_, los);
  pooled_.ed_los.add(now_, los);
  --h.ed_census;
  if (pt.has_space) {
    pt.has_space = false;
    --h.spaces_used;
    start_ed_work(h);
  }
}

}  // namespace epd

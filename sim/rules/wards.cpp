// Wards and ICU: beds, the census at T0, admissions (from the ED, after
// surgery, planned direct), length of stay, discharges in the daytime window,
// ICU step-down, medication rounds (09:00 the largest) with their error risk,
// and the ward nurses' workload.
//
// On paper, discharge letters and reconciliation take longer and some
// discharges slip a day (the step mode's throughput), so beds stay full and
// admitted ED patients board in the ED.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {

bool World::bed_free(const HospitalState& h, bool icu) const {
  return icu ? h.icu_occupied + h.icu_reserved < h.def->wards.icu_beds : h.ward_occupied < h.def->wards.ward_beds;
}

void World::admit_census_at_start(HospitalState& h) {
  const WardParams& w = h.def->wards;
  for (int i = 0; i < w.ward_census_at_start && bed_free(h, false); ++i) admit(h, false, w.los_mean_days, true);
  for (int i = 0; i < w.icu_census_at_start && bed_free(h, true); ++i) admit(h, true, w.icu_los_mean_days, true);
}

std::uint32_t World::admit(HospitalState& h, bool icu, double los_mean_days, bool at_start) {
  const WardParams& w = h.def->wards;
  const auto i = static_cast<std::uint32_t>(h.inpatients.size());
  h.inpatients.push_back(Inpatient{});
  Inpatient& ip = h.inpatients.back();
  ip.icu = icu;
  ip.slot = static_cast<std::uint32_t>(h.bed_patients.size());
  h.bed_patients.push_back(i);
  h.bed_rngs.push_back(patient_stream(h, 'I', i));
  Rng& rng = h.bed_rngs.back();
  (icu ? h.icu_occupied : h.ward_occupied) += 1;

  LogNormal los = LogNormal::from_mean_cv(los_mean_days * static_cast<double>(kDay), w.los_cv);
  double stay = 0;
  if (at_start) {
    // Patients in bed at T0 are part-way through stays sampled in proportion
    // to their length (the length-biased lognormal is lognormal with mu +
    // sigma^2); a uniform share of that stay remains.
    los.mu += los.sigma * los.sigma;
    // Two statements: the operands of * may be evaluated in either order, and
    // both draw from the patient's stream.
    const double whole_stay = los.draw(rng);
    stay = whole_stay * rng.uniform();
  } else {
    stay = los.draw(rng);
    h.count.admissions += 1;
    const StepMode& m = mode(h.index, Role::registration, Access::write);
    const bool id_problem = rng.chance(w.identification_error_rate * step_error(h, m));
    if (m.paper) {
      add_paper_record(h, Role::registration);
      if (id_problem) h.count.identification_problems += 1;
    }
    order_pharmacy_verification(h);
  }
  ip.discharge_due = now_ + static_cast<SimTime>(std::floor(stay)) + 1;
  schedule(ip.discharge_due, icu ? kIcuStepDown : kDischargeDue, h.index, i);
  return i;
}

void World::on_icu_step_down(HospitalState& h, std::uint32_t i) {
  Inpatient& ip = h.inpatients[i];
  if (!ip.in_bed() || !ip.icu) return;
  if (!bed_free(h, false)) {
    schedule(now_ + 2 * kHour, kIcuStepDown, h.index, i);  // stays in the ICU until a ward bed frees
    return;
  }
  ip.icu = false;
  --h.icu_occupied;
  ++h.ward_occupied;
  const LogNormal los = LogNormal::from_mean_cv(0.6 * h.def->wards.los_mean_days * static_cast<double>(kDay), h.def->wards.los_cv);
  ip.discharge_due = now_ + static_cast<SimTime>(std::floor(los.draw(h.inpatient_rng(i)))) + 1;
  schedule(ip.discharge_due, kDischargeDue, h.index, i);
  fill_beds_from_boarding(h);
}

void World::on_discharge_due(HospitalState& h, std::uint32_t i) {
  Inpatient& ip = h.inpatients[i];
  if (!ip.in_bed() || ip.icu) return;
  Rng& rng = h.inpatient_rng(i);
  const WardParams& w = h.def->wards;
  const int minute = calendar_.minute_of_day(now_);
  const int from = w.discharge_from.hour * 60 + w.discharge_from.minute;
  const int until = w.discharge_until.hour * 60 + w.discharge_until.minute;
  const StepMode m = combined_mode(h.index, {{Role::documentation, Access::write}, {Role::registration, Access::write}});
  const double u = rng.uniform();
  const bool in_window = minute >= from && minute < until;
  if (!in_window || u > m.throughput) {
    // Outside the discharge window, or the paperwork did not get done today.
    SimTime next = calendar_.next_clock_time(now_ + (in_window ? kDay - (minute - from) : 0), w.discharge_from.hour,
                                             w.discharge_from.minute);
    next += static_cast<SimTime>(rng.uniform() * std::max(1, until - from - 60));
    schedule(next, kDischargeDue, h.index, i);
    return;
  }
  if (m.paper) add_paper_record(h, Role::documentation);
  schedule(now_ + draw_minutes(rng, w.discharge_process, 0.5, m.time), kDischargeDone, h.index, i);
}

void World::on_discharge_done(HospitalState& h, std::uint32_t i) {
  release_bed(h, i);
  fill_beds_from_boarding(h);
}

void World::release_bed(HospitalState& h, std::uint32_t i) {
  Inpatient& ip = h.inpatients[i];
  if (!ip.in_bed()) return;
  (ip.icu ? h.icu_occupied : h.ward_occupied) -= 1;
  // Swap-remove from the bed list and its streams; the order stays deterministic.
  const std::uint32_t slot = ip.slot;
  const std::uint32_t last = h.bed_patients.back();
  h.bed_patients[slot] = last;
  h.bed_rngs[slot] = h.bed_rngs.back();
  h.inpatients[last].slot = slot;
  ip.slot = Inpatient::kNotInBed;  // after: the patient may be the last
  h.bed_patients.pop_back();
  h.bed_rngs.pop_back();
}

namespace {

// The ward nurses counted for a shift: at least one (the staffing floor),
// which an older file's workload, overtime and fatigue did not apply.
double counted_nurses(double nurses, const LegacyRules& legacy) {
  return legacy.workload_without_staff_floor ? nurses : std::max(1.0, nurses);
}

// A patient's doses in one round: the round's mean, whole or one more.
int round_doses(Rng& rng, double per_patient) {
  const double whole = static_cast<double>(static_cast<std::int64_t>(per_patient));  // floor: never negative
  return static_cast<int>(whole) + (rng.chance(per_patient - whole) ? 1 : 0);
}

// When the round reaches its next patient: the k-th of n at (k + 1/2) / n of the round.
SimTime next_pass_time(const RoundInProgress& rp) {
  const double offset = (static_cast<double>(rp.next) + 0.5) / static_cast<double>(rp.patients.size()) * rp.minutes;
  return rp.start + static_cast<SimTime>(offset);
}

}  // namespace

// A medication round: the nurses on duty pass from patient to patient, so a
// patient's doses are given when the round reaches them. Slower work (paper,
// improvisation) or fewer nurses make the round run late.
void World::on_medication_round(HospitalState& h, std::uint32_t round) {
  schedule(now_ + kDay, kMedicationRound, h.index, round);
  const WardParams& w = h.def->wards;
  const StepMode& m = mode(h.index, Role::medication, Access::read_write);
  const double per_patient = w.doses_per_patient_day * w.rounds[round].share;
  const double nurses = std::max(1.0, staff(h, StaffGroup::ward_nurses, w.nurses));
  const auto n = static_cast<double>(h.bed_patients.size());
  // From format 7 the nurses leave a round that has not reached everyone when
  // the next begins: those doses are omitted, not given hours or days late.
  if (!scenario_->legacy.rounds_run_until_done) omit_unreached_doses(h);
  if (h.bed_patients.empty()) return;
  // Nurses give about half their time to the round; the rest is other care.
  const double round_minutes = n * per_patient * w.nurse_minutes_per_dose * m.time / (nurses * kRoundShareOfNursing);
  std::uint32_t free_round = 0;
  while (free_round < h.rounds.size() && h.rounds[free_round].active) ++free_round;
  if (free_round == h.rounds.size()) h.rounds.emplace_back();
  RoundInProgress& rp = h.rounds[free_round];
  rp.round = round;
  rp.start = now_;
  rp.minutes = round_minutes;
  rp.first_seq = queue_.reserve_sequence(h.bed_patients.size());
  rp.patients = h.bed_patients;
  // After a round that omitted doses, the nurses begin with the patients it
  // missed, not again with those it reached (format 7; 0 otherwise).
  rp.offset = h.missed_from < h.bed_patients.size() ? h.missed_from : 0;
  h.missed_from = 0;
  if (rp.offset > 0) std::rotate(rp.patients.begin(), rp.patients.begin() + rp.offset, rp.patients.end());
  rp.next = 0;
  rp.active = true;
  const SimTime first_at = next_pass_time(rp);
  if (EventQueue::comes_before(first_at, rp.first_seq, h.next_pass_at, h.next_pass_seq)) {
    h.next_pass_at = first_at;
    h.next_pass_seq = rp.first_seq;
  }
}

// The patients a late round has not reached when the next one begins miss
// that round's doses: an omission, which is a medication error. They are
// drawn as the round would have drawn them, from each patient's stream. On
// paper each omission is still charted ("not given"), and entered later.
void World::omit_unreached_doses(HospitalState& h) {
  const bool paper = mode(h.index, Role::medication, Access::read_write).paper;
  for (RoundInProgress& rp : h.rounds) {
    if (!rp.active) continue;
    h.missed_from = static_cast<std::uint32_t>((rp.offset + rp.next) % rp.patients.size());
    const double per_patient = h.def->wards.doses_per_patient_day * h.def->wards.rounds[rp.round].share;
    for (; rp.next < rp.patients.size(); ++rp.next) {
      const std::uint32_t slot = h.inpatients[rp.patients[rp.next]].slot;
      if (slot == Inpatient::kNotInBed) continue;  // discharged meanwhile
      const int doses = round_doses(h.bed_rngs[slot], per_patient);
      if (doses == 0) continue;
      h.count.medication_doses_omitted += doses;
      h.count.medication_errors += doses;
      if (paper) add_paper_record(h, Role::medication);
    }
    rp.active = false;
  }
  h.next_pass_at = kNoPass;
}

// The round reaches one patient after another, each at their time in the
// event order; the clock shows that time while their doses are given.
void World::give_due_passes(HospitalState& h, SimTime time, std::uint64_t seq) {
  const SimTime resume = now_;
  for (;;) {
    // The round whose next pass comes first, and when the next of another
    // comes (rounds overlap only when one runs longer than the gap between them).
    RoundInProgress* first = nullptr;
    SimTime at = kNoPass, other_at = kNoPass;
    std::uint64_t at_seq = 0, other_seq = 0;
    for (RoundInProgress& rp : h.rounds) {
      if (!rp.active) continue;
      const SimTime t = next_pass_time(rp);
      const std::uint64_t s = rp.first_seq + rp.next;
      if (EventQueue::comes_before(t, s, at, at_seq)) {
        other_at = at;
        other_seq = at_seq;
        first = &rp;
        at = t;
        at_seq = s;
      } else if (EventQueue::comes_before(t, s, other_at, other_seq)) {
        other_at = t;
        other_seq = s;
      }
    }
    h.next_pass_at = at;
    h.next_pass_seq = at_seq;
    if (first == nullptr) break;
    if (!EventQueue::comes_before(at, at_seq, time, seq)) {
      // The nurses' next patient's stream, most likely in the slot of the
      // same number (below), fetched meanwhile: the next pass may be minutes
      // and many other hospitals' events away.
      const std::uint32_t likely = first->likely_slot(first->next);
      if (likely < h.bed_rngs.size()) __builtin_prefetch(&h.bed_rngs[likely]);
      break;
    }
    // This round's passes, while they come before the limit and the other rounds'.
    do {
      now_ = at;
      give_round_doses(h, *first);
      ++events_processed_;
      if (++first->next == first->patients.size()) {
        first->active = false;
        break;
      }
      at = next_pass_time(*first);
      at_seq = first->first_seq + first->next;
    } while (EventQueue::comes_before(at, at_seq, time, seq) &&
             EventQueue::comes_before(at, at_seq, other_at, other_seq));
  }
  now_ = resume;
}

// A pass, given outside the queue (give_due_passes): it may read and change
// only its own hospital, and neither queue, report nor draw from a shared
// stream, or the results would depend on when it is given.
void World::give_round_doses(HospitalState& h, const RoundInProgress& rp) {
  // The round started with the patients in slot order (from its offset), so
  // the k-th patient is still in that slot unless a discharge moved them:
  // then the list, the slots and the streams are all read in order, a few
  // cache lines a round.
  const std::uint32_t k = rp.next, patient = rp.patients[k], likely = rp.likely_slot(k);
  const std::uint32_t slot =
      likely < h.bed_patients.size() && h.bed_patients[likely] == patient ? likely : h.inpatients[patient].slot;
  if (slot == Inpatient::kNotInBed) return;  // discharged before the round reached them
  Rng& rng = h.bed_rngs[slot];
  const WardParams& w = h.def->wards;
  const MedicationRound& r = w.rounds[rp.round];
  const StepMode& m = mode(h.index, Role::medication, Access::read_write);
  const int doses = round_doses(rng, w.doses_per_patient_day * r.share);
  if (doses == 0) return;
  const double p_error = std::min(1.0, w.medication_error_rate * step_error(h, m));
  for (int d = 0; d < doses; ++d)
    if (rng.uniform() < p_error) h.count.medication_errors += 1;
  h.count.medication_doses += doses;
  // The latest time the round was due (a round longer than a day is due again).
  const SimTime round_at = now_ - rp.start < kDay ? rp.start : rp.start + (now_ - rp.start) / kDay * kDay;
  if (now_ - round_at > kLateDose) h.count.medication_doses_late += doses;
  if (m.paper) {
    h.count.paper_medication_doses += doses;
    add_paper_record(h, Role::medication);  // one paper MAR entry per patient and round
  }
  const double work = doses * w.nurse_minutes_per_dose * m.time;
  h.nurse_work_pending += work;
  if (!h.nurse_window.empty()) h.nurse_window.latest_demand() += work;
}

void World::on_direct_admissions(HospitalState& h) {
  // Planned admissions arrive hourly from 08:00 to 18:00.
  const int hour = calendar_.hour_of_day(now_);
  schedule(hour >= 17 ? calendar_.next_clock_time(now_ + 1, 8) : now_ + kHour, kDirectAdmissions, h.index);
  const WardParams& w = h.def->wards;
  h.direct_carry += w.direct_admissions_per_day / 10.0 * h.flow(Flow::direct_admissions);
  while (h.direct_carry >= 1) {
    h.direct_carry -= 1;
    const bool icu = h.wards_rng.chance(w.direct_icu_share);
    if (bed_free(h, icu)) admit(h, icu, icu ? w.icu_los_mean_days : w.los_mean_days);
    else h.count.admissions_deferred += 1;
  }
}

void World::ward_nursing_tick(HospitalState& h) {
  const WardParams& w = h.def->wards;
  const StepMode& m = mode(h.index, Role::documentation, Access::write);
  const double patients = h.ward_occupied + h.icu_occupied;
  const double demand = patients * w.nurse_care_minutes_per_patient_hour * static_cast<double>(kSampleInterval) / 60.0 * m.time;
  // From format 7 a shift below one nurse is measured as one, as the rounds
  // play it: no nurse on duty is not 0% workload.
  const double capacity =
      counted_nurses(staff(h, StaffGroup::ward_nurses, w.nurses), scenario_->legacy) * static_cast<double>(kSampleInterval);
  h.nurse_work_pending += demand;
  h.nurse_work_pending -= std::min(h.nurse_work_pending, capacity);
  h.nurse_window.push(demand, capacity);
}

void World::ward_shift_end(HospitalState& h) {
  // Work still undone when a shift ends is done as overtime.
  h.count.overtime_hours += h.nurse_work_pending / 60.0;
  const double rostered = counted_nurses(on_shift(h.def->wards.nurses, now_ - 1), scenario_->legacy) * 8.0;
  h.recent_shifts[h.next_shift_slot] = {h.nurse_work_pending / 60.0, rostered};
  h.next_shift_slot = (h.next_shift_slot + 1) % h.recent_shifts.size();
  update_fatigue(h);
  h.nurse_work_pending = 0;
}

}  // namespace epd

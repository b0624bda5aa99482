// The lab: ED samples (STAT, first in the queue) and the inpatients' morning
// bloods, drawn, sent, received, analysed, released and delivered.
//
// Lab fallback: when ordering is down, requisitions are written on paper and
// the lab registers them by hand (the `ordering` step mode: slower, less
// throughput); when lab results are down, results are printed and carried or
// phoned (the `lab_results` step mode's hand-off: runners, improvised rounds).
// Calibrated to a median ED turnaround of ~51 min, ~62% longer on paper.

#include <cmath>

#include "engine/world.h"

namespace epd {

void World::order_lab(HospitalState& h, std::int32_t ed_patient, SimTime draw_delay) {
  const LabParams& lab = h.def->lab;
  // A delivered sample's slot is reused: a region's labs handle millions.
  std::uint32_t s;
  if (h.free_samples.empty()) {
    s = static_cast<std::uint32_t>(h.samples.size());
    h.samples.emplace_back();
  } else {
    s = h.free_samples.back();
    h.free_samples.pop_back();
    h.samples[s] = LabSample{};
  }
  LabSample& sample = h.samples[s];
  sample.number = h.samples_ordered++;
  sample.rng = patient_stream(h, 'L', sample.number);
  sample.ordered = now_;
  sample.ed_patient = ed_patient;
  sample.critical = sample.rng.chance(lab.critical_share);
  const StepMode& order = mode(h.index, Role::ordering, Access::write);
  if (order.paper) add_paper_record(h, Role::ordering);
  SimTime to_lab = draw_delay + lab.transport.minutes;
  if (ed_patient >= 0) to_lab += draw_minutes(sample.rng, lab.collection, 0.5, order.time);
  to_lab += draw_minutes(sample.rng, lab.reception, 0.5, order.time);
  // Collection, transport and reception given no time in the scenario are no event: at the lab at once.
  const bool no_way_to_lab = draw_delay <= 0 && lab.transport.minutes <= 0 &&
                             (ed_patient < 0 || lab.collection.minutes <= 0) && lab.reception.minutes <= 0;
  if (no_way_to_lab) on_lab_arrived(h, s);
  else schedule(now_ + to_lab, kLabArrived, h.index, s);
}

void World::on_lab_arrived(HospitalState& h, std::uint32_t s) {
  const bool stat = h.samples[s].ed_patient >= 0;
  h.lab_queue.push(Tiebreak{stat ? 0 : 1, 0, h.samples[s].number, s});
  start_lab_work(h);
}

void World::start_lab_work(HospitalState& h) {
  const LabParams& lab = h.def->lab;
  // Analyser places = samples per hour x minutes per sample / 60. Hand
  // registration of paper requisitions cuts the lab's throughput; each extra
  // lab worker called in handles another 20 samples an hour (ESTIMATE).
  // Without its own system the analysers' share is cut; the technicians
  // called in add their hands in full (diagnostics.cpp).
  const double per_hour = lab_per_hour(h);
  const double throughput = mode(h.index, Role::ordering, Access::write).throughput;
  const int places = std::max(1, static_cast<int>(std::floor(per_hour * throughput * static_cast<double>(lab.analysis.minutes) / 60.0 + 0.5)));
  while (h.lab_busy < places && !h.lab_queue.empty()) {
    const std::uint32_t s = h.lab_queue.top().who;
    h.lab_queue.pop();
    ++h.lab_busy;
    ++h.lab_started_in_tick;
    schedule(now_ + draw_minutes(h.samples[s].rng, lab.analysis, lab.analysis_cv), kLabAnalysed, h.index, s);
  }
}

void World::on_lab_analysed(HospitalState& h, std::uint32_t s) {
  --h.lab_busy;
  start_lab_work(h);
  const LabParams& lab = h.def->lab;
  LabSample& sample = h.samples[s];
  const StepMode& results = mode(h.index, Role::lab_results, Access::read);
  const StepMode& record = mode(h.index, Role::lab_results, Access::write);
  // Release, then the result reaches the clinician: on screen at once, or
  // carried / phoned after a hand-off. A new result reaches the clinician
  // the way it could be recorded: a read-only copy or viewer holds only what
  // was there before (format 6; older files let the viewer show it).
  const SimTime handoff = scenario_->legacy.viewer_shows_new_results ? results.handoff : record.handoff;
  if (record.paper) add_paper_record(h, Role::lab_results);
  SimTime delivery = draw_minutes(sample.rng, lab.release, 0.5) + 1;
  if (system_down(h, Role::lab_system))  // the LIS is down: entered by hand
    delivery += draw_minutes(sample.rng, lab.manual_handling, 0.5);
  if (handoff > 0) delivery += draw_minutes(sample.rng, Duration{handoff}, 0.5);
  // A critical result is phoned by the lab; without a procedure nobody knows
  // whom to call and it waits for the next round.
  const SimTime phone = draw_minutes(sample.rng, Duration{5}, 0.5, record.time) +
                        (record.improvised ? draw_minutes(sample.rng, Duration{record.handoff}, 0.5) : 0);
  if (sample.critical) {
    h.count.critical_results += 1;
    if (phone > lab.critical_notify_limit.minutes) h.count.critical_results_delayed += 1;
  }
  schedule(now_ + delivery, kLabDelivered, h.index, s);
}

void World::on_lab_delivered(HospitalState& h, std::uint32_t s) {
  const LabSample sample = h.samples[s];
  h.free_samples.push_back(s);
  h.count.lab_tests += 1;
  if (sample.ed_patient < 0) return;
  const double tat = static_cast<double>(now_ - sample.ordered);
  h.medians.lab_tat.add(now_, tat);
  pooled_.lab_tat.add(now_, tat);
  on_ed_diagnostic_back(h, static_cast<std::uint32_t>(sample.ed_patient));
}

void World::on_morning_labs(HospitalState& h) {
  schedule(now_ + kDay, kMorningLabs, h.index);
  // Phlebotomists draw between 06:00 and 08:00.
  const double share = h.def->wards.morning_lab_share;
  for (Rng& rng : h.bed_rngs)  // each patient in bed, in slot order
    if (rng.chance(share)) order_lab(h, -1, static_cast<SimTime>(rng.uniform() * 120));
}

}  // namespace epd

// Radiology for the ED: transport, a scan in one of the rooms on shift, and
// the radiologist's report read by the ED physician. With PACS or the EPD
// down, images are viewed at the modality and reports are phoned or carried
// (the `imaging` step mode).

#include <cmath>

#include "engine/world.h"

namespace epd {

void World::order_imaging(HospitalState& h, std::uint32_t ed_patient) {
  const auto x = static_cast<std::uint32_t>(h.exams.size());
  h.exams.push_back(ImagingExam{now_, ed_patient});
  const StepMode& order = mode(h.index, Role::ordering, Access::write);
  if (order.paper) add_paper_record(h, Role::ordering);
  const SimTime transport = draw_minutes(h.ed[ed_patient].rng, h.def->radiology.transport, 0.5, order.time);
  schedule(now_ + transport, kImagingArrived, h.index, x);
}

void World::on_imaging_arrived(HospitalState& h, std::uint32_t x) {
  h.imaging_queue.push_back(x);
  start_imaging_work(h);
}

void World::start_imaging_work(HospitalState& h) {
  const RadiologyParams& rad = h.def->radiology;
  const double working = staff(h, StaffGroup::radiology, rad.rooms) * diagnostics_capacity(h, Role::radiology_system, rad.manual_share);
  const int rooms = static_cast<int>(std::floor(working + 0.5));
  while (h.imaging_busy < std::max(rooms, 1) && !h.imaging_queue.empty()) {
    const std::uint32_t x = h.imaging_queue.front();
    h.imaging_queue.pop_front();
    ++h.imaging_busy;
    EdPatient& pt = h.ed[h.exams[x].ed_patient];
    schedule(now_ + draw_minutes(pt.rng, h.def->radiology.exam, 0.5), kImagingScanned, h.index, x);
  }
}

void World::on_imaging_scanned(HospitalState& h, std::uint32_t x) {
  --h.imaging_busy;
  start_imaging_work(h);
  EdPatient& pt = h.ed[h.exams[x].ed_patient];
  const StepMode& m = mode(h.index, Role::imaging, Access::read_write);
  if (m.paper) add_paper_record(h, Role::imaging);
  SimTime report_time = draw_minutes(pt.rng, h.def->radiology.report, 0.5, m.time);
  const RadiologyParams& rad = h.def->radiology;
  if (system_down(h, Role::radiology_system))  // RIS/PACS down: registered and reported by hand
    report_time += draw_minutes(pt.rng, rad.manual_handling, 0.5);
  if (m.handoff > 0) report_time += draw_minutes(pt.rng, Duration{m.handoff}, 0.5);
  schedule(now_ + report_time, kImagingReported, h.index, x);
}

void World::on_imaging_reported(HospitalState& h, std::uint32_t x) {
  const double tat = static_cast<double>(now_ - h.exams[x].ordered);
  h.medians.imaging_tat.add(now_, tat);
  pooled_.imaging_tat.add(now_, tat);
  on_ed_diagnostic_back(h, h.exams[x].ed_patient);
}

}  // namespace epd

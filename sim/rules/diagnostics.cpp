// Diagnostics capacity (format 3). The lab and radiology work at a share of
// their capacity when their own system is down (roles lab_system and
// radiology_system: LIS and analyser interfaces, RIS/PACS): samples and
// exams are registered and results entered by hand. GP and outpatient
// requests are served with what the hospital's own patients leave (ED and
// inpatients come first), a quarter of an hour at a time; when the queue
// grows beyond what the department can do in a few hours, new requests are
// rationed -- GPs' refused, the clinic's postponed and offered again once
// there is room -- each counted.

#include <algorithm>

#include "engine/world.h"

namespace epd {

// Whether a department's own system is down now (a role the scenario does
// not model never is).
bool World::system_down(HospitalState& h, Role system) {
  const StepMode& m = mode(h.index, system, Access::write);
  return m.paper || m.improvised;
}

// The share of its capacity a department has now: all of it with its own
// system working, `manual_share` without.
double World::diagnostics_capacity(HospitalState& h, Role system, double manual_share) {
  return system_down(h, system) ? manual_share : 1.0;
}

// The lab's samples an hour now: the analysers' share and the technicians
// called in (the callers apply the pace of hand registration, the ordering step's throughput).
double World::lab_per_hour(HospitalState& h) {
  const LabParams& lab = h.def->lab;
  return on_shift(lab.capacity_per_hour, now_) * diagnostics_capacity(h, Role::lab_system, lab.manual_share) +
         20.0 * h.staff_extra[static_cast<int>(StaffGroup::lab)];
}

// One quarter of an hour of GP and outpatient requests: `per_hour` is the
// department's pace now, `left` what the hospital's own patients leave of
// it this quarter.
void World::serve_community(HospitalState& h, CommunityQueue& q, const CommunityRequests& r, double per_hour, double left) {
  const int minute = calendar_.minute_of_day(now_);
  const bool open = calendar_.is_working_day(now_) && minute >= 8 * 60 && minute < 17 * 60;
  const double arriving = open ? r.per_working_day / (9.0 * 4.0) : 0.0;
  const double limit = r.ration_queue_hours * per_hour;
  if (q.queue + arriving > limit) {
    const double refused = arriving * r.gp_share, postponed = arriving - refused;
    h.count.tests_refused += refused;
    h.count.tests_postponed += postponed;
    q.postponed += postponed;
  } else {
    q.queue += arriving;
    const double again = std::min(q.postponed, limit - q.queue);  // postponed requests offered again
    q.postponed -= again;
    q.queue += again;
  }
  const double done = std::min(q.queue, std::max(0.0, left));
  q.queue -= done;
  h.count.community_tests_done += done;
}

namespace {

// Requests come in, wait, or wait for a new date: the department has GP and outpatient work to do.
bool has_requests(const CommunityQueue& q, const CommunityRequests& r) {
  return r.per_working_day > 0 || q.queue > 0 || q.postponed > 0;
}

}  // namespace

void World::diagnostics_tick(HospitalState& h) {
  const LabParams& lab = h.def->lab;
  const RadiologyParams& rad = h.def->radiology;
  if (has_requests(h.lab_community, lab.community)) {
    const double per_hour = lab_per_hour(h) * mode(h.index, Role::ordering, Access::write).throughput;
    const double left = per_hour * static_cast<double>(kSampleInterval) / 60.0 - h.lab_started_in_tick;
    serve_community(h, h.lab_community, lab.community, per_hour, left);
  }
  h.lab_started_in_tick = 0;
  if (has_requests(h.imaging_community, rad.community)) {
    const double per_hour = rad.community_per_hour * diagnostics_capacity(h, Role::radiology_system, rad.manual_share);
    serve_community(h, h.imaging_community, rad.community, per_hour, per_hour * static_cast<double>(kSampleInterval) / 60.0);
  }
}

}  // namespace epd

// The region: patients handed from one hospital to another. Where they go is
// the ROAZ's routing (region/routing.h); here they leave one hospital's books
// and, after the travel time, arrive on another's, so nobody is lost:
//
// - an ambulance the ED does not take (diverting, off the rota) goes on; a
//   critical patient (stroke, STEMI, major trauma) to the designated centre;
// - a walk-in goes on when the ED is off the rota, or by choice when the
//   hospital's trouble is in the news (the scenario's share);
// - an admitted patient who needs an ICU bed the hospital has not got goes
//   to the nearest hospital with one, which holds the bed meanwhile.
// A hospital with no neighbour in the scenario sends patients out of it,
// and says how many.

#include <algorithm>

#include "engine/world.h"

namespace epd {

std::vector<EdStatus> World::ed_statuses() const {
  std::vector<EdStatus> out;
  out.reserve(hospitals_.size());
  for (const auto& h : hospitals_) out.push_back(ed_status(h));
  return out;
}

bool World::send_ed_patient_on(HospitalState& h, std::uint32_t p, bool ambulance, bool critical) {
  const std::vector<EdStatus> status = ed_statuses();
  // Where the patient lives decides among nearby EDs: drawn only where it
  // can matter, so older files' streams stay as they were.
  const double u = region_.spread() > 0 && !region_.neighbours(h.index).empty() ? h.ed[p].rng.uniform() : 0;
  const Route r = ambulance ? route_ambulance(region_, status, h.index, critical, u)
                            : route_walk_in(region_, status, h.index, u);
  const bool by_choice = !ambulance && status[h.index] != EdStatus::closed;
  if (r.to == static_cast<int>(h.index) || (by_choice && r.forced)) {
    report_forced_route(h, r);
    return false;  // no other ED takes them: this one does
  }
  EdPatient& pt = h.ed[p];
  pt.left = true;  // gone from this ED's books
  h.count.ed_sent_elsewhere += 1;
  if (ambulance) h.count.ambulances_diverted += 1;
  if (r.to < 0) {
    h.count.ed_out_of_region += 1;
    return true;
  }
  report_forced_route(h, r);
  HospitalState& to = hospitals_[static_cast<std::size_t>(r.to)];
  const auto q = static_cast<std::uint32_t>(to.ed.size());
  to.ed.push_back(pt);  // the same patient, with their own random numbers
  EdPatient& there = to.ed.back();
  there.left = false;
  there.ambulance = ambulance;
  if (critical && r.to == region_.centre(h.index)) {
    // A stroke, STEMI or major trauma: urgent, and admitted.
    h.count.critical_to_centre += 1;
    there.acuity = Acuity::urgent;
    there.admit = true;
    there.icu = there.rng.chance(to.def->emergency.icu_share_of_urgent_admissions);
  }
  there.arrived = now_ + r.minutes;
  h.count.travel_minutes += r.minutes;
  schedule(there.arrived, kEdTransferArrival, to.index, q);
  return true;
}

void World::report_forced_route(HospitalState& h, const Route& r) {
  if (!r.forced) {
    h.forced_reported = false;
    return;
  }
  if (h.forced_reported) return;
  h.forced_reported = true;
  const std::string& to = hospitals_[static_cast<std::size_t>(r.to)].def->name;
  report(ReportKind::milestone, h.index, "regional_agreement",
         "No emergency department in reach of " + h.def->name + " is open: " + to +
             " takes its patients anyway, as the regional agreement says");
}

void World::on_ed_transfer_arrival(HospitalState& h, std::uint32_t p) {
  h.count.ed_received += 1;
  if (h.ed[p].ambulance) h.count.ambulances_received += 1;
  start_ed_visit(h, p);
}

// Older files (before format 6): at once to the nearest hospital in the
// scenario with a free ICU bed, or boarding in the ED until a bed frees here.
bool World::transfer_to_icu_elsewhere(HospitalState& h, std::uint32_t p) {
  if (region_.neighbours(h.index).empty()) return false;
  const Route r = icu_route(h);
  if (r.to < 0) return false;
  send_to_icu_elsewhere(h, p, r);
  return true;
}

// Format 6: the patient boards in the ED while a transfer is arranged; if
// no bed has freed here meanwhile, they go to the nearest hospital with a
// free ICU bed, or beyond the region, as the Netherlands spreads ICU
// patients nationally (LCPS).
void World::on_icu_transfer_due(HospitalState& h, std::uint32_t p) {
  const auto waiting = std::find(h.boarding_icu.begin(), h.boarding_icu.end(), p);
  if (waiting == h.boarding_icu.end()) return;  // a bed freed here first
  h.boarding_icu.erase(waiting);
  send_to_icu_elsewhere(h, p, icu_route(h));  // no neighbour: Route{}, beyond the region
}

Route World::icu_route(const HospitalState& h) const {
  std::vector<bool> has_bed;
  has_bed.reserve(hospitals_.size());
  for (const auto& other : hospitals_) has_bed.push_back(bed_free(other, true));
  return route_icu_transfer(region_, has_bed, h.index);
}

// `r.to` -1: beyond the scenario's region, off its books.
void World::send_to_icu_elsewhere(HospitalState& h, std::uint32_t p, const Route& r) {
  const SimTime leaves = hand_over_from_ed(h, p);
  h.count.icu_transfers_out += 1;
  if (r.to < 0) return;
  HospitalState& to = hospitals_[static_cast<std::size_t>(r.to)];
  ++to.icu_reserved;
  h.count.travel_minutes += r.minutes;
  schedule(leaves + r.minutes, kIcuTransferArrival, to.index);
}

void World::on_icu_transfer_arrival(HospitalState& h) {
  --h.icu_reserved;
  h.count.icu_transfers_in += 1;
  admit(h, true, h.def->wards.icu_los_mean_days);
}

}  // namespace epd

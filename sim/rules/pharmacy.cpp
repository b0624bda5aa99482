// The hospital pharmacy verifies the medication orders of every new
// admission. On paper, orders are faxed or carried and checked by hand (the
// `medication` step mode), which delays the first verified doses.

#include <cmath>

#include "engine/world.h"

namespace epd {

void World::order_pharmacy_verification(HospitalState& h) {
  h.pharmacy_queue.push_back(now_);
  start_pharmacy_work(h);
}

void World::start_pharmacy_work(HospitalState& h) {
  const int pharmacists = static_cast<int>(std::floor(staff(h, StaffGroup::pharmacy, h.def->pharmacy.pharmacists) + 0.5));
  while (h.pharmacy_busy < std::max(pharmacists, 1) && !h.pharmacy_queue.empty()) {
    const SimTime ordered = h.pharmacy_queue.front();
    h.pharmacy_queue.pop_front();
    ++h.pharmacy_busy;
    const auto order = static_cast<std::uint32_t>(h.pharmacy_started.size());
    h.pharmacy_started.push_back(ordered);
    const StepMode& m = mode(h.index, Role::medication, Access::read_write);
    if (m.paper) add_paper_record(h, Role::medication);
    schedule(now_ + draw_minutes(h.wards_rng, h.def->pharmacy.verification, 0.5, m.time), kPharmacyDone, h.index, order);
  }
}

void World::on_pharmacy_done(HospitalState& h, std::uint32_t order) {
  --h.pharmacy_busy;
  const double tat = static_cast<double>(now_ - h.pharmacy_started[order]);
  h.medians.pharmacy_tat.add(now_, tat);
  pooled_.pharmacy_tat.add(now_, tat);
  start_pharmacy_work(h);
}

}  // namespace epd

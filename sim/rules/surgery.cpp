// Elective surgery on working days. A case goes ahead unless the team
// cancelled a share of electives, the OR has no safe way to work (ordering,
// medication or documentation improvised), the throughput of the paper
// procedure cannot fit it, or there is no bed for the patient afterwards.

#include <cmath>

#include "engine/world.h"

namespace epd {

void World::on_surgery_day(HospitalState& h) {
  schedule(now_ + kDay, kSurgeryDay, h.index);
  if (!calendar_.is_working_day(now_)) return;
  const SurgeryParams& s = h.def->surgery;
  h.surgery_carry += s.electives_per_working_day;
  const int cases = static_cast<int>(std::floor(h.surgery_carry));
  h.surgery_carry -= cases;
  const SimTime span = (s.last_case.hour - s.first_case.hour) * kHour + (s.last_case.minute - s.first_case.minute);
  for (int n = 0; n < cases; ++n)
    schedule(now_ + (cases > 1 ? span * n / (cases - 1) : 0), kSurgeryCase, h.index, static_cast<std::uint32_t>(n));
}

void World::on_surgery_case(HospitalState& h, std::uint32_t) {
  const SurgeryParams& s = h.def->surgery;
  // Draw everything first so a decision never shifts the next case's draws.
  const double u_cancel = h.surgery_rng.uniform(), u_fit = h.surgery_rng.uniform();
  const bool admit_after = h.surgery_rng.chance(s.admit_share);
  const bool icu = admit_after && h.surgery_rng.chance(s.icu_share);
  const StepMode m = combined_mode(h.index, {{Role::ordering, Access::write},
                                            {Role::medication, Access::read_write},
                                            {Role::documentation, Access::write}});
  const bool cancelled_by_decision = now_ < h.cancel_electives_until && u_cancel < h.cancel_electives_share;
  if (cancelled_by_decision || m.improvised || u_fit > m.throughput || (admit_after && !bed_free(h, icu))) {
    h.count.electives_cancelled += 1;
    return;
  }
  h.count.electives_done += 1;
  if (m.paper) add_paper_record(h, Role::documentation, 3);  // operation report, orders, anaesthesia chart
  if (admit_after) admit(h, icu, icu ? h.def->wards.icu_los_mean_days : h.def->wards.los_mean_days);
}

}  // namespace epd

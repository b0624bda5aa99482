// Operations. Elective cases on working days go ahead unless the team
// cancelled a share of them, the OR has no safe way to work (ordering,
// medication or documentation improvised), the throughput of the paper
// procedure cannot fit them, or there is no bed afterwards.
//
// Format 3: urgent operations from the ED and the wards go on every day and
// take daytime theatre slots first; an elective whose pre-op workup cannot be
// done is postponed under the hospital's downtime policy (rules/postponement.cpp);
// every elective not done joins the backlog, caught up once the workup is
// possible again. Format 8: electives taken off the list in advance
// (postponed for their tests, cancelled by the team) free their theatre
// time for those that remain.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {

void World::on_surgery_day(HospitalState& h) {
  schedule(now_ + kDay, kSurgeryDay, h.index);
  const SurgeryParams& s = h.def->surgery;
  // Urgent operations go on, on paper if need be.
  h.urgent_carry += s.urgent_per_day;
  const double urgent = std::floor(h.urgent_carry);
  h.urgent_carry -= urgent;
  h.count.urgent_operations += urgent;
  if (urgent > 0 && mode(h.index, Role::documentation, Access::write).paper)
    add_paper_record(h, Role::documentation, 3 * urgent);
  if (!calendar_.is_working_day(now_)) return;
  h.surgery_carry += s.electives_per_working_day;
  int cases = static_cast<int>(std::floor(h.surgery_carry));
  h.surgery_carry -= cases;
  int extra = catch_up_cases(h, s.electives_per_working_day, h.electives_backlog, workup_possible(h));
  if (s.theatre_cases_per_working_day > 0) {
    // The day's urgent cases take their theatre slots first: catch-up cases
    // give way, then electives, which are postponed. (Without a number the
    // theatres have room for all of them.)
    const int slots = static_cast<int>(std::floor(s.theatre_cases_per_working_day - urgent * s.urgent_day_share));
    extra = std::max(0, std::min(extra, slots - cases));
    const int bumped = std::max(0, cases - std::max(0, slots));
    cases -= bumped;
    h.count.electives_postponed += bumped;
    book_again(h, h.electives_backlog, bumped);
  }
  h.surgery_regular_cases = cases;
  const int all = cases + extra;
  const SimTime span = (s.last_case.hour - s.first_case.hour) * kHour + (s.last_case.minute - s.first_case.minute);
  for (int n = 0; n < all; ++n)
    schedule(now_ + (all > 1 ? span * n / (all - 1) : 0), kSurgeryCase, h.index, static_cast<std::uint32_t>(n));
}

void World::on_surgery_case(HospitalState& h, std::uint32_t n) {
  const SurgeryParams& s = h.def->surgery;
  const bool catch_up = static_cast<int>(n) >= h.surgery_regular_cases;  // a postponed case booked again
  // Draw everything first so a decision never shifts the next case's draws.
  const double u_cancel = h.surgery_rng.uniform(), u_fit = h.surgery_rng.uniform();
  const bool admit_after = h.surgery_rng.chance(s.admit_share);
  const bool icu = admit_after && h.surgery_rng.chance(s.icu_share);
  const PostponementPolicy& policy = h.def->postponement;
  const bool needs_tests = policy.electives_without_workup && h.surgery_rng.chance(policy.electives_needing_tests);
  if (policy.electives_without_workup && policy_postpones(h, workup_missing_since(h, needs_tests))) {
    if (!catch_up) {  // a booked-again case postponed once more is still the same operation
      h.count.electives_postponed += 1;
      book_again(h, h.electives_backlog, 1);
    }
    return;
  }
  const StepMode m = combined_mode(h.index, {{Role::ordering, Access::write},
                                            {Role::medication, Access::read_write},
                                            {Role::documentation, Access::write}});
  const bool cancelling = now_ < h.cancel_electives_until;
  const bool cancelled_by_decision = cancelling && u_cancel < h.cancel_electives_share;
  // The share of the day's list still on it (format 8): the policy postpones
  // the cases whose workup is missing, those with fresh tests and those
  // without each by their own needs, and the team cancels its share.
  double kept = cancelling ? 1 - h.cancel_electives_share : 1;
  if (policy.electives_without_workup) {
    const double with_tests = policy.electives_needing_tests;
    kept *= (policy_postpones(h, workup_missing_since(h, false)) ? 0 : 1 - with_tests) +
            (policy_postpones(h, workup_missing_since(h, true)) ? 0 : with_tests);
  }
  if (cancelled_by_decision || m.improvised || u_fit > share_that_fits(m.throughput, kept) || (admit_after && !bed_free(h, icu))) {
    h.count.electives_cancelled += 1;
    if (!catch_up) book_again(h, h.electives_backlog, 1);
    return;
  }
  h.count.electives_done += 1;
  if (catch_up) h.electives_backlog -= 1;
  if (m.paper) add_paper_record(h, Role::documentation, 3);  // operation report, orders, anaesthesia chart
  if (admit_after) admit(h, icu, icu ? h.def->wards.icu_los_mean_days : h.def->wards.los_mean_days);
}

}  // namespace epd

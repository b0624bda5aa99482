// Work that needs information (format 3, hospitals[].postponement). An
// elective operation needs its pre-op workup -- a readable record (the EPD,
// a viewer, or the paper charts of a running procedure), and for those that
// need fresh tests the lab's results and own system and imaging -- and a
// clinic appointment needs a readable record. Once the information has been missing for the policy's
// `after`, the hospital postpones that work by itself; postponed and
// cancelled work joins a backlog that is caught up, `catch_up_share` extra a
// day, once the information is back.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {

// Since when the role has had no working function (-1: it works). A role
// the scenario does not model always works.
SimTime World::role_missing_since(const HospitalState& h, Role role) const {
  SimTime since = -1;
  for (int f : h.role_functions[static_cast<std::size_t>(role)]) {
    const FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
    if (fr.state == FunctionState::up || fr.state == FunctionState::degraded) return -1;
    since = std::max(since, fr.down_since);
  }
  return since;
}

// Since when the information an operation needs has been missing: the
// latest of the needs that fail now (-1: nothing is missing). A need fails
// when the step would improvise, or when the lab's own system is down. Every
// operation needs a readable record; those that need fresh tests
// (`with_tests`) need the lab and imaging too.
SimTime World::workup_missing_since(HospitalState& h, bool with_tests) {
  SimTime since = -1;
  const auto need = [&](Role role, bool fails) {
    if (fails) since = std::max(since, std::max<SimTime>(0, role_missing_since(h, role)));
  };
  need(Role::documentation, mode(h.index, Role::documentation, Access::read).improvised);
  if (with_tests) {
    need(Role::lab_results, mode(h.index, Role::lab_results, Access::read).improvised);
    need(Role::lab_system, system_down(h, Role::lab_system));
    need(Role::imaging, mode(h.index, Role::imaging, Access::read).improvised);
  }
  return since;
}

// A readable record is the need every operation and clinic visit shares.
SimTime World::record_missing_since(HospitalState& h) { return workup_missing_since(h, false); }

bool World::policy_postpones(const HospitalState& h, SimTime missing_since) const {
  return missing_since >= 0 && now_ - missing_since >= h.def->postponement.after.minutes;
}

// Work taken off a day's list in advance -- postponed by the policy, cancelled
// by the team or by the patients themselves -- frees its time (format 8): the
// paper procedure's throughput, a share of a full day's work, is shared over
// the `kept` share that remains. The chance that a case still on the list fits.
double World::share_that_fits(double throughput, double kept) const {
  if (scenario_->legacy.work_taken_off_frees_no_time || kept <= 0) return throughput;
  return std::min(1.0, throughput / kept);
}

// Extra work booked from a backlog today: `catch_up_share` of the day's
// normal work, while the information it needs is there.
int World::catch_up_cases(const HospitalState& h, double per_day, double backlog, bool possible) const {
  const PostponementPolicy& policy = h.def->postponement;
  if (!policy.keeps_backlog() || backlog < 1 || !possible) return 0;
  return static_cast<int>(std::min(std::floor(backlog), policy.daily_catch_up(per_day)));
}

// `n` postponed or cancelled cases wait for a new date, where the hospital catches up.
void World::book_again(const HospitalState& h, double& backlog, double n) {
  if (h.def->postponement.keeps_backlog()) backlog += n;
}

}  // namespace epd

// What scenario format 7 corrected, each against the old mechanism an older
// file keeps (Scenario::legacy): doses a late medication round never reaches,
// and the nurse workload of a shift with no ward nurse.

#include <catch2/catch.hpp>

#include <cmath>

#include "engine/exercise.h"
#include "scenario/scenario_load.h"
#include "test_scenario.h"

using namespace epd;

namespace {

struct Doses {
  double given = 0, omitted = 0, errors = 0, workload = 0;
};

// The small scenario in normal operation for three days, with this many
// ward nurses on every shift.
Doses three_days(double nurses, bool legacy) {
  Scenario s = test::small_scenario();
  s.hospitals[0].wards.nurses = {nurses, nurses, nurses};
  s.legacy.rounds_run_until_done = legacy;
  s.legacy.workload_without_staff_floor = legacy;
  Exercise ex(test::share(s), 5);
  ex.advance_to(3 * kDay);
  return {ex.metric("medication_doses"), ex.metric("medication_doses_omitted"), ex.metric("medication_errors"),
          ex.metric("nurse_workload_pct")};
}

}  // namespace

TEST_CASE("format 7: a round the nurses cannot finish before the next one omits the rest, as errors",
          "[format7][wards]") {
  const Doses staffed = three_days(50, false);
  CHECK(staffed.omitted == 0);  // a normal round ends well before the next

  const Doses short_staffed = three_days(2, false);
  CHECK(short_staffed.omitted > 0.3 * short_staffed.given);
  CHECK(short_staffed.errors >= short_staffed.omitted);  // each omission is a medication error
  // Every dose due is given or omitted, bar the round under way: about the
  // same total as with the ward fully staffed.
  CHECK(short_staffed.given + short_staffed.omitted > 0.9 * staffed.given);
  // Fewer nurses never show fewer medication errors.
  CHECK(short_staffed.errors > 2 * staffed.errors);

  // An older file's round ran on past the next one, for days, and the doses
  // it had not reached were in no metric: fewer nurses, fewer errors.
  const Doses old = three_days(1, true);
  CHECK(std::isnan(old.omitted));  // no metric had them
  CHECK(old.given < 0.5 * staffed.given);
  CHECK(old.errors < staffed.errors);
}

TEST_CASE("format 7: a shift with no ward nurse is measured as one nurse, not as 0% workload", "[format7][wards]") {
  const Doses nobody = three_days(0, false);
  CHECK(nobody.workload > 1000);  // a whole hospital's care on one nurse
  CHECK(three_days(1, false).workload == Approx(nobody.workload));
  CHECK(three_days(0, true).workload == 0);  // what an older file showed
}

namespace {

// One hospital on the defaults, in a file of this version, with `extra` fields.
std::string one_hospital(int version, const std::string& extra = "") {
  return R"({"format_version": )" + std::to_string(version) + R"(, "id": "f7", "title": "T", "start": "2026-04-07T07:00",
    "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
    "hospitals": [{"id": "a", "name": "A", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                   "depends_on": [{"component": "cloud"}]}]}])" + extra + "}";
}

}  // namespace

TEST_CASE("format 7: the loader keeps an older file's rounds and workload, which have no omitted doses to show",
          "[format7][loader]") {
  const ScenarioLoad old = load_scenario_text(one_hospital(6), "f6.json");
  const ScenarioLoad now = load_scenario_text(one_hospital(7), "f7.json");
  REQUIRE(old.ok());
  REQUIRE(now.ok());
  CHECK(old.scenario->legacy.rounds_run_until_done);
  CHECK(old.scenario->legacy.workload_without_staff_floor);
  CHECK_FALSE(old.scenario->legacy.leave_only_after_triage);  // format 6's corrections stay
  CHECK_FALSE(now.scenario->legacy.rounds_run_until_done);
  CHECK_FALSE(now.scenario->legacy.workload_without_staff_floor);
  Exercise played_old(old.scenario, 1), played_now(now.scenario, 1);
  played_old.advance_to(kDay);
  played_now.advance_to(kDay);
  // No value ("-" in tables, -1 in a summary), not a 0 that says no dose was missed.
  CHECK(std::isnan(played_old.metric("medication_doses_omitted")));
  CHECK(played_now.metric("medication_doses_omitted") == 0);
}

TEST_CASE("format 7: an older file may not name the omitted doses metric", "[format7][loader]") {
  const std::string objective =
      R"(, "objectives": [{"id": "o", "title": "O", "criteria": [{"metric": "medication_doses_omitted", "at_most": 10}]}])";
  const std::string trigger = R"(, "injects": [{"id": "i", "title": "I", "text": "T", "from": "F",
      "trigger": {"metric": "medication_doses_omitted", "above": 100}}])";
  CHECK(load_scenario_text(one_hospital(7, objective + trigger), "f7.json").ok());
  const ScenarioLoad old = load_scenario_text(one_hospital(6, objective + trigger), "f6.json");
  REQUIRE_FALSE(old.ok());
  const std::string said = old.problems.format_all();
  CHECK_THAT(said, Catch::Contains("objectives[0].criteria[0].metric: 'medication_doses_omitted' is new in scenario "
                                   "format version 7: write \"format_version\": 7"));
  CHECK_THAT(said, Catch::Contains("injects[0].trigger.metric: 'medication_doses_omitted' is new in scenario format version 7"));
}

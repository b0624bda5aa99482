// What scenario format 7 corrected, each against the old mechanism an older
// file keeps (Scenario::legacy): doses a late medication round never reaches,
// and the nurse workload of a shift with no ward nurse.

#include <catch2/catch.hpp>

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
  CHECK(short_staffed.errors >= short_staffed.omitted);
  // Every dose due is given or omitted, bar the round under way: about the
  // same total as with the ward fully staffed.
  CHECK(short_staffed.given + short_staffed.omitted > 0.9 * staffed.given);
  // Fewer nurses never show fewer medication errors.
  CHECK(short_staffed.errors > 2 * staffed.errors);

  // An older file's round ran on past the next one, for days, and the doses
  // it had not reached were in no metric: fewer nurses, fewer errors.
  const Doses old = three_days(1, true);
  CHECK(old.omitted == 0);
  CHECK(old.given < 0.5 * staffed.given);
  CHECK(old.errors < staffed.errors);
}

TEST_CASE("format 7: a shift with no ward nurse is measured as one nurse, not as 0% workload", "[format7][wards]") {
  const Doses nobody = three_days(0, false);
  CHECK(nobody.workload > 1000);  // a whole hospital's care on one nurse
  CHECK(three_days(1, false).workload == Approx(nobody.workload));
  CHECK(three_days(0, true).workload == 0);  // what an older file showed
}

TEST_CASE("format 7: an older file may not name the omitted doses metric", "[format7][loader]") {
  const auto text = [](int version) {
    return R"({"format_version": )" + std::to_string(version) + R"(, "id": "f7", "title": "T", "start": "2026-04-07T07:00",
      "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
      "hospitals": [{"id": "a", "name": "A", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                     "depends_on": [{"component": "cloud"}]}]}],
      "objectives": [{"id": "o", "title": "O", "criteria": [{"metric": "medication_doses_omitted", "at_most": 10}]}]})";
  };
  CHECK(load_scenario_text(text(7), "f7.json").ok());
  const ScenarioLoad old = load_scenario_text(text(6), "f6.json");
  REQUIRE_FALSE(old.ok());
  CHECK_THAT(old.problems.format_all(),
             Catch::Contains("objectives[0].criteria[0].metric: 'medication_doses_omitted' is new in scenario format version 7"));
}

// The shipped lab-partner scenario (Synnovis, June 2024, as publicly
// reported): a lab-only outage and its consequences downstream, while the
// EPD itself keeps working.

#include <catch2/catch.hpp>

#include "shipped.h"

using namespace epd;

namespace {

const test::ShippedScenario& lab_partner() {
  static const test::ShippedScenario shipped = test::load_shipped("lab-partner-ransomware");
  return shipped;
}

Exercise play(const Plan& plan, SimTime until) { return test::play_shipped(lab_partner(), plan, 1, until); }

}  // namespace

TEST_CASE("lab partner attack: GP tests are rationed and electives needing bloods postponed, the EPD works on", "[lab_partner]") {
  const Exercise ex = play(Plan{}, 14 * kDay);
  CHECK(ex.metric("tests_refused") > 1000);
  CHECK(ex.metric("tests_postponed") > 500);
  CHECK(ex.metric("electives_postponed") > 50);
  CHECK(ex.metric("electives_done") > 0);                  // the rest have their workup
  CHECK(ex.metric("lab_tat_median_min") > 70);             // results entered by hand
  CHECK(ex.metric("paper_medication_administrations") == 0);  // the wards' EPD is unaffected
  CHECK(ex.metric("outpatient_postponed") == 0);           // records stay readable
}

TEST_CASE("lab partner attack: the reference plan phones critical results in time and speeds results up", "[lab_partner]") {
  const Exercise none = play(Plan{}, 42 * kDay), plan = play(lab_partner().plan, 42 * kDay);
  CHECK(plan.metric("critical_results_delayed") < 0.2 * none.metric("critical_results_delayed"));
  CHECK(plan.metric("lab_tat_median_min") < none.metric("lab_tat_median_min"));
  CHECK(plan.metric("tests_refused") < none.metric("tests_refused"));
  CHECK(plan.metric("deadlines_met") == 1);
}

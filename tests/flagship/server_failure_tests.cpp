// The shipped local server failure (after the public account of a server
// failure at Hoorn: 22 h, the ED reopened within hours): the hospital's own
// storage fails, the vendor is unaffected, and a team that goes to paper and
// the BCA at once, closes the ED for a few hours and reopens it beats the
// downtime policy alone.

#include <catch2/catch.hpp>

#include "engine/summary.h"
#include "golden.h"
#include "shipped.h"

using namespace epd;

namespace {

const test::ShippedScenario& server_failure() {
  static const test::ShippedScenario shipped = test::load_shipped("local-server-failure");
  return shipped;
}

}  // namespace

TEST_CASE("server failure: every decision of the reference plan is accepted", "[server_failure]") {
  test::check_every_command_accepted(test::play_shipped(server_failure(), server_failure().plan));
}

TEST_CASE("server failure: the EPD is back after about 22 hours; the ED closes and reopens within hours", "[server_failure]") {
  const Exercise plan = test::play_shipped(server_failure(), server_failure().plan);
  const Exercise none = test::play_shipped(server_failure(), Plan{});
  for (const Exercise* ex : {&plan, &none}) {
    CHECK(ex->metric("all_functions_restored_at_min") >= 20 * kHour);
    CHECK(ex->metric("all_functions_restored_at_min") <= 24 * kHour);
  }
  // Off the rota for a few hours: patients go elsewhere, then the ED takes them again.
  CHECK(plan.metric("ed_patients_out_of_region") > 0);
  CHECK(plan.metric("ed_patients_out_of_region") < 30);
  CHECK(plan.metric("eds_closed") == 0);
  CHECK(none.metric("ed_patients_out_of_region") == 0);
}

TEST_CASE("server failure: the reference plan beats no response (seeds 1-3)", "[server_failure]") {
  const std::vector<Exercise> plan = test::play_seeds(server_failure(), server_failure().plan);
  const std::vector<Exercise> none = test::play_seeds(server_failure(), Plan{});
  // Paper at once instead of after six hours, extra physicians, the ED spared the first hours.
  CHECK(test::total(plan, "ed_left_without_being_seen") < 0.6 * test::total(none, "ed_left_without_being_seen"));
  CHECK(test::total(plan, "ed_waits_over_4h") < test::total(none, "ed_waits_over_4h"));
  // Medication on paper with the BCA's lists and extra nurses instead of improvised.
  CHECK(test::total(plan, "medication_errors") < 0.8 * test::total(none, "medication_errors"));
  CHECK(test::total(plan, "medication_doses_late") < 0.5 * test::total(none, "medication_doses_late"));
  CHECK(test::total(plan, "critical_results_delayed") <= test::total(none, "critical_results_delayed"));
  for (const Exercise& ex : plan) {
    CHECK(ex.metric("backentry_backlog") == 0);
    CHECK(ex.metric("deadlines_met") == 2);
  }
  for (const Exercise& ex : none) {
    CHECK(ex.metric("backentry_backlog") > 0);
    CHECK(ex.metric("deadlines_missed") == 2);
  }
}

TEST_CASE("server failure: the summary matches the golden file (g++ and clang alike)", "[server_failure][golden]") {
  // To update after a deliberate model change:
  //   build/dev/sim/epd-drill run scenarios/local-server-failure.json
  //     --plan scenarios/local-server-failure.plan.json --quiet --summary tests/golden/...json
  const Exercise ex = test::play_shipped(server_failure(), server_failure().plan);
  test::check_against_golden(summarize(ex, true), "tests/golden/local-server-failure.plan.seed1.summary.json");
}

// What people read of a metric: a median before its first patient has no
// value (the engine reads 0 there, which saves and summaries keep), while a
// median that is 0 minutes because patients were seen at once is a value.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "engine/exercise.h"
#include "engine/world.h"
#include "scenario/scenario_load.h"
#include "test_scenario.h"

using namespace epd;

TEST_CASE("a median before its first patient has no value to show; metric keeps its 0", "[metrics]") {
  Exercise ex(test::share(test::small_scenario()), 1);
  CHECK(ex.metric("ed_los_median_min") == 0);
  CHECK(std::isnan(ex.metric_if_any("ed_los_median_min")));
  CHECK(std::isnan(ex.metric_if_any("ed_los_median_min", 0)));
  CHECK(std::isnan(ex.metric_if_any("lab_tat_median_24h_min")));
  CHECK(ex.metric_if_any("ed_visits") == 0);  // a count of nothing is 0
  ex.advance_to(kDay);
  CHECK(ex.metric_if_any("ed_los_median_min") > 0);
  CHECK(ex.metric_if_any("ed_los_median_min") == ex.metric("ed_los_median_min"));
  CHECK(ex.metric_if_any("lab_tat_median_24h_min", 0) == ex.metric("lab_tat_median_24h_min", 0));
  CHECK(std::isnan(ex.metric_if_any("no_such_metric")));
}

TEST_CASE("a median of 0 minutes from patients seen at once is a value, not 'none yet'", "[metrics]") {
  // Registration and triage take no time here: the first patients see a physician the minute they arrive.
  Scenario s = test::small_scenario();
  s.hospitals[0].emergency.registration = Duration{0};
  s.hospitals[0].emergency.triage = Duration{0};
  Exercise ex(test::share(std::move(s)), 1);
  CHECK(std::isnan(ex.metric_if_any("ed_wait_median_min")));
  ex.advance_to(2 * kHour);
  REQUIRE(ex.metric("ed_visits") >= 1);
  REQUIRE(ex.metric("ed_wait_median_min") == 0);
  CHECK(ex.metric_if_any("ed_wait_median_min") == 0);
  CHECK(ex.metric_if_any("ed_wait_median_min", 0) == 0);
}

TEST_CASE("a patient who came but has not seen a physician gives the waiting-time median no value yet", "[metrics]") {
  // The national normal week after one hour: one patient came to zwolle_stz2 and is still waiting.
  const ScenarioLoad load = load_scenario_file(std::string(EPD_SOURCE_DIR) + "/scenarios/national-normal-operation.json");
  REQUIRE(load.ok());
  Exercise ex(load.scenario, 1);
  ex.advance_to(kHour);
  const int k = ex.world().hospital_index("zwolle_stz2");
  REQUIRE(k >= 0);
  REQUIRE(ex.metric("ed_visits", k) >= 1);
  REQUIRE(ex.metric("ed_wait_median_min", k) == 0);
  CHECK(std::isnan(ex.metric_if_any("ed_wait_median_min", k)));
  CHECK(ex.metric_if_any("ed_wait_median_min") > 0);  // the region's patients seen so far
}

// The shipped ransomware attack on the hospital's own network (the EPD
// vendor unaffected): isolating the network in time keeps the attacker from
// the LIS, the PACS and the backups, so the EPD is rebuilt in 3.5 weeks
// instead of 5; with the notifications and weeks of well-supplied paper the
// reference plan beats no response.

#include <catch2/catch.hpp>

#include "engine/summary.h"
#include "engine/world.h"
#include "golden.h"
#include "shipped.h"

using namespace epd;

namespace {

const test::ShippedScenario& network_ransomware() {
  static const test::ShippedScenario shipped = test::load_shipped("hospital-network-ransomware");
  return shipped;
}

bool delivered(const Exercise& ex, const std::string& inject) {
  for (const InjectRuntime& i : ex.world().injects())
    if (i.def.id == inject) return i.delivered_at >= 0;
  FAIL("no inject " << inject);
  return false;
}

}  // namespace

TEST_CASE("network ransomware: every decision of the reference plan is accepted", "[network_ransomware]") {
  test::check_every_command_accepted(test::play_shipped(network_ransomware(), network_ransomware().plan));
}

TEST_CASE("network ransomware: isolating the network in time saves the backups and weeks of outage", "[network_ransomware]") {
  const Exercise plan = test::play_shipped(network_ransomware(), network_ransomware().plan);
  const Exercise none = test::play_shipped(network_ransomware(), Plan{});
  CHECK_FALSE(delivered(plan, "lateral_spread"));
  CHECK(delivered(none, "lateral_spread"));
  CHECK(delivered(none, "it_pulls_the_plug"));
  // The LIS is back within a week once the segments are released; without containment after five.
  CHECK(test::last_restored_at(plan, "lis") < 7 * kDay);
  CHECK(test::last_restored_at(none, "lis") > 35 * kDay);
  // The EPD from the last clean backup after 3.5 weeks, or from offline backups after 5.
  CHECK(test::last_restored_at(plan, "medication") > 24 * kDay);
  CHECK(test::last_restored_at(plan, "medication") < 28 * kDay);
  CHECK(test::last_restored_at(none, "medication") > 35 * kDay);
}

TEST_CASE("network ransomware: the reference plan beats no response (seeds 1-3)", "[network_ransomware]") {
  const std::vector<Exercise> plan = test::play_seeds(network_ransomware(), network_ransomware().plan);
  const std::vector<Exercise> none = test::play_seeds(network_ransomware(), Plan{});
  CHECK(test::total(plan, "ed_left_without_being_seen") < 0.5 * test::total(none, "ed_left_without_being_seen"));
  CHECK(test::total(plan, "medication_errors") < 0.6 * test::total(none, "medication_errors"));
  CHECK(test::total(plan, "critical_results_delayed") < 0.1 * test::total(none, "critical_results_delayed"));
  CHECK(test::total(plan, "lab_tat_median_min") < test::total(none, "lab_tat_median_min"));
  for (const Exercise& ex : plan) {
    CHECK(ex.metric("deadlines_met") == 4);
    CHECK(ex.metric("backentry_backlog") == 0);
  }
  for (const Exercise& ex : none) {
    CHECK(ex.metric("deadlines_missed") == 4);
    CHECK(ex.metric("backentry_backlog") > 10000);
  }
}

TEST_CASE("network ransomware: the summary matches the golden file (g++ and clang alike)", "[network_ransomware][golden]") {
  // To update after a deliberate model change:
  //   build/dev/sim/epd-drill run scenarios/hospital-network-ransomware.json
  //     --plan scenarios/hospital-network-ransomware.plan.json --quiet --summary tests/golden/...json
  const Exercise ex = test::play_shipped(network_ransomware(), network_ransomware().plan);
  test::check_against_golden(summarize(ex, true), "tests/golden/hospital-network-ransomware.plan.seed1.summary.json");
}

// The shipped regional scenarios end to end: the ROAZ region and the nation
// validate, their reference plans are accepted and beat no response, the
// runs match golden files with g++ and clang alike, and stepping the clock
// in small steps gives the run of one jump.

#include <catch2/catch.hpp>

#include "engine/run_plan.h"
#include "engine/summary.h"
#include "engine/world.h"
#include "golden.h"
#include "shipped.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"

using namespace epd;

namespace {

using Shipped = test::ShippedScenario;

Shipped load(const std::string& name, bool with_plan = true) { return test::load_shipped(name, with_plan); }

const Shipped& roaz() {
  static const Shipped s = load("roaz-region-vendor-outage");
  return s;
}

Exercise play(const Shipped& s, const Plan& plan, SimTime until) { return test::play_shipped(s, plan, 1, until); }

const Exercise& roaz_plan() {
  static const Exercise ex = play(roaz(), roaz().plan, roaz().scenario->horizon.minutes);
  return ex;
}
const Exercise& roaz_none() {
  static const Exercise ex = play(roaz(), Plan{}, roaz().scenario->horizon.minutes);
  return ex;
}

}  // namespace

TEST_CASE("regional: every shipped regional scenario and plan is valid", "[regional]") {
  for (const char* name : {"roaz-region-vendor-outage", "national-vendor-outage", "national-vendor-outage-local-copy",
                           "national-vendor-outage-spread", "national-vendor-outage-warm-standby"}) {
    INFO(name);
    const Shipped s = load(name);
    // Format 7 (a facilitator's briefing, the corrected mechanisms of formats 6 and 7), every text in Dutch too, and the
    // hospital's reactions written off in the file (scenarios/tools/make_region_scenarios.py).
    CHECK(s.scenario->format_version == kScenarioFormatVersion);
    CHECK(s.scenario->dutch.count(s.scenario->briefing) == 1);
    CHECK(s.scenario->dutch.count(s.scenario->title) == 1);
    CHECK(s.scenario->vendor.restore_teams == 0);
    for (const Hospital& h : s.scenario->hospitals) {
      INFO(h.id);
      CHECK(h.demand.walk_ins_stay_away == 0);
      CHECK(h.downtime.validation_teams == 0);
      CHECK(h.lab.manual_share == 1);
    }
    CHECK_FALSE(s.plan.commands.empty());
  }
  const Shipped normal = load("national-normal-operation", false);
  CHECK(normal.scenario->hospitals.size() == 69);
  CHECK(normal.scenario->format_version == kScenarioFormatVersion);
}

TEST_CASE("regional: the ROAZ's reference plan is accepted, command for command", "[regional]") {
  test::check_every_command_accepted(roaz_plan());
}

TEST_CASE("regional: the ROAZ's reference plan beats no response at most hospitals on most measures", "[regional]") {
  const char* measures[] = {"ed_left_without_being_seen", "ed_waits_over_4h", "medication_errors",
                            "critical_results_delayed", "backentry_backlog"};
  int better = 0, worse = 0;
  const int hospitals = static_cast<int>(roaz().scenario->hospitals.size());
  for (int k = -1; k < hospitals; ++k) {
    for (const char* m : measures) {
      const double plan = roaz_plan().metric(m, k), none = roaz_none().metric(m, k);
      better += plan < none;
      worse += plan > none;
    }
  }
  INFO(better << " better, " << worse << " worse");
  CHECK(better >= 3 * worse);
  // The hospitals on paper, and the region as a whole, lose fewer patients from the ED.
  for (int k : {-1, 1, 2, 3}) CHECK(roaz_plan().metric("ed_left_without_being_seen", k) < roaz_none().metric("ed_left_without_being_seen", k));
  // Diverting the two small hospitals sends their ambulances to the neighbours: nobody is lost.
  CHECK(roaz_plan().metric("ambulances_diverted") > 0);
  CHECK(roaz_plan().metric("ed_visits") == roaz_none().metric("ed_visits"));
}

TEST_CASE("regional: the ROAZ run matches its golden summary (g++ and clang alike)", "[regional][golden]") {
  // To update after a deliberate model change:
  //   build/dev/sim/epd-drill run scenarios/roaz-region-vendor-outage.json
  //     --plan scenarios/roaz-region-vendor-outage.plan.json --quiet --summary tests/golden/...json
  test::check_against_golden(summarize(roaz_plan(), true), "tests/golden/roaz-region-vendor-outage.plan.seed1.summary.json");
}

TEST_CASE("regional: the nation's first two days match their golden summary (g++ and clang alike)", "[regional][golden]") {
  const Shipped nation = load("national-vendor-outage");
  const Exercise ex = play(nation, nation.plan, 2 * kDay);
  // To update: build/dev/sim/epd-drill run scenarios/national-vendor-outage.json
  //   --plan scenarios/national-vendor-outage.plan.json --until 2d --quiet --summary tests/golden/...json
  test::check_against_golden(summarize(ex, false), "tests/golden/national-vendor-outage.plan.seed1.2d.summary.json");
}

TEST_CASE("regional: many small steps of the clock give the run of one jump", "[regional][determinism]") {
  const SimTime until = 3 * kDay;
  const Exercise jump = play(roaz(), roaz().plan, until);
  Exercise steps(roaz().scenario, 1);
  SimTime t = 0;
  std::size_t next = 0;
  for (std::uint64_t i = 1; t < until; ++i) {
    t = std::min(until, t + static_cast<SimTime>(1 + (i * 7919) % 97));  // uneven steps, 1 to 97 minutes
    next = run_plan_until(steps, roaz().plan, t, next);
  }
  CHECK(steps.now() == jump.now());
  CHECK(steps.fingerprint() == jump.fingerprint());
}

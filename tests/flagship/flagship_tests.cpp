// The flagship scenario end to end: the reference plan against no response,
// and the golden summary that the g++ and the clang builds must both match.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "engine/normal_operation.h"
#include "engine/run_plan.h"
#include "engine/summary.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"
#include "flagship_fixture.h"
#include "golden.h"
#include "shipped.h"

using namespace epd;

namespace {

using epd::test::flagship;

Exercise run(const Plan& plan, std::uint64_t seed = 1) {
  Exercise ex(flagship().scenario, seed);
  run_plan_until(ex, plan, ex.horizon());
  return ex;
}

const Exercise& with_plan() {
  static const Exercise ex = run(flagship().plan);
  return ex;
}
const Exercise& no_response() {
  static const Exercise ex = run(Plan{});
  return ex;
}

using test::last_restored_at;

}  // namespace

TEST_CASE("flagship: every decision of the reference plan is accepted", "[flagship]") {
  test::check_every_command_accepted(with_plan());
}

TEST_CASE("flagship: the reference plan does far better than no response", "[flagship]") {
  const Exercise& plan = with_plan();
  const Exercise& none = no_response();
  // Over seeds 1-5, as one seed's margin can be small. Since format 9 the downtime policy reprints the kits a team
  // that does nothing runs out of, so no response is a hospital on paper without direction (not one without paper):
  // the plan makes about two thirds of its errors (seeds 1-5: 12,020 against 18,608).
  const test::ShippedScenario shipped{flagship().scenario, flagship().plan};
  const std::vector<Exercise> plans = test::play_seeds(shipped, flagship().plan, 5), nones = test::play_seeds(shipped, Plan{}, 5);
  CHECK(test::total(plans, "medication_errors") * 1.3 < test::total(nones, "medication_errors"));
  CHECK(test::total(plans, "ed_left_without_being_seen") * 1.05 < test::total(nones, "ed_left_without_being_seen"));
  // What it wins most on, as the briefing says: critical results phoned late and the paper left to enter.
  CHECK(test::total(plans, "critical_results_delayed") * 20 < test::total(nones, "critical_results_delayed"));
  CHECK(test::total(plans, "backentry_backlog") == 0);
  CHECK(test::total(nones, "backentry_backlog") > 5 * 5000);
  CHECK(plan.metric("deadlines_met") == 4);
  CHECK(none.metric("deadlines_missed") == 4);
  // Cutting the VPN in time keeps the attacker out of the local network: the
  // clinical functions come back with the vendor's cloud, not after a local
  // rebuild. (Portal and referral wait for the vendor either way.)
  for (const char* f : {"lab_results", "medication", "imaging"}) {
    INFO(f);
    CHECK(last_restored_at(plan, f) > 0);
    CHECK(last_restored_at(plan, f) + 3 * kDay < last_restored_at(none, f));
  }
}

TEST_CASE("flagship: recovery takes about six weeks, digital referral last", "[flagship]") {
  const Exercise& plan = with_plan();
  const double restored_days = plan.metric("all_functions_restored_at_min") / kDay;
  CHECK(restored_days > 35);
  CHECK(restored_days < 42);
  SimTime referral_at = -1, others_at = -1;
  for (const Report& r : plan.reports()) {
    if (r.kind != ReportKind::function_restored) continue;
    (r.subject == "referral" ? referral_at : others_at) = std::max(r.time, r.subject == "referral" ? referral_at : others_at);
  }
  CHECK(referral_at > others_at);
  CHECK(plan.phase() == Phase::aftercare);
}

TEST_CASE("flagship: the summary matches the golden file (g++ and clang alike)", "[flagship][golden]") {
  // To update after a deliberate model change:
  //   build/dev/sim/epd-drill run scenarios/vendor-cloud-ransomware.json
  //     --plan scenarios/vendor-cloud-ransomware.plan.json --quiet --summary tests/golden/...json
  test::check_against_golden(summarize(with_plan(), true), "tests/golden/vendor-cloud-ransomware.plan.seed1.summary.json");
}

TEST_CASE("flagship: the same seed gives the same run, another seed another", "[flagship][determinism]") {
  Exercise a(flagship().scenario, 5), b(flagship().scenario, 5), c(flagship().scenario, 6);
  for (Exercise* ex : {&a, &b, &c}) run_plan_until(*ex, flagship().plan, 7 * kDay);
  CHECK(a.fingerprint() == b.fingerprint());
  CHECK(a.fingerprint() != c.fingerprint());
}

namespace {

// The median over seeds 1-5 of how much `metric` grew from day `from` to day
// `to` against the same hospital on normal days (normal_operation_of: no
// inject, no deadline, nothing down), as docs/calibration.md reports it: -0.14 is 14% less. The
// flagship played without any decision, or with its reference plan.
double median_change_against_normal(const char* metric, int from, int to, bool with_plan) {
  const auto quiet_scenario = std::make_shared<const Scenario>(normal_operation_of(*flagship().scenario));
  std::vector<double> change;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    Exercise outage(flagship().scenario, seed), quiet(quiet_scenario, seed);
    const auto reach = [&](SimTime t) {
      if (with_plan) run_plan_until(outage, flagship().plan, t);
      else outage.advance_to(t);
      quiet.advance_to(t);
    };
    double before = 0, before_quiet = 0;  // from T0: nothing counted yet
    if (from > 0) {
      reach(from * kDay);
      before = outage.metric(metric);
      before_quiet = quiet.metric(metric);
    }
    reach(to * kDay);
    change.push_back((outage.metric(metric) - before) / (quiet.metric(metric) - before_quiet) - 1);
  }
  std::sort(change.begin(), change.end());
  return change[2];
}

}  // namespace

TEST_CASE("flagship calibration: with no decision at all, ED visits fall 10-19% in week 1 [claims-week1]", "[flagship][calibration]") {
  // Source: Medicare claims study of attacked hospitals (shared CALIBRATION.md): ED -10 to -19% in week 1.
  const double change = median_change_against_normal("ed_visits", 0, 7, false);
  CHECK(change <= -0.10);
  CHECK(change >= -0.19);
}

TEST_CASE("flagship calibration: with the reference plan, outpatient visits fall 22-35% in week 1 [claims-week1]",
          "[flagship][calibration]") {
  // Source: the same Medicare claims study: outpatient -22 to -35% in week 1.
  // The plan cancels 40% of clinics for three days and the clinics kept open
  // see their patients on paper in the time the cancelled ones free (format 8;
  // format 7 gave -48.9%). With no decision the flagship stays outside the
  // range (docs/calibration.md says why).
  const double change = median_change_against_normal("outpatient_visits", 0, 7, true);
  CHECK(change <= -0.22);
  CHECK(change >= -0.35);
}

TEST_CASE("flagship calibration: with no decision at all, the policy's reprinted kits keep week-1 admissions and outpatient "
          "visits within 5 points of the published falls [claims-week1]",
          "[flagship][calibration][kits]") {
  // Source: the same Medicare claims study: admissions -15 to -17%, outpatient -22 to -35% in week 1. The model gives
  // -17.3% and -35.1% (docs/calibration.md says why it stays just outside); format 8, whose kits stayed used up from
  // day 1 without a decision, gave -30.6% and -44.1%: a hospital without paper, not one without direction.
  const double admissions = median_change_against_normal("admissions", 0, 7, false);
  CHECK(admissions <= -0.10);
  CHECK(admissions >= -0.22);
  const double outpatient = median_change_against_normal("outpatient_visits", 0, 7, false);
  CHECK(outpatient <= -0.17);
  CHECK(outpatient >= -0.40);
}

TEST_CASE("flagship calibration: with no decision at all, ED visits are normal again in week 3 [claims-week1]", "[flagship][calibration]") {
  // Source: the same Medicare claims study: normal again in 2-3 weeks.
  CHECK(std::abs(median_change_against_normal("ed_visits", 14, 21, false)) < 0.03);
}

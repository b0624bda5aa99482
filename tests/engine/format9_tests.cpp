// What scenario format 9 corrected, against the old mechanism an older file
// keeps (Scenario::legacy): paper kits that are used up are reprinted by the
// hospital's downtime policy (sim/rules/paper_kits.cpp, reprint_paper_kits),
// where they stayed used up until the crisis team restocked them.

#include <catch2/catch.hpp>

#include <vector>

#include "engine/exercise.h"
#include "engine/world.h"
#include "scenario/scenario_load.h"
#include "test_scenario.h"

using namespace epd;

namespace {

// The small hospital's cloud down from T+1h, its paper procedure active from
// T0 and nothing else decided, played to `until`.
Exercise on_paper(SimTime until, std::uint64_t seed = 1, void (*change)(Scenario&) = nullptr) {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  if (change != nullptr) change(s);
  Exercise ex(test::share(s), seed);
  REQUIRE(ex.submit(test::decide("paper_on")).accepted);
  ex.advance_to(until);
  return ex;
}

std::vector<SimTime> times_of(const Exercise& ex, ReportKind kind) {
  std::vector<SimTime> at;
  for (const Report& r : ex.reports())
    if (r.kind == kind) at.push_back(r.time);
  return at;
}

void without_reprint(Scenario& s) { s.hospitals[0].downtime.kit_reprint_hours = 0; }

SimTime first(const Exercise& ex, ReportKind kind, const std::string& subject = {}) {
  for (const Report& r : ex.reports())
    if (r.kind == kind && (subject.empty() || r.subject == subject)) return r.time;
  return -1;
}
void as_format8(Scenario& s) { s.legacy.kits_never_reprinted = true; }

}  // namespace

TEST_CASE("format 9: kits used up are reprinted by the downtime policy after kit_reprint_after, then printed ahead",
          "[format9][kits]") {
  const Exercise ex = on_paper(4 * kDay);
  const std::vector<SimTime> out = times_of(ex, ReportKind::paper_kits_exhausted);
  const std::vector<SimTime> reprinted = times_of(ex, ReportKind::paper_kits_reprinted);
  // 8 h of kits, 4 h without, then kits without a gap: caught out once, the
  // policy prints the next day's before the last are used.
  REQUIRE(out.size() == 1);
  REQUIRE(reprinted.size() == 1);
  CHECK(out[0] < 10 * kHour);  // the hospital's own 8 h, from the outage on
  CHECK(reprinted[0] == out[0] + 4 * kHour);
  // From the reprint on the wards always have kits, though 24 h of care were used up twice over by day 4.
  Exercise again = on_paper(reprinted[0]);
  for (SimTime t = reprinted[0]; t <= 4 * kDay; t += kSampleInterval) {
    again.advance_to(t);
    const double left = again.world().hospitals()[0].paper_kit_hours;
    INFO("T+" << t << " min: " << left << " h of kits");
    REQUIRE(left > 0);
    REQUIRE(left <= 24);
  }
  CHECK(4 * kDay - reprinted[0] > 2 * 24 * kHour);
}

TEST_CASE("format 9: with reprinted kits the wards work to their procedure, where without they improvise for days",
          "[format9][kits]") {
  double errors = 0, errors_without = 0, records = 0, records_without = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const Exercise now = on_paper(3 * kDay, seed), without = on_paper(3 * kDay, seed, without_reprint);
    CHECK(now.metric("paper_kit_hours_left") > 0);
    CHECK(without.metric("paper_kit_hours_left") == 0);
    errors += now.metric("medication_errors");
    errors_without += without.metric("medication_errors");
    records += now.metric("paper_records");
    records_without += without.metric("paper_records");
  }
  CHECK(errors < errors_without);    // the procedure's factors, not improvisation's
  CHECK(records > records_without);  // and its paper charts: what was written can be read
}

TEST_CASE("format 9: an older file plays on with kits that stay used up, as kit_reprint_hours 0 does",
          "[format9][kits][loader]") {
  const Exercise old = on_paper(2 * kDay, 1, as_format8), off = on_paper(2 * kDay, 1, without_reprint);
  CHECK(times_of(old, ReportKind::paper_kits_reprinted).empty());
  CHECK(old.fingerprint() == off.fingerprint());

  const auto load = [](int version, const std::string& downtime) {
    return load_scenario_text(R"({"format_version": )" + std::to_string(version) + R"(, "id": "f9", "title": "T",
      "start": "2026-04-07T07:00", "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
      "hospitals": [{"id": "a", "name": "A", "downtime": {)" + downtime + R"(},
                     "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                     "depends_on": [{"component": "cloud"}]}]}]})",
                              "f.json");
  };
  const ScenarioLoad v8 = load(8, ""), v9 = load(9, R"("kit_reprint_after": "2h", "kit_reprint_hours": 12)");
  REQUIRE((v8.ok() && v9.ok()));
  CHECK(v8.scenario->legacy.kits_never_reprinted);
  CHECK(v8.scenario->legacy.uncorrected() == 1);
  CHECK_FALSE(v9.scenario->legacy.kits_never_reprinted);
  CHECK(v9.scenario->legacy.uncorrected() == 0);
  CHECK(v9.scenario->hospitals[0].downtime.kit_reprint_after.minutes == 2 * kHour);
  CHECK(v9.scenario->hospitals[0].downtime.kit_reprint_hours == 12);
  const ScenarioLoad bad = load(9, R"("kit_reprint_after": "15d", "kit_reprint_hours": -1)");
  REQUIRE(bad.problems.size() == 2);
  CHECK(bad.problems.items()[0].path == "hospitals[0].downtime.kit_reprint_after");
  CHECK(bad.problems.items()[1].path == "hospitals[0].downtime.kit_reprint_hours");
}

TEST_CASE("format 9: kits the team restocks in the gap end the wait, and when they run out the policy prints ahead",
          "[format9][kits]") {
  const SimTime out = first(on_paper(kDay), ReportKind::paper_kits_exhausted);
  REQUIRE(out > 0);
  // The team's answer an hour into the gap: its 8 h come before the policy's reprint would.
  Exercise restocked = on_paper(out + kHour);
  REQUIRE(restocked.submit(test::decide("restock", {{"hours", 8}})).accepted);
  restocked.advance_to(4 * kDay);
  const std::vector<SimTime> used_up = times_of(restocked, ReportKind::paper_kits_exhausted);
  const std::vector<SimTime> reprinted = times_of(restocked, ReportKind::paper_kits_reprinted);
  CHECK(used_up.size() == 1);  // never again: the policy printed ahead of the team's kits running out
  REQUIRE(reprinted.size() == 1);
  CHECK(reprinted[0] >= out + 9 * kHour);  // when the team's 8 h were used up, not 4 h after the first run-out
  CHECK(reprinted[0] <= out + 9 * kHour + kSampleInterval);
  CHECK(restocked.world().hospitals()[0].paper_kit_hours > 0);
}

TEST_CASE("format 9: a hospital that starts without kits gets its first from the reprint, and its policy then starts paper",
          "[format9][kits]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  s.hospitals[0].downtime.paper_kit_hours = 0;
  s.hospitals[0].fallbacks[0].has_auto_after = true;  // the policy starts paper 30 min into an outage
  s.hospitals[0].fallbacks[0].auto_after.minutes = 30;
  Exercise ex(test::share(s), 1);
  ex.advance_to(kDay);
  const SimTime reprinted = first(ex, ReportKind::paper_kits_reprinted);
  REQUIRE(reprinted > 0);
  CHECK(reprinted >= 5 * kHour);  // 4 h after the outage made paper needed
  CHECK(reprinted <= 5 * kHour + kSampleInterval);
  const SimTime activating = first(ex, ReportKind::fallback_activating, "paper");
  CHECK(activating == reprinted);  // the start the policy could not make at 01:30 for want of kits
  CHECK(ex.world().hospitals()[0].fallbacks[0].status == FallbackRuntime::Status::active);
  // Kits it never had count as run out: past the first batch the policy prints ahead, with no gap.
  ex.advance_to(3 * kDay);
  CHECK(times_of(ex, ReportKind::paper_kits_reprinted).size() == 1);
  CHECK(times_of(ex, ReportKind::paper_kits_exhausted).empty());
  CHECK(ex.world().hospitals()[0].paper_kit_hours > 0);
}

TEST_CASE("format 9: kits an effect takes away come back 4 h later, and the policy prints ahead from then on",
          "[format9][kits]") {
  Scenario s = test::small_scenario();
  InjectDef flood;  // the forms' store room floods at T+3h
  flood.id = flood.title = "flood";
  flood.trigger.type = Condition::Type::at;
  flood.trigger.minutes = 3 * kHour;
  Effect gone;
  gone.type = Effect::Type::paper_kits;
  gone.amount = -100;
  flood.effects = {gone};
  s.injects = {test::outage_inject("down", "cloud", kHour), flood};
  Exercise ex(test::share(s), 1);
  REQUIRE(ex.submit(test::decide("paper_on")).accepted);
  ex.advance_to(3 * kDay);
  const std::vector<SimTime> reprinted = times_of(ex, ReportKind::paper_kits_reprinted);
  REQUIRE(reprinted.size() == 1);
  CHECK(reprinted[0] >= 7 * kHour);
  CHECK(reprinted[0] <= 7 * kHour + kSampleInterval);
  CHECK(times_of(ex, ReportKind::paper_kits_exhausted).empty());  // never used up by care
  CHECK(ex.world().hospitals()[0].paper_kit_hours > 0);
}

TEST_CASE("format 9: a procedure stood down while the kits are out gets them back 4 h after they ran out",
          "[format9][kits]") {
  const auto with_stand_down = [](Scenario& s) {
    ActionDef off;
    off.id = off.title = "paper_off";
    off.kind = ActionKind::deactivate_fallback;
    off.target = "paper";
    s.actions.push_back(off);
  };
  const SimTime out = first(on_paper(kDay, 1, with_stand_down), ReportKind::paper_kits_exhausted);
  REQUIRE(out > 0);
  Exercise stood_down = on_paper(out + kHour, 1, with_stand_down);
  REQUIRE(stood_down.submit(test::decide("paper_off")).accepted);
  CHECK_FALSE(stood_down.submit(test::decide("paper_on")).accepted);  // no kits: restock first
  stood_down.advance_to(out + 4 * kHour);
  CHECK(first(stood_down, ReportKind::paper_kits_reprinted) == out + 4 * kHour);
  CHECK(stood_down.submit(test::decide("paper_on")).accepted);
}

TEST_CASE("format 9: the reprint's fields are refused in an older file", "[format9][loader]") {
  const ScenarioLoad v8 = load_scenario_text(R"({"format_version": 8, "id": "f8", "title": "T",
      "start": "2026-04-07T07:00", "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
      "hospitals": [{"id": "a", "name": "A", "downtime": {"kit_reprint_hours": 12},
                     "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                     "depends_on": [{"component": "cloud"}]}]}]})",
                                             "f.json");
  REQUIRE(v8.problems.size() == 1);
  CHECK(v8.problems.items()[0].path == "hospitals[0].downtime.kit_reprint_hours");
  CHECK(v8.problems.items()[0].message.find("new in scenario format version 9") == 0);
}

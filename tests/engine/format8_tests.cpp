// What scenario format 8 corrected, against the old mechanism an older file
// keeps (Scenario::legacy): work a clinic or the theatres take off a day's
// list in advance frees its time for the work that remains.

#include <catch2/catch.hpp>

#include "engine/exercise.h"
#include "scenario/scenario_load.h"
#include "test_scenario.h"

using namespace epd;

namespace {

struct Clinic {
  double visits = 0, turned_away = 0, postponed = 0, stayed_away = 0;
  double booked() const { return visits + turned_away + postponed + stayed_away; }
};

ActionDef cancelling(const std::string& id, ActionKind kind) {
  ActionDef a;
  a.id = a.title = id;
  a.kind = kind;
  for (const char* name : {"percent", "days"}) {
    ParamDef p;
    p.name = name;
    p.min = 0;
    p.max = 100;
    p.default_value = 1;
    p.has_default = true;
    a.params.push_back(p);
  }
  return a;
}

// The small hospital's cloud down from T+1h for two working days, with the
// decisions given at T+1h05, seeds 1-3 added up.
Clinic two_days_down(bool legacy, const std::vector<Command>& decisions) {
  Clinic sum;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    Scenario s = test::small_scenario();
    s.injects = {test::outage_inject("down", "cloud", kHour)};
    s.actions.push_back(cancelling("cancel_clinics", ActionKind::cancel_outpatient));
    s.actions.push_back(cancelling("cancel_electives", ActionKind::cancel_electives));
    s.legacy.work_taken_off_frees_no_time = legacy;
    Exercise ex(test::share(s), seed);
    ex.advance_to(kHour + 5);
    for (const Command& c : decisions) REQUIRE(ex.submit(c).accepted);
    ex.advance_to(2 * kDay);
    sum.visits += ex.metric("outpatient_visits");
    sum.turned_away += ex.metric("outpatient_cancelled");
    sum.postponed += ex.metric("outpatient_postponed");
    sum.stayed_away += ex.metric("appointments_stayed_away");
  }
  return sum;
}

}  // namespace

TEST_CASE("format 8: a clinic that postpones the appointments needing the record gives their time to the rest",
          "[format8][postponement]") {
  // No viewer and no paper procedure: nobody reads the record, half the
  // appointments get a new date, the clinic improvises the others.
  const Clinic now = two_days_down(false, {});
  const Clinic old = two_days_down(true, {});
  REQUIRE(now.postponed > 0.4 * now.booked());
  CHECK(now.postponed == old.postponed);  // the policy postpones the same appointments
  // The clinic's improvised throughput (0.6 at best) over the half that
  // remains: nearly everyone left fits, where an older file turned away as
  // many as if the whole list had come.
  CHECK(now.visits > 1.4 * old.visits);
  CHECK(now.turned_away < 0.5 * old.turned_away);
  // Freed time never lets the clinic see more than it could of a full list on improvised paper.
  CHECK(now.visits < 0.6 * now.booked());
}

TEST_CASE("format 8: cancelling clinics in advance keeps the visits of a clinic working at its paper capacity",
          "[format8][decisions]") {
  // The viewer reads the record, so nothing is postponed; registration is
  // improvised, so the clinic sees what its throughput allows.
  const std::vector<Command> viewer = {test::decide("viewer_on")};
  const std::vector<Command> viewer_and_cancel = {test::decide("viewer_on"),
                                                  test::decide("cancel_clinics", {{"percent", 40}, {"days", 2}})};
  const Clinic now = two_days_down(false, viewer), now_cancelled = two_days_down(false, viewer_and_cancel);
  const Clinic old = two_days_down(true, viewer), old_cancelled = two_days_down(true, viewer_and_cancel);
  REQUIRE(now.postponed == 0);
  REQUIRE(now.turned_away > 0.3 * now.booked());  // the clinic is at its capacity
  // Patients told in advance instead of at the desk: about as many seen.
  CHECK(now_cancelled.visits > 0.9 * now.visits);
  CHECK(now_cancelled.visits < 1.1 * now.visits);
  // An older file fitted the same share of the 60% left: the decision only lost patients.
  CHECK(old_cancelled.visits < 0.75 * old.visits);
}

TEST_CASE("format 8: the loader keeps an older file's clinics and theatres as they played", "[format8][loader]") {
  const auto load = [](int version) {
    return load_scenario_text(R"({"format_version": )" + std::to_string(version) + R"(, "id": "f8", "title": "T",
      "start": "2026-04-07T07:00", "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
      "hospitals": [{"id": "a", "name": "A", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                     "depends_on": [{"component": "cloud"}]}]}]})",
                              "f.json");
  };
  const ScenarioLoad v6 = load(6), v7 = load(7), v8 = load(8);
  REQUIRE((v6.ok() && v7.ok() && v8.ok()));
  CHECK(v6.scenario->legacy.work_taken_off_frees_no_time);
  CHECK(v6.scenario->legacy.rounds_run_until_done);
  CHECK(v7.scenario->legacy.work_taken_off_frees_no_time);
  CHECK_FALSE(v7.scenario->legacy.rounds_run_until_done);  // format 7's corrections stay
  CHECK(v7.scenario->legacy.uncorrected() == 2);
  CHECK_FALSE(v8.scenario->legacy.work_taken_off_frees_no_time);
  CHECK(v8.scenario->legacy.uncorrected() == 1);  // format 9's kit reprint (format9_tests.cpp)
}

TEST_CASE("format 8: electives cancelled by the team free theatre time for the rest", "[format8][surgery]") {
  // Paper procedures and the viewer from the start, kits that last: nothing
  // is postponed, and the theatres fit their paper throughput.
  const auto electives = [](bool legacy, bool cancel) {
    double done = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      Scenario s = test::small_scenario();
      s.injects = {test::outage_inject("down", "cloud", kHour)};
      s.hospitals[0].downtime.paper_kit_hours = 10000;
      s.actions.push_back(cancelling("cancel_electives", ActionKind::cancel_electives));
      s.legacy.work_taken_off_frees_no_time = legacy;
      Exercise ex(test::share(s), seed);
      ex.advance_to(kHour + 5);
      REQUIRE(ex.submit(test::decide("paper_on")).accepted);
      REQUIRE(ex.submit(test::decide("viewer_on")).accepted);
      if (cancel) REQUIRE(ex.submit(test::decide("cancel_electives", {{"percent", 50}, {"days", 3}})).accepted);
      ex.advance_to(3 * kDay);
      REQUIRE(ex.metric("electives_postponed") == 0);
      done += ex.metric("electives_done");
    }
    return done;
  };
  const double now = electives(false, false), now_cancelled = electives(false, true);
  const double old = electives(true, false), old_cancelled = electives(true, true);
  REQUIRE(now > 20);
  // Half the list cancelled in advance: the other half fits the paper throughput (0.7 at best), nearly all of it.
  CHECK(now_cancelled > 0.6 * now);
  CHECK(now_cancelled <= now);
  // An older file fitted 0.7 of the half left, as if the whole list had come.
  CHECK(old_cancelled < 0.55 * old);
}

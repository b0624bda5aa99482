// What scenario format 6 corrected, each against the old mechanism an older
// file keeps (Scenario::legacy): a viewer and new lab results, where patients
// sent on go, leaving before triage, and ICU transfers beyond the region.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "engine/exercise.h"
#include "engine/world.h"
#include "scenario/scenario_load.h"
#include "test_scenario.h"

using namespace epd;

namespace {

// The small scenario with its cloud down from 01:00 on day 1 and the paper
// procedure and the viewer both working from the start of the outage.
double ed_lab_turnaround(bool viewer_covers_lab, bool legacy, double runners) {
  Scenario s = test::small_scenario();
  s.hospitals[0].downtime.runners = runners;
  s.hospitals[0].fallbacks[0].runners_needed = 4;  // paper carried slower with fewer runners
  s.hospitals[0].downtime.paper_kit_hours = 500;    // on the procedure throughout, not improvising
  if (viewer_covers_lab) s.hospitals[0].fallbacks[1].covers.push_back("lab_results");
  s.legacy.viewer_shows_new_results = legacy;
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  Exercise ex(test::share(s), 3);
  ex.advance_to(kHour);
  REQUIRE(ex.submit(test::decide("paper_on")).accepted);
  REQUIRE(ex.submit(test::decide("viewer_on")).accepted);
  ex.advance_to(4 * kDay);
  return ex.metric("lab_tat_median_min");
}

}  // namespace

TEST_CASE("format 6: a read-only viewer does not hand out lab results made after its copy", "[format6][lab]") {
  // A new result is printed and carried whether a viewer covers the results or not...
  const double carried = ed_lab_turnaround(true, false, 0);
  CHECK(carried == ed_lab_turnaround(false, false, 0));
  // ...so runners make it quicker...
  const double runners_gain = carried - ed_lab_turnaround(true, false, 6);
  CHECK(runners_gain > 10);
  // ...where an older file's viewer showed it at once, and runners hardly mattered.
  const double shown = ed_lab_turnaround(true, true, 0);
  CHECK(shown < carried - 20);
  CHECK(std::abs(shown - ed_lab_turnaround(true, true, 6)) < runners_gain / 4);
}

namespace {

// Three hospitals: a - b 15 min, a - c 30 min, b - c 20 min; c the centre.
std::shared_ptr<const Scenario> region(int format_version, const std::string& spread) {
  std::string text = R"({
  "format_version": )" + std::to_string(format_version) + R"(, "id": "f6", "title": "Three", "start": "2026-04-07T07:00",
  "horizon": "10d", "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
  "hospitals": [
    {"id": "a", "name": "A", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"], "depends_on": [{"component": "cloud"}]}]},
    {"id": "b", "name": "B", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"], "depends_on": [{"component": "cloud"}]}]},
    {"id": "c", "name": "C", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"], "depends_on": [{"component": "cloud"}]}]}
  ],
  "region": {"travel": [{"from": "a", "to": "b", "time": "15m"}, {"from": "a", "to": "c", "time": "30m"},
                        {"from": "b", "to": "c", "time": "20m"}], "designated_centre": "c")" +
                     (spread.empty() ? "" : R"(, "spread": ")" + spread + "\"") + R"(},
  "actions": [{"id": "close_ed", "title": "Off the rota", "kind": "close_emergency_department",
               "params": [{"name": "hours", "min": 1, "max": 240, "default": 12}]}]
})";
  const ScenarioLoad load = load_scenario_text(text, "f6.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  return load.scenario;
}

Command close_ed(const std::string& hospital, double hours) {
  Command c = test::decide("close_ed", {{"hours", hours}});
  c.hospital = hospital;
  return c;
}

}  // namespace

TEST_CASE("format 6: patients of a closed ED spread over nearby EDs, nearer ones taking more", "[format6][region]") {
  Exercise spread(region(6, "15m"), 8), nearest(region(6, "0m"), 8), calm(region(6, "15m"), 8);
  for (Exercise* ex : {&spread, &nearest}) {
    ex->advance_to(kDay);
    REQUIRE(ex->submit(close_ed("a", 96)).accepted);
    ex->advance_to(5 * kDay + 2 * kHour);
  }
  calm.advance_to(5 * kDay + 2 * kHour);
  const double critical = spread.metric("critical_patients_to_centre", 0);
  // c (30 min) is within 15 minutes of b (15 min): it takes a share beyond
  // the critical patients, b (nearer) the larger one.
  const double to_c = spread.metric("ed_patients_received", 2) - critical;
  const double to_b = spread.metric("ed_patients_received", 1);
  CHECK(to_c > 20);
  CHECK(to_b > to_c);
  // Spread 0: every patient but the critical ones to the nearest.
  CHECK(nearest.metric("ed_patients_received", 2) == nearest.metric("critical_patients_to_centre", 0));
  // Nobody is lost either way.
  CHECK(spread.metric("ed_visits", -1) == calm.metric("ed_visits", -1));
  CHECK(nearest.metric("ed_visits", -1) == calm.metric("ed_visits", -1));
}

TEST_CASE("format 6: when every ED in reach is closed, each keeps its own patients", "[format6][region]") {
  Exercise now(region(6, ""), 4), before(region(5, ""), 4);
  for (Exercise* ex : {&now, &before}) {
    ex->advance_to(kDay);
    REQUIRE(ex->submit(close_ed(kAllHospitals, 24)).accepted);
    ex->advance_to(kDay + 20 * kHour);
    CHECK(ex->metric("eds_closed", -1) == 3);
  }
  CHECK(now.metric("ed_patients_sent_elsewhere", -1) == 0);
  // An older file swapped them between closed EDs.
  CHECK(before.metric("ed_patients_sent_elsewhere", -1) > 50);
}

TEST_CASE("format 6: a region field of format 6 in an older file names the version", "[format6][loader]") {
  const std::string text = R"({"format_version": 5, "id": "x", "title": "X", "start": "2026-04-07T07:00",
  "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
  "hospitals": [{"id": "a", "name": "A", "functions": [{"id": "doc", "name": "Doc", "roles": ["documentation"],
                 "depends_on": [{"component": "cloud"}]}]}],
  "region": {"spread": "30m"}})";
  const ScenarioLoad load = load_scenario_text(text, "x.json");
  REQUIRE_FALSE(load.ok());
  CHECK(load.problems.format_all().find("region.spread: new in scenario format version 6") != std::string::npos);
}

namespace {

// The small scenario's ED with plenty of physicians and spaces but one slow
// triage nurse: patients wait for triage, not after it.
Exercise slow_triage(bool legacy) {
  Scenario s = test::small_scenario();
  EmergencyParams& ed = s.hospitals[0].emergency;
  ed.triage_nurses = PerShift{1, 1, 1};
  ed.triage.minutes = 40;
  ed.physicians = PerShift{20, 20, 20};
  ed.treatment_spaces = 200;
  s.legacy.leave_only_after_triage = legacy;
  Exercise ex(test::share(s), 5);
  ex.advance_to(3 * kDay);
  return ex;
}

}  // namespace

TEST_CASE("format 6: patients give up while waiting for triage", "[format6][emergency]") {
  const Exercise now = slow_triage(false), before = slow_triage(true);
  // After triage nobody waits here, so an older file had hardly anyone leave.
  CHECK(before.metric("ed_left_without_being_seen") < 5);
  CHECK(now.metric("ed_left_without_being_seen") > 20);
}

TEST_CASE("format 6: with no ICU bed in reach an ICU patient goes beyond the region", "[format6][icu]") {
  const auto run = [](bool legacy, SimTime arranging) {
    Scenario s = test::small_scenario();
    s.hospitals[0].wards.icu_beds = 2;
    s.hospitals[0].wards.icu_census_at_start = 2;
    s.region.icu_transfer_arranging.minutes = arranging;
    s.legacy.icu_transfer_in_region_only = legacy;
    Exercise ex(test::share(s), 6);
    ex.advance_to(5 * kDay);
    return ex.metric("icu_transfers_out");
  };
  CHECK(run(false, 2 * kHour) > 0);  // LCPS: spread beyond the region
  CHECK(run(true, 2 * kHour) == 0);  // an older file had nowhere to send them
  // While a transfer is arranged a bed may free here: the longer it takes, the more stay.
  CHECK(run(false, 0) > run(false, 12 * kHour));
}

TEST_CASE("format 6: an ICU transfer goes to a neighbour with a bed after the arranging, or beyond the region",
          "[format6][icu]") {
  const auto run = [](int neighbour_icu_beds) {
    Scenario s = *region(6, "");
    s.hospitals[0].wards.icu_beds = 2;
    s.hospitals[0].wards.icu_census_at_start = 2;
    for (std::size_t k = 1; k < 3; ++k) {
      s.hospitals[k].wards.icu_beds = neighbour_icu_beds;
      s.hospitals[k].wards.icu_census_at_start = std::min(neighbour_icu_beds, s.hospitals[k].wards.icu_census_at_start);
    }
    Exercise ex(test::share(s), 6);
    ex.advance_to(5 * kDay);
    return ex;
  };
  const Exercise room = run(40), full = run(1);
  const double out = room.metric("icu_transfers_out", 0), in = room.metric("icu_transfers_in", -1);
  CHECK(out > 0);
  // Every patient who left a for a neighbour's bed arrived there, or is on the road.
  CHECK(in <= out);
  CHECK(in >= out - 2);
  int reserved = 0;
  for (const HospitalState& h : room.world().hospitals()) reserved += h.icu_reserved;
  CHECK(reserved == out - in);  // a bed is held for each patient on the road, no more
  // With the neighbours' ICUs full too, the patients go beyond the region: they arrive nowhere here.
  CHECK(full.metric("icu_transfers_out", -1) > full.metric("icu_transfers_in", -1) + 5);
}

TEST_CASE("format 6: triage takes ambulances first, then walk-ins in order of arrival, whatever their acuity",
          "[format6][emergency]") {
  // Triage is the bottleneck (slow_triage): the wait from arrival to the
  // physician is the wait for triage.
  const auto mean_wait = [](const Exercise& ex, bool ambulance, Acuity acuity) {
    double total = 0, n = 0;
    for (const EdPatient& pt : ex.world().hospitals()[0].ed) {
      if (pt.seen < 0 || pt.ambulance != ambulance || pt.acuity != acuity) continue;
      total += static_cast<double>(pt.seen - pt.arrived);
      n += 1;
    }
    REQUIRE(n > 5);
    return total / n;
  };
  const Exercise now = slow_triage(false), before = slow_triage(true);
  // An older file's triage knew the acuity it was to find: urgent walk-ins waited a fraction of the others.
  CHECK(mean_wait(before, false, Acuity::urgent) < 0.5 * mean_wait(before, false, Acuity::standard));
  // Now an urgent walk-in queues like everyone else...
  CHECK(mean_wait(now, false, Acuity::urgent) > 0.8 * mean_wait(now, false, Acuity::standard));
  // ...and ambulances, handed over by their crew, go first.
  CHECK(mean_wait(now, true, Acuity::standard) < 0.5 * mean_wait(now, false, Acuity::standard));
}

TEST_CASE("format 6: a patient whose patience runs out during triage stays for its end, and the counts stay true",
          "[format6][emergency]") {
  const Exercise ex = slow_triage(false);
  const HospitalState& h = ex.world().hospitals()[0];
  int waiting_for_physician = 0, waiting_for_triage = 0, ran_out_with_the_nurse = 0;
  for (const EdPatient& pt : h.ed) {
    if (pt.gave_up_in_triage) ++ran_out_with_the_nurse;
    CHECK_FALSE((pt.left && pt.in_triage));  // nobody walks out of triage
    if (pt.left || pt.seen >= 0) continue;
    if (pt.triaged) ++waiting_for_physician;
    else if (!pt.in_triage) ++waiting_for_triage;
  }
  CHECK(h.ed_waiting == waiting_for_physician);
  CHECK(h.triage_waiting == waiting_for_triage);
  CHECK(ran_out_with_the_nurse > 0);  // the case happened: they stayed for the end of triage
}


// The region: hospitals that share a vendor, send patients to each other and
// are measured one by one. A three-hospital region (a - b 15 min, a - c 30
// min, b - c 20 min; c the designated centre) on a shared cloud, each with a
// network of its own.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "engine/metric_values.h"
#include "engine/summary.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "scenario/scenario_load.h"

using namespace epd;

namespace {

const char* const kRegion = R"({
  "format_version": 2, "id": "region-test", "title": "Three hospitals", "start": "2026-04-07T07:00", "horizon": "10d",
  "components": [
    {"id": "cloud", "name": "Vendor cloud", "kind": "vendor_cloud"},
    {"id": "network", "name": "Hospital network", "kind": "network", "each_hospital": true},
    {"id": "vpn", "name": "VPN to the vendor", "kind": "vpn", "each_hospital": true}
  ],
  "profiles": {
    "on_the_cloud": {
      "functions": [
        {"id": "registration", "name": "Registration", "roles": ["registration"],
         "depends_on": [{"component": "cloud"}, {"component": "vpn"}, {"component": "network"}]},
        {"id": "documentation", "name": "Documentation", "roles": ["documentation"],
         "depends_on": [{"component": "cloud"}, {"component": "vpn"}, {"component": "network"}]}
      ],
      "fallbacks": [{"id": "paper", "name": "Paper", "kind": "procedure", "covers": ["registration", "documentation"]}]
    }
  },
  "hospitals": [
    {"id": "a", "name": "Hospital A", "profiles": ["on_the_cloud"]},
    {"id": "b", "name": "Hospital B", "profiles": ["on_the_cloud"]},
    {"id": "c", "name": "Centre C", "profiles": ["on_the_cloud"]}
  ],
  "region": {
    "travel": [{"from": "a", "to": "b", "time": "15m"}, {"from": "a", "to": "c", "time": "30m"},
               {"from": "b", "to": "c", "time": "20m"}],
    "designated_centre": "c"
  },
  "injects": [],
  "actions": [
    {"id": "divert", "title": "Divert ambulances", "kind": "divert_ambulances",
     "params": [{"name": "hours", "min": 1, "max": 240, "default": 12}]},
    {"id": "close_ed", "title": "Off the emergency rota", "kind": "close_emergency_department",
     "params": [{"name": "hours", "min": 1, "max": 240, "default": 12}]},
    {"id": "reopen_ed", "title": "Reopen the ED", "kind": "reopen_emergency_department"},
    {"id": "cut_vpn", "title": "Cut the VPN link to the vendor", "kind": "isolate_component", "target": "vpn"},
    {"id": "crisis_team", "title": "Crisis team", "kind": "activate_crisis_team"}
  ]
})";

std::shared_ptr<const Scenario> region(const std::string& injects = "[]",
                                       const std::function<void(Scenario&)>& change = {}) {
  std::string text = kRegion;
  const std::string marker = R"("injects": [])";
  text.replace(text.find(marker), marker.size(), R"("injects": )" + injects);
  const ScenarioLoad load = load_scenario_text(text, "region.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  if (!change) return load.scenario;
  Scenario s = *load.scenario;
  change(s);
  return std::make_shared<const Scenario>(std::move(s));
}

Command decide(const std::string& action, const std::string& hospital, std::map<std::string, double> params = {}) {
  Command c;
  c.action = action;
  c.hospital = hospital;
  c.params = std::move(params);
  return c;
}

double at(const Exercise& ex, const char* metric, int hospital) { return ex.metric(metric, hospital); }

}  // namespace

SCENARIO("nobody is lost when an ED diverts: the neighbours see every patient", "[region]") {
  GIVEN("the same region and seed, once with hospital a closed to ambulances for two days") {
    const auto s = region();
    Exercise calm(s, 3), diverting(s, 3);
    diverting.advance_to(kDay);
    REQUIRE(diverting.submit(decide("divert", "a", {{"hours", 48}})).accepted);
    // Two hours after the diversion ended nobody is on the road any more.
    calm.advance_to(3 * kDay + 2 * kHour);
    diverting.advance_to(3 * kDay + 2 * kHour);
    THEN("the region sees exactly the same ED patients; a's ambulances arrive at its neighbours") {
      CHECK(at(diverting, "ed_visits", -1) == at(calm, "ed_visits", -1));
      const double sent = at(diverting, "ambulances_diverted", 0);
      CHECK(sent > 20);
      CHECK(at(diverting, "ed_patients_sent_elsewhere", -1) == sent);
      CHECK(at(diverting, "ed_patients_received", -1) == sent);
      CHECK(at(diverting, "ambulances_received", 1) + at(diverting, "ambulances_received", 2) == sent);
      CHECK(at(diverting, "ed_visits", 0) == at(calm, "ed_visits", 0) - sent);
      CHECK(at(diverting, "ed_visits", 1) + at(diverting, "ed_visits", 2) ==
            at(calm, "ed_visits", 1) + at(calm, "ed_visits", 2) + sent);
      CHECK(at(diverting, "ed_patients_out_of_region", -1) == 0);
    }
  }
}

TEST_CASE("a diverted ambulance arrives at the nearest open neighbour after the travel time", "[region]") {
  Exercise ex(region(), 5);
  ex.advance_to(kDay);
  REQUIRE(ex.submit(decide("divert", "a")).accepted);
  SimTime sent_at = -1, received_at = -1;
  for (SimTime t = kDay + 1; t < kDay + 12 * kHour && received_at < 0; ++t) {
    ex.advance_to(t);
    if (sent_at < 0 && at(ex, "ambulances_diverted", 0) > 0) sent_at = t;
    if (at(ex, "ambulances_received", 1) > 0) received_at = t;
    CHECK(at(ex, "ambulances_received", 2) == 0);  // b (15 min) is nearer than c (30 min)
  }
  REQUIRE(sent_at > 0);
  CHECK(received_at - sent_at == 15);
}

TEST_CASE("critical patients go to the designated centre, the others to the nearest open ED", "[region]") {
  Exercise ex(region(), 2);
  ex.advance_to(kDay);
  REQUIRE(ex.submit(decide("close_ed", "a", {{"hours", 72}})).accepted);
  ex.advance_to(4 * kDay + 2 * kHour);
  const double critical = at(ex, "critical_patients_to_centre", 0);
  CHECK(critical > 0);
  CHECK(at(ex, "ambulances_received", 2) == critical);  // c only gets the critical ones
  CHECK(at(ex, "ambulances_received", 1) + critical == at(ex, "ambulances_diverted", 0));
  // Off the rota, walk-ins are turned away too.
  CHECK(at(ex, "ed_patients_sent_elsewhere", 0) > at(ex, "ambulances_diverted", 0));
}

TEST_CASE("when every ED diverts, the nearest takes them anyway and the timeline says so", "[region]") {
  Exercise ex(region(), 4);
  ex.advance_to(kDay);
  Command all = decide("divert", kAllHospitals, {{"hours", 24}});
  REQUIRE(ex.submit(all).accepted);
  ex.advance_to(kDay + 20 * kHour);
  CHECK(at(ex, "eds_diverting", -1) == 3);
  // Nobody was sent on, no ED being open, but the stroke, STEMI and trauma
  // patients: the designated centre takes them even while it diverts.
  CHECK(at(ex, "ambulances_diverted", -1) == at(ex, "critical_patients_to_centre", -1));
  CHECK(at(ex, "ambulances_diverted", 2) == 0);
  const auto& reports = ex.reports();
  const bool said = std::any_of(reports.begin(), reports.end(), [](const Report& r) {
    return r.subject == "regional_agreement" && r.text.find("takes its patients anyway") != std::string::npos;
  });
  CHECK(said);
}

TEST_CASE("a neighbour's ED fills for the right reasons when a hospital goes off the rota", "[region]") {
  const auto s = region();
  Exercise calm(s, 8), closed(s, 8);
  closed.advance_to(kDay);
  REQUIRE(closed.submit(decide("close_ed", "a", {{"hours", 96}})).accepted);
  calm.advance_to(5 * kDay);
  closed.advance_to(5 * kDay);
  CHECK(at(closed, "ed_patients_received", 1) > 100);
  CHECK(at(closed, "ed_visits", 1) > at(calm, "ed_visits", 1) * 1.2);
  CHECK(at(closed, "ed_los_median_min", 1) > at(calm, "ed_los_median_min", 1));
  CHECK(at(closed, "ed_left_without_being_seen", 1) > at(calm, "ed_left_without_being_seen", 1));
}

TEST_CASE("a hospital-scoped condition does not fire on the region's sum", "[region][conditions]") {
  // Each ED holds well under 45 patients; the three together hold more.
  const auto s = region(R"([
    {"id": "region_busy", "title": "Region busy", "text": "x", "trigger": {"metric": "ed_census", "above": 45}},
    {"id": "a_busy", "title": "A busy", "text": "x", "trigger": {"metric": "ed_census", "above": 45, "hospital": "a"}}
  ])");
  Exercise ex(s, 1);
  ex.advance_to(3 * kDay);
  const auto& injects = ex.world().injects();
  CHECK(injects[0].status == InjectRuntime::Status::delivered);
  CHECK(injects[1].status == InjectRuntime::Status::pending);
}

TEST_CASE("a shared component fails for all its hospitals, a hospital's own for that hospital alone", "[region][it]") {
  const auto s = region(R"([
    {"id": "net_a", "title": "A's network", "text": "x", "trigger": {"at": "1h"},
     "effects": [{"component": "network", "state": "down", "hospital": "a"}]},
    {"id": "cloud", "title": "Cloud", "text": "x", "trigger": {"at": "2d"}, "effects": [{"component": "cloud", "state": "down"}]}
  ])");
  Exercise ex(s, 1);
  ex.advance_to(2 * kHour);
  CHECK(at(ex, "functions_down", 0) == 2);
  CHECK(at(ex, "functions_down", 1) == 0);
  CHECK(at(ex, "functions_down", 2) == 0);
  CHECK(ex.world().hospital_phase(0) == Phase::detection);
  CHECK(ex.world().hospital_phase(1) == Phase::normal);
  ex.advance_to(2 * kDay + kHour);
  for (int k = 0; k < 3; ++k) CHECK(at(ex, "functions_down", k) == 2);
  CHECK(at(ex, "functions_down", -1) == 6);
}

TEST_CASE("a decision for every hospital cuts each one's own VPN link, and says where it could not", "[region][decisions]") {
  Exercise ex(region(), 1);
  ex.advance_to(kHour);
  REQUIRE(ex.submit(decide("cut_vpn", "b")).accepted);
  ex.advance_to(2 * kHour);
  const CommandResult all = ex.submit(decide("cut_vpn", kAllHospitals));
  CHECK(all.accepted);
  for (int k = 0; k < 3; ++k) CHECK(at(ex, "functions_down", k) == 2);
  const Report* taken = nullptr;
  for (const Report& r : ex.reports())
    if (r.kind == ReportKind::decision_taken) taken = &r;
  REQUIRE(taken != nullptr);
  CHECK(taken->text.find("2 hospitals") != std::string::npos);
  CHECK(taken->text.find("Hospital B: VPN to the vendor (Hospital B) is already isolated") != std::string::npos);
  // Nowhere left to apply it: refused, with every hospital's reason.
  const CommandResult again = ex.submit(decide("cut_vpn", kAllHospitals));
  CHECK_FALSE(again.accepted);
  CHECK(again.reason.rfind("for no hospital: ", 0) == 0);
  // The crisis team is the region's: taken once, whatever it names.
  CHECK(ex.submit(decide("crisis_team", kAllHospitals)).accepted);
}

TEST_CASE("a decision for a hospital the scenario lacks is refused", "[region][decisions]") {
  Exercise ex(region(), 1);
  CHECK(ex.submit(decide("divert", "x")).reason == "unknown hospital 'x'");
  Command several = decide("divert", "");
  several.hospitals = {"a", "zz"};
  CHECK(ex.submit(several).reason == "unknown hospital 'zz'");
}

TEST_CASE("an ICU patient goes to a neighbour's free ICU bed when the hospital has none", "[region][icu]") {
  const auto s = region("[]", [](Scenario& sc) {
    sc.hospitals[0].wards.icu_beds = 2;
    sc.hospitals[0].wards.icu_census_at_start = 2;
  });
  Exercise ex(s, 6);
  ex.advance_to(5 * kDay);
  CHECK(at(ex, "icu_transfers_out", 0) > 0);
  CHECK(at(ex, "icu_transfers_out", 0) > at(ex, "icu_transfers_out", 1) + at(ex, "icu_transfers_out", 2));
  const double out = at(ex, "icu_transfers_out", -1), in = at(ex, "icu_transfers_in", -1);
  CHECK(in <= out);
  CHECK(in >= out - 2);  // at most one or two on the road
  CHECK(at(ex, "icu_census", 0) <= 2);
}

TEST_CASE("the summary has every metric for every hospital, and the region's kit hours are the lowest", "[region][summary]") {
  const auto s = region("[]", [](Scenario& sc) { sc.hospitals[1].downtime.paper_kit_hours = 3; });
  Exercise ex(s, 1);
  ex.advance_to(kDay);
  const OutcomeSummary sum = summarize(ex, false);
  REQUIRE(sum.hospitals.size() == 3);
  CHECK(sum.hospitals[0].id == "a");
  CHECK(sum.hospitals[2].id == "c");
  for (const auto& h : sum.hospitals) {
    REQUIRE(h.metrics.size() == metric_registry().size());
    CHECK(h.metrics.front().first == "ed_visits");
  }
  CHECK(ex.metric("paper_kit_hours_left") == 3);
  CHECK(ex.metric("paper_kit_hours_left", 0) == 8);
  const std::string json = summary_json(sum);
  CHECK(json.find("\"hospitals\": {") != std::string::npos);
  CHECK(json.find("\"b\": {") != std::string::npos);
}

TEST_CASE("one sample fills every metric for every hospital and the region", "[region][metrics]") {
  Exercise ex(region(), 1);
  ex.advance_to(kDay);
  std::vector<double> regional, hospitals;
  sample_metrics(ex.world(), regional, hospitals);
  REQUIRE(regional.size() == kMetricCount);
  REQUIRE(hospitals.size() == 3 * kMetricCount);
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    INFO(metric_registry()[m].id);
    // A format-2 file has no value of what format 7 added (the doses omitted).
    if (m >= kMetricsInFormat3) {
      CHECK(std::isnan(regional[m]));
      continue;
    }
    CHECK_FALSE(std::isnan(regional[m]));
    CHECK(regional[m] == metric_value(ex.world(), m, -1));
    for (int k = 0; k < 3; ++k) {
      CHECK_FALSE(std::isnan(hospitals[static_cast<std::size_t>(k) * kMetricCount + m]));
      CHECK(hospitals[static_cast<std::size_t>(k) * kMetricCount + m] == metric_value(ex.world(), m, k));
    }
  }
}

TEST_CASE("a decision for two hospitals applies an effect that names a third hospital once", "[region][decisions]") {
  const auto s = region("[]", [](Scenario& sc) {
    Effect kits;
    kits.type = Effect::Type::paper_kits;
    kits.amount = 10;
    kits.hospital = "c";
    Effect each;
    each.type = Effect::Type::paper_kits;
    each.amount = 1;
    for (ActionDef& a : sc.actions)
      if (a.id == "divert") a.effects = {kits, each};
  });
  Exercise ex(s, 1);
  Command both = decide("divert", "");
  both.hospitals = {"a", "b"};
  REQUIRE(ex.submit(both).accepted);
  CHECK(ex.world().hospitals()[2].paper_kit_hours == 18);  // 8 + 10, once
  CHECK(ex.world().hospitals()[0].paper_kit_hours == 9);   // an effect without a hospital: at each one decided for
  CHECK(ex.world().hospitals()[1].paper_kit_hours == 9);
}

TEST_CASE("the region's decisions are taken once, whatever hospital a command names", "[region][decisions]") {
  const auto s = region(R"([
    {"id": "after_team_b", "title": "Team for B", "text": "x", "trigger": {"action_taken": "crisis_team", "hospital": "b"}}
  ])", [](Scenario& sc) {
    for (ActionDef& a : sc.actions)
      if (a.id == "crisis_team") a.delay.minutes = 30;
  });
  Exercise ex(s, 1);
  ex.advance_to(5);
  REQUIRE(ex.submit(decide("crisis_team", "c")).accepted);
  ex.advance_to(6);
  const CommandResult again = ex.submit(decide("crisis_team", "a"));
  CHECK_FALSE(again.accepted);
  CHECK(again.reason.rfind("already decided at", 0) == 0);
  // Taken for the region, so taken for b too.
  CHECK(ex.world().injects()[0].status == InjectRuntime::Status::delivered);
}

TEST_CASE("what a decision for a hospital requires is checked at that hospital", "[region][decisions]") {
  const auto s = region("[]", [](Scenario& sc) {
    Condition busy;
    busy.type = Condition::Type::function_state;
    busy.ref = "registration";
    busy.function_state = FunctionState::down;
    for (ActionDef& a : sc.actions)
      if (a.id == "divert") a.requires_all = {busy};
  });
  Exercise ex(s, 1);
  ex.advance_to(kHour);
  // Only b's network goes down: diverting is allowed at b and refused at a.
  InjectDef net;
  net.title = "B's network";
  net.text = "down";
  Effect down;
  down.type = Effect::Type::component_state;
  down.component = "network";
  down.hospital = "b";
  net.effects = {down};
  Command adhoc;
  adhoc.type = Command::Type::adhoc_inject;
  adhoc.adhoc = net;
  REQUIRE(ex.submit(adhoc).accepted);
  CHECK(ex.submit(decide("divert", "b")).accepted);
  const CommandResult at_a = ex.submit(decide("divert", "a"));
  CHECK_FALSE(at_a.accepted);
  CHECK(at_a.reason == "requires function 'registration' at Hospital A to be down");
}

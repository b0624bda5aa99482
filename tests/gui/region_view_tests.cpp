// What the console shows of a region (gui/region_view.h): the region table's
// rows sorted as the facilitator chose, steady when values tie, and whom a
// decision is for in words.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/world.h"
#include "region_view.h"
#include "scenario/scenario_load.h"
#include "text/enum_words.h"
#include "text/language.h"

using namespace epd;
using namespace epd::gui;

namespace {

// The ROAZ region at T+1h, two EDs diverting (the second and the fourth hospital).
const Exercise& roaz_at_one_hour() {
  static const Exercise ex = [] {
    const ScenarioLoad load = load_scenario_file(EPD_SOURCE_DIR "/scenarios/roaz-region-vendor-outage.json");
    REQUIRE(load.ok());
    Exercise e(load.scenario, 1);
    e.advance_to(30);
    Command divert;
    divert.action = "divert_ambulances";
    divert.params["hours"] = 12;
    divert.hospitals = {"maasdal", "waalstede"};
    REQUIRE(e.submit(divert).accepted);
    e.advance_to(kHour);
    return e;
  }();
  return ex;
}

std::vector<std::string> names(const std::vector<RegionRow>& rows) {
  std::vector<std::string> out;
  for (const RegionRow& r : rows) out.push_back(*r.name);
  return out;
}

Command decision(const std::string& action) {
  Command c;
  c.action = action;
  return c;
}

}  // namespace

TEST_CASE("region table: a row per hospital, sorted by the column chosen, ties in the scenario's order", "[region]") {
  const Exercise& ex = roaz_at_one_hour();
  const World& w = ex.world();

  SECTION("by name, A to Z and back") {
    std::vector<std::string> sorted = names(hospital_rows(ex, {RegionColumn::hospital, false}));
    CHECK(std::is_sorted(sorted.begin(), sorted.end()));
    CHECK(sorted.size() == w.hospitals().size());
    std::vector<std::string> reversed = names(hospital_rows(ex, {RegionColumn::hospital, true}));
    std::reverse(reversed.begin(), reversed.end());
    CHECK(reversed == sorted);
  }
  SECTION("by ED status, the worst first: the diverting EDs, then the open ones as the scenario lists them") {
    const std::vector<RegionRow> rows = hospital_rows(ex, {RegionColumn::ed_status, true});
    CHECK(*rows[0].name == w.hospitals()[2].def->name);
    CHECK(*rows[1].name == w.hospitals()[3].def->name);
    CHECK(rows[0].ed == EdStatus::diverting);
    for (std::size_t i = 2; i + 1 < rows.size(); ++i) CHECK(rows[i].hospital < rows[i + 1].hospital);
  }
  SECTION("each row holds that hospital's values") {
    for (const RegionRow& r : hospital_rows(ex, {RegionColumn::ed_waiting, true})) {
      CHECK(r.ed_waiting == ex.metric("ed_waiting", r.hospital));
      CHECK(r.it_down == w.functions_not_up(r.hospital));
      CHECK(r.phase == w.hospital_phase(r.hospital));
    }
  }
  SECTION("the region's row: its own values, and how many EDs take no ambulances") {
    const RegionRow region = region_row(ex);
    CHECK(region.hospital == -1);
    CHECK(region.ed_waiting == ex.metric("ed_waiting"));
    CHECK(region.paper_kit_hours == ex.metric("paper_kit_hours_left"));
    CHECK(region.eds_diverting == 2);
    CHECK(region.eds_closed == 0);
    CHECK(region.ed == EdStatus::diverting);
  }
}

TEST_CASE("region: whom a decision is for, in words", "[region]") {
  const World& w = roaz_at_one_hour().world();
  Command two = decision("divert_ambulances");
  two.hospitals = {"maasdal", "waalstede"};
  CHECK(hospitals_in_words(w, two) == " for Maasdal Ziekenhuis, Waalstede Ziekenhuis");
  Command all = decision("paper_downtime");
  all.hospital = kAllHospitals;
  CHECK(hospitals_in_words(w, all) == " for every hospital");
  CHECK(hospitals_in_words(w, decision("paper_downtime")) == " for " + w.hospitals().front().def->name);  // "": the first
  // A nation's decision for many hospitals names five and counts the rest; six are all named.
  Command many = decision("paper_downtime");
  for (int i = 0; i < 8; ++i) many.hospitals.push_back(i % 2 == 0 ? "maasdal" : "waalstede");
  CHECK(hospitals_named(w.scenario(), many) ==
        " for Maasdal Ziekenhuis, Waalstede Ziekenhuis, Maasdal Ziekenhuis, Waalstede Ziekenhuis, Maasdal Ziekenhuis and 3 more");
  many.hospitals.resize(6);
  CHECK(hospitals_named(w.scenario(), many).find("more") == std::string::npos);
  // Decisions of the whole region name no hospital, and need no choice of one.
  CHECK(hospitals_in_words(w, decision("activate_crisis_team")).empty());
  CHECK_FALSE(w.for_each_hospital(w.scenario().actions[static_cast<std::size_t>(w.action_index("notify_ap"))]));
  // Each hospital has a VPN link of its own: cutting it is for each hospital named.
  CHECK(w.for_each_hospital(w.scenario().actions[static_cast<std::size_t>(w.action_index("cut_vpn"))]));
  CHECK(std::string(short_phase_words(Phase::escalation)) == "Escalation");
  CHECK(std::string(short_phase_words(Phase::back_entry)) == "Back-entry");
  // A word that reads alone, not the first word of a longer title ("Return", "Normale").
  CHECK(std::string(short_phase_words(Phase::return_to_normal)) == "Returning");
  set_language(Lang::nl);
  CHECK(std::string(short_phase_words(Phase::normal)) == "Normaal");
  CHECK(std::string(short_phase_words(Phase::downtime)) == "Uitval");
  set_language(Lang::en);
}

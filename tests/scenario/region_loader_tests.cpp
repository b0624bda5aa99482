// A region's bad input: every mistake gets its line:column and a message that
// says what to do, all at once; profiles merge as written.

#include <catch2/catch.hpp>

#include "scenario/plan.h"
#include "problems.h"
#include "scenario/scenario_load.h"

using namespace epd;

namespace {

// Two hospitals built from one profile, each with a network of its own; the
// second has a local server of its own.
const std::string kRegion = R"({
  "format_version": 2, "id": "two", "title": "Two", "start": "2026-04-07T07:00", "horizon": "7d",
  "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"},
                 {"id": "network", "name": "Network", "kind": "network", "each_hospital": true}],
  "profiles": {
    "general": {"emergency": {"arrivals_per_day": 80, "physicians": {"day": 5, "evening": 5, "night": 3}},
                "functions": [{"id": "lab", "name": "Lab", "roles": ["lab_results"],
                               "depends_on": [{"component": "cloud"}, {"component": "network"}]}]}
  },
  "hospitals": [
    {"id": "h1", "name": "H1", "profiles": ["general"], "emergency": {"physicians": {"night": 2}}},
    {"id": "h2", "name": "H2", "profiles": ["general"],
     "components": [{"id": "local_server", "name": "Local server", "kind": "server"}]}
  ],
  "region": {"travel": [{"from": "h1", "to": "h2", "time": "25m"}], "designated_centre": "h2"},
  "actions": [{"id": "divert", "title": "Divert", "kind": "divert_ambulances",
               "params": [{"name": "hours", "min": 1, "max": 24, "default": 6}]}]
})";

using test::Lines;
using test::with;

Lines problems(const std::string& text) { return test::problems(text, "r.json"); }

}  // namespace

TEST_CASE("region: a valid region loads, each hospital merged from its profile with its own fields last", "[region][loader]") {
  const ScenarioLoad load = load_scenario_text(kRegion, "r.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  const Scenario& s = *load.scenario;
  REQUIRE(s.hospitals.size() == 2);
  CHECK(s.hospitals[0].emergency.arrivals_per_day == 80);
  CHECK(s.hospitals[0].emergency.physicians.day == 5);
  CHECK(s.hospitals[0].emergency.physicians.night == 2);  // its own, member by member
  CHECK(s.hospitals[1].emergency.physicians.night == 3);
  CHECK(s.hospitals[1].functions.size() == 1);
  CHECK(s.hospitals[0].profiles == std::vector<std::string>{"general"});
  CHECK(s.region.travel.size() == 1);
  CHECK(s.region.designated_centre == "h2");
}

TEST_CASE("region: travel to a hospital that does not exist", "[region][loader]") {
  CHECK(problems(with(kRegion, R"("to": "h2")", R"("to": "h3")")) ==
        Lines{"r.json:15:46: region.travel[0].to: unknown hospital 'h3'; expected one of: h1, h2"});
}

TEST_CASE("region: a hospital that diverts to itself", "[region][loader]") {
  CHECK(problems(with(kRegion, R"("to": "h2")", R"("to": "h1")")) ==
        Lines{"r.json:15:46: region.travel[0].to: a hospital does not divert to itself: travel goes to another hospital"});
}

TEST_CASE("region: travel given twice, once each way", "[region][loader]") {
  const std::string twice = with(kRegion, R"("time": "25m"}])", R"("time": "25m"}, {"from": "h2", "to": "h1", "time": "30m"}])");
  CHECK(problems(twice) == Lines{"r.json:15:68: region.travel[1]: travel between h2 and h1 is given twice (it holds both ways)"});
}

TEST_CASE("region: a designated centre missing from the region", "[region][loader]") {
  CHECK(problems(with(kRegion, R"("designated_centre": "h2")", R"("designated_centre": "umc")")) ==
        Lines{"r.json:15:90: region.designated_centre: the designated centre 'umc' is not a hospital of this region; "
              "expected one of: h1, h2"});
}

TEST_CASE("region: a hospital's function depending on another hospital's own component", "[region][loader]") {
  const std::string text = with(kRegion, R"("emergency": {"physicians": {"night": 2}}})",
                                R"("emergency": {"physicians": {"night": 2}},
     "functions": [{"id": "lab", "name": "Lab", "roles": ["lab_results"], "depends_on": [{"component": "local_server"}]}]})");
  CHECK(problems(text) ==
        Lines{"r.json:12:104: hospitals[0].functions[0].depends_on[0].component: 'local_server' is the own component of h2; "
              "h1 cannot use it (list it in the scenario's \"components\" to share it)"});
}

TEST_CASE("region: an effect on each hospital's own component names one hospital or means all; a shared one names none",
          "[region][loader]") {
  const std::string text = with(kRegion, R"("actions": [)", R"("injects": [
    {"id": "x", "title": "X", "text": "x", "trigger": {"component": "network", "state": "down"}},
    {"id": "y", "title": "Y", "text": "y", "trigger": {"at": "1h"},
     "effects": [{"component": "cloud", "state": "down", "hospital": "h1"}, {"component": "network", "state": "down"}]}],
  "actions": [)");
  CHECK(problems(text) == Lines{
                              "r.json:17:69: injects[0].trigger.component: every hospital has its own 'network': name the "
                              "hospital (\"hospital\")",
                              "r.json:19:70: injects[1].effects[0].hospital: 'cloud' is shared by the hospitals: it has no "
                              "instance of one hospital's own",
                          });
}

TEST_CASE("region: an unknown profile, a profile that sets an id; a mistake in a profile is told once", "[region][loader]") {
  std::string text = with(kRegion, R"("profiles": ["general"], "emergency")", R"("profiles": ["genral"], "emergency")");
  text = with(text, R"("general": {)", R"("general": {"id": "x", )");
  text = with(text, R"("arrivals_per_day": 80,)", R"("arrivals_per_day": 80, "tratment_spaces": 3,)");
  CHECK(problems(text) == Lines{
                              "r.json:6:17: profiles.general.id: a profile cannot set \"id\": it is shared by every "
                              "hospital that uses it",
                              "r.json:6:66: hospitals[1].emergency.tratment_spaces: unknown field \"tratment_spaces\"; "
                              "did you mean \"treatment_spaces\"?",
                              "r.json:11:45: hospitals[0].profiles[0]: unknown profile 'genral'; did you mean 'general'?",
                          });
}

TEST_CASE("region: an unknown field in a profile that two hospitals use is told once, though its suggestions name a hospital", "[region][loader]") {
  // Found by a hostile-input audit: "fields like it: hospitals[2]..." made each hospital's message another.
  const std::string text = with(kRegion, R"("arrivals_per_day": 80,)", R"("arrivals_per_day": 80, "nurses": 3,)");
  const Lines got = problems(text);
  REQUIRE(got.size() == 1);
  CHECK_THAT(got[0], Catch::Contains("emergency.nurses: unknown field \"nurses\"; fields like it:"));
}

TEST_CASE("region: 'all' is no hospital's id, and a plan may name several hospitals or all", "[region][loader]") {
  CHECK(problems(with(kRegion, R"("id": "h1")", R"("id": "all")")).front() ==
        "r.json:11:12: hospitals[0].id: 'all' means every hospital in commands: choose another id");
  const ScenarioLoad load = load_scenario_text(kRegion, "r.json");
  REQUIRE(load.ok());
  const PlanLoad plan = load_plan_text(R"({"format_version": 1, "scenario": "two", "commands": [
    {"at": "1h", "decide": "divert", "hospital": "all"},
    {"at": "2h", "decide": "divert", "hospitals": ["h1", "h9"]},
    {"at": "3h", "decide": "divert", "hospital": "h1", "hospitals": ["h2"]}]})",
                                       "p.json", *load.scenario);
  std::vector<std::string> got;
  for (const auto& d : plan.problems.items()) got.push_back(d.format());
  CHECK(got == Lines{"p.json:3:58: commands[1].hospitals[1]: unknown hospital 'h9'; expected one of: h1, h2",
                     "p.json:4:69: commands[2].hospitals: give \"hospital\" or \"hospitals\", not both"});
}

TEST_CASE("region: a format-1 file that uses what format 2 added is told which version it needs", "[region][loader]") {
  CHECK(problems(with(kRegion, R"("format_version": 2)", R"("format_version": 1)")) ==
        Lines{"r.json:4:91: components[1].each_hospital: new in scenario format version 2: write \"format_version\": 2",
              "r.json:11:44: hospitals[0].profiles: new in scenario format version 2: write \"format_version\": 2",
              "r.json:12:44: hospitals[1].profiles: new in scenario format version 2: write \"format_version\": 2",
              "r.json:13:20: hospitals[1].components: new in scenario format version 2: write \"format_version\": 2",
              "r.json:15:13: region: new in scenario format version 2: write \"format_version\": 2"});
}

TEST_CASE("region: a function condition names its hospital, a deadline criterion none", "[region][loader]") {
  const std::string text = with(kRegion, R"("actions": [)", R"("injects": [
    {"id": "x", "title": "X", "text": "x", "trigger": {"function": "lab", "state": "down"}}],
  "deadlines": [{"id": "d", "title": "D", "starts": {"at": "1h"}, "within": "1h", "met_by": ["divert"]}],
  "objectives": [{"id": "o", "title": "O", "criteria": [{"deadline_met": "d", "hospital": "h1"}]}],
  "actions": [)");
  CHECK(problems(text) ==
        Lines{"r.json:17:68: injects[0].trigger.function: every hospital has its own 'lab': name the hospital (\"hospital\")",
              "r.json:19:91: objectives[0].criteria[0].hospital: a legal deadline is the region's: it has no hospital"});
}

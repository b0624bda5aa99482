// One test per class of problem a trainer can make in a scenario file, each
// asserting the exact message and its line:column; then the shipped files.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "problems.h"
#include "io/text_file.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"

using namespace epd;

namespace {

// A minimal valid scenario; tests replace one piece of it.
const std::string kValid = R"({
  "format_version": 1,
  "id": "mini",
  "title": "Minimal",
  "start": "2026-04-07T07:00",
  "horizon": "7d",
  "components": [{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}],
  "hospitals": [{
    "id": "h1", "name": "H1",
    "functions": [{"id": "lab", "name": "Lab", "roles": ["lab_results"], "depends_on": [{"component": "cloud"}]}]
  }],
  "injects": [{"id": "down", "title": "Down", "text": "The cloud fails.", "trigger": {"at": "1h"},
               "effects": [{"component": "cloud", "state": "down"}]}],
  "actions": [{"id": "divert", "title": "Divert", "kind": "divert_ambulances",
               "params": [{"name": "hours", "min": 1, "max": 24, "default": 6}]}]
})";

using test::Lines;
using test::with;

Lines problems(const std::string& text) { return test::problems(text, "s.json"); }

}  // namespace

TEST_CASE("a valid scenario loads with no problems", "[loader]") {
  const ScenarioLoad load = load_scenario_text(kValid, "s.json");
  REQUIRE(load.ok());
  CHECK(load.scenario->hospitals[0].functions[0].depends_on[0].component == "cloud");
  CHECK(load.scenario->horizon.minutes == 7 * 24 * 60);
  CHECK(load.scenario->hospitals[0].emergency.arrivals_per_day == 63);  // a default
}

TEST_CASE("loader: a syntax error names its line and column", "[loader]") {
  CHECK(problems(with(kValid, R"("id": "mini",)", R"("id": "mini")")) ==
        Lines{"s.json:4:3: expected ',' or '}' after an object member"});
}

TEST_CASE("loader: a missing required field", "[loader]") {
  CHECK(problems(with(kValid, R"("title": "Minimal",)", "")) ==
        Lines{"s.json:1:1: missing required field \"title\""});
}

TEST_CASE("loader: an unknown field suggests the field meant", "[loader]") {
  CHECK(problems(with(kValid, R"("horizon": "7d")", R"("horizn": "7d")")) ==
        Lines{"s.json:6:3: horizn: unknown field \"horizn\"; did you mean \"horizon\"?"});
}

TEST_CASE("loader: an unknown field no field nearby is spelt like is told where fields like it are", "[loader]") {
  // The ED's nurses are its triage nurses; "nurses" is also a field of the wards.
  CHECK(problems(with(kValid, R"("id": "h1", "name": "H1",)",
                      R"("id": "h1", "name": "H1", "emergency": {"nurses": {"day": 3, "evening": 3, "night": 2}},)")) ==
        Lines{"s.json:9:45: hospitals[0].emergency.nurses: unknown field \"nurses\"; fields like it: "
              "hospitals[0].emergency.triage_nurses, hospitals[0].wards.nurses, hospitals[0].back_entry.from_ward_nurses"});
  // Nothing like it in the function: the hospital around it is searched.
  CHECK(problems(with(kValid, R"("roles": ["lab_results"],)", R"("roles": ["lab_results"], "paper_kit_hours": 8,)")) ==
        Lines{"s.json:10:74: hospitals[0].functions[0].paper_kit_hours: unknown field \"paper_kit_hours\"; "
              "fields like it: hospitals[0].downtime.paper_kit_hours"});
  // At the root: the file's own objects (not its lists).
  CHECK(problems(with(kValid, R"("horizon": "7d")", R"("horizon": "7d", "restore_teams": 2)")) ==
        Lines{"s.json:6:20: restore_teams: unknown field \"restore_teams\"; fields like it: vendor.restore_teams"});
  // A near spelling in the object itself still comes first; nothing alike anywhere: no hint.
  CHECK(problems(with(kValid, R"("horizon": "7d")", R"("horizon": "7d", "colour": 1)")) ==
        Lines{"s.json:6:20: colour: unknown field \"colour\""});
}

TEST_CASE("loader: a value of the wrong type", "[loader]") {
  CHECK(problems(with(kValid, R"("min": 1,)", R"("min": "one",)")) ==
        Lines{"s.json:15:52: actions[0].params[0].min: expected a number, found a string"});
}

TEST_CASE("loader: a zero written with an exponent is a zero in every field (rapidjson 1.1.0 mis-read it)", "[loader]") {
  const ScenarioLoad load = load_scenario_text(
      with(with(kValid, R"("id": "h1", "name": "H1",)", R"("id": "h1", "name": "H1", "downtime": {"paper_kit_hours": 0e-308},)"),
           R"("min": 1, "max": 24, "default": 6)", R"("min": 0e-23, "max": 24, "default": 0.0e-30)"),
      "s.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  CHECK(load.scenario->hospitals[0].downtime.paper_kit_hours == 0.0);
  CHECK(load.scenario->actions[0].params[0].min == 0.0);
  CHECK(load.scenario->actions[0].params[0].default_value == 0.0);
}

TEST_CASE("loader: a decision's parameter bounds stay within what the engine can do with them", "[loader]") {
  CHECK(problems(with(kValid, R"("min": 1, "max": 24, "default": 6)", R"("min": -5, "max": 1e300, "default": 6)")) ==
        Lines{"s.json:15:52: actions[0].params[0].min: must be between 0 and 8784 (hours in 366 days, the longest exercise)",
              "s.json:15:63: actions[0].params[0].max: must be between 0 and 8784 (hours in 366 days, the longest exercise)"});
}

TEST_CASE("loader: a list past its limit is the one problem reported, at the list, without checking the rest", "[loader]") {
  std::string injects;
  for (int i = 0; i <= 5000; ++i)
    injects += std::string(i ? ", " : "") + R"({"id": "i)" + std::to_string(i) + R"(", "title": "T", "text": "x", "trigger": {"at": "1h"}, "effects": [{"component": "nowhere", "state": "down"}]})";
  const std::string text = with(kValid, R"("injects": [)", R"("injects": [)" + injects + ", ");
  // Every effect names a component that does not exist too, but only the count is said.
  CHECK(problems(text) == Lines{"s.json:12:14: injects: at most 5000 items (this list has 5002)"});
}

TEST_CASE("loader: a value out of range", "[loader]") {
  CHECK(problems(with(kValid, R"("id": "h1", "name": "H1",)", R"("id": "h1", "name": "H1", "downtime": {"restore_teams": 0},)")) ==
        Lines{"s.json:9:61: hospitals[0].downtime.restore_teams: must be between 1 and 50"});
}

TEST_CASE("loader: a word that is not one of the accepted words", "[loader]") {
  const Lines got = problems(with(kValid, R"("kind": "vendor_cloud")", R"("kind": "vendorcloud")"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].rfind("s.json:7:59: components[0].kind: ", 0) == 0);
  CHECK(got[0].find("vendor_cloud") != std::string::npos);
}

TEST_CASE("loader: a badly written duration", "[loader]") {
  const Lines got = problems(with(kValid, R"("trigger": {"at": "1h"})", R"("trigger": {"at": "1 hour"})"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].rfind("s.json:12:93: injects[0].trigger.at: ", 0) == 0);
}

TEST_CASE("loader: a reference to an id that does not exist", "[loader]") {
  CHECK(problems(with(kValid, R"("depends_on": [{"component": "cloud"}])", R"("depends_on": [{"component": "clod"}])")) ==
        Lines{"s.json:10:103: hospitals[0].functions[0].depends_on[0].component: unknown component 'clod'; did you "
              "mean 'cloud'?"});
}

TEST_CASE("loader: a trigger that can never fire", "[loader]") {
  CHECK(problems(with(kValid, R"({"at": "1h"})", R"({"at": "8d"})")) ==
        Lines{"s.json:12:93: injects[0].trigger.at: can never happen: after the scenario's horizon (7d)"});
  const Lines metric = problems(with(kValid, R"({"at": "1h"})", R"({"metric": "bed_occupancy_pct", "above": 120})"));
  REQUIRE(metric.size() == 1);
  CHECK(metric[0].find("injects[0].trigger.above: can never happen") != std::string::npos);
}

TEST_CASE("loader: a duplicate id", "[loader]") {
  const std::string twice = with(kValid, R"([{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}])",
                                 R"([{"id": "cloud", "name": "Cloud", "kind": "vendor_cloud"}, {"id": "cloud", "name": "Again", "kind": "vpn"}])");
  CHECK(problems(twice) == Lines{"s.json:7:83: components[1].id: 'cloud' is used twice"});
}

TEST_CASE("loader: a duplicate key in one object", "[loader]") {
  const Lines got = problems(with(kValid, R"("title": "Minimal",)", R"("title": "Minimal", "title": "Again",)"));
  REQUIRE(got.size() == 1);
  INFO(got[0]);
  CHECK(got[0].rfind("s.json:4:23: title: duplicate field \"title\" (first at 4:3)", 0) == 0);
  CHECK(got[0].find("title") != std::string::npos);
}

TEST_CASE("loader: a working day's window that never opens is refused, where a run would wait for it for ever", "[loader]") {
  // A discharge window of no minutes made the wards look for the next
  // discharge minute for ever (found by a hostile-input audit).
  const std::string h1 = R"("id": "h1", "name": "H1",)";
  CHECK(problems(with(kValid, h1, h1 + R"( "wards": {"discharge_from": "10:00", "discharge_until": "10:00"},)")) ==
        Lines{"s.json:9:87: hospitals[0].wards.discharge_until: must be later in the day than discharge_from (10:00)"});
  CHECK(problems(with(kValid, h1, h1 + R"( "outpatient": {"opens": "17:00", "closes": "08:00"},
    "back_entry": {"from": "17:00", "until": "08:00"}, "surgery": {"first_case": "15:00", "last_case": "14:59"},)")) ==
        Lines{"s.json:9:74: hospitals[0].outpatient.closes: must be later in the day than opens (17:00)",
              "s.json:10:46: hospitals[0].back_entry.until: must be later in the day than from (17:00)",
              "s.json:10:104: hospitals[0].surgery.last_case: must not be earlier in the day than first_case (15:00)"});
  // One moment is a theatre list of cases all at once; an empty list of rounds would give no medication at all.
  CHECK(problems(with(kValid, h1, h1 + R"( "surgery": {"first_case": "15:00", "last_case": "15:00"}, "wards": {"rounds": []},)")) ==
        Lines{"s.json:9:109: hospitals[0].wards.rounds: needs at least one round (leave the field out for the default rounds)"});
}

TEST_CASE("loader: a horizon refused is the one mistake, not every inject after it", "[loader]") {
  // Found by a hostile-input audit: "0m" brought a "can never happen" for every timed inject too.
  CHECK(problems(with(kValid, R"("horizon": "7d")", R"("horizon": "0m")")) ==
        Lines{"s.json:6:14: horizon: must be between 1h and 366d"});
}

TEST_CASE("loader: a criterion of no kind is told once, not also as an unknown metric ''", "[loader]") {
  const std::string objective = R"(, "objectives": [{"id": "o", "title": "O", "criteria": [{}]}]})";
  const std::string text = kValid.substr(0, kValid.rfind('}')) + objective;
  const Lines got = problems(text);
  REQUIRE(got.size() == 1);
  CHECK_THAT(got[0], Catch::Contains("objectives[0].criteria[0]: a criterion needs one of \"metric\""));
}

TEST_CASE("loader: a newer format version is refused without a flood of messages", "[loader]") {
  CHECK(problems(with(kValid, R"("format_version": 1)", R"("format_version": 10)")) ==
        Lines{"s.json:2:21: format_version: this program reads format versions 1 to 9; this file needs a newer EPD Drill"});
}

TEST_CASE("loader: a text may be given in Dutch and English (format 4); the engine uses the English", "[loader][text]") {
  std::string text = with(kValid, R"("format_version": 1)", R"("format_version": 4)");
  text = with(text, R"("title": "Minimal",)", R"("title": {"nl": "Minimaal", "en": "Minimal"},)");
  text = with(text, R"("title": "Down", "text": "The cloud fails.")",
              R"("title": {"en": "Down", "nl": "Uit"}, "text": {"nl": "Alleen Nederlands."})");
  const ScenarioLoad load = load_scenario_text(text, "s.json");
  REQUIRE(load.ok());
  const Scenario& s = *load.scenario;
  CHECK(s.title == "Minimal");
  CHECK(s.injects[0].title == "Down");
  CHECK(s.injects[0].text == "Alleen Nederlands.");  // one language only: that one, in both
  set_language(Lang::nl);
  CHECK(s.local(s.title) == "Minimaal");
  CHECK(s.local(s.injects[0].title) == "Uit");
  CHECK(s.local(s.injects[0].text) == "Alleen Nederlands.");
  set_language(Lang::en);
  CHECK(s.local(s.title) == "Minimal");
}

TEST_CASE("loader: an objective names its HSEEP core capability (format 4), with a did-you-mean", "[loader]") {
  const std::string objective = R"("actions": [)";
  std::string v4 = with(kValid, R"("format_version": 1)", R"("format_version": 4)");
  const std::string with_objective =
      with(v4, objective, R"("objectives": [{"id": "o", "title": "Contained", "capability": "cybersecurty"}], "actions": [)");
  CHECK(problems(with_objective) ==
        Lines{"s.json:14:66: objectives[0].capability: not a core capability of HSEEP: 'cybersecurty'; did you mean "
              "'cybersecurity'? (docs/scenario-format.md lists all 32)"});
  CHECK(problems(with(with_objective, "cybersecurty", "cybersecurity")).empty());
  const std::string v1 = with(kValid, objective, R"("objectives": [{"id": "o", "title": "Contained", "capability": "cybersecurity"}], "actions": [)");
  CHECK(problems(v1) == Lines{"s.json:14:66: objectives[0].capability: new in scenario format version 4: write \"format_version\": 4"});
}

TEST_CASE("loader: a briefing and a planned downtime are new in format 5, and the plan must fall within the horizon", "[loader]") {
  const std::string extra = R"("briefing": {"en": "Run it twice.", "nl": "Speel het twee keer."}, "planned_downtime": {"at": "2h"},
  "start")";
  const std::string v5 = with(kValid, R"("format_version": 1)", R"("format_version": 5)");
  const ScenarioLoad load = load_scenario_text(with(v5, R"("start")", extra), "s.json");
  REQUIRE(load.ok());
  CHECK(load.scenario->briefing == "Run it twice.");
  CHECK(load.scenario->local(load.scenario->briefing) == "Run it twice.");
  CHECK(load.scenario->planned_downtime.at.minutes == 2 * kHour);
  CHECK_FALSE(load_scenario_text(v5, "s.json").scenario->planned_downtime.planned());

  const std::string v4 = with(kValid, R"("format_version": 1)", R"("format_version": 4)");
  CHECK(problems(with(v4, R"("start")", extra)) ==
        Lines{"s.json:5:15: briefing: new in scenario format version 5: write \"format_version\": 5",
              "s.json:5:90: planned_downtime: new in scenario format version 5: write \"format_version\": 5"});
  CHECK(problems(with(v5, R"("start")", R"("planned_downtime": {"at": "8d"}, "start")")) ==
        Lines{"s.json:5:30: planned_downtime.at: can never happen: after the scenario's horizon (7d)"});
}

TEST_CASE("loader: texts in two languages are refused before format 4, and a bad one is named", "[loader][text]") {
  CHECK(problems(with(kValid, R"("title": "Minimal",)", R"("title": {"nl": "Minimaal", "en": "Minimal"},)")) ==
        Lines{"s.json:4:12: title: texts in two languages ({\"nl\": ..., \"en\": ...}) are new in scenario format "
              "version 4; this file is version 1"});
  std::string v4 = with(kValid, R"("format_version": 1)", R"("format_version": 4)");
  CHECK(problems(with(v4, R"("title": "Minimal",)", R"("title": {"nl": "Minimaal", "de": "Minimal"},)")) ==
        Lines{"s.json:4:37: title.de: a text in two languages has only \"en\" and \"nl\""});
  CHECK(problems(with(v4, R"("title": "Minimal",)", R"("title": {"nl": ""},)")) ==
        Lines{"s.json:4:19: title.nl: expected the text in Dutch (a string that is not empty), found an empty string"});
  CHECK(problems(with(with(v4, R"("title": "Minimal",)", R"("title": {"nl": "Uit", "en": "Down"},)"),
                      R"("title": "Down", "text")", R"("title": {"en": "Down", "nl": "Neer"}, "text")")) ==
        Lines{"s.json:12:39: injects[0].title: this English text has another Dutch earlier in the file ('Uit'): give it one"});
  CHECK(problems(with(v4, R"("title": "Minimal",)", R"("title": {},)")) ==
        Lines{"s.json:4:12: title: a text in two languages needs \"en\", \"nl\" or both"});
  CHECK(problems(with(v4, R"("title": "Minimal",)", R"("title": 7,)")) ==
        Lines{"s.json:4:12: title: expected a text (a string, or {\"en\": \"...\", \"nl\": \"...\"}), found an integer"});
}

TEST_CASE("loader: the roles an action is for and an inject goes to may be given in two languages", "[loader][text]") {
  std::string v4 = with(kValid, R"("format_version": 1)", R"("format_version": 4)");
  v4 = with(v4, R"("trigger": {"at": "1h"},)",
            R"("trigger": {"at": "1h"}, "to": ["CISO", {"en": "Medical managers", "nl": "Medisch managers"}],)");
  v4 = with(v4, R"("kind": "divert_ambulances",)",
            R"("kind": "divert_ambulances", "roles": [{"nl": "Medisch manager", "en": "Medical manager"}, "ROAZ"],)");
  const ScenarioLoad load = load_scenario_text(v4, "s.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  const Scenario& s = *load.scenario;
  CHECK(s.actions[0].roles == std::vector<std::string>{"Medical manager", "ROAZ"});  // the engine's: the English
  CHECK(s.injects[0].to == std::vector<std::string>{"CISO", "Medical managers"});
  set_language(Lang::nl);
  CHECK(s.local(s.actions[0].roles[0]) == "Medisch manager");
  CHECK(s.local(s.injects[0].to[1]) == "Medisch managers");
  set_language(Lang::en);

  // Before format 4 each role is a string; a role that is no text is named by its place in the list.
  const std::string v1 = with(kValid, R"("kind": "divert_ambulances",)",
                              R"("kind": "divert_ambulances", "roles": ["ROAZ", {"nl": "Medisch manager", "en": "Medical manager"}],)");
  CHECK(problems(v1) == Lines{"s.json:14:98: actions[0].roles[1]: texts in two languages ({\"nl\": ..., \"en\": ...}) "
                              "are new in scenario format version 4; this file is version 1"});
  CHECK(problems(with(v4, R"("to": ["CISO",)", R"("to": [7,)")) ==
        Lines{"s.json:12:107: injects[0].to[0]: expected a text (a string, or {\"en\": \"...\", \"nl\": \"...\"}), found an integer"});
  CHECK(problems(with(v4, R"("to": ["CISO", {"en": "Medical managers", "nl": "Medisch managers"}],)", R"("to": "CISO",)")) ==
        Lines{"s.json:12:106: injects[0].to: expected a list, found a string"});
}

TEST_CASE("loader: format version 1 and 2 both load", "[loader]") {
  CHECK(problems(kValid).empty());
  CHECK(problems(with(kValid, R"("format_version": 1)", R"("format_version": 2)")).empty());
}

TEST_CASE("loader: every problem in a file is reported at once, top to bottom", "[loader]") {
  std::string text = with(kValid, R"("horizon": "7d")", R"("horizn": "7d")");
  text = with(text, R"("min": 1,)", R"("min": "one",)");
  text = with(text, R"("kind": "vendor_cloud")", R"("kind": "cloud")");
  const Lines got = problems(text);
  REQUIRE(got.size() == 3);
  CHECK(got[0].rfind("s.json:6:", 0) == 0);
  CHECK(got[1].rfind("s.json:7:", 0) == 0);
  CHECK(got[2].rfind("s.json:15:", 0) == 0);
}

TEST_CASE("loader: a file that cannot be read is a problem, not a crash", "[loader]") {
  const ScenarioLoad load = load_scenario_file("/nonexistent/scenario.json");
  CHECK_FALSE(load.ok());
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems.items()[0].format() == "/nonexistent/scenario.json:1:1: cannot read the file: No such file or directory");
}

TEST_CASE("the shipped scenarios and plans are valid", "[loader][scenarios]") {
  const ScenarioLoad flagship = load_scenario_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json");
  INFO(flagship.problems.format_all());
  REQUIRE(flagship.ok());
  CHECK(flagship.scenario->horizon.minutes == 42 * 24 * 60);
  // Every scenario in scenarios/ (hand-written and generated) and its reference plan, in the newest format, each
  // with a facilitator's briefing.
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(EPD_SOURCE_DIR "/scenarios")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && name.find(".plan.") == std::string::npos &&
        name.find(".schema.") == std::string::npos)
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  CHECK(files.size() >= 11);
  for (const auto& file : files) {
    INFO(file.string());
    const ScenarioLoad load = load_scenario_file(file.string());
    INFO(load.problems.format_all());
    REQUIRE(load.ok());
    const Scenario& s = *load.scenario;
    CHECK(s.format_version == kScenarioFormatVersion);
    CHECK_FALSE(s.briefing.empty());
    // Every role is said in Dutch (an abbreviation such as CISO or ROAZ is the same in both).
    std::set<std::string> roles;
    for (const ActionDef& a : s.actions) roles.insert(a.roles.begin(), a.roles.end());
    for (const InjectDef& i : s.injects) roles.insert(i.to.begin(), i.to.end());
    set_language(Lang::nl);
    for (const std::string& role : roles) {
      INFO(role);
      const bool abbreviation = std::none_of(role.begin(), role.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      CHECK((abbreviation || s.local(role) != role));
    }
    set_language(Lang::en);
    std::filesystem::path plan = file;
    plan.replace_extension(".plan.json");
    if (!std::filesystem::exists(plan)) continue;
    const PlanLoad p = load_plan_file(plan.string(), s);
    INFO(p.problems.format_all());
    REQUIRE(p.ok());
    // A plan's `by` names one of the scenario's roles, which gives its Dutch; its `why` has its own.
    for (const PlannedCommand& c : p.plan->commands) {
      INFO(c.command.by + " / " + c.command.rationale);
      CHECK((c.command.by.empty() || roles.count(c.command.by) == 1));
      CHECK((c.command.rationale.empty() || p.plan->dutch.count(c.command.rationale) == 1));
    }
  }
}

TEST_CASE("no sequence of bytes crashes or hangs the loader", "[loader][robustness]") {
  // Deterministic mutations of a valid file: flipped bytes, cuts, inserted
  // JSON punctuation and random bytes. Every load must end with a verdict.
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const std::string punctuation = "{}[]\",:0-e.\\ntf";
  int invalid = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = kValid;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = next() % text.size();
      switch (next() % 4) {
        case 0: text[at] = static_cast<char>(next() & 0xFF); break;
        case 1: text.resize(at); break;
        case 2: text.insert(at, 1, punctuation[next() % punctuation.size()]); break;
        default: text.erase(at, 1 + next() % 8); break;
      }
    }
    const ScenarioLoad load = load_scenario_text(text, "fuzz.json");
    if (!load.ok()) {
      ++invalid;
      CHECK_FALSE(load.problems.empty());
    }
  }
  CHECK(invalid > 2000);
}

TEST_CASE("an effect that can never end is valid but gets a located warning", "[loader][warning]") {
  const std::string v3 = with(kValid, R"("format_version": 1)", R"("format_version": 3)");
  const std::string forever = with(v3, R"({"component": "cloud", "state": "down"})",
                                   R"({"component": "cloud", "state": "down"}, {"flow": "emergency", "factor": 0})");
  const ScenarioLoad load = load_scenario_text(forever, "s.json");
  REQUIRE(load.ok());
  REQUIRE(load.warnings.size() == 1);
  CHECK(load.warnings.items()[0].format() ==
        "s.json:13:101: injects[0].effects[1].factor: warning: factor 0 without \"for\" stops this flow for the rest of "
        "the exercise: nothing can end it");
  const std::string for_a_day = with(v3, R"({"component": "cloud", "state": "down"})",
                                     R"({"component": "cloud", "state": "down"}, {"flow": "emergency", "factor": 0, "for": "1d"})");
  CHECK(load_scenario_text(for_a_day, "s.json").warnings.empty());
  // Before format 3 a factor 0 never ended, "for" or not: those files keep playing so, and are told.
  const std::string old_file = with(kValid, R"({"component": "cloud", "state": "down"})",
                                    R"({"component": "cloud", "state": "down"}, {"flow": "emergency", "factor": 0, "for": "1d"})");
  const ScenarioLoad old_load = load_scenario_text(old_file, "s.json");
  REQUIRE(old_load.warnings.size() == 1);
  CHECK(old_load.warnings.items()[0].message.find("version 3 ends it") != std::string::npos);
}

TEST_CASE("an id with a line break is valid but warned where it stands, the scenario's own and a list's", "[loader][warning]") {
  const std::string broken = with(with(kValid, R"("id": "mini")", R"("id": "mi\nni")"), R"("id": "down")", R"("id": "do\twn")");
  const ScenarioLoad load = load_scenario_text(broken, "s.json");
  REQUIRE(load.ok());
  REQUIRE(load.warnings.size() == 2);
  CHECK(load.warnings.items()[0].format() ==
        "s.json:3:9: id: warning: contains a line break or another control character: messages and reports that name it "
        "will break");
  CHECK(load.warnings.items()[1].path == "injects[0].id");
}

TEST_CASE("a shared scenario's id makes a file name that stays in its folder", "[loader]") {
  CHECK(file_name_part("vendor-cloud-ransomware") == "vendor-cloud-ransomware");
  CHECK(file_name_part("../../home/x") == "-.-..-home-x");  // no "/" left: no folder above
  CHECK(file_name_part(".hidden") == "-hidden");
  CHECK(file_name_part("ziekenhuis één v1.2") == "ziekenhuis-één-v1.2");
  CHECK(file_name_part("a\nb") == "a-b");
  CHECK(file_name_part("") == "scenario");
}

TEST_CASE("waits that can never end are warned: a circle of injects, a chain past the horizon, a decision requiring itself", "[loader][warning]") {
  const std::string v3 = with(kValid, R"("format_version": 1)", R"("format_version": 3)");
  const auto warnings = [](const std::string& text) {
    const ScenarioLoad load = load_scenario_text(text, "s.json");
    REQUIRE(load.ok());  // such files always loaded and played: warned, not refused
    Lines out;
    for (const auto& w : load.warnings.items()) out.push_back(w.path + ": " + w.message.substr(std::string("warning: ").size()));
    return out;
  };
  const std::string circle = with(v3, R"("effects": [{"component": "cloud", "state": "down"}]}],)",
                                  R"("effects": [{"component": "cloud", "state": "down"}]},
    {"id": "a", "title": "A", "text": "a", "trigger": {"inject_delivered": "b"}},
    {"id": "b", "title": "B", "text": "b", "trigger": {"inject_delivered": "a", "delay": "1h"}},
    {"id": "c", "title": "C", "text": "c", "trigger": {"inject_delivered": "a"}},
    {"id": "d", "title": "D", "text": "d", "trigger": {"inject_delivered": "down", "delay": "6d"}},
    {"id": "e", "title": "E", "text": "e", "trigger": {"inject_delivered": "d", "delay": "1d"}}],)");
  CHECK(warnings(circle) ==
        Lines{"injects[1].trigger.inject_delivered: never comes by itself: the chain of injects it waits for ends in a circle",
              "injects[2].trigger.inject_delivered: never comes by itself: the chain of injects it waits for ends in a circle",
              "injects[3].trigger.inject_delivered: never comes by itself: the chain of injects it waits for ends in a circle",
              "injects[5].trigger.inject_delivered: never comes by itself: at the earliest at 7d1h, after the scenario's horizon (7d)"});
  const std::string itself = with(v3, R"("params": [{"name": "hours", "min": 1, "max": 24, "default": 6}]}])",
                                  R"("params": [{"name": "hours", "min": 1, "max": 24, "default": 6}],
               "requires": [{"action_taken": "divert"}]}])");
  CHECK(warnings(itself) ==
        Lines{"actions[0].requires: can never be taken: it requires, itself or through others, that it was taken"});
  CHECK(warnings(v3).empty());
}

TEST_CASE("a valid file whose measurements alone take more than 1 GB is warned at its horizon, with the size", "[loader][warning]") {
  // 200 hospitals (the limit) for 366 days keep 2 GB of 15-minute measurements; 69 for a year, or 200 for six
  // weeks, stay below the warning.
  const auto region = [](int hospitals, const std::string& horizon) {
    std::string list;
    for (int i = 0; i < hospitals; ++i)
      list += std::string(i ? ", " : "") + R"({"id": "h)" + std::to_string(i) + R"(", "name": "H", "functions": [{"id": "lab", "name": "Lab", "roles": ["lab_results"], "depends_on": [{"component": "cloud"}]}]})";
    std::string text = with(kValid, R"("horizon": "7d")", R"("horizon": ")" + horizon + R"(")");
    const std::size_t from = text.find(R"("hospitals": [)"), to = text.find(R"("injects")");
    return text.substr(0, from) + R"("hospitals": [)" + list + "],\n  " + text.substr(to);
  };
  const ScenarioLoad big = load_scenario_text(region(200, "366d"), "s.json");
  REQUIRE(big.ok());
  REQUIRE(big.warnings.size() == 1);
  const json::Diagnostic& w = big.warnings.items()[0];
  CHECK(w.path == "horizon");
  CHECK(w.message == "warning: keeps about 2016 MB of measurements (200 hospitals for 366d): a run needs about twice that "
                     "in memory, a batch that much for each job");
  CHECK(load_scenario_text(region(69, "366d"), "s.json").warnings.empty());
  CHECK(load_scenario_text(region(200, "42d"), "s.json").warnings.empty());
}

TEST_CASE("staffing below one on a shift is valid but warned: the engine keeps one on duty", "[loader][warning]") {
  const std::string thin = with(kValid, R"("id": "h1", "name": "H1",)",
                                R"("id": "h1", "name": "H1", "emergency": {"triage_nurses": {"day": 2, "evening": 2, "night": 0}},
    "radiology": {"rooms": {"day": 0.5, "evening": 1, "night": 1}}, "lab": {"capacity_per_hour": {"day": 0, "evening": 90, "night": 60}},)");
  const ScenarioLoad load = load_scenario_text(thin, "s.json");
  REQUIRE(load.ok());
  CHECK(test::formatted(load.warnings) ==
        Lines{"s.json:9:96: hospitals[0].emergency.triage_nurses.night: warning: below 1: the engine keeps one triage nurse on duty on this shift",
              "s.json:10:36: hospitals[0].radiology.rooms.day: warning: below 1: the engine keeps one room working on this shift",
              "s.json:10:106: hospitals[0].lab.capacity_per_hour.day: warning: too low for one analysis place: the engine keeps one "
              "place working on this shift"});
  CHECK(load_scenario_text(kValid, "s.json").warnings.empty());  // the defaults staff every shift
}

TEST_CASE("loader: the hospital's reactions in a version-2 file name the version they need", "[loader][format]") {
  const std::string v2 = with(kValid, R"("format_version": 1)", R"("format_version": 2)");
  CHECK(problems(with(v2, R"("id": "h1", "name": "H1",)", R"("id": "h1", "name": "H1", "crowding": {},)")) ==
        Lines{"s.json:9:43: hospitals[0].crowding: new in scenario format version 3: write \"format_version\": 3 "
              "(a version-2 file plays without the hospital's reactions)"});
  const ScenarioLoad plain = load_scenario_text(v2, "s.json");
  REQUIRE(plain.ok());
  CHECK(plain.scenario->hospitals[0].demand.walk_ins_stay_away == 0);
  CHECK(plain.scenario->hospitals[0].crowding.time_per_overload == 0);
  const ScenarioLoad v3 = load_scenario_text(with(kValid, R"("format_version": 1)", R"("format_version": 3)"), "s.json");
  REQUIRE(v3.ok());
  CHECK(v3.scenario->hospitals[0].demand.walk_ins_stay_away == DemandParams{}.walk_ins_stay_away);
}

TEST_CASE("loader: a version-2 file naming a metric of version 3 is told which version it needs", "[loader][format]") {
  const std::string v2 = with(kValid, R"("format_version": 1)", R"("format_version": 2)");
  const Lines got = problems(with(v2, R"("trigger": {"at": "1h"})", R"("trigger": {"metric": "tests_refused", "above": 10})"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("injects[0].trigger.metric: 'tests_refused' is new in scenario format version 3") != std::string::npos);
}

// Plan files: timed commands checked against the scenario they answer.

#include <catch2/catch.hpp>

#include "scenario/plan.h"
#include "scenario/scenario_load.h"
#include "problems.h"

using namespace epd;

namespace {

const Scenario& flagship() {
  static const ScenarioLoad load = load_scenario_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json");
  REQUIRE(load.ok());
  return *load.scenario;
}

std::vector<std::string> problems(const std::string& commands, const std::string& scenario = "vendor-cloud-ransomware") {
  const std::string text = "{\"format_version\": 1, \"scenario\": \"" + scenario + "\",\n \"commands\": [\n" + commands + "\n]}";
  return test::formatted(load_plan_text(text, "p.json", flagship()).problems);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the shipped reference plan is valid for the flagship", "[plan]") {
  const PlanLoad plan = load_plan_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.plan.json", flagship());
  INFO(plan.problems.format_all());
  REQUIRE(plan.ok());
  CHECK(plan.plan->commands.size() > 20);
  CHECK(plan.plan->commands[0].command.by == "Crisis team chair");
}

TEST_CASE("a plan's title in two languages is shown in the language of the moment, and version 1 refuses it", "[plan]") {
  const std::string two = R"({"format_version": 2, "scenario": "vendor-cloud-ransomware",
    "title": {"nl": "Referentierespons", "en": "Reference response"}, "commands": []})";
  const PlanLoad load = load_plan_text(two, "p.plan.json", flagship());
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  CHECK(load.plan->title == "Reference response");
  const Lang was = language();
  set_language(Lang::nl);
  CHECK(load.plan->local(load.plan->title) == "Referentierespons");
  set_language(was);
  std::string one = two;
  one.replace(one.find("\"format_version\": 2"), 19, "\"format_version\": 1");
  const PlanLoad refused = load_plan_text(one, "p.plan.json", flagship());
  CHECK(refused.problems.format_all() ==
        "p.plan.json:2:14: title: texts in two languages ({\"nl\": ..., \"en\": ...}) are new in plan format version 2; "
        "this file is version 1\n");
  // A plan of version 1 with a title in one language loads as it always did.
  CHECK(problems("").empty());
}

TEST_CASE("a plan command reads its time, decision, parameters, who and why", "[plan]") {
  const std::string text = R"({"format_version": 1, "scenario": "vendor-cloud-ransomware", "commands": [
    {"at": "1h30m", "decide": "divert_ambulances", "params": {"hours": 6}, "by": "Medical manager", "why": "ED full"},
    {"at": "2h", "hold_inject": "press_inquiry"}]})";
  const PlanLoad load = load_plan_text(text, "p.json", flagship());
  REQUIRE(load.ok());
  const auto& c = load.plan->commands;
  REQUIRE(c.size() == 2);
  CHECK(c[0].at == 90);
  CHECK(c[0].command.action == "divert_ambulances");
  CHECK(c[0].command.params.at("hours") == 6);
  CHECK(c[0].command.rationale == "ED full");
  CHECK(c[1].command.type == Command::Type::hold_inject);
  CHECK(c[1].command.inject == "press_inquiry");
}

TEST_CASE("a command's why may be given in two languages from plan version 2", "[plan][text]") {
  const std::string two = R"({"format_version": 2, "scenario": "vendor-cloud-ransomware", "commands": [
    {"at": "1h30m", "decide": "divert_ambulances", "params": {"hours": 6}, "why": {"en": "ED full", "nl": "SEH vol"}}]})";
  const PlanLoad load = load_plan_text(two, "p.plan.json", flagship());
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  const std::string& why = load.plan->commands[0].command.rationale;
  CHECK(why == "ED full");  // the engine's, and the save's key
  const Lang was = language();
  set_language(Lang::nl);
  CHECK(load.plan->local(why) == "SEH vol");
  set_language(was);
  std::string one = two;
  one.replace(one.find("\"format_version\": 2"), 19, "\"format_version\": 1");
  CHECK(load_plan_text(one, "p.plan.json", flagship()).problems.format_all() ==
        "p.plan.json:2:83: commands[0].why: texts in two languages ({\"nl\": ..., \"en\": ...}) are new in plan format "
        "version 2; this file is version 1\n");
}

TEST_CASE("plan: an unknown decision suggests the one meant", "[plan]") {
  CHECK(problems(R"({"at": "1h", "decide": "divert_ambulance"})") ==
        Lines{"p.json:3:24: commands[0].decide: unknown decision 'divert_ambulance'; did you mean 'divert_ambulances'?"});
}

TEST_CASE("plan: thousands of wrong references are all named, the first fifty with a did-you-mean", "[plan][limits]") {
  // A did-you-mean compares with every id; a hostile plan must not make that n x m.
  std::string commands;
  for (int i = 0; i < 300; ++i) commands += std::string(i ? ",\n" : "") + R"({"at": "1h", "decide": "divert_ambulance"})";
  const std::vector<std::string> found = problems(commands);
  REQUIRE(found.size() == 300);
  CHECK(found[0] == "p.json:3:24: commands[0].decide: unknown decision 'divert_ambulance'; did you mean 'divert_ambulances'?");
  CHECK(found[49].find("did you mean 'divert_ambulances'") != std::string::npos);
  CHECK(found[50] == "p.json:53:24: commands[50].decide: unknown decision 'divert_ambulance'");
  CHECK(found[299] == "p.json:302:24: commands[299].decide: unknown decision 'divert_ambulance'");
}

TEST_CASE("plan: commands out of time order", "[plan]") {
  CHECK(problems("{\"at\": \"2h\", \"decide\": \"press_statement\"},\n{\"at\": \"1h\", \"decide\": \"inform_gps\"}") ==
        Lines{"p.json:4:8: commands[1].at: commands must be in time order (the one before is at 2h)"});
}

TEST_CASE("plan: a plan written for another scenario", "[plan]") {
  CHECK(problems(R"({"at": "1h", "decide": "press_statement"})", "other") ==
        Lines{"p.json:1:35: scenario: this plan is for 'other', not 'vendor-cloud-ransomware'"});
}

TEST_CASE("a plan with a stray field is a plan with an unknown field; a scenario given as a plan is named as one", "[plan]") {
  const std::string stray = R"({"format_version": 1, "scenario": "vendor-cloud-ransomware", "hospitals": [], "commands": []})";
  const PlanLoad odd = load_plan_text(stray, "p.json", flagship());
  REQUIRE(odd.problems.size() == 1);
  CHECK(odd.problems.items()[0].message.find("unknown field \"hospitals\"") != std::string::npos);
  const std::string scenario = R"({"format_version": 3, "id": "x", "hospitals": [], "components": []})";
  const PlanLoad wrong = load_plan_text(scenario, "s.json", flagship());
  REQUIRE(wrong.problems.size() == 1);
  CHECK(wrong.problems.items()[0].format() == "s.json:1:1: this is a scenario file, not a plan file");
}

TEST_CASE("plan: every problem at once, a field's own problem does not hide the others", "[plan]") {
  CHECK(problems("{\"at\": \"5x\", \"decide\": \"press_statement\"},\n"
                 "{\"at\": \"1h\", \"decide\": \"nope\"},\n"
                 "{\"at\": \"4h\", \"by\": 5, \"decide\": \"nope_either\"}") ==
        Lines{"p.json:3:8: commands[0].at: unknown duration unit; use d (days), h (hours) or m (minutes)",
              "p.json:4:24: commands[1].decide: unknown decision 'nope'; expected one of: activate_crisis_team, "
              "isolate_vendor_vpn, reconnect_vendor_vpn, activate_paper_downtime, activate_result_runners, "
              "activate_bca_viewer, divert_ambulances, cancel_electives, cancel_outpatient, call_in_ward_nurses, "
              "call_in_ed_physicians, call_in_runners, ...",
              "p.json:5:20: commands[2].by: expected a string, found an integer"});
  // An empty id where the plan names its scenario is still another scenario's plan.
  const PlanLoad empty = load_plan_text(R"({"format_version": 1, "scenario": "", "commands": []})", "p.json", flagship());
  REQUIRE(empty.problems.size() == 1);
  CHECK(empty.problems.items()[0].message == "this plan is for '', not 'vendor-cloud-ransomware'");
}

TEST_CASE("plan: what the engine will refuse or read otherwise than written is warned, and the plan still plays", "[plan]") {
  const std::string text = R"({"format_version": 1, "scenario": "vendor-cloud-ransomware", "commands": [
  {"at": "1h", "decide": "divert_ambulances", "params": {"hours": 500}},
  {"at": "2h", "decide": "call_in_ward_nurses", "params": {"count": 2.5}},
  {"at": "3h", "decide": "activate_paper_downtime", "hospitals": []},
  {"at": "4h", "decide": "activate_paper_downtime", "hospitals": ["noordwest", "noordwest"]},
  {"at": "5h", "decide": "restore_next", "target": "ghost"},
  {"at": "6h", "decide": "restore_next", "target": "lab_results"},
  {"at": "7h", "decide": "isolate_vendor_vpn", "target": "hospital_network"},
  {"at": "8h", "decide": "divert_ambulances", "target": "umc"}]})";
  const PlanLoad load = load_plan_text(text, "p.json", flagship());
  REQUIRE(load.ok());  // such plans always loaded and played
  CHECK(test::formatted(load.warnings) ==
        Lines{"p.json:2:67: commands[0].params.hours: warning: hours must be between 1 and 72 h (got 500): the engine will refuse this command",
              "p.json:3:69: commands[1].params.count: warning: count must be a whole number (got 2.5): the engine will refuse this command",
              "p.json:4:66: commands[2].hospitals: warning: an empty list names no hospital: the decision goes to the first "
              "hospital, as without the list",
              "p.json:5:80: commands[3].hospitals[1]: warning: 'noordwest' is named twice: the decision is taken once for it",
              "p.json:6:52: commands[4].target: warning: no hospital has a function 'ghost': the engine will refuse this command",
              "p.json:8:58: commands[6].target: warning: this decision always acts on 'vendor_vpn': 'hospital_network' is ignored",
              "p.json:9:57: commands[7].target: warning: this decision takes no target: 'umc' is ignored"});
  // One command a host submits (the C API) is the engine's to refuse: no warnings.
  CHECK(load_plan_text(text, "p.json", flagship(), false).warnings.empty());
}

TEST_CASE("plan: an ad-hoc inject's effect on a component or hospital the scenario lacks is warned", "[plan]") {
  // Found by a hostile-input audit: validate passed both, and a hospital id
  // mistyped in a component's effect changes that component at every hospital.
  const std::string text = R"({"format_version": 1, "scenario": "vendor-cloud-ransomware", "commands": [
  {"at": "1h", "adhoc_inject": {"title": "T", "text": "X", "effects": [{"component": "nope", "state": "down"},
    {"component": "vendor_vpn", "state": "down", "hospital": "ghost"}, {"paper_kit_hours": 8, "hospital": "ghost"}]}}]})";
  const PlanLoad load = load_plan_text(text, "p.json", flagship());
  REQUIRE(load.ok());
  CHECK(test::formatted(load.warnings) ==
        Lines{"p.json:2:86: commands[0].adhoc_inject.effects[0].component: warning: the scenario has no component 'nope': the engine will refuse this command",
              "p.json:3:62: commands[0].adhoc_inject.effects[1].hospital: warning: the scenario has no hospital 'ghost': the component changes at every hospital",
              "p.json:3:107: commands[0].adhoc_inject.effects[2].hospital: warning: the scenario has no hospital 'ghost': the effect changes nothing"});
}

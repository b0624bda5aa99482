// Every problem a hostile file gets is said in Dutch: the loaders write
// English, and engine_message must know each of their messages. A message
// it does not know comes back unchanged, which is what these tests catch.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "scenario/plan.h"
#include "scenario/scenario_bundle.h"
#include "scenario/scenario_load.h"
#include "save/save_file.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd {
namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(EPD_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `text` with every `from` replaced by `to` (at least one must be there).
std::string with(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  for (; at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

// Each message of `problems` must come back changed in Dutch; returns how many there were.
std::size_t check_said_in_dutch(const json::Diagnostics& problems, const Scenario* scenario = nullptr) {
  set_language(Lang::nl);
  for (const json::Diagnostic& d : problems.items()) {
    INFO(d.format());
    CHECK(engine_message(d.message, scenario) != d.message);
  }
  set_language(Lang::en);
  return problems.items().size();
}

const std::string kScenario = "scenarios/vendor-cloud-ransomware.json";

}  // namespace

TEST_CASE("every syntax problem of a JSON file is said in Dutch", "[text][problems]") {
  const std::string valid = read(kScenario);
  const std::vector<std::string> hostile = {
      "",
      valid.substr(0, valid.size() / 2),
      valid + "x",
      with(valid, "\"id\": \"vendor-cloud-ransomware\",", "\"id\": \"vendor-cloud-ransomware\",,"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": 42d"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\" \"42d\""),
      with(valid, "\"horizon\": \"42d\"", "horizon: \"42d\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\\q\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\\u12\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\\ud800x\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42\td\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42\xff\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": 1."),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": 1e"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": 1e999"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": tru"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\", \"horizon\": \"41d\""),
      std::string(300, '[') + std::string(300, ']'),
      std::string("{\"id\": \"a\0b\"}", 13),
  };
  std::size_t seen = 0;
  for (const std::string& text : hostile) {
    const ScenarioLoad load = load_scenario_text(text, "hostile.json");
    CHECK_FALSE(load.ok());
    seen += check_said_in_dutch(load.problems);
  }
  CHECK(seen >= hostile.size());
}

TEST_CASE("every problem the scenario loader and validator find is said in Dutch", "[text][problems]") {
  const std::string valid = read(kScenario);
  const std::vector<std::string> hostile = {
      with(valid, "\"horizon\": \"42d\"", "\"horizn\": \"42d\""),
      with(valid, "\"wards\": {", "\"wards\": {\"discharge_from\": \"10:00\", \"discharge_until\": \"09:00\", \"rounds\": [], "),
      with(valid, "\"wards\": {", "\"surgery\": {\"first_case\": \"15:00\", \"last_case\": \"08:00\"}, \"wards\": {"),
      with(valid, "\"min\": 1, \"max\": 72, \"default\": 12", "\"min\": 1, \"max\": 1e9, \"default\": 12"),
      with(valid, "\"min\": 1, \"max\": 14, \"default\": 3", "\"min\": 1, \"max\": 400, \"default\": 3"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42 days\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\", \"colour\": 1"),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\", \"restore_teams\": 2"),
      with(valid, "\"start\": \"2026-04-07T07:00\"", "\"start\": \"2026-04-37T07:00\""),
      with(valid, "\"start\": \"2026-04-07T07:00\"", "\"start\": \"7 April\""),
      with(valid, "\"format_version\": 9", "\"format_version\": 3"),
      with(valid, "\"format_version\": 9", "\"format_version\": 99"),
      with(with(valid, "\"format_version\": 9", "\"format_version\": 6"), "\"metric\": \"medication_errors\"",
           "\"metric\": \"medication_doses_omitted\""),
      with(valid, "\"horizon\": \"42d\"", "\"horizon\": \"42d\", \"region\": {\"spread\": \"9h\"}"),
      with(with(valid, "\"format_version\": 9", "\"format_version\": 5"), "\"horizon\": \"42d\"",
           "\"horizon\": \"42d\", \"region\": {\"icu_transfer_arranging\": \"4h\"}"),
      with(valid, "{\"component\": \"vendor_vpn\"}", "{\"component\": \"vendor_vnp\"}"),
      with(valid, "{\"component\": \"vendor_vpn\"}", "{\"component\": \"nothing_like_it_at_all\"}"),
      with(valid, "\"title\": {\"nl\": \"Ransomware in de cloud van de EPD-leverancier\", ",
           "\"title\": {\"de\": \"x\", \"nl\": \"\", "),
      with(valid, "\"title\": {\"nl\": \"Ransomware in de cloud van de EPD-leverancier\", \"en\": \"Ransomware in the EPD vendor's cloud\"}",
           "\"title\": {}"),
      with(valid, "\"title\": {\"nl\": \"Ransomware in de cloud van de EPD-leverancier\", \"en\": \"Ransomware in the EPD vendor's cloud\"}",
           "\"title\": 7"),
      with(valid, "\"id\": \"vendor-cloud-ransomware\"", "\"id\": \"\""),
      with(valid, "\"hospitals\": [", "\"hospitals\": [], \"x\": ["),
      with(valid, "\"supports\": [\"injects[0].trigger.at\"", "\"supports\": [\"injects[0].trigger.when\""),
  };
  for (const std::string& text : hostile) {
    const ScenarioLoad load = load_scenario_text(text, "hostile.json");
    CHECK_FALSE(load.ok());
    CHECK(check_said_in_dutch(load.problems) > 0);
  }
}

TEST_CASE("every problem of a plan is said in Dutch", "[text][problems]") {
  const ScenarioLoad scenario = load_scenario_text(read(kScenario), kScenario);
  REQUIRE(scenario.ok());
  const std::string valid = read("scenarios/vendor-cloud-ransomware.plan.json");
  const std::vector<std::string> hostile = {
      with(valid, "\"scenario\": \"vendor-cloud-ransomware\"", "\"scenario\": \"another\""),
      with(valid, "\"format_version\": 2", "\"format_version\": 3"),
      with(valid, "\"format_version\": 2", "\"format_version\": 1"),  // a title in two languages in version 1
      with(valid, "{\"at\": \"15m\"", "{\"at\": \"1m\""),
      with(valid, "{\"at\": \"15m\"", "{\"at\": \"99d\""),
      with(valid, "{\"at\": \"15m\", \"decide\": \"activate_paper_downtime\"",
           "{\"at\": \"15m\", \"decide\": \"activate_paper_dowtime\""),
      with(valid, "{\"at\": \"15m\", \"decide\": \"activate_paper_downtime\"",
           "{\"at\": \"15m\", \"decide\": \"activate_paper_downtime\", \"params\": {\"speed\": 2}"),
      with(valid, "{\"at\": \"15m\", \"decide\": \"activate_paper_downtime\"",
           "{\"at\": \"15m\", \"decide\": \"activate_paper_downtime\", \"hospital\": \"h1\", \"hospitals\": [\"h1\"]"),
      read(kScenario),
  };
  for (const std::string& text : hostile) {
    const PlanLoad load = load_plan_text(text, "hostile.plan.json", *scenario.scenario);
    CHECK_FALSE(load.ok());
    CHECK(check_said_in_dutch(load.problems, scenario.scenario.get()) > 0);
  }
}

TEST_CASE("every problem of a save is said in Dutch", "[text][problems]") {
  const std::string valid = read("saves/example-reference-plan.save.json");
  const std::vector<std::string> hostile = {
      valid.substr(0, valid.size() - 10),
      "[1, 2]",
      "{}",
      with(valid, "\"format\": \"EPD Drill save\"", "\"format\": \"something else\""),
      with(valid, "\"format_version\": 3,", "\"format_version\": 9,"),
      with(valid, "\"format_version\": 3,", "\"format_version\": 0,"),
      with(valid, "\"checksum\": \"sha256:", "\"checksum\": \"md5:"),
      with(valid, "Reference response of a well-prepared crisis team", "Reference response of a well-prepared crisis tea"),
      read(kScenario),
      read("scenarios/vendor-cloud-ransomware.plan.json"),
  };
  for (const std::string& text : hostile) {
    const SaveLoad load = load_save_text(text, "hostile.save.json");
    CHECK_FALSE(load.ok());
    CHECK(check_said_in_dutch(load.problems) > 0);
  }
}

TEST_CASE("every problem of a scenario bundle is said in Dutch", "[text][problems]") {
  const std::string valid = bundle_text(*pack_bundle(std::string(EPD_SOURCE_DIR) + "/" + kScenario).bundle);
  const std::vector<std::string> hostile = {
      with(valid, "\"epd_drill_bundle\": 1", "\"epd_drill_bundle\": 2"),
      with(valid, "\"file\": \"vendor-cloud-ransomware.json\"", "\"file\": \"../x.json\""),
      with(valid, "\"file\": \"vendor-cloud-ransomware.plan.json\"", "\"file\": \"a/b.txt\""),
      with(valid, "\"file\": \"vendor-cloud-ransomware.plan.json\"", "\"file\": \"other.plan.json\""),
      with(valid, "\"plans\": [", "\"plans\": [{\"file\": \"vendor-cloud-ransomware.plan.json\", \"text\": \"{}\"}, "),
      "[1, 2]",
      read(kScenario),
  };
  for (const std::string& text : hostile) {
    const BundleLoad load = read_bundle_text(text, "hostile.bundle.json");
    CHECK_FALSE(load.ok());
    CHECK(check_said_in_dutch(load.problems) > 0);
  }
}

TEST_CASE("the command line's own errors and durations are said in Dutch", "[text][problems]") {
  set_language(Lang::nl);
  for (const char* english :
       {"SCENARIO is required", "A subcommand is required", "The following argument was not expected: --bogus",
        "The following arguments were not expected: a b", "--seed: 1 required SEED missing",
        "--format: pdf not in {md,html,csv}", "Could not convert: --jobs = x",
        "duration is too long", "unknown duration unit; use d (days), h (hours) or m (minutes)"}) {
    INFO(english);
    CHECK(engine_message(english) != english);
  }
  CHECK(engine_message("--format: pdf not in {md,html,csv}") == "--format: pdf staat niet in {md,html,csv}");
  set_language(Lang::en);
}

TEST_CASE("a word where a value belongs is said in Dutch whole, not the general form with English left in", "[text][problems]") {
  set_language(Lang::nl);
  const std::string dutch = engine_message("expected a value, found 'NaN' (text needs double quotes)");
  set_language(Lang::en);
  CHECK(dutch == "verwachtte een waarde, vond 'NaN' (tekst hoort tussen dubbele aanhalingstekens)");
}

}  // namespace epd

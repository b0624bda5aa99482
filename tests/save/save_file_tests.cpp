// The save file: what it holds survives a write and a read unchanged, and
// every kind of bad file is refused with a message naming the problem,
// leaving the file as it was.

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/sha256.h"
#include "io/text_file.h"
#include "save/save_file.h"
#include "flagship_fixture.h"

using namespace epd;
using epd::test::flagship_save;
using epd::test::TempDir;

namespace {

const std::string& good_text() {
  static const std::string text = save_text(flagship_save(2 * kDay));
  return text;
}

// The one message of a refused save.
std::string refusal(const std::string& text) {
  const SaveLoad load = load_save_text(text, "drill.save.json");
  REQUIRE_FALSE(load.ok());
  return load.problems.format_all();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// A save whose content was changed and then given a fresh, valid checksum:
// what a program (not a person with an editor) would write.
std::string resealed(Save save) { return save_text(save); }

// Text edited by hand, given the checksum it now needs: what a save writer
// of another version would have written.
std::string resealed_text(std::string text) {
  const std::string marker = "\"checksum\": \"sha256:";
  const std::size_t digits = text.find(marker) + marker.size();
  text.replace(digits, 64, std::string(64, '0'));
  text.replace(digits, 64, sha256_hex(text));
  return text;
}

}  // namespace

TEST_CASE("a save read back holds what was written, and its checksum covers the whole file", "[save]") {
  const Save original = flagship_save(2 * kDay);
  const SaveLoad load = load_save_text(save_text(original), "drill.save.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  const Save& s = *load.save;
  CHECK(s.title == original.title);
  CHECK(s.seed == 7);
  CHECK(s.until == 2 * kDay);
  CHECK(s.state == original.state);
  CHECK(s.scenario_text == original.scenario_text);
  REQUIRE(s.commands.size() == original.commands.size());
  REQUIRE(s.commands.size() > 10);
  for (std::size_t i = 0; i < s.commands.size(); ++i) {
    CHECK(s.commands[i].planned.at == original.commands[i].planned.at);
    CHECK(s.commands[i].planned.command.action == original.commands[i].planned.command.action);
    CHECK(s.commands[i].planned.command.params == original.commands[i].planned.command.params);
    CHECK(s.commands[i].planned.command.by == original.commands[i].planned.command.by);
    CHECK(s.commands[i].state == original.commands[i].state);
  }
  REQUIRE(s.ratings.size() == 1);
  CHECK(s.ratings[0].rating == Rating::S);
  CHECK(s.ratings[0].improvements == "Slow start");
  CHECK(s.improvement_plan.at(0).owner == "CISO");
  // The HSEEP columns of the improvement plan (save format 2).
  CHECK(s.improvement_plan.at(0).capability == "cybersecurity");
  CHECK(s.improvement_plan.at(0).element == "planning");
  CHECK(s.improvement_plan.at(0).organisation == "IT department");
  CHECK(s.improvement_plan.at(0).start == "2026-12-15");
  CHECK(s.notes.at(0).text == "Team hesitated over the VPN");
  CHECK(s.outcome.metrics == original.outcome.metrics);
  CHECK(load.scenario->id == "vendor-cloud-ransomware");
  // Written again, the same bytes: nothing is lost or reordered on the way.
  CHECK(save_text(s) == save_text(original));
}

TEST_CASE("the embedded scenario's hash is the sha256sum of the scenario file", "[save]") {
  const std::string& file_bytes = epd::test::flagship().text;
  CHECK(flagship_save(kHour).scenario_sha256 == sha256_hex(file_bytes));
}

TEST_CASE("a truncated save is refused as truncated", "[save]") {
  const std::string& text = good_text();
  // Cut anywhere: in a number, between members, inside the embedded
  // scenario's text right after a brace.
  const std::size_t after_brace = text.rfind("}", text.rfind("\"scenario_text\"") + 2000) + 1;
  for (std::size_t keep : {std::size_t{0}, std::size_t{1}, text.size() / 3, after_brace, text.size() - 3}) {
    INFO("kept " << keep << " bytes");
    CHECK_THAT(refusal(text.substr(0, keep)), Catch::Contains("truncated"));
  }
}

TEST_CASE("a damaged save (bytes that are not JSON) is refused as damaged", "[save]") {
  std::string text = good_text();
  text[text.size() / 2] = '\x01';
  CHECK_THAT(refusal(text), Catch::Contains("damaged"));
}

TEST_CASE("a save edited after it was written fails its checksum", "[save]") {
  // Valid JSON, one fact changed: who took the first decision.
  const std::string edited = replaced(good_text(), "\"by\": \"Crisis team chair\"", "\"by\": \"Somebody else\"");
  const std::string message = refusal(edited);
  CHECK_THAT(message, Catch::Contains("checksum"));
  CHECK_THAT(message, Catch::Contains("changed or damaged after it was saved"));
  CHECK_THAT(message, Catch::StartsWith("drill.save.json:4:"));
  // Even a change of white space counts: the checksum covers every byte.
  CHECK_THAT(refusal(replaced(good_text(), "\"seed\": 7", "\"seed\":  7")), Catch::Contains("checksum"));
}

TEST_CASE("a save's title in two languages is written as format 3 and shown in the language of the moment", "[save]") {
  Save original = flagship_save(2 * kDay);
  original.set_title(Said{"Drill of 24 November, crisis team Noordwest", "Oefening van 24 november, crisisteam Noordwest"});
  const std::string text = save_text(original);
  CHECK_THAT(text, Catch::Contains("\"format_version\": 3"));
  const SaveLoad load = load_save_text(text, "drill.save.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  CHECK(load.save->title == "Drill of 24 November, crisis team Noordwest");
  const Lang was = language();
  set_language(Lang::nl);
  CHECK(load.save->local_title() == "Oefening van 24 november, crisisteam Noordwest");
  set_language(Lang::en);
  CHECK(load.save->local_title() == "Drill of 24 November, crisis team Noordwest");
  set_language(was);
  CHECK(save_text(*load.save) == text);
  // A title in one language keeps the file at format 2, which older programs read.
  CHECK_THAT(good_text(), Catch::Contains("\"format_version\": 2"));
}

TEST_CASE("a command's why in two languages goes from the plan into the save and back, as format 3", "[save][text]") {
  Save original = flagship_save(2 * kDay);
  CHECK_THAT(save_text(original), Catch::Contains("\"format_version\": 2"));  // the plan's Dutch not given: one language
  original.dutch = epd::test::flagship().plan.dutch;  // as run --save does
  const std::string text = save_text(original);
  CHECK_THAT(text, Catch::Contains("\"format_version\": 3"));
  CHECK_THAT(text, Catch::Contains("\"en\": \"Downtime policy: switch to paper at once when the EPD is down hospital-wide.\""));
  const SaveLoad load = load_save_text(text, "drill.save.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  const std::string& why = load.save->commands[1].planned.command.rationale;
  CHECK(why == "Downtime policy: switch to paper at once when the EPD is down hospital-wide.");
  const Lang was = language();
  set_language(Lang::nl);
  CHECK(load.save->local(why) == "Uitvalbeleid: meteen over op papier als het EPD in het hele ziekenhuis uit is.");
  set_language(was);
  CHECK(save_text(*load.save) == text);
  const std::string message = refusal(resealed_text(replaced(text, "\"format_version\": 3", "\"format_version\": 2")));
  CHECK_THAT(message, Catch::Contains("commands[0].why: texts in two languages"));
  CHECK_THAT(message, Catch::Contains("new in save format version 3; this file is version 2"));
}

TEST_CASE("a version-2 save with a title in two languages is refused, naming version 3", "[save]") {
  Save save = flagship_save(2 * kDay);
  save.set_title(Said{"Drill", "Oefening"});
  const std::string message = refusal(resealed_text(replaced(save_text(save), "\"format_version\": 3", "\"format_version\": 2")));
  CHECK_THAT(message, Catch::Contains("title: texts in two languages"));
  CHECK_THAT(message, Catch::Contains("new in save format version 3; this file is version 2"));
}

TEST_CASE("a save of a newer format is refused, saying which version it is", "[save]") {
  const std::string newer = replaced(good_text(), "\"format_version\": 2", "\"format_version\": 4");
  const std::string message = refusal(newer);
  CHECK_THAT(message, Catch::Contains("newer EPD Drill (save format 4)"));
  CHECK_THAT(message, Catch::StartsWith("drill.save.json:3:21: format_version:"));
}

TEST_CASE("another JSON file is not taken for a save", "[save]") {
  CHECK_THAT(refusal(epd::test::flagship().text), Catch::Contains("this is a scenario file, not a save file"));
  CHECK_THAT(refusal("[1, 2]"), Catch::Contains("not an EPD Drill save"));
}

TEST_CASE("a save whose embedded scenario does not match its hash is refused", "[save]") {
  Save save = flagship_save(kDay);
  save.scenario_text = replaced(save.scenario_text, "\"horizon\": \"42d\"", "\"horizon\": \"43d\"");
  CHECK_THAT(refusal(resealed(save)), Catch::Contains("scenario.sha256: the embedded scenario does not match its hash"));
}

TEST_CASE("a save naming another scenario than the one it embeds is refused", "[save]") {
  Save save = flagship_save(kDay);
  save.scenario_id = "lab-partner-attack";
  CHECK_THAT(refusal(resealed(save)), Catch::Contains("scenario.id: the save names scenario 'lab-partner-attack'"));
}

TEST_CASE("a save's commands and ratings are checked against its scenario, every problem at once", "[save]") {
  Save save = flagship_save(kDay);
  save.commands.at(0).planned.command.action = "activate_crisis_teem";
  save.commands.at(1).planned.command.params["hourz"] = 3;
  save.ratings.at(0).objective = "contain_quikly";
  const std::string message = refusal(resealed(save));
  CHECK_THAT(message, Catch::Contains("commands[0].decide: unknown decision 'activate_crisis_teem'; did you mean 'activate_crisis_team'?"));
  CHECK_THAT(message, Catch::Contains("commands[1].params.hourz"));
  CHECK_THAT(message, Catch::Contains("evaluation.ratings[0].objective: unknown objective 'contain_quikly'; did you mean 'contain_quickly'?"));
}

TEST_CASE("an improvement plan row names a known core capability and capability element", "[save]") {
  Save save = flagship_save(kDay);
  save.improvement_plan.at(0).capability = "cyber";
  save.improvement_plan.at(0).element = "money";
  const std::string message = refusal(resealed(save));
  CHECK_THAT(message, Catch::Contains("evaluation.improvement_plan[0].capability: not a core capability of HSEEP: 'cyber'"));
  CHECK_THAT(message, Catch::Contains("evaluation.improvement_plan[0].element: a capability element is planning, organization, equipment, training or exercises"));
}

TEST_CASE("a refused save file is left exactly as it was", "[save]") {
  TempDir dir;
  const std::string path = dir.file("drill.save.json");
  const std::string truncated = good_text().substr(0, 500);
  std::string error;
  REQUIRE(write_file_atomic(path, truncated, &error));
  CHECK_FALSE(load_save_file(path).ok());
  CHECK(read_text_file(path, &error) == truncated);
}

TEST_CASE("a missing save file is reported, not a crash", "[save]") {
  const SaveLoad load = load_save_file("/nonexistent/drill.save.json");
  CHECK_FALSE(load.ok());
  CHECK_THAT(load.problems.format_all(), Catch::Contains("/nonexistent/drill.save.json:1:1: cannot read the file"));
}

TEST_CASE("writing a save replaces the previous one whole and leaves no temporary file", "[save]") {
  TempDir dir;
  const std::string path = dir.file("drill.save.json");
  std::string error;
  REQUIRE(write_save_file(path, flagship_save(kHour), &error));
  REQUIRE(write_save_file(path, flagship_save(2 * kHour), &error));
  const SaveLoad load = load_save_file(path);
  REQUIRE(load.ok());
  CHECK(load.save->until == 2 * kHour);
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("a temporary left by a killed save is removed by the next write, a young one or another file's never", "[save]") {
  TempDir dir;
  const std::string path = dir.file("drill.save.json");
  const auto make = [&](const std::string& name, std::chrono::minutes age) {
    std::ofstream(dir.file(name)) << "half a save";
    std::filesystem::last_write_time(dir.file(name), std::filesystem::file_time_type::clock::now() - age);
  };
  make("drill.save.json.tmp-a1B2c3", std::chrono::minutes(30));  // killed half an hour ago
  make("drill.save.json.tmp-z9Y8x7", std::chrono::minutes(0));   // another program writing right now
  make("other.save.json.tmp-q1w2e3", std::chrono::minutes(30));  // another file's: the console's start sweeps those
  make("drill.save.json.tmp-notes.txt", std::chrono::minutes(30));  // not a temporary at all
  std::string error;
  REQUIRE(write_save_file(path, flagship_save(kHour), &error));
  CHECK_FALSE(std::filesystem::exists(dir.file("drill.save.json.tmp-a1B2c3")));
  CHECK(std::filesystem::exists(dir.file("drill.save.json.tmp-z9Y8x7")));
  CHECK(std::filesystem::exists(dir.file("other.save.json.tmp-q1w2e3")));
  CHECK(std::filesystem::exists(dir.file("drill.save.json.tmp-notes.txt")));
  CHECK(remove_stale_temporaries(dir.path) == 1);  // the folder swept: other's, not the young one
  CHECK_FALSE(std::filesystem::exists(dir.file("other.save.json.tmp-q1w2e3")));
  CHECK(std::filesystem::exists(dir.file("drill.save.json.tmp-z9Y8x7")));
}

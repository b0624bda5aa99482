// Reviewing a save in the console: the state at any moment is the state the
// exercise had then, ratings go back into the save, comparisons only between
// runs of the same scenario, and the saves folder listed newest first.

#include <catch2/catch.hpp>

#include <filesystem>

#include "core/sha256.h"
#include "metrics/registry.h"
#include "io/text_file.h"
#include <algorithm>

#include "console.h"
#include "drill_session.h"
#include "review_session.h"
#include "save/save_file.h"
#include "save_library.h"
#include "flagship_fixture.h"

using namespace epd;
using namespace epd::gui;
using epd::test::flagship;
using epd::test::flagship_save;
using epd::test::TempDir;

namespace {

std::uint64_t fresh_state_at(const Save& save, SimTime t) {
  return replay_save(save, flagship().scenario, t).exercise.fingerprint();
}

ReviewSession review_of(const Save& save, const std::string& path) {
  std::string error;
  REQUIRE(write_save_file(path, save, &error));
  return ReviewSession(save, flagship().scenario, path);
}

}  // namespace

TEST_CASE("review: scrubbing back and forth shows exactly the state the exercise had at that moment", "[review]") {
  TempDir dir;
  const Save save = flagship_save(4 * kDay);
  ReviewSession review = review_of(save, dir.file("drill.save.json"));
  CHECK(review.check().matches);
  CHECK(review.cursor() == 4 * kDay);
  for (SimTime t : {SimTime{2 * kHour + 15}, SimTime{3 * kDay}, SimTime{kHour}, SimTime{kHour}, SimTime{4 * kDay}, SimTime{0}}) {
    review.scrub_to(t);
    INFO("scrubbed to " << format_offset(t));
    CHECK(review.cursor() == t);
    CHECK(review.at_cursor().fingerprint() == fresh_state_at(save, t));
  }
}

TEST_CASE("review: ratings and the improvement plan are stored back into the save, which still replays", "[review]") {
  TempDir dir;
  const std::string path = dir.file("drill.save.json");
  ReviewSession review = review_of(flagship_save(kDay), path);
  ObjectiveRating& r = review.rating_for("downtime_in_time", "Quality officer");
  r.rating = Rating::M;
  r.comment = "Paper forms ran out on ward 4";
  review.rating_for("downtime_in_time", "Head of nursing").rating = Rating::S;  // a second evaluator, same objective
  review.rating_for("ed_safety", "Quality officer");  // opened, never filled in: not stored
  review.improvement_plan().push_back({"downtime_in_time", "Forms short", "Stock 72 h of forms", "Facility manager", "2027-02-01",
                                       "public_health_healthcare_and_ems", "equipment", "Facility services", "2027-01-10"});
  review.mark_changed();
  std::string error;
  REQUIRE(review.store(&error));
  CHECK_FALSE(review.changed());
  const SaveLoad reread = load_save_file(path);
  REQUIRE(reread.ok());
  REQUIRE(reread.save->ratings.size() == 3);  // contain_quickly from the test save, and the two new ones
  CHECK(reread.save->ratings[1].rating == Rating::M);
  CHECK(reread.save->ratings[1].by == "Quality officer");
  CHECK(reread.save->ratings[1].comment == "Paper forms ran out on ward 4");
  CHECK(reread.save->ratings[2].rating == Rating::S);
  CHECK(reread.save->ratings[2].by == "Head of nursing");
  CHECK(reread.save->improvement_plan.back().owner == "Facility manager");
  CHECK(replay_save(*reread.save, reread.scenario).check.matches);
}

TEST_CASE("review: a what-if comparison runs beside the original and can be saved as a save of its own", "[review]") {
  TempDir dir;
  const Save save = flagship_save(2 * kDay);
  ReviewSession review = review_of(save, dir.file("drill.save.json"));
  review.what_if({1, std::nullopt});  // no paper downtime procedures at all
  REQUIRE(review.comparison() != nullptr);
  CHECK(review.comparison_is_what_if());
  CHECK(review.comparison()->now() == save.until);
  CHECK(review.comparison()->metric("medication_errors") > review.full().metric("medication_errors"));
  std::string saved_as, error;
  REQUIRE(review.save_what_if(dir.path, &saved_as, &error));
  const SaveLoad branch = load_save_file(saved_as);
  REQUIRE(branch.ok());
  CHECK(branch.save->branch.change == "removed");
  CHECK(replay_save(*branch.save, branch.scenario).check.matches);
}

TEST_CASE("review: the what-if and what it changed are in the exported report, and in the difference table", "[review]") {
  TempDir dir;
  ReviewSession review = review_of(flagship_save(2 * kDay), dir.file("drill.save.json"));
  review.what_if({1, std::nullopt});  // no paper downtime procedures at all
  // What moved, largest relative change first, medication errors among them.
  const auto diffs = review.differences();
  REQUIRE_FALSE(diffs.empty());
  const auto errors = std::find_if(diffs.begin(), diffs.end(), [](const ReviewSession::Difference& d) {
    return metric_registry()[d.metric].id == "medication_errors";
  });
  REQUIRE(errors != diffs.end());
  CHECK(errors->other > errors->here);
  std::string written, error;
  REQUIRE(review.export_report("md", dir.path, &written, &error));
  const auto md = read_text_file(written, &error);
  REQUIRE(md.has_value());
  CHECK(md->find("Compared with: " + review.comparison_label()) != std::string::npos);
  CHECK(md->find("### Compared with other runs") != std::string::npos);
  CHECK(md->find("| " + review.comparison_label() + " | difference |") != std::string::npos);
}

TEST_CASE("review: another save of the same scenario can be compared, one of another version cannot", "[review]") {
  TempDir dir;
  ReviewSession review = review_of(flagship_save(kDay), dir.file("a.save.json"));
  std::string error;
  Save other = flagship_save(kDay);
  REQUIRE(write_save_file(dir.file("b.save.json"), other, &error));
  json::Diagnostics problems;
  CHECK(review.compare_with(dir.file("b.save.json"), problems));
  CHECK(review.comparison_label() == "b.save.json");

  // The same scenario id, another version of its text.
  Save edited = flagship_save(kDay);
  const auto at = edited.scenario_text.find("\"horizon\": \"42d\"");
  REQUIRE(at != std::string::npos);
  edited.scenario_text.replace(at, 16, "\"horizon\": \"41d\"");
  edited.scenario_sha256 = sha256_hex(edited.scenario_text);
  REQUIRE(write_save_file(dir.file("c.save.json"), edited, &error));
  problems = json::Diagnostics{};
  CHECK_FALSE(review.compare_with(dir.file("c.save.json"), problems));
  CHECK_THAT(problems.format_all(), Catch::Contains("not the same scenario"));
}

TEST_CASE("review: normal operation beside the save shows what the outage itself cost", "[review]") {
  TempDir dir;
  ReviewSession review = review_of(flagship_save(2 * kDay), dir.file("a.save.json"));
  review.compare_with_normal_operation();
  REQUIRE(review.comparison() != nullptr);
  CHECK_FALSE(review.comparison_is_what_if());  // nothing to save as a what-if
  CHECK(review.comparison_is_normal_operation());
  CHECK(review.comparison()->now() == review.full().now());
  CHECK(review.comparison()->seed() == review.full().seed());
  CHECK(review.comparison()->metric("functions_down") == 0);
  CHECK(review.comparison()->command_log().empty());
  // The outage's paper records are among what changed.
  const auto diffs = review.differences();
  CHECK(std::any_of(diffs.begin(), diffs.end(), [](const ReviewSession::Difference& d) {
    return metric_registry()[d.metric].id == std::string("paper_records") && d.here > 0 && d.other == 0;
  }));
  std::string saved_as, error;
  CHECK_FALSE(review.save_what_if(dir.path, &saved_as, &error));
  review.what_if(WhatIf{0, std::nullopt});
  CHECK_FALSE(review.comparison_is_normal_operation());
}

TEST_CASE("the saves folder lists newest first, interrupted drills marked, a bad file with its problem", "[review]") {
  TempDir dir;
  std::string error;
  Save older = flagship_save(kHour);
  older.saved = "2026-11-20T10:00:00";
  Save newer = flagship_save(2 * kHour);
  newer.saved = "2026-11-24T10:00:00";
  newer.finished = false;
  REQUIRE(write_save_file(dir.file("older.save.json"), older, &error));
  REQUIRE(write_save_file(dir.file("newer.autosave.json"), newer, &error));
  REQUIRE(write_file_atomic(dir.file("broken.save.json"), "{\"format\": \"EPD Drill save\"", &error));
  const std::vector<SaveEntry> saves = list_saves(dir.path);
  REQUIRE(saves.size() == 3);
  CHECK(saves[0].path == dir.file("newer.autosave.json"));
  CHECK_FALSE(saves[0].finished);
  CHECK(saves[0].until == 2 * kHour);
  CHECK(saves[1].path == dir.file("older.save.json"));
  CHECK(saves[2].path == dir.file("broken.save.json"));
  CHECK_THAT(saves[2].problem, Catch::Contains("truncated"));
}

TEST_CASE("a save made in the console is listed in the language the console is shown in", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession drill(f.scenario, f.text, "scenarios/vendor-cloud-ransomware.json", 3, dir.path);
  REQUIRE(drill.save_as(dir.file("team.save.json"), "team Noordwest"));
  const auto title_in = [&](Lang lang) {
    set_language(lang);
    for (const SaveEntry& e : list_saves(dir.path))
      if (e.path == dir.file("team.save.json")) return e.title;
    return std::string("(not listed)");
  };
  const Lang was = language();
  CHECK(title_in(Lang::nl) == "Ransomware in de cloud van de EPD-leverancier: team Noordwest");
  CHECK(title_in(Lang::en) == "Ransomware in the EPD vendor's cloud: team Noordwest");
  set_language(was);
}

TEST_CASE("a drill cut off without closing is resumed exactly where its last autosave ends", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  std::string autosave;
  std::uint64_t state_at_last_command = 0;
  {
    DrillSession drill(f.scenario, f.text, "scenarios/vendor-cloud-ransomware.json", 3, dir.path);
    autosave = drill.autosave_path();
    drill.auto_pause() = AutoPause::none();  // the clock runs to where the test says
    drill.set_speed(3600);
    drill.jump_by(30);
    drill.tick(0);
    Command crisis;
    crisis.action = "activate_crisis_team";
    crisis.by = "Chair";
    REQUIRE(drill.submit(crisis).accepted);
    drill.add_note("Chair arrived late");
    state_at_last_command = drill.exercise().fingerprint();
    drill.jump_by(kHour);  // the clock ran on, then the power went: nothing after the note was saved
    drill.tick(0);
  }
  const SaveLoad load = load_save_file(autosave);
  REQUIRE(load.ok());
  CHECK_FALSE(load.save->finished);
  CHECK(load.save->until == 30);
  Replay replayed = replay_save(*load.save, load.scenario);
  REQUIRE(replayed.check.matches);
  DrillSession resumed(*load.save, std::move(replayed.exercise), autosave, dir.path);
  CHECK(resumed.now() == 30);
  CHECK(resumed.exercise().fingerprint() == state_at_last_command);
  REQUIRE(resumed.notes().size() == 1);
  CHECK(resumed.notes()[0].text == "Chair arrived late");
  CHECK(resumed.autosave_path() == autosave);
}

TEST_CASE("a drill's autosave replays identically with commands at T0 and several in one minute", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession drill(f.scenario, f.text, "scenarios/vendor-cloud-ransomware.json", 2, dir.path);
  drill.auto_pause() = AutoPause::none();  // the clock runs to where the test says
  const auto decide = [](const char* action) {
    Command c;
    c.action = action;
    c.by = "Chair";
    return c;
  };
  REQUIRE(drill.submit(decide("activate_crisis_team")).accepted);  // before the clock ever ran
  drill.jump_by(50);
  while (drill.jump()) drill.tick(0);
  Command deliver;
  deliver.type = Command::Type::deliver_inject;
  deliver.inject = "zcert_cut_vpn";
  REQUIRE(drill.submit(deliver).accepted);
  REQUIRE(drill.submit(decide("isolate_vendor_vpn")).accepted);  // the same minute
  drill.jump_by(2 * kHour);
  while (drill.jump()) drill.tick(0);
  REQUIRE(drill.autosave(true));
  const SaveLoad load = load_save_file(drill.autosave_path());
  REQUIRE(load.ok());
  const Replay r = replay_save(*load.save, load.scenario);
  INFO(r.check.message);
  CHECK(r.check.matches);
  CHECK(r.exercise.fingerprint() == drill.exercise().fingerprint());
}

TEST_CASE("two drills opened in the same second each keep an autosave of their own", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession a(f.scenario, f.text, "a.json", 1, dir.path);
  DrillSession b(f.scenario, f.text, "b.json", 1, dir.path);
  a.add_note("team A");
  b.add_note("team B");
  CHECK(a.autosave_path() != b.autosave_path());
  const SaveLoad read_a = load_save_file(a.autosave_path());
  REQUIRE(read_a.ok());
  CHECK(read_a.save->notes.at(0).text == "team A");
}

TEST_CASE("a save under a name that exists is refused and the existing file kept", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession drill(f.scenario, f.text, "a.json", 1, dir.path);
  std::string error;
  REQUIRE(write_file_atomic(dir.file("taken.save.json"), "somebody's file", &error));
  CHECK_FALSE(drill.save_as(dir.file("taken.save.json"), "taken"));
  CHECK_THAT(drill.last_save_error(), Catch::Contains("exists"));
  CHECK(read_text_file(dir.file("taken.save.json"), &error) == "somebody's file");
}

TEST_CASE("a drill opened and closed with nothing done leaves no autosave; one with a note keeps it", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession idle(f.scenario, f.text, "a.json", 1, dir.path);
  const std::string idle_file = idle.autosave_path();
  REQUIRE(std::filesystem::exists(idle_file));  // claimed at once: a crash still leaves a drill to resume
  CHECK(idle.discard_if_untouched());
  CHECK_FALSE(std::filesystem::exists(idle_file));

  DrillSession noted(f.scenario, f.text, "a.json", 1, dir.path);
  noted.add_note("the team is still arriving");
  CHECK_FALSE(noted.discard_if_untouched());
  CHECK(std::filesystem::exists(noted.autosave_path()));
}

TEST_CASE("a save under a name is titled with that name, so the start screen tells saves apart", "[review]") {
  TempDir dir;
  const auto& f = flagship();
  DrillSession drill(f.scenario, f.text, "a.json", 1, dir.path);
  REQUIRE(drill.save_as(dir.file("team-a.save.json"), "team A, day 1"));
  REQUIRE(drill.save_as(dir.file("team-b.save.json"), "team B"));
  const SaveLoad a = load_save_file(dir.file("team-a.save.json")), b = load_save_file(dir.file("team-b.save.json"));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.save->title == f.scenario->title + ": team A, day 1");
  CHECK(b.save->title == f.scenario->title + ": team B");
}

TEST_CASE("review: exports never replace a file, the inject list beside the metrics included", "[review]") {
  TempDir dir;
  ReviewSession review = review_of(flagship_save(kDay), dir.file("drill.save.json"));
  std::string error, written;
  REQUIRE(write_file_atomic(dir.file("drill.report.injects.csv"), "keep me", &error));
  REQUIRE(review.export_report("csv", dir.path, &written, &error));
  CHECK(written == dir.file("drill.report-2.csv") + " and " + dir.file("drill.report-2.injects.csv"));
  CHECK(read_text_file(dir.file("drill.report.injects.csv"), &error) == "keep me");
  REQUIRE(review.export_report("html", dir.path, &written, &error));
  REQUIRE(review.export_report("html", dir.path, &written, &error));
  CHECK(written == dir.file("drill.report-2.html"));
}

TEST_CASE("review: another save that was itself a what-if is compared, not taken for this save's what-if", "[review]") {
  TempDir dir;
  const Save save = flagship_save(kDay);
  ReviewSession review = review_of(save, dir.file("a.save.json"));
  review.what_if({1, std::nullopt});
  std::string saved_as, error;
  REQUIRE(review.save_what_if(dir.path, &saved_as, &error));
  json::Diagnostics problems;
  REQUIRE(review.compare_with(saved_as, problems));
  CHECK_FALSE(review.comparison_is_what_if());
  CHECK_FALSE(review.save_what_if(dir.path, &saved_as, &error));
}

TEST_CASE("console: a save that does not replay can be reviewed but not resumed, and is left as it was", "[review]") {
  TempDir dir;
  Save save = flagship_save(kDay);
  save.commands.at(2).state = "0123456789abcdef";
  std::string error;
  const std::string path = dir.file("odd.autosave.json");
  REQUIRE(write_save_file(path, save, &error));
  const auto before = read_text_file(path, &error);
  Console console(dir.path, dir.path, 1);
  CHECK_FALSE(console.resume(path));
  CHECK_THAT(console.problems().format_all(), Catch::Contains("it can be reviewed, not resumed"));
  CHECK(read_text_file(path, &error) == before);
  CHECK(console.review(path));
  CHECK_FALSE(console.review_session().check().matches);
}

TEST_CASE("console: leaving a review stores the ratings typed in", "[review]") {
  TempDir dir;
  const std::string path = dir.file("drill.save.json");
  std::string error;
  REQUIRE(write_save_file(path, flagship_save(kDay), &error));
  Console console(dir.path, dir.path, 1);
  REQUIRE(console.review(path));
  console.review_session().rating_for("ed_safety", "Quality officer").rating = Rating::P;
  console.review_session().mark_changed();
  console.close();
  const SaveLoad reread = load_save_file(path);
  REQUIRE(reread.ok());
  CHECK(std::any_of(reread.save->ratings.begin(), reread.save->ratings.end(),
                    [](const ObjectiveRating& r) { return r.objective == "ed_safety" && r.rating == Rating::P; }));
}

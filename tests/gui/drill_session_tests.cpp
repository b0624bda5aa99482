// The live drill's attention and undo, without a window: the clock stops by
// itself on the minute something needs the facilitator (auto-pause), a jump
// included, and undoing a command leaves exactly the drill that never had it.

#include <catch2/catch.hpp>

#include <algorithm>

#include "drill_session.h"
#include "engine/world.h"
#include "report/exercise_words.h"
#include "flagship_fixture.h"
#include "save/replay.h"

using namespace epd;
using namespace epd::gui;
using epd::test::flagship;
using epd::test::TempDir;

namespace {

DrillSession new_drill(const TempDir& dir) {
  return DrillSession(flagship().scenario, flagship().text, "scenarios/vendor-cloud-ransomware.json", 1, dir.path);
}

// Frames until the jump (or play) in progress ends, however it ends.
void run_frames(DrillSession& s) {
  for (int frame = 0; frame < 100000 && (s.jump() || (s.playing() && !s.finished())); ++frame) s.tick(1.0 / 60);
}

SimTime due_of(const DrillSession& s, const std::string& deadline_id) {
  const auto& defs = s.exercise().scenario().deadlines;
  for (std::size_t d = 0; d < defs.size(); ++d)
    if (defs[d].id == deadline_id) return s.exercise().world().deadlines()[d].due;
  return -1;
}

Command decision(const std::string& action, const std::string& by = "Crisis team chair") {
  Command c;
  c.type = Command::Type::decide;
  c.action = action;
  c.by = by;
  return c;
}

}  // namespace

TEST_CASE("auto-pause stops a jump on the very minute a deadline is missed, and says why", "[attention]") {
  TempDir dir;
  DrillSession s = new_drill(dir);
  s.auto_pause() = AutoPause::none();
  s.auto_pause().set(Attention::deadline_missed, true);
  s.jump_by(3 * kDay);
  run_frames(s);

  REQUIRE(s.paused_by().has_value());
  const LogEntry& why = s.log().entries()[*s.paused_by()];
  CHECK(why.kind == Attention::deadline_missed);
  CHECK(why.title().find("Early warning to Z-CERT") != std::string::npos);
  // No response: the 24 h early warning is the first deadline missed.
  const SimTime due = due_of(s, "nis2_early_warning");
  REQUIRE(due > 0);
  CHECK(s.now() == due);
  CHECK(why.time == due);
  CHECK_FALSE(s.jump().has_value());
  CHECK(s.now() < 3 * kDay);

  // Going on clears the reason; the same deadline does not stop it twice.
  s.jump_by(kHour);
  CHECK_FALSE(s.paused_by().has_value());
  run_frames(s);
  CHECK(s.now() == due + kHour);
}

TEST_CASE("the log is shown in the language chosen now, entries written before the switch included", "[attention][text]") {
  TempDir dir;
  DrillSession s = new_drill(dir);
  s.auto_pause() = AutoPause::none();
  s.jump_by(2 * kDay);
  run_frames(s);
  const auto missed = std::find_if(s.log().entries().begin(), s.log().entries().end(),
                                   [](const LogEntry& e) { return e.kind == Attention::deadline_missed; });
  REQUIRE(missed != s.log().entries().end());
  const std::string english = missed->title();
  set_language(Lang::nl);
  const std::string dutch = missed->title();
  set_language(Lang::en);
  CHECK(english.find("Early warning to Z-CERT") != std::string::npos);
  CHECK(dutch != english);
  CHECK(dutch.find("Z-CERT") != std::string::npos);
  CHECK(dutch.find("Early warning") == std::string::npos);
  CHECK(missed->title() == english);
}

TEST_CASE("a drill resumed from a save logs each command's why in the save's Dutch too", "[attention][text]") {
  TempDir dir;
  Save save = epd::test::flagship_save(kDay);
  save.dutch = flagship().plan.dutch;  // the plan's why in both languages, as run --save keeps them
  Replay replay = replay_save(save, flagship().scenario);
  REQUIRE(replay.check.matches);
  DrillSession s(save, std::move(replay.exercise), "", dir.path);
  const auto paper = std::find_if(s.log().entries().begin(), s.log().entries().end(), [](const LogEntry& e) {
    return e.detail().find("Downtime policy: switch to paper at once") != std::string::npos;
  });
  REQUIRE(paper != s.log().entries().end());
  set_language(Lang::nl);
  const std::string dutch = paper->detail();
  set_language(Lang::en);
  CHECK(dutch.find("Waarom: Uitvalbeleid: meteen over op papier") != std::string::npos);
}

TEST_CASE("with the defaults, a deadline stops the clock an hour before it is due, and not when switched off", "[attention]") {
  TempDir dir;
  DrillSession on = new_drill(dir);
  on.auto_pause() = AutoPause::none();
  on.auto_pause().set(Attention::deadline_soon, true);
  on.set_speed(3600);
  on.set_playing(true);
  run_frames(on);
  REQUIRE(on.paused_by().has_value());
  CHECK(on.log().entries()[*on.paused_by()].kind == Attention::deadline_soon);
  CHECK(on.now() == due_of(on, "nis2_early_warning") - kHour);
  CHECK_FALSE(on.playing());

  DrillSession off = new_drill(dir);
  off.auto_pause() = AutoPause::none();
  off.jump_by(2 * kDay);
  run_frames(off);
  CHECK_FALSE(off.paused_by().has_value());
  CHECK(off.now() == 2 * kDay);
  // Logged all the same: nothing passes unseen.
  const auto& log = off.log().entries();
  const auto count = [&](Attention a) { return std::count_if(log.begin(), log.end(), [&](const LogEntry& e) { return e.kind == a; }); };
  CHECK(count(Attention::deadline_soon) >= 1);
  CHECK(count(Attention::deadline_missed) >= 1);
  CHECK(count(Attention::inject) >= 3);
  CHECK(count(Attention::it) >= 1);
}

TEST_CASE("the default auto-pause stops at the first inject and names it once, without repeating its sender", "[attention]") {
  TempDir dir;
  DrillSession s = new_drill(dir);
  s.jump_by(2 * kDay);
  run_frames(s);
  REQUIRE(s.paused_by().has_value());
  const LogEntry& why = s.log().entries()[*s.paused_by()];
  CHECK(why.kind == Attention::inject);
  CHECK(s.now() < 2 * kDay);
  CHECK(why.time == s.now());
  CHECK(report::inject_heading("Z-CERT", "Z-CERT: cut your VPN links") == "Z-CERT: cut your VPN links");
  CHECK(report::inject_heading("EPD vendor", "Patient data stolen") == "EPD vendor: Patient data stolen");
}

TEST_CASE("the facilitator's own command never stops the clock, but is in the log", "[attention]") {
  TempDir dir;
  DrillSession s = new_drill(dir);
  s.auto_pause() = AutoPause::none();
  s.jump_by(30);
  run_frames(s);
  s.auto_pause() = AutoPause();
  for (std::size_t i = 0; i < kAttentionKinds; ++i) s.auto_pause().set(static_cast<Attention>(i), true);
  REQUIRE(s.submit(decision("activate_crisis_team")).accepted);
  CHECK_FALSE(s.paused_by().has_value());
  const auto& log = s.log().entries();
  CHECK(std::any_of(log.begin(), log.end(), [](const LogEntry& e) { return e.kind == Attention::decision; }));
}

TEST_CASE("undo gives the same state as never having taken the command", "[undo]") {
  TempDir dir;
  DrillSession with = new_drill(dir), without = new_drill(dir);
  for (DrillSession* s : {&with, &without}) {
    s->auto_pause() = AutoPause::none();
    s->jump_by(90);
    run_frames(*s);
    REQUIRE(s->submit(decision("activate_crisis_team")).accepted);
  }
  REQUIRE(with.submit(decision("activate_paper_downtime", "Medical manager")).accepted);
  for (DrillSession* s : {&with, &without}) {
    s->jump_by(6 * kHour);
    run_frames(*s);
  }
  REQUIRE(with.exercise().fingerprint() != without.exercise().fingerprint());
  CHECK(with.undo_description().find("Start paper downtime procedures") != std::string::npos);

  REQUIRE(with.undo());
  CHECK(with.now() == without.now());
  CHECK(with.exercise().fingerprint() == without.exercise().fingerprint());
  CHECK(with.exercise().command_log().size() == without.exercise().command_log().size());
  // The record says what was undone; the log too, after the same entries as the drill that never had it.
  REQUIRE_FALSE(with.notes().empty());
  CHECK(with.notes().back().text.find("Undone: the decision 'Start paper downtime procedures") == 0);
  REQUIRE(with.log().entries().size() == without.log().entries().size() + 1);
  for (std::size_t i = 0; i < without.log().entries().size(); ++i)
    CHECK(with.log().entries()[i].title() == without.log().entries()[i].title());

  // Going on from the undo plays as the drill without it.
  for (DrillSession* s : {&with, &without}) {
    s->jump_by(kDay);
    run_frames(*s);
  }
  CHECK(with.exercise().fingerprint() == without.exercise().fingerprint());
}

TEST_CASE("undo takes back an inject delivered too early", "[undo]") {
  TempDir dir;
  DrillSession s = new_drill(dir);
  Command deliver;
  deliver.type = Command::Type::deliver_inject;
  deliver.inject = "press_inquiry";
  deliver.by = "Facilitator";
  REQUIRE(s.submit(deliver).accepted);
  const auto status = [&] {
    for (const InjectRuntime& in : s.exercise().world().injects())
      if (in.def.id == "press_inquiry") return in.status;
    return InjectRuntime::Status::skipped;
  };
  CHECK(status() == InjectRuntime::Status::delivered);
  REQUIRE(s.undo());
  CHECK(status() == InjectRuntime::Status::pending);
  CHECK(s.exercise().command_log().empty());
  CHECK_FALSE(s.undo());
  CHECK(s.undo_description().empty());
}

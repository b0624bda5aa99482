#pragma once
// One live drill as the console runs it: the exercise, the facilitator's
// clock and notes. No ImGui here: the clock logic is plain C++ so the same
// session can be driven by a script, a test or the window.
//
// The session changes the exercise only through Exercise::submit and
// Exercise::advance_to, the same two doors the command line uses, so a drill
// run in the console and the same commands run headless end identical.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/exercise.h"

namespace epd::gui {

struct Note {
  SimTime at = 0;
  std::string text;
};

// Where the clock is heading when the facilitator jumps ahead: advanced a
// slice per frame so the window stays responsive and shows progress.
struct Jump {
  SimTime from = 0;
  SimTime to = 0;
  double progress(SimTime now) const { return to > from ? double(now - from) / double(to - from) : 1.0; }
};

class DrillSession {
 public:
  // Speeds offered: simulated seconds per wall second.
  static constexpr double kSpeeds[] = {1, 10, 60, 300, 900, 3600};
  // How far one frame may advance the engine during a jump (simulated).
  static constexpr SimTime kJumpSlice = 6 * kHour;

  DrillSession(std::shared_ptr<const Scenario> scenario, std::string path, std::uint64_t seed);

  const Exercise& exercise() const { return exercise_; }
  const std::string& path() const { return path_; }
  SimTime now() const { return exercise_.now(); }

  // ---- Clock ----
  bool playing() const { return playing_; }
  void set_playing(bool on) { playing_ = on; }
  double speed() const { return speed_; }
  void set_speed(double sim_seconds_per_second) { speed_ = sim_seconds_per_second; }
  // Advances the engine for `wall_seconds` of real time at the current speed
  // (or one slice of a jump in progress). Stops at the horizon.
  void tick(double wall_seconds);
  // The clock pauses exactly at `t` (a script's "play 2h"; "pause at the
  // next inject"); -1 clears it.
  void pause_at(SimTime t) { pause_at_ = t; }
  void jump_by(SimTime minutes);
  // Jumps to the next inject that a timer will deliver; false if none.
  bool jump_to_next_inject();
  const std::optional<Jump>& jump() const { return jump_; }
  bool finished() const { return exercise_.now() >= exercise_.horizon(); }

  // ---- Commands (the only way the console changes the exercise) ----
  CommandResult submit(const Command& command);
  // The last refusal, for the panel that sent it.
  const std::string& last_refusal() const { return last_refusal_; }

  // ---- Notes ----
  void add_note(std::string text);
  const std::vector<Note>& notes() const { return notes_; }

 private:
  void advance(SimTime to);

  std::string path_;
  Exercise exercise_;
  bool playing_ = false;
  double speed_ = 60;
  double carry_minutes_ = 0;
  SimTime pause_at_ = -1;  // fractions of a minute the clock owes the engine
  std::optional<Jump> jump_;
  std::string last_refusal_;
  std::vector<Note> notes_;
};

}  // namespace epd::gui

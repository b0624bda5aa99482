#pragma once
// One live drill as the console runs it: the exercise, the facilitator's
// clock and notes, and its save. No ImGui here: the clock logic is plain C++
// so the same session can be driven by a script, a test or the window.
//
// Every command and every note is autosaved at once (atomically), so a crash
// or a power cut loses at most what was being typed.
//
// The session changes the exercise only through Exercise::submit and
// Exercise::advance_to, the same two doors the command line uses, so a drill
// run in the console and the same commands run headless end identical.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/exercise.h"
#include "event_log.h"
#include "save/save.h"

namespace epd::gui {

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

  // A new drill of a scenario (`text`: its file's bytes, embedded in the
  // save). Autosaves go to `saves_dir`/<scenario>-<start time>.autosave.json.
  DrillSession(std::shared_ptr<const Scenario> scenario, std::string text, std::string path, std::uint64_t seed,
               const std::string& saves_dir);
  // A drill resumed from its save, `replayed` to where the save ends (the
  // caller checked the replay). It autosaves into `autosave_path` (its own
  // autosave), or into a new file in `saves_dir` when that is empty.
  DrillSession(const Save& save, Exercise replayed, std::string autosave_path, const std::string& saves_dir);

  const Exercise& exercise() const { return exercise_; }
  const std::string& path() const { return path_; }  // the scenario file
  SimTime now() const { return exercise_.now(); }

  // ---- Clock ----
  bool playing() const { return playing_; }
  void set_playing(bool on);
  double speed() const { return speed_; }
  void set_speed(double sim_seconds_per_second) { speed_ = sim_seconds_per_second; }
  // Advances the engine for `wall_seconds` of real time at the current speed
  // (or one slice of a jump in progress). Stops at the horizon, and at the
  // first entry of the event log that auto-pause stops for.
  void tick(double wall_seconds);
  // The clock pauses exactly at `t` (a script's "play 2h"; "pause at the
  // next inject"); -1 clears it.
  void pause_at(SimTime t) { pause_at_ = t; }
  void jump_by(SimTime minutes);
  // Jumps to the next inject that a timer will deliver; false if none.
  bool jump_to_next_inject();
  const std::optional<Jump>& jump() const { return jump_; }
  bool finished() const { return exercise_.now() >= exercise_.horizon(); }

  // ---- Attention ----
  // Everything that happened, as the facilitator should hear of it.
  const EventLog& log() const { return log_; }
  // Which kinds of log entry stop the clock (and a jump).
  AutoPause& auto_pause() { return auto_pause_; }
  const AutoPause& auto_pause() const { return auto_pause_; }
  // The log entry the clock stopped for by itself, until it runs again.
  std::optional<std::size_t> paused_by() const { return paused_by_; }

  // ---- Commands (the only way the console changes the exercise) ----
  CommandResult submit(const Command& command);
  // The last refusal, for the panel that sent it.
  const std::string& last_refusal() const { return last_refusal_; }
  // Takes back the last command (a mis-clicked decision, an inject delivered
  // too early): the exercise is played again from T0 with every command but
  // that one, to where the drill is now -- by determinism, exactly the drill
  // that never had it. The notes say what was undone. False: nothing to undo.
  bool undo();
  // "Decision 'Activate paper downtime procedures' at T+0d 01:00", or "" when
  // there is nothing to undo.
  std::string undo_description() const;

  // ---- Notes ----
  void add_note(std::string text);
  const std::vector<SavedNote>& notes() const { return record_.notes; }

  // ---- Saving ----
  // The drill as a save: what was played, plus title, notes and evaluation.
  Save snapshot() const;
  const std::string& autosave_path() const { return autosave_path_; }
  // Writes the autosave now (also done after every command and note).
  // `finished`: the facilitator closed the drill, it is not interrupted.
  bool autosave(bool finished = false);
  // Ctrl+S: a copy under a name the facilitator chose, titled with it
  // ("Ransomware in the EPD vendor's cloud: team A, day 1"). Never over
  // another file: false, with the reason in last_save_error(), if `path` exists.
  bool save_as(const std::string& path, const std::string& name);
  // On close: removes this new drill's autosave if nothing happened in it; true if it did.
  bool discard_if_untouched();
  const std::string& last_save_error() const { return last_save_error_; }

 private:
  // Minute by minute from now (its own events first) to `to`, watched by the
  // event log; false if an entry `pause` stops for stopped it there.
  bool advance(SimTime to, const AutoPause& pause);
  void stop_for(std::size_t entry);
  void claim_autosave(const std::string& saves_dir);

  std::string path_;
  Exercise exercise_;
  bool playing_ = false;
  double speed_ = 60;
  double carry_minutes_ = 0;  // fractions of a minute the clock owes the engine
  SimTime pause_at_ = -1;
  std::optional<Jump> jump_;
  std::string last_refusal_;
  EventLog log_;
  AutoPause auto_pause_;
  std::optional<std::size_t> paused_by_;
  // The log as it was before each command of this session (an undo goes back
  // to it); commands replayed from a save before it was resumed have none.
  std::vector<EventLog::Checkpoint> log_before_command_;
  std::size_t commands_at_start_ = 0;
  Save record_;  // title, scenario text, notes, evaluation: what the exercise itself does not hold
  std::string autosave_path_;
  std::string last_save_error_;
  bool fresh_ = false;  // opened from a scenario, not resumed from a save
};

}  // namespace epd::gui

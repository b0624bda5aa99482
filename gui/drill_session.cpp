#include "drill_session.h"

#include <algorithm>
#include <cmath>

#include <filesystem>

#include "core/sha256.h"
#include "engine/run_plan.h"
#include "engine/world.h"
#include "io/text_file.h"
#include "report/exercise_words.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "save_library.h"
#include "text/engine_messages.h"
#include "text/language.h"
#include "wall_clock.h"

namespace epd::gui {

DrillSession::DrillSession(std::shared_ptr<const Scenario> scenario, std::string text, std::string path,
                           std::uint64_t seed, const std::string& saves_dir)
    : path_(std::move(path)), exercise_(std::move(scenario), seed) {
  record_.started = local_wall_time();
  record_.title = fill(tr("{0}, drill of {1}"), {exercise_.scenario().local(exercise_.scenario().title), record_.started.substr(0, 10)});
  record_.scenario_file = path_;
  record_.scenario_sha256 = sha256_hex(text);
  record_.scenario_text = std::move(text);
  claim_autosave(saves_dir);
  fresh_ = true;
  log_.start(exercise_, record_.dutch);
}

// A drill opened and closed without a command, a note or a minute played
// leaves nothing behind: its autosave (this session's own file) goes.
bool DrillSession::discard_if_untouched() {
  if (!fresh_ || now() > 0 || !exercise_.command_log().empty() || !record_.notes.empty()) return false;
  std::error_code ec;
  return std::filesystem::remove(autosave_path_, ec);
}

DrillSession::DrillSession(const Save& save, Exercise replayed, std::string autosave_path,
                           const std::string& saves_dir)
    : path_(save.scenario_file), exercise_(std::move(replayed)), record_(save), autosave_path_(std::move(autosave_path)) {
  record_.finished = false;
  commands_at_start_ = exercise_.command_log().size();
  log_.start(exercise_, record_.dutch);
  if (autosave_path_.empty()) claim_autosave(saves_dir);
  autosave();
}

// A file of its own from the start, created (never replaced) now: two drills
// opened in the same second each get one, and a drill opened is a drill saved.
void DrillSession::claim_autosave(const std::string& saves_dir) {
  std::error_code ec;
  std::filesystem::create_directories(saves_dir, ec);
  const std::string base = saves_dir + "/" + file_name_part(exercise_.scenario().id) + "-" + wall_time_for_file_name(local_wall_time());
  for (int attempt = 0; attempt < 100; ++attempt) {
    autosave_path_ = unused_path(base, ".autosave.json");
    if (write_new_save_file(autosave_path_, snapshot(), &last_save_error_)) {
      last_save_error_.clear();
      return;
    }
  }
  last_save_error_ = fill(tr("autosave failed: {0}"), {engine_message(last_save_error_)});
}

bool DrillSession::advance(SimTime to, const AutoPause& pause) {
  to = std::min(to, exercise_.horizon());
  // A minute at a time, so the clock stops on the very minute something
  // needs the facilitator, not at the end of a frame's slice. What is due
  // this minute happens first (T0's own events, before the first step).
  for (SimTime t = now(); t <= to; ++t) {
    exercise_.advance_to(t);
    if (const auto entry = log_.observe(exercise_, pause)) {
      stop_for(*entry);
      return false;
    }
  }
  return true;
}

void DrillSession::stop_for(std::size_t entry) {
  paused_by_ = entry;
  playing_ = false;
  carry_minutes_ = 0;
  jump_.reset();
}

void DrillSession::set_playing(bool on) {
  playing_ = on;
  if (on) paused_by_.reset();
}

void DrillSession::tick(double wall_seconds) {
  if (jump_) {
    if (!advance(std::min(jump_->to, now() + kJumpSlice), auto_pause_)) return;
    if (now() >= jump_->to || finished()) jump_.reset();
    return;
  }
  if (!playing_ || finished()) return;
  carry_minutes_ += std::max(0.0, wall_seconds) * speed_ / 60.0;
  const auto whole = static_cast<SimTime>(std::floor(carry_minutes_));
  if (whole <= 0) return;
  carry_minutes_ -= static_cast<double>(whole);
  SimTime to = now() + whole;
  const bool stop_there = pause_at_ > now() && to >= pause_at_;
  if (stop_there) to = pause_at_;
  if (!advance(to, auto_pause_)) return;
  if (stop_there) {
    pause_at_ = -1;
    playing_ = false;
    carry_minutes_ = 0;
  }
  if (finished()) playing_ = false;
}

void DrillSession::jump_by(SimTime minutes) {
  if (minutes <= 0 || finished()) return;
  const SimTime to = std::min(now() + minutes, exercise_.horizon());
  jump_ = Jump{now(), to};
  paused_by_.reset();
}

bool DrillSession::jump_to_next_inject() {
  const SimTime next = exercise_.world().next_scheduled_inject();
  if (next < 0 || next <= now()) return false;
  jump_ = Jump{now(), std::min(next, exercise_.horizon())};
  paused_by_.reset();
  return true;
}

CommandResult DrillSession::submit(const Command& command) {
  // What is due this minute happens (and is logged) first, as Exercise::submit
  // would: the checkpoint is the log just before the command itself.
  advance(now(), AutoPause::none());
  log_before_command_.push_back(log_.checkpoint());
  CommandResult result = exercise_.submit(command, local_wall_time());
  log_.observe(exercise_, AutoPause::none());  // the facilitator's own command never stops the clock
  last_refusal_ = result.accepted ? std::string() : result.reason;
  autosave();
  return result;
}

namespace {

// "the decision 'Start paper downtime procedures' (T+0d 01:00)", "Deliver the inject 'Press inquiry' (T+0d 02:00)"
std::string describe_live_command(const World& w, const LoggedCommand& c) {
  const std::string what = report::command_words(c.command, w.scenario());
  return (c.command.type == Command::Type::decide ? fill(tr("the decision '{0}'"), {what}) : what) +
         hospitals_in_words(w, c.command) + " (" + format_offset(c.at) + ")";
}

}  // namespace

std::string DrillSession::undo_description() const {
  const auto& commands = exercise_.command_log();
  return commands.empty() ? std::string() : describe_live_command(exercise_.world(), commands.back());
}

bool DrillSession::undo() {
  const std::vector<LoggedCommand> commands = exercise_.command_log();
  if (commands.empty()) return false;
  const LoggedCommand undone = commands.back();
  const Said undone_said = say_in_both([&] { return fill(tr("Undone: {0}"), {undo_description()}); });
  const SimTime was_at = now();
  playing_ = false;
  jump_.reset();
  paused_by_.reset();

  Exercise again(exercise_.shared_scenario(), exercise_.seed());
  for (std::size_t i = 0; i + 1 < commands.size(); ++i)
    play_at(again, commands[i].at, commands[i].command, commands[i].wall);
  again.advance_to(undone.at);
  exercise_ = std::move(again);
  // The log as it was before the command (or, for a command from before a
  // resume, read again from the reports), then watched forward to where the
  // drill was; nothing pauses on the way.
  const std::size_t index = commands.size() - 1;
  if (index >= commands_at_start_ && index - commands_at_start_ < log_before_command_.size()) {
    log_.restore(log_before_command_[index - commands_at_start_]);
    log_before_command_.resize(index - commands_at_start_);
  } else {
    log_.start(exercise_, record_.dutch);
    log_before_command_.clear();
    commands_at_start_ = index;
  }
  advance(was_at, AutoPause::none());
  log_.add(now(), Attention::decision, -1, undone_said);
  last_refusal_.clear();
  record_.notes.push_back(SavedNote{now(), local_wall_time(), undone_said.now()});
  autosave();
  return true;
}

void DrillSession::add_note(std::string text) {
  if (text.empty()) return;
  record_.notes.push_back(SavedNote{now(), local_wall_time(), std::move(text)});
  autosave();
}

Save DrillSession::snapshot() const {
  Save s = record_;
  s.saved = local_wall_time();
  record_exercise(s, exercise_);
  return s;
}

bool DrillSession::autosave(bool finished) {
  record_.finished = finished;
  if (write_save_file(autosave_path_, snapshot(), &last_save_error_)) {
    last_save_error_.clear();
    return true;
  }
  last_save_error_ = fill(tr("autosave failed: {0}"), {engine_message(last_save_error_)});
  return false;
}

bool DrillSession::save_as(const std::string& path, const std::string& name) {
  Save copy = snapshot();
  copy.finished = true;  // saved on purpose: nothing was interrupted
  // The start screen lists saves by title, in the language it is shown in.
  const Said title = say_in_both([&] { return exercise_.scenario().local(exercise_.scenario().title) + ": " + name; });
  copy.set_title(title);
  if (!write_new_save_file(path, copy, &last_save_error_)) {
    last_save_error_ = fill(tr("cannot save: {0} (a save is never overwritten)"), {engine_message(last_save_error_)});
    return false;
  }
  last_save_error_.clear();
  return true;
}

}  // namespace epd::gui

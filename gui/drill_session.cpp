#include "drill_session.h"

#include <algorithm>
#include <cmath>

#include <filesystem>

#include "core/sha256.h"
#include "engine/world.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "save_library.h"
#include "wall_clock.h"

namespace epd::gui {

DrillSession::DrillSession(std::shared_ptr<const Scenario> scenario, std::string text, std::string path,
                           std::uint64_t seed, const std::string& saves_dir)
    : path_(std::move(path)), exercise_(std::move(scenario), seed) {
  record_.started = local_wall_time();
  record_.title = exercise_.scenario().title + ", drill of " + record_.started.substr(0, 10);
  record_.scenario_file = path_;
  record_.scenario_sha256 = sha256_hex(text);
  record_.scenario_text = std::move(text);
  claim_autosave(saves_dir);
  fresh_ = true;
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
  if (autosave_path_.empty()) claim_autosave(saves_dir);
  autosave();
}

// A file of its own from the start, created (never replaced) now: two drills
// opened in the same second each get one, and a drill opened is a drill saved.
void DrillSession::claim_autosave(const std::string& saves_dir) {
  std::error_code ec;
  std::filesystem::create_directories(saves_dir, ec);
  const std::string base = saves_dir + "/" + exercise_.scenario().id + "-" + wall_time_for_file_name(local_wall_time());
  for (int attempt = 0; attempt < 100; ++attempt) {
    autosave_path_ = unused_path(base, ".autosave.json");
    if (write_new_save_file(autosave_path_, snapshot(), &last_save_error_)) {
      last_save_error_.clear();
      return;
    }
  }
  last_save_error_ = "autosave failed: " + last_save_error_;
}

void DrillSession::advance(SimTime to) {
  exercise_.advance_to(std::min(to, exercise_.horizon()));
}

void DrillSession::tick(double wall_seconds) {
  if (jump_) {
    advance(std::min(jump_->to, now() + kJumpSlice));
    if (now() >= jump_->to || finished()) jump_.reset();
    return;
  }
  if (!playing_ || finished()) return;
  carry_minutes_ += std::max(0.0, wall_seconds) * speed_ / 60.0;
  const auto whole = static_cast<SimTime>(std::floor(carry_minutes_));
  if (whole <= 0) return;
  carry_minutes_ -= static_cast<double>(whole);
  SimTime to = now() + whole;
  if (pause_at_ > now() && to >= pause_at_) {
    to = pause_at_;
    pause_at_ = -1;
    playing_ = false;
    carry_minutes_ = 0;
  }
  advance(to);
  if (finished()) playing_ = false;
}

void DrillSession::jump_by(SimTime minutes) {
  if (minutes <= 0 || finished()) return;
  const SimTime to = std::min(now() + minutes, exercise_.horizon());
  jump_ = Jump{now(), to};
}

bool DrillSession::jump_to_next_inject() {
  const SimTime next = exercise_.world().next_scheduled_inject();
  if (next < 0 || next <= now()) return false;
  jump_ = Jump{now(), std::min(next, exercise_.horizon())};
  return true;
}

CommandResult DrillSession::submit(const Command& command) {
  CommandResult result = exercise_.submit(command, local_wall_time());
  last_refusal_ = result.accepted ? std::string() : result.reason;
  autosave();
  return result;
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
  last_save_error_ = "autosave failed: " + last_save_error_;
  return false;
}

bool DrillSession::save_as(const std::string& path, const std::string& name) {
  Save copy = snapshot();
  copy.finished = true;  // saved on purpose: nothing was interrupted
  copy.title = exercise_.scenario().title + ": " + name;  // the start screen lists saves by title
  if (!write_new_save_file(path, copy, &last_save_error_)) {
    last_save_error_ = "cannot save: " + last_save_error_ + " (a save is never overwritten)";
    return false;
  }
  last_save_error_.clear();
  return true;
}

}  // namespace epd::gui

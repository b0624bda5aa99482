#include "drill_session.h"

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd::gui {

DrillSession::DrillSession(std::shared_ptr<const Scenario> scenario, std::string path, std::uint64_t seed)
    : path_(std::move(path)), exercise_(std::move(scenario), seed) {}

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
  CommandResult result = exercise_.submit(command);
  last_refusal_ = result.accepted ? std::string() : result.reason;
  return result;
}

void DrillSession::add_note(std::string text) {
  if (!text.empty()) notes_.push_back(Note{now(), std::move(text)});
}

}  // namespace epd::gui

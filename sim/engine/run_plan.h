#pragma once
// Playing a plan: each planned command is submitted when the exercise clock
// reaches its time. Shared by the command line, the tests and the benchmark,
// so all of them run a plan the same way.

#include <cstddef>

#include "engine/exercise.h"
#include "scenario/plan.h"

namespace epd {

// A command at its time: the exercise advances to `at` (never backwards) and
// the command is submitted. The one way a plan, a replay, a what-if and the
// review's scrubbing play a logged command.
CommandResult play_at(Exercise& exercise, SimTime at, const Command& command, std::string wall = {});

// Advances to `until`, submitting the plan's commands due on the way (those
// at or before `until`, from index `next` on). Returns the index of the first
// command not yet submitted.
std::size_t run_plan_until(Exercise& exercise, const Plan& plan, SimTime until, std::size_t next = 0);

}  // namespace epd

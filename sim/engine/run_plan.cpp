#include "engine/run_plan.h"

namespace epd {

CommandResult play_at(Exercise& exercise, SimTime at, const Command& command, std::string wall) {
  if (at > exercise.now()) exercise.advance_to(at);
  return exercise.submit(command, std::move(wall));
}

std::size_t run_plan_until(Exercise& exercise, const Plan& plan, SimTime until, std::size_t next) {
  for (; next < plan.commands.size() && plan.commands[next].at <= until; ++next)
    play_at(exercise, plan.commands[next].at, plan.commands[next].command);
  // Everything due by `until` happens, also at the minute the exercise stands
  // on (a run to T0 gets T0's injects), as a replay of its save does.
  if (until >= exercise.now()) exercise.advance_to(until);
  return next;
}

}  // namespace epd

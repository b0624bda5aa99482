#include "engine/run_plan.h"

namespace epd {

std::size_t run_plan_until(Exercise& exercise, const Plan& plan, SimTime until, std::size_t next) {
  for (; next < plan.commands.size() && plan.commands[next].at <= until; ++next) {
    const PlannedCommand& pc = plan.commands[next];
    if (pc.at > exercise.now()) exercise.advance_to(pc.at);
    exercise.submit(pc.command);
  }
  if (until > exercise.now()) exercise.advance_to(until);
  return next;
}

}  // namespace epd

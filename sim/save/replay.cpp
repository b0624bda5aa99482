#include "save/replay.h"

#include "engine/run_plan.h"

namespace epd {

Replay replay_save(const Save& save, std::shared_ptr<const Scenario> scenario, SimTime until) {
  const bool to_end = until < 0 || until >= save.until;
  if (to_end) until = save.until;
  Replay r{Exercise(std::move(scenario), save.seed), {}};
  auto diverge = [&](int after, std::string message) {
    if (!r.check.matches) return;
    r.check = {false, after, std::move(message)};
  };
  for (std::size_t i = 0; i < save.commands.size(); ++i) {
    const SavedCommand& c = save.commands[i];
    if (c.planned.at > until) break;
    const CommandResult result = play_at(r.exercise, c.planned.at, c.planned.command, c.wall);
    if (result.accepted != c.accepted) {
      diverge(static_cast<int>(i), describe_command(c, i) + " was " + (c.accepted ? "accepted" : "refused") +
                                       " when played, but is " + (result.accepted ? "accepted" : "refused: " + result.reason) +
                                       " in the replay");
    } else if (fingerprint_hex(r.exercise.command_log().back().state_after) != c.state) {
      diverge(static_cast<int>(i), "the state diverged after " + describe_command(c, i) + ": recorded " + c.state +
                                       ", replayed " + fingerprint_hex(r.exercise.command_log().back().state_after));
    }
  }
  r.exercise.advance_to(until);
  if (to_end && fingerprint_hex(r.exercise.fingerprint()) != save.state)
    diverge(static_cast<int>(save.commands.size()),
            "the state diverged after the last command, on the way to " + format_offset(save.until) + ": recorded " +
                save.state + ", replayed " + fingerprint_hex(r.exercise.fingerprint()));
  return r;
}

}  // namespace epd

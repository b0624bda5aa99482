#pragma once
// Replaying a save: its commands are submitted to a fresh exercise of the
// embedded scenario, each at its simulated time, and after each one the
// exercise's digest is compared with the one recorded when it was first
// played, and at the end the whole fingerprint. The first command after
// which they differ is named, so a broken replay points at its cause.

#include <memory>
#include <string>

#include "engine/exercise.h"
#include "save/save.h"

namespace epd {

struct ReplayCheck {
  bool matches = true;
  // The first command after which the state differs (its index), or the
  // number of commands when only the end state differs; -1 when all match.
  int diverged_after = -1;
  std::string message;  // what differs, for a person: empty when all match
};

struct Replay {
  Exercise exercise;
  ReplayCheck check;
};

// Replays up to `until` (the save's own end when negative). Commands after
// `until` are not played; the end state is compared only at the save's end.
Replay replay_save(const Save& save, std::shared_ptr<const Scenario> scenario, SimTime until = -1);

}  // namespace epd

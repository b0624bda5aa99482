#pragma once
// What-if branches: one command of a saved exercise changed (another time,
// other parameters) or removed, and the exercise played again from T0 with
// the same seed. Everything before that command is identical by
// determinism; from there on the two exercises differ only because of the
// change, so their curves can be compared side by side.

#include <memory>
#include <optional>
#include <string>

#include "engine/exercise.h"
#include "save/save.h"

namespace epd {

struct WhatIf {
  std::size_t command = 0;                // index in the save's command log
  std::optional<PlannedCommand> instead;  // nullopt: the command is removed
};

// "removed", "moved from T+1d 02:00 to T+1d 00:00", "hours 6 -> 12"
std::string describe_change(const SavedCommand& original, const WhatIf& change);

struct Branch {
  Save save;  // the branch as a save of its own (title, origin, commands, outcome)
  Exercise exercise;
};

// Plays the branch to the parent's end. `parent_file` is recorded as its
// origin. The parent's notes and evaluation judged the real drill and are not
// carried over. A changed command the engine now refuses stays in the log,
// refused, with the reason: part of what the what-if shows.
Branch branch_save(const Save& parent, std::shared_ptr<const Scenario> scenario, const std::string& parent_file,
                   const WhatIf& change);

}  // namespace epd

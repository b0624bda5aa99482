// epd-drill replay SAVE [--summary OUT.json] [--quiet]: plays a save's
// commands again and checks, command by command, that the exercise goes
// exactly where it went when it was played.

#include <iostream>

#include "cli/commands.h"
#include "cli/timeline.h"
#include "engine/summary.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {

int replay(const ReplayOptions& options) {
  if (output_clashes(options.summary, {options.save}, "epd-drill replay --summary") ||
      output_taken(options.summary, options.replace, "epd-drill replay --summary"))
    return kExitFailure;
  const SaveLoad loaded = load_save_file(options.save);
  if (!loaded.ok()) {
    std::cerr << problems_text(loaded.problems);
    return kExitFailure;
  }
  const Save& save = *loaded.save;
  const Replay r = replay_save(save, loaded.scenario);
  if (!options.quiet) {
    print_timeline(std::cout, r.exercise);
    print_outcome(std::cout, r.exercise);
  }
  if (!options.summary.empty() &&
      !write_summary(options.summary, summary_json(summarize(r.exercise, r.exercise.now() >= r.exercise.horizon())),
                     "epd-drill replay"))
    return kExitFailure;
  if (!r.check.matches) {
    std::cerr << options.save << ": " << fill(tr("replay differs: {0}"), {engine_message(r.check.message, &r.exercise.scenario())}) << "\n";
    return kExitFailure;
  }
  if (!options.quiet)
    std::cout << "\n"
              << options.save << ": "
              << fill(tr("replayed {0} to {1}: identical (state {2})"),
                      {counted(save.commands.size(), tr_later("1 command"), tr_later("{0} commands")),
                       format_offset(save.until), save.state})
              << "\n";
  return kExitOk;
}

}  // namespace epd::cli

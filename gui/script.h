#pragma once
// A script of UI actions, one per line, for running the console without a
// person: tests, demos, timing. Each line does what a button does.
//
//   open scenarios/vendor-cloud-ransomware.json
//   speed 3600
//   play 2h                      # the clock runs (frames are drawn) for 2 simulated hours
//   jump 1d [until=pause]        # like "+1 day": sliced over frames with progress; until=pause: stays
//                                # where an auto-pause stops it (else the script goes on to the end)
//   next-inject
//   deliver|hold|release|skip INJECT_ID
//   adhoc "Title" "Text"
//   decide ACTION [name=value ...] [target=FUNCTION] [by="Who"] [why="Why"]
//          [hospital=ID | hospital=all | hospitals=ID,ID,...]   # in a region; none: the first hospital
//   form ACTION [name=value ...] [hospital=ID | hospital=all | hospitals=ID,ID,...] [by="Who"] [why="Why"]
//                                # the decision panel filled in by hand (catalog, sliders, hospitals ticked)
//   take                         # its "Take decision" button; a refusal stops the script
//   hospital ID | hospital region  # choose what the status board, plots and projector show
//   autopause off | autopause defaults | autopause KIND on|off   # KIND: inject, deadline_soon, ... (gui/event_log.h)
//                                # play, jump and next-inject go on after an auto-pause, saying why it stopped
//   undo                         # take back the last command
//   note "text"
//   save NAME                    # Ctrl+S: saves/NAME.save.json
//   close                        # end the drill or the review (back to the start screen)
//   resume SAVE | review SAVE    # SAVE: a path, or a NAME in the saves folder
//   scrub DURATION               # review: the state at T+DURATION
//   rate OBJECTIVE P|S|M|U [by="..."] [comment="..."] [strengths="..."] [improvements="..."]
//   store                        # review: write the evaluation into the save
//   whatif N remove | whatif N at=DURATION [param=value ...]   # N counts commands from 1
//   export html|md|csv           # review: the after-action report into the saves folder
//   save-whatif                  # review: the what-if as a save of its own in the saves folder
//   compare SAVE                 # review: another save of the same scenario beside this one
//   compare normal               # review: normal operation (the same seed without the outage) beside it
//   manyruns N [nowait]          # review: "Play these decisions N times", waiting for the runs unless "nowait"
//   edit-new TEMPLATE|PATH       # the scenario editor: a new scenario from a template id (vendor_cloud, ...) or a file
//   edit PATH                    # ... or an existing scenario file, to change
//   edit-select PATH             # the form of the object or list at a field path ("" = the scenario)
//   edit-set PATH VALUE          # a field typed in (VALUE as typed: 12, "text", true, [1,2])
//   edit-remove PATH | edit-add LIST_PATH
//   edit-problems N              # the script stops unless the editor lists exactly N problems
//   edit-problem PATH            # a click on the problem at PATH: the form shows its field
//   edit-save FILE [overwrite]   # never over another file without "overwrite"
//   edit-view form|it|timeline|dryrun
//   edit-dryrun                  # plays the scenario to its horizon (no response, reference plan); waits for it
//   edit-close
//   library-folder DIR           # the start screen's "My scenarios" folder, remembered
//   library-export FILE          # "Export" on the library's row of FILE (a file name or path): its bundle in the own folder
//   library-import BUNDLE        # "Import": into the own folder; files with other text leave the popup asking
//   library-replace yes|no       # the popup's answer
//   library-lists FILE           # the script stops unless the library lists FILE (a file name)
//   screenshot OUT.png
//   frames N
//
// `#` starts a comment.

#include <string>
#include <vector>

#include "json/diagnostics.h"

namespace epd::gui {

struct ScriptStep {
  int line = 0;
  std::string verb;
  std::vector<std::string> words;                          // positional arguments
  std::vector<std::pair<std::string, std::string>> named;  // name=value
};

// Parses the whole script; problems as file:line:column: message.
std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file, json::Diagnostics& problems);

}  // namespace epd::gui

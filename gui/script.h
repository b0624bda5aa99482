#pragma once
// A script of UI actions, one per line, for running the console without a
// person: tests, demos, timing. Each line does what a button does.
//
//   open scenarios/vendor-cloud-ransomware.json
//   speed 3600
//   play 2h                      # the clock runs (frames are drawn) for 2 simulated hours
//   jump 1d                      # like "+1 day": sliced over frames with progress
//   next-inject
//   deliver|hold|release|skip INJECT_ID
//   adhoc "Title" "Text"
//   decide ACTION [name=value ...] [target=FUNCTION] [by="Who"] [why="Why"]
//   note "text"
//   save NAME                    # Ctrl+S: saves/NAME.save.json
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

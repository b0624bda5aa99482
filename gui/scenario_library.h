#pragma once
// The scenario library the start screen lists: the shipped scenarios folder
// and the trainer's own folder (remembered in the console's settings), each
// scenario with its title, summary, size and length; and bundles
// (scenario/scenario_bundle.h) exported from it and imported into the own
// folder. No ImGui here: the start screen draws what this reads.

#include <cstddef>
#include <string>
#include <vector>

#include "core/sim_time.h"

namespace epd::gui {

struct LibraryScenario {
  std::string path, title, summary, briefing;
  std::size_t problems = 0;  // a file that does not load: opened, it shows them
  // What `epd-drill validate` warns about a file that loads (an effect that
  // never ends, a run that needs a lot of memory): "field.path: message", in
  // the language chosen now, so the facilitator sees it before the drill.
  std::vector<std::string> warnings;
  // What it is to play, for choosing one: how large and how long.
  std::size_t hospitals = 0;
  int beds = 0;  // wards and ICU, all hospitals
  SimTime horizon = 0;
  std::size_t injects = 0;
  std::size_t plans = 0;  // NAME.plan.json and NAME.*.plan.json beside it
};

// The scenario files of `folder` by name (plans, bundles and the schema are
// not scenarios), titles in the language chosen now. A folder that does not
// exist has none.
std::vector<LibraryScenario> read_library_folder(const std::string& folder);

// Where a trainer's own scenarios go unless the settings name a folder:
// $XDG_DATA_HOME/epd-drill/scenarios, else ~/.local/share/epd-drill/scenarios
// ("" when neither is set).
std::string default_own_scenarios_folder();

// "2 hospitals, 800 beds, 42 days, 15 injects, 1 plan", in the language chosen now.
std::string size_and_length(const LibraryScenario& s);

// Exports `scenario_path` and its plans into `folder` as NAME.bundle.json
// (NAME-2.bundle.json, ... when that exists: never over a file). Returns the
// path written, or "" with *problem set (a broken scenario's problems, a
// failed write).
std::string export_to_folder(const std::string& scenario_path, const std::string& folder, std::string* problem);

}  // namespace epd::gui

#pragma once
// What the console remembers between runs: the language, which events stop
// the clock, the text size, the folder of the trainer's own scenarios. One small JSON file in the user's configuration
// folder ($XDG_CONFIG_HOME/epd-drill/console.json, else
// ~/.config/epd-drill/console.json), written atomically whenever a setting
// changes. A missing or damaged file gives the defaults, never an error.

#include <optional>
#include <string>

#include "event_log.h"
#include "text/language.h"

namespace epd::gui {

struct ConsoleSettings {
  std::optional<Lang> language;  // none chosen yet: the system locale decides
  AutoPause auto_pause;
  int font_step = 1;
  std::string scenario_folder;  // the trainer's own scenarios; "" = the default folder
};

// $VARIABLE/rest when the XDG variable is set (to a full path), else
// $HOME/under_home/rest; "" when neither is (nothing is remembered).
std::string xdg_path(const char* variable, const char* under_home, const std::string& rest);
// The settings file: XDG_CONFIG_HOME's, else ~/.config's.
std::string settings_path();
ConsoleSettings load_settings(const std::string& path);
bool save_settings(const std::string& path, const ConsoleSettings& settings, std::string* error);

}  // namespace epd::gui

#pragma once
// Where the console finds its scenario library and keeps saves when neither
// --scenarios nor --saves is given. Started in a checkout (a scenarios/
// folder in the working folder): that checkout's scenarios/ and saves/.
// Installed (docs/install.md): the scenarios installed beside the program
// (<prefix>/share/epd-drill/scenarios) and the user's own saves folder, which
// starts with the installed example saves so that Review has something to
// show on the first day.

#include <string>

namespace epd::gui {

struct ConsoleFolders {
  std::string scenarios;
  std::string saves;
  std::string installed_saves;  // the installed example saves; empty in a checkout
};

// `program` is the running program's path (/proc/self/exe).
ConsoleFolders default_console_folders(const std::string& program);

// The example saves of `installed_saves` copied into `saves` when that folder
// does not exist yet; nothing is ever replaced.
void start_saves_folder(const std::string& saves, const std::string& installed_saves);

}  // namespace epd::gui

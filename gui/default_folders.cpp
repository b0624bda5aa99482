#include "default_folders.h"

#include <filesystem>
#include <system_error>

#include "settings.h"

namespace epd::gui {

namespace fs = std::filesystem;

ConsoleFolders default_console_folders(const std::string& program) {
  std::error_code ec;
  if (fs::is_directory("scenarios", ec)) return {"scenarios", "saves", {}};
  const fs::path share = fs::path(program).parent_path().parent_path() / "share" / "epd-drill";
  const std::string own_saves = xdg_path("XDG_DATA_HOME", ".local/share", "epd-drill/saves");
  if (!fs::is_directory(share / "scenarios", ec) || own_saves.empty()) return {"scenarios", "saves", {}};
  return {(share / "scenarios").lexically_normal().string(), own_saves, (share / "saves").lexically_normal().string()};
}

void start_saves_folder(const std::string& saves, const std::string& installed_saves) {
  std::error_code ec;
  if (fs::exists(saves, ec) || !fs::create_directories(saves, ec)) return;
  for (fs::directory_iterator it(installed_saves, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("example-", 0) == 0 && it->path().extension() == ".json") {
      std::error_code copy_ec;  // an example that cannot be copied is only missing from the list
      fs::copy_file(it->path(), fs::path(saves) / name, fs::copy_options::skip_existing, copy_ec);
    }
  }
}

}  // namespace epd::gui

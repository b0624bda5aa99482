#include "save_library.h"

#include <algorithm>
#include <filesystem>

#include "save/save_file.h"
#include "text/engine_messages.h"

namespace epd::gui {

std::string unused_base(const std::string& base, std::initializer_list<const char*> extensions) {
  const auto taken = [&](const std::string& candidate) {
    std::error_code ec;
    for (const char* extension : extensions)
      if (std::filesystem::exists(candidate + extension, ec)) return true;
    return false;
  };
  std::string candidate = base;
  for (int n = 2; taken(candidate); ++n) candidate = base + "-" + std::to_string(n);
  return candidate;
}

std::string unused_path(const std::string& base, const std::string& extension) {
  return unused_base(base, {extension.c_str()}) + extension;
}

std::vector<SaveEntry> list_saves(const std::string& dir) {
  std::vector<SaveEntry> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file(ec) || entry.path().extension() != ".json") continue;
    SaveEntry e;
    e.path = entry.path().string();
    e.title = entry.path().filename().string();
    const SaveLoad load = load_save_file(e.path);
    if (load.ok()) {
      const Save& s = *load.save;
      e.title = s.title.empty() ? e.title : s.local_title();  // in the language of the moment
      e.scenario_sha256 = s.scenario_sha256;
      e.saved = s.saved;
      e.until = s.until;
      e.commands = s.commands.size();
      e.finished = s.finished;
      e.branch = s.branch.command >= 0;
    } else {
      e.problem = problem_line(load.problems.items().front());  // in the language of the moment
    }
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const SaveEntry& a, const SaveEntry& b) {
    if (a.saved != b.saved) return a.saved > b.saved;
    return a.path < b.path;
  });
  return out;
}

}  // namespace epd::gui

#include "scenario/plan_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace epd {
namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string stem_of(const std::string& scenario_path) {
  const std::string name = std::filesystem::path(scenario_path).filename().string();
  return ends_with(name, ".json") ? name.substr(0, name.size() - 5) : name;
}

}  // namespace

bool is_plan_file(std::string_view path) { return ends_with(path, kPlanSuffix); }

std::string reference_plan_path(const std::string& scenario_path) {
  const std::filesystem::path p(scenario_path);
  return (p.parent_path() / (stem_of(scenario_path) + std::string(kPlanSuffix))).string();
}

std::string scenario_path_of_plan(const std::string& plan_path) {
  const std::filesystem::path p(plan_path);
  std::string name = p.filename().string();
  name = name.substr(0, name.size() - std::min(name.size(), kPlanSuffix.size()));
  // "flagship.early.plan.json" is a second plan of flagship.json; a scenario
  // may have dots in its own name, so the longest name that exists wins.
  const auto beside = [&](const std::string& stem) { return (p.parent_path() / (stem + ".json")).string(); };
  std::error_code ec;
  for (std::string stem = name; !stem.empty();) {
    if (std::filesystem::is_regular_file(beside(stem), ec)) return beside(stem);
    const std::size_t dot = stem.rfind('.');
    if (dot == std::string::npos) break;
    stem.resize(dot);
  }
  return beside(name);
}

std::vector<std::string> plans_beside(const std::string& scenario_path) {
  const std::filesystem::path p(scenario_path);
  const std::string stem = stem_of(scenario_path);
  const std::filesystem::path folder = p.parent_path().empty() ? std::filesystem::path(".") : p.parent_path();
  std::vector<std::string> more;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    const bool other_plan = name.size() > stem.size() + 1 && name.compare(0, stem.size() + 1, stem + ".") == 0 &&
                            is_plan_file(name) && name != stem + std::string(kPlanSuffix);
    if (other_plan && entry.is_regular_file(ec)) more.push_back((p.parent_path() / name).string());
  }
  std::sort(more.begin(), more.end());
  std::vector<std::string> out;
  const std::string reference = reference_plan_path(scenario_path);
  if (std::filesystem::is_regular_file(reference, ec)) out.push_back(reference);
  out.insert(out.end(), more.begin(), more.end());
  return out;
}

}  // namespace epd

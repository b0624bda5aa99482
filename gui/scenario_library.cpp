#include "scenario_library.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "io/text_file.h"
#include "scenario/plan_files.h"
#include "scenario/scenario_bundle.h"
#include "scenario/scenario_load.h"
#include "settings.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::gui {
namespace {

bool is_scenario_file(const std::filesystem::path& p) {
  const std::string name = p.filename().string();
  return p.extension() == ".json" && !is_plan_file(name) && !is_bundle_file(name) &&
         name.find(".schema.") == std::string::npos;
}

}  // namespace

std::vector<LibraryScenario> read_library_folder(const std::string& folder) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.is_regular_file(ec) && is_scenario_file(entry.path())) paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<LibraryScenario> out;
  for (const std::string& path : paths) {
    const ScenarioLoad load = load_scenario_file(path);
    LibraryScenario e;
    e.path = path;
    e.plans = plans_beside(path).size();
    e.problems = load.problems.size();
    if (!load.ok()) {
      e.title = std::filesystem::path(path).filename().string();
      out.push_back(std::move(e));
      continue;
    }
    for (const json::Diagnostic& d : load.warnings.items()) e.warnings.push_back(d.path + ": " + engine_message(d.message));
    const Scenario& s = *load.scenario;
    e.title = s.local(s.title);
    e.summary = s.local(s.summary);
    e.briefing = s.local(s.briefing);
    e.hospitals = s.hospitals.size();
    for (const Hospital& h : s.hospitals) e.beds += h.wards.ward_beds + h.wards.icu_beds;
    e.horizon = s.horizon.minutes;
    e.injects = s.injects.size();
    out.push_back(std::move(e));
  }
  return out;
}

std::string default_own_scenarios_folder() { return xdg_path("XDG_DATA_HOME", ".local/share", "epd-drill/scenarios"); }

std::string size_and_length(const LibraryScenario& s) {
  const SimTime days = s.horizon / kDay;
  const std::string length = s.horizon % kDay == 0 ? counted(static_cast<std::size_t>(days), tr_later("1 day"), tr_later("{0} days"))
                                                   : format_duration(s.horizon);
  return counted(s.hospitals, tr_later("1 hospital"), tr_later("{0} hospitals")) + ", " + counted(static_cast<std::size_t>(s.beds), tr_later("1 bed"), tr_later("{0} beds")) +
         ", " + length + ", " + counted(s.injects, tr_later("1 inject"), tr_later("{0} injects")) + ", " +
         (s.plans == 0 ? std::string(tr("no plan")) : counted(s.plans, tr_later("1 plan"), tr_later("{0} plans")));
}

std::string export_to_folder(const std::string& scenario_path, const std::string& folder, std::string* problem) {
  const BundleLoad bundle = pack_bundle(scenario_path);
  if (!bundle.ok()) {
    *problem = problems_text(bundle.problems);
    return {};
  }
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  const std::string name = std::filesystem::path(scenario_path).stem().string();
  const std::string text = bundle_text(*bundle.bundle);
  for (int n = 1; n < 1000; ++n) {
    const std::string path = (std::filesystem::path(folder) / (name + (n == 1 ? "" : "-" + std::to_string(n)) +
                                                               std::string(kBundleSuffix)))
                                 .string();
    if (std::filesystem::exists(path, ec)) continue;
    if (write_new_file_atomic(path, text, problem)) return path;
    *problem = engine_message(*problem);
    return {};
  }
  *problem = fill(tr("{0} has too many bundles of {1}"), {folder, name});
  return {};
}

}  // namespace epd::gui

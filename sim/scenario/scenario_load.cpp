#include "scenario/scenario_load.h"

#include "io/text_file.h"
#include "scenario/scenario_check.h"
#include "scenario/scenario_json.h"

namespace epd {

ScenarioLoad load_scenario_text(std::string_view text, const std::string& file) {
  ScenarioLoad result;
  result.text = std::string(text);
  auto scenario = std::make_shared<Scenario>();
  const json::ParsedDocument doc = json::load_object(text, file, "a scenario file", *scenario, result.problems);
  if (!doc.ok()) return result;
  // Checks across the file run even after problems in single fields, so a
  // trainer sees everything in one round.
  if (scenario->format_version != kScenarioFormatVersion) return result;
  for (const Finding& f : check_scenario(*scenario)) {
    result.problems.add(file, json::locate(*doc.root, f.path), f.path, f.message);
  }
  for (std::size_t i = 0; i < scenario->sources.size(); ++i) {
    const auto& supports = scenario->sources[i].supports;
    for (std::size_t k = 0; k < supports.size(); ++k) {
      if (json::find_path(*doc.root, supports[k]) == nullptr) {
        const std::string path = "sources[" + std::to_string(i) + "].supports[" + std::to_string(k) + "]";
        result.problems.add(file, json::locate(*doc.root, path), path,
                            "'" + supports[k] + "' is not a field of this file");
      }
    }
  }
  if (result.problems.empty()) result.scenario = std::move(scenario);
  return result;
}

ScenarioLoad load_scenario_file(const std::string& path) {
  ScenarioLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? load_scenario_text(*text, path) : result;
}

}  // namespace epd

#include "scenario/scenario_load.h"

#include <algorithm>
#include <regex>
#include <set>
#include <tuple>

#include "io/text_file.h"
#include "json/field_walker.h"
#include "scenario/profiles.h"
#include "scenario/scenario_check.h"
#include "scenario/scenario_json.h"

namespace epd {
namespace {

// A mistake inside a profile is found once for every hospital that uses it:
// say it once, at its line. A hospital that names a profile the scenario
// lacks misses what that profile would have given it: the unknown profile is
// the one mistake to tell.
// The message without the hospitals it was found in: a mistake in a profile
// names each hospital's own fields as the ones like it ("hospitals[2].wards.nurses").
std::string without_hospital_indices(const std::string& message) {
  static const std::regex index(R"(hospitals\[[0-9]+\])");
  return std::regex_replace(message, index, "hospitals[]");
}

json::Diagnostics without_repeats(const json::Diagnostics& all, const std::vector<std::string>& incomplete) {
  json::Diagnostics out;
  std::set<std::tuple<int, int, std::string>> seen;
  for (const json::Diagnostic& d : all.items()) {
    const bool follows = d.message.rfind("missing required field", 0) == 0 &&
                         std::any_of(incomplete.begin(), incomplete.end(), [&](const std::string& h) {
                           return d.path.compare(0, h.size(), h) == 0 &&
                                  (d.path.size() == h.size() || d.path[h.size()] == '.');
                         });
    if (!follows && seen.insert({d.pos.line, d.pos.column, without_hospital_indices(d.message)}).second) out.add(d);
  }
  return out;
}

// A field written in a file of a version that does not have it: the loader
// would read it, the engine would play without it. Located where it is written.
void new_in_version(const json::Node& root, const std::string& path, int version, const std::string& file,
                    json::Diagnostics& problems, const std::string& more = "") {
  if (json::find_path(root, path) == nullptr) return;
  const std::string v = std::to_string(version);
  problems.add(file, json::locate(root, path), path,
               "new in scenario format version " + v + ": write \"format_version\": " + v + more);
}

// A format-1 or -2 file plays with the hospital's reactions off: fields
// that set them would silently do nothing, so say which version they need.
void reactions_need_format3(const json::Node& root, const Scenario& s, const std::string& file, json::Diagnostics& problems) {
  if (s.format_version >= 3) return;
  new_in_version(root, "vendor", 3, file, problems);
  for (std::size_t i = 0; i < s.hospitals.size(); ++i) {
    for (const char* field : {"demand", "learning", "crowding", "postponement", "surgery.urgent_per_day",
                              "surgery.urgent_day_share", "surgery.theatre_cases_per_working_day", "lab.manual_share", "lab.manual_handling", "lab.community",
                              "radiology.manual_share", "radiology.manual_handling", "back_entry.from_ward_nurses",
                              "downtime.validation_teams", "radiology.community", "radiology.community_per_hour"})
      new_in_version(root, "hospitals[" + std::to_string(i) + "]." + field, 3, file, problems,
                     " (a version-" + std::to_string(s.format_version) + " file plays without the hospital's reactions)");
  }
}

// The region's fields of format 6, refused in older files even at their
// default: such a file plays with the mechanisms format 6 corrected.
void corrections_need_format6(const json::Node& root, const Scenario& s, const std::string& file, json::Diagnostics& problems) {
  if (s.format_version >= 6) return;
  for (const char* field : {"region.spread", "region.icu_transfer_arranging"}) new_in_version(root, field, 6, file, problems);
}

// The downtime policy's reprint of format 9, refused in older files even at
// its default: such a file plays with kits that stay used up.
void corrections_need_format9(const json::Node& root, const Scenario& s, const std::string& file, json::Diagnostics& problems) {
  if (s.format_version >= 9) return;
  for (std::size_t i = 0; i < s.hospitals.size(); ++i)
    for (const char* field : {"downtime.kit_reprint_after", "downtime.kit_reprint_hours"})
      new_in_version(root, "hospitals[" + std::to_string(i) + "]." + field, 9, file, problems);
}

// Every field's path: where a field written in the wrong object belongs.
const std::vector<std::string>& scenario_fields() {
  static const std::vector<std::string> paths = [] {
    std::vector<std::string> out;
    for (const json::FieldInfo& f : scenario_field_catalogue()) out.push_back(f.path);
    return out;
  }();
  return paths;
}

}  // namespace

const std::vector<json::FieldInfo>& scenario_field_catalogue() {
  static const std::vector<json::FieldInfo> fields = json::FieldWalker::fields_of<Scenario>();
  return fields;
}

ScenarioLoad load_scenario_text(std::string_view text, const std::string& file) {
  ScenarioLoad result;
  result.text = std::string(text);
  auto scenario = std::make_shared<Scenario>();
  json::Diagnostics problems;
  const json::ParsedDocument doc = json::parse_object(text, file, "a scenario file", problems);
  if (!doc.ok()) {
    result.problems = std::move(problems);
    return result;
  }
  std::vector<std::string> incomplete;
  const json::Node root = expand_profiles(*doc.root, file, problems, incomplete);
  json::CheckedJsonInputArchive archive(root, file, problems);
  std::vector<std::string> bilingual;
  archive.collect_translations(&scenario->dutch, &bilingual);
  archive.hint_from(&scenario_fields());
  archive.load_root(*scenario);
  // Checks across the file run even after problems in single fields, so a
  // trainer sees everything in one round.
  if (scenario->format_version >= kOldestScenarioFormatVersion && scenario->format_version <= kScenarioFormatVersion) {
    for (const Finding& f : check_scenario(*scenario)) {
      if (f.warning) result.warnings.add(file, json::locate(root, f.path), f.path, "warning: " + f.message);
      else problems.add(file, json::locate(root, f.path), f.path, f.message);
    }
    reactions_need_format3(root, *scenario, file, problems);
    corrections_need_format6(root, *scenario, file, problems);
    corrections_need_format9(root, *scenario, file, problems);
    if (scenario->format_version < 4)
      json::add_at_each(problems, file, root, bilingual,
                        "texts in two languages ({\"nl\": ..., \"en\": ...}) are new in scenario format version 4; "
                        "this file is version " + std::to_string(scenario->format_version));
    for (std::size_t i = 0; i < scenario->sources.size(); ++i) {
      const auto& supports = scenario->sources[i].supports;
      for (std::size_t k = 0; k < supports.size(); ++k) {
        if (json::find_path(root, supports[k]) == nullptr) {
          const std::string path = "sources[" + std::to_string(i) + "].supports[" + std::to_string(k) + "]";
          problems.add(file, json::locate(root, path), path, "'" + supports[k] + "' is not a field of this file");
        }
      }
    }
  }
  result.problems = without_repeats(problems, incomplete);
  if (result.problems.empty()) result.scenario = std::move(scenario);
  return result;
}

ScenarioLoad load_scenario_file(const std::string& path) {
  ScenarioLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? load_scenario_text(*text, path) : result;
}

}  // namespace epd

#pragma once
// Reading a scenario file: parse, load every field through cereal, then check
// across the file. All problems come back at once as diagnostics
// ("file:line:column: field.path: message"); nothing throws.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "json/diagnostics.h"
#include "scenario/scenario.h"

namespace epd {
namespace json {
struct FieldInfo;
}

struct ScenarioLoad {
  std::shared_ptr<const Scenario> scenario;  // null unless there were no problems
  json::Diagnostics problems;
  json::Diagnostics warnings;  // "warning: ..." findings of a valid file (validate prints them)
  std::string text;  // the file as read: a save embeds it, byte for byte
  bool ok() const { return scenario != nullptr; }
};

// `file` names the text in messages.
ScenarioLoad load_scenario_text(std::string_view text, const std::string& file);
ScenarioLoad load_scenario_file(const std::string& path);

// Every field a scenario has, read off its load functions once
// (json::FieldWalker): paths like "hospitals[].downtime.paper_kit_hours",
// whether each is required, and the default an optional one keeps.
const std::vector<json::FieldInfo>& scenario_field_catalogue();

}  // namespace epd

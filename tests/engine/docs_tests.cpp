// The reference pages must not drift from the code they document.

#include <catch2/catch.hpp>

#include <map>

#include "io/text_file.h"
#include "json/field_walker.h"
#include "metrics/registry.h"
#include "scenario/scenario_json.h"

namespace {

std::string page(const char* relative) {
  std::string error;
  const auto text = epd::read_text_file(std::string(EPD_SOURCE_DIR) + "/" + relative, &error);
  REQUIRE(text);
  return *text;
}

// The text of a page from the heading `title` (a line "## title") to the next
// heading of its level.
std::string section(const std::string& text, const std::string& title) {
  const std::size_t start = text.find("\n## " + title + "\n");
  REQUIRE(start != std::string::npos);
  const std::size_t end = text.find("\n## ", start + 1);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Rows "| `field` | `value` | ..." of the tables in `text`: value by field;
// a field given twice fails.
std::map<std::string, std::string> code_rows(const std::string& text) {
  std::map<std::string, std::string> rows;
  for (std::size_t at = text.find("\n| `"); at != std::string::npos; at = text.find("\n| `", at + 1)) {
    const std::size_t name_end = text.find("` | `", at + 4);
    const std::size_t line_end = text.find('\n', at + 1);
    if (name_end == std::string::npos || name_end > line_end) continue;
    const std::size_t value_end = text.find("` |", name_end + 5);
    REQUIRE(value_end < line_end);
    const std::string field = text.substr(at + 4, name_end - at - 4);
    INFO(field);
    CHECK(rows.emplace(field, text.substr(name_end + 5, value_end - name_end - 5)).second);
  }
  return rows;
}

}  // namespace

TEST_CASE("docs/metrics.md lists every metric with its unit", "[docs]") {
  const std::string text = page("docs/metrics.md");
  for (const auto& m : epd::metric_registry()) {
    const std::string row = "| `" + std::string(m.id) + "` | " + std::string(m.unit) + " |";
    INFO(row);
    CHECK(text.find(row) != std::string::npos);
  }
}

TEST_CASE("docs/scenario-format.md lists every default a scenario has, with the value the code has", "[docs]") {
  // The defaults as the load functions leave them; a hospital's fields are
  // named from the hospital ("emergency.physicians").
  std::map<std::string, std::string> in_code;
  for (const epd::json::FieldInfo& f : epd::json::FieldWalker::fields_of<epd::Scenario>()) {
    if (f.default_json.empty()) continue;
    const std::string hospital = "hospitals[].";
    const std::string field = f.path.rfind(hospital, 0) == 0 ? f.path.substr(hospital.size()) : f.path;
    const auto [it, first] = in_code.emplace(field, f.default_json);
    CHECK((first || it->second == f.default_json));  // the scenario's and a hospital's components alike
  }
  REQUIRE(in_code.size() > 120);
  const std::map<std::string, std::string> in_docs = code_rows(section(page("docs/scenario-format.md"), "Defaults"));
  for (const auto& [field, value] : in_code) {
    INFO(field << " defaults to " << value << " in the code");
    const auto row = in_docs.find(field);
    CHECK(row != in_docs.end());
    if (row != in_docs.end()) CHECK(row->second == value);
  }
  for (const auto& [field, value] : in_docs) {
    INFO(field << " is in the table but has no default in the code");
    CHECK(in_code.count(field) == 1);
  }
}

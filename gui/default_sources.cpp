#include "default_sources.h"

#include <map>
#include <string_view>

namespace epd::gui {

std::string_view scenario_format_doc();  // generated from docs/*.md (gui/CMakeLists.txt)
std::string_view calibration_doc();

namespace {

// The text from the heading "## title" to the next heading of its level.
std::string_view section(std::string_view page, std::string_view title) {
  const std::size_t start = page.find("\n## " + std::string(title) + "\n");
  if (start == std::string_view::npos) return {};
  const std::size_t end = page.find("\n## ", start + 1);
  return page.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '`')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '`')) s.remove_suffix(1);
  return std::string(s);
}

// The cells of a table row "| a | b | c |"; a '|' inside `code` is no border.
std::vector<std::string> cells(std::string_view row) {
  std::vector<std::string> out;
  bool code = false;
  std::size_t from = 1;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '`') code = !code;
    if (row[i] == '|' && !code) {
      out.push_back(trimmed(row.substr(from, i - from)));
      from = i + 1;
    }
  }
  return out;
}

template <class F>
void for_each_row(std::string_view text, F&& f) {
  for (std::size_t at = text.find("\n|"); at != std::string_view::npos; at = text.find("\n|", at + 1)) {
    const std::size_t end = text.find('\n', at + 1);
    f(cells(text.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1)));
  }
}

std::map<std::string, DefaultSource> read_tables() {
  std::map<std::string, std::string> sources;  // tag -> source
  for_each_row(section(calibration_doc(), "Sources"), [&](const std::vector<std::string>& c) {
    if (c.size() >= 2 && c[0] != "tag" && c[0].find("---") == std::string::npos) sources[c[0]] = c[1];
  });
  std::map<std::string, DefaultSource> rows;
  for_each_row(section(scenario_format_doc(), "Defaults"), [&](const std::vector<std::string>& c) {
    if (c.size() < 4 || c[0] == "field" || c[0].find("---") != std::string::npos) return;
    DefaultSource d{c[2], c[3], {}};
    for (std::size_t open = d.source.find('['); open != std::string::npos; open = d.source.find('[', open + 1)) {
      const std::size_t close = d.source.find(']', open);
      if (close == std::string::npos) break;
      const std::string tag = d.source.substr(open + 1, close - open - 1);
      if (const auto it = sources.find(tag); it != sources.end()) d.references.push_back(tag + ": " + it->second);
    }
    rows.emplace(c[0], std::move(d));
  });
  return rows;
}

}  // namespace

std::string generic_path(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    out += path[i];
    if (path[i] == '[')
      while (i + 1 < path.size() && path[i + 1] != ']') ++i;
  }
  return out;
}

const DefaultSource* default_source(const std::string& field_path) {
  static const std::map<std::string, DefaultSource> rows = read_tables();
  // A hospital's fields are named from the hospital in the tables ("wards.ward_beds").
  std::string field = generic_path(field_path);
  const std::string hospital = "hospitals[].";
  if (field.rfind(hospital, 0) == 0) field = field.substr(hospital.size());
  const auto it = rows.find(field);
  return it == rows.end() ? nullptr : &it->second;
}

}  // namespace epd::gui

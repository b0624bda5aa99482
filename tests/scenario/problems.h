#pragma once
// What the loader tests share: a file with one piece replaced, and the
// problems a text gets, formatted as the user sees them.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/scenario_load.h"

namespace epd::test {

using Lines = std::vector<std::string>;

// `text` with the first `from` replaced by `to` (which must be there).
inline std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Problems or warnings as the user sees them: "file:line:column: path: message".
inline Lines formatted(const json::Diagnostics& diagnostics) {
  Lines out;
  for (const auto& d : diagnostics.items()) out.push_back(d.format());
  return out;
}

// Every problem of `text` loaded as `file`.
inline Lines problems(const std::string& text, const std::string& file) {
  const ScenarioLoad load = load_scenario_text(text, file);
  const Lines out = formatted(load.problems);
  CHECK(load.ok() == out.empty());
  return out;
}

}  // namespace epd::test

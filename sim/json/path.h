#pragma once
// Field paths as messages write them: "hospitals[0].functions[2].name".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace epd::json {

struct PathStep {
  bool is_index = false;
  std::size_t index = 0;  // is_index: the list element
  std::string_view key;   // else: the object member (a view into the path)
};

// The steps of `path`; `complete` is false when a step is malformed ("[x]",
// an unclosed "["), and the steps stop before it.
std::vector<PathStep> split_path(std::string_view path, bool* complete = nullptr);

// "hospitals[0]" + "name" -> "hospitals[0].name"; "" + "id" -> "id".
std::string member_path(std::string_view parent, std::string_view key);
// "hospitals[0].functions" -> "hospitals[0]"; "hospitals[2]" -> "hospitals"; "id" -> "".
std::string parent_path(std::string_view path);
// "hospitals" + 2 -> "hospitals[2]".
std::string element_path(std::string_view parent, std::size_t index);

}  // namespace epd::json

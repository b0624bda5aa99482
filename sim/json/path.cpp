#include "json/path.h"

#include <limits>

namespace epd::json {

std::vector<PathStep> split_path(std::string_view path, bool* complete) {
  std::vector<PathStep> steps;
  if (complete) *complete = false;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '.') {
      ++i;
      continue;
    }
    if (path[i] == '[') {
      const auto close = path.find(']', i);
      if (close == std::string_view::npos || close == i + 1) return steps;
      std::size_t index = 0;
      for (std::size_t k = i + 1; k < close; ++k) {
        if (path[k] < '0' || path[k] > '9' || index > (std::numeric_limits<std::size_t>::max() - 9) / 10) return steps;
        index = index * 10 + static_cast<std::size_t>(path[k] - '0');
      }
      steps.push_back(PathStep{true, index, {}});
      i = close + 1;
      continue;
    }
    const auto end = path.find_first_of(".[", i);
    steps.push_back(PathStep{false, 0, path.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i)});
    i = end == std::string_view::npos ? path.size() : end;
  }
  if (complete) *complete = true;
  return steps;
}

std::string member_path(std::string_view parent, std::string_view key) {
  std::string path(parent);
  if (!path.empty()) path += '.';
  path += key;
  return path;
}

std::string parent_path(std::string_view path) {
  const auto cut = path.find_last_of(".[");
  return cut == std::string_view::npos ? std::string() : std::string(path.substr(0, cut));
}

std::string element_path(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

}  // namespace epd::json

#include "json/field_hints.h"

#include <algorithm>

#include "json/text_util.h"

namespace epd::json {
namespace {

constexpr std::size_t kMostHints = 3;
// Shorter words ("day", "at", "from") are parts of too many names to hint at.
constexpr std::size_t kShortestWord = 5;

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_letter);
}

// "hospitals[0].functions[2]" -> "hospitals[].functions[]"
std::string generic(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    out += path[i];
    if (path[i] != '[') continue;
    while (i + 1 < path.size() && path[i + 1] != ']') ++i;
  }
  return out;
}

// `part`'s words ('_' between them) are a run of `whole`'s words, case
// aside. Copies nothing: it runs for every field of the file's type.
bool holds_words(std::string_view whole, std::string_view part) {
  if (part.size() < kShortestWord || part.size() > whole.size()) return false;
  for (std::size_t at = 0; at + part.size() <= whole.size(); ++at) {
    if (at > 0 && whole[at - 1] != '_') continue;
    const std::size_t end = at + part.size();
    if (end < whole.size() && whole[end] != '_') continue;
    if (same_ignoring_case(whole.substr(at, part.size()), part)) return true;
  }
  return false;
}

bool alike(std::string_view key, std::string_view name) {
  return same_ignoring_case(key, name) || holds_words(name, key) || holds_words(key, name) || is_typo_of(key, name);
}

// The records around `path`, nearest first: each list element it is in (or
// is), then the file ("").
std::vector<std::string> records_around(const std::string& path) {
  std::vector<std::string> out;
  for (std::size_t end = path.rfind(']'); end != std::string::npos; end = end == 0 ? std::string::npos : path.rfind(']', end - 1))
    out.push_back(path.substr(0, end + 1));
  out.emplace_back();
  return out;
}

}  // namespace

std::vector<std::string> fields_like(std::string_view key, const std::string& object_path,
                                     const std::vector<std::string>& catalogue) {
  for (const std::string& record : records_around(object_path)) {
    const std::string prefix = record.empty() ? "" : generic(record) + ".";
    std::vector<std::string> found;
    for (const std::string& field : catalogue) {
      if (field.compare(0, prefix.size(), prefix) != 0) continue;
      const std::string_view rest = std::string_view(field).substr(prefix.size());
      if (rest.empty() || rest.find('[') != std::string_view::npos) continue;  // not in a list inside the record
      const std::size_t dot = rest.rfind('.');
      if (!alike(key, dot == std::string_view::npos ? rest : rest.substr(dot + 1))) continue;
      std::string here = record.empty() ? std::string(rest) : record + "." + std::string(rest);
      if (here == object_path) continue;  // the object the key is written in
      found.push_back(std::move(here));
      if (found.size() == kMostHints) break;
    }
    if (!found.empty()) return found;
  }
  return {};
}

}  // namespace epd::json

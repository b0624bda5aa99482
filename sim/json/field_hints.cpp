#include "json/field_hints.h"

#include <cctype>

#include "json/text_util.h"

namespace epd::json {
namespace {

constexpr std::size_t kMostHints = 3;
// Shorter words ("day", "at", "from") are parts of too many names to hint at.
constexpr std::size_t kShortestWord = 5;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
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

// `part`'s words ('_' between them) are a run of `whole`'s words.
bool holds_words(const std::string& whole, const std::string& part) {
  return part.size() >= kShortestWord && ("_" + whole + "_").find("_" + part + "_") != std::string::npos;
}

bool alike(std::string_view key, const std::string& name) {
  const std::string k = lower(key), n = lower(name);
  return k == n || holds_words(n, k) || holds_words(k, n) || closest_name(key, {name}).has_value();
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
      const std::string rest = field.substr(prefix.size());
      if (rest.empty() || rest.find('[') != std::string::npos) continue;  // not in a list inside the record
      const std::size_t dot = rest.rfind('.');
      if (!alike(key, dot == std::string::npos ? rest : rest.substr(dot + 1))) continue;
      std::string here = record.empty() ? rest : record + "." + rest;
      if (here == object_path) continue;  // the object the key is written in
      found.push_back(std::move(here));
      if (found.size() == kMostHints) break;
    }
    if (!found.empty()) return found;
  }
  return {};
}

}  // namespace epd::json

#include "text/language.h"

#include "text/numbers.h"

#include <atomic>
#include <cstdlib>
#include <unordered_map>

namespace epd {
namespace {

std::atomic<Lang> g_language{Lang::en};

const std::unordered_map<std::string_view, const char*>& catalogue() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, const char*>();
    std::size_t count = 0;
    const CatalogueEntry* entries = dutch_catalogue(&count);
    for (std::size_t i = 0; i < count; ++i) map->emplace(entries[i].english, entries[i].dutch);
    return map;
  }();
  return *table;
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code.size() < 2) return std::nullopt;  // "C", ""
  const std::string_view two = code.substr(0, 2);
  const bool whole = code.size() == 2 || code[2] == '_' || code[2] == '-' || code[2] == '.' || code[2] == '@';
  if (!whole) return std::nullopt;
  if (two == "nl" || two == "NL") return Lang::nl;
  if (two == "en" || two == "EN") return Lang::en;
  return std::nullopt;
}

const std::string& local_text(const std::map<std::string, std::string>& dutch, const std::string& english) {
  if (language() != Lang::nl) return english;
  const auto it = dutch.find(english);
  return it == dutch.end() ? english : it->second;
}

std::string_view lang_code(Lang lang) { return lang == Lang::nl ? "nl" : "en"; }

Lang lang_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return parse_lang(value).value_or(Lang::en);  // the first one set decides, as in POSIX
  }
  return Lang::en;
}

void set_language(Lang lang) { g_language.store(lang); }
Lang language() { return g_language.load(); }

const char* dutch_of(std::string_view english) {
  const auto& table = catalogue();
  const auto it = table.find(english);
  return it == table.end() ? nullptr : it->second;
}

const char* tr(const char* english) {
  if (language() != Lang::nl) return english;
  const char* nl = dutch_of(english);
  return nl != nullptr ? nl : english;
}

namespace {

template <class Args>
std::string fill_slots(std::string_view pattern, const Args& args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool slot = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
                      pattern[i + 1] <= '9';
    const auto n = slot ? static_cast<std::size_t>(pattern[i + 1] - '0') : args.size();
    if (slot && n < args.size()) {
      out += *(args.begin() + static_cast<std::ptrdiff_t>(n));
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) { return fill_slots(pattern, args); }
std::string fill(std::string_view pattern, const std::vector<std::string>& args) { return fill_slots(pattern, args); }

std::string counted(std::size_t n, const char* one, const char* many) {
  return n == 1 ? std::string(tr(one)) : fill(tr(many), {format_count(static_cast<double>(n))});  // "34.220 bedden"
}

}  // namespace epd

// The catalogue against the sources: every tr("...") and tr_later("...")
// literal in gui/ and sim/ has its Dutch, no row of the catalogue is unused,
// the Dutch keeps every {n} of the English, and the Dutch says SEH, poli, OK,
// verpleegafdeling, terugvalprocedure, BCA, ROAZ, Z-CERT, AP and meldplicht
// where the English speaks of those things.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "metrics/registry.h"
#include "text/engine_messages.h"
#include "text/enum_words.h"
#include "text/language.h"

using namespace epd;

namespace {

struct Use {
  std::string file;
  int line = 0;
};

// The C++ literal's text: \n, \", \\ and \t as the program sees them.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
  }
  return out;
}

// Every literal given to tr( or tr_later( in the program's sources.
std::map<std::string, Use> texts_in_sources() {
  std::map<std::string, Use> found;
  namespace fs = std::filesystem;
  for (const char* dir : {"gui", "sim"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(EPD_SOURCE_DIR) / dir)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".h") continue;
      const std::string name = entry.path().filename().string();
      if (name == "catalogue_nl.cpp" || name == "language.h") continue;  // the catalogue and its explanation
      std::ifstream in(entry.path());
      std::stringstream buffer;
      buffer << in.rdbuf();
      const std::string src = buffer.str();
      for (const std::string call : {"tr(\"", "tr_later(\""}) {
        for (std::size_t at = src.find(call); at != std::string::npos; at = src.find(call, at + 1)) {
          if (at > 0 && (std::isalnum(static_cast<unsigned char>(src[at - 1])) || src[at - 1] == '_')) continue;
          std::size_t i = at + call.size();
          std::string literal;
          while (i < src.size() && src[i] != '"') {
            if (src[i] == '\\' && i + 1 < src.size()) literal += src[i++];
            literal += src[i++];
          }
          const int line = static_cast<int>(std::count(src.begin(), src.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
          found.emplace(unescape(literal), Use{fs::relative(entry.path(), EPD_SOURCE_DIR).string(), line});
        }
      }
    }
  }
  return found;
}

std::set<std::string> placeholders(const std::string& s) {
  std::set<std::string> out;
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (s[i] == '{' && std::isdigit(static_cast<unsigned char>(s[i + 1])) && s[i + 2] == '}') out.insert(s.substr(i, 3));
  return out;
}

std::vector<CatalogueEntry> catalogue_rows() {
  std::size_t count = 0;
  const CatalogueEntry* rows = dutch_catalogue(&count);
  return {rows, rows + count};
}

bool has_word(const std::string& text, const std::string& word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    if (start && (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end])))) return true;
  }
  return false;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("every text shown to people has its Dutch in the catalogue", "[text]") {
  std::string missing;
  for (const auto& [text, use] : texts_in_sources())
    if (dutch_of(text) == nullptr) missing += use.file + ":" + std::to_string(use.line) + ": \"" + text + "\"\n";
  INFO("texts without Dutch (add them to sim/text/*_nl.inc):\n" << missing);
  CHECK(missing.empty());
}

TEST_CASE("every row of the catalogue is a text the program shows, given once", "[text]") {
  const auto used = texts_in_sources();
  std::set<std::string> seen;
  std::string unused, twice;
  for (const CatalogueEntry& row : catalogue_rows()) {
    if (!used.count(row.english)) unused += std::string("\"") + row.english + "\"\n";
    if (!seen.insert(row.english).second) twice += std::string("\"") + row.english + "\"\n";
  }
  INFO("rows no source uses:\n" << unused << "rows given twice:\n" << twice);
  CHECK(unused.empty());
  CHECK(twice.empty());
}

TEST_CASE("the Dutch keeps every placeholder of the English and is never empty", "[text]") {
  for (const CatalogueEntry& row : catalogue_rows()) {
    INFO(row.english << " -> " << row.dutch);
    CHECK(placeholders(row.english) == placeholders(row.dutch));
    CHECK(std::string(row.dutch).size() > 0);
  }
}

TEST_CASE("the Dutch uses the terms Dutch hospitals use", "[text]") {
  // An English word in a text, and what the Dutch of that text must then say.
  struct Term {
    const char* english;  // a whole word, lower case
    const char* dutch;    // must appear in the Dutch
  };
  const Term terms[] = {{"ed", "SEH"},
                        {"emergency department", "SEH"},
                        {"outpatient", "poli"},
                        {"theatre", "OK"},
                        {"ward", "afdeling"},
                        {"wards", "afdeling"},
                        {"fallback", "terugval"},
                        {"fallbacks", "terugval"},
                        {"continuity viewer", "BCA"},
                        {"roaz", "ROAZ"},
                        {"z-cert", "Z-CERT"},
                        {"duty to notify", "meldplicht"},
                        {"facilitator", "spelleid"}};
  for (const CatalogueEntry& row : catalogue_rows()) {
    const std::string english = lower(row.english);
    for (const Term& t : terms) {
      if (!has_word(english, t.english)) continue;
      INFO("\"" << row.english << "\" -> \"" << row.dutch << "\" should say " << t.dutch);
      const std::string want = t.dutch;
      const bool capitals = std::none_of(want.begin(), want.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
      CHECK((capitals ? std::string(row.dutch) : lower(row.dutch)).find(want) != std::string::npos);
    }
  }
  // And the console, reports and command line (metric names included) say
  // each of them somewhere: abbreviations as whole words, in capitals;
  // words at the start of a word ("Verpleegafdelingen", "poliafspraken").
  std::vector<std::string> dutch;
  for (const CatalogueEntry& r : catalogue_rows()) dutch.emplace_back(r.dutch);
  for (const MetricDef& m : metric_registry()) {
    const MetricWords w = metric_words(m, Lang::nl);
    dutch.emplace_back(w.name);
    dutch.emplace_back(w.meaning);
  }
  const auto says = [](const std::string& text, const std::string& term) {
    const bool word = std::any_of(term.begin(), term.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (!word) return has_word(text, term);
    const std::string t = lower(text);
    for (std::size_t at = t.find(term); at != std::string::npos; at = t.find(term, at + 1))
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(t[at - 1]))) return true;
    return false;
  };
  for (const char* term : {"SEH", "poli", "OK", "verpleegafdeling", "terugvalprocedure", "BCA", "ROAZ", "Z-CERT", "AP",
                           "meldplicht"}) {
    const bool said = std::any_of(dutch.begin(), dutch.end(), [&](const std::string& d) { return says(d, term); });
    INFO("no Dutch text says " << term);
    CHECK(said);
  }
}

TEST_CASE("the language comes from a code or the locale, Dutch for any Dutch locale", "[text]") {
  CHECK(parse_lang("nl") == Lang::nl);
  CHECK(parse_lang("nl_NL.UTF-8") == Lang::nl);
  CHECK(parse_lang("nl-BE") == Lang::nl);
  CHECK(parse_lang("en_GB.UTF-8") == Lang::en);
  CHECK_FALSE(parse_lang("de").has_value());
  CHECK_FALSE(parse_lang("nld").has_value());
  CHECK_FALSE(parse_lang("").has_value());
  CHECK_FALSE(parse_lang("C").has_value());
  CHECK_FALSE(parse_lang("n").has_value());
  set_language(Lang::nl);
  CHECK(std::string(tr("met")) == "gehaald");
  CHECK(std::string(tr("a text nobody translated")) == "a text nobody translated");
  set_language(Lang::en);
  CHECK(std::string(tr("met")) == "met");
  CHECK(fill("{1} of {0}", {"a", "b"}) == "b of a");
  CHECK(fill("{0}% and {9}", {"5"}) == "5% and {9}");
}

TEST_CASE("the engine's refusals are said again in Dutch, names in the scenario's Dutch, unknown ones as written", "[text]") {
  set_language(Lang::nl);
  CHECK(engine_message("the crisis team is already active") == "het crisisteam is al actief");
  CHECK(engine_message("'Press inquiry' was already delivered at T+0d 02:00") ==
        "'Press inquiry' is al gegeven op T+0d 02:00");
  CHECK(engine_message("percent must be between 0 and 100 % (got 120)") == "percent moet tussen 0 en 100 % liggen (niet 120)");
  CHECK(engine_message("a message the engine never wrote") == "a message the engine never wrote");
  set_language(Lang::en);
  CHECK(engine_message("the crisis team is already active") == "the crisis team is already active");
}

TEST_CASE("a decision's usual parameters are named in the language shown, a scenario's own as written", "[text]") {
  const Lang was = language();
  set_language(Lang::nl);
  CHECK(param_words("hours") == "uren");
  CHECK(param_words("percent") == "procent");
  CHECK(param_words("beds_opened") == "beds_opened");
  set_language(was);
}

#pragma once
// Dutch and English for every text a person reads: the console, the reports
// and the command line's human output. Texts are written in English in the
// source, wrapped in tr("..."); the Dutch comes from the catalogue
// (catalogue_nl.cpp and its *_nl.inc tables). A test reads every tr("...")
// in the sources and fails when one has no Dutch.
//
// Why a catalogue of our own and not GNU gettext: gettext picks its language
// from the process locale, and a Debian machine without a generated nl_NL
// locale (most of them) cannot switch; the console must change language at
// once from a setting, a report must be written in the language asked for,
// and the texts travel inside the program, offline. The lookup is one hash
// per text.
//
// The engine never reads the language: results, saves and fingerprints are
// the same in Dutch and English. Only what is shown to people changes.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace epd {

enum class Lang : std::uint8_t { en, nl };

// "nl", "en", "nl_NL.UTF-8", "nl-BE", "en_GB": the language; nullopt otherwise.
std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);  // "nl", "en"
// The default from the system locale (LC_ALL, LC_MESSAGES, LANG, as POSIX
// orders them): Dutch for a Dutch locale, English otherwise.
Lang lang_from_environment();

// The language of the program's texts from now on (the console's setting,
// the command line's --lang). English until set.
void set_language(Lang lang);
Lang language();

// A text said in both languages when it was written, for what is kept and
// shown later (the console's event log): a switch of language then shows
// each line in the new language, numbers and names as they were.
struct Said {
  std::string en, nl;
  const std::string& in(Lang lang) const { return lang == Lang::nl ? nl : en; }
  const std::string& now() const { return in(language()); }
  bool empty() const { return en.empty() && nl.empty(); }
};
// Runs `say` (a function that returns a text) once in each language.
template <class Say>
Said say_in_both(Say&& say) {
  const Lang was = language();
  Said out;
  set_language(Lang::en);
  out.en = say();
  set_language(Lang::nl);
  out.nl = say();
  set_language(was);
  return out;
}

// `english` in the current language: itself, or its Dutch from the catalogue
// (itself when the catalogue has none, which the catalogue test forbids).
const char* tr(const char* english);
// Marks a literal as a text to translate where it is shown, not here (a
// table of state words, say): tr(word) then finds it in the catalogue.
constexpr const char* tr_later(const char* english) { return english; }

// The Dutch of `english`, or nullptr: for the catalogue test.
const char* dutch_of(std::string_view english);

// The catalogue's rows (catalogue_nl.cpp): English as in the source, Dutch.
struct CatalogueEntry {
  const char* english;
  const char* dutch;
};
const CatalogueEntry* dutch_catalogue(std::size_t* count);

// A file's own text (a scenario's, a plan's, a save's title) in the current
// language: its Dutch from `dutch`, the file's translations keyed by the
// English, when Dutch is shown and the file gave one; else `english`.
const std::string& local_text(const std::map<std::string, std::string>& dutch, const std::string& english);

// "{0} of {1}" with the arguments in place: texts with numbers and names in
// them keep the word order of their language.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
std::string fill(std::string_view pattern, const std::vector<std::string>& args);

// `one` ("1 day") or `many` ("{0} days") with n in it, in the language chosen
// now: both are English keys (tr_later), translated here.
std::string counted(std::size_t n, const char* one, const char* many);

}  // namespace epd

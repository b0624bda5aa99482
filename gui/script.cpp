#include "script.h"

#include <set>

namespace epd::gui {
namespace {

const std::set<std::string> kVerbs = {
    // the drill
    "open", "speed", "play", "jump", "next-inject", "deliver", "hold", "release", "skip", "adhoc", "decide", "form",
    "take", "hospital", "note", "save", "close", "autopause", "undo",
    // review
    "resume", "review", "scrub", "rate", "store", "whatif", "compare", "save-whatif", "export", "manyruns",
    // the window
    "screenshot", "frames", "edit-new", "edit", "edit-select", "edit-set", "edit-remove", "edit-add",
    "edit-problems", "edit-problem", "edit-save", "edit-close", "edit-dryrun", "edit-view",
    // the scenario library
    "library-folder", "library-export", "library-import", "library-replace", "library-lists"};

// Splits a line into words; "double quotes" group words.
bool split(const std::string& line, std::vector<std::string>& out, std::size_t& bad_at) {
  std::string word;
  bool in_quotes = false, any = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      in_quotes = !in_quotes;
      any = true;
    } else if (c == '#' && !in_quotes) {
      break;
    } else if ((c == ' ' || c == '\t') && !in_quotes) {
      if (any) out.push_back(word);
      word.clear();
      any = false;
    } else {
      word += c;
      any = true;
    }
    if (in_quotes) bad_at = i;
  }
  if (any) out.push_back(word);
  return !in_quotes;
}

}  // namespace

std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file, json::Diagnostics& problems) {
  std::vector<ScriptStep> steps;
  std::size_t start = 0;
  int number = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    ++number;
    start = end + 1;
    std::vector<std::string> words;
    std::size_t bad_at = 0;
    if (!split(line, words, bad_at)) {
      problems.add(file, {number, static_cast<int>(bad_at) + 1}, "", "a quote is not closed");
      continue;
    }
    if (words.empty()) continue;
    ScriptStep step;
    step.line = number;
    step.verb = words.front();
    if (kVerbs.count(step.verb) == 0) {
      problems.add(file, {number, static_cast<int>(line.find(step.verb)) + 1}, "",
                   "unknown action '" + step.verb + "'");
      continue;
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
      const auto eq = words[i].find('=');
      const bool takes_named = step.verb == "decide" || step.verb == "form" || step.verb == "rate" || step.verb == "whatif" ||
                              step.verb == "jump" || step.verb == "next-inject";
      if (takes_named && eq != std::string::npos && eq > 0) {
        step.named.emplace_back(words[i].substr(0, eq), words[i].substr(eq + 1));
      } else {
        step.words.push_back(words[i]);
      }
    }
    const bool needs_word = step.verb != "next-inject" && step.verb != "store" && step.verb != "close" &&
                            step.verb != "save-whatif" && step.verb != "take" && step.verb != "undo" &&
                            step.verb != "edit-close" && step.verb != "edit-select" &&
                            step.verb != "edit-dryrun";
    if (needs_word && step.words.empty())
      problems.add(file, {number, 1}, "", "'" + step.verb + "' needs an argument");
    else
      steps.push_back(std::move(step));
  }
  return steps;
}

}  // namespace epd::gui

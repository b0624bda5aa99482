#include "text/engine_messages.h"

#include <regex>
#include <vector>

#include "scenario/scenario.h"
#include "text/language.h"

namespace epd {
namespace {

// The engine's refusals (sim/rules/decisions.cpp, fallbacks.cpp, injects.cpp),
// as patterns: {n} stands for a name, a time or a number.
constexpr const char* kPatterns[] = {
    tr_later("{0} is already active (since {1})"),
    tr_later("{0} is already being activated; it works from {1}"),
    tr_later("no paper downtime kits are left for {0}; restock the kits first"),
    tr_later("{0} needs {1}, which is {2}"),
    tr_later("unknown decision '{0}'"),
    tr_later("unknown hospital '{0}'"),
    tr_later("'{0}' has no parameter '{1}'; its parameters: {2}"),
    tr_later("'{0}' has no parameter '{1}'"),
    tr_later("'{0}' needs {1} ({2} to {3})"),
    tr_later("{0} must be a whole number (got {1})"),
    tr_later("{0} must be between {1} and {2} (got {3})"),
    tr_later("for no hospital: {0}"),
    tr_later("already decided at {0}; it takes effect at {1}"),
    tr_later("the crisis team is already active"),
    tr_later("{0} has no component '{1}'"),
    tr_later("{0} is already isolated"),
    tr_later("{0} is not isolated"),
    tr_later("{0} has no fallback '{1}'"),
    tr_later("{0} is not active"),
    tr_later("choose the function to restore next: {0}"),
    tr_later("unknown function '{0}'; expected one of: {1}"),
    tr_later("{0} does not need restoring (it is {1})"),
    tr_later("IT is already restoring {0}"),
    tr_later("position must be a whole number from 1 (restored first) to {0}"),
    tr_later("this notification was already made at {0}"),
    tr_later("the incident is already closed"),
    tr_later("there is no incident to close"),
    tr_later("not every function is up yet: {0}"),
    tr_later("{0} paper records still await back-entry"),
    tr_later("the ED of {0} is already off the emergency rota until {1}"),
    tr_later("the ED of {0} already takes ambulances and walk-ins"),
    tr_later("requires {0}"),
    tr_later("an ad-hoc inject needs a title"),
    tr_later("unknown component '{0}'"),
    tr_later("unknown inject '{0}'"),
    tr_later("'{0}' was already delivered at {1}"),
    tr_later("'{0}' was skipped"),
    tr_later("'{0}' is already held"),
    tr_later("'{0}' is not held"),
    // The loader and validator (sim/json, sim/scenario): the common ones.
    tr_later("warning: {0}"),
    tr_later("missing required field \"{0}\""),
    tr_later("unknown field \"{0}\"; did you mean \"{1}\"?"),
    tr_later("unknown field \"{0}\""),
    tr_later("expected {0}, found {1}"),
    tr_later("must be between {0} and {1}"),
    tr_later("must be at least {0}"),
    tr_later("is too large a number"),
    tr_later("unknown {0} '{1}'; did you mean '{2}'?"),
    tr_later("unknown {0} '{1}'"),
    tr_later("unknown value '{0}'; expected one of: {1}"),
    tr_later("expected ',' or '}' after an object member"),
    tr_later("expected ',' or ']' after a list element"),
    tr_later("expected ':' after the field name"),
    tr_later("expected a field name in double quotes, found {0}"),
    tr_later("expected a value, found {0}"),
    tr_later("unexpected end of file"),
    tr_later("new in scenario format version {0}: write \"format_version\": {1}"),
    tr_later("this program reads format versions {0} to {1}; this file needs a newer EPD Drill"),
    tr_later("a scenario needs at least one hospital"),
    tr_later("'all' means every hospital in commands: choose another id"),
    tr_later("must not be empty"),
    tr_later("'{0}' is used twice"),
    tr_later("every hospital has its own '{0}': name the hospital (\"hospital\")"),
    tr_later("'{0}' is shared by the hospitals: it has no instance of one hospital's own"),
    tr_later("'{0}' is already one of the scenario's components"),
    tr_later("a function needs at least one role"),
    tr_later("a function needs at least one component it runs on"),
    tr_later("a fallback must cover at least one function"),
    tr_later("the designated centre '{0}' is not a hospital of this region; did you mean '{1}'?"),
    tr_later("the designated centre '{0}' is not a hospital of this region"),
    tr_later("a hospital does not divert to itself: travel goes to another hospital"),
    tr_later("travel between {0} and {1} is given twice (it holds both ways)"),
    tr_later("can never happen: after the scenario's horizon ({0})"),
    tr_later("can never happen: after the scenario's horizon"),
    tr_later("can never happen: {0} never exceeds {1}"),
    tr_later("can never happen: {0} is never below 0"),
    tr_later("can never happen before scenario format version 3: write \"format_version\": 3"),
    tr_later("'{0}' is new in scenario format version 3: write \"format_version\": 3"),
    tr_later("an inject cannot wait for itself"),
    tr_later("'{0}' is declared twice"),
    tr_later("a {0} decision has no parameter '{1}'; did you mean '{2}'?"),
    tr_later("a {0} decision has no parameter '{1}'"),
    tr_later("a {0} decision needs a parameter '{1}'"),
    tr_later("name at least one action that meets this deadline"),
    tr_later("not a core capability of HSEEP: '{0}'; did you mean '{1}'? (docs/scenario-format.md lists all 32)"),
    tr_later("not a core capability of HSEEP: '{0}' (docs/scenario-format.md lists all 32)"),
    tr_later("not a core capability of HSEEP: '{0}'"),
    tr_later("a legal deadline is the region's: it has no hospital"),
    tr_later("a capability element is planning, organization, equipment, training or exercises"),
    tr_later("the state diverged after {0}: recorded {1}, replayed {2}"),
    tr_later("the state diverged after the last command, on the way to {0}: recorded {1}, replayed {2}"),
    tr_later("{0}: {1}"),
};

// Words that stand inside those messages: JSON's kinds of value and the kinds
// of id a scenario declares.
constexpr const char* kWords[] = {
    tr_later("a string"),  tr_later("an integer"), tr_later("a number"),   tr_later("a number with a fraction"),
    tr_later("an object"), tr_later("a list"),     tr_later("true or false"), tr_later("an empty string"),
    tr_later("decision"),  tr_later("inject"),     tr_later("component"),  tr_later("function"),
    tr_later("fallback"),  tr_later("hospital"),   tr_later("metric"),     tr_later("action"),
    tr_later("objective"), tr_later("deadline"),   tr_later("profile"),
};

std::string translate(const std::string& text, const Scenario* scenario, int depth);

struct Compiled {
  const char* pattern;
  std::regex re;
};

// "{0} is not active" -> ^(.+?) is not active$
const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> list = [] {
    std::vector<Compiled> out;
    for (const char* p : kPatterns) {
      std::string re = "^";
      for (const char* c = p; *c != '\0'; ++c) {
        if (c[0] == '{' && c[1] >= '0' && c[1] <= '9' && c[2] == '}') {
          re += "(.+?)";
          c += 2;
        } else if (std::string_view("\\^$.|?*+()[]{}").find(*c) != std::string_view::npos) {
          re += '\\';
          re += *c;
        } else {
          re += *c;
        }
      }
      out.push_back({p, std::regex(re + "$")});
    }
    return out;
  }();
  return list;
}

}  // namespace

namespace {

// An argument: a word of the program, a message of its own ("warning: ..."),
// or a name from the scenario.
std::string argument(const std::string& arg, const Scenario* scenario, int depth) {
  for (const char* w : kWords)
    if (arg == w) return tr(w);
  if (scenario != nullptr)
    if (const std::string& dutch = scenario->local(arg); dutch != arg) return dutch;
  return depth < 2 ? translate(arg, scenario, depth + 1) : arg;
}

std::string translate(const std::string& text, const Scenario* scenario, int depth) {
  for (const Compiled& c : compiled()) {
    // "{0}: {1}" is for a message that names what it is about; only at the top.
    if (depth > 0 && std::string_view(c.pattern) == "{0}: {1}") continue;
    std::smatch m;
    if (!std::regex_match(text, m, c.re)) continue;
    std::vector<std::string> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back(argument(m[i].str(), scenario, depth));
    return fill(tr(c.pattern), args);
  }
  return text;
}

}  // namespace

std::string engine_message(std::string_view english, const Scenario* scenario) {
  if (language() == Lang::en || english.empty()) return std::string(english);
  return translate(std::string(english), scenario, 0);
}

std::string problem_line(json::Diagnostic problem) {
  problem.message = engine_message(problem.message);
  return problem.format();
}

std::string problems_text(const json::Diagnostics& problems) {
  if (language() == Lang::en) return problems.format_all();
  std::string out;
  for (const json::Diagnostic& d : problems.items()) out += problem_line(d) + '\n';
  return out;
}

}  // namespace epd

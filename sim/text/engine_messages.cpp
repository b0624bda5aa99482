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
};

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

std::string engine_message(std::string_view english, const Scenario* scenario) {
  if (language() == Lang::en || english.empty()) return std::string(english);
  const std::string text(english);
  for (const Compiled& c : compiled()) {
    std::smatch m;
    if (!std::regex_match(text, m, c.re)) continue;
    std::vector<std::string> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back(scenario ? scenario->local(m[i].str()) : m[i].str());
    std::string out = fill(tr(c.pattern), args);
    return out;
  }
  return text;
}

}  // namespace epd

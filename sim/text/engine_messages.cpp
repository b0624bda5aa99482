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
    tr_later("'{0}' is named twice: the decision is taken once for it"),
    tr_later("no hospital has a function '{0}': the engine will refuse this command"),
    tr_later("the scenario has no component '{0}': the engine will refuse this command"),
    tr_later("the scenario has no hospital '{0}': the component changes at every hospital"),
    tr_later("the scenario has no hospital '{0}': the effect changes nothing"),
    tr_later("this decision takes no target: '{0}' is ignored"),
    tr_later("this decision always acts on '{0}': '{1}' is ignored"),
    tr_later("an empty list names no hospital: the decision goes to the first hospital, as without the list"),
    // After the specific ones above, which it would take too.
    tr_later("{0}: the engine will refuse this command"),
    tr_later("missing required field \"{0}\""),
    tr_later("unknown field \"{0}\"; did you mean \"{1}\"?"),
    tr_later("unknown field \"{0}\"; fields like it: {1}"),
    tr_later("unknown field \"{0}\""),
    // Before the general form below, which would take it too.
    tr_later("expected a value, found {0} (text needs double quotes)"),
    tr_later("expected {0}, found {1}"),
    tr_later("must be later in the day than {0} ({1})"),
    tr_later("must not be earlier in the day than {0} ({1})"),
    tr_later("needs at least one round (leave the field out for the default rounds)"),
    tr_later("the shares of the rounds must add up to 1"),
    tr_later("must be between {0} and {1}"),
    tr_later("must be between {0} and {1} ({2})"),
    tr_later("at most {0} items (this list has {1})"),
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
    tr_later("format version {0} is not one this program reads (it reads 1 to {1})"),
    tr_later("expected {0} values, found {1}"),
    tr_later("expected {0} lists, found {1}"),
    tr_later("expected a step of {0} minutes"),
    tr_later("unknown status '{0}'"),
    tr_later("expected {0} statuses"),
    tr_later("met and undecided add up to more than the seeds run ({0})"),
    tr_later("no plan {0} in the header"),
    tr_later("no plan '{0}' in this batch"),
    tr_later("expected a date and time such as \"2026-04-07T07:00\""),
    tr_later("expected a whole number 0 or more"),
    tr_later("no run gives a figure this large (at most 1e12 either way)"),
    tr_later("no run is longer than 366 days (527040 minutes)"),
    tr_later("a batch has at most 1000000 runs"),
    tr_later("the seeds would run past the largest seed"),
    tr_later("made by a version of epd-drill with other metrics; run the batch again with this one"),
    tr_later("expected a shard such as \"2/8\""),
    tr_later("the file is empty"),
    tr_later("expected a result for each plan"),
    tr_later("a scenario needs at least one hospital"),
    tr_later("'all' means every hospital in commands: choose another id"),
    tr_later("must not be empty"),
    tr_later("'{0}' is used twice"),
    tr_later("contains a line break or another control character: messages and reports that name it will break"),
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
    tr_later("never comes by itself: at the earliest at {0}, after the scenario's horizon ({1})"),
    tr_later("never comes by itself: the chain of injects it waits for ends in a circle"),
    tr_later("can never be taken: it requires, itself or through others, that it was taken"),
    tr_later("keeps about {0} MB of measurements ({1} hospitals for {2}): a run needs about twice that in memory, a batch that much for each job"),
    tr_later("can never happen: after the scenario's horizon ({0})"),
    tr_later("can never happen: after the scenario's horizon"),
    tr_later("can never happen: {0} never exceeds {1}"),
    tr_later("can never happen: {0} is never below 0"),
    tr_later("can never happen: only a planned downtime (\"planned_downtime\") begins with preparation"),
    tr_later("can never happen before scenario format version 3: write \"format_version\": 3"),
    tr_later("'{0}' is new in scenario format version {1}: write \"format_version\": {2}"),
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
    // Before the general form below, which would take it too.
    tr_later("the state diverged after the last command, on the way to {0}: recorded {1}, replayed {2}"),
    tr_later("the state diverged after {0}: recorded {1}, replayed {2}"),
    // Reading and writing files, JSON syntax, texts in two languages, plans and saves.
    tr_later("cannot read the file: {0}"),
    tr_later("is a folder, not a file"),
    tr_later("larger than {0} MiB"),
    tr_later("file is larger than 32 MiB"),
    // Before the general form below, which would take it too.
    tr_later("cannot write {0}: {1}"),
    tr_later("cannot write {0}"),
    tr_later("cannot replace {0}: {1}"),
    tr_later("{0} exists: choose another name"),
    tr_later("cannot create {0}: {1}"),
    tr_later("this is {0}, not {1}"),
    tr_later("cannot parse: {0}"),
    tr_later("unexpected NUL byte"),
    tr_later("empty file"),
    tr_later("trailing characters after the document"),
    tr_later("unterminated string"),
    tr_later("invalid UTF-8 in string"),
    tr_later("invalid \\u escape in string (it needs four hex digits)"),
    tr_later("invalid surrogate pair in \\u escape"),
    tr_later("invalid escape in string: '\\' followed by {0}"),
    tr_later("control character in string (write it as an escape such as \\t)"),
    tr_later("number is out of range"),
    tr_later("number has too many digits"),
    tr_later("number needs digits after '.'"),
    tr_later("number needs digits in its exponent"),
    tr_later("invalid JSON"),
    tr_later("duplicate field \"{0}\" (first at {1}:{2})"),
    tr_later("nesting deeper than {0} levels"),
    tr_later("expected a text (a string, or {\"en\": \"...\", \"nl\": \"...\"}), found {0}"),
    tr_later("a text in two languages has only \"en\" and \"nl\""),
    tr_later("expected the text in {0} (a string that is not empty), found {1}"),
    tr_later("a text in two languages needs \"en\", \"nl\" or both"),
    tr_later("this English text has another Dutch earlier in the file ('{0}'): give it one"),
    tr_later("texts in two languages ({\"nl\": ..., \"en\": ...}) are new in scenario format version 4; this file is version {0}"),
    tr_later("new in scenario format version 3: write \"format_version\": 3 (a version-{0} file plays without the hospital's reactions)"),
    tr_later("'{0}' is not a field of this file"),
    tr_later("expected a clock time such as \"09:00\" (00:00 to 23:59)"),
    tr_later("must be an object of named profiles, {\"name\": {...}}"),
    tr_later("a profile is an object with the fields of a hospital"),
    tr_later("a profile cannot set \"{0}\": it is shared by every hospital that uses it"),
    tr_later("unknown profile '{0}'; the scenario has no \"profiles\""),
    tr_later("'{0}' is the own component of {1}; {2} cannot use it (list it in the scenario's \"components\" to share it)"),
    tr_later("a hospital's own component is its own already; \"each_hospital\" belongs in the scenario's \"components\""),
    tr_later("in a version-{0} file a factor 0 stops this flow for the rest of the exercise, \"for\" or not (version 3 ends it): write \"format_version\": 3"),
    tr_later("factor 0 without \"for\" stops this flow for the rest of the exercise: nothing can end it"),
    tr_later("without \"for\" these walk-ins stay away for the rest of the exercise"),
    tr_later("below 1: the engine keeps one triage nurse on duty on this shift"),
    tr_later("below 1: the engine keeps one room working on this shift"),
    tr_later("below 1: the engine keeps one pharmacist on duty on this shift"),
    tr_later("below 1: one nurse still gives the medication rounds on this shift, and all care becomes overtime"),
    tr_later("below 1: the engine keeps one ward nurse on duty on this shift; what one nurse cannot do becomes overtime"),
    tr_later("too low for one analysis place: the engine keeps one place working on this shift"),
    tr_later("this program reads plan format versions 1 and 2"),
    tr_later("texts in two languages ({\"nl\": ..., \"en\": ...}) are new in plan format version 2; this file is version 1"),
    tr_later("texts in two languages ({\"nl\": ..., \"en\": ...}) are new in save format version 3; this file is version {0}"),
    tr_later("this program reads bundle format version 1"),
    tr_later("{0} holds one object, {...}, found {1}"),
    tr_later("must be a file name ending in .json, without a folder"),
    tr_later("must be a file name ending in .plan.json, without a folder"),
    tr_later("a plan of {0} is named {1}.plan.json or {1}.NAME.plan.json"),
    tr_later("the bundle already has {0} ({1})"),
    tr_later("commands must be in time order (the one before is at {0})"),
    tr_later("after the scenario's horizon ({0})"),
    tr_later("after the end of the save (until {0})"),
    tr_later("give \"hospital\" or \"hospitals\", not both"),
    tr_later("this plan is for '{0}', not '{1}'"),
    tr_later("not an EPD Drill save (it needs \"format\": \"EPD Drill save\")"),
    tr_later("a save format version (1) is needed"),
    tr_later("written by a newer EPD Drill (save format {0}); this program reads format {1}: update EPD Drill to open it"),
    tr_later("a checksum \"sha256:\" followed by 64 hex digits is needed"),
    tr_later("the content does not match its checksum: the file was changed or damaged after it was saved"),
    tr_later("the save is truncated: it ends before its last '}' (the file is left as it is)"),
    tr_later("the save is damaged: it is not valid JSON (the file is left as it is)"),
    tr_later("not an EPD Drill save: a save holds one object, {...}"),
    tr_later("the embedded scenario does not match its hash: the scenario in this save was changed"),
    tr_later("the save names scenario '{0}' but embeds '{1}'"),
    tr_later("a rating is P, S, M or U (HSEEP)"),
    tr_later("{0} was accepted when played, but is refused: {1} in the replay"),
    tr_later("{0} was refused when played, but is accepted in the replay"),
    tr_later("command {0} at {1} ({2})"),
    tr_later("unknown {0} '{1}'; expected one of: {2}"),
    tr_later("unknown {0} '{1}'; none are defined"),
    tr_later("{0}; did you mean '{1}'?"),
    tr_later("{0}; expected one of: {1}"),
    tr_later("{0}; none are defined"),
    // Durations and times on the command line, and the command line parser's own
    // messages (CLI11 2.1.2: /usr/include/CLI/Error.hpp, Validators.hpp).
    tr_later("a duration like \"90m\", \"36h\" or \"42d\" is expected, found an empty string"),
    tr_later("a duration is a number followed by d, h or m, e.g. \"90m\", \"36h\", \"1d12h\""),
    tr_later("duration is too long"),
    tr_later("a duration needs a unit: d (days), h (hours) or m (minutes), e.g. \"90m\""),
    tr_later("unknown duration unit; use d (days), h (hours) or m (minutes)"),
    tr_later("duration units must appear once each, in the order d, h, m (e.g. \"1d12h\")"),
    tr_later("a local date and time like \"2026-04-07T07:00\" is expected"),
    tr_later("not a valid calendar date and time"),
    tr_later("A subcommand is required"),
    tr_later("{0} is required"),
    tr_later("The following argument was not expected: {0}"),
    tr_later("The following arguments were not expected: {0}"),
    tr_later("Could not convert: {0} = {1}"),
    tr_later("The value {0} is not an allowed value for {1}"),
    tr_later("{0}: {1} required {2} missing"),
    tr_later("Expected exactly {0} arguments to {1}, got {2}"),
    tr_later("{0} not in {1}"),
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
    tr_later("hours in 366 days, the longest exercise"), tr_later("the longest exercise"), tr_later("a share"),
    tr_later("staff called in at once"),
    // The system's reasons (glibc's strerror, in English whatever the locale) for a file not read or written.
    tr_later("No such file or directory"), tr_later("Permission denied"), tr_later("Is a directory"),
    tr_later("Not a directory"), tr_later("No space left on device"), tr_later("Read-only file system"),
    tr_later("File exists"), tr_later("Operation not permitted"), tr_later("Input/output error"), tr_later("File too large"),
    tr_later("Disk quota exceeded"), tr_later("File name too long"),
    tr_later("a save file"), tr_later("a batch file"), tr_later("a batch's runs file"), tr_later("a plan file"), tr_later("a scenario bundle"), tr_later("a scenario file"), tr_later("a value"), tr_later("the end of the file"), tr_later("a control character"), tr_later("a non-ASCII character"), tr_later("English"), tr_later("Dutch"),
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

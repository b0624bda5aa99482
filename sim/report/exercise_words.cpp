#include "report/exercise_words.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "engine/world.h"
#include "scenario/param_check.h"
#include "text/engine_messages.h"
#include "text/enum_words.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {

std::string inject_heading(const std::string& from, const std::string& title) {
  if (from.empty() || title.compare(0, from.size() + 1, from + ":") == 0) return title;
  return from + ": " + title;
}

std::string who_words(const Scenario& s, const std::string& by) {
  // The person, not the exercise control an ad-hoc inject comes from ("Spelleiding").
  if (by == kFacilitator) return language() == Lang::nl ? tr("facilitator") : by;
  return s.local(by);
}

std::string role_key(const Scenario& s, const std::string& typed) {
  const auto names = [&](const std::string& role) {
    const auto nl = s.dutch.find(role);
    return typed == role || (nl != s.dutch.end() && typed == nl->second);
  };
  for (const ActionDef& a : s.actions)
    for (const std::string& role : a.roles)
      if (names(role)) return role;
  for (const InjectDef& i : s.injects)
    for (const std::string& role : i.to)
      if (names(role)) return role;
  return typed;
}

namespace {

// A text as the engine writes it (English) and as it is shown.
struct Both {
  std::string en, shown;
  bool composed = true;  // false: the engine's text as it is
};

Both same(const std::string& text) { return {text, text}; }
Both as_is(const Report& r) { return {r.text, r.text, false}; }
Both scenario_text(const Scenario& s, const std::string& text) { return {text, s.local(text)}; }
Both word(const char* english) { return {english, tr(english)}; }

// `pattern` (a tr_later literal) filled in both languages.
template <class... Args>
Both pattern(const char* english, const Args&... args) {
  return {fill(english, {std::string_view(args.en)...}), fill(tr(english), {std::string_view(args.shown)...})};
}

bool starts_with(const std::string& s, const std::string& head) { return s.compare(0, head.size(), head) == 0; }
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

const ActionDef* find_action(const Scenario& s, const std::string& id) {
  for (const ActionDef& a : s.actions)
    if (a.id == id) return &a;
  return nullptr;
}

const DeadlineDef* find_deadline(const Scenario& s, const std::string& id, std::size_t* index) {
  for (std::size_t d = 0; d < s.deadlines.size(); ++d)
    if (s.deadlines[d].id == id) {
      *index = d;
      return &s.deadlines[d];
    }
  return nullptr;
}

const Hospital* hospital_of(const Scenario& s, int k) {
  return k >= 0 && static_cast<std::size_t>(k) < s.hospitals.size() ? &s.hospitals[static_cast<std::size_t>(k)] : nullptr;
}

// A fallback's or function's name at hospital k (the first hospital that has it when k is -1).
template <class Def>
const Def* find_named(const Scenario& s, int k, const std::string& id, std::vector<Def> Hospital::*list) {
  for (std::size_t h = 0; h < s.hospitals.size(); ++h) {
    if (k >= 0 && static_cast<int>(h) != k) continue;
    for (const Def& d : s.hospitals[h].*list)
      if (d.id == id) return &d;
  }
  return nullptr;
}

// A component or a function by its name in the current language (its id when
// the scenario has no such thing): what conditions and targets name.
std::string component_name(const Scenario& s, const std::string& id) {
  for (const ComponentDef& c : s.components)
    if (c.id == id) return s.local(c.name);
  for (const Hospital& h : s.hospitals)
    for (const ComponentDef& c : h.components)
      if (c.id == id) return s.local(c.name);
  return id;
}
std::string function_name(const Scenario& s, const std::string& id) {
  const FunctionDef* f = find_named(s, -1, id, &Hospital::functions);
  return f != nullptr ? s.local(f->name) : id;
}

// What a target id names: a function, a fallback or a component, by its name.
std::string target_name(const Scenario& s, const std::string& id) {
  if (const FunctionDef* f = find_named(s, -1, id, &Hospital::functions)) return s.local(f->name);
  if (const FallbackDef* f = find_named(s, -1, id, &Hospital::fallbacks)) return s.local(f->name);
  return component_name(s, id);
}

// " days=3 percent=50 (lab_results)", as the engine writes what a command
// added, back into its parameters (name, value as written) and target.
void split_details(std::string tail, std::vector<std::pair<std::string, std::string>>* params, std::string* target) {
  if (const auto open = tail.find(" ("); open != std::string::npos && ends_with(tail, ")")) {
    *target = tail.substr(open + 2, tail.size() - open - 3);
    tail.erase(open);
  }
  std::size_t at = 0;
  while (at < tail.size()) {
    const std::size_t next = std::min(tail.find(' ', at + 1), tail.size());
    const std::string token = tail.substr(at + 1, next - at - 1);
    if (const auto eq = token.find('='); eq != std::string::npos) params->push_back({token.substr(0, eq), token.substr(eq + 1)});
    at = next;
  }
}

}  // namespace

std::string command_details(const Scenario& s, const std::string& action,
                            const std::vector<std::pair<std::string, std::string>>& params, const std::string& target) {
  const ActionDef* def = find_action(s, action);
  std::string out;
  for (const auto& [name, written] : params) {
    std::string unit;
    if (def != nullptr)
      for (const ParamDef& p : def->params)
        if (p.name == name && !p.unit.empty()) unit = s.local(p.unit);
    // The value as people write numbers ("2,5" in Dutch); what cannot be read stays as written.
    std::string value = written;
    char* end = nullptr;
    const double v = std::strtod(written.c_str(), &end);
    if (!written.empty() && end == written.c_str() + written.size() && std::isfinite(v))
      value = v == std::floor(v) && std::fabs(v) < 1e15 ? format_count(v)
                                                         : format_decimal(v, std::round(v * 10) == v * 10 ? 1 : 2);
    // restore_next's place in the restore order, when it is not first.
    const std::string said = name == "position" ? fill(tr("place {0} in the restore order"), {value})
                             : unit.empty()     ? param_words(name) + " " + value
                                                : value + " " + unit;
    out += (out.empty() ? "" : ", ") + said;
  }
  if (!target.empty()) out += (out.empty() ? "" : "; ") + target_name(s, target);
  return out.empty() ? "" : " (" + out + ")";
}

namespace {

// "Cancel elective surgery (50 %, 3 d)": the title, then what the command
// added (its parameters with their units, its target by name) and, in a
// region, for how many hospitals and why not for the others (the engine's reasons).
Both decision_line(const Scenario& s, const Report& r) {
  const ActionDef* def = find_action(s, r.subject);
  if (def == nullptr || !starts_with(r.text, def->title)) return as_is(r);
  std::string tail = r.text.substr(def->title.size());
  Both refused;
  if (const auto at = tail.find("; not for "); at != std::string::npos) {
    refused = pattern(tr_later("; not for {0}"), same(tail.substr(at + 10)));
    tail.erase(at);
  }
  Both hospitals;
  if (ends_with(tail, ", every hospital")) {
    hospitals = word(tr_later(", every hospital"));
    tail.erase(tail.size() - hospitals.en.size());
  } else if (const auto comma = tail.rfind(", "); comma != std::string::npos && ends_with(tail, " hospitals")) {
    const std::string count = tail.substr(comma + 2, tail.size() - comma - 2 - 10);
    if (!count.empty() && count.find_first_not_of("0123456789") == std::string::npos) {
      hospitals = pattern(tr_later(", {0} hospitals"), same(count));
      tail.erase(comma);
    }
  }
  const Both title = scenario_text(s, def->title);
  std::vector<std::pair<std::string, std::string>> params;
  std::string target;
  split_details(tail, &params, &target);
  return {title.en + tail + hospitals.en + refused.en,
          title.shown + command_details(s, def->id, params, target) + hospitals.shown + refused.shown};
}

Both deadline_line(const Exercise& ex, const Report& r) {
  std::size_t d = 0;
  const Scenario& s = ex.scenario();
  const DeadlineDef* def = find_deadline(s, r.subject, &d);
  if (def == nullptr || d >= ex.world().deadlines().size()) return as_is(r);
  const DeadlineRuntime& rt = ex.world().deadlines()[d];
  const Both title = scenario_text(s, def->title);
  switch (r.kind) {
    case ReportKind::deadline_started: return pattern(tr_later("{0}: due {1}"), title, same(format_offset(rt.due)));
    case ReportKind::deadline_met: {
      const Both at_once{title.en + ": met", title.shown + ": " + tr("met")};
      if (at_once.en == r.text) return at_once;
      const SimTime left = rt.due - r.time;
      return pattern(tr_later("{0}: met, {1} before the deadline"), title, Both{format_duration(left), format_span(left, true)});
    }
    case ReportKind::deadline_missed: return {title.en + ": MISSED", title.shown + ": " + tr("MISSED")};
    default: return as_is(r);
  }
}

Both inject_line(const Exercise& ex, const Report& r) {
  const int i = ex.world().inject_index(r.subject);
  if (i < 0) return as_is(r);
  const InjectDef& def = ex.world().injects()[static_cast<std::size_t>(i)].def;
  const Scenario& s = ex.scenario();
  const Both title = scenario_text(s, def.title);
  if (r.kind != ReportKind::inject_delivered || def.from.empty()) return title;
  const Both from = scenario_text(s, def.from);
  // `en` is the engine's text (sender always in front), what is shown names the sender once.
  return {from.en + ": " + title.en, inject_heading(from.shown, title.shown)};
}

Both fallback_line(const Scenario& s, const Report& r) {
  const FallbackDef* def = find_named(s, r.hospital, r.subject, &Hospital::fallbacks);
  if (def == nullptr) return as_is(r);
  const Both name = scenario_text(s, def->name);
  switch (r.kind) {
    case ReportKind::fallback_active: return pattern(tr_later("{0} is working"), name);
    case ReportKind::fallback_ended: return pattern(tr_later("{0} stood down"), name);
    case ReportKind::fallback_activating: {
      const std::string marker = "; working from ";
      const auto at = r.text.rfind(marker);
      if (at == std::string::npos) return as_is(r);
      const Both from = same(r.text.substr(at + marker.size()));
      const Both by_policy = pattern(tr_later("{0} activated by the downtime policy; working from {1}"), name, from);
      return by_policy.en == r.text ? by_policy : pattern(tr_later("{0} activated; working from {1}"), name, from);
    }
    default: return as_is(r);
  }
}

Both function_line(const Scenario& s, const Report& r) {
  const FunctionDef* def = find_named(s, r.hospital, r.subject, &Hospital::functions);
  if (def == nullptr) return as_is(r);
  const Both name = scenario_text(s, def->name);
  if (r.kind == ReportKind::restore_started) return pattern(tr_later("IT starts restoring {0}"), name);
  if (r.kind == ReportKind::function_restored) return pattern(tr_later("{0} restored and validated"), name);
  // function_changed: "name: up -> down".
  for (const char* from : {"up", "degraded", "read_only", "down"})
    for (const char* to : {"up", "degraded", "read_only", "down"}) {
      const Both line{name.en + ": " + from + " -> " + to,
                      name.shown + ": " + state_words(from) + " -> " + state_words(to)};
      if (line.en == r.text) return line;
    }
  return as_is(r);
}

Both component_line(const Exercise& ex, const Report& r) {
  const ComponentDef* def = nullptr;
  for (const ComponentRuntime& c : ex.world().components())
    if (c.def != nullptr && c.def->id == r.subject && c.owner == r.hospital) def = c.def;
  if (def == nullptr) return as_is(r);
  const Both name = scenario_text(ex.scenario(), def->name);
  for (const Both& line : {pattern(tr_later("{0} isolated by the crisis team"), name),
                           pattern(tr_later("{0} reconnected"), name)})
    if (line.en == r.text) return line;
  for (const char* from : {"up", "degraded", "down"})
    for (const char* to : {"up", "degraded", "down"}) {
      const Both line{name.en + ": " + from + " -> " + to,
                      name.shown + ": " + state_words(from) + " -> " + state_words(to)};
      if (line.en == r.text) return line;
    }
  return as_is(r);
}

Both milestone_line(const Exercise& ex, const Report& r) {
  const Scenario& s = ex.scenario();
  const Hospital* h = hospital_of(s, r.hospital);
  if (r.subject == "all_functions_restored") {
    if (h == nullptr) return word(tr_later("All IT functions are up again"));
    return pattern(tr_later("All IT functions of {0} are up again"), same(h->name));
  }
  if (r.subject == "crisis_team" && h != nullptr)
    return pattern(tr_later("Crisis team convened by the downtime policy of {0}"), same(h->name));
  if (r.subject == "regional_agreement" && h != nullptr) {
    for (const Hospital& to : s.hospitals) {
      const Both line = pattern(
          tr_later("No emergency department in reach of {0} is open: {1} takes its patients anyway, as the regional agreement says"),
          same(h->name), same(to.name));
      if (line.en == r.text) return line;
    }
    return as_is(r);
  }
  if (const ActionDef* def = find_action(s, r.subject)) {
    const std::string head = def->title + " could not take effect: ";
    if (starts_with(r.text, head))
      return pattern(tr_later("{0} could not take effect: {1}"), scenario_text(s, def->title),
                     same(r.text.substr(head.size())));
  }
  if (r.text == "Paper downtime kits are used up: wards improvise until new kits arrive")
    return word(tr_later("Paper downtime kits are used up: wards improvise until new kits arrive"));
  if (r.text == "New paper downtime kits reach the wards: the downtime policy reprints them, and from now on prints the next before these run out")
    return word(tr_later("New paper downtime kits reach the wards: the downtime policy reprints them, and from now on prints the next before these run out"));
  return as_is(r);
}

Both compose(const Exercise& ex, const Report& r) {
  const Scenario& s = ex.scenario();
  switch (r.kind) {
    case ReportKind::phase_changed: {
      const auto phase = enum_from_string<Phase>(r.subject);
      if (!phase) return as_is(r);
      return {std::string(phase_title(*phase)), phase_words(*phase)};
    }
    case ReportKind::inject_due:
    case ReportKind::inject_delivered:
    case ReportKind::inject_held:
    case ReportKind::inject_released:
    case ReportKind::inject_skipped: return inject_line(ex, r);
    case ReportKind::decision_taken: return decision_line(s, r);
    case ReportKind::decision_refused: {
      const ActionDef* def = find_action(s, r.subject);
      const std::string head = def != nullptr ? def->title + " refused: " : "";
      if (def == nullptr || !starts_with(r.text, head)) return as_is(r);
      const std::string reason = r.text.substr(head.size());
      return pattern(tr_later("{0} refused: {1}"), scenario_text(s, def->title), Both{reason, engine_message(reason, &s)});
    }
    case ReportKind::decision_effective:
    case ReportKind::decision_ended: {
      const ActionDef* def = find_action(s, r.subject);
      if (def == nullptr) return as_is(r);
      return r.kind == ReportKind::decision_effective ? pattern(tr_later("{0} in effect"), scenario_text(s, def->title))
                                                      : pattern(tr_later("{0} ended"), scenario_text(s, def->title));
    }
    case ReportKind::component_changed: return component_line(ex, r);
    case ReportKind::function_changed:
    case ReportKind::restore_started:
    case ReportKind::function_restored: return function_line(s, r);
    case ReportKind::fallback_activating:
    case ReportKind::fallback_active:
    case ReportKind::fallback_ended: return fallback_line(s, r);
    case ReportKind::paper_kits_exhausted:
    case ReportKind::paper_kits_reprinted:
    case ReportKind::milestone: return milestone_line(ex, r);
    case ReportKind::deadline_started:
    case ReportKind::deadline_met:
    case ReportKind::deadline_missed: return deadline_line(ex, r);
  }
  return as_is(r);
}

// ---- Objectives -------------------------------------------------------------

std::string engine_number(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

// What the engine may have said about one criterion (objectives.cpp), each
// in both languages; the one it did say is found by its English.
std::vector<Both> criterion_candidates(const Exercise& ex, const Criterion& c) {
  const World& w = ex.world();
  const Scenario& s = ex.scenario();
  using T = Criterion::Type;
  std::vector<Both> out;
  const int k = w.named_hospital(c.hospital);
  const Hospital* at = hospital_of(s, k);
  switch (c.type) {
    case T::metric_at_most:
    case T::metric_at_least: {
      const MetricDef* m = find_metric(c.ref);
      if (m == nullptr || k < -1) break;
      const double v = ex.metric(c.ref, k);
      const bool at_most = c.type == T::metric_at_most;
      const std::string en = c.ref + (at ? " at " + at->name : "") + " = " + engine_number(v) +
                             (at_most ? " (at most " : " (at least ") + engine_number(c.threshold) + ")";
      const std::string name(metric_words(*m).name), value = metric_for_people(*m, v).value,
          limit = metric_for_people(*m, c.threshold).value;
      std::string shown;
      if (at == nullptr)
        shown = at_most ? fill(tr("{0} = {1} (at most {2})"), {name, value, limit})
                        : fill(tr("{0} = {1} (at least {2})"), {name, value, limit});
      else
        shown = at_most ? fill(tr("{0} at {1} = {2} (at most {3})"), {name, at->name, value, limit})
                        : fill(tr("{0} at {1} = {2} (at least {3})"), {name, at->name, value, limit});
      out.push_back({en, shown});
      break;
    }
    case T::action_within:
    case T::fallback_within: {
      Both what;
      SimTime when = -1;
      if (c.type == T::action_within) {
        const ActionDef* def = find_action(s, c.ref);
        const int a = w.action_index(c.ref);
        when = a >= 0 && k >= -1 ? w.action_taken_at(a, k) : -1;
        const std::string title = def != nullptr ? s.local(def->title) : c.ref;
        what = {"decision " + c.ref + (at ? " at " + at->name : ""),
                at ? fill(tr("decision '{0}' at {1}"), {title, at->name}) : fill(tr("decision '{0}'"), {title})};
      } else {
        bool missing = false;
        for (const auto& h : w.hospitals()) {
          if (k != -1 && h.index != k) continue;
          for (std::size_t f = 0; f < h.def->fallbacks.size(); ++f) {
            if (h.def->fallbacks[f].id != c.ref) continue;
            const SimTime first = h.fallbacks[f].first_active_at;
            if (first < 0) missing = true;
            when = std::max(when, first);
          }
        }
        if (missing) when = -1;
        const FallbackDef* def = find_named(s, k, c.ref, &Hospital::fallbacks);
        const std::string name = def != nullptr ? s.local(def->name) : c.ref;
        what = {"fallback " + c.ref + (at ? " at " + at->name : "") + " working",
                at ? fill(tr("fallback '{0}' at {1} working"), {name, at->name}) : fill(tr("fallback '{0}' working"), {name})};
      }
      out.push_back(pattern(tr_later("{0}: its reference point has not happened"), what));
      const SimTime reference = c.has_after ? w.condition_since(c.after) : 0;
      if (reference < 0) break;
      const Both limit = same(format_offset(reference + c.within.minutes));
      if (when >= 0) out.push_back(pattern(tr_later("{0} at {1} (limit {2})"), what, same(format_offset(when)), limit));
      out.push_back(pattern(tr_later("{0} not done (limit {1})"), what, limit));
      out.push_back(pattern(tr_later("{0} due by {1}"), what, limit));
      break;
    }
    case T::deadline_met: {
      std::size_t d = 0;
      const DeadlineDef* def = find_deadline(s, c.ref, &d);
      if (def == nullptr || d >= w.deadlines().size()) break;
      const DeadlineRuntime& rt = w.deadlines()[d];
      const Both title = scenario_text(s, def->title);
      out.push_back(pattern(tr_later("{0}: met at {1}"), title, same(format_offset(rt.closed))));
      out.push_back(pattern(tr_later("{0}: missed"), title));
      out.push_back(pattern(tr_later("{0}: due {1}"), title, same(format_offset(rt.due))));
      out.push_back(pattern(tr_later("{0}: not started"), title));
      break;
    }
  }
  return out;
}

}  // namespace

// ---- Calendar -----------------------------------------------------------------

namespace {
const char* weekday_short(int weekday) {
  static const char* const kDays[] = {tr_later("Mon"), tr_later("Tue"), tr_later("Wed"), tr_later("Thu"),
                                      tr_later("Fri"), tr_later("Sat"), tr_later("Sun")};
  return tr(kDays[std::clamp(weekday, 0, 6)]);
}
const char* month_short(int month) {
  static const char* const kMonths[] = {tr_later("Jan"), tr_later("Feb"), tr_later("Mar"), tr_later("Apr"),
                                        tr_later("May"), tr_later("Jun"), tr_later("Jul"), tr_later("Aug"),
                                        tr_later("Sep"), tr_later("Oct"), tr_later("Nov"), tr_later("Dec")};
  return tr(kMonths[std::clamp(month, 1, 12) - 1]);
}
}  // namespace

std::string when_text(const Calendar& calendar, SimTime t) {
  const CivilDateTime c = calendar.at(t);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
  return std::string(weekday_short(calendar.weekday(t))) + " " + buf;
}

std::string short_date(const Calendar& calendar, SimTime t) {
  const CivilDateTime c = calendar.at(t);
  return std::string(weekday_short(calendar.weekday(t))) + " " + std::to_string(c.day) + " " + month_short(c.month);
}

// ---- Words --------------------------------------------------------------------

const char* state_words(std::string_view state) {
  const auto s = enum_from_string<FunctionState>(state);
  return s ? epd::state_words(*s) : "?";
}

const char* status_words(ObjectiveStatus s) {
  switch (s) {
    case ObjectiveStatus::met: return tr("met");
    case ObjectiveStatus::not_met: return tr("not met");
    case ObjectiveStatus::pending: return tr("pending");
    case ObjectiveStatus::not_measurable: return tr("not measurable");
  }
  return "?";
}

// ---- Metrics ------------------------------------------------------------------

bool shown_as_span(const MetricDef& m) {
  return m.unit == "minutes" && m.kind != MetricKind::counter && m.kind != MetricKind::time;
}

MetricShown metric_for_people(const MetricDef& m, double value) {
  if (!std::isfinite(value)) return {"-", ""};
  if (m.kind == MetricKind::time)
    return {value < 0 ? tr("not yet") : format_offset(static_cast<SimTime>(std::llround(value))), ""};
  if (shown_as_span(m)) return {format_span(std::llround(value), true), ""};
  const bool whole = value == std::floor(value) && std::fabs(value) < 1e15;
  return {whole ? format_count(value) : format_decimal(value, 1), std::string(metric_words(m).unit)};
}

std::string metric_difference(const MetricDef& m, double from, double to) {
  if (!std::isfinite(from) || !std::isfinite(to)) return "-";
  if (m.kind == MetricKind::time && (from < 0 || to < 0)) return "-";
  if (m.kind == MetricKind::time || shown_as_span(m)) {
    const auto minutes = std::llround(std::fabs(to - from));
    return minutes == 0 ? "0" : (to > from ? "+" : "-") + format_span(minutes, true);
  }
  if (to == from) return "0";
  const double d = std::fabs(to - from);
  const bool whole = d == std::floor(d) && d < 1e15;
  return (to > from ? "+" : "-") + (whole ? format_count(d) : format_decimal(d, 1));
}

// ---- Lines ----------------------------------------------------------------------

std::string report_line(const Exercise& exercise, const Report& report) {
  const Both line = compose(exercise, report);
  return line.en == report.text ? line.shown : report.text;
}

bool report_line_composed(const Exercise& exercise, const Report& report) {
  const Both line = compose(exercise, report);
  return line.composed && line.en == report.text;
}

std::string command_words(const Command& c, const Scenario& s) {
  auto inject_title = [&] {
    for (const InjectDef& i : s.injects)
      if (i.id == c.inject) return s.local(i.title);
    return c.inject;
  };
  switch (c.type) {
    case Command::Type::decide: {
      const ActionDef* def = find_action(s, c.action);
      std::vector<std::pair<std::string, std::string>> params;
      for (const auto& [name, value] : c.params) params.push_back({name, readable_number(value)});
      return (def != nullptr ? s.local(def->title) : c.action) + command_details(s, c.action, params, c.target);
    }
    case Command::Type::deliver_inject: return fill(tr("Deliver the inject '{0}'"), {inject_title()});
    case Command::Type::hold_inject: return fill(tr("Hold the inject '{0}'"), {inject_title()});
    case Command::Type::release_inject: return fill(tr("Release the inject '{0}'"), {inject_title()});
    case Command::Type::skip_inject: return fill(tr("Skip the inject '{0}'"), {inject_title()});
    case Command::Type::adhoc_inject: return fill(tr("Ad-hoc inject '{0}'"), {c.adhoc.title});
  }
  return "?";
}

std::string objective_evidence(const Exercise& ex, const ObjectiveAssessment& a) {
  const Scenario& s = ex.scenario();
  const ObjectiveDef* def = nullptr;
  for (const ObjectiveDef& o : s.objectives)
    if (o.id == a.id) def = &o;
  if (def == nullptr) return a.detail;
  if (def->criteria.empty()) return a.detail == "rated by the evaluator" ? tr("rated by the evaluator") : a.detail;
  // The engine's detail is each criterion's verdict joined by "; ": find each
  // in turn; any that cannot be found exactly leaves the engine's text as it is.
  std::string shown;
  std::size_t at = 0;
  for (std::size_t i = 0; i < def->criteria.size(); ++i) {
    if (i > 0) {
      if (a.detail.compare(at, 2, "; ") != 0) return a.detail;
      at += 2;
      shown += "; ";
    }
    bool found = false;
    for (const Both& candidate : criterion_candidates(ex, def->criteria[i])) {
      if (a.detail.compare(at, candidate.en.size(), candidate.en) != 0) continue;
      const std::size_t end = at + candidate.en.size();
      const bool last = i + 1 == def->criteria.size();
      if (last ? end != a.detail.size() : a.detail.compare(end, 2, "; ") != 0) continue;
      shown += candidate.shown;
      at = end;
      found = true;
      break;
    }
    if (!found) return a.detail;
  }
  return shown;
}

// ---- Layout ---------------------------------------------------------------------

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

namespace {

// What a condition names, by its name in the current language (its id when
// the scenario has no such thing); components and functions: above.
std::string action_name(const Scenario& s, const std::string& id) {
  for (const ActionDef& a : s.actions)
    if (a.id == id) return s.local(a.title);
  return id;
}
std::string inject_name(const Scenario& s, const std::string& id) {
  for (const InjectDef& i : s.injects)
    if (i.id == id) return s.local(i.title);
  return id;
}
std::string hospital_name(const Scenario& s, const std::string& id) {
  const int k = s.hospital_index(id);
  return k >= 0 ? s.local(s.hospitals[static_cast<std::size_t>(k)].name) : id;
}

}  // namespace

std::string condition_words(const Exercise& ex, const Condition& c) { return condition_words(ex.scenario(), c); }

std::string condition_words(const Scenario& s, const Condition& c) {
  using T = Condition::Type;
  auto metric = [&] {
    const MetricDef* m = find_metric(c.ref);
    const std::string name = m != nullptr ? std::string(metric_words(*m).name) : c.ref;
    return c.hospital.empty() ? name : fill(tr("{0} at {1}"), {name, hospital_name(s, c.hospital)});
  };
  auto threshold = [&] {
    const MetricDef* m = find_metric(c.ref);
    if (m != nullptr) return metric_for_people(*m, c.threshold).value;
    return format_decimal(c.threshold, c.threshold == std::floor(c.threshold) ? 0 : 1);
  };
  auto quoted = [](const std::string& name) { return "'" + name + "'"; };
  switch (c.type) {
    case T::at: return fill(tr("at {0}"), {format_offset(c.minutes)});
    case T::metric_above: return fill(tr("{0} above {1}"), {metric(), threshold()});
    case T::metric_below: return fill(tr("{0} below {1}"), {metric(), threshold()});
    case T::phase_reached: return fill(tr("phase {0} reached"), {phase_words(c.phase)});
    case T::component_state:
      return fill(tr("component {0} {1}"),
                  {quoted(component_name(s, c.ref)), state_words(to_string(c.component_state))});
    case T::function_state:
      return c.hospital.empty()
                 ? fill(tr("function {0} {1}"), {quoted(function_name(s, c.ref)), state_words(to_string(c.function_state))})
                 : fill(tr("function {0} of {1} {2}"), {quoted(function_name(s, c.ref)), hospital_name(s, c.hospital),
                                                       state_words(to_string(c.function_state))});
    case T::action_taken: return fill(tr("decision {0} taken"), {quoted(action_name(s, c.ref))});
    case T::action_not_taken:
      return fill(tr("decision {0} not taken by {1}"), {quoted(action_name(s, c.ref)), format_offset(c.minutes)});
    case T::inject_delivered:
      return c.minutes > 0 ? fill(tr("{0} after inject {1} is delivered"),
                                  {format_span(c.minutes, true), quoted(inject_name(s, c.ref))})
                           : fill(tr("when inject {0} is delivered"), {quoted(inject_name(s, c.ref))});
  }
  return "?";
}


std::string padded(const std::string& text, std::size_t width, bool right_align) {
  const std::size_t w = display_width(text);
  if (w >= width) return text;
  const std::string fill_in(width - w, ' ');
  return right_align ? fill_in + text : text + fill_in;
}

}  // namespace epd::report

#include "report/csv_export.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "engine/world.h"
#include "metrics/registry.h"
#include "report/exercise_words.h"
#include "report/text_escape.h"
#include "text/language.h"

namespace epd::report {
namespace {

constexpr const char* kEol = "\r\n";

// Integers as such, anything else with up to three decimals.
void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) return;
  char text[48];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    // Most values are counts: the quick way, no formatting machinery.
    const auto end = std::to_chars(text, text + sizeof text, static_cast<long long>(v)).ptr;
    out.append(text, end);
    return;
  }
  std::snprintf(text, sizeof text, "%.3f", v);
  // 0.500 -> 0.5; 12.000 (from 12.0004) -> 12
  for (char* end = text + std::strlen(text) - 1; *end == '0' || *end == '.'; --end) {
    const bool point = *end == '.';
    *end = '\0';
    if (point) break;
  }
  out += text;
}

std::string status_word(const InjectRuntime& in) {
  using S = InjectRuntime::Status;
  switch (in.status) {
    case S::pending: return in.held ? "held" : "pending";
    case S::due: return in.held ? "held" : "due";
    case S::delivered: return "delivered";
    case S::skipped: return "skipped";
  }
  return "pending";
}

// What a condition names, by its name in the current language (its id when
// the scenario has no such thing).
std::string component_name(const Scenario& s, const std::string& id) {
  for (const ComponentDef& c : s.components)
    if (c.id == id) return s.local(c.name);
  for (const Hospital& h : s.hospitals)
    for (const ComponentDef& c : h.components)
      if (c.id == id) return s.local(c.name);
  return id;
}
std::string function_name(const Scenario& s, const std::string& id) {
  for (const Hospital& h : s.hospitals)
    for (const FunctionDef& f : h.functions)
      if (f.id == id) return s.local(f.name);
  return id;
}
std::string action_name(const Scenario& s, const std::string& id) {
  for (const ActionDef& a : s.actions)
    if (a.id == id) return s.local(a.title);
  return id;
}
std::string inject_name(const Exercise& ex, const std::string& id) {
  const int i = ex.world().inject_index(id);
  return i >= 0 ? ex.scenario().local(ex.world().injects()[static_cast<std::size_t>(i)].def.title) : id;
}
std::string hospital_name(const Scenario& s, const std::string& id) {
  const int k = s.hospital_index(id);
  return k >= 0 ? s.hospitals[static_cast<std::size_t>(k)].name : id;
}

// How an inject is triggered, in a few words, in the current language:
// "at T+0d 02:00", "ED waiting above 12", "9 d after inject 'Lateral
// movement' is delivered".
std::string trigger_text(const Exercise& ex, const Condition& c) {
  using T = Condition::Type;
  const Scenario& s = ex.scenario();
  auto metric = [&] {
    const MetricDef* m = find_metric(c.ref);
    return m != nullptr ? std::string(metric_words(*m).name) : c.ref;
  };
  auto threshold = [&] {
    const MetricDef* m = find_metric(c.ref);
    if (m != nullptr) return metric_for_people(*m, c.threshold).value;
    std::string text;
    append_number(text, c.threshold);
    return text;
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
                                  {format_span(c.minutes, true), quoted(inject_name(ex, c.ref))})
                           : fill(tr("when inject {0} is delivered"), {quoted(inject_name(ex, c.ref))});
  }
  return "?";
}

}  // namespace

std::string metrics_csv(const Exercise& exercise, int hospital) {
  const auto& registry = metric_registry();
  const MetricSeries& series = exercise.world().series();
  std::string out = "t_min,t";
  for (const MetricDef& m : registry) out += "," + csv_field(m.id);
  out += kEol;
  const std::size_t metrics = std::min(registry.size(), series.metric_count());
  std::vector<std::vector<double>> columns;
  for (std::size_t m = 0; m < metrics; ++m) columns.push_back(series.values(m, hospital));
  for (std::size_t i = 0; i < series.times().size(); ++i) {
    const SimTime t = series.times()[i];
    out += std::to_string(t) + "," + csv_field(format_offset(t));
    for (std::size_t m = 0; m < registry.size(); ++m) {
      out += ',';
      if (m < metrics) append_number(out, columns[m][i]);
    }
    out += kEol;
  }
  return out;
}

std::string injects_csv(const Exercise& exercise) {
  std::string out = "id,from,title,status,delivered_at_min,delivered_at,trigger";
  out += kEol;
  for (const InjectRuntime& in : exercise.world().injects()) {
    const bool delivered = in.status == InjectRuntime::Status::delivered;
    const Scenario& s = exercise.scenario();
    out += csv_field(in.def.id) + "," + csv_field(s.local(in.def.from)) + "," + csv_field(s.local(in.def.title)) + "," +
           status_word(in) + "," + (delivered ? std::to_string(in.delivered_at) : "") + "," +
           (delivered ? csv_field(format_offset(in.delivered_at)) : "") + "," +
           csv_field(in.adhoc ? tr("ad hoc") : trigger_text(exercise, in.def.trigger));
    out += kEol;
  }
  return out;
}

std::string injects_csv_path(const std::string& metrics_path) {
  const std::string csv = ".csv";
  const bool has_csv = metrics_path.size() > csv.size() &&
                       metrics_path.compare(metrics_path.size() - csv.size(), csv.size(), csv) == 0;
  return (has_csv ? metrics_path.substr(0, metrics_path.size() - csv.size()) : metrics_path) + ".injects.csv";
}

}  // namespace epd::report

#include "report/csv_export.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "engine/metric_values.h"
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
  // The last row is the end of the run, the summary's figures: a sample is
  // taken during its minute, before the events that minute has left, and a run
  // may end between two samples.
  std::vector<double> region_now, hospitals_now;
  sample_metrics(exercise.world(), region_now, hospitals_now);
  const bool own = hospital >= 0 && series.hospital_count() > 0;
  const SimTime end = exercise.now();
  const auto row = [&](SimTime t, auto&& value) {
    out += std::to_string(t) + "," + csv_field(format_offset(t));
    for (std::size_t m = 0; m < registry.size(); ++m) {
      out += ',';
      if (m < metrics) append_number(out, value(m));
    }
    out += kEol;
  };
  for (std::size_t i = 0; i < series.times().size() && series.times()[i] < end; ++i)
    row(series.times()[i], [&](std::size_t m) { return columns[m][i]; });
  row(end, [&](std::size_t m) {
    return own ? hospitals_now[static_cast<std::size_t>(hospital) * kMetricCount + m] : region_now[m];
  });
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
           csv_field(in.adhoc ? tr("ad hoc") : condition_words(exercise, in.def.trigger));
    out += kEol;
  }
  return out;
}

std::string injects_csv_path(const std::string& metrics_path) { return sibling_csv_path(metrics_path, "injects"); }

std::string sibling_csv_path(const std::string& path, const std::string& what) {
  const std::string csv = ".csv";
  const bool has_csv = path.size() > csv.size() && path.compare(path.size() - csv.size(), csv.size(), csv) == 0;
  return (has_csv ? path.substr(0, path.size() - csv.size()) : path) + "." + what + ".csv";
}

}  // namespace epd::report

#include "report/objective_build_up.h"

#include <algorithm>
#include <vector>

#include "engine/world.h"
#include "metrics/registry.h"
#include "report/exercise_words.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {
namespace {

// A day's worth of `values` (sampled at `times`): the last sample at or before each day's end, minus the one at
// or before its start.
std::vector<double> per_day(const std::vector<SimTime>& times, const std::vector<double>& values, SimTime end) {
  const auto at = [&](SimTime t) {
    const auto it = std::upper_bound(times.begin(), times.end(), t);
    return it == times.begin() ? 0.0 : values[static_cast<std::size_t>(it - times.begin()) - 1];
  };
  std::vector<double> days;
  for (SimTime from = 0; from < end; from += kDay) days.push_back(at(std::min(from + kDay, end)) - at(from));
  return days;
}

// The shortest run of days holding at least half of the total (the earliest of equals).
std::pair<std::size_t, std::size_t> half_of_it(const std::vector<double>& days, double total) {
  std::pair<std::size_t, std::size_t> best{0, days.size() - 1};
  for (std::size_t a = 0; a < days.size(); ++a) {
    double sum = 0;
    for (std::size_t b = a; b < days.size() && b - a < best.second - best.first; ++b) {
      sum += days[b];
      if (sum * 2 >= total) {
        best = {a, b};
        break;
      }
    }
  }
  return best;
}

std::string one_criterion(const Exercise& ex, const Criterion& c) {
  const MetricDef* m = find_metric(c.ref);
  if (m == nullptr || m->kind != MetricKind::counter || c.type != Criterion::Type::metric_at_most) return "";
  const int hospital = c.hospital.empty() ? -1 : ex.scenario().hospital_index(c.hospital);
  if (!c.hospital.empty() && hospital < 0) return "";
  // Only the count that went over its limit: one kept within it is not why the objective was missed.
  if (!(ex.metric(c.ref, hospital) > c.threshold)) return "";
  const MetricSeries& series = ex.world().series();
  const std::vector<double> days =
      per_day(series.times(), series.values(static_cast<std::size_t>(metric_index(c.ref)), hospital), ex.now());
  double total = 0;
  for (double d : days) total += d;
  if (ex.now() < 2 * kDay || total <= 0) return "";  // within a day or so there is no "when" to tell
  const auto [first, last] = half_of_it(days, total);
  double half = 0;
  for (std::size_t d = first; d <= last; ++d) half += days[d];
  const std::size_t worst = static_cast<std::size_t>(std::max_element(days.begin(), days.end()) - days.begin());
  // The injects delivered in those days (at this hospital, or anywhere for the region).
  std::vector<std::string> injects;
  for (const Report& rep : ex.reports()) {
    if (rep.kind != ReportKind::inject_delivered || rep.time < static_cast<SimTime>(first) * kDay ||
        rep.time >= static_cast<SimTime>(last + 1) * kDay || (hospital >= 0 && rep.hospital >= 0 && rep.hospital != hospital))
      continue;
    injects.push_back(report_line(ex, rep) + " (" + format_offset(rep.time) + ")");
  }
  // Days as the timeline counts them: the day from T+2d is the third.
  const auto from = [](std::size_t d) { return format_offset(static_cast<SimTime>(d) * kDay); };
  const auto to = [&](std::size_t d) { return format_offset(std::min(static_cast<SimTime>(d + 1) * kDay, ex.now())); };
  const std::string name(metric_words(*m).name);
  std::string line =
      first == last
          ? fill(tr("{0}: half of it from {1} to {2} alone ({3} of {4})"),
                 {name, from(first), to(first), format_count(half), format_count(total)})
          : fill(tr("{0}: half of it from {1} to {2} ({3} of {4}), the most in the day from {5} ({6})"),
                 {name, from(first), to(last), format_count(half), format_count(total), from(worst), format_count(days[worst])});
  if (!injects.empty()) {
    constexpr std::size_t kNamed = 3;
    std::string named;
    for (std::size_t i = 0; i < injects.size() && i < kNamed; ++i) named += (i > 0 ? "; " : "") + injects[i];
    if (injects.size() > kNamed) named += "; " + fill(tr("and {0} more"), {std::to_string(injects.size() - kNamed)});
    line += "; " + fill(tr("injects in those days: {0}"), {named});
  }
  return line;
}

}  // namespace

std::string objective_build_up(const Exercise& ex, const std::string& objective_id) {
  std::string out;
  for (const ObjectiveDef& o : ex.scenario().objectives) {
    if (o.id != objective_id) continue;
    for (const Criterion& c : o.criteria) {
      const std::string line = one_criterion(ex, c);
      if (!line.empty()) out += (out.empty() ? "" : ". ") + line;
    }
  }
  return out.empty() ? out : out + ".";
}

}  // namespace epd::report

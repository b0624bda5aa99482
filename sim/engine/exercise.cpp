#include "engine/exercise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "engine/metric_values.h"
#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {

Exercise::Exercise(std::shared_ptr<const Scenario> scenario, std::uint64_t seed)
    : world_(std::make_unique<World>(std::move(scenario), seed)) {}
Exercise::~Exercise() = default;
Exercise::Exercise(Exercise&&) noexcept = default;
Exercise& Exercise::operator=(Exercise&&) noexcept = default;

const Scenario& Exercise::scenario() const { return world_->scenario(); }
std::shared_ptr<const Scenario> Exercise::shared_scenario() const { return world_->shared_scenario(); }
std::uint64_t Exercise::seed() const { return world_->seed(); }
SimTime Exercise::now() const { return world_->now(); }
SimTime Exercise::horizon() const { return world_->scenario().horizon.minutes; }
void Exercise::advance_to(SimTime t) { world_->advance_to(t); }
const World& Exercise::world() const { return *world_; }
Phase Exercise::phase() const { return world_->phase(); }
const std::vector<Report>& Exercise::reports() const { return world_->reports(); }
const std::vector<LoggedCommand>& Exercise::command_log() const { return log_; }
std::uint64_t Exercise::events_processed() const { return world_->events_processed(); }

CommandResult Exercise::submit(const Command& command, std::string wall) {
  // Everything due by now happens first, however the caller got here (a
  // clock that stopped on this minute, a replay that advanced to it, another
  // command a moment ago): the live drill and its replay then agree.
  world_->advance_to(world_->now());
  const std::size_t reports_before = world_->reports().size();
  CommandResult result = world_->submit(command);
  // A refused command changes nothing, so a report it made is its refusal.
  result.reported = !result.accepted && world_->reports().size() > reports_before;
  log_.push_back(LoggedCommand{world_->now(), command, result, std::move(wall), digest(), reports_before});
  return result;
}

double Exercise::metric(std::string_view id, int hospital) const {
  const int m = metric_index(id);
  if (m < 0 || hospital >= static_cast<int>(world_->hospitals().size())) return std::numeric_limits<double>::quiet_NaN();
  return metric_value(*world_, static_cast<std::size_t>(m), hospital);
}

double Exercise::metric_if_any(std::string_view id, int hospital) const {
  const double v = metric(id, hospital);
  if (v != v || metric_has_value(*world_, static_cast<std::size_t>(metric_index(id)), hospital)) return v;
  return std::numeric_limits<double>::quiet_NaN();
}

std::vector<ObjectiveAssessment> Exercise::objectives(bool final) const { return assess_objectives(*world_, final); }

namespace {
struct Fnv {
  std::uint64_t h = 1469598103934665603ULL;
  void bytes(const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ULL;
  }
  void num(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    bytes(&bits, sizeof bits);
  }
  void integer(std::int64_t v) { bytes(&v, sizeof v); }
  // A whole float in one step: hospitals' series hold millions of them.
  void word(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    h = (h ^ bits) * 1099511628211ULL;
  }
  void text(const std::string& s) { bytes(s.data(), s.size()); integer(static_cast<std::int64_t>(s.size())); }
};

// The metrics a fingerprint covers: the scenario's format's, except that a
// format-1 scenario's saves were fingerprinted over the 45 metrics of that
// time (before the region's of format 2 were added), and must still replay.
std::size_t fingerprinted_metrics(const World& w) {
  const int version = w.scenario().format_version;
  return version == 1 ? kMetricsInFormat1 : metrics_in_format(version);
}

// Every fingerprinted metric's value now; with several hospitals (format 2)
// each hospital's too. One sample: the same values as metric_value, in one pass.
void hash_current_metrics(Fnv& f, const World& w) {
  const std::size_t n = fingerprinted_metrics(w);
  std::vector<double> region, hospitals;
  sample_metrics(w, region, hospitals);
  for (std::size_t m = 0; m < n; ++m) f.num(region[m]);
  if (n == kMetricsInFormat1 || w.hospitals().size() < 2) return;
  for (std::size_t k = 0; k < w.hospitals().size(); ++k)
    for (std::size_t m = 0; m < n; ++m) f.num(hospitals[k * kMetricCount + m]);
}

// Every hospital's samples of the fingerprinted metrics, in the order they were taken.
void hash_hospital_samples(Fnv& f, const MetricSeries& s, std::size_t metrics) {
  const auto& all = s.hospital_samples();
  for (std::size_t block = 0; block < all.size(); block += kMetricCount)
    for (std::size_t m = 0; m < metrics; ++m) f.word(all[block + m]);
}
}  // namespace

std::uint64_t Exercise::fingerprint() const {
  Fnv f;
  f.integer(static_cast<std::int64_t>(world_->events_processed()));
  f.integer(world_->now());
  hash_current_metrics(f, *world_);
  const MetricSeries& s = world_->series();
  for (SimTime t : s.times()) f.integer(t);
  const std::size_t metrics = std::min(s.metric_count(), fingerprinted_metrics(*world_));
  for (std::size_t m = 0; m < metrics; ++m)
    for (std::size_t i = 0; i < s.times().size(); ++i) f.num(s.value(m, i));
  if (metrics > kMetricsInFormat1) hash_hospital_samples(f, s, metrics);
  for (const Report& r : world_->reports()) {
    f.integer(r.time);
    f.integer(static_cast<int>(r.kind));
    f.text(r.subject);
    f.text(r.text);
  }
  return f.h;
}

std::uint64_t Exercise::digest() const {
  Fnv f;
  f.integer(static_cast<std::int64_t>(world_->events_processed()));
  f.integer(world_->now());
  hash_current_metrics(f, *world_);
  f.integer(static_cast<std::int64_t>(world_->series().times().size()));
  f.integer(static_cast<std::int64_t>(world_->reports().size()));
  if (!world_->reports().empty()) {
    const Report& last = world_->reports().back();
    f.integer(last.time);
    f.text(last.text);
  }
  return f.h;
}

}  // namespace epd

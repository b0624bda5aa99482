#include "batch/batch.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <new>

#include "engine/exercise.h"
#include "engine/metric_values.h"
#include "engine/run_plan.h"
#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {

const std::vector<std::string_view>& batch_series_metrics() {
  static const std::vector<std::string_view> ids = {"ed_waiting",        "ed_los_median_24h_min",
                                                    "lab_tat_median_24h_min", "medication_errors",
                                                    "ed_left_without_being_seen", "backentry_backlog",
                                                    "functions_down"};
  return ids;
}

bool parse_shard(std::string_view text, Shard* shard) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  const auto number = [](std::string_view s, std::uint64_t* v) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), *v);
    return error == std::errc() && end == s.data() + s.size();
  };
  Shard s;
  if (!number(text.substr(0, slash), &s.index) || !number(text.substr(slash + 1), &s.count)) return false;
  if (s.count == 0 || s.index == 0 || s.index > s.count) return false;
  *shard = s;
  return true;
}

std::string to_string(const Shard& shard) { return std::to_string(shard.index) + "/" + std::to_string(shard.count); }

std::pair<std::uint64_t, std::uint64_t> shard_range(const Shard& shard, std::uint64_t runs) {
  const std::uint64_t base = runs / shard.count, extra = runs % shard.count, k = shard.index - 1;
  const std::uint64_t first = k * base + std::min(k, extra);
  return {first, first + base + (k < extra ? 1 : 0)};
}

BatchHeader batch_header(const BatchSpec& spec) {
  BatchHeader h;
  const Scenario& s = *spec.scenario;
  h.scenario = s.id;
  h.scenario_sha256 = spec.scenario_sha256;
  const auto both = [&s](const std::string& text) { return say_in_both([&] { return s.local(text); }); };
  h.title = both(s.title);
  h.start = s.start;
  for (const Hospital& hospital : s.hospitals) h.hospital_names.push_back(both(hospital.name));
  for (const ObjectiveDef& o : s.objectives) h.objective_titles.push_back(both(o.title));
  h.until = spec.until;
  h.first_seed = spec.first_seed;
  h.runs = spec.runs;
  h.shard = spec.shard;
  for (const BatchPlan& p : spec.plans)
    h.plans.push_back({p.id, say_in_both([&p] { return p.plan.local(p.title); }), p.sha256});
  for (const Hospital& hospital : s.hospitals) h.hospitals.push_back(hospital.id);
  for (const ObjectiveDef& o : s.objectives) h.objectives.push_back(o.id);
  for (const MetricDef& m : metric_registry()) h.metrics.emplace_back(m.id);
  for (std::string_view id : batch_series_metrics()) h.series.emplace_back(id);
  return h;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A moment that has not come reads -1 in the engine: no value.
void drop_missing(std::vector<double>& values) {
  const auto& registry = metric_registry();
  for (std::size_t i = 0; i < values.size(); ++i) {
    const MetricKind kind = registry[i % kMetricCount].kind;
    if (kind == MetricKind::time && values[i] < 0) values[i] = kNaN;
  }
}

}  // namespace

RunResult run_one(const BatchSpec& spec, std::uint32_t plan, std::uint64_t seed) {
  const BatchPlan& played = spec.plans[plan];
  Exercise exercise(played.scenario != nullptr ? played.scenario : spec.scenario, seed);
  run_plan_until(exercise, played.plan, spec.until);
  RunResult r;
  r.seed = seed;
  r.plan = plan;
  sample_metrics(exercise.world(), r.metrics, r.hospitals);
  drop_missing(r.metrics);
  drop_missing(r.hospitals);
  for (const auto& o : exercise.objectives(spec.until >= exercise.horizon())) r.objectives.push_back(o.status);

  // The region's series at every whole hour (the last sample at or before it).
  const MetricSeries& series = exercise.world().series();
  const std::vector<SimTime>& times = series.times();
  const std::size_t hours = static_cast<std::size_t>(spec.until / kBatchSeriesStep) + 1;
  r.series.assign(batch_series_metrics().size() * hours, std::numeric_limits<float>::quiet_NaN());
  std::size_t m = 0;
  for (std::string_view id : batch_series_metrics()) {
    const int index = metric_index(id);
    const MetricDef& def = metric_registry()[static_cast<std::size_t>(index)];
    std::size_t at = 0;
    for (std::size_t h = 0; h < hours; ++h) {
      const SimTime t = static_cast<SimTime>(h) * kBatchSeriesStep;
      while (at + 1 < times.size() && times[at + 1] <= t) ++at;
      if (times.empty() || times[at] > t) continue;
      const double v = series.value(static_cast<std::size_t>(index), at);
      if (!std::isfinite(v) || no_point_in_series(def, v)) continue;
      r.series[m * hours + h] = static_cast<float>(v);
    }
    ++m;
  }
  return r;
}

BatchRunner::BatchRunner(std::shared_ptr<const BatchSpec> spec, unsigned jobs, PlayOne play)
    : spec_(std::move(spec)), play_(play), header_(batch_header(*spec_)) {
  const auto [first, last] = shard_range(spec_->shard, spec_->runs);
  first_index_ = first;
  total_ = static_cast<std::size_t>(last - first) * spec_->plans.size();
  results_.resize(total_);
  jobs = std::max(1u, jobs);
  running_.store(jobs);
  for (unsigned j = 0; j < jobs; ++j) threads_.emplace_back([this] { work(); });
}

BatchRunner::~BatchRunner() {
  cancel();
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

void BatchRunner::work() {
  const std::size_t plans = spec_->plans.size();
  for (;;) {
    if (cancelled_.load()) break;
    const std::size_t i = next_.fetch_add(1);
    if (i >= total_) break;
    const std::uint64_t seed = spec_->first_seed + first_index_ + i / plans;
    try {
      results_[i] = play_(*spec_, static_cast<std::uint32_t>(i % plans), seed);
    } catch (const std::bad_alloc&) {
      // Other jobs' runs hold memory too: stop handing out runs, keep the seeds before this one.
      std::size_t first = out_of_memory_at_.load();
      while (i < first && !out_of_memory_at_.compare_exchange_weak(first, i)) {
      }
      cancel();
      break;
    }
    done_.fetch_add(1);
  }
  running_.fetch_sub(1);
}

BatchRuns BatchRunner::wait() {
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
  BatchRuns out;
  out.header = header_;
  // Every run handed out was finished (up to the first that found no memory),
  // so the seeds finished are a prefix.
  const std::size_t plans = spec_->plans.size();
  const std::size_t handed = std::min({next_.load(), total_, out_of_memory_at_.load()});
  out.out_of_memory = out_of_memory_at_.load() < total_;
  const std::size_t kept = plans == 0 ? 0 : handed / plans * plans;
  out.partial = kept < total_;
  out.results.assign(std::make_move_iterator(results_.begin()),
                     std::make_move_iterator(results_.begin() + static_cast<std::ptrdiff_t>(kept)));
  results_.clear();
  return out;
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace epd

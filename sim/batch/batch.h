#pragma once
// Many runs of one scenario: N seeds for each plan, on several threads, the
// scenario parsed once. Each run's outcome is kept (its final metrics, the
// objectives' statuses and the course of a few metrics hour by hour), so that
// the statistics (batch_stats.h) are a pure function of the runs sorted by
// seed: the same for any number of threads, and for shards merged.
//
// No terminal and no window here: the command line (`epd-drill batch`) and
// the console poll a BatchRunner for progress and cancel it.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/sim_time.h"
#include "engine/objectives.h"
#include "scenario/plan.h"
#include "scenario/scenario.h"

namespace epd {

// The metrics whose course a batch keeps for every run, one value per hour
// (the fan charts of the batch report): the after-action report's plots and
// the patients who left unseen.
const std::vector<std::string_view>& batch_series_metrics();
constexpr SimTime kBatchSeriesStep = 60;
// A million seeds is far beyond any use (a few thousand settle every figure:
// docs/batch.md) and keeps the count, and each run's kept outcome, well inside
// what a machine can hold.
constexpr std::uint64_t kMostBatchRuns = 1000000;

// A plan of a batch. The first plan of a batch is usually "no response" (the
// baseline, an empty plan); the others are files.
struct BatchPlan {
  std::string id;      // "no_response", "normal_operation", or the plan file's name without ".plan.json" / ".json"
  std::string title;   // the plan's own title in English, its Dutch in plan.dutch ("" for no response)
  std::string sha256;  // of the plan file's bytes ("" for no response)
  Plan plan;
  // The scenario this plan is played on; null: the batch's. Normal operation
  // plays the batch's scenario without the outage (normal_operation_of).
  std::shared_ptr<const Scenario> scenario;
};
constexpr const char* kNoResponseId = "no_response";
constexpr const char* kNormalOperationId = "normal_operation";

// The K-th (1-based) of N slices of the seeds: contiguous, the first
// `runs % N` slices one seed longer.
struct Shard {
  std::uint64_t index = 1, count = 1;
  bool whole() const { return count == 1; }
};
// "2/8" -> {2, 8}; false when K is not 1..N or the text is no K/N.
bool parse_shard(std::string_view text, Shard* shard);
std::string to_string(const Shard& shard);  // "2/8"
// The seed indices [first, last) of the shard in a batch of `runs` seeds.
std::pair<std::uint64_t, std::uint64_t> shard_range(const Shard& shard, std::uint64_t runs);

struct BatchSpec {
  std::shared_ptr<const Scenario> scenario;
  std::string scenario_sha256;  // of the scenario file's bytes
  std::vector<BatchPlan> plans;
  std::uint64_t first_seed = 1;
  std::uint64_t runs = 0;  // seeds in the whole batch (every shard)
  SimTime until = 0;
  Shard shard;
};

// One run's outcome. Values that do not exist (a moment that has not come, a
// median of nothing) are NaN.
struct RunResult {
  std::uint64_t seed = 0;
  std::uint32_t plan = 0;
  std::vector<double> metrics;                // the region's, registry order
  std::vector<double> hospitals;              // [hospital * kMetricCount + metric]
  std::vector<ObjectiveStatus> objectives;    // scenario order
  std::vector<float> series;                  // [series metric * hours + hour], hours = until / 60 + 1
};

// What a batch is: everything a shard must share with the others to be merged.
struct BatchHeader {
  std::string scenario;  // id
  std::string scenario_sha256;
  // For the report, in both languages: the scenario's title, its T0, its
  // hospitals' names and its objectives' titles.
  Said title;
  CivilDateTime start;
  std::vector<Said> hospital_names, objective_titles;
  SimTime until = 0;
  std::uint64_t first_seed = 1;
  std::uint64_t runs = 0;
  Shard shard;
  struct PlanId {
    std::string id;
    Said title;  // the plan's own title in both languages (empty for no response)
    std::string sha256;
    bool operator==(const PlanId& o) const {
      return id == o.id && title.en == o.title.en && title.nl == o.title.nl && sha256 == o.sha256;
    }
  };
  std::vector<PlanId> plans;
  std::vector<std::string> hospitals;   // ids, scenario order
  std::vector<std::string> objectives;  // ids, scenario order
  std::vector<std::string> metrics;     // ids, registry order
  std::vector<std::string> series;      // batch_series_metrics()
  std::size_t series_points() const { return static_cast<std::size_t>(until / kBatchSeriesStep) + 1; }
};

struct BatchRuns {
  BatchHeader header;
  // Sorted by (seed, plan); every seed has a run of every plan.
  std::vector<RunResult> results;
  // Cancelled: the seeds finished before the cancel (the first of the shard's).
  bool partial = false;
  // A run found no memory (std::bad_alloc): the batch stopped there, and the
  // seeds before it are kept (partial is then true too).
  bool out_of_memory = false;
  std::uint64_t seeds() const { return header.plans.empty() ? 0 : results.size() / header.plans.size(); }
};

BatchHeader batch_header(const BatchSpec& spec);

// One run of the batch: the plan played on seed `seed` to `spec.until`.
RunResult run_one(const BatchSpec& spec, std::uint32_t plan, std::uint64_t seed);

// Plays a batch (the spec's shard) on `jobs` threads, started at once.
// Runs are handed out in seed order, every plan of a seed in a row, so that a
// cancel keeps a prefix of the seeds, each with every plan (a run under way is
// finished, never cut short). Construct it on the thread that owns the
// language (the console's UI thread): the header says the scenario's names in
// both languages.
class BatchRunner {
 public:
  // `play` plays one run (run_one; a test gives one that fails where it wants).
  using PlayOne = RunResult (*)(const BatchSpec&, std::uint32_t plan, std::uint64_t seed);
  BatchRunner(std::shared_ptr<const BatchSpec> spec, unsigned jobs, PlayOne play = run_one);
  ~BatchRunner();  // cancels and waits
  BatchRunner(const BatchRunner&) = delete;
  BatchRunner& operator=(const BatchRunner&) = delete;

  std::size_t total() const { return total_; }  // runs of the shard
  std::size_t done() const { return done_.load(); }
  bool finished() const { return running_.load() == 0; }  // every thread has stopped
  void cancel() { cancelled_.store(true); }
  // Waits for the threads; the runs of every seed that was finished.
  BatchRuns wait();

 private:
  void work();

  std::shared_ptr<const BatchSpec> spec_;
  PlayOne play_;
  BatchHeader header_;
  std::uint64_t first_index_ = 0;  // the shard's first seed index
  std::size_t total_ = 0;
  std::vector<RunResult> results_;
  std::atomic<std::size_t> next_{0}, done_{0};
  std::atomic<unsigned> running_{0};
  std::atomic<bool> cancelled_{false};
  std::atomic<std::size_t> out_of_memory_at_{SIZE_MAX};  // the first run that found no memory; SIZE_MAX when none did
  std::vector<std::thread> threads_;
};

// The default number of threads: the machine's cores (1 when unknown).
unsigned default_jobs();

}  // namespace epd

#pragma once
// What many runs came to: per plan and metric the distribution of the final
// values, per objective the share of runs that met it, the course of a few
// metrics as fan charts, and for each pair of plans the paired difference
// (same seeds) with a 95% interval. Computed from the runs in seed order
// after all of them are done, so the numbers never depend on the number of
// threads or on how the seeds were split over shards.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "batch/batch.h"

namespace epd {

// The distribution of a metric's values over the runs. Values that do not
// exist (NaN) are left out: `n` counts the others. Quantiles are R's type 7
// (linear between the order statistics); sd is the sample standard deviation
// (n - 1). With n == 0 every figure is NaN.
struct Distribution {
  std::uint64_t n = 0;
  double mean, sd, median, p5, p25, p75, p95, min, max;
};
Distribution distribution(std::vector<double> values);
// The type-7 quantile `p` of sorted values (NaN when empty).
double quantile(const std::vector<double>& sorted, double p);

// b - a over the seeds where both have a value: the mean difference, its
// standard deviation and the 95% t-interval of the mean,
// mean +- t(0.975, n - 1) * sd / sqrt(n) (NaN below two pairs).
struct PairedDifference {
  std::uint64_t n = 0;
  double mean, sd, low, high;
};
PairedDifference paired_difference(const std::vector<double>& a, const std::vector<double>& b);
// The 0.975 quantile of Student's t with `df` degrees of freedom.
double t_quantile_975(std::size_t df);

// A metric over time across the runs: per hour the 5th, 25th, 50th, 75th and
// 95th percentiles (NaN where no run has a value).
struct Fan {
  std::vector<double> p5, p25, median, p75, p95;
};

struct PlanStats {
  std::vector<Distribution> metrics;                 // the region's, registry order
  std::vector<std::vector<Distribution>> hospitals;  // [hospital][metric]
  std::vector<std::size_t> objectives_met;           // runs that met each objective
  // Runs in which it was not decided: pending when the run stopped, or left
  // to the evaluator (not measurable). Their share met is over the others.
  std::vector<std::size_t> objectives_undecided;
  std::vector<Fan> series;                           // batch_series_metrics() order
};

struct PlanComparison {
  std::size_t a = 0, b = 0;                // plan indices, a < b: the difference is b - a
  std::vector<PairedDifference> metrics;   // the region's, registry order
  std::vector<PairedDifference> objectives;  // met = 1, not met = 0, over the seeds decided in both
};

struct BatchStats {
  BatchHeader header;
  bool partial = false;
  bool out_of_memory = false;  // partial because a run found no memory (not written to batch.json)
  std::uint64_t seeds = 0;  // seeds run (each with every plan)
  std::vector<PlanStats> plans;
  std::vector<PlanComparison> comparisons;  // every pair, (0,1), (0,2), ..., (1,2), ...
};

BatchStats batch_stats(const BatchRuns& runs);

// How many of plan `plan`'s runs decided objective `objective` (met or not met).
std::uint64_t objective_decided(const BatchStats& s, std::size_t plan, std::size_t objective);
// The share of plan `plan`'s runs that met objective `objective`, of those in
// which it was decided; NaN when it was decided in none.
double objective_share(const BatchStats& s, std::size_t plan, std::size_t objective);

}  // namespace epd

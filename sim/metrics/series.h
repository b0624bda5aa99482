#pragma once
// Time series of every registered metric, sampled every 15 simulated minutes:
// the region's values, and with several hospitals each hospital's (stored as
// float). One sample's values sit side by side, appended as the run goes, in
// two blocks reserved for the whole horizon: a 69-hospital run keeps 80 MB,
// each page touched once, when the run first writes it. Not advised as huge
// pages (a kernel whose transparent huge pages are "always" on still gives
// them): written once front to back, the series gain nothing from fewer
// address translations, and on virtual machines whose host takes back freed
// memory a fresh huge page costs several times its 512 small ones
// (docs/architecture.md, "Page faults").

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/sim_time.h"

namespace epd {

// The series' step, and the engine's tick for rates per quarter hour.
constexpr SimTime kSampleInterval = 15;
// Samples taken over `span` from T0: one at T0, one every step, one at the end.
inline std::size_t samples_within(SimTime span) { return static_cast<std::size_t>(span / kSampleInterval) + 2; }
// Hospitals with series of their own: none with one hospital, whose values are the region's.
inline std::size_t hospitals_with_series(std::size_t hospitals) { return hospitals > 1 ? hospitals : 0; }
// What the series of a run of `hospitals` hospitals over `span` take, in bytes: the part of a run's memory that
// grows with hospitals x days, known before it starts.
std::uint64_t series_bytes(SimTime span, std::size_t metrics, std::size_t hospitals);

class MetricSeries {
 public:
  // One sample at `t`: every metric's value for the region, and each
  // hospital's (`per_hospital[k * metrics + m]`; empty with one hospital,
  // whose values are the region's).
  void append(SimTime t, const std::vector<double>& region, const std::vector<double>& per_hospital);
  // Room for `samples` samples of `metrics` metrics at `hospitals` hospitals (0 with one), so the series are not
  // copied as they grow.
  void reserve(std::size_t samples, std::size_t metrics, std::size_t hospitals);

  const std::vector<SimTime>& times() const { return times_; }
  std::size_t metric_count() const { return metrics_; }
  // The region's value of metric `index` (as in metric_registry()) in sample `sample`.
  double value(std::size_t index, std::size_t sample) const { return region_samples_[sample * metrics_ + index]; }
  // The region's samples of metric `index`, one per time.
  std::vector<double> values(std::size_t index) const;
  // How many hospitals have series of their own (0 with one hospital).
  std::size_t hospital_count() const { return hospitals_; }
  // The samples of metric `index` at `hospital` (-1: the region).
  std::vector<double> values(std::size_t index, int hospital) const;
  // Every hospital's samples: [sample][hospital][metric], as append took them.
  const std::vector<float>& hospital_samples() const { return hospital_samples_; }

 private:
  std::vector<SimTime> times_;
  std::size_t metrics_ = 0;
  std::size_t hospitals_ = 0;
  std::vector<double> region_samples_;  // [sample][metric]
  std::vector<float> hospital_samples_;
};

}  // namespace epd

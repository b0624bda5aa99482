#pragma once
// Time series of every registered metric, sampled every 15 simulated minutes:
// the region's values, and with several hospitals each hospital's (stored as
// float, one sample's values side by side: a 69-hospital run keeps 15 M).

#include <cstddef>
#include <vector>

#include "core/sim_time.h"

namespace epd {

class MetricSeries {
 public:
  // One sample at `t`: every metric's value for the region, and each
  // hospital's (`per_hospital[k * metrics + m]`; empty with one hospital,
  // whose values are the region's).
  void append(SimTime t, const std::vector<double>& region, const std::vector<double>& per_hospital);
  // Room for `samples` samples of `metrics` metrics at `hospitals` hospitals (0 with one), so the series are not
  // copied as they grow: a 69-hospital run keeps 60 MB of them.
  void reserve(std::size_t samples, std::size_t metrics, std::size_t hospitals);

  const std::vector<SimTime>& times() const { return times_; }
  // The region's samples of metric `index` (as in metric_registry()), one per time.
  const std::vector<double>& values(std::size_t index) const { return values_[index]; }
  std::size_t metric_count() const { return values_.size(); }
  // How many hospitals have series of their own (0 with one hospital).
  std::size_t hospital_count() const { return hospitals_; }
  // The samples of metric `index` at `hospital` (-1: the region).
  std::vector<double> values(std::size_t index, int hospital) const;
  // Every hospital's samples: [sample][hospital][metric], as append took them.
  const std::vector<float>& hospital_samples() const { return hospital_samples_; }

 private:
  std::vector<SimTime> times_;
  std::vector<std::vector<double>> values_;
  std::size_t hospitals_ = 0;
  std::vector<float> hospital_samples_;
};

}  // namespace epd

#pragma once
// Time series of every registered metric, sampled every 15 simulated minutes.

#include <vector>

#include "core/sim_time.h"

namespace epd {

class World;

class MetricSeries {
 public:
  void sample(const World& w);
  const std::vector<SimTime>& times() const { return times_; }
  // Samples of metric `index` (as in metric_registry()), one per time.
  const std::vector<double>& values(std::size_t index) const { return values_[index]; }
  std::size_t metric_count() const { return values_.size(); }

 private:
  std::vector<SimTime> times_;
  std::vector<std::vector<double>> values_;
};

}  // namespace epd

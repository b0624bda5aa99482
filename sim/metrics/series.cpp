#include "metrics/series.h"

namespace epd {

void MetricSeries::append(SimTime t, const std::vector<double>& region, const std::vector<double>& per_hospital) {
  const std::size_t metrics = region.size();
  if (values_.empty()) {
    values_.resize(metrics);
    hospitals_ = metrics > 0 ? per_hospital.size() / metrics : 0;
    hospital_values_.resize(metrics * hospitals_);
  }
  times_.push_back(t);
  for (std::size_t m = 0; m < metrics; ++m) values_[m].push_back(region[m]);
  for (std::size_t k = 0; k < hospitals_; ++k)
    for (std::size_t m = 0; m < metrics; ++m)
      hospital_values_[m * hospitals_ + k].push_back(static_cast<float>(per_hospital[k * metrics + m]));
}

std::vector<double> MetricSeries::values(std::size_t index, int hospital) const {
  if (hospital < 0 || hospitals_ == 0) return values_[index];
  const auto& floats = hospital_values(index, static_cast<std::size_t>(hospital));
  return std::vector<double>(floats.begin(), floats.end());
}

}  // namespace epd

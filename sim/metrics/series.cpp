#include "metrics/series.h"

namespace epd {

void MetricSeries::append(SimTime t, const std::vector<double>& region, const std::vector<double>& per_hospital) {
  const std::size_t metrics = region.size();
  if (times_.empty()) {
    values_.resize(metrics);
    hospitals_ = metrics > 0 ? per_hospital.size() / metrics : 0;
  }
  times_.push_back(t);
  for (std::size_t m = 0; m < metrics; ++m) values_[m].push_back(region[m]);
  // Each value converted to float as it is copied in (a resize would zero them all first).
  hospital_samples_.insert(hospital_samples_.end(), per_hospital.begin(), per_hospital.end());
}

void MetricSeries::reserve(std::size_t samples, std::size_t metrics, std::size_t hospitals) {
  times_.reserve(samples);
  values_.resize(metrics);
  for (auto& v : values_) v.reserve(samples);
  hospital_samples_.reserve(samples * metrics * hospitals);
}

std::vector<double> MetricSeries::values(std::size_t index, int hospital) const {
  if (hospital < 0 || hospitals_ == 0) return values_[index];
  const std::size_t metrics = values_.size(), stride = hospitals_ * metrics;
  std::vector<double> out;
  out.reserve(times_.size());
  for (std::size_t i = static_cast<std::size_t>(hospital) * metrics + index; i < hospital_samples_.size(); i += stride)
    out.push_back(static_cast<double>(hospital_samples_[i]));
  return out;
}

}  // namespace epd

#include "metrics/series.h"

namespace epd {

void MetricSeries::append(SimTime t, const std::vector<double>& region, const std::vector<double>& per_hospital) {
  if (times_.empty()) {
    metrics_ = region.size();
    hospitals_ = metrics_ > 0 ? per_hospital.size() / metrics_ : 0;
  }
  times_.push_back(t);
  region_samples_.insert(region_samples_.end(), region.begin(), region.end());
  // Each value converted to float as it is copied in (a resize would zero them all first).
  hospital_samples_.insert(hospital_samples_.end(), per_hospital.begin(), per_hospital.end());
}

void MetricSeries::reserve(std::size_t samples, std::size_t metrics, std::size_t hospitals) {
  metrics_ = metrics;
  times_.reserve(samples);
  region_samples_.reserve(samples * metrics);
  hospital_samples_.reserve(samples * metrics * hospitals);
}

std::uint64_t series_bytes(SimTime span, std::size_t metrics, std::size_t hospitals) {
  const std::uint64_t per_sample =
      sizeof(SimTime) + metrics * sizeof(double) + std::uint64_t{metrics} * hospitals_with_series(hospitals) * sizeof(float);
  return samples_within(span) * per_sample;
}

namespace {

// Every `stride`-th value of `all` from `first` on, as doubles.
template <class Values>
std::vector<double> every(const Values& all, std::size_t first, std::size_t stride, std::size_t count) {
  std::vector<double> out;
  out.reserve(count);
  for (std::size_t i = first; i < all.size(); i += stride) out.push_back(static_cast<double>(all[i]));
  return out;
}

}  // namespace

std::vector<double> MetricSeries::values(std::size_t index) const {
  return every(region_samples_, index, metrics_, times_.size());
}

std::vector<double> MetricSeries::values(std::size_t index, int hospital) const {
  if (hospital < 0 || hospitals_ == 0) return values(index);
  return every(hospital_samples_, static_cast<std::size_t>(hospital) * metrics_ + index, hospitals_ * metrics_,
               times_.size());
}

}  // namespace epd

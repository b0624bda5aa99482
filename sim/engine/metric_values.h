#pragma once
// The value of every metric of the registry (metrics/registry.h), computed
// from the world's state: for one hospital, or for the region as the
// registry says (sums, pooled medians, the hospital with the fewest kit
// hours, ...).

#include <cstddef>
#include <vector>

namespace epd {

class World;

// `hospital` -1: the region.
double metric_value(const World& w, std::size_t metric, int hospital);

// False for a median of nothing (no patient yet; in the last 24 hours for a
// `_24h` one): metric_value reads 0 there, which saves' fingerprints, the
// series and summaries keep; what people read shows no value instead.
bool metric_has_value(const World& w, std::size_t metric, int hospital);

// Every metric now: `region[m]`, and `per_hospital[k * kMetricCount + m]`
// for every hospital k. The region's sums, lowest and highest values are
// formed from the hospitals' values, so one sample costs one pass.
void sample_metrics(const World& w, std::vector<double>& region, std::vector<double>& per_hospital);

}  // namespace epd

#include "metrics/series.h"

#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {

void MetricSeries::sample(const World& w) {
  const auto& registry = metric_registry();
  if (values_.empty()) values_.resize(registry.size());
  times_.push_back(w.now());
  for (std::size_t m = 0; m < registry.size(); ++m) values_[m].push_back(registry[m].value(w, -1));
}

}  // namespace epd

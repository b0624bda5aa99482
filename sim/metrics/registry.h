#pragma once
// Every metric of EPD Drill, declared once: id, unit, meaning and how it is
// computed from the world. The CLI summary, the time series, the console and
// the reports all read metrics through this table, so they always agree.
// docs/metrics.md is the same list for readers.

#include <string_view>
#include <vector>

namespace epd {

class World;

enum class MetricKind {
  counter,  // cumulative count since T0
  gauge,    // a level now
  median,   // a median of durations
  maximum,  // the largest value seen so far
  time,     // a moment, in minutes since T0 (-1 if it has not happened)
};

struct MetricDef {
  std::string_view id;
  std::string_view unit;
  std::string_view meaning;
  MetricKind kind;
  // hospital: index, or -1 for the whole scenario (sums, pooled medians).
  double (*value)(const World& w, int hospital);
  double upper_bound;  // a value the metric can never exceed (< 0: none)
};

const std::vector<MetricDef>& metric_registry();
// nullptr when no metric has this id.
const MetricDef* find_metric(std::string_view id);
int metric_index(std::string_view id);

}  // namespace epd

#pragma once
// The outcome of a run in numbers: what `epd-drill run --summary` writes and
// what tests compare. Metrics appear in registry order.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/exercise.h"

namespace epd {

struct OutcomeSummary {
  std::string scenario;
  std::uint64_t seed = 0;
  SimTime until_min = 0;
  std::uint64_t events_processed = 0;
  double wall_ms = 0;  // not part of the outcome: differs from run to run
  std::vector<std::pair<std::string, double>> metrics;  // the region
  struct HospitalMetrics {
    std::string id;
    std::vector<std::pair<std::string, double>> metrics;
  };
  std::vector<HospitalMetrics> hospitals;  // every hospital on its own, in scenario order
  struct Objective {
    std::string id;
    bool met = false;
    std::string status;  // met, not_met, pending, not_measurable
  };
  std::vector<Objective> objectives;
};

OutcomeSummary summarize(const Exercise& exercise, bool final);

// {"scenario", "seed", "until_min", "events_processed", "wall_ms",
//  "metrics": {id: number}, "objectives": [{"id", "met", "status"}],
//  "hospitals": {hospital id: {id: number}}}
std::string summary_json(const OutcomeSummary& summary);

}  // namespace epd

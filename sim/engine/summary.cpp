#include "engine/summary.h"

#include <cmath>
#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "engine/metric_values.h"
#include "metrics/registry.h"

namespace epd {

OutcomeSummary summarize(const Exercise& exercise, bool final) {
  OutcomeSummary s;
  s.scenario = exercise.scenario().id;
  s.seed = exercise.seed();
  s.until_min = exercise.now();
  s.events_processed = exercise.events_processed();
  // Every metric of the region and of each hospital, in one pass.
  std::vector<double> region, per_hospital;
  sample_metrics(exercise.world(), region, per_hospital);
  const auto& registry = metric_registry();
  for (std::size_t m = 0; m < kMetricCount; ++m) s.metrics.emplace_back(std::string(registry[m].id), region[m]);
  const auto& hospitals = exercise.scenario().hospitals;
  for (std::size_t k = 0; k < hospitals.size(); ++k) {
    OutcomeSummary::HospitalMetrics h{hospitals[k].id, {}};
    for (std::size_t m = 0; m < kMetricCount; ++m)
      h.metrics.emplace_back(std::string(registry[m].id), per_hospital[k * kMetricCount + m]);
    s.hospitals.push_back(std::move(h));
  }
  for (const auto& o : exercise.objectives(final))
    s.objectives.push_back({o.id, o.status == ObjectiveStatus::met, std::string(to_string(o.status))});
  return s;
}

template <class Ar>
void save(Ar& ar, const OutcomeSummary::Objective& o) {
  ar(cereal::make_nvp("id", o.id), cereal::make_nvp("met", o.met), cereal::make_nvp("status", o.status));
}

std::string summary_json(const OutcomeSummary& summary) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options(17, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
    ar(cereal::make_nvp("scenario", summary.scenario), cereal::make_nvp("seed", summary.seed),
       cereal::make_nvp("until_min", summary.until_min), cereal::make_nvp("events_processed", summary.events_processed),
       cereal::make_nvp("wall_ms", summary.wall_ms));
    // JSON has no NaN: a metric with no value yet is written as -1, as the
    // "time" metrics already do for "has not happened".
    const auto metrics = [&](const char* name, const std::vector<std::pair<std::string, double>>& values) {
      ar.setNextName(name);
      ar.startNode();
      for (const auto& [id, value] : values) ar(cereal::make_nvp(id, std::isfinite(value) ? value : -1.0));
      ar.finishNode();
    };
    metrics("metrics", summary.metrics);
    ar(cereal::make_nvp("objectives", summary.objectives));
    ar.setNextName("hospitals");
    ar.startNode();
    for (const auto& h : summary.hospitals) metrics(h.id.c_str(), h.metrics);
    ar.finishNode();
  }
  out << '\n';
  return out.str();
}

}  // namespace epd

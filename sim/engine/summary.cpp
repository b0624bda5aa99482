#include "engine/summary.h"

#include <cmath>
#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "metrics/registry.h"

namespace epd {

OutcomeSummary summarize(const Exercise& exercise, bool final) {
  OutcomeSummary s;
  s.scenario = exercise.scenario().id;
  s.seed = exercise.seed();
  s.until_min = exercise.now();
  s.events_processed = exercise.events_processed();
  for (const auto& m : metric_registry()) s.metrics.emplace_back(std::string(m.id), exercise.metric(m.id));
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
    ar.setNextName("metrics");
    ar.startNode();
    // JSON has no NaN: a metric with no value yet is written as -1, as the
    // "time" metrics already do for "has not happened".
    for (const auto& [id, value] : summary.metrics) ar(cereal::make_nvp(id, std::isfinite(value) ? value : -1.0));
    ar.finishNode();
    ar(cereal::make_nvp("objectives", summary.objectives));
  }
  out << '\n';
  return out.str();
}

}  // namespace epd

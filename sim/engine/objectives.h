#pragma once
// Exercise objectives assessed from metrics and events (HSEEP style). An
// objective without measurable criteria is left to the evaluator's rating.

#include <string>
#include <vector>

namespace epd {

class World;

enum class ObjectiveStatus { met, not_met, pending, not_measurable };

std::string_view to_string(ObjectiveStatus s);

struct ObjectiveAssessment {
  std::string id;
  std::string title;
  ObjectiveStatus status = ObjectiveStatus::pending;
  std::string detail;  // one line per criterion, '; '-separated
};

// `final`: the run is over, so whatever is still open is decided now.
std::vector<ObjectiveAssessment> assess_objectives(const World& w, bool final);

}  // namespace epd

#include "engine/normal_operation.h"

#include <memory>

namespace epd {

Scenario normal_operation_of(const Scenario& outage) {
  Scenario normal = outage;
  for (ComponentDef& c : normal.components) c.state = ComponentState::up;
  for (Hospital& h : normal.hospitals)
    for (ComponentDef& c : h.components) c.state = ComponentState::up;
  for (InjectDef& in : normal.injects) in.effects.clear();
  normal.planned_downtime = PlannedDowntime{};
  return normal;
}

Exercise play_normal_operation(const Exercise& played) {
  Exercise normal(std::make_shared<const Scenario>(normal_operation_of(played.scenario())), played.seed());
  normal.advance_to(played.now());
  return normal;
}

}  // namespace epd

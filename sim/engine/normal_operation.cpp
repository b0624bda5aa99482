#include "engine/normal_operation.h"

#include <memory>

namespace epd {

namespace {
// A moment no run reaches (every horizon ends before it).
Condition never() {
  Condition c;
  c.type = Condition::Type::at;
  c.minutes = kLongestHorizon + kDay;
  return c;
}
}  // namespace

Scenario normal_operation_of(const Scenario& outage) {
  Scenario normal = outage;
  for (ComponentDef& c : normal.components) c.state = ComponentState::up;
  for (Hospital& h : normal.hospitals)
    for (ComponentDef& c : h.components) c.state = ComponentState::up;
  // No incident: no inject comes (nor changes anything), no legal deadline starts.
  for (InjectDef& in : normal.injects) {
    in.effects.clear();
    in.trigger = never();
  }
  for (DeadlineDef& d : normal.deadlines) d.starts = never();
  normal.planned_downtime = PlannedDowntime{};
  return normal;
}

Exercise play_normal_operation(const Exercise& played) {
  Exercise normal(std::make_shared<const Scenario>(normal_operation_of(played.scenario())), played.seed());
  normal.advance_to(played.now());
  return normal;
}

}  // namespace epd

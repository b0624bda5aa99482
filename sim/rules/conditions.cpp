// Conditions: inject triggers, action prerequisites, deadline starts and
// objective reference points all use the same small language (see
// Condition in scenario/scenario.h). Conditions are re-checked every 15
// minutes and at once after anything that can change them.

#include "engine/metric_values.h"
#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {

Condition World::at_hospital(const Condition& c, const HospitalState& h) {
  using T = Condition::Type;
  Condition out = c;
  const bool about_a_hospital = c.type == T::metric_above || c.type == T::metric_below || c.type == T::function_state ||
                                c.type == T::component_state || c.type == T::action_taken || c.type == T::action_not_taken;
  if (about_a_hospital && out.hospital.empty()) out.hospital = h.def->id;
  return out;
}

bool World::condition_holds(const Condition& c) const {
  using T = Condition::Type;
  switch (c.type) {
    case T::at: return now_ >= c.minutes;
    case T::metric_above:
    case T::metric_below: {
      const int m = metric_index(c.ref);
      const int k = named_hospital(c.hospital);
      if (m < 0 || k < -1) return false;
      const double v = metric_value(*this, static_cast<std::size_t>(m), k);
      return c.type == T::metric_above ? v > c.threshold : v < c.threshold;
    }
    case T::phase_reached: return phase_reached_[static_cast<int>(c.phase)] >= 0;
    case T::component_state: {
      const std::vector<int> k = component_instances(c.ref, named_hospital(c.hospital));
      return !k.empty() && components_[static_cast<std::size_t>(k.front())].effective() == c.component_state;
    }
    case T::function_state: {
      const int h = hospital_index(c.hospital);
      if (h < 0) return false;
      const int f = function_index(*hospitals_[static_cast<std::size_t>(h)].def, c.ref);
      return f >= 0 && hospitals_[static_cast<std::size_t>(h)].functions[static_cast<std::size_t>(f)].state == c.function_state;
    }
    case T::action_taken: {
      const int a = action_index(c.ref);
      const int k = named_hospital(c.hospital);
      return a >= 0 && k >= -1 && action_taken_at(a, k) >= 0;
    }
    case T::action_not_taken: {
      const int a = action_index(c.ref);
      const int k = named_hospital(c.hospital);
      if (a < 0 || k < -1 || now_ < c.minutes) return false;
      const SimTime taken = action_taken_at(a, k);
      return taken < 0 || taken > c.minutes;
    }
    case T::inject_delivered: {
      const int i = inject_index(c.ref);
      if (i < 0) return false;
      const SimTime at = injects_[static_cast<std::size_t>(i)].delivered_at;
      return at >= 0 && now_ >= at + c.minutes;
    }
  }
  return false;
}

SimTime World::condition_since(const Condition& c) const {
  using T = Condition::Type;
  switch (c.type) {
    case T::at: return c.minutes;
    case T::phase_reached: return phase_reached_[static_cast<int>(c.phase)];
    case T::action_taken: {
      const int a = action_index(c.ref);
      const int k = named_hospital(c.hospital);
      return a >= 0 && k >= -1 ? action_taken_at(a, k) : -1;
    }
    case T::inject_delivered: {
      const int i = inject_index(c.ref);
      if (i < 0 || injects_[static_cast<std::size_t>(i)].delivered_at < 0) return -1;
      return injects_[static_cast<std::size_t>(i)].delivered_at + c.minutes;
    }
    default: return condition_holds(c) ? now_ : -1;
  }
}

std::string World::describe_condition(const Condition& c) const {
  using T = Condition::Type;
  const int k = named_hospital(c.hospital);
  const std::string name = k >= 0 ? hospitals_[static_cast<std::size_t>(k)].def->name : "";
  const std::string at = k >= 0 ? " at " + name : "", for_it = k >= 0 ? " for " + name : "";
  switch (c.type) {
    case T::at: return "time " + format_offset(c.minutes) + " to have come";
    case T::metric_above: return c.ref + at + " above " + std::to_string(c.threshold);
    case T::metric_below: return c.ref + at + " below " + std::to_string(c.threshold);
    case T::phase_reached: return "the phase '" + std::string(phase_title(c.phase)) + "' to have been reached";
    case T::component_state: {
      const std::vector<int> found = component_instances(c.ref, k);
      if (found.empty()) return c.ref + " to be " + std::string(to_string(c.component_state));
      return component_name(found.front()) + " to be " + std::string(to_string(c.component_state)) + " (it is " +
             std::string(to_string(components_[static_cast<std::size_t>(found.front())].effective())) + ")";
    }
    case T::function_state: return "function '" + c.ref + "'" + at + " to be " + std::string(to_string(c.function_state));
    case T::action_taken: return "the decision '" + c.ref + "'" + for_it + " to have been taken";
    case T::action_not_taken:
      return "the decision '" + c.ref + "'" + for_it + " not to have been taken by " + format_offset(c.minutes);
    case T::inject_delivered: return "the inject '" + c.ref + "' to have been delivered";
  }
  return "?";
}

void World::schedule_condition_timer(const Condition& c, SimTime base) {
  using T = Condition::Type;
  if (c.type == T::at || c.type == T::action_not_taken) schedule(c.minutes, kTimerCheck);
  else if (c.type == T::inject_delivered && base >= 0) schedule(base + c.minutes, kTimerCheck);
}

void World::check_conditions() {
  settle_rounds();  // reads or changes every hospital
  if (checking_conditions_) return;  // a delivery inside the loop re-enters here
  checking_conditions_ = true;
  // Delivering an inject can make another trigger true: repeat until quiet.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < injects_.size(); ++i) {
      if (injects_[i].status != InjectRuntime::Status::pending || injects_[i].adhoc) continue;
      if (!condition_holds(injects_[i].def.trigger)) continue;
      trigger_inject(static_cast<int>(i));
      changed = true;
    }
    if (!crisis_team_active_ && incident_started_at_ >= 0) {
      for (const auto& h : hospitals_) {
        const DowntimePolicy& p = h.def->downtime;
        if (p.has_crisis_team_auto_after && now_ >= incident_started_at_ + p.crisis_team_auto_after.minutes) {
          crisis_team_active_ = true;
          report(ReportKind::milestone, h.index, "crisis_team",
                 "Crisis team convened by the downtime policy of " + h.def->name);
          changed = true;
          break;
        }
      }
    }
    check_deadlines();
  }
  checking_conditions_ = false;
  update_phase();
}

}  // namespace epd

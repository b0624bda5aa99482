// IT components and the functions that depend on them.
//
// A function takes the worst state its dependencies impose (a component that
// is down makes it `when_down`; a degraded one makes it degraded). A function
// that was read-only or down does not simply come back when its components
// do: IT restores it (an uncertain duration) and validates it, one function
// per restore team at a time, in the priority order the crisis team chose.

#include <algorithm>
#include <cmath>

#include "engine/world.h"

namespace epd {
namespace {

bool writable(FunctionState s) { return s == FunctionState::up || s == FunctionState::degraded; }

}  // namespace

void World::set_component_state(int c, ComponentState s, bool isolated) {
  ComponentRuntime& rt = components_[static_cast<std::size_t>(c)];
  const ComponentState before = rt.effective();
  const bool was_isolated = rt.isolated;
  rt.state = s;
  rt.isolated = isolated;
  const ComponentDef& def = scenario_->components[static_cast<std::size_t>(c)];
  if (was_isolated != isolated) {
    report(ReportKind::component_changed, -1, def.id,
           def.name + (isolated ? " isolated by the crisis team" : " reconnected"));
  } else if (before != rt.effective()) {
    report(ReportKind::component_changed, -1, def.id, def.name + ": " + std::string(to_string(before)) + " -> " +
                                                           std::string(to_string(rt.effective())));
  }
  recompute_functions();
}

FunctionState World::target_state(const HospitalState& h, int f) const {
  FunctionState worst = FunctionState::up;
  for (const Dependency& d : h.def->functions[static_cast<std::size_t>(f)].depends_on) {
    const int c = component_index(d.component);
    if (c < 0) continue;  // the loader rejects unknown components
    FunctionState imposed = FunctionState::up;
    switch (components_[static_cast<std::size_t>(c)].effective()) {
      case ComponentState::up: break;
      case ComponentState::degraded: imposed = d.when_down == FunctionState::up ? FunctionState::up : FunctionState::degraded; break;
      case ComponentState::down: imposed = d.when_down; break;
    }
    worst = std::max(worst, imposed);
  }
  return worst;
}

void World::set_function_state(HospitalState& h, int f, FunctionState s) {
  FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
  if (fr.state == s) return;
  const FunctionState before = fr.state;
  fr.state = s;
  if (s == FunctionState::up) fr.down_since = -1;
  else if (fr.down_since < 0) fr.down_since = now_;
  h.modes_dirty = true;
  const FunctionDef& def = h.def->functions[static_cast<std::size_t>(f)];
  report(ReportKind::function_changed, h.index, def.id,
         def.name + ": " + std::string(to_string(before)) + " -> " + std::string(to_string(s)));
}

void World::recompute_functions() {
  bool any_down_component = false;
  for (const auto& c : components_) any_down_component |= c.effective() != ComponentState::up;

  for (auto& h : hospitals_) {
    for (std::size_t f = 0; f < h.functions.size(); ++f) {
      FunctionRuntime& fr = h.functions[f];
      const FunctionState target = target_state(h, static_cast<int>(f));
      if (target > fr.state) {
        // Worse: it happens at once, and any restore under way is lost.
        if (!writable(target)) fr.needs_restore = true;
        if (fr.restore == FunctionRuntime::Restore::working || fr.restore == FunctionRuntime::Restore::validating)
          --h.restores_in_progress;
        fr.restore = FunctionRuntime::Restore::none;
        ++fr.restore_generation;
        set_function_state(h, static_cast<int>(f), target);
      } else if (target < fr.state) {
        if (fr.needs_restore && writable(target)) {
          // Its components are back; it stays as it is until IT restored it.
          if (fr.restore == FunctionRuntime::Restore::none) fr.restore = FunctionRuntime::Restore::waiting;
        } else {
          set_function_state(h, static_cast<int>(f), target);
        }
      }
    }
  }

  bool any_function_down = false;
  for (auto& h : hospitals_) {
    start_restores(h);
    arm_fallback_timers(h);
    update_viewer_snapshots(h);
    for (const auto& fr : h.functions) any_function_down |= fr.state != FunctionState::up;
  }

  if ((any_down_component || any_function_down) && incident_started_at_ < 0) {
    incident_started_at_ = now_;
    SimTime soonest = -1;
    for (const auto& h : hospitals_) {
      const DowntimePolicy& p = h.def->downtime;
      if (p.has_crisis_team_auto_after && (soonest < 0 || p.crisis_team_auto_after.minutes < soonest))
        soonest = p.crisis_team_auto_after.minutes;
    }
    if (soonest >= 0) schedule(now_ + soonest, kTimerCheck);
  }
  if (any_function_down) {
    all_restored_at_ = -1;
  } else if (incident_started_at_ >= 0 && all_restored_at_ < 0 && restoration_started_) {
    all_restored_at_ = now_;
    report(ReportKind::milestone, -1, "all_functions_restored", "All IT functions are up again");
  }
  update_phase();
}

void World::start_restores(HospitalState& h) {
  const int teams = static_cast<int>(std::floor(h.def->downtime.restore_teams +
                                                h.staff_extra[static_cast<int>(StaffGroup::it_restore_teams)] + 0.5));
  for (int f : h.restore_priority) {
    if (h.restores_in_progress >= teams) break;
    FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
    if (fr.restore != FunctionRuntime::Restore::waiting) continue;
    const FunctionDef& def = h.def->functions[static_cast<std::size_t>(f)];
    fr.restore = FunctionRuntime::Restore::working;
    ++fr.restore_generation;
    ++h.restores_in_progress;
    restoration_started_ = true;
    const SimTime work = draw_minutes(h.it_rng, def.restore_mean, def.restore_cv);
    schedule(now_ + work, kRestoreDone, h.index, static_cast<std::uint32_t>(f) | (fr.restore_generation << 8));
    report(ReportKind::restore_started, h.index, def.id, "IT starts restoring " + def.name);
  }
}

void World::on_restore_done(HospitalState& h, std::uint32_t subject) {
  const std::uint32_t f = subject & 0xFF;
  FunctionRuntime& fr = h.functions[f];
  if ((subject >> 8) != (fr.restore_generation & 0xFFFFFF) || fr.restore != FunctionRuntime::Restore::working) return;
  fr.restore = FunctionRuntime::Restore::validating;
  schedule(now_ + h.def->functions[f].validation.minutes, kValidationDone, h.index, subject);
}

void World::on_validation_done(HospitalState& h, std::uint32_t subject) {
  const std::uint32_t f = subject & 0xFF;
  FunctionRuntime& fr = h.functions[f];
  if ((subject >> 8) != (fr.restore_generation & 0xFFFFFF) || fr.restore != FunctionRuntime::Restore::validating)
    return;
  fr.restore = FunctionRuntime::Restore::none;
  fr.needs_restore = false;
  --h.restores_in_progress;
  report(ReportKind::function_restored, h.index, h.def->functions[f].id,
         h.def->functions[f].name + " restored and validated");
  recompute_functions();  // releases the function to its target state and starts the next restore
  receive_pending_referrals(h);
  check_conditions();
}

bool World::all_functions_up() const {
  for (const auto& h : hospitals_)
    for (const auto& fr : h.functions)
      if (fr.state != FunctionState::up) return false;
  return true;
}

}  // namespace epd

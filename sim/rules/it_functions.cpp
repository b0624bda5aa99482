// IT components and the functions that depend on them.
//
// A component in the scenario's list is shared: one instance for every
// hospital whose functions use it (the vendor's cloud fails for all its
// customers at once). A component with `each_hospital`, or listed under a
// hospital, is that hospital's own: an instance per hospital, which fails or
// is cut for that hospital alone.
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

// Whether a restore timer or queue entry (`subject`: function | generation
// << 8) still belongs to the restore at `stage`, not to one given up since.
bool current_restore(const FunctionRuntime& fr, std::uint32_t subject, FunctionRuntime::Restore stage) {
  return (subject >> 8) == (fr.restore_generation & 0xFFFFFF) && fr.restore == stage;
}

}  // namespace

void World::build_component_instances() {
  const Scenario& s = *scenario_;
  auto add = [&](const ComponentDef& def, int owner) {
    component_lookup_[{def.id, owner}] = static_cast<int>(components_.size());
    ComponentRuntime rt;
    rt.def = &def;
    rt.owner = owner;
    rt.state = def.state;
    components_.push_back(std::move(rt));
  };
  for (const ComponentDef& c : s.components) {
    if (!c.each_hospital) add(c, -1);
    else for (std::size_t k = 0; k < s.hospitals.size(); ++k) add(c, static_cast<int>(k));
  }
  for (std::size_t k = 0; k < s.hospitals.size(); ++k)
    for (const ComponentDef& c : s.hospitals[k].components) add(c, static_cast<int>(k));
  // Every dependency resolved once: the rules never look a component up by name.
  for (HospitalState& h : hospitals_) {
    h.function_components.resize(h.def->functions.size());
    h.function_needs_vendor.assign(h.def->functions.size(), false);
    for (std::size_t f = 0; f < h.def->functions.size(); ++f) {
      for (const Dependency& d : h.def->functions[f].depends_on) {
        const std::vector<int> found = component_instances(d.component, h.index);
        const int c = found.empty() ? -1 : found.front();  // the loader refuses unknown components
        h.function_components[f].push_back(c);
        if (c < 0) continue;
        if (components_[static_cast<std::size_t>(c)].def->kind == ComponentKind::vendor_cloud)
          h.function_needs_vendor[f] = scenario_->vendor.restore_teams > 0;
        auto& users = components_[static_cast<std::size_t>(c)].hospitals;
        if (users.empty() || users.back() != h.index) users.push_back(h.index);
      }
    }
  }
}

std::vector<int> World::component_instances(const std::string& id, int hospital) const {
  if (hospital >= 0) {
    for (int owner : {hospital, -1}) {
      const auto it = component_lookup_.find({id, owner});
      if (it != component_lookup_.end()) return {it->second};
    }
    return {};
  }
  std::vector<int> out;
  for (auto it = component_lookup_.lower_bound({id, -1}); it != component_lookup_.end() && it->first.first == id; ++it)
    out.push_back(it->second);
  return out;
}

std::string World::component_name(int instance) const {
  const ComponentRuntime& rt = components_[static_cast<std::size_t>(instance)];
  if (rt.owner < 0) return rt.def->name;
  return rt.def->name + " (" + hospitals_[static_cast<std::size_t>(rt.owner)].def->name + ")";
}

void World::set_component_state(int c, ComponentState s, bool isolated) {
  ComponentRuntime& rt = components_[static_cast<std::size_t>(c)];
  const ComponentState before = rt.effective();
  const bool was_isolated = rt.isolated;
  rt.state = s;
  rt.isolated = isolated;
  // The report names the component; its hospital (an own instance) is the report's.
  const std::string& name = rt.def->name;
  if (was_isolated != isolated) {
    report(ReportKind::component_changed, rt.owner, rt.def->id,
           name + (isolated ? " isolated by the crisis team" : " reconnected"));
  } else if (before != rt.effective()) {
    report(ReportKind::component_changed, rt.owner, rt.def->id,
           name + ": " + std::string(to_string(before)) + " -> " + std::string(to_string(rt.effective())));
  }
  const std::vector<std::uint16_t> users = rt.hospitals;  // a copy: recompute may report, never add users
  recompute_functions(&users);
}

FunctionState World::target_state(const HospitalState& h, int f) const {
  FunctionState worst = FunctionState::up;
  const auto& deps = h.def->functions[static_cast<std::size_t>(f)].depends_on;
  const auto& instances = h.function_components[static_cast<std::size_t>(f)];
  for (std::size_t i = 0; i < deps.size(); ++i) {
    const Dependency& d = deps[i];
    const int c = instances[i];
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
  // Patients see the portal go: the hospital's trouble is public (rules/demand.cpp).
  if (before == FunctionState::up && std::find(def.roles.begin(), def.roles.end(), Role::patient_portal) != def.roles.end())
    make_public(h);
  report(ReportKind::function_changed, h.index, def.id,
         def.name + ": " + std::string(to_string(before)) + " -> " + std::string(to_string(s)));
}

void World::recompute_functions(const std::vector<std::uint16_t>* only) {
  settle_rounds();  // reads or changes every hospital
  bool any_down_component = false;
  for (const auto& c : components_) any_down_component |= c.effective() != ComponentState::up;
  std::vector<std::uint16_t> all;
  if (only == nullptr) {
    for (const auto& h : hospitals_) all.push_back(h.index);
    only = &all;
  }

  for (std::uint16_t k : *only) {
    HospitalState& h = hospitals_[k];
    for (std::size_t f = 0; f < h.functions.size(); ++f) {
      FunctionRuntime& fr = h.functions[f];
      const FunctionState target = target_state(h, static_cast<int>(f));
      if (target > fr.state) {
        // Worse: it happens at once, and any restore under way is lost.
        if (!writable(target)) fr.needs_restore = true;
        release_restore_staff(h, fr);
        fr.restore = FunctionRuntime::Restore::none;
        ++fr.restore_generation;
        set_function_state(h, static_cast<int>(f), target);
      } else if (target < fr.state) {
        if (fr.needs_restore && writable(target)) {
          // Its components are back; it stays as it is until IT restored it.
          if (fr.restore == FunctionRuntime::Restore::none) {
            fr.restore = FunctionRuntime::Restore::waiting;
            fr.waiting_since = now_;
          }
        } else {
          set_function_state(h, static_cast<int>(f), target);
        }
      }
    }
  }

  if (vendor_team_freed_) {
    vendor_team_freed_ = false;
    offer_vendor_teams();
  }
  for (std::uint16_t k : *only) {
    HospitalState& h = hospitals_[k];
    start_restores(h);
    arm_fallback_timers(h);
    update_viewer_snapshots(h);
    bool down = false;
    for (const auto& fr : h.functions) down |= fr.state != FunctionState::up;
    if (down) {
      if (h.incident_started_at < 0) h.incident_started_at = now_;
      h.all_restored_at = -1;
    } else if (h.incident_started_at >= 0 && h.all_restored_at < 0) {
      // Up again, restored or (only degraded) not. A format-1 scenario's
      // timeline stays as it was before regions existed.
      h.all_restored_at = now_;
      if (hospitals_.size() > 1 && scenario_->format_version >= 2)
        report(ReportKind::milestone, h.index, "all_functions_restored", "All IT functions of " + h.def->name + " are up again");
    }
  }
  const bool any_function_down = !all_functions_up();

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

// Recovery is a consequence (format 3): the hospital's IT teams restore in
// the team's priority order; a function on the vendor's cloud also needs one
// of the vendor's teams, which serve every affected customer, longest
// waiting first; key users validate each restored function, one at a time
// per validation team, before it is released. Format-1 and -2 scenarios
// have an unlimited vendor and validation: the IT team validates.

// A restore given up (its components failed again) frees whoever worked on it.
void World::release_restore_staff(HospitalState& h, FunctionRuntime& fr) {
  using R = FunctionRuntime::Restore;
  const bool key_users = h.def->downtime.validation_teams > 0;
  if (fr.restore == R::working || (fr.restore == R::validating && !key_users)) --h.restores_in_progress;
  if (fr.restore == R::validating && key_users) {
    --h.validations_in_progress;
    start_validations(h);
  }
  // The vendor's team is offered to the longest waiting once every function has its new state.
  if (release_vendor_team(fr)) vendor_team_freed_ = true;
}

bool World::release_vendor_team(FunctionRuntime& fr) {
  if (!fr.vendor_held) return false;
  fr.vendor_held = false;
  --vendor_busy_;
  return true;
}

void World::start_restores(HospitalState& h) {
  const int teams = static_cast<int>(std::floor(h.def->downtime.restore_teams +
                                                h.staff_extra[static_cast<int>(StaffGroup::it_restore_teams)] + 0.5));
  for (int f : h.restore_priority) {
    if (h.restores_in_progress >= teams) break;
    FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
    if (fr.restore != FunctionRuntime::Restore::waiting) continue;
    const bool vendor = h.function_needs_vendor[static_cast<std::size_t>(f)];
    if (vendor && vendor_busy_ >= scenario_->vendor.restore_teams) continue;  // waits for the vendor
    const FunctionDef& def = h.def->functions[static_cast<std::size_t>(f)];
    if (vendor) {
      fr.vendor_held = true;
      ++vendor_busy_;
    }
    fr.restore = FunctionRuntime::Restore::working;
    ++fr.restore_generation;
    ++h.restores_in_progress;
    restoration_started_ = true;
    h.restoration_started = true;
    const SimTime work = draw_minutes(h.it_rng, def.restore_mean, def.restore_cv);
    schedule(now_ + work, kRestoreDone, h.index, static_cast<std::uint32_t>(f) | (fr.restore_generation << 8));
    report(ReportKind::restore_started, h.index, def.id, "IT starts restoring " + def.name);
  }
}

// The vendor's free teams go to the hospitals whose vendor restores have
// waited longest.
void World::offer_vendor_teams() {
  std::vector<std::pair<SimTime, std::uint16_t>> waiting;
  for (const HospitalState& h : hospitals_) {
    SimTime since = -1;
    for (std::size_t f = 0; f < h.functions.size(); ++f)
      if (h.function_needs_vendor[f] && h.functions[f].restore == FunctionRuntime::Restore::waiting &&
          (since < 0 || h.functions[f].waiting_since < since))
        since = h.functions[f].waiting_since;
    if (since >= 0) waiting.emplace_back(since, h.index);
  }
  std::sort(waiting.begin(), waiting.end());
  for (const auto& w : waiting) {
    if (vendor_busy_ >= scenario_->vendor.restore_teams) break;
    start_restores(hospitals_[w.second]);
  }
}

void World::on_restore_done(HospitalState& h, std::uint32_t subject) {
  const std::uint32_t f = subject & 0xFF;
  FunctionRuntime& fr = h.functions[f];
  if (!current_restore(fr, subject, FunctionRuntime::Restore::working)) return;
  release_vendor_team(fr);
  if (h.def->downtime.validation_teams <= 0) {  // the IT team validates it itself
    fr.restore = FunctionRuntime::Restore::validating;
    schedule(now_ + h.def->functions[f].validation.minutes, kValidationDone, h.index, subject);
  } else {  // key users validate it; the IT team moves on
    fr.restore = FunctionRuntime::Restore::awaiting_validation;
    h.validation_queue.push_back(subject);
    --h.restores_in_progress;
    start_validations(h);
    start_restores(h);
  }
  if (scenario_->vendor.restore_teams > 0) offer_vendor_teams();
}

void World::start_validations(HospitalState& h) {
  while (h.validations_in_progress < h.def->downtime.validation_teams && !h.validation_queue.empty()) {
    const std::uint32_t subject = h.validation_queue.front();
    h.validation_queue.pop_front();
    FunctionRuntime& fr = h.functions[subject & 0xFF];
    if (!current_restore(fr, subject, FunctionRuntime::Restore::awaiting_validation)) continue;  // given up meanwhile
    fr.restore = FunctionRuntime::Restore::validating;
    ++h.validations_in_progress;
    schedule(now_ + h.def->functions[subject & 0xFF].validation.minutes, kValidationDone, h.index, subject);
  }
}

void World::on_validation_done(HospitalState& h, std::uint32_t subject) {
  const std::uint32_t f = subject & 0xFF;
  FunctionRuntime& fr = h.functions[f];
  if (!current_restore(fr, subject, FunctionRuntime::Restore::validating)) return;
  fr.restore = FunctionRuntime::Restore::none;
  fr.needs_restore = false;
  if (h.def->downtime.validation_teams > 0) {
    --h.validations_in_progress;
    start_validations(h);
  } else {
    --h.restores_in_progress;
  }
  report(ReportKind::function_restored, h.index, h.def->functions[f].id,
         h.def->functions[f].name + " restored and validated");
  const std::vector<std::uint16_t> here{h.index};
  recompute_functions(&here);  // releases the function to its target state and starts the next restore
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

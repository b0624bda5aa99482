// Fallback procedures and how a step of care runs when IT is missing.
//
// A step asks mode(hospital, role, access). When the function serving the
// role is up, the step runs normally. When it is read-only or down, the step
// runs on an active fallback that covers the function -- a paper procedure
// for writing, a read-only viewer for reading -- with that fallback's time,
// error and throughput factors; without one it improvises, slower and riskier
// (the hospital's `downtime.improvise` factors). Paper steps leave records for
// back-entry. The lab fallback, the medication fallback etc. are all this one
// mechanism applied to the role the step needs.
//
// Paper work is not one number from first minute to last (format 3,
// hospitals[].learning): a procedure starts worse and improves as staff
// learn it -- trained staff within a shift, the rest over days -- and
// overtime tires the wards again (fatigue_factor).

#include <algorithm>
#include <cmath>

#include "core/det_math.h"
#include "engine/world.h"

namespace epd {
namespace {

StepMode improvised(const Improvisation& im) {
  StepMode m;
  m.time = im.time;
  m.error = im.error;
  m.throughput = im.throughput;
  m.handoff = im.handoff.minutes;
  m.paper = true;
  m.improvised = true;
  return m;
}

// Tired staff work slower and make more mistakes.
void tire(StepMode& m, double fatigue) {
  m.time *= fatigue;
  m.error *= fatigue;
  m.throughput /= fatigue;
}

// Two needs of one step add their extra time and extra risk.
StepMode combine(const StepMode& a, const StepMode& b) {
  StepMode m;
  m.time = a.time + b.time - 1;
  m.error = a.error + b.error - 1;
  m.throughput = std::min(a.throughput, b.throughput);
  m.handoff = std::max(a.handoff, b.handoff);
  m.paper = a.paper || b.paper;
  m.improvised = a.improvised || b.improvised;
  m.viewer = a.viewer >= 0 ? a.viewer : b.viewer;
  return m;
}

bool writable(FunctionState s) { return s == FunctionState::up || s == FunctionState::degraded; }

// Paper moves by hand: the procedure's hand-off, stretched when there are
// too few runners (up to three times).
SimTime procedure_handoff(const HospitalState& h, const FallbackDef& def) {
  const double runners = h.def->downtime.runners + h.staff_extra[static_cast<int>(StaffGroup::runners)];
  double stretch = 1;
  if (def.runners_needed > 0) stretch = runners > 0 ? std::max(1.0, def.runners_needed / runners) : 3.0;
  return static_cast<SimTime>(std::floor(static_cast<double>(def.handoff.minutes) * std::min(stretch, 3.0) + 0.5));
}

}  // namespace

// Which functions each fallback covers, and which fallbacks cover each
// function, by index: the rules never compare ids.
void World::index_fallbacks(HospitalState& h) {
  const Hospital& d = *h.def;
  h.fallback_functions.assign(d.fallbacks.size(), {});
  h.function_fallbacks.assign(d.functions.size(), {});
  h.fallback_uses.assign(d.fallbacks.size(), -1);
  for (std::size_t fb = 0; fb < d.fallbacks.size(); ++fb) {
    for (std::size_t f = 0; f < d.functions.size(); ++f) {
      const auto& covers = d.fallbacks[fb].covers;
      if (std::find(covers.begin(), covers.end(), d.functions[f].id) == covers.end()) continue;
      h.fallback_functions[fb].push_back(static_cast<int>(f));
      h.function_fallbacks[f].push_back(static_cast<int>(fb));
    }
    if (!d.fallbacks[fb].uses_function.empty()) h.fallback_uses[fb] = function_index(d, d.fallbacks[fb].uses_function);
  }
}

World::FallbackBlock World::fallback_block(const HospitalState& h, int fb) const {
  const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(fb)];
  if (h.fallbacks[static_cast<std::size_t>(fb)].status != FallbackRuntime::Status::active) return FallbackBlock::inactive;
  if (def.uses_paper_kits && def.kind == FallbackKind::procedure && h.paper_kit_hours <= 0) return FallbackBlock::no_kits;
  const int f = h.fallback_uses[static_cast<std::size_t>(fb)];
  if (f >= 0 && !writable(h.functions[static_cast<std::size_t>(f)].state)) return FallbackBlock::needs_function;
  return FallbackBlock::none;
}

bool World::fallback_needed(const HospitalState& h, int fb) const {
  const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(fb)];
  for (int f : h.fallback_functions[static_cast<std::size_t>(fb)]) {
    const FunctionState s = h.functions[static_cast<std::size_t>(f)].state;
    if (def.kind == FallbackKind::viewer ? s == FunctionState::down : !writable(s)) return true;
  }
  return false;
}

StepMode World::read_mode(const HospitalState& h, int f) const {
  const FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
  const DowntimePolicy& policy = h.def->downtime;
  StepMode m;
  if (fr.state == FunctionState::degraded) m.time = policy.degraded_time;
  if (fr.state != FunctionState::down) {
    // Records made on paper and not yet entered leave the EPD incomplete.
    if (fr.backlog > 0) m.error = policy.incomplete_data_error;
    return m;
  }
  const auto& candidates = h.function_fallbacks[static_cast<std::size_t>(f)];
  for (int v : candidates) {
    const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(v)];
    if (def.kind != FallbackKind::viewer || !fallback_usable(h, v)) continue;
    m.time = def.time;
    m.error = def.error;
    m.throughput = def.throughput;
    m.viewer = v;
    return m;
  }
  // No viewer: the paper charts of an active procedure hold what was written
  // since the outage, but not the history before it.
  for (int p : candidates) {
    const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(p)];
    if (def.kind != FallbackKind::procedure || !fallback_usable(h, p)) continue;
    m.time = policy.paper_read_time;
    m.error = policy.paper_read_error;
    m.handoff = procedure_handoff(h, def);  // the paper copy is carried to whoever reads it
    return m;
  }
  StepMode im = improvising(h, fr.down_since);
  im.paper = false;  // reading leaves no record
  return im;
}

namespace {

// How much worse than its settled factors a way of working is after
// `experience` minutes of use: 1 + start_penalty, halving every half-life.
double learning_factor(const LearningParams& l, SimTime experience, bool trained) {
  if (l.start_penalty <= 0) return 1;
  const double half_life = static_cast<double>((trained ? l.trained_half_life : l.untrained_half_life).minutes);
  return 1 + l.start_penalty * det::exp2(-static_cast<double>(std::max<SimTime>(0, experience)) / half_life);
}

}  // namespace

double World::fatigue_factor(const HospitalState& h) const { return h.fatigue; }

// Tired staff: 1 + fatigue_per_overtime x the overtime share of the last
// three days' ward nursing, at most 1 + fatigue_max. It changes only when a
// shift ends.
void World::update_fatigue(HospitalState& h) {
  const LearningParams& l = h.def->learning;
  if (l.fatigue_per_overtime <= 0) return;
  double overtime = 0, rostered = 0;
  for (const auto& s : h.recent_shifts) {
    overtime += s.first;
    rostered += s.second;
  }
  h.fatigue = 1 + std::min(l.fatigue_max, rostered > 0 ? l.fatigue_per_overtime * overtime / rostered : 0.0);
  h.modes_dirty = true;
}

// Whether staff are still learning a way of working they use now: a
// function not up, or a procedure in use, for less than ten half-lives of
// the untrained (after that the factors stay within 0.1% of settled).
bool World::still_learning(const HospitalState& h) const {
  const LearningParams& l = h.def->learning;
  if (l.start_penalty <= 0) return false;
  const SimTime settled = 10 * std::max(l.trained_half_life.minutes, l.untrained_half_life.minutes);
  for (const FunctionRuntime& fr : h.functions)
    if (fr.down_since >= 0 && now_ - fr.down_since < settled) return true;
  for (const FallbackRuntime& fb : h.fallbacks)
    if (fb.status == FallbackRuntime::Status::active && now_ - fb.first_active_at < settled) return true;
  return false;
}

// A paper procedure as it runs now: trained staff work to the procedure,
// the others improvise with the kit, both still learning it.
StepMode World::procedure_mode(const HospitalState& h, int fb) const {
  const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(fb)];
  const FallbackRuntime& rt = h.fallbacks[static_cast<std::size_t>(fb)];
  const DowntimePolicy& policy = h.def->downtime;
  const SimTime experience = rt.first_active_at < 0 ? 0 : now_ - rt.first_active_at;
  const double lt = learning_factor(h.def->learning, experience, true);
  const double lu = learning_factor(h.def->learning, experience, false);
  // Staff who never trained on the procedure improvise even with the kit.
  const double trained = policy.staff_trained_share;
  const Improvisation& im = policy.improvise;
  StepMode m;
  m.time = trained * def.time * lt + (1 - trained) * im.time * lu;
  m.error = trained * def.error * lt + (1 - trained) * im.error * lu;
  m.throughput = trained * def.throughput / lt + (1 - trained) * im.throughput / lu;
  m.handoff = procedure_handoff(h, def);
  m.paper = true;
  tire(m, fatigue_factor(h));
  return m;
}

StepMode World::write_mode(const HospitalState& h, int f) const {
  const FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
  const DowntimePolicy& policy = h.def->downtime;
  StepMode m;
  if (fr.state == FunctionState::up) return m;
  if (fr.state == FunctionState::degraded) {
    m.time = policy.degraded_time;
    return m;
  }
  for (int p : h.function_fallbacks[static_cast<std::size_t>(f)]) {
    const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(p)];
    if (def.kind != FallbackKind::procedure || !fallback_usable(h, p)) continue;
    return procedure_mode(h, p);
  }
  return improvising(h, fr.down_since);
}

// Improvising, learnt the hard way since the function went, and tired.
StepMode World::improvising(const HospitalState& h, SimTime since) const {
  StepMode im = improvised(h.def->downtime.improvise);
  tire(im, learning_factor(h.def->learning, since < 0 ? 0 : now_ - since, false));
  tire(im, fatigue_factor(h));
  return im;
}

void World::compute_modes(HospitalState& h) {
  for (int r = 0; r < kRoleCount; ++r) {
    auto& out = h.modes[static_cast<std::size_t>(r)];
    const auto& fns = h.role_functions[static_cast<std::size_t>(r)];
    if (fns.empty()) {  // the scenario does not model this role: it always works
      out.fill(StepMode{});
      continue;
    }
    int best = fns.front();
    for (int f : fns)
      if (h.functions[static_cast<std::size_t>(f)].state < h.functions[static_cast<std::size_t>(best)].state) best = f;
    const StepMode read = read_mode(h, best);
    const StepMode write = write_mode(h, best);
    out[static_cast<int>(Access::read)] = read;
    out[static_cast<int>(Access::write)] = write;
    out[static_cast<int>(Access::read_write)] = combine(read, write);
  }
  h.modes_dirty = false;
}

StepMode World::combined_mode(int hospital, std::initializer_list<std::pair<Role, Access>> needs) {
  StepMode m;
  bool first = true;
  for (const auto& need : needs) {
    const StepMode& one = mode(hospital, need.first, need.second);
    m = first ? one : combine(m, one);
    first = false;
  }
  return m;
}

double World::viewer_age_days(const HospitalState& h, int viewer) const {
  const FallbackRuntime& v = h.fallbacks[static_cast<std::size_t>(viewer)];
  return static_cast<double>(now_ - v.snapshot_at) / static_cast<double>(kDay);
}

CommandResult World::activate_fallback(HospitalState& h, int fb, bool automatic) {
  const FallbackDef& def = h.def->fallbacks[static_cast<std::size_t>(fb)];
  FallbackRuntime& rt = h.fallbacks[static_cast<std::size_t>(fb)];
  if (rt.status == FallbackRuntime::Status::active)
    return CommandResult::refuse(def.name + " is already active (since " + format_offset(rt.ready_at) + ")");
  if (rt.status == FallbackRuntime::Status::activating)
    return CommandResult::refuse(def.name + " is already being activated; it works from " + format_offset(rt.ready_at));
  if (def.kind == FallbackKind::procedure && def.uses_paper_kits && h.paper_kit_hours <= 0)
    return CommandResult::refuse("no paper downtime kits are left for " + def.name + "; restock the kits first");
  if (!def.uses_function.empty()) {
    const int f = function_index(*h.def, def.uses_function);
    if (f >= 0 && !writable(h.functions[static_cast<std::size_t>(f)].state))
      return CommandResult::refuse(def.name + " needs " + h.def->functions[static_cast<std::size_t>(f)].name +
                                   ", which is " + std::string(to_string(h.functions[static_cast<std::size_t>(f)].state)));
  }
  rt.status = FallbackRuntime::Status::activating;
  rt.activated_at = now_;
  rt.ready_at = now_ + def.delay.minutes;
  ++rt.generation;
  schedule(rt.ready_at, kFallbackReady, h.index, static_cast<std::uint32_t>(fb) | (rt.generation << 8));
  report(ReportKind::fallback_activating, h.index, def.id,
         def.name + (automatic ? " activated by the downtime policy" : " activated") + "; working from " +
             format_offset(rt.ready_at));
  return CommandResult::ok();
}

void World::deactivate_fallback(HospitalState& h, int fb) {
  FallbackRuntime& rt = h.fallbacks[static_cast<std::size_t>(fb)];
  rt.status = FallbackRuntime::Status::inactive;
  ++rt.generation;
  h.modes_dirty = true;
  report(ReportKind::fallback_ended, h.index, h.def->fallbacks[static_cast<std::size_t>(fb)].id,
         h.def->fallbacks[static_cast<std::size_t>(fb)].name + " stood down");
  arm_fallback_timers(h);
  update_phase();
}

void World::on_fallback_ready(HospitalState& h, std::uint32_t subject) {
  const std::uint32_t fb = subject & 0xFF;
  FallbackRuntime& rt = h.fallbacks[fb];
  if ((subject >> 8) != (rt.generation & 0xFFFFFF) || rt.status != FallbackRuntime::Status::activating) return;
  rt.status = FallbackRuntime::Status::active;
  if (rt.first_active_at < 0) rt.first_active_at = now_;
  h.modes_dirty = true;
  report(ReportKind::fallback_active, h.index, h.def->fallbacks[fb].id, h.def->fallbacks[fb].name + " is working");
  receive_pending_referrals(h);
  update_phase();
  check_conditions();
}

void World::arm_fallback_timers(HospitalState& h) {
  for (std::size_t fb = 0; fb < h.def->fallbacks.size(); ++fb) {
    const FallbackDef& def = h.def->fallbacks[fb];
    FallbackRuntime& rt = h.fallbacks[fb];
    if (!def.has_auto_after || rt.status != FallbackRuntime::Status::inactive || rt.auto_pending) continue;
    if (!fallback_needed(h, static_cast<int>(fb))) continue;
    rt.auto_pending = true;
    schedule(now_ + def.auto_after.minutes, kFallbackAutoCheck, h.index, static_cast<std::uint32_t>(fb));
  }
}

void World::on_fallback_auto_check(HospitalState& h, std::uint32_t fb) {
  FallbackRuntime& rt = h.fallbacks[fb];
  rt.auto_pending = false;
  if (rt.status == FallbackRuntime::Status::inactive && fallback_needed(h, static_cast<int>(fb)))
    activate_fallback(h, static_cast<int>(fb), true);
}

void World::update_viewer_snapshots(HospitalState& h) {
  for (std::size_t v = 0; v < h.def->fallbacks.size(); ++v) {
    const FallbackDef& def = h.def->fallbacks[v];
    if (def.kind != FallbackKind::viewer) continue;
    FallbackRuntime& rt = h.fallbacks[v];
    const bool source_down = fallback_needed(h, static_cast<int>(v));
    if (source_down && !rt.snapshot_frozen) {
      // The last copy was taken some time within the last interval.
      rt.snapshot_frozen = true;
      rt.snapshot_at = now_ - static_cast<SimTime>(h.it_rng.uniform() * static_cast<double>(def.snapshot_interval.minutes));
    } else if (!source_down && rt.snapshot_frozen) {
      rt.snapshot_frozen = false;
    }
  }
}

}  // namespace epd

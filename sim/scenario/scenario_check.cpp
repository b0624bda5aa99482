#include "scenario/scenario_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "json/text_util.h"
#include "metrics/registry.h"
#include "metrics/series.h"
#include "scenario/capabilities.h"
#include "scenario/id_index.h"
#include "scenario/scenario_json.h"

namespace epd {
namespace {

std::string at(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

template <class T>
bool contains(const std::vector<T>& list, const T& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

// Which parameters each kind of decision reads (rules/decisions.cpp), and
// which of them it cannot do without.
struct KindParams {
  std::vector<std::string> reads;
  std::vector<std::string> required;
};
KindParams params_of(ActionKind k) {
  switch (k) {
    case ActionKind::divert_ambulances: return {{"hours"}, {"hours"}};
    case ActionKind::cancel_electives:
    case ActionKind::cancel_outpatient: return {{"percent", "days"}, {}};
    case ActionKind::call_in_staff: return {{"count", "hours"}, {}};
    case ActionKind::assign_backentry_staff: return {{"count"}, {"count"}};
    case ActionKind::restock_paper_kits: return {{"hours"}, {}};
    case ActionKind::close_emergency_department: return {{"hours"}, {"hours"}};
    default: return {};
  }
}

// What a parameter can mean at all, whatever a scenario declares: the engine
// turns hours and days into minutes and a count into staff, so a bound past
// these would overflow or ask for unbounded work.
struct ParamLimit {
  const char* name;
  double lo, hi;
  const char* why;
};
constexpr ParamLimit kParamLimits[] = {
    {"hours", 0, 8784, "hours in 366 days, the longest exercise"},
    {"days", 0, 366, "the longest exercise"},
    {"percent", 0, 100, "a share"},
    {"count", 0, 1000, "staff called in at once"},
};

class Checker {
 public:
  explicit Checker(const Scenario& s) : s_(s) {
    components_ = IdIndex(s.components);
    for (const auto& c : s.components) (c.each_hospital ? each_hospital_ : shared_).insert(c.id);
    hospitals_ = IdIndex(s.hospitals);
    for (std::size_t k = 0; k < s.hospitals.size(); ++k) {
      for (const auto& c : s.hospitals[k].components) {
        owners_[c.id].push_back(static_cast<int>(k));
        components_.add(c.id);
      }
    }
    injects_ = IdIndex(s.injects);
    actions_ = IdIndex(s.actions);
    deadlines_ = IdIndex(s.deadlines);
    for (const auto& m : metric_registry()) metrics_.add(std::string(m.id));
    for (const auto& h : s.hospitals) {
      for (const auto& f : h.functions) functions_.add(f.id);
      for (const auto& f : h.fallbacks) fallbacks_.add(f.id);
    }
  }

  std::vector<Finding> run() {
    // Past a limit the file must change anyway, and checking it all could take long: say only that.
    if (!within_limits()) return std::move(out_);
    unique(s_.sources, "sources");
    // Saves, plans and autosave file names refer to the scenario by its id.
    if (s_.id.empty()) add("id", "must not be empty");
    plain_id("id", s_.id);
    unique(s_.components, "components");
    unique(s_.hospitals, "hospitals");
    unique(s_.injects, "injects");
    unique(s_.actions, "actions");
    unique(s_.deadlines, "deadlines");
    unique(s_.objectives, "objectives");
    if (s_.hospitals.empty()) add("hospitals", "a scenario needs at least one hospital");
    for (std::size_t i = 0; i < s_.hospitals.size(); ++i) {
      if (s_.hospitals[i].id == kAllHospitals)
        add(at("hospitals", i) + ".id", "'all' means every hospital in commands: choose another id");
      hospital(at("hospitals", i), s_.hospitals[i], static_cast<int>(i));
    }
    region("region", s_.region);
    if (s_.format_version < 5) {
      if (!s_.briefing.empty()) add("briefing", "new in scenario format version 5: write \"format_version\": 5");
      if (s_.planned_downtime.planned())
        add("planned_downtime", "new in scenario format version 5: write \"format_version\": 5");
    } else if (after_horizon(s_.planned_downtime.at.minutes)) {
      add("planned_downtime.at", "can never happen: after the scenario's horizon (" + format_duration(s_.horizon.minutes) + ")");
    }
    for (std::size_t i = 0; i < s_.injects.size(); ++i) inject(at("injects", i), s_.injects[i]);
    for (std::size_t i = 0; i < s_.actions.size(); ++i) action(at("actions", i), s_.actions[i]);
    for (std::size_t i = 0; i < s_.deadlines.size(); ++i) deadline(at("deadlines", i), s_.deadlines[i]);
    for (std::size_t i = 0; i < s_.objectives.size(); ++i) objective(at("objectives", i), s_.objectives[i]);
    waits_that_never_end();
    if (horizon_accepted()) memory_over_horizon();
    if (s_.format_version == 1) format1();
    if (s_.format_version < 3) roles_before_format3();
    return std::move(out_);
  }

 private:
  // A valid file may keep more measurements than a small machine holds (the
  // limits allow 200 hospitals for 366 days): say so before a run starts
  // rather than when memory runs out. The whole run took 1.4 to 1.9 times
  // its series (the national scenario over 366 and 42 days: 1.0 GB, 154 MB);
  // more with more arrivals (docs/scenario-format.md, Limits).
  // After the horizon, when the horizon itself is one the loader accepted: a
  // horizon it refused ("0m") is the one mistake, not everything after it.
  bool horizon_accepted() const { return s_.horizon.minutes >= kShortestHorizon && s_.horizon.minutes <= kLongestHorizon; }
  bool after_horizon(SimTime t) const { return horizon_accepted() && t > s_.horizon.minutes; }

  void memory_over_horizon() {
    constexpr std::uint64_t kWarnAbove = 1000000000;  // 1 GB, as the message counts
    const std::uint64_t bytes = series_bytes(s_.horizon.minutes, kMetricCount, s_.hospitals.size());
    if (bytes <= kWarnAbove) return;
    warn("horizon", "keeps about " + std::to_string(bytes / 1000000) + " MB of measurements (" +
                        std::to_string(s_.hospitals.size()) + " hospitals for " + format_duration(s_.horizon.minutes) +
                        "): a run needs about twice that in memory, a batch that much for each job");
  }

  // Across the file, said as warnings (such files always loaded and played):
  // an inject that waits, through others, for an inject that waits for it,
  // or whose chain of delays ends after the horizon; a decision that
  // requires, through others, itself.
  void waits_that_never_end() {
    using T = Condition::Type;
    const auto& injects = s_.injects;
    // Each inject waits for at most one other: follow the chain, remember the ends.
    enum Known : std::uint8_t { unknown, walking, at_earliest, never };
    std::vector<Known> known(injects.size(), unknown);
    std::vector<std::int64_t> earliest(injects.size(), 0);
    // The inject `j` waits for, or -1 (a time, a state, an unknown id said elsewhere).
    const auto waits_for = [&](std::size_t j) {
      const Condition& t = injects[j].trigger;
      return t.type == T::inject_delivered ? injects_.number(t.ref) : -1;
    };
    for (std::size_t i = 0; i < injects.size(); ++i) {
      std::vector<std::size_t> chain;
      std::size_t j = i;
      while (known[j] == unknown) {
        known[j] = walking;
        chain.push_back(j);
        const int k = waits_for(j);
        if (k < 0) break;
        j = static_cast<std::size_t>(k);
      }
      const bool circle = known[j] == walking && waits_for(j) >= 0;
      for (auto c = chain.rbegin(); c != chain.rend(); ++c) {
        const Condition& t = injects[*c].trigger;
        const int k = waits_for(*c);
        if (k < 0) {
          known[*c] = at_earliest;
          earliest[*c] = t.type == T::at ? t.minutes : 0;
        } else if (circle || known[static_cast<std::size_t>(k)] == never) {
          known[*c] = never;
        } else {
          known[*c] = at_earliest;
          earliest[*c] = earliest[static_cast<std::size_t>(k)] + t.minutes;
        }
      }
    }
    for (std::size_t i = 0; i < injects.size(); ++i) {
      const Condition& t = injects[i].trigger;
      if (t.type != T::inject_delivered || t.ref == injects[i].id) continue;  // a wait for itself is said as a problem
      const std::string p = at("injects", i) + ".trigger.inject_delivered";
      if (known[i] == never)
        warn(p, "never comes by itself: the chain of injects it waits for ends in a circle");
      else if (after_horizon(earliest[i]))
        warn(p, "never comes by itself: at the earliest at " + format_duration(earliest[i]) + ", after the scenario's horizon (" +
                    format_duration(s_.horizon.minutes) + ")");
    }
    // A decision reaching itself through "requires": {"action_taken": ...}.
    const auto& actions = s_.actions;
    for (std::size_t a = 0; a < actions.size(); ++a) {
      std::vector<bool> seen(actions.size(), false);
      std::vector<std::size_t> todo{a};
      bool itself = false;
      while (!todo.empty() && !itself) {
        const std::size_t x = todo.back();
        todo.pop_back();
        for (const Condition& c : actions[x].requires_all) {
          if (c.type != T::action_taken) continue;
          const int k = actions_.number(c.ref);
          if (k < 0 || seen[static_cast<std::size_t>(k)]) continue;
          if (static_cast<std::size_t>(k) == a) itself = true;
          seen[static_cast<std::size_t>(k)] = true;
          todo.push_back(static_cast<std::size_t>(k));
        }
      }
      if (itself) warn(at("actions", a) + ".requires", "can never be taken: it requires, itself or through others, that it was taken");
    }
  }

  void add(std::string path, std::string message) { out_.push_back({std::move(path), std::move(message)}); }
  void warn(std::string path, std::string message) { out_.push_back({std::move(path), std::move(message), true}); }

  template <class T>
  void unique(const std::vector<T>& items, const std::string& list) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id.empty()) add(at(list, i) + ".id", "must not be empty");
      else if (!seen.insert(items[i].id).second) add(at(list, i) + ".id", "'" + items[i].id + "' is used twice");
      plain_id(at(list, i) + ".id", items[i].id);
    }
  }

  // Ids are quoted in messages, tables and file names: a line break there
  // breaks each. A warning, so that a file that loaded before still loads.
  void plain_id(const std::string& path, const std::string& id) {
    for (const char c : id)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        warn(path, "contains a line break or another control character: messages and reports that name it will break");
        return;
      }
  }

  bool ref(const std::string& path, const std::string& id, const IdIndex& known, const char* what) {
    if (known.has(id)) return true;
    add(path, known.unknown(what, id));
    return false;
  }

  bool hospital_ref(const std::string& path, const std::string& id) {
    return id.empty() || ref(path, id, hospitals_, "hospital");
  }

  int hospital_number(const std::string& id) const { return hospitals_.number(id); }

  // Is `id` a component of hospital `k` (its own, or the scenario's)?
  bool has_component(int k, const std::string& id) const {
    const auto it = owners_.find(id);
    const bool own = it != owners_.end() && contains(it->second, k);
    return own || shared_.count(id) > 0 || each_hospital_.count(id) > 0;
  }

  // A component named for hospital `k`: it must be one the hospital has.
  void component_of(const std::string& path, const std::string& id, int k) {
    if (has_component(k, id)) return;
    const auto it = owners_.find(id);
    if (it != owners_.end()) {
      add(path, "'" + id + "' is the own component of " + names(it->second) + "; " + s_.hospitals[static_cast<std::size_t>(k)].id +
                    " cannot use it (list it in the scenario's \"components\" to share it)");
      return;
    }
    add(path, components_.unknown("component", id));
  }

  std::string names(const std::vector<int>& hospitals) const {
    std::string out;
    for (std::size_t i = 0; i < hospitals.size() && i < 3; ++i)
      out += (i ? ", " : "") + s_.hospitals[static_cast<std::size_t>(hospitals[i])].id;
    if (hospitals.size() > 3) out += " and " + std::to_string(hospitals.size() - 3) + " more";
    return out;
  }

  // A component named by an effect, a condition or a decision, with the
  // hospital it names ("" = none).
  void component_ref(const std::string& path, const std::string& id, const std::string& hospital,
                     const std::string& hospital_path, bool needs_one) {
    if (!ref(path, id, components_, "component")) return;
    if (hospital.empty()) {
      const auto it = owners_.find(id);
      const bool several = each_hospital_.count(id) > 0 || (it != owners_.end() && it->second.size() > 1);
      if (needs_one && several && shared_.count(id) == 0)
        add(path, "every hospital has its own '" + id + "': name the hospital (\"hospital\")");
      return;
    }
    if (!hospital_ref(hospital_path, hospital)) return;
    if (shared_.count(id) > 0) {
      add(hospital_path, "'" + id + "' is shared by the hospitals: it has no instance of one hospital's own");
      return;
    }
    component_of(path, id, hospital_number(hospital));
  }

  void hospital(const std::string& p, const Hospital& h, int k) {
    unique(h.functions, p + ".functions");
    unique(h.fallbacks, p + ".fallbacks");
    unique(h.components, p + ".components");
    for (std::size_t i = 0; i < h.components.size(); ++i) {
      const std::string cp = at(p + ".components", i);
      if (shared_.count(h.components[i].id) > 0 || each_hospital_.count(h.components[i].id) > 0)
        add(cp + ".id", "'" + h.components[i].id + "' is already one of the scenario's components");
      if (h.components[i].each_hospital)
        add(cp + ".each_hospital", "a hospital's own component is its own already; \"each_hospital\" belongs in the "
                                   "scenario's \"components\"");
    }
    centre_ref(p + ".designated_centre", h.designated_centre);
    staffing(p, h);
    const IdIndex functions(h.functions);
    for (std::size_t i = 0; i < h.functions.size(); ++i) {
      const std::string fp = at(p + ".functions", i);
      const FunctionDef& f = h.functions[i];
      if (f.roles.empty()) add(fp + ".roles", "a function needs at least one role");
      if (f.depends_on.empty()) add(fp + ".depends_on", "a function needs at least one component it runs on");
      for (std::size_t d = 0; d < f.depends_on.size(); ++d)
        component_of(at(fp + ".depends_on", d) + ".component", f.depends_on[d].component, k);
    }
    for (std::size_t i = 0; i < h.fallbacks.size(); ++i) {
      const std::string fp = at(p + ".fallbacks", i);
      const FallbackDef& f = h.fallbacks[i];
      if (f.covers.empty()) add(fp + ".covers", "a fallback must cover at least one function");
      for (std::size_t c = 0; c < f.covers.size(); ++c) ref(at(fp + ".covers", c), f.covers[c], functions, "function");
      if (!f.uses_function.empty()) ref(fp + ".uses_function", f.uses_function, functions, "function");
    }
  }

  // A department is never stopped by its staffing: where a shift has fewer
  // than one, the engine keeps one on duty (rules/emergency.cpp, imaging.cpp,
  // pharmacy.cpp, lab.cpp, wards.cpp). Said, so a trainer who writes 0 to
  // play "radiology lost" knows it is not what they get. ED physicians are
  // the exception: 0 is played as 0.
  void staffing(const std::string& p, const Hospital& h) {
    const auto shifts = [&](const std::string& path, const PerShift& s, double below, const char* message) {
      const std::pair<const char*, double> values[] = {{"day", s.day}, {"evening", s.evening}, {"night", s.night}};
      for (const auto& [shift, v] : values)
        if (v < below) warn(path + "." + shift, message);
    };
    shifts(p + ".emergency.triage_nurses", h.emergency.triage_nurses, 1,
           "below 1: the engine keeps one triage nurse on duty on this shift");
    shifts(p + ".radiology.rooms", h.radiology.rooms, 1, "below 1: the engine keeps one room working on this shift");
    shifts(p + ".pharmacy.pharmacists", h.pharmacy.pharmacists, 1,
           "below 1: the engine keeps one pharmacist on duty on this shift");
    shifts(p + ".wards.nurses", h.wards.nurses, 1,
           s_.legacy.workload_without_staff_floor
               ? "below 1: one nurse still gives the medication rounds on this shift, and all care becomes overtime"
               : "below 1: the engine keeps one ward nurse on duty on this shift; what one nurse cannot do becomes overtime");
    // The lab's analysis places: capacity an hour x the analysis's hours, rounded.
    const double hours = static_cast<double>(h.lab.analysis.minutes) / 60.0;
    if (hours > 0)
      shifts(p + ".lab.capacity_per_hour", h.lab.capacity_per_hour, 0.5 / hours,
             "too low for one analysis place: the engine keeps one place working on this shift");
  }

  void centre_ref(const std::string& path, const std::string& id) {
    if (!id.empty() && !hospitals_.has(id))
      add(path, "the designated centre '" + id + "' is not a hospital of this region" + hospitals_.near(id));
  }

  void region(const std::string& p, const RegionDef& r) {
    std::set<std::pair<std::string, std::string>> pairs;
    for (std::size_t i = 0; i < r.travel.size(); ++i) {
      const std::string tp = at(p + ".travel", i);
      const TravelTime& t = r.travel[i];
      const bool from_known = ref(tp + ".from", t.from, hospitals_, "hospital");
      const bool to_known = ref(tp + ".to", t.to, hospitals_, "hospital");  // both reported, then skipped
      if (!from_known || !to_known) continue;
      if (t.from == t.to) {
        add(tp + ".to", "a hospital does not divert to itself: travel goes to another hospital");
        continue;
      }
      const auto key = std::minmax(t.from, t.to);
      if (!pairs.insert({key.first, key.second}).second)
        add(tp, "travel between " + t.from + " and " + t.to + " is given twice (it holds both ways)");
    }
    centre_ref(p + ".designated_centre", r.designated_centre);
  }

  // The departments' own systems are roles format 3 added.
  void roles_before_format3() {
    for (std::size_t i = 0; i < s_.hospitals.size(); ++i) {
      const auto& functions = s_.hospitals[i].functions;
      for (std::size_t f = 0; f < functions.size(); ++f)
        for (std::size_t r = 0; r < functions[f].roles.size(); ++r)
          if (functions[f].roles[r] == Role::lab_system || functions[f].roles[r] == Role::radiology_system)
            add(at(at(at("hospitals", i) + ".functions", f) + ".roles", r),
                "new in scenario format version 3: write \"format_version\": 3");
    }
  }

  // A format-1 file using what format 2 added: older programs would refuse
  // it with a puzzling message, so say which version it needs.
  void format1() {
    const auto v2 = [&](const std::string& path) {
      add(path, "new in scenario format version 2: write \"format_version\": 2");
    };
    for (std::size_t i = 0; i < s_.components.size(); ++i)
      if (s_.components[i].each_hospital) v2(at("components", i) + ".each_hospital");
    for (std::size_t i = 0; i < s_.hospitals.size(); ++i) {
      const Hospital& h = s_.hospitals[i];
      const std::string p = at("hospitals", i);
      if (!h.profiles.empty()) v2(p + ".profiles");
      if (h.location.set) v2(p + ".location");
      if (!h.designated_centre.empty()) v2(p + ".designated_centre");
      if (!h.components.empty()) v2(p + ".components");
    }
    const RegionDef defaults;
    const RegionDef& r = s_.region;
    if (!r.name.empty() || !r.travel.empty() || !r.designated_centre.empty() || r.road_factor != defaults.road_factor ||
        r.road_speed_kmh != defaults.road_speed_kmh)
      v2("region");
    using T = Condition::Type;
    const auto condition_v1 = [&](const std::string& p, const Condition& c) {
      const bool new_hospital = c.type == T::component_state || c.type == T::action_taken || c.type == T::action_not_taken;
      if (new_hospital && !c.hospital.empty()) v2(p + ".hospital");
    };
    const auto effects_v1 = [&](const std::string& p, const std::vector<Effect>& effects) {
      for (std::size_t e = 0; e < effects.size(); ++e)
        if (effects[e].type == Effect::Type::walk_ins_elsewhere) v2(at(p, e) + ".walk_ins_elsewhere");
    };
    for (std::size_t i = 0; i < s_.injects.size(); ++i) {
      condition_v1(at("injects", i) + ".trigger", s_.injects[i].trigger);
      effects_v1(at("injects", i) + ".effects", s_.injects[i].effects);
    }
    for (std::size_t i = 0; i < s_.actions.size(); ++i) {
      const ActionDef& a = s_.actions[i];
      if (a.kind == ActionKind::close_emergency_department || a.kind == ActionKind::reopen_emergency_department)
        v2(at("actions", i) + ".kind");
      for (std::size_t c = 0; c < a.requires_all.size(); ++c) condition_v1(at(at("actions", i) + ".requires", c), a.requires_all[c]);
      effects_v1(at("actions", i) + ".effects", a.effects);
    }
    for (std::size_t i = 0; i < s_.deadlines.size(); ++i) condition_v1(at("deadlines", i) + ".starts", s_.deadlines[i].starts);
    for (std::size_t i = 0; i < s_.objectives.size(); ++i) {
      for (std::size_t c = 0; c < s_.objectives[i].criteria.size(); ++c) {
        const Criterion& k = s_.objectives[i].criteria[c];
        const std::string cp = at(at("objectives", i) + ".criteria", c);
        if (!k.hospital.empty()) v2(cp + ".hospital");
        if (k.has_after) condition_v1(cp + ".after", k.after);
      }
    }
  }

  void condition(const std::string& p, const Condition& c) {
    using T = Condition::Type;
    switch (c.type) {
      case T::at:
        if (after_horizon(c.minutes))
          add(p + ".at", "can never happen: after the scenario's horizon (" + format_duration(s_.horizon.minutes) + ")");
        break;
      case T::metric_above:
      case T::metric_below: {
        if (!metric_ref(p + ".metric", c.ref)) break;
        hospital_ref(p + ".hospital", c.hospital);
        const MetricDef* m = find_metric(c.ref);
        if (c.type == T::metric_above && m->upper_bound >= 0 && c.threshold >= m->upper_bound)
          add(p + ".above", "can never happen: " + c.ref + " never exceeds " + std::to_string(m->upper_bound).substr(0, 6));
        if (c.type == T::metric_below && c.threshold <= 0 && m->kind != MetricKind::time)
          add(p + ".below", "can never happen: " + c.ref + " is never below 0");
        break;
      }
      case T::phase_reached:
        if (c.phase == Phase::return_to_normal && s_.format_version < 3)
          add(p + ".phase_reached", "can never happen before scenario format version 3: write \"format_version\": 3");
        if (c.phase == Phase::preparation && !s_.planned_downtime.planned())
          add(p + ".phase_reached", "can never happen: only a planned downtime (\"planned_downtime\") begins with preparation");
        break;
      case T::component_state: component_ref(p + ".component", c.ref, c.hospital, p + ".hospital", true); break;
      case T::function_state:
        ref(p + ".function", c.ref, functions_, "function");
        hospital_ref(p + ".hospital", c.hospital);
        if (c.hospital.empty() && s_.hospitals.size() > 1 && s_.format_version >= 2)
          add(p + ".function", "every hospital has its own '" + c.ref + "': name the hospital (\"hospital\")");
        break;
      case T::action_taken:
        ref(p + ".action_taken", c.ref, actions_, "action");
        hospital_ref(p + ".hospital", c.hospital);
        break;
      case T::action_not_taken:
        ref(p + ".action_not_taken", c.ref, actions_, "action");
        hospital_ref(p + ".hospital", c.hospital);
        if (after_horizon(c.minutes)) add(p + ".by", "can never happen: after the scenario's horizon");
        break;
      case T::inject_delivered: ref(p + ".inject_delivered", c.ref, injects_, "inject"); break;
    }
  }

  // A metric that exists, and existed in the file's format version: an
  // older file plays without what later formats' metrics measure, and its
  // saves' fingerprints do not cover them.
  bool metric_ref(const std::string& path, const std::string& id) {
    if (!ref(path, id, metrics_, "metric")) return false;
    const auto index = static_cast<std::size_t>(metric_index(id));
    const int needs = format_introducing_metric(index);
    if (s_.format_version >= needs) return true;
    add(path, "'" + id + "' is new in scenario format version " + std::to_string(needs) +
                  ": write \"format_version\": " + std::to_string(needs));
    return false;
  }

  void effect(const std::string& p, const Effect& e) {
    if (e.type == Effect::Type::component_state) component_ref(p + ".component", e.component, e.hospital, p + ".hospital", false);
    else hospital_ref(p + ".hospital", e.hospital);
    // Factors multiply, so a later effect can undo any factor but 0.
    if (e.type == Effect::Type::flow_factor && e.amount == 0 && s_.format_version < 3)
      warn(p + ".factor", "in a version-" + std::to_string(s_.format_version) +
                              " file a factor 0 stops this flow for the rest of the exercise, \"for\" or not "
                              "(version 3 ends it): write \"format_version\": 3");
    else if (e.type == Effect::Type::flow_factor && e.amount == 0 && e.for_minutes == 0)
      warn(p + ".factor", "factor 0 without \"for\" stops this flow for the rest of the exercise: nothing can end it");
    if (e.type == Effect::Type::walk_ins_elsewhere && e.for_minutes == 0)
      warn(p + ".walk_ins_elsewhere", "without \"for\" these walk-ins stay away for the rest of the exercise");
  }

  void inject(const std::string& p, const InjectDef& i) {
    condition(p + ".trigger", i.trigger);
    for (std::size_t e = 0; e < i.effects.size(); ++e) effect(at(p + ".effects", e), i.effects[e]);
    for (std::size_t a = 0; a < i.expected_actions.size(); ++a)
      ref(at(p + ".expected_actions", a), i.expected_actions[a], actions_, "action");
    if (i.trigger.type == Condition::Type::inject_delivered && i.trigger.ref == i.id)
      add(p + ".trigger.inject_delivered", "an inject cannot wait for itself");
  }

  void action(const std::string& p, const ActionDef& a) {
    switch (a.kind) {
      case ActionKind::isolate_component:
      case ActionKind::reconnect_component: component_ref(p + ".target", a.target, "", "", false); break;
      case ActionKind::activate_fallback:
      case ActionKind::deactivate_fallback: ref(p + ".target", a.target, fallbacks_, "fallback"); break;
      case ActionKind::call_in_staff: {
        std::string error;
        if (!enum_from_string<StaffGroup>(a.target, &error)) add(p + ".target", error);
        break;
      }
      default: break;
    }
    const KindParams kp = params_of(a.kind);
    std::set<std::string> names;
    for (std::size_t i = 0; i < a.params.size(); ++i) {
      const std::string& name = a.params[i].name;
      if (!names.insert(name).second) add(at(p + ".params", i) + ".name", "'" + name + "' is declared twice");
      if (!contains(kp.reads, name))
        add(at(p + ".params", i) + ".name", "a " + std::string(to_string(a.kind)) + " decision has no parameter '" +
                                                name + "'" + known_ids(name, kp.reads));
      for (const ParamLimit& limit : kParamLimits) {
        if (name != limit.name) continue;
        const std::string bound = scenario_json::range_message(limit.lo, limit.hi) + " (" + limit.why + ")";
        if (!(a.params[i].min >= limit.lo && a.params[i].min <= limit.hi)) add(at(p + ".params", i) + ".min", bound);
        if (!(a.params[i].max >= limit.lo && a.params[i].max <= limit.hi)) add(at(p + ".params", i) + ".max", bound);
      }
    }
    for (const auto& r : kp.required)
      if (!names.count(r)) add(p + ".params", "a " + std::string(to_string(a.kind)) + " decision needs a parameter '" + r + "'");
    for (std::size_t c = 0; c < a.requires_all.size(); ++c) condition(at(p + ".requires", c), a.requires_all[c]);
    for (std::size_t e = 0; e < a.effects.size(); ++e) effect(at(p + ".effects", e), a.effects[e]);
  }

  void deadline(const std::string& p, const DeadlineDef& d) {
    condition(p + ".starts", d.starts);
    if (d.met_by.empty()) add(p + ".met_by", "name at least one action that meets this deadline");
    for (std::size_t a = 0; a < d.met_by.size(); ++a) ref(at(p + ".met_by", a), d.met_by[a], actions_, "action");
  }

  void objective(const std::string& p, const ObjectiveDef& o) {
    if (!o.capability.empty()) {
      if (s_.format_version < 4) {
        add(p + ".capability", "new in scenario format version 4: write \"format_version\": 4");
      } else if (find_capability(o.capability) == nullptr) {
        std::vector<std::string> ids;
        for (const CoreCapability& c : core_capabilities()) ids.emplace_back(c.id);
        add(p + ".capability", "not a core capability of HSEEP: '" + o.capability + "'" + known_ids(o.capability, ids) +
                                   " (docs/scenario-format.md lists all 32)");
      }
    }
    for (std::size_t i = 0; i < o.criteria.size(); ++i) {
      const std::string cp = at(p + ".criteria", i);
      const Criterion& c = o.criteria[i];
      using T = Criterion::Type;
      hospital_ref(cp + ".hospital", c.hospital);
      if (c.type == Criterion::Type::deadline_met && !c.hospital.empty())
        add(cp + ".hospital", "a legal deadline is the region's: it has no hospital");
      if (c.has_kind) switch (c.type) {
        case T::metric_at_most:
        case T::metric_at_least: metric_ref(cp + ".metric", c.ref); break;
        case T::action_within: ref(cp + ".action", c.ref, actions_, "action"); break;
        case T::fallback_within: ref(cp + ".fallback_active", c.ref, fallbacks_, "fallback"); break;
        case T::deadline_met: ref(cp + ".deadline_met", c.ref, deadlines_, "deadline"); break;
      }
      if (c.has_after) condition(cp + ".after", c.after);
    }
  }

  // The lists a scenario may hold, each up to its documented maximum
  // (docs/scenario-format.md, Limits): a valid file runs in bounded time and memory.
  bool within_limits() {
    const std::size_t before = out_.size();
    const auto limit = [&](const std::string& path, std::size_t n, std::size_t max) {
      if (n > max) add(path, "at most " + std::to_string(max) + " items (this list has " + std::to_string(n) + ")");
    };
    limit("sources", s_.sources.size(), kMaxSources);
    limit("components", s_.components.size(), kMaxComponents);
    limit("hospitals", s_.hospitals.size(), kMaxHospitals);
    limit("injects", s_.injects.size(), kMaxInjects);
    limit("actions", s_.actions.size(), kMaxActions);
    limit("deadlines", s_.deadlines.size(), kMaxDeadlines);
    limit("objectives", s_.objectives.size(), kMaxObjectives);
    limit("region.travel", s_.region.travel.size(), kMaxTravelTimes);
    for (std::size_t i = 0; i < s_.hospitals.size() && i < kMaxHospitals; ++i) {
      const Hospital& h = s_.hospitals[i];
      limit(at("hospitals", i) + ".components", h.components.size(), kMaxComponents);
      limit(at("hospitals", i) + ".functions", h.functions.size(), kMaxFunctions);
      limit(at("hospitals", i) + ".fallbacks", h.fallbacks.size(), kMaxFallbacks);
      for (std::size_t f = 0; f < h.functions.size() && f < kMaxFunctions; ++f)
        limit(at(at("hospitals", i) + ".functions", f) + ".depends_on", h.functions[f].depends_on.size(), kMaxListItems);
      for (std::size_t f = 0; f < h.fallbacks.size() && f < kMaxFallbacks; ++f)
        limit(at(at("hospitals", i) + ".fallbacks", f) + ".covers", h.fallbacks[f].covers.size(), kMaxListItems);
    }
    for (std::size_t i = 0; i < s_.injects.size() && i < kMaxInjects; ++i) {
      limit(at("injects", i) + ".effects", s_.injects[i].effects.size(), kMaxListItems);
      limit(at("injects", i) + ".to", s_.injects[i].to.size(), kMaxListItems);
      limit(at("injects", i) + ".expected_actions", s_.injects[i].expected_actions.size(), kMaxListItems);
    }
    for (std::size_t i = 0; i < s_.actions.size() && i < kMaxActions; ++i) {
      limit(at("actions", i) + ".effects", s_.actions[i].effects.size(), kMaxListItems);
      limit(at("actions", i) + ".params", s_.actions[i].params.size(), kMaxListItems);
      limit(at("actions", i) + ".requires", s_.actions[i].requires_all.size(), kMaxListItems);
      limit(at("actions", i) + ".roles", s_.actions[i].roles.size(), kMaxListItems);
    }
    for (std::size_t i = 0; i < s_.deadlines.size() && i < kMaxDeadlines; ++i)
      limit(at("deadlines", i) + ".met_by", s_.deadlines[i].met_by.size(), kMaxListItems);
    for (std::size_t i = 0; i < s_.objectives.size() && i < kMaxObjectives; ++i)
      limit(at("objectives", i) + ".criteria", s_.objectives[i].criteria.size(), kMaxListItems);
    return out_.size() == before;
  }

  const Scenario& s_;
  IdIndex components_, hospitals_, injects_, actions_, deadlines_, metrics_, functions_, fallbacks_;
  std::set<std::string> shared_, each_hospital_;              // the scenario's components
  std::map<std::string, std::vector<int>> owners_;            // hospitals' own components: id -> hospitals
  std::vector<Finding> out_;
};

}  // namespace

std::string known_ids(const std::string& id, const std::vector<std::string>& known) {
  if (const auto best = json::closest_name(id, known)) return "; did you mean '" + *best + "'?";
  if (known.empty()) return "; none are defined";
  std::string list;
  for (std::size_t i = 0; i < known.size() && i < 12; ++i) list += (i ? ", " : "") + known[i];
  if (known.size() > 12) list += ", ...";
  return "; expected one of: " + list;
}

std::string unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known) {
  return std::string("unknown ") + what + " '" + id + "'" + known_ids(id, known);
}

std::vector<Finding> check_scenario(const Scenario& s) { return Checker(s).run(); }

}  // namespace epd

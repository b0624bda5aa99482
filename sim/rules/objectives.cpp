// Assessing objectives: each criterion is met, not met, still open, or not
// measurable (its reference point never happened). Counters and maxima only
// grow, so "at most" on them fails as soon as it is exceeded.

#include "engine/objectives.h"

#include <cmath>
#include <cstdio>

#include "engine/metric_values.h"
#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {
namespace {

struct Verdict {
  ObjectiveStatus status;
  std::string detail;
};

std::string num(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

// " at Maasdal Ziekenhuis" when a criterion names a hospital.
std::string for_hospital(const World& w, int k) {
  return k >= 0 ? " at " + w.hospitals()[static_cast<std::size_t>(k)].def->name : "";
}

Verdict assess_metric(const World& w, const Criterion& c, bool final) {
  const int index = metric_index(c.ref);
  const int k = w.named_hospital(c.hospital);
  if (index < 0 || k < -1) return {ObjectiveStatus::not_measurable, "unknown metric " + c.ref};
  const MetricDef& m = metric_registry()[static_cast<std::size_t>(index)];
  const double v = metric_value(w, static_cast<std::size_t>(index), k);
  const bool grows = m.kind == MetricKind::counter || m.kind == MetricKind::maximum;
  const bool at_most = c.type == Criterion::Type::metric_at_most;
  const std::string where = for_hospital(w, k);
  const std::string text =
      c.ref + where + " = " + num(v) + (at_most ? " (at most " : " (at least ") + num(c.threshold) + ")";
  const bool ok = at_most ? v <= c.threshold : v >= c.threshold;
  if (grows && at_most && !ok) return {ObjectiveStatus::not_met, text};
  if (grows && !at_most && ok) return {ObjectiveStatus::met, text};
  if (!final) return {ObjectiveStatus::pending, text};
  return {ok ? ObjectiveStatus::met : ObjectiveStatus::not_met, text};
}

// Did something happen (at `when`, -1 if not yet) within the window that
// opens at the reference point?
Verdict assess_within(const World& w, const Criterion& c, SimTime when, const std::string& what, bool final) {
  SimTime reference = 0;
  if (c.has_after) {
    reference = w.condition_since(c.after);
    if (reference < 0)
      return {final ? ObjectiveStatus::not_measurable : ObjectiveStatus::pending,
              what + ": its reference point has not happened"};
  }
  const SimTime limit = reference + c.within.minutes;
  if (when >= 0 && when <= limit)
    return {ObjectiveStatus::met, what + " at " + format_offset(when) + " (limit " + format_offset(limit) + ")"};
  if (when >= 0 || w.now() > limit || final)
    return {ObjectiveStatus::not_met,
            what + (when >= 0 ? " at " + format_offset(when) : " not done") + " (limit " + format_offset(limit) + ")"};
  return {ObjectiveStatus::pending, what + " due by " + format_offset(limit)};
}

Verdict assess(const World& w, const Criterion& c, bool final) {
  using T = Criterion::Type;
  switch (c.type) {
    case T::metric_at_most:
    case T::metric_at_least: return assess_metric(w, c, final);
    case T::action_within: {
      const int a = w.action_index(c.ref);
      const int k = w.named_hospital(c.hospital);
      return assess_within(w, c, a >= 0 && k >= -1 ? w.action_taken_at(a, k) : -1,
                           "decision " + c.ref + for_hospital(w, k), final);
    }
    case T::fallback_within: {
      // Every hospital that has the fallback must meet it (or the one the
      // criterion names): the latest counts.
      SimTime latest = -1;
      bool missing = false;
      const int only = w.named_hospital(c.hospital);
      for (const auto& h : w.hospitals()) {
        if (only != -1 && h.index != only) continue;
        for (std::size_t f = 0; f < h.def->fallbacks.size(); ++f) {
          if (h.def->fallbacks[f].id != c.ref) continue;
          const SimTime at = h.fallbacks[f].first_active_at;
          if (at < 0) missing = true;
          latest = std::max(latest, at);
        }
      }
      return assess_within(w, c, missing ? -1 : latest, "fallback " + c.ref + for_hospital(w, only) + " working", final);
    }
    case T::deadline_met: {
      const auto& defs = w.scenario().deadlines;
      for (std::size_t d = 0; d < defs.size(); ++d) {
        if (defs[d].id != c.ref) continue;
        const DeadlineRuntime& rt = w.deadlines()[d];
        switch (rt.status) {
          case DeadlineRuntime::Status::met: return {ObjectiveStatus::met, defs[d].title + ": met at " + format_offset(rt.closed)};
          case DeadlineRuntime::Status::missed: return {ObjectiveStatus::not_met, defs[d].title + ": missed"};
          case DeadlineRuntime::Status::running: return {ObjectiveStatus::pending, defs[d].title + ": due " + format_offset(rt.due)};
          case DeadlineRuntime::Status::not_started:
            return {final ? ObjectiveStatus::not_measurable : ObjectiveStatus::pending, defs[d].title + ": not started"};
        }
      }
      return {ObjectiveStatus::not_measurable, "unknown deadline " + c.ref};
    }
  }
  return {ObjectiveStatus::not_measurable, "?"};
}

}  // namespace

std::string_view to_string(ObjectiveStatus s) {
  switch (s) {
    case ObjectiveStatus::met: return "met";
    case ObjectiveStatus::not_met: return "not_met";
    case ObjectiveStatus::pending: return "pending";
    case ObjectiveStatus::not_measurable: return "not_measurable";
  }
  return "?";
}

std::vector<ObjectiveAssessment> assess_objectives(const World& w, bool final) {
  std::vector<ObjectiveAssessment> out;
  for (const ObjectiveDef& o : w.scenario().objectives) {
    ObjectiveAssessment a;
    a.id = o.id;
    a.title = o.title;
    if (o.criteria.empty()) {
      a.status = ObjectiveStatus::not_measurable;
      a.detail = "rated by the evaluator";
      out.push_back(a);
      continue;
    }
    bool any_not_met = false, any_pending = false, any_unmeasurable = false;
    for (const Criterion& c : o.criteria) {
      const Verdict v = assess(w, c, final);
      any_not_met |= v.status == ObjectiveStatus::not_met;
      any_pending |= v.status == ObjectiveStatus::pending;
      any_unmeasurable |= v.status == ObjectiveStatus::not_measurable;
      a.detail += (a.detail.empty() ? "" : "; ") + v.detail;
    }
    a.status = any_not_met ? ObjectiveStatus::not_met
               : any_pending ? ObjectiveStatus::pending
               : any_unmeasurable ? ObjectiveStatus::not_measurable
                                  : ObjectiveStatus::met;
    out.push_back(a);
  }
  return out;
}

}  // namespace epd

#include "event_log.h"

#include <algorithm>
#include <iterator>

#include "engine/exercise.h"
#include "engine/world.h"
#include "report/exercise_words.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::gui {
namespace {

constexpr SimTime kDeadlineWarning = 60;  // "a deadline within the hour"

std::string number(double v) { return format_decimal(v, v == static_cast<double>(static_cast<long long>(v)) ? 0 : 1); }

const InjectRuntime* find_inject(const World& w, const std::string& id) {
  for (const InjectRuntime& in : w.injects())
    if (in.def.id == id) return &in;
  return nullptr;
}

Attention kind_of(const Report& r) {
  switch (r.kind) {
    case ReportKind::inject_due:
    case ReportKind::inject_delivered: return r.by.empty() ? Attention::inject : Attention::inject_handled;
    case ReportKind::inject_held:
    case ReportKind::inject_released:
    case ReportKind::inject_skipped: return Attention::inject_handled;
    case ReportKind::decision_taken:
    case ReportKind::decision_refused:
    case ReportKind::decision_effective:
    case ReportKind::decision_ended: return Attention::decision;
    case ReportKind::deadline_started:
    case ReportKind::deadline_met: return Attention::deadline;
    case ReportKind::deadline_missed: return Attention::deadline_missed;
    case ReportKind::paper_kits_exhausted: return Attention::kits_out;
    case ReportKind::paper_kits_reprinted: return Attention::kits_back;
    case ReportKind::component_changed:
    case ReportKind::function_changed:
    case ReportKind::fallback_activating:
    case ReportKind::fallback_active:
    case ReportKind::fallback_ended:
    case ReportKind::restore_started:
    case ReportKind::function_restored: return Attention::it;
    case ReportKind::phase_changed:
    case ReportKind::milestone: return Attention::phase;
  }
  return Attention::phase;
}

bool is_metric_condition(const Condition& c) {
  return c.type == Condition::Type::metric_above || c.type == Condition::Type::metric_below;
}

bool same_condition(const Condition& a, const Condition& b) {
  return a.type == b.type && a.ref == b.ref && a.hospital == b.hospital && a.threshold == b.threshold;
}

}  // namespace

std::string_view attention_name(Attention a) {
  switch (a) {
    case Attention::inject: return tr("Inject due");
    case Attention::inject_handled: return tr("Inject handled by the facilitator");
    case Attention::decision: return tr("Decision");
    case Attention::deadline: return tr("Deadline started or met");
    case Attention::deadline_soon: return tr("Deadline within the hour");
    case Attention::deadline_missed: return tr("Deadline missed");
    case Attention::kits_out: return tr("Paper kits used up");
    case Attention::kits_back: return tr("Paper kits reprinted");
    case Attention::it: return tr("IT function or fallback changed");
    case Attention::threshold: return tr("Threshold crossed");
    case Attention::objective_failing: return tr("Objective failing");
    case Attention::objective_met: return tr("Objective met");
    case Attention::phase: return tr("Phase or milestone");
    case Attention::count: break;
  }
  return "?";
}

std::string_view attention_id(Attention a) {
  static constexpr std::string_view kIds[] = {"inject",   "inject_handled", "decision",  "deadline",
                                              "deadline_soon", "deadline_missed", "kits_out", "kits_back", "it",
                                              "threshold", "objective_failing", "objective_met", "phase"};
  static_assert(std::size(kIds) == kAttentionKinds);
  return kIds[static_cast<std::size_t>(a)];
}

std::optional<Attention> attention_from_id(std::string_view id) {
  for (std::size_t i = 0; i < kAttentionKinds; ++i)
    if (attention_id(static_cast<Attention>(i)) == id) return static_cast<Attention>(i);
  return std::nullopt;
}

bool pauses_by_default(Attention a) {
  return a == Attention::inject || a == Attention::deadline_soon || a == Attention::deadline_missed ||
         a == Attention::kits_out || a == Attention::objective_failing;
}

AutoPause::AutoPause() {
  for (std::size_t i = 0; i < kAttentionKinds; ++i) on[i] = pauses_by_default(static_cast<Attention>(i));
}

AutoPause AutoPause::none() {
  AutoPause p;
  p.on.fill(false);
  return p;
}

void EventLog::find_thresholds(const Scenario& s) {
  thresholds_.clear();
  auto add_threshold = [&](const Condition& c, Said owner) {
    if (!is_metric_condition(c)) return;
    for (const Threshold& t : thresholds_)
      if (same_condition(t.condition, c)) return;
    thresholds_.push_back(Threshold{c, std::move(owner)});
  };
  for (const InjectDef& in : s.injects) add_threshold(in.trigger, say_in_both([&] { return fill(tr("the trigger of the inject '{0}'"), {s.local(in.title)}); }));
  for (const DeadlineDef& d : s.deadlines) add_threshold(d.starts, say_in_both([&] { return fill(tr("the start of '{0}'"), {s.local(d.title)}); }));
  for (const ObjectiveDef& o : s.objectives) {
    for (const Criterion& cr : o.criteria) {
      if (cr.type != Criterion::Type::metric_at_most && cr.type != Criterion::Type::metric_at_least) continue;
      // Beyond the objective's bound: above its "at most", below its "at least".
      Condition c;
      c.type = cr.type == Criterion::Type::metric_at_most ? Condition::Type::metric_above : Condition::Type::metric_below;
      c.ref = cr.ref;
      c.hospital = cr.hospital;
      c.threshold = cr.threshold;
      add_threshold(c, say_in_both([&] { return fill(tr("the objective '{0}'"), {s.local(o.title)}); }));
    }
  }
}

void EventLog::start(const Exercise& ex, const std::map<std::string, std::string>& dutch) {
  dutch_ = dutch;
  entries_.clear();
  reports_seen_ = 0;
  find_thresholds(ex.scenario());
  deadline_warned_.assign(ex.scenario().deadlines.size(), 0);
  threshold_holds_.assign(thresholds_.size(), 0);
  objectives_.clear();
  log_reports(ex);
  watch_state(ex, /*log_changes=*/false);
}

std::optional<std::size_t> EventLog::observe(const Exercise& ex, const AutoPause& pause) {
  const std::size_t first = entries_.size();
  log_reports(ex);
  watch_state(ex, /*log_changes=*/true);
  for (std::size_t i = first; i < entries_.size(); ++i)
    if (pause.pauses(entries_[i].kind)) return i;
  return std::nullopt;
}

void EventLog::add(SimTime time, Attention kind, int hospital, Said title, Said detail) {
  entries_.push_back(LogEntry{time, kind, hospital, std::move(title), std::move(detail)});
}

// A report as a line for the log, in the current language: the reports'
// composition of the engine's line (report::report_line; the engine's own
// text is English, and part of the fingerprint), a decision marked as one.
std::string report_title(const Exercise& ex, const Report& r) {
  const std::string line = hospital_prefix(ex.scenario(), r) + report::report_line(ex, r);
  return r.kind == ReportKind::decision_taken ? fill(tr("Decision: {0}"), {line}) : line;
}

void EventLog::log_reports(const Exercise& ex) {
  const auto& reports = ex.reports();
  const World& w = ex.world();
  for (; reports_seen_ < reports.size(); ++reports_seen_) {
    const Report& r = reports[reports_seen_];
    if (r.kind == ReportKind::inject_due || r.kind == ReportKind::inject_delivered) {
      // A timer's inject is due and delivered in one moment: the delivery
      // says it. Due alone: it is held, waiting for the facilitator.
      const bool delivered_next = reports_seen_ + 1 < reports.size() &&
                                  reports[reports_seen_ + 1].kind == ReportKind::inject_delivered &&
                                  reports[reports_seen_ + 1].subject == r.subject;
      if (r.kind == ReportKind::inject_due && delivered_next) continue;
      const InjectRuntime* in = find_inject(w, r.subject);
      const Scenario& s = ex.scenario();
      add(r.time, kind_of(r), r.hospital, say_in_both([&] {
            const std::string heading = in ? report::inject_heading(s.local(in->def.from), s.local(in->def.title)) : r.text;
            return fill(r.kind == ReportKind::inject_due ? tr("Inject due, held: {0}") : tr("Inject: {0}"), {heading});
          }),
          say_in_both([&] {
            return (in ? s.local(in->def.text) : std::string()) +
                   (r.by.empty() ? "" : "\n" + fill(tr("Delivered by {0}"), {report::who_words(s, r.by)}));
          }));
      continue;
    }
    add(r.time, kind_of(r), r.hospital, say_in_both([&] { return report_title(ex, r); }), say_in_both([&] {
          std::string detail;
          if (!r.by.empty()) detail = fill(tr("By {0}"), {report::who_words(ex.scenario(), r.by)});
          if (!r.rationale.empty()) detail += (detail.empty() ? "" : ". ") + fill(tr("Why: {0}"), {local_text(dutch_, r.rationale)});
          return detail;
        }));
  }
}

void EventLog::watch_state(const Exercise& ex, bool log_changes) {
  const World& w = ex.world();
  const SimTime now = ex.now();
  const auto& defs = ex.scenario().deadlines;
  for (std::size_t d = 0; d < defs.size() && d < w.deadlines().size(); ++d) {
    const DeadlineRuntime& rt = w.deadlines()[d];
    if (deadline_warned_[d] || rt.status != DeadlineRuntime::Status::running || rt.due - now > kDeadlineWarning) continue;
    deadline_warned_[d] = 1;
    if (log_changes)
      add(now, Attention::deadline_soon, -1, say_in_both([&] {
            return fill(tr("Deadline in {0}: {1}"), {format_span(rt.due - now), ex.scenario().local(defs[d].title)});
          }),
          say_in_both([&] {
            std::string by;
            for (const std::string& a : defs[d].met_by) {
              const int i = w.action_index(a);
              by += (by.empty() ? "" : ", ") +
                    (i >= 0 ? ex.scenario().local(ex.scenario().actions[static_cast<std::size_t>(i)].title) : a);
            }
            return fill(tr("Due at {0}. Met by: {1}"), {format_offset(rt.due), by});
          }));
  }
  for (std::size_t t = 0; t < thresholds_.size(); ++t) {
    const char holds = w.condition_holds(thresholds_[t].condition) ? 1 : 0;
    if (holds == threshold_holds_[t]) continue;
    threshold_holds_[t] = holds;
    if (!log_changes) continue;
    const Condition& c = thresholds_[t].condition;
    const double value = ex.metric(c.ref, w.named_hospital(c.hospital));
    const Threshold& th = thresholds_[t];
    add(now, Attention::threshold, w.named_hospital(c.hospital), say_in_both([&] {
          return fill(holds ? tr("Now {0} ({1})") : tr("No longer {0} ({1})"), {report::condition_words(ex, c), number(value)});
        }),
        say_in_both([&] { return fill(tr("The threshold of {0}."), {th.owner.now()}); }));
  }
  const std::vector<ObjectiveAssessment> now_status = ex.objectives(/*final=*/false);
  if (objectives_.size() != now_status.size()) {
    objectives_.clear();
    for (const auto& a : now_status) objectives_.push_back(a.status);
    return;
  }
  for (std::size_t o = 0; o < now_status.size(); ++o) {
    const ObjectiveAssessment& a = now_status[o];
    if (a.status == objectives_[o]) continue;
    objectives_[o] = a.status;
    if (!log_changes) continue;
    if (a.status != ObjectiveStatus::not_met && a.status != ObjectiveStatus::met) continue;
    const bool met = a.status == ObjectiveStatus::met;
    add(now, met ? Attention::objective_met : Attention::objective_failing, -1, say_in_both([&] {
          return fill(met ? tr("Objective met: {0}") : tr("Objective not met: {0}"), {ex.scenario().local(a.title)});
        }),
        say_in_both([&] { return report::objective_evidence(ex, a); }));
  }
}

EventLog::Checkpoint EventLog::checkpoint() const {
  return Checkpoint{entries_.size(), reports_seen_, deadline_warned_, threshold_holds_, objectives_};
}

void EventLog::restore(const Checkpoint& c) {
  entries_.resize(std::min(entries_.size(), c.entries));
  reports_seen_ = c.reports_seen;
  deadline_warned_ = c.deadline_warned;
  threshold_holds_ = c.threshold_holds;
  objectives_ = c.objectives;
}

}  // namespace epd::gui

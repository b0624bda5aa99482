#include "report/after_action.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/world.h"
#include "report/exercise_words.h"
#include "report/objective_build_up.h"
#include "report/text_escape.h"
#include "text/engine_messages.h"
#include "scenario/capabilities.h"
#include "text/enum_words.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {
namespace {

void add_distinct(std::vector<std::string>& list, const std::string& name) {
  if (!name.empty() && std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

std::string objective_title(const Scenario& s, const std::string& id) {
  for (const auto& o : s.objectives)
    if (o.id == id) return s.local(o.title);
  return id;
}



// ---- 1 Exercise overview --------------------------------------------------

std::string period_text(const Exercise& ex, const Calendar& calendar) {
  return fill(tr("{0} to {1} ({2} to {3}), {4} of the scenario's {5}"),
              {format_offset(0), format_offset(ex.now()), when_text(calendar, 0), when_text(calendar, ex.now()),
               format_span(ex.now(), true), format_span(ex.horizon(), true)});
}

std::string played_text(const Save& save) {
  std::string first, last;
  for (const auto& c : save.commands) {
    if (c.wall.empty()) continue;
    if (first.empty()) first = c.wall;
    last = c.wall;
  }
  std::vector<std::string> parts;
  if (!save.started.empty()) parts.push_back(fill(tr("started {0}"), {wall_text(save.started)}));
  if (!first.empty())
    parts.push_back(first == last ? fill(tr("command entered at {0}"), {wall_text(first)})
                                  : fill(tr("commands entered from {0} to {1}"), {wall_text(first), wall_text(last)}));
  if (!save.saved.empty()) parts.push_back(fill(tr("saved {0}"), {wall_text(save.saved)}));
  if (parts.empty()) return tr("no wall-clock times recorded (a headless run)");
  std::string text;
  for (const auto& p : parts) text += (text.empty() ? "" : "; ") + p;
  return text;
}

void gather_overview(AfterActionReport& r, const Save& save, const Exercise& ex, const Calendar& calendar) {
  const Scenario& s = ex.scenario();
  r.title = save.title.empty() ? s.local(s.title) : save.local_title();
  r.scenario_title = s.local(s.title);
  r.scenario_summary = s.local(s.summary);
  for (const auto& h : s.hospitals) r.hospitals.push_back(s.local(h.name));
  r.seed = save.seed;
  r.period = period_text(ex, calendar);
  r.played = played_text(save);
  if (save.branch.command >= 0)
    r.branch = fill(tr("a what-if branch of {0}: command {1} {2}"),
                    {save.branch.save, std::to_string(save.branch.command + 1), save.branch.change});
  for (const auto& c : save.commands) {
    add_distinct(r.participants, who_words(s, c.planned.command.by));
    (c.accepted ? r.commands_accepted : r.commands_refused) += 1;
  }
  for (const auto& rating : save.ratings) add_distinct(r.evaluators, rating.by);
  r.sources = s.sources;
  for (Source& source : r.sources) source.title = s.local(source.title);
}

// ---- 2 Objectives -----------------------------------------------------------

void gather_objectives(AfterActionReport& r, const Save& save, const Exercise& ex) {
  for (const ObjectiveAssessment& a : ex.objectives(ex.now() >= ex.horizon())) {
    ObjectiveEntry e{a.id, ex.scenario().local(a.title), "", a.status, objective_evidence(ex, a), "", {}};
    if (a.status == ObjectiveStatus::not_met) e.built_up = objective_build_up(ex, a.id);
    for (const ObjectiveDef& def : ex.scenario().objectives)
      if (def.id == a.id)
        if (const CoreCapability* c = find_capability(def.capability)) e.capability = tr(c->name);
    for (const auto& rating : save.ratings)
      if (rating.objective == a.id) e.ratings.push_back({rating.rating, rating.by, rating.comment});
    r.objectives.push_back(std::move(e));
  }
}

// ---- 3 Timeline -------------------------------------------------------------

using Kind = TimelineEntry::Kind;

// Pairs each report with the command that caused it, so a row carries who,
// why and the wall time; commands with no report of their own (refused inject
// commands, say) get a row of their own.
class CommandMatcher {
 public:
  explicit CommandMatcher(const std::vector<SavedCommand>& commands) : commands_(commands), used_(commands.size()) {}

  template <class Match>
  const SavedCommand* claim(SimTime at, bool accepted, Match match) {
    for (std::size_t i = 0; i < commands_.size(); ++i) {
      const SavedCommand& c = commands_[i];
      if (used_[i] || c.planned.at != at || c.accepted != accepted || !match(c.planned.command)) continue;
      used_[i] = true;
      return &c;
    }
    return nullptr;
  }
  bool used(std::size_t i) const { return used_[i]; }

 private:
  const std::vector<SavedCommand>& commands_;
  std::vector<bool> used_;
};

Kind command_kind(const Command& c) {
  using T = Command::Type;
  switch (c.type) {
    case T::decide: return Kind::decision;
    case T::deliver_inject: return Kind::inject_by_facilitator;
    case T::hold_inject: return Kind::inject_held;
    case T::release_inject: return Kind::inject_released;
    case T::skip_inject: return Kind::inject_skipped;
    case T::adhoc_inject: return Kind::adhoc_inject;
  }
  return Kind::decision;
}

// A ROAZ region's hospitals are each worth a row when their kits run out or a
// procedure starts working; a nation's would bury the decisions.
constexpr std::size_t kMostHospitalsWithOwnSituationRows = 12;

void gather_timeline(AfterActionReport& r, const Save& save, const Exercise& ex, const Calendar& calendar,
                     const ReportScope& scope) {
  using T = Command::Type;
  const std::size_t hospitals = ex.scenario().hospitals.size();
  // What happened to the hospital (kits used up, a fallback working, every function up again) for the
  // report's focus: the region's own, and each hospital's unless there are too many.
  const auto situation_shown = [&](const Report& rep) {
    return rep.hospital < 0 || rep.hospital == scope.hospital ||
           (scope.hospital < 0 && hospitals <= kMostHospitalsWithOwnSituationRows);
  };
  CommandMatcher matcher(save.commands);
  auto row = [&](const Report& rep, Kind kind) {
    TimelineEntry e;
    e.at = rep.time;
    e.when = when_text(calendar, rep.time);
    e.kind = kind;
    e.what = hospital_prefix(ex.scenario(), rep) + report_line(ex, rep);
    e.who = who_words(ex.scenario(), rep.by);
    e.why = save.local(rep.rationale);
    return e;
  };
  auto take_from = [&ex, &save](TimelineEntry& e, const SavedCommand* c) {
    if (c == nullptr) return;
    if (!c->planned.command.by.empty()) e.who = who_words(ex.scenario(), c->planned.command.by);
    if (!c->planned.command.rationale.empty()) e.why = save.local(c->planned.command.rationale);
    e.wall = c->wall;
  };
  auto is = [](T type, const std::string& id) {
    return [type, &id](const Command& c) { return c.type == type && (type == T::decide ? c.action : c.inject) == id; };
  };

  for (const Report& rep : ex.reports()) {
    switch (rep.kind) {
      case ReportKind::phase_changed: r.timeline.push_back(row(rep, Kind::phase)); break;
      case ReportKind::deadline_met: r.timeline.push_back(row(rep, Kind::deadline_met)); break;
      case ReportKind::deadline_missed: r.timeline.push_back(row(rep, Kind::deadline_missed)); break;
      case ReportKind::paper_kits_exhausted:
      case ReportKind::paper_kits_reprinted:
      case ReportKind::fallback_active:
      case ReportKind::fallback_ended:
      case ReportKind::milestone:
        if (situation_shown(rep)) r.timeline.push_back(row(rep, Kind::situation));
        break;
      case ReportKind::decision_taken: {
        TimelineEntry e = row(rep, Kind::decision);
        const SavedCommand* c = matcher.claim(rep.time, true, is(T::decide, rep.subject));
        // For several hospitals: which.
        const std::string which = c != nullptr && rep.hospital < 0 ? hospitals_in_words(ex.world(), c->planned.command) : "";
        if (!which.empty()) e.what += " (" + which.substr(1) + ")";
        take_from(e, c);
        r.timeline.push_back(std::move(e));
        break;
      }
      case ReportKind::decision_refused: {
        TimelineEntry e = row(rep, Kind::refused);
        const SavedCommand* c = matcher.claim(rep.time, false, is(T::decide, rep.subject));
        if (c != nullptr) {
          e.what = ex.scenario().local(action_title(ex.scenario(), rep.subject));
          e.refusal = engine_message(c->refusal, &ex.scenario());
        }
        take_from(e, c);
        r.timeline.push_back(std::move(e));
        break;
      }
      case ReportKind::inject_held:
      case ReportKind::inject_released:
      case ReportKind::inject_skipped: {
        const Kind kind = rep.kind == ReportKind::inject_held       ? Kind::inject_held
                          : rep.kind == ReportKind::inject_released ? Kind::inject_released
                                                                    : Kind::inject_skipped;
        const T type = rep.kind == ReportKind::inject_held       ? T::hold_inject
                       : rep.kind == ReportKind::inject_released ? T::release_inject
                                                                 : T::skip_inject;
        TimelineEntry e = row(rep, kind);
        take_from(e, matcher.claim(rep.time, true, is(type, rep.subject)));
        r.timeline.push_back(std::move(e));
        break;
      }
      case ReportKind::inject_delivered: {
        const int i = ex.world().inject_index(rep.subject);
        const bool adhoc = i >= 0 && ex.world().injects()[static_cast<std::size_t>(i)].adhoc;
        TimelineEntry e = row(rep, adhoc ? Kind::adhoc_inject : Kind::inject);
        const SavedCommand* c =
            adhoc ? matcher.claim(rep.time, true,
                                  [&](const Command& cmd) {
                                    return cmd.type == T::adhoc_inject &&
                                           cmd.adhoc.title == ex.world().injects()[static_cast<std::size_t>(i)].def.title;
                                  })
                  : matcher.claim(rep.time, true, is(T::deliver_inject, rep.subject));
        if ((c != nullptr || !rep.by.empty()) && !adhoc) e.kind = Kind::inject_by_facilitator;
        take_from(e, c);
        r.timeline.push_back(std::move(e));
        break;
      }
      default: break;
    }
  }
  // Every facilitator act is in the record, also those that left no report.
  for (std::size_t i = 0; i < save.commands.size(); ++i) {
    if (matcher.used(i)) continue;
    const SavedCommand& c = save.commands[i];
    if (c.planned.at > ex.now()) continue;
    TimelineEntry e;
    e.at = c.planned.at;
    e.when = when_text(calendar, c.planned.at);
    e.kind = c.accepted ? command_kind(c.planned.command) : Kind::refused;
    e.what = command_words(c.planned.command, ex.scenario());
    e.refusal = c.accepted ? "" : engine_message(c.refusal, &ex.scenario());
    take_from(e, &c);
    r.timeline.push_back(std::move(e));
  }
  std::stable_sort(r.timeline.begin(), r.timeline.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
}

// ---- 4 Key outcome figures -------------------------------------------------

// Each profile's hospitals together, an average per hospital, in the order the profiles are first used.
void gather_by_profile(AfterActionReport& r, const Exercise& ex) {
  const Scenario& sc = ex.scenario();
  std::vector<std::string> profiles;
  for (const Hospital& h : sc.hospitals)
    for (const std::string& p : h.profiles)
      if (std::find(profiles.begin(), profiles.end(), p) == profiles.end()) profiles.push_back(p);
  if (profiles.empty()) return;
  for (const MetricDef* m : hospital_metrics())
    if (m->kind == MetricKind::counter) r.profile_metrics.push_back(m);  // counts add up; medians and moments do not
  for (const std::string& p : profiles) {
    std::vector<double> sums(r.profile_metrics.size(), 0.0);
    std::size_t built = 0;
    for (std::size_t h = 0; h < sc.hospitals.size(); ++h) {
      const auto& used = sc.hospitals[h].profiles;
      if (std::find(used.begin(), used.end(), p) == used.end()) continue;
      ++built;
      for (std::size_t i = 0; i < sums.size(); ++i) sums[i] += ex.metric(r.profile_metrics[i]->id, static_cast<int>(h));
    }
    HospitalRow row{p + " (" + counted(built, tr_later("1 hospital"), tr_later("{0} hospitals")) + ")", {}};
    // An average per hospital: profiles hold different numbers of hospitals.
    for (std::size_t i = 0; i < sums.size(); ++i)
      row.values.push_back(format_decimal(sums[i] / static_cast<double>(built), 1));  // one decimal down the column
    r.by_profile.push_back(std::move(row));
  }
}

void gather_figures(AfterActionReport& r, const Exercise& ex, const ReportScope& scope) {
  const auto& hospitals = ex.scenario().hospitals;
  const bool region = hospitals.size() > 1;
  const int k = scope.hospital >= 0 && static_cast<std::size_t>(scope.hospital) < hospitals.size() ? scope.hospital : -1;
  r.focus_hospital = k;
  const Scenario& sc = ex.scenario();
  r.focus = k >= 0 ? sc.local(hospitals[static_cast<std::size_t>(k)].name)
                   : region ? fill(tr("the {0} hospitals together"), {format_count(static_cast<double>(hospitals.size()))})
                            : sc.local(hospitals.front().name);
  r.against_normal = scope.normal != nullptr;
  for (const MetricDef* m : key_metrics(region)) {
    const double value = ex.metric_if_any(m->id, k);
    MetricShown shown = metric_for_people(*m, value);
    if (m->kind == MetricKind::time) shown.unit = tr("time since T0");
    KeyFigure figure{m, shown.value, shown.unit, "", ""};
    if (scope.normal != nullptr) {
      const double normal = scope.normal->metric_if_any(m->id, k);
      // A moment normal operation never reaches; deadlines the crisis team meets, and normal operation has none.
      const bool none = m->kind == MetricKind::time || m->id.rfind("deadlines_", 0) == 0;
      figure.normal = none ? "-" : format_metric_value(*m, normal);
      figure.extra = none ? "-" : metric_difference(*m, normal, value);
    }
    r.figures.push_back(std::move(figure));
  }
  if (region) {
    r.hospital_metrics = hospital_metrics();
    for (std::size_t h = 0; h < hospitals.size(); ++h) {
      HospitalRow row{sc.local(hospitals[h].name), {}};
      const bool outage = ex.world().hospitals()[h].incident_started_at >= 0;
      for (const MetricDef* m : r.hospital_metrics)
        row.values.push_back(m->kind == MetricKind::time && !outage
                                 ? tr("no outage")
                                 : format_metric_value(*m, ex.metric_if_any(m->id, static_cast<int>(h))));
      r.by_hospital.push_back(std::move(row));
    }
    gather_by_profile(r, ex);
  }
  for (const auto& other : scope.compared) r.compared_titles.push_back(other.title);
  if (scope.compared.empty()) return;
  // The same hospital in each other run (-1: the region); without it there, nothing to compare.
  std::vector<int> theirs;
  for (const auto& other : scope.compared)
    theirs.push_back(k < 0 ? -1 : other.exercise->scenario().hospital_index(hospitals[static_cast<std::size_t>(k)].id));
  for (const MetricDef* m : key_metrics(true)) {
    ComparisonRow row;
    row.metric = m;
    const double mine = ex.metric_if_any(m->id, k);
    row.value = format_metric_value(*m, mine);
    for (std::size_t o = 0; o < scope.compared.size(); ++o) {
      if (k >= 0 && theirs[o] < 0) {
        row.others.push_back("-");
        row.differences.push_back("-");
        continue;
      }
      const double value = scope.compared[o].exercise->metric_if_any(m->id, theirs[o]);
      row.others.push_back(format_metric_value(*m, value));
      row.differences.push_back(metric_difference(*m, mine, value));
    }
    r.comparison.push_back(std::move(row));
  }
}

// ---- 5, 6 Strengths and areas for improvement --------------------------------

void gather_findings(AfterActionReport& r, const Save& save, const Exercise& ex) {
  const Scenario& s = ex.scenario();
  for (const auto& rating : save.ratings) {
    const std::string objective = rating.objective.empty() ? "" : objective_title(s, rating.objective);
    if (!rating.strengths.empty()) r.strengths_by_evaluators.push_back({objective, rating.strengths, rating.by, rating.objective});
    if (!rating.improvements.empty())
      r.improvements_by_evaluators.push_back({objective, rating.improvements, rating.by, rating.objective});
  }
  for (const ObjectiveEntry& o : r.objectives) {
    if (o.status == ObjectiveStatus::met)
      r.strengths_measured.push_back({o.title, fill(tr("Objective met: {0}"), {o.detail}), "", o.id});
    if (o.status == ObjectiveStatus::not_met)
      r.improvements_measured.push_back(
          {o.title, fill(tr("Objective not met: {0}"), {o.detail}) + (o.built_up.empty() ? "" : ". " + o.built_up), "", o.id});
  }
  const auto& deadlines = ex.world().deadlines();
  for (std::size_t d = 0; d < deadlines.size() && d < s.deadlines.size(); ++d) {
    const DeadlineDef& def = s.deadlines[d];
    const DeadlineRuntime& rt = deadlines[d];
    const std::string name = s.local(def.title) + (def.law.empty() ? "" : " (" + s.local(def.law) + ")");
    if (rt.status == DeadlineRuntime::Status::met)
      r.strengths_measured.push_back(
          {"",
           fill(tr("Legal deadline met: {0}, at {1}, {2} before the deadline"),
                {name, format_offset(rt.closed), format_span(std::max<SimTime>(0, rt.due - rt.closed), true)}),
           "", ""});
    if (rt.status == DeadlineRuntime::Status::missed)
      r.improvements_measured.push_back(
          {"", fill(tr("Legal deadline missed: {0}, due {1}"), {name, format_offset(rt.due)}), "", ""});
  }
}

// ---- 7 Improvement plan -----------------------------------------------------

bool rated_major(const ObjectiveEntry& o) {
  return std::any_of(o.ratings.begin(), o.ratings.end(),
                     [](const EvaluatorRating& x) { return x.rating == Rating::M || x.rating == Rating::U; });
}

void gather_plan(AfterActionReport& r, const Save& save, const Exercise& ex) {
  const Scenario& s = ex.scenario();
  const auto capability_of = [&](const std::string& capability, const std::string& objective) -> std::string {
    std::string id = capability;
    for (const ObjectiveDef& o : s.objectives)
      if (id.empty() && o.id == objective) id = o.capability;
    const CoreCapability* c = find_capability(id);
    return c != nullptr ? tr(c->name) : "";
  };
  for (const auto& item : save.improvement_plan)
    r.plan.push_back({item.objective.empty() ? "" : objective_title(s, item.objective), item.issue,
                      item.corrective_action, item.owner, item.due, false, capability_of(item.capability, item.objective),
                      item.element.empty() ? "" : element_words(item.element), item.organisation, item.start});
  for (const ObjectiveEntry& o : r.objectives) {
    const bool not_met = o.status == ObjectiveStatus::not_met;
    if (!not_met && !rated_major(o)) continue;
    const bool has_row = std::any_of(save.improvement_plan.begin(), save.improvement_plan.end(),
                                     [&](const ImprovementItem& i) { return i.objective == o.id; });
    if (has_row) continue;
    std::string issue;
    if (not_met) issue = fill(tr("Not met in the simulation: {0}"), {o.detail}) + (o.built_up.empty() ? "" : ". " + o.built_up);
    for (const EvaluatorRating& x : o.ratings) {
      if (x.rating != Rating::M && x.rating != Rating::U) continue;
      issue += (issue.empty() ? "" : "; ") + (x.by.empty() ? fill(tr("Rated {0}"), {rating_title(x.rating)})
                                                           : fill(tr("Rated {0} by {1}"), {rating_title(x.rating), x.by}));
    }
    const std::string tba(to_be_agreed());
    r.plan.push_back({o.title, issue, tba, tba, tba, true, o.capability, tba, tba, tba});
  }
}

// ---- 8 Notes ----------------------------------------------------------------

void gather_notes(AfterActionReport& r, const Save& save, const Calendar& calendar) {
  for (const auto& n : save.notes) r.notes.push_back({n.at, when_text(calendar, n.at), n.wall, n.text});
  std::stable_sort(r.notes.begin(), r.notes.end(), [](const NoteEntry& a, const NoteEntry& b) { return a.at < b.at; });
}

}  // namespace

const char* section_title(std::size_t section) { return section < kSectionTitles.size() ? tr(kSectionTitles[section]) : ""; }

const char* to_be_agreed() { return tr("to be agreed"); }

std::string rating_title(Rating r) {
  return r == Rating::none ? tr("not rated") : std::string(to_string(r)) + ": " + rating_words(r);
}

std::string assessment_title(ObjectiveStatus s) {
  return s == ObjectiveStatus::not_measurable ? tr("not measurable (left to the evaluator)") : status_words(s);
}

const char* kind_title(TimelineEntry::Kind k) {
  switch (k) {
    case Kind::phase: return tr("Phase");
    case Kind::inject: return tr("Inject");
    case Kind::inject_by_facilitator: return tr("Inject (delivered by the facilitator)");
    case Kind::adhoc_inject: return tr("Ad-hoc inject");
    case Kind::inject_held: return tr("Inject held");
    case Kind::inject_released: return tr("Inject released");
    case Kind::inject_skipped: return tr("Inject skipped");
    case Kind::decision: return tr("Decision");
    case Kind::refused: return tr("Refused");
    case Kind::deadline_met: return tr("Deadline met");
    case Kind::deadline_missed: return tr("Deadline missed");
    case Kind::situation: return tr("Situation");
  }
  return "?";
}

std::string format_metric_value(const MetricDef& metric, double value) { return metric_for_people(metric, value).value; }

namespace {
std::vector<const MetricDef*> metrics(std::initializer_list<const char*> ids) {
  std::vector<const MetricDef*> out;
  for (const char* id : ids)
    if (const MetricDef* m = find_metric(id)) out.push_back(m);
  return out;
}
}  // namespace

std::vector<const MetricDef*> key_metrics(bool region) {
  std::vector<const MetricDef*> out = metrics(
      {"ed_left_without_being_seen", "ed_waits_over_4h", "medication_errors", "medication_doses_omitted", "medication_doses_late",
       "critical_results_delayed",
       "ed_los_median_min", "lab_tat_median_min", "backentry_backlog", "backentry_backlog_peak", "ambulances_diverted",
       "electives_cancelled", "outpatient_cancelled", "referrals_delayed", "deadlines_met", "deadlines_missed",
       "all_functions_restored_at_min"});
  if (!region) return out;
  for (const MetricDef* m : metrics({"ed_visits", "ed_patients_received", "critical_patients_to_centre",
                                     "icu_transfers_out", "patient_travel_minutes", "paper_records"}))
    out.push_back(m);
  return out;
}

std::vector<const MetricDef*> hospital_metrics() {
  return metrics({"ed_visits", "ed_left_without_being_seen", "ed_waits_over_4h", "ed_los_median_min",
                  "ambulances_diverted", "ed_patients_received", "icu_transfers_out", "medication_errors",
                  "electives_cancelled", "backentry_backlog_peak", "all_functions_restored_at_min"});
}

std::string wall_text(const std::string& wall) {
  std::string text = wall;
  if (text.size() > 10 && text[10] == 'T') text[10] = ' ';
  return text;
}

std::vector<OverviewFact> overview_facts(const AfterActionReport& r) {
  std::vector<OverviewFact> out = {
      {tr("Exercise"), {r.title}, ""},
      {tr("Scenario"), {r.scenario_title}, ""},
      {r.hospitals.size() == 1 ? tr("Hospital") : tr("Hospitals"), r.hospitals, tr("none")},
      {tr("Seed"), {std::to_string(r.seed)}, ""},
      {tr("Simulated period"), {r.period}, ""},
      {tr("Played"), {r.played}, ""},
      {tr("Participants (decisions and facilitator acts)"), r.participants, tr("none recorded")},
      {tr("Evaluators"), r.evaluators, tr("none recorded")},
      {tr("Commands"),
       {fill(tr("{0} accepted, {1} refused"),
             {format_count(r.commands_accepted), format_count(r.commands_refused)})},
       ""}};
  if (!r.branch.empty()) out.push_back({tr("What-if branch"), {r.branch}, ""});
  return out;
}

namespace {

// ---- Analysis by core capability ------------------------------------------

void gather_capabilities(AfterActionReport& r) {
  for (std::size_t i = 0; i < r.objectives.size(); ++i) {
    const std::string& name = r.objectives[i].capability;
    auto it = std::find_if(r.capabilities.begin(), r.capabilities.end(),
                           [&](const CapabilityAnalysis& c) { return c.name == name; });
    if (it == r.capabilities.end()) it = r.capabilities.insert(r.capabilities.end(), CapabilityAnalysis{name, {}, {}, {}});
    it->objectives.push_back(i);
  }
  // Objectives that name no capability last.
  std::stable_partition(r.capabilities.begin(), r.capabilities.end(), [](const CapabilityAnalysis& c) { return !c.name.empty(); });
  for (CapabilityAnalysis& c : r.capabilities) {
    const auto belongs = [&](const Finding& f) {
      return std::any_of(c.objectives.begin(), c.objectives.end(), [&](std::size_t i) { return r.objectives[i].id == f.objective_id; });
    };
    for (const auto* list : {&r.strengths_by_evaluators, &r.strengths_measured})
      for (const Finding& f : *list)
        if (!f.objective_id.empty() && belongs(f)) c.strengths.push_back(f);
    for (const auto* list : {&r.improvements_by_evaluators, &r.improvements_measured})
      for (const Finding& f : *list)
        if (!f.objective_id.empty() && belongs(f)) c.improvements.push_back(f);
  }
}

// ---- Executive summary: facts from the sections, never more ---------------

void gather_summary(AfterActionReport& r, const Save& save, const Exercise& ex) {
  r.summary.push_back(fill(tr("The exercise played the scenario '{1}' from {0}, with {2} commands ({3} refused)."),
                           {r.period, r.scenario_title, format_count(r.commands_accepted + r.commands_refused),
                            format_count(r.commands_refused)}));
  int met = 0, not_met = 0, open = 0, evaluator = 0;
  for (const ObjectiveEntry& o : r.objectives) {
    met += o.status == ObjectiveStatus::met;
    not_met += o.status == ObjectiveStatus::not_met;
    open += o.status == ObjectiveStatus::pending;
    evaluator += o.status == ObjectiveStatus::not_measurable;
  }
  r.summary.push_back(fill(tr("Objectives as measured by the simulation: {0} met, {1} not met, {2} still open, {3} left to the evaluators."),
                           {std::to_string(met), std::to_string(not_met), std::to_string(open), std::to_string(evaluator)}));
  int ratings[5] = {0, 0, 0, 0, 0};
  for (const ObjectiveRating& x : save.ratings) ratings[static_cast<int>(x.rating)] += 1;
  const int rated = ratings[static_cast<int>(Rating::P)] + ratings[static_cast<int>(Rating::S)] +
                    ratings[static_cast<int>(Rating::M)] + ratings[static_cast<int>(Rating::U)];
  if (rated == 0) r.summary.push_back(tr("No evaluator has rated an objective yet."));
  else
    r.summary.push_back(fill(tr("Evaluators' ratings: {0} P, {1} S, {2} M, {3} U."),
                             {std::to_string(ratings[static_cast<int>(Rating::P)]), std::to_string(ratings[static_cast<int>(Rating::S)]),
                              std::to_string(ratings[static_cast<int>(Rating::M)]), std::to_string(ratings[static_cast<int>(Rating::U)])}));
  const int k = r.focus_hospital;
  const auto value = [&](const char* id) {
    const MetricDef* m = find_metric(id);
    return m ? format_metric_value(*m, ex.metric_if_any(id, k)) : std::string("-");
  };
  r.summary.push_back(fill(tr("Legal deadlines: {0} met, {1} missed."), {value("deadlines_met"), value("deadlines_missed")}));
  // A file before format 7 counted no doses omitted: then no such bracket.
  const std::string omitted = value("medication_doses_omitted");
  r.summary.push_back(
      omitted == "-"
          ? fill(tr("Patients ({0}): {1} left the ED unseen, {2} medication errors, {3} operations cancelled."),
                 {r.focus, value("ed_left_without_being_seen"), value("medication_errors"), value("electives_cancelled")})
          : fill(tr("Patients ({0}): {1} left the ED unseen, {2} medication errors ({3} of them doses omitted), {4} operations cancelled."),
                 {r.focus, value("ed_left_without_being_seen"), value("medication_errors"), omitted, value("electives_cancelled")}));
  if (r.against_normal) {
    const auto extra = [&](const char* id) {
      for (const KeyFigure& f : r.figures)
        if (f.metric->id == id) return f.extra;
      return std::string("-");
    };
    r.summary.push_back(fill(tr("Against normal operation (the same scenario and seed without the outage): left the ED unseen {0}, medication errors {1}, operations cancelled {2}, appointments cancelled {3}."),
                             {extra("ed_left_without_being_seen"), extra("medication_errors"), extra("electives_cancelled"),
                              extra("outpatient_cancelled")}));
  }
  r.summary.push_back(fill(tr("These figures are one run of a model with chance in it (seed {0}): another seed gives other figures. The command \"epd-drill batch\" plays the same decisions over many seeds and gives their spread and how often each objective is met."),
                           {std::to_string(r.seed)}));
  const double restored = ex.metric("all_functions_restored_at_min", k);
  r.summary.push_back(restored >= 0 ? fill(tr("Every IT function was up again at {0}."), {format_offset(static_cast<SimTime>(restored))})
                                    : std::string(tr("Not every IT function was up again by the end of the period.")));
  int recorded = 0, proposed = 0;
  for (const PlanRow& p : r.plan) (p.proposed ? proposed : recorded) += 1;
  r.summary.push_back(fill(tr("Improvement plan: {0} actions recorded by the reviewers, {1} issues without an agreed action yet."),
                           {std::to_string(recorded), std::to_string(proposed)}));
  if (!r.compared_titles.empty()) {
    std::string titles;
    for (const std::string& t : r.compared_titles) titles += (titles.empty() ? "" : "; ") + t;
    r.summary.push_back(fill(tr("Compared with: {0} (see the key outcome figures)."), {titles}));
  }
}

}  // namespace

AfterActionReport gather_after_action(const Save& save, const Exercise& exercise, const ReportScope& scope) {
  const Calendar calendar(exercise.scenario().start);
  AfterActionReport r;
  gather_overview(r, save, exercise, calendar);
  gather_objectives(r, save, exercise);
  gather_timeline(r, save, exercise, calendar, scope);
  gather_figures(r, exercise, scope);
  gather_findings(r, save, exercise);
  gather_plan(r, save, exercise);
  gather_notes(r, save, calendar);
  gather_capabilities(r);
  gather_summary(r, save, exercise);
  return r;
}

}  // namespace epd::report

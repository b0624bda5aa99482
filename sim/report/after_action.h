#pragma once
// The after-action report and improvement plan (HSEEP AAR/IP) of a saved
// exercise, as plain data: what each section says, gathered once from the
// save (people's input: commands with who and why, ratings, the improvement
// plan, notes) and the replayed exercise (what the simulation measured).
// The Markdown and HTML renderers only format this; docs/reports.md says
// where each field comes from. Every text is gathered in the current language
// (text/language.h): the program's words from the catalogue, the scenario's
// through Scenario::local, numbers as people read them; what people typed
// (comments, notes, the plan) as they typed it.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/exercise.h"
#include "metrics/registry.h"
#include "save/save.h"
#include "text/language.h"

namespace epd::report {

// The sections, in HSEEP's order (executive summary, overview, analysis of
// capabilities, improvement plan); both formats use these headings, in the
// current language (section_title).
enum Section : std::size_t {
  kSummary, kOverview, kObjectives, kCapabilities, kTimeline, kFigures, kStrengths, kImprovements, kPlan, kNotes
};
constexpr std::array<const char*, 10> kSectionTitles = {
    tr_later("Executive summary"),   tr_later("Exercise overview"),      tr_later("Objectives"),
    tr_later("Analysis by core capability"), tr_later("Timeline of injects and decisions"),
    tr_later("Key outcome figures"), tr_later("Strengths"),              tr_later("Areas for improvement"),
    tr_later("Improvement plan"),    tr_later("Facilitator's notes")};
const char* section_title(std::size_t section);

// Written where the plan has no agreed action, owner or date yet.
const char* to_be_agreed();

// "P: Performed without challenges"; "not rated" for Rating::none.
std::string rating_title(Rating r);
// "met", "not met", "pending", "not measurable (left to the evaluator)".
std::string assessment_title(ObjectiveStatus s);

struct EvaluatorRating {
  Rating rating = Rating::none;
  std::string by;
  std::string comment;
};

struct ObjectiveEntry {
  std::string id;
  std::string title;
  std::string capability;  // the HSEEP core capability it tests, its name; "" when the scenario names none
  ObjectiveStatus status = ObjectiveStatus::pending;
  std::string detail;                    // the engine's evidence, one line
  std::string built_up;                  // not met: when its count built up (objective_build_up.h), else ""
  std::vector<EvaluatorRating> ratings;  // empty: not rated
};

struct TimelineEntry {
  enum class Kind {
    phase,
    inject,               // delivered by its trigger
    inject_by_facilitator,  // delivered early or released by a command
    adhoc_inject,
    inject_held,
    inject_released,
    inject_skipped,
    decision,
    refused,              // any command the engine refused
    deadline_met,
    deadline_missed,
    situation,  // what happened to a hospital: kits used up, a fallback working or ended, every function up again
  };
  SimTime at = 0;
  std::string when;  // the scenario's calendar, "Tue 2026-04-07 09:15"
  Kind kind = Kind::inject;
  std::string what;
  std::string who;
  std::string why;
  std::string refusal;  // kind refused: the engine's reason
  std::string wall;     // when a person entered it, "" in headless runs
};
// "Inject", "Decision", "Refused", ...
const char* kind_title(TimelineEntry::Kind k);

struct KeyFigure {
  const MetricDef* metric = nullptr;
  std::string value;  // formatted for people: "57", "14,904", "80.2", "3 h 33 min", "T+4d 12:30", "not yet"
  std::string unit;   // the metric's; a moment reads "time since T0", a span of time has none
  // With a normal-operation run (ReportScope::normal): its value, and this
  // run's extra against it ("+56", "-3 min"); "-" for a moment, which normal
  // operation never reaches, and for the team's legal deadlines. Both "" without one.
  std::string normal;
  std::string extra;
};

// A strength or an area for improvement.
struct Finding {
  std::string objective;  // the objective's title; "" for the exercise as a whole
  std::string text;
  std::string by;            // the evaluator; "" when measured by the simulation
  std::string objective_id;  // the objective's id: the analysis by capability matches on it
};

// A row of the improvement plan, in HSEEP's columns: what the reviewer
// entered (the capability is the objective's when the row names none).
struct PlanRow {
  std::string objective;  // the objective's title; "" for the exercise as a whole
  std::string issue;
  std::string corrective_action;
  std::string owner;       // point of contact
  std::string due;         // completion date
  bool proposed = false;   // added by the report: action, owner and dates are to_be_agreed()
  std::string capability;  // the core capability's name
  std::string element;     // the capability element, in words
  std::string organisation;
  std::string start;
};

// The exercise analysed per core capability (HSEEP's "analysis of
// capabilities"): the objectives that test it and what was found.
struct CapabilityAnalysis {
  std::string name;                     // "" for objectives that name no capability
  std::vector<std::size_t> objectives;  // indices into AfterActionReport::objectives
  std::vector<Finding> strengths, improvements;
};

struct NoteEntry {
  SimTime at = 0;
  std::string when;
  std::string wall;
  std::string text;
};

// What a report looks at besides the save itself: one hospital instead of the
// region, and other runs side by side (what-ifs, variants of the scenario).
struct ReportScope {
  int hospital = -1;  // whose key figures and curves; -1: the region's
  struct Other {
    std::string title;
    const Exercise* exercise = nullptr;  // replayed to its end
  };
  std::vector<Other> compared;
  // The same scenario and seed without the outage, run as far as this one
  // (play_normal_operation): the key figures' baseline. Null: none shown.
  const Exercise* normal = nullptr;
};

// One hospital's key figures (a region's report).
struct HospitalRow {
  std::string name;
  std::vector<std::string> values;  // in the order of AfterActionReport::hospital_metrics
};

// One key figure of this run beside the same figure of the runs compared.
struct ComparisonRow {
  const MetricDef* metric = nullptr;
  std::string value;                     // this run's
  std::vector<std::string> others;       // each compared run's
  std::vector<std::string> differences;  // each compared run's minus this run's, "+12" / "-3.5" / "0" / "+2 h"
};

struct AfterActionReport {
  // Executive summary: facts gathered from the sections below, one a line.
  std::vector<std::string> summary;
  // Exercise overview
  std::string title;  // the save's title, or the scenario's
  std::string scenario_title;
  std::string scenario_summary;
  std::vector<std::string> hospitals;
  std::uint64_t seed = 0;
  std::string period;       // "T+0d 00:00 to T+3d 00:00 (Tue 2026-04-07 07:00 to Fri 2026-04-10 07:00), 3 d of the scenario's 42 d"
  std::string played;       // wall-clock times, or that none were recorded
  std::string branch;       // what-if origin, "" when not a branch
  std::vector<std::string> participants;  // distinct `by` of the commands, in order of first appearance
  std::vector<std::string> evaluators;    // distinct `by` of the ratings
  int commands_accepted = 0;
  int commands_refused = 0;
  std::vector<Source> sources;
  // 2..8
  std::vector<ObjectiveEntry> objectives;
  std::vector<CapabilityAnalysis> capabilities;
  std::vector<TimelineEntry> timeline;
  std::string focus;  // whose the key figures are: "the 5 hospitals together" or a hospital's name
  int focus_hospital = -1;
  std::vector<KeyFigure> figures;
  bool against_normal = false;  // the figures have their normal and extra
  std::vector<const MetricDef*> hospital_metrics;  // the columns of by_hospital
  std::vector<HospitalRow> by_hospital;            // a region: every hospital on its own
  // A region built from profiles: per profile the hospitals built from it,
  // their counts as an average per hospital ("vendor_cloud (7 hospitals)"):
  // how a setup fared, whatever the number of hospitals that have it.
  std::vector<const MetricDef*> profile_metrics;
  std::vector<HospitalRow> by_profile;
  std::vector<std::string> compared_titles;        // the runs compared, as columns
  std::vector<ComparisonRow> comparison;
  std::vector<Finding> strengths_by_evaluators, strengths_measured;
  std::vector<Finding> improvements_by_evaluators, improvements_measured;
  std::vector<PlanRow> plan;
  std::vector<NoteEntry> notes;
};

// `exercise` is the save replayed to its end (replay_save).
AfterActionReport gather_after_action(const Save& save, const Exercise& exercise, const ReportScope& scope = {});

// One line of the exercise overview: a label and its items, shown joined by
// ", " (or `none` when there are none). One list, so every format shows the
// same facts in the same order; each only adds its markup and escaping.
struct OverviewFact {
  std::string label;
  std::vector<std::string> items;
  std::string none;
};
std::vector<OverviewFact> overview_facts(const AfterActionReport& r);

// A metric's value as a person reads it, in the current language (integers
// without decimals, one decimal otherwise, a median of minutes as a span of
// time, a time metric as T+...): exercise_words.h's metric_for_people.
std::string format_metric_value(const MetricDef& metric, double value);

// The metrics of the key outcome table, in order (those the registry has);
// a region's report adds how patients moved between its hospitals.
std::vector<const MetricDef*> key_metrics(bool region = false);
// The columns of a region's table of outcomes by hospital.
std::vector<const MetricDef*> hospital_metrics();

// "2026-11-24T10:12:05" -> "2026-11-24 10:12:05".
std::string wall_text(const std::string& wall);

}  // namespace epd::report

#include "report/markdown_report.h"

#include <sstream>

#include "report/after_action.h"
#include "report/exercise_words.h"
#include "report/text_escape.h"
#include "text/language.h"

namespace epd::report {
namespace {

std::string md(const std::string& text) { return markdown_escape(text); }
std::string md(const char* text) { return markdown_escape(text); }
std::string joined(const std::vector<std::string>& items, const std::string& none) {
  if (items.empty()) return md(none);
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + md(i);
  return out;
}

// "| a | b |" and its rule, from the column titles (in the current language).
void table_head(std::ostream& out, std::initializer_list<const char*> columns, std::initializer_list<const char*> rule) {
  out << "|";
  for (const char* c : columns) out << " " << md(c) << " |";
  out << "\n|";
  for (const char* r : rule) out << r << "|";
  out << "\n";
}

void heading(std::ostream& out, std::size_t section) {
  out << "\n## " << section + 1 << ". " << md(section_title(section)) << "\n\n";
}

void summary(std::ostream& out, const AfterActionReport& r) {
  heading(out, kSummary);
  for (const std::string& line : r.summary) out << "- " << md(line) << "\n";
}

void overview(std::ostream& out, const AfterActionReport& r) {
  heading(out, kOverview);
  for (const OverviewFact& f : overview_facts(r))
    out << "- **" << md(f.label) << ":** " << joined(f.items, f.none) << "\n";
  out << "\n> " << md(r.scenario_summary) << "\n";
}

void objectives(std::ostream& out, const AfterActionReport& r) {
  heading(out, kObjectives);
  table_head(out, {tr("Objective"), tr("Simulation's assessment"), tr("Evaluator's rating"), tr("Comment"), tr("By")},
             {"---", "---", "---", "---", "---"});
  for (const ObjectiveEntry& o : r.objectives) {
    out << "| " << md(o.title) << " | **" << md(assessment_title(o.status)) << "**";
    if (!o.detail.empty() && o.status != ObjectiveStatus::not_measurable) out << ": " << md(o.detail);
    std::string rating, comment, by;
    for (const EvaluatorRating& x : o.ratings) {
      const char* sep = rating.empty() ? "" : "<br>";
      rating += sep + md(rating_title(x.rating));
      comment += sep + (x.comment.empty() ? "-" : md(x.comment));
      by += sep + (x.by.empty() ? "-" : md(x.by));
    }
    if (o.ratings.empty()) rating = md(rating_title(Rating::none));
    out << " | " << rating << " | " << comment << " | " << by << " |\n";
  }
}

// HSEEP's analysis of capabilities: per core capability, its objectives with
// what was measured and rated, and what was found.
void capabilities(std::ostream& out, const AfterActionReport& r) {
  heading(out, kCapabilities);
  for (const CapabilityAnalysis& c : r.capabilities) {
    out << "### " << md(c.name.empty() ? std::string(tr("Objectives that name no core capability")) : c.name) << "\n\n";
    for (std::size_t i : c.objectives) {
      const ObjectiveEntry& o = r.objectives[i];
      out << "- **" << md(o.title) << "**: " << md(assessment_title(o.status));
      for (const EvaluatorRating& x : o.ratings)
        out << "; " << md(rating_title(x.rating)) << (x.by.empty() ? "" : " (" + md(x.by) + ")");
      out << "\n";
    }
    for (const auto& [title, list] : {std::pair{tr("Strengths"), &c.strengths}, std::pair{tr("Areas for improvement"), &c.improvements}}) {
      if (list->empty()) continue;
      out << "\n" << md(title) << ":\n\n";
      for (const Finding& f : *list) out << "- " << md(f.text) << (f.by.empty() ? "" : " _(" + md(f.by) + ")_") << "\n";
    }
    out << "\n";
  }
}

void timeline(std::ostream& out, const AfterActionReport& r) {
  heading(out, kTimeline);
  bool walls = false;
  for (const auto& e : r.timeline) walls = walls || !e.wall.empty();
  out << md(tr("Simulated time since T0 and the scenario's own calendar; refused commands are marked with the engine's reason."))
      << "\n\n";
  if (walls)
    table_head(out, {"T+", tr("Date and time"), tr("Event"), tr("What"), tr("Who"), tr("Why"), tr("Entered")},
               {"---", "---", "---", "---", "---", "---", "---"});
  else
    table_head(out, {"T+", tr("Date and time"), tr("Event"), tr("What"), tr("Who"), tr("Why")},
               {"---", "---", "---", "---", "---", "---"});
  for (const TimelineEntry& e : r.timeline) {
    const bool stand_out = e.kind == TimelineEntry::Kind::refused || e.kind == TimelineEntry::Kind::deadline_missed;
    const std::string kind = md(kind_title(e.kind));
    out << "| " << format_offset(e.at) << " | " << md(e.when) << " | " << (stand_out ? "**" + kind + "**" : kind)
        << " | " << md(e.what);
    if (!e.refusal.empty()) out << ": **" << md(tr("refused")) << ":** " << md(e.refusal);
    out << " | " << md(e.who) << " | " << md(e.why) << " |";
    if (walls) out << " " << md(wall_text(e.wall)) << " |";
    out << "\n";
  }
}

// A table of hospitals (or profiles) by the columns `metrics`; nothing when there are no rows.
void hospital_table(std::ostream& out, const char* title, const char* first, const std::vector<const MetricDef*>& metrics,
                    const std::vector<HospitalRow>& rows) {
  if (rows.empty()) return;
  out << "\n### " << md(title) << "\n\n| " << md(first) << " |";
  for (const MetricDef* m : metrics) out << " " << md(std::string(metric_words(*m).name)) << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < metrics.size(); ++i) out << "--:|";
  out << "\n";
  for (const HospitalRow& row : rows) {
    out << "| " << md(row.name) << " |";
    for (const auto& v : row.values) out << " " << markdown_value_cell(v) << " |";
    out << "\n";
  }
}

void figures(std::ostream& out, const AfterActionReport& r) {
  heading(out, kFigures);
  out << md(fill(tr("At the end of the simulated period, for {0}."), {r.focus})) << " "
      << md(tr("Every metric over time:")) << " `epd-drill report SAVE --format csv`.\n\n";
  if (r.against_normal) {
    out << md(tr("Normal operation: the same scenario and seed without the outage, over the same period; extra: this run's value minus normal operation's.")) << "\n\n";
    table_head(out, {tr("Figure"), tr("Value"), tr("Normal operation"), tr("Extra"), tr("Unit"), tr("Meaning")},
               {"---", "--:", "--:", "--:", "---", "---"});
  } else {
    table_head(out, {tr("Figure"), tr("Value"), tr("Unit"), tr("Meaning")}, {"---", "--:", "---", "---"});
  }
  for (const KeyFigure& f : r.figures) {
    const MetricWords words = metric_words(*f.metric);
    out << "| " << md(std::string(words.name)) << " | " << markdown_value_cell(f.value) << " | ";
    if (r.against_normal) out << markdown_value_cell(f.normal) << " | " << markdown_value_cell(f.extra) << " | ";
    out << md(f.unit) << " | " << md(std::string(words.meaning)) << " |\n";
  }
  hospital_table(out, tr("By hospital"), tr("Hospital"), r.hospital_metrics, r.by_hospital);
  hospital_table(out, tr("By profile, average per hospital (a hospital counts under each of its profiles)"), tr("Profile"), r.profile_metrics, r.by_profile);
  if (!r.comparison.empty()) {
    out << "\n### " << md(tr("Compared with other runs")) << "\n\n"
        << md(tr("This run beside each run compared, and each one's difference from this run (its value minus this run's)."))
        << "\n\n| " << md(tr("Figure")) << " | " << md(tr("This run")) << " |";
    for (const auto& t : r.compared_titles) out << " " << md(t) << " | " << md(tr("difference")) << " |";
    out << "\n|---|--:|";
    for (std::size_t i = 0; i < r.compared_titles.size(); ++i) out << "--:|--:|";
    out << "\n";
    for (const ComparisonRow& row : r.comparison) {
      out << "| " << md(std::string(metric_words(*row.metric).name)) << " | " << markdown_value_cell(row.value) << " |";
      for (std::size_t i = 0; i < row.others.size(); ++i)
        out << " " << markdown_value_cell(row.others[i]) << " | " << markdown_value_cell(row.differences[i]) << " |";
      out << "\n";
    }
  }
}

void findings(std::ostream& out, const std::vector<Finding>& by_evaluators, const std::vector<Finding>& measured) {
  auto list = [&](const std::vector<Finding>& items) {
    if (items.empty()) out << "_" << md(tr("None recorded.")) << "_\n";
    for (const Finding& f : items) {
      out << "- ";
      if (!f.objective.empty()) out << "**" << md(f.objective) << ":** ";
      out << md(f.text);
      if (!f.by.empty()) out << " _(" << md(f.by) << ")_";
      out << "\n";
    }
  };
  out << "### " << md(tr("From the evaluators")) << "\n\n";
  list(by_evaluators);
  out << "\n### " << md(tr("Measured by the simulation")) << "\n\n";
  list(measured);
}

void plan(std::ostream& out, const AfterActionReport& r) {
  heading(out, kPlan);
  if (r.plan.empty()) {
    out << "_" << md(tr("No issues recorded and none measured.")) << "_\n";
    return;
  }
  table_head(out, {tr("Core capability"), tr("Objective"), tr("Issue"), tr("Corrective action"), tr("Capability element"),
                   tr("Primary responsible organisation"), tr("Point of contact"), tr("Start"), tr("Completion"),
                   tr("Status")},
             {"---", "---", "---", "---", "---", "---", "---", "---", "---", "---"});
  bool any_proposed = false;
  for (const PlanRow& p : r.plan) {
    any_proposed = any_proposed || p.proposed;
    auto cell = [&](const std::string& v) { return v.empty() ? std::string("-") : p.proposed ? "_" + md(v) + "_" : md(v); };
    out << "| " << (p.capability.empty() ? "-" : md(p.capability)) << " | "
        << (p.objective.empty() ? md(tr("The exercise as a whole")) : md(p.objective)) << " | " << md(p.issue) << " | "
        << cell(p.corrective_action) << " | " << cell(p.element) << " | " << cell(p.organisation) << " | "
        << cell(p.owner) << " | " << cell(p.start) << " | " << cell(p.due) << " | "
        << (p.proposed ? "**" + md(tr("proposed")) + "**" : md(tr("recorded"))) << " |\n";
  }
  if (any_proposed)
    out << "\n"
        << md(fill(tr("Proposed rows were added by this report for objectives not met or rated M or U that have no row in the plan yet: the corrective action, capability element, organisation, point of contact and dates are {0}."),
                   {to_be_agreed()}))
        << "\n";
}

void notes(std::ostream& out, const AfterActionReport& r) {
  heading(out, kNotes);
  if (r.notes.empty()) {
    out << "_" << md(tr("No notes recorded.")) << "_\n";
    return;
  }
  table_head(out, {"T+", tr("Date and time"), tr("Entered"), tr("Note")}, {"---", "---", "---", "---"});
  for (const NoteEntry& n : r.notes)
    out << "| " << format_offset(n.at) << " | " << md(n.when) << " | " << (n.wall.empty() ? "-" : md(wall_text(n.wall)))
        << " | " << md(n.text) << " |\n";
}

void sources(std::ostream& out, const AfterActionReport& r) {
  if (r.sources.empty()) return;
  out << "\n## " << md(tr("Appendix: sources of the scenario")) << "\n\n";
  for (const Source& s : r.sources) {
    out << "- " << md(s.title);
    if (!s.url.empty()) out << " (" << md(s.url) << ")";
    out << "\n";
  }
}

}  // namespace

std::string report_markdown(const Save& save, const Exercise& exercise, const ReportScope& scope) {
  const AfterActionReport r = gather_after_action(save, exercise, scope);
  std::ostringstream out;
  out << "# " << md(fill(tr("After-action report: {0}"), {r.title})) << "\n\n"
      << md(tr("After-Action Report and Improvement Plan (HSEEP) of an EPD outage exercise, made by EPD Drill from the saved exercise."))
      << "\n";
  summary(out, r);
  overview(out, r);
  objectives(out, r);
  capabilities(out, r);
  timeline(out, r);
  figures(out, r);
  heading(out, kStrengths);
  findings(out, r.strengths_by_evaluators, r.strengths_measured);
  heading(out, kImprovements);
  findings(out, r.improvements_by_evaluators, r.improvements_measured);
  plan(out, r);
  notes(out, r);
  sources(out, r);
  return out.str();
}

}  // namespace epd::report

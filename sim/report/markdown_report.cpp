#include "report/markdown_report.h"

#include <sstream>

#include "report/after_action.h"
#include "report/text_escape.h"

namespace epd::report {
namespace {

std::string md(const std::string& text) { return markdown_escape(text); }

std::string joined(const std::vector<std::string>& items, const char* none) {
  if (items.empty()) return none;
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + md(i);
  return out;
}

void heading(std::ostream& out, std::size_t section) {
  out << "\n## " << section + 1 << ". " << kSectionTitles[section] << "\n\n";
}

void overview(std::ostream& out, const AfterActionReport& r) {
  heading(out, 0);
  for (const OverviewFact& f : overview_facts(r))
    out << "- **" << md(f.label) << ":** " << joined(f.items, f.none.c_str()) << "\n";
  out << "\n> " << md(r.scenario_summary) << "\n";
}

void objectives(std::ostream& out, const AfterActionReport& r) {
  heading(out, 1);
  out << "| Objective | Simulation's assessment | Evaluator's rating | Comment | By |\n"
      << "|---|---|---|---|---|\n";
  for (const ObjectiveEntry& o : r.objectives) {
    out << "| " << md(o.title) << " | **" << assessment_title(o.status) << "**";
    if (!o.detail.empty() && o.status != ObjectiveStatus::not_measurable) out << ": " << md(o.detail);
    std::string rating, comment, by;
    for (const EvaluatorRating& x : o.ratings) {
      const char* sep = rating.empty() ? "" : "<br>";
      rating += sep + md(rating_title(x.rating));
      comment += sep + (x.comment.empty() ? "-" : md(x.comment));
      by += sep + (x.by.empty() ? "-" : md(x.by));
    }
    if (o.ratings.empty()) rating = "not rated";
    out << " | " << rating << " | " << comment << " | " << by << " |\n";
  }
}

void timeline(std::ostream& out, const AfterActionReport& r) {
  heading(out, 2);
  bool walls = false;
  for (const auto& e : r.timeline) walls = walls || !e.wall.empty();
  out << "Simulated time since T0 and the scenario's own calendar; refused commands are marked with the engine's "
         "reason.\n\n";
  out << "| T+ | Date and time | Event | What | Who | Why |" << (walls ? " Entered |" : "") << "\n"
      << "|---|---|---|---|---|---|" << (walls ? "---|" : "") << "\n";
  for (const TimelineEntry& e : r.timeline) {
    const bool stand_out = e.kind == TimelineEntry::Kind::refused || e.kind == TimelineEntry::Kind::deadline_missed;
    out << "| " << format_offset(e.at) << " | " << e.when << " | "
        << (stand_out ? "**" + std::string(kind_title(e.kind)) + "**" : std::string(kind_title(e.kind))) << " | "
        << md(e.what);
    if (!e.refusal.empty()) out << ": **refused:** " << md(e.refusal);
    out << " | " << md(e.who) << " | " << md(e.why) << " |";
    if (walls) out << " " << md(wall_text(e.wall)) << " |";
    out << "\n";
  }
}

void figures(std::ostream& out, const AfterActionReport& r) {
  heading(out, 3);
  out << "At the end of the simulated period, for " << md(r.focus)
      << ". Every metric over time: `epd-drill report SAVE --format csv`.\n\n"
      << "| Figure | Value | Unit | Meaning |\n|---|--:|---|---|\n";
  for (const KeyFigure& f : r.figures)
    out << "| `" << f.metric->id << "` | " << md(f.value) << " | " << md(f.unit) << " | "
        << md(std::string(f.metric->meaning)) << " |\n";
  if (!r.by_hospital.empty()) {
    out << "\n### By hospital\n\n| Hospital |";
    for (const MetricDef* m : r.hospital_metrics) out << " `" << m->id << "` |";
    out << "\n|---|";
    for (std::size_t i = 0; i < r.hospital_metrics.size(); ++i) out << "--:|";
    out << "\n";
    for (const HospitalRow& row : r.by_hospital) {
      out << "| " << md(row.name) << " |";
      for (const auto& v : row.values) out << " " << md(v) << " |";
      out << "\n";
    }
  }
  if (!r.comparison.empty()) {
    out << "\n### Compared with other runs\n\nThis run beside each run compared, and each one's difference from this "
           "run (its value minus this run's).\n\n| Figure | This run |";
    for (const auto& t : r.compared_titles) out << " " << md(t) << " | difference |";
    out << "\n|---|--:|";
    for (std::size_t i = 0; i < r.compared_titles.size(); ++i) out << "--:|--:|";
    out << "\n";
    for (const ComparisonRow& row : r.comparison) {
      out << "| `" << row.metric->id << "` | " << md(row.value) << " |";
      for (std::size_t i = 0; i < row.others.size(); ++i) out << " " << md(row.others[i]) << " | " << md(row.differences[i]) << " |";
      out << "\n";
    }
  }
}

void findings(std::ostream& out, const std::vector<Finding>& by_evaluators, const std::vector<Finding>& measured) {
  auto list = [&](const std::vector<Finding>& items) {
    if (items.empty()) out << "_None recorded._\n";
    for (const Finding& f : items) {
      out << "- ";
      if (!f.objective.empty()) out << "**" << md(f.objective) << ":** ";
      out << md(f.text);
      if (!f.by.empty()) out << " _(" << md(f.by) << ")_";
      out << "\n";
    }
  };
  out << "### From the evaluators\n\n";
  list(by_evaluators);
  out << "\n### Measured by the simulation\n\n";
  list(measured);
}

void plan(std::ostream& out, const AfterActionReport& r) {
  heading(out, 6);
  if (r.plan.empty()) {
    out << "_No issues recorded and none measured._\n";
    return;
  }
  out << "| Objective | Issue | Corrective action | Owner | Due | Status |\n|---|---|---|---|---|---|\n";
  bool any_proposed = false;
  for (const PlanRow& p : r.plan) {
    any_proposed = any_proposed || p.proposed;
    auto cell = [&](const std::string& v) { return p.proposed ? "_" + md(v) + "_" : md(v); };
    out << "| " << (p.objective.empty() ? "The exercise as a whole" : md(p.objective)) << " | " << md(p.issue) << " | "
        << cell(p.corrective_action) << " | " << cell(p.owner) << " | " << cell(p.due) << " | "
        << (p.proposed ? "**proposed**" : "recorded") << " |\n";
  }
  if (any_proposed)
    out << "\n**Proposed** rows were added by this report for objectives not met or rated M or U that have no row "
           "in the plan yet: the corrective action, owner and due date are "
        << kToBeAgreed << ".\n";
}

void notes(std::ostream& out, const AfterActionReport& r) {
  heading(out, 7);
  if (r.notes.empty()) {
    out << "_No notes recorded._\n";
    return;
  }
  out << "| T+ | Date and time | Entered | Note |\n|---|---|---|---|\n";
  for (const NoteEntry& n : r.notes)
    out << "| " << format_offset(n.at) << " | " << n.when << " | " << (n.wall.empty() ? "-" : md(wall_text(n.wall)))
        << " | " << md(n.text) << " |\n";
}

void sources(std::ostream& out, const AfterActionReport& r) {
  if (r.sources.empty()) return;
  out << "\n## Appendix: sources of the scenario\n\n";
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
  out << "# After-action report: " << md(r.title) << "\n\n"
      << "After-Action Report and Improvement Plan (HSEEP) of an EPD outage exercise, made by EPD Drill from the "
         "saved exercise.\n";
  overview(out, r);
  objectives(out, r);
  timeline(out, r);
  figures(out, r);
  heading(out, 4);
  findings(out, r.strengths_by_evaluators, r.strengths_measured);
  heading(out, 5);
  findings(out, r.improvements_by_evaluators, r.improvements_measured);
  plan(out, r);
  notes(out, r);
  sources(out, r);
  return out.str();
}

}  // namespace epd::report

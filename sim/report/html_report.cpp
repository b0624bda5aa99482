#include "report/html_report.h"

#include <limits>
#include <sstream>

#include "engine/world.h"
#include "metrics/registry.h"
#include "report/after_action.h"
#include "report/exercise_words.h"
#include "report/html_page.h"
#include "report/svg_plot.h"
#include "report/text_escape.h"
#include "text/language.h"

namespace epd::report {
namespace {

std::string h(const std::string& text) { return html_escape(text); }
std::string h(std::string_view text) { return html_escape(text); }
std::string h(const char* text) { return html_escape(text); }

// The plots of section 4, those the registry has.
constexpr const char* kPlotted[] = {"ed_waiting",        "ed_los_median_24h_min", "lab_tat_median_24h_min",
                                    "medication_errors", "backentry_backlog",     "functions_down"};

void heading(std::ostream& out, std::size_t section) {
  out << "<section id=\"s" << section + 1 << "\"><h2><span class=\"num\">" << section + 1 << "</span>"
      << h(section_title(section)) << "</h2>\n";
}

std::string joined(const std::vector<std::string>& items, const std::string& none) {
  if (items.empty()) return "<span class=\"none\">" + h(none) + "</span>";
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + h(i);
  return out;
}

void summary(std::ostream& out, const AfterActionReport& r) {
  heading(out, kSummary);
  out << "<ul class=\"summary-facts\">\n";
  for (const std::string& line : r.summary) out << "<li>" << h(line) << "</li>\n";
  out << "</ul>\n</section>\n";
}

void overview(std::ostream& out, const AfterActionReport& r) {
  heading(out, kOverview);
  out << "<dl class=\"facts\">";
  for (const OverviewFact& f : overview_facts(r))
    out << "<dt>" << h(f.label) << "</dt><dd>" << joined(f.items, f.none) << "</dd>";
  out << "</dl>\n<blockquote class=\"summary\">" << h(r.scenario_summary) << "</blockquote>\n</section>\n";
}

std::string status_badge(ObjectiveStatus s) {
  static const char* kMark[] = {"&#10003; ", "&#10007; ", "&#9675; ", "&#8211; "};  // check, cross, circle, dash
  return "<span class=\"badge " + std::string(to_string(s)) + "\">" + kMark[static_cast<int>(s)] +
         h(assessment_title(s)) + "</span>";
}

std::string rating_html(const EvaluatorRating* x) {
  if (x == nullptr || x->rating == Rating::none)
    return "<span class=\"rating none\">" + h(rating_title(Rating::none)) + "</span>";
  return "<span class=\"rating\"><span class=\"letter\">" + std::string(to_string(x->rating)) + "</span>" +
         h(rating_words(x->rating)) + "</span>";
}

void objectives(std::ostream& out, const AfterActionReport& r) {
  heading(out, kObjectives);
  out << "<table><thead><tr><th style=\"width:28%\">" << h(tr("Objective")) << "</th><th style=\"width:26%\">"
      << h(tr("Simulation's assessment")) << "</th><th>" << h(tr("Evaluator's rating")) << "</th><th>" << h(tr("Comment"))
      << "</th><th>" << h(tr("By")) << "</th></tr></thead><tbody>\n";
  for (const ObjectiveEntry& o : r.objectives) {
    const std::size_t rows = std::max<std::size_t>(1, o.ratings.size());
    for (std::size_t k = 0; k < rows; ++k) {
      const EvaluatorRating* x = k < o.ratings.size() ? &o.ratings[k] : nullptr;
      out << "<tr>";
      if (k == 0) {
        const std::string span = rows > 1 ? " rowspan=\"" + std::to_string(rows) + "\"" : "";
        out << "<td" << span << ">" << h(o.title) << "<span class=\"detail id\">" << h(o.id) << "</span></td><td" << span
            << ">" << status_badge(o.status);
        if (!o.detail.empty() && o.status != ObjectiveStatus::not_measurable)
          out << "<span class=\"detail\">" << h(o.detail) << "</span>";
        out << "</td>";
      }
      out << "<td>" << rating_html(x) << "</td><td>" << (x ? h(x->comment) : "") << "</td><td>" << (x ? h(x->by) : "")
          << "</td></tr>\n";
    }
  }
  out << "</tbody></table>\n</section>\n";
}

const char* row_class(TimelineEntry::Kind k) {
  using K = TimelineEntry::Kind;
  switch (k) {
    case K::phase: return "phase";
    case K::inject: case K::inject_by_facilitator: case K::adhoc_inject: return "inject";
    case K::inject_held: case K::inject_released: case K::inject_skipped: return "inject-command";
    case K::decision: return "decision";
    case K::refused: return "refused";
    case K::deadline_met: return "deadline_met";
    case K::deadline_missed: return "deadline_missed";
    case K::situation: return "situation";
  }
  return "";
}

// HSEEP's analysis of capabilities: per core capability, its objectives with
// what was measured and rated, and what was found.
void capabilities(std::ostream& out, const AfterActionReport& r) {
  heading(out, kCapabilities);
  for (const CapabilityAnalysis& c : r.capabilities) {
    out << "<h3>" << h(c.name.empty() ? std::string(tr("Objectives that name no core capability")) : c.name) << "</h3>\n<ul>\n";
    for (std::size_t i : c.objectives) {
      const ObjectiveEntry& o = r.objectives[i];
      out << "<li><strong>" << h(o.title) << "</strong> " << status_badge(o.status);
      for (const EvaluatorRating& x : o.ratings) out << " " << rating_html(&x) << (x.by.empty() ? "" : " <span class=\"by\">(" + h(x.by) + ")</span>");
      out << "</li>\n";
    }
    out << "</ul>\n";
    for (const auto& [title, list] : {std::pair{tr("Strengths"), &c.strengths}, std::pair{tr("Areas for improvement"), &c.improvements}}) {
      if (list->empty()) continue;
      out << "<p><strong>" << h(title) << "</strong></p>\n<ul class=\"findings\">\n";
      for (const Finding& f : *list)
        out << "<li>" << h(f.text) << (f.by.empty() ? "" : " <span class=\"by\">(" + h(f.by) + ")</span>") << "</li>\n";
      out << "</ul>\n";
    }
  }
  out << "</section>\n";
}

void timeline(std::ostream& out, const AfterActionReport& r) {
  heading(out, kTimeline);
  bool walls = false;
  for (const auto& e : r.timeline) walls = walls || !e.wall.empty();
  out << "<p>"
      << h(tr("Simulated time since T0 and the scenario's own calendar. Injects are marked with a dashed blue edge, decisions with a dotted purple one, as in the plots; refused commands carry the engine's reason."))
      << "</p>\n<table><thead><tr><th>T+</th><th>" << h(tr("Date and time")) << "</th><th>" << h(tr("Event"))
      << "</th><th>" << h(tr("What")) << "</th><th>" << h(tr("Who")) << "</th><th>" << h(tr("Why")) << "</th>"
      << (walls ? "<th>" + h(tr("Entered")) + "</th>" : "") << "</tr></thead><tbody>\n";
  for (const TimelineEntry& e : r.timeline) {
    out << "<tr class=\"" << row_class(e.kind) << "\"><td class=\"time\">" << h(format_offset(e.at))
        << "</td><td class=\"when\">" << h(e.when) << "</td><td class=\"kind\">" << h(kind_title(e.kind)) << "</td><td>"
        << h(e.what);
    if (!e.refusal.empty()) out << "<br><span class=\"refusal\">" << h(tr("Refused")) << ": " << h(e.refusal) << "</span>";
    out << "</td><td>" << h(e.who) << "</td><td>" << h(e.why) << "</td>";
    if (walls) out << "<td class=\"when\">" << h(wall_text(e.wall)) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table>\n</section>\n";
}

// A table of hospitals (or profiles) by the columns `metrics`; nothing when there are no rows.
void hospital_table(std::ostream& out, const char* title, const char* first, const std::vector<const MetricDef*>& metrics,
                    const std::vector<HospitalRow>& rows) {
  if (rows.empty()) return;
  out << "<h3>" << h(title) << "</h3>\n<table><thead><tr><th>" << h(first) << "</th>";
  for (const MetricDef* m : metrics) out << "<th style=\"text-align:right\">" << h(metric_words(*m).name) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (const HospitalRow& row : rows) {
    out << "<tr><td>" << h(row.name) << "</td>";
    for (const auto& v : row.values) out << "<td class=\"num\">" << h(v) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void figures(std::ostream& out, const AfterActionReport& r, const Exercise& ex) {
  heading(out, kFigures);
  out << "<p>" << h(fill(tr("At the end of the simulated period ({0}), for {1}."), {format_offset(ex.now()), r.focus}))
      << "</p>\n";
  if (r.against_normal)
    out << "<p>" << h(tr("Normal operation: the same scenario and seed without the outage, over the same period; extra: this run's value minus normal operation's.")) << "</p>\n";
  out << "<table><thead><tr><th>" << h(tr("Figure")) << "</th><th style=\"text-align:right\">" << h(tr("Value")) << "</th>";
  if (r.against_normal)
    out << "<th style=\"text-align:right\">" << h(tr("Normal operation")) << "</th><th style=\"text-align:right\">"
        << h(tr("Extra")) << "</th>";
  out << "<th>" << h(tr("Unit")) << "</th><th>" << h(tr("Meaning")) << "</th></tr></thead><tbody>\n";
  for (const KeyFigure& f : r.figures) {
    const MetricWords words = metric_words(*f.metric);
    out << "<tr><td>" << h(words.name) << "</td><td class=\"num\">" << h(f.value) << "</td>";
    if (r.against_normal) out << "<td class=\"num\">" << h(f.normal) << "</td><td class=\"num\">" << h(f.extra) << "</td>";
    out << "<td>" << h(f.unit) << "</td><td>" << h(words.meaning) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  hospital_table(out, tr("By hospital"), tr("Hospital"), r.hospital_metrics, r.by_hospital);
  hospital_table(out, tr("By profile, average per hospital (a hospital counts under each of its profiles)"), tr("Profile"), r.profile_metrics, r.by_profile);
  if (!r.comparison.empty()) {
    out << "<h3>" << h(tr("Compared with other runs")) << "</h3>\n<p>"
        << h(tr("This run beside each run compared, and each one's difference from this run (its value minus this run's)."))
        << "</p>\n<table><thead><tr><th>" << h(tr("Figure")) << "</th><th style=\"text-align:right\">"
        << h(tr("This run")) << "</th>";
    for (const auto& t : r.compared_titles)
      out << "<th style=\"text-align:right\">" << h(t) << "</th><th style=\"text-align:right\">" << h(tr("difference"))
          << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const ComparisonRow& row : r.comparison) {
      out << "<tr><td>" << h(metric_words(*row.metric).name) << "</td><td class=\"num\">" << h(row.value) << "</td>";
      for (std::size_t i = 0; i < row.others.size(); ++i)
        out << "<td class=\"num\">" << h(row.others[i]) << "</td><td class=\"num\">" << h(row.differences[i]) << "</td>";
      out << "</tr>\n";
    }
    out << "</tbody></table>\n";
  }

  // Markers shared by every plot.
  LinePlot base;
  base.end = ex.now();
  base.start = ex.scenario().start;
  for (const Report& rep : ex.reports()) {
    const std::string line = hospital_prefix(ex.scenario(), rep) + report_line(ex, rep);
    if (rep.kind == ReportKind::inject_delivered) base.injects.push_back({rep.time, fill(tr("Inject: {0}"), {line})});
    if (rep.kind == ReportKind::decision_taken)
      base.decisions.push_back(
          {rep.time, fill(tr("Decision: {0}"), {line}) + (rep.by.empty() ? "" : " (" + who_words(ex.scenario(), rep.by) + ")")});
  }
  const MetricSeries& series = ex.world().series();
  const std::string inject_line =
      std::string("<svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" "
                  "stroke=\"") +
      kInjectColour + "\" stroke-width=\"2\" stroke-dasharray=\"" + kInjectDash + "\"/></svg>";
  const std::string decision_line =
      std::string("<svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" "
                  "stroke=\"") +
      kDecisionColour + "\" stroke-width=\"2.4\" stroke-dasharray=\"" + kDecisionDash + "\"/></svg>";
  out << "<h3>" << h(tr("Over the exercise")) << "</h3>\n<p>"
      << fill(h(tr("Every 15 simulated minutes. Vertical lines: {0} an inject delivered, {1} a decision taken (hover a line for what it was).")),
              {inject_line, decision_line})
      << "</p>\n";
  for (const char* id : kPlotted) {
    const int index = metric_index(id);
    if (index < 0 || static_cast<std::size_t>(index) >= series.metric_count()) continue;
    const MetricDef& m = metric_registry()[static_cast<std::size_t>(index)];
    const MetricWords words = metric_words(m);
    LinePlot plot = base;
    plot.unit = std::string(words.unit);
    plot.times = series.times();
    plot.values = series.values(static_cast<std::size_t>(index), r.focus_hospital);
    for (double& v : plot.values)
      if (no_point_in_series(m, v)) v = std::numeric_limits<double>::quiet_NaN();
    out << "<figure><figcaption><strong>" << h(words.name) << "</strong> " << h(words.meaning) << "</figcaption>"
        << svg_line_plot(plot, std::string(words.name)) << "</figure>\n";
  }
  out << "</section>\n";
}

void findings(std::ostream& out, const std::vector<Finding>& by_evaluators, const std::vector<Finding>& measured) {
  auto list = [&](const std::vector<Finding>& items) {
    if (items.empty()) {
      out << "<p class=\"none\">" << h(tr("None recorded.")) << "</p>\n";
      return;
    }
    out << "<ul class=\"findings\">\n";
    for (const Finding& f : items) {
      out << "<li>";
      if (!f.objective.empty()) out << "<strong>" << h(f.objective) << ":</strong> ";
      out << h(f.text);
      if (!f.by.empty()) out << " <span class=\"by\">(" << h(f.by) << ")</span>";
      out << "</li>\n";
    }
    out << "</ul>\n";
  };
  out << "<h3>" << h(tr("From the evaluators")) << "</h3>\n";
  list(by_evaluators);
  out << "<h3>" << h(tr("Measured by the simulation")) << "</h3>\n";
  list(measured);
  out << "</section>\n";
}

void plan(std::ostream& out, const AfterActionReport& r) {
  heading(out, kPlan);
  if (r.plan.empty()) {
    out << "<p class=\"none\">" << h(tr("No issues recorded and none measured.")) << "</p>\n</section>\n";
    return;
  }
  out << "<table><thead><tr>";
  for (const char* column : {tr("Core capability"), tr("Objective"), tr("Issue"), tr("Corrective action"),
                             tr("Capability element"), tr("Primary responsible organisation"), tr("Point of contact"),
                             tr("Start"), tr("Completion"), tr("Status")})
    out << "<th>" << h(column) << "</th>";
  out << "</tr></thead><tbody>\n";
  bool any_proposed = false;
  for (const PlanRow& p : r.plan) {
    any_proposed = any_proposed || p.proposed;
    const char* cell = p.proposed ? "<td class=\"tba\">" : "<td>";
    const auto shown = [](const std::string& v) { return v.empty() ? std::string("-") : h(v); };
    out << "<tr" << (p.proposed ? " class=\"proposed\"" : "") << "><td>" << shown(p.capability) << "</td><td>"
        << (p.objective.empty() ? h(tr("The exercise as a whole")) : h(p.objective)) << "</td><td>" << h(p.issue) << "</td>"
        << cell << shown(p.corrective_action) << "</td>" << cell << shown(p.element) << "</td>" << cell
        << shown(p.organisation) << "</td>" << cell << shown(p.owner) << "</td><td class=\"time" << (p.proposed ? " tba" : "")
        << "\">" << shown(p.start) << "</td><td class=\"time" << (p.proposed ? " tba" : "") << "\">" << shown(p.due) << "</td><td>"
        << (p.proposed ? "<span class=\"status-proposed\">" + h(tr("proposed")) + "</span>" : h(tr("recorded")))
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  if (any_proposed)
    out << "<p>"
        << h(fill(tr("Proposed rows were added by this report for objectives not met or rated M or U that have no row in the plan yet: the corrective action, capability element, organisation, point of contact and dates are {0}."),
                  {to_be_agreed()}))
        << "</p>\n";
  out << "</section>\n";
}

void notes(std::ostream& out, const AfterActionReport& r) {
  heading(out, kNotes);
  if (r.notes.empty()) {
    out << "<p class=\"none\">" << h(tr("No notes recorded.")) << "</p>\n</section>\n";
    return;
  }
  out << "<table><thead><tr><th>T+</th><th>" << h(tr("Date and time")) << "</th><th>" << h(tr("Entered")) << "</th><th>"
      << h(tr("Note")) << "</th></tr></thead><tbody>\n";
  for (const NoteEntry& n : r.notes)
    out << "<tr><td class=\"time\">" << h(format_offset(n.at)) << "</td><td class=\"when\">" << h(n.when)
        << "</td><td class=\"when\">" << (n.wall.empty() ? "-" : h(wall_text(n.wall))) << "</td><td>" << h(n.text)
        << "</td></tr>\n";
  out << "</tbody></table>\n</section>\n";
}

void sources(std::ostream& out, const AfterActionReport& r) {
  if (r.sources.empty()) return;
  out << "<section id=\"sources\"><h2><span class=\"num\">A</span>" << h(tr("Sources of the scenario"))
      << "</h2>\n<ol>\n";
  for (const Source& s : r.sources) {
    out << "<li>" << h(s.title);
    if (!s.url.empty()) out << " <span class=\"url\">" << h(s.url) << "</span>";
    out << "</li>\n";
  }
  out << "</ol>\n</section>\n";
}

}  // namespace

std::string report_html(const Save& save, const Exercise& exercise, const ReportScope& scope) {
  const AfterActionReport r = gather_after_action(save, exercise, scope);
  std::ostringstream out;
  out << html_page_start(fill(tr("After-action report: {0}"), {r.title}))
      << "<header class=\"cover\"><p class=\"kicker\">" << h(tr("After-Action Report / Improvement Plan (HSEEP)"))
      << "</p><h1>" << h(r.title) << "</h1><p class=\"subtitle\">" << h(r.scenario_title) << " &middot; "
      << joined(r.hospitals, "") << " &middot; " << h(fill(tr("{0} simulated"), {format_span(exercise.now(), true)}))
      << "</p></header>\n";
  out << "<nav class=\"toc\"><ol>";
  for (std::size_t s = 0; s < kSectionTitles.size(); ++s)
    out << "<li><a href=\"#s" << s + 1 << "\">" << h(section_title(s)) << "</a></li>";
  out << "</ol></nav>\n";
  summary(out, r);
  overview(out, r);
  objectives(out, r);
  capabilities(out, r);
  timeline(out, r);
  figures(out, r, exercise);
  heading(out, kStrengths);
  findings(out, r.strengths_by_evaluators, r.strengths_measured);
  heading(out, kImprovements);
  findings(out, r.improvements_by_evaluators, r.improvements_measured);
  plan(out, r);
  notes(out, r);
  sources(out, r);
  out << "<footer>"
      << h(fill(tr("Made by EPD Drill from the saved exercise: the scenario embedded in the save, seed {0}, and its command log, replayed to {1} (state {2}). The figures are the simulation's; ratings, comments and the plan are the evaluators'."),
                {std::to_string(r.seed), format_offset(exercise.now()), save.state}))
      << "</footer>\n"
      << html_page_end();
  return out.str();
}

}  // namespace epd::report

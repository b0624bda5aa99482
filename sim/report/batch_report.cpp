#include "report/batch_report.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

#include "metrics/registry.h"
#include "report/after_action.h"
#include "report/exercise_words.h"
#include "report/html_page.h"
#include "report/svg_plot.h"
#include "report/text_escape.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {
namespace {

// ---- The layout both documents share ------------------------------------------

struct BatchTable {
  std::vector<std::string> head;
  std::vector<std::vector<std::string>> rows;  // the first cell is text, the others figures
};

struct BatchSection {
  std::string title, intro;
  std::vector<std::pair<std::string, BatchTable>> tables;  // a subheading ("" for none) and its table
  bool fans = false;                                  // the fan charts (HTML) or their course by week (Markdown)
};

struct BatchLayout {
  std::string title, subtitle;
  std::vector<std::pair<std::string, std::string>> facts;
  std::vector<BatchSection> sections;
  std::string footer;
};

std::string plan_title(const BatchStats& s, std::size_t p) {
  const auto& plan = s.header.plans[p];
  if (plan.id == kNoResponseId) return tr("no response");
  if (plan.id == kNormalOperationId) return tr("normal operation");
  return plan.title.empty() ? plan.id : plan.title.now();
}

// A figure of a distribution as people read it ("12", "12.4", "3 h 33 min", "T+4d 12:30").
std::string figure(const MetricDef& m, double v) {
  if (!std::isfinite(v)) return "-";
  return metric_for_people(m, v).value;
}

// A signed difference: "+12.4", "-3", "-2 h 10 min".
std::string difference(const MetricDef& m, double d) {
  if (!std::isfinite(d)) return "-";
  if (m.kind == MetricKind::time || shown_as_span(m)) {
    const auto minutes = std::llround(std::fabs(d));
    return minutes == 0 ? "0" : (d > 0 ? "+" : "-") + format_span(minutes, true);
  }
  if (d == 0) return "0";
  const double a = std::fabs(d);
  return (d > 0 ? "+" : "-") + (a == std::floor(a) && a < 1e15 ? format_count(a) : format_decimal(a, 1));
}

std::vector<std::size_t> key_indices(const BatchStats& s) {
  std::vector<std::size_t> out;
  for (const MetricDef* m : key_metrics(s.header.hospitals.size() > 1)) out.push_back(static_cast<std::size_t>(m->key));
  return out;
}

const MetricDef& def(std::size_t m) { return metric_registry()[m]; }

// Whether a paired difference is clear at 95%: "lower (better)", "higher (worse)", ...; "no difference" where every seed gave the same
// (an interval of 0 to 0), else "not clear".
// `higher_is_better`: an objective's share met, deadlines met; every other key figure counts harm or delay.
const char* verdict(const PairedDifference& d, bool higher_is_better) {
  if (!std::isfinite(d.low)) return tr("not clear");
  if (d.low > 0 || d.high < 0)
    return d.mean < 0 ? (higher_is_better ? tr("lower (worse)") : tr("lower (better)"))
                      : (higher_is_better ? tr("higher (better)") : tr("higher (worse)"));
  return d.low == 0 && d.high == 0 ? tr("no difference") : tr("not clear");
}

BatchSection comparisons(const BatchStats& s) {
  BatchSection sec{tr("Plans compared on the same seeds"),
              tr("Each pair of plans played on the same seeds: the mean of the second plan's value minus the first's, run by run, with its 95% interval (a t-interval on the paired differences). Where the interval does not include 0, the difference is clear at that level."),
              {},
              false};
  for (const PlanComparison& c : s.comparisons) {
    BatchTable t{{tr("Figure"), fill(tr("{0}, mean"), {plan_title(s, c.a)}), fill(tr("{0}, mean"), {plan_title(s, c.b)}),
             tr("difference"), tr("95% interval"), tr("clear?")},
            {}};
    for (std::size_t m : key_indices(s)) {
      const PairedDifference& d = c.metrics[m];
      t.rows.push_back({std::string(metric_words(def(m)).name), figure(def(m), s.plans[c.a].metrics[m].mean),
                        figure(def(m), s.plans[c.b].metrics[m].mean), difference(def(m), d.mean),
                        difference(def(m), d.low) + " … " + difference(def(m), d.high),
                        verdict(d, def(m).id == std::string_view("deadlines_met"))});
    }
    for (std::size_t o = 0; o < c.objectives.size(); ++o) {
      const PairedDifference& d = c.objectives[o];
      const auto share = [&](std::size_t p) { return objective_share(s, p, o); };
      const auto points = [](double x) {
        return std::isfinite(x) ? (x > 0 ? "+" : x < 0 ? "-" : "") + format_decimal(std::fabs(100 * x), 0) + "%" : "-";
      };
      // Each plan's share is over its own decided runs, the difference over the seeds decided with both.
      const std::string over = d.n == s.seeds ? std::string()
                                              : " " + fill(tr("(over {0} of {1} seeds)"), {std::to_string(d.n), std::to_string(s.seeds)});
      t.rows.push_back({fill(tr("Objective met: {0}"), {s.header.objective_titles[o].now()}), format_share(share(c.a)),
                        format_share(share(c.b)), points(d.mean) + over, points(d.low) + " … " + points(d.high),
                        verdict(d, true)});
    }
    sec.tables.push_back({fill(tr("{0} against {1}"), {plan_title(s, c.b), plan_title(s, c.a)}), std::move(t)});
  }
  return sec;
}

BatchSection objectives(const BatchStats& s) {
  BatchSection sec{tr("Objectives met"),
                   tr("The share of runs in which the simulation found each objective met, of the runs in which it was decided: an objective still pending when the runs stopped, or left to the evaluator, is not counted (\"-\" when it was decided in none)."),
                   {},
                   false};
  BatchTable t{{tr("Objective")}, {}};
  for (std::size_t p = 0; p < s.plans.size(); ++p) t.head.push_back(plan_title(s, p));
  for (std::size_t o = 0; o < s.header.objectives.size(); ++o) {
    std::vector<std::string> row{s.header.objective_titles[o].now()};
    for (std::size_t p = 0; p < s.plans.size(); ++p) {
      const std::uint64_t decided = objective_decided(s, p, o);
      const std::string share = format_share(objective_share(s, p, o));
      row.push_back(decided == s.seeds || decided == 0
                        ? share
                        : fill(tr("{0} (decided in {1} of {2} runs)"), {share, std::to_string(decided), std::to_string(s.seeds)}));
    }
    t.rows.push_back(std::move(row));
  }
  sec.tables.push_back({"", std::move(t)});
  return sec;
}

BatchSection distributions(const BatchStats& s) {
  BatchSection sec{tr("Distributions of the outcome"),
              tr("At the end of the simulated period, over the runs of each plan: the mean, the standard deviation, the percentiles (5, 25, 50 = the median, 75, 95), the lowest and the highest. Runs counts the runs in which the figure has a value (a moment that did not come has none)."),
              {},
              false};
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    BatchTable t{{tr("Figure"), tr("runs"), tr("mean"), tr("sd"), "p5", "p25", tr("median"), "p75", "p95", tr("lowest"), tr("highest")}, {}};
    for (std::size_t m : key_indices(s)) {
      const Distribution& d = s.plans[p].metrics[m];
      const MetricDef& md = def(m);
      t.rows.push_back({std::string(metric_words(md).name), format_count(static_cast<double>(d.n)), figure(md, d.mean),
                        std::isfinite(d.sd) ? (md.kind == MetricKind::time || shown_as_span(md)
                                                   ? format_span(std::llround(d.sd), true)
                                                   : format_decimal(d.sd, 1))
                                            : "-",
                        figure(md, d.p5), figure(md, d.p25), figure(md, d.median), figure(md, d.p75), figure(md, d.p95),
                        figure(md, d.min), figure(md, d.max)});
    }
    sec.tables.push_back({plan_title(s, p), std::move(t)});
  }
  return sec;
}

// In a region: each hospital's medians of the after-action report's columns by hospital, per plan.
BatchSection by_hospital(const BatchStats& s) {
  BatchSection sec{tr("By hospital"), tr("The median over the runs of each plan, hospital by hospital."), {}, false};
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    BatchTable t{{tr("Hospital")}, {}};
    for (const MetricDef* m : hospital_metrics()) t.head.emplace_back(metric_words(*m).name);
    for (std::size_t k = 0; k < s.header.hospitals.size(); ++k) {
      std::vector<std::string> row{s.header.hospital_names[k].now()};
      for (const MetricDef* m : hospital_metrics())
        row.push_back(figure(*m, s.plans[p].hospitals[k][static_cast<std::size_t>(m->key)].median));
      t.rows.push_back(std::move(row));
    }
    sec.tables.push_back({plan_title(s, p), std::move(t)});
  }
  return sec;
}

BatchLayout layout(const BatchStats& s) {
  BatchLayout l;
  const BatchHeader& h = s.header;
  l.title = fill(tr("Many runs: {0}"), {h.title.now()});
  std::string plans;
  for (std::size_t p = 0; p < h.plans.size(); ++p) plans += (p ? ", " : "") + plan_title(s, p);
  l.subtitle = fill(tr("{0} seeds for each plan: {1}"), {format_count(static_cast<double>(s.seeds)), plans});
  std::string hospitals;
  for (std::size_t k = 0; k < h.hospitals.size() && k < 12; ++k) hospitals += (k ? ", " : "") + h.hospital_names[k].now();
  if (h.hospitals.size() > 12) hospitals += fill(tr(" and {0} more"), {std::to_string(h.hospitals.size() - 12)});
  const std::uint64_t last = s.seeds ? h.first_seed + s.seeds - 1 : h.first_seed;
  l.facts = {{tr("Scenario"), h.title.now() + " (" + h.scenario + ")"},
             {h.hospitals.size() == 1 ? tr("Hospital") : tr("Hospitals"), hospitals},
             {tr("Simulated period"), fill(tr("{0} from T0 ({1})"), {format_span(h.until, true), format_datetime(h.start)})},
             {tr("Seeds"), s.seeds ? fill(tr("{0} to {1}, the same for every plan"), {std::to_string(h.first_seed), std::to_string(last)})
                                   : tr("none finished")},
             {tr("Plans"), plans}};
  if (s.partial)
    l.facts.push_back({tr("Partial"), fill(tr("stopped early (interrupted, or memory ran out): {0} of the {1} seeds asked for were finished"),
                                           {std::to_string(s.seeds), std::to_string(h.runs)})});
  if (s.comparisons.size() > 0) l.sections.push_back(comparisons(s));
  l.sections.push_back(objectives(s));
  l.sections.push_back(distributions(s));
  if (s.header.hospitals.size() > 1) l.sections.push_back(by_hospital(s));
  l.sections.push_back({tr("Over the exercise"),
                        tr("The course over the runs, hour by hour: the line is the median, the dark band holds the middle half of the runs (25th to 75th percentile), the light band nine runs in ten (5th to 95th)."),
                        {},
                        true});
  l.footer = fill(tr("Made by EPD Drill from {0} runs of the scenario (SHA-256 {1}); each plan played on the same seeds. The figures are the simulation's."),
                  {std::to_string(s.seeds * h.plans.size()), h.scenario_sha256.substr(0, 12)});
  return l;
}

// The fan of series metric `m` for every plan.
FanPlot fan_plot(const BatchStats& s, std::size_t m) {
  FanPlot f;
  const MetricDef& md = *find_metric(s.header.series[m]);
  f.unit = std::string(metric_words(md).unit);
  f.end = s.header.until;
  f.start = s.header.start;
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    const Fan& fan = s.plans[p].series[m];
    f.plans.push_back({plan_title(s, p), kBatchSeriesStep, fan.p5, fan.p25, fan.median, fan.p75, fan.p95});
  }
  return f;
}

// ---- Markdown ---------------------------------------------------------------------

std::string md(const std::string& text) { return markdown_escape(text); }

void md_table(std::ostream& out, const BatchTable& t) {
  out << "|";
  for (const std::string& c : t.head) out << " " << md(c) << " |";
  out << "\n|";
  for (std::size_t i = 0; i < t.head.size(); ++i) out << (i == 0 ? "---" : "---:") << "|";
  out << "\n";
  for (const auto& row : t.rows) {
    out << "|";
    for (std::size_t i = 0; i < row.size(); ++i) out << " " << (i ? markdown_value_cell(row[i]) : md(row[i])) << " |";
    out << "\n";
  }
}

// When the Markdown course is read: every day of the first ten, where an outage does its harm and a lab's
// turnaround is back to normal within a week, then every week; every 6 hours in a run of two days or less, every
// hour in one of 6 hours or less; and the end, as in the tables above (the last hourly sample when the run ends
// between two).
std::vector<SimTime> course_times(SimTime until) {
  std::vector<SimTime> at;
  if (until <= 6 * kHour) {
    for (SimTime t = kHour; t <= until; t += kHour) at.push_back(t);
  } else if (until <= 2 * kDay) {
    for (SimTime t = 6 * kHour; t <= until; t += 6 * kHour) at.push_back(t);
  } else {
    for (SimTime t = kDay; t <= until && t <= 10 * kDay; t += kDay) at.push_back(t);
    for (SimTime t = 14 * kDay; t <= until; t += 7 * kDay) at.push_back(t);
  }
  const SimTime end = until / kBatchSeriesStep * kBatchSeriesStep;
  if (end > 0 && (at.empty() || at.back() != end)) at.push_back(end);
  return at;
}

// The fans in Markdown: the median and the middle half, day by day, then week by week.
void md_course(std::ostream& out, const BatchStats& s) {
  if (course_times(s.header.until).empty()) {  // kept hour by hour: a batch of less than an hour has no course
    out << "\n" << md(tr("The runs are shorter than an hour: the course is kept hour by hour.")) << "\n";
    return;
  }
  for (std::size_t m = 0; m < s.header.series.size(); ++m) {
    const MetricDef& md_def = *find_metric(s.header.series[m]);
    BatchTable t{{tr("At")}, {}};
    for (std::size_t p = 0; p < s.plans.size(); ++p) t.head.push_back(fill(tr("{0}: median (p25–p75)"), {plan_title(s, p)}));
    for (const SimTime at : course_times(s.header.until)) {
      const std::size_t i = static_cast<std::size_t>(at / kBatchSeriesStep);
      std::vector<std::string> row{format_offset(at)};
      for (const PlanStats& ps : s.plans)
        row.push_back(figure(md_def, ps.series[m].median[i]) + " (" + figure(md_def, ps.series[m].p25[i]) + "–" +
                      figure(md_def, ps.series[m].p75[i]) + ")");
      t.rows.push_back(std::move(row));
    }
    out << "\n### " << md(std::string(metric_words(md_def).name)) << "\n\n";
    md_table(out, t);
  }
}

// ---- HTML ----------------------------------------------------------------------------

std::string h(const std::string& text) { return html_escape(text); }

void html_table(std::ostream& out, const BatchTable& t) {
  out << "<table><thead><tr>";
  for (std::size_t i = 0; i < t.head.size(); ++i)
    out << "<th" << (i ? " style=\"text-align:right\"" : "") << ">" << h(t.head[i]) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "<td class=\"num\">" : "<td>") << h(row[i]) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

// ---- CSV --------------------------------------------------------------------------

std::string plain(double v) {
  if (!std::isfinite(v)) return "";
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string csv_row(std::initializer_list<std::string> cells) {
  std::string out;
  for (const std::string& c : cells) out += (out.empty() ? "" : ",") + csv_field(c);
  return out + "\r\n";
}

std::string distribution_row(const std::string& plan, const std::string& hospital, const std::string& id, const Distribution& d) {
  return csv_row({plan, hospital, "metric", id, std::to_string(d.n), plain(d.mean), plain(d.sd), plain(d.median),
                  plain(d.p5), plain(d.p25), plain(d.p75), plain(d.p95), plain(d.min), plain(d.max)});
}

}  // namespace

std::string batch_report_markdown(const BatchStats& s) {
  const BatchLayout l = layout(s);
  std::ostringstream out;
  out << "# " << md(l.title) << "\n\n" << md(l.subtitle) << "\n\n";
  for (const auto& [label, value] : l.facts) out << "- **" << md(label) << ":** " << md(value) << "\n";
  for (std::size_t i = 0; i < l.sections.size(); ++i) {
    const BatchSection& sec = l.sections[i];
    out << "\n## " << i + 1 << ". " << md(sec.title) << "\n\n" << md(sec.intro) << "\n";
    for (const auto& [sub, table] : sec.tables) {
      if (!sub.empty()) out << "\n### " << md(sub) << "\n";
      out << "\n";
      md_table(out, table);
    }
    if (sec.fans) md_course(out, s);
  }
  out << "\n---\n\n" << md(l.footer) << "\n";
  return out.str();
}

std::string batch_report_html(const BatchStats& s) {
  const BatchLayout l = layout(s);
  std::ostringstream out;
  // Plan titles head the columns: let them wrap, and keep the figure's name readable.
  out << html_page_start(l.title, "table { font-size: 12.5px; } th, td { padding: 5px 6px; } thead th { white-space: normal; vertical-align: bottom; } "
                                  "td:first-child { min-width: 11em; }\n") << "<header class=\"cover\"><p class=\"kicker\">" << h(tr("Many runs of a scenario"))
      << "</p><h1>" << h(l.title) << "</h1><p class=\"subtitle\">" << h(l.subtitle) << "</p></header>\n<dl class=\"facts\">";
  for (const auto& [label, value] : l.facts) out << "<dt>" << h(label) << "</dt><dd>" << h(value) << "</dd>";
  out << "</dl>\n";
  for (std::size_t i = 0; i < l.sections.size(); ++i) {
    const BatchSection& sec = l.sections[i];
    out << "<section id=\"s" << i + 1 << "\"><h2><span class=\"num\">" << i + 1 << "</span>" << h(sec.title)
        << "</h2>\n<p>" << h(sec.intro) << "</p>\n";
    for (const auto& [sub, table] : sec.tables) {
      if (!sub.empty()) out << "<h3>" << h(sub) << "</h3>\n";
      html_table(out, table);
    }
    if (sec.fans)
      for (std::size_t m = 0; m < s.header.series.size(); ++m) {
        const MetricWords words = metric_words(*find_metric(s.header.series[m]));
        out << "<figure><figcaption><strong>" << h(std::string(words.name)) << "</strong> " << h(std::string(words.meaning))
            << "</figcaption>" << svg_fan_plot(fan_plot(s, m), std::string(words.name)) << "</figure>\n";
      }
    out << "</section>\n";
  }
  out << "<footer>" << h(l.footer) << "</footer>\n" << html_page_end();
  return out.str();
}

std::string batch_distributions_csv(const BatchStats& s) {
  const BatchHeader& hd = s.header;
  std::string out = csv_row({"plan", "hospital", "kind", "id", "n", "mean", "sd", "median", "p5", "p25", "p75", "p95", "min", "max"});
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    const PlanStats& ps = s.plans[p];
    for (std::size_t m = 0; m < ps.metrics.size(); ++m) out += distribution_row(hd.plans[p].id, "", hd.metrics[m], ps.metrics[m]);
    for (std::size_t o = 0; o < ps.objectives_met.size(); ++o)
      out += csv_row({hd.plans[p].id, "", "objective", hd.objectives[o], std::to_string(objective_decided(s, p, o)),
                      plain(objective_share(s, p, o)), "", "", "", "", "", "", "", ""});
    for (std::size_t k = 0; k < ps.hospitals.size(); ++k)
      for (std::size_t m = 0; m < ps.hospitals[k].size(); ++m)
        out += distribution_row(hd.plans[p].id, hd.hospitals[k], hd.metrics[m], ps.hospitals[k][m]);
  }
  return out;
}

std::string batch_comparisons_csv(const BatchStats& s) {
  const BatchHeader& hd = s.header;
  std::string out = csv_row({"a", "b", "kind", "id", "n", "mean_difference", "sd", "low95", "high95"});
  const auto row = [&](const PlanComparison& c, const char* kind, const std::string& id, const PairedDifference& d) {
    out += csv_row({hd.plans[c.a].id, hd.plans[c.b].id, kind, id, std::to_string(d.n), plain(d.mean), plain(d.sd),
                    plain(d.low), plain(d.high)});
  };
  for (const PlanComparison& c : s.comparisons) {
    for (std::size_t m = 0; m < c.metrics.size(); ++m) row(c, "metric", hd.metrics[m], c.metrics[m]);
    for (std::size_t o = 0; o < c.objectives.size(); ++o) row(c, "objective", hd.objectives[o], c.objectives[o]);
  }
  return out;
}

std::string batch_series_csv(const BatchStats& s) {
  const BatchHeader& hd = s.header;
  std::string out = csv_row({"plan", "metric", "t_min", "t", "p5", "p25", "median", "p75", "p95"});
  for (std::size_t p = 0; p < s.plans.size(); ++p)
    for (std::size_t m = 0; m < s.plans[p].series.size(); ++m) {
      const Fan& f = s.plans[p].series[m];
      for (std::size_t i = 0; i < f.median.size(); ++i) {
        const SimTime t = static_cast<SimTime>(i) * kBatchSeriesStep;
        out += csv_row({hd.plans[p].id, hd.series[m], std::to_string(t), format_offset(t), plain(f.p5[i]), plain(f.p25[i]),
                        plain(f.median[i]), plain(f.p75[i]), plain(f.p95[i])});
      }
    }
  return out;
}

}  // namespace epd::report

// The MSEL as one self-contained HTML page in the after-action report's look
// (html_page.h), printed landscape: an MSEL is a wide table. Every text from
// the scenario or the plan is escaped.

#include <sstream>

#include "report/html_page.h"
#include "report/msel_formats.h"
#include "report/text_escape.h"

namespace epd::report {
namespace {

std::string h(const std::string& text) { return html_escape(text); }

// What only the MSEL needs on top of the shared style.
constexpr const char* kMselStyle = R"(
table.msel { table-layout: fixed; }
table.msel thead th { white-space: normal; }
table.msel td { overflow-wrap: break-word; }
table.msel .id { overflow-wrap: anywhere; }
td.moment .t { display: block; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.moment .date { display: block; color: var(--muted); font-size: 13px; }
td.moment .trigger { display: block; margin-top: 3px; font-size: 12.5px; }
tr.conditional td.moment { border-left: 4px dashed var(--inject); }
td .from { font-weight: 600; }
td .to, td .law { display: block; color: var(--muted); font-size: 12.5px; }
td .title { display: block; font-weight: 600; }
ul.cell { margin: 0; padding-left: 16px; }
ul.cell li { margin: 0 0 2px; }
.plan { margin-top: 6px; padding-top: 4px; border-top: 1px dotted var(--decision); font-size: 12.5px; }
.plan .label { font-weight: 600; color: var(--muted); }
td.notes { font-size: 13px; color: #374151; }
div.briefing { margin: 16px 0 0; padding: 10px 16px; border: 1.5px solid var(--rule); border-left: 4px solid var(--inject); }
div.briefing h3 { margin: 0 0 4px; font-size: 14px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
@media print { @page { size: A4 landscape; margin: 12mm; } }
)";

std::string items(const std::vector<std::string>& list) {
  if (list.empty()) return "";
  std::string out = "<ul class=\"cell\">";
  for (const std::string& i : list) out += "<li>" + h(i) + "</li>";
  return out + "</ul>";
}

std::string plan_block(const std::vector<MselCommand>& plan) {
  if (plan.empty()) return "";
  std::string out = "<div class=\"plan\"><span class=\"label\">" + h(tr("Plan:")) + "</span><ul class=\"cell\">";
  for (const MselCommand& c : plan) out += "<li>" + h(msel_command_line(c)) + "</li>";
  return out + "</ul></div>";
}

std::string moment(const std::optional<SimTime>& at, const std::string& when) {
  if (!at) return "";
  return "<span class=\"t\">" + h(format_offset(*at)) + "</span><span class=\"date\">" + h(when) + "</span>";
}

// `widths`: each column's share of the page, in percent (the inject's text needs the most).
template <std::size_t N>
void table_head(std::ostream& out, const std::array<const char*, N>& columns, const std::array<int, N>& widths) {
  out << "<table class=\"msel\"><colgroup>";
  for (const int w : widths) out << "<col style=\"width:" << w << "%\">";
  out << "</colgroup><thead><tr>";
  for (const char* c : columns) out << "<th>" << h(tr(c)) << "</th>";
  out << "</tr></thead><tbody>\n";
}

void inject_row(std::ostream& out, const MselInject& i) {
  const std::string to = msel_joined(i.to, ", ");
  out << "<tr" << (i.at ? "" : " class=\"conditional\"") << "><td class=\"moment\">" << moment(i.at, i.when);
  if (!i.trigger.empty()) out << "<span class=\"trigger\">" << h(fill(tr("Trigger: {0}"), {i.trigger})) << "</span>";
  out << "</td><td><span class=\"from\">" << h(i.from) << "</span>";
  if (!to.empty()) out << "<span class=\"to\">" << h(fill(tr("To: {0}"), {to})) << "</span>";
  out << "</td><td><span class=\"title\">" << h(i.title) << "</span>" << h(i.text) << "<span class=\"detail id\">"
      << h(i.id) << "</span></td><td>" << items(i.expected) << plan_block(i.plan) << "</td><td>" << items(i.objectives)
      << "</td><td class=\"notes\">" << h(i.notes) << "</td></tr>\n";
}

void deadline_row(std::ostream& out, const MselDeadline& d) {
  out << "<tr><td><span class=\"title\">" << h(d.title) << "</span><span class=\"law\">" << h(d.law)
      << "</span></td><td>" << h(d.starts) << "</td><td class=\"time\">" << h(d.within) << "</td><td class=\"moment\">"
      << moment(d.due, d.due_when) << "</td><td>" << items(d.met_by) << plan_block(d.plan) << "</td><td>"
      << items(d.objectives) << "</td></tr>\n";
}

}  // namespace

std::string msel_html(const Msel& m) {
  std::ostringstream out;
  out << html_page_start(fill(tr("MSEL: {0}"), {m.title}), kMselStyle) << "<header class=\"cover\"><p class=\"kicker\">"
      << h(tr("Master scenario events list (MSEL) for a paper drill")) << "</p><h1>" << h(m.title) << "</h1></header>\n"
      << "<dl class=\"facts\">";
  for (const auto& [label, value] : msel_facts(m)) out << "<dt>" << h(label) << "</dt><dd>" << h(value) << "</dd>";
  out << "</dl>\n<blockquote class=\"summary\">" << h(m.summary) << "</blockquote>\n";
  if (!m.briefing.empty())
    out << "<div class=\"briefing\"><h3>" << h(tr("Briefing for the facilitator")) << "</h3><p>" << h(m.briefing)
        << "</p></div>\n";
  out << "<section id=\"injects\"><h2>" << h(tr("Injects")) << "</h2>\n<p>" << h(msel_inject_intro(m)) << "</p>\n";
  if (!m.injects.empty()) {
    table_head(out, kMselInjectColumns, {14, 12, 25, 19, 15, 15});
    for (const MselInject& i : m.injects) inject_row(out, i);
    out << "</tbody></table>\n";
  }
  out << "</section>\n";
  if (!m.deadlines.empty()) {
    out << "<section id=\"deadlines\"><h2>" << h(tr("Legal deadlines (duty to notify)")) << "</h2>\n";
    table_head(out, kMselDeadlineColumns, {22, 20, 8, 15, 22, 13});
    for (const MselDeadline& d : m.deadlines) deadline_row(out, d);
    out << "</tbody></table>\n</section>\n";
  }
  if (!m.other_commands.empty()) {
    out << "<section id=\"plan\"><h2>" << h(tr("Other commands of the plan")) << "</h2>\n<p>"
        << h(tr("The plan's commands that answer no inject and meet no deadline.")) << "</p>\n<ul>\n";
    for (const MselCommand& c : m.other_commands) out << "<li>" << h(msel_command_line(c)) << "</li>\n";
    out << "</ul>\n</section>\n";
  }
  out << "<footer>" << h(msel_made_by(m)) << "</footer>\n" << html_page_end();
  return out.str();
}

}  // namespace epd::report

// The MSEL as Markdown: GitHub renders it; every text from the scenario or
// the plan is escaped, so it shows as written.

#include <sstream>

#include "report/msel_formats.h"
#include "report/text_escape.h"

namespace epd::report {
namespace {

std::string md(const std::string& text) { return markdown_escape(text); }

// Items of a table cell, one a line.
std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "<br>") + md(i);
  return out;
}

template <std::size_t N>
void table_head(std::ostream& out, const std::array<const char*, N>& columns) {
  out << "|";
  for (const char* c : columns) out << " " << md(tr(c)) << " |";
  out << "\n|";
  for (std::size_t i = 0; i < N; ++i) out << "---|";
  out << "\n";
}

// The plan's commands under what the scenario expects.
std::string with_plan(std::string cell, const std::vector<MselCommand>& plan) {
  for (std::size_t k = 0; k < plan.size(); ++k)
    cell += (cell.empty() && k == 0 ? "" : "<br>") + (k == 0 ? "**" + md(tr("Plan:")) + "** " : "") +
            md(msel_command_line(plan[k]));
  return cell;
}

std::string moment(const std::optional<SimTime>& at, const std::string& when) {
  return at ? md(format_offset(*at)) + "<br>" + md(when) : "";
}

void inject_row(std::ostream& out, const MselInject& i) {
  std::string when = moment(i.at, i.when);
  if (!i.trigger.empty()) when += (when.empty() ? "" : "<br>") + md(fill(tr("Trigger: {0}"), {i.trigger}));
  const std::string to = msel_joined(i.to, ", ");
  out << "| " << when << " | **" << md(i.from) << "**" << (to.empty() ? "" : "<br>" + md(fill(tr("To: {0}"), {to})))
      << " | **" << md(i.title) << "**<br>" << md(i.text) << " | " << with_plan(lines(i.expected), i.plan) << " | "
      << lines(i.objectives) << " | " << md(i.notes) << " |\n";
}

void deadline_row(std::ostream& out, const MselDeadline& d) {
  out << "| **" << md(d.title) << "**<br>" << md(d.law) << " | " << md(d.starts) << " | " << md(d.within) << " | "
      << moment(d.due, d.due_when) << " | " << with_plan(lines(d.met_by), d.plan) << " | " << lines(d.objectives)
      << " |\n";
}

}  // namespace

std::string msel_markdown(const Msel& m) {
  std::ostringstream out;
  out << "# " << md(fill(tr("MSEL: {0}"), {m.title})) << "\n\n_" << md(tr("Master scenario events list (MSEL) for a paper drill"))
      << "_\n\n";
  for (const auto& [label, value] : msel_facts(m)) out << "- **" << md(label) << ":** " << md(value) << "\n";
  out << "\n> " << md(m.summary) << "\n";
  if (!m.briefing.empty()) out << "\n**" << md(tr("Briefing for the facilitator")) << ":** " << md(m.briefing) << "\n";
  out << "\n## " << md(tr("Injects")) << "\n\n" << md(msel_inject_intro(m)) << "\n\n";
  if (!m.injects.empty()) table_head(out, kMselInjectColumns);
  for (const MselInject& i : m.injects) inject_row(out, i);
  if (!m.deadlines.empty()) {
    out << "\n## " << md(tr("Legal deadlines (duty to notify)")) << "\n\n";
    table_head(out, kMselDeadlineColumns);
    for (const MselDeadline& d : m.deadlines) deadline_row(out, d);
  }
  if (!m.other_commands.empty()) {
    out << "\n## " << md(tr("Other commands of the plan")) << "\n\n"
        << md(tr("The plan's commands that answer no inject and meet no deadline.")) << "\n\n";
    for (const MselCommand& c : m.other_commands) out << "- " << md(msel_command_line(c)) << "\n";
  }
  out << "\n---\n\n" << md(msel_made_by(m)) << "\n";
  return out.str();
}

}  // namespace epd::report

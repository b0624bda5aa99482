// The MSEL as CSV for a spreadsheet (RFC 4180, as csv_export.h): the column
// names are ids that never change with the language; the cells are the
// MSEL's words, in the current language.

#include "report/msel_formats.h"
#include "report/text_escape.h"

namespace epd::report {
namespace {

constexpr const char* kHeader =
    "kind,id,t_min,t,date_time,trigger,within,from,to,title,text,expected_actions,plan_commands,objectives,"
    "facilitator_notes\r\n";

std::string joined(const std::vector<std::string>& items) { return msel_joined(items, "; "); }

std::string commands(const std::vector<MselCommand>& plan) {
  std::vector<std::string> lines;
  for (const MselCommand& c : plan) lines.push_back(msel_command_line(c));
  return joined(lines);
}

// One row: the kind, the id, the moment (three columns, empty when not fixed), then the rest as text.
std::string row(const char* kind, const std::string& id, const std::optional<SimTime>& at, const std::string& when,
                std::initializer_list<std::string> rest) {
  std::string out = std::string(kind) + "," + csv_field(id) + ",";
  if (at) out += std::to_string(*at) + "," + csv_field(format_offset(*at)) + "," + csv_field(when);
  else out += ",,";
  for (const std::string& field : rest) out += "," + csv_field(field);
  return out + "\r\n";
}

}  // namespace

std::string msel_csv(const Msel& m) {
  std::string out = kHeader;
  for (const MselInject& i : m.injects)
    out += row("inject", i.id, i.at, i.when,
               {i.trigger, "", i.from, joined(i.to), i.title, i.text, joined(i.expected), commands(i.plan),
                joined(i.objectives), i.notes});
  for (const MselDeadline& d : m.deadlines)
    out += row("deadline", d.id, d.due, d.due_when,
               {d.starts, d.within, "", "", d.title, d.law, joined(d.met_by), commands(d.plan), joined(d.objectives), ""});
  for (const MselCommand& c : m.other_commands)
    out += row("command", "", c.at, c.when, {"", "", c.by, "", c.what, "", "", "", "", ""});
  return out;
}

}  // namespace epd::report

#include "cli/timeline.h"

#include <algorithm>
#include <string>

#include "metrics/registry.h"
#include "report/exercise_words.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {
namespace {

// The label shown in the timeline (its English in lower case, shown in
// capitals), or nullptr for reports it leaves out.
const char* label(ReportKind k) {
  switch (k) {
    case ReportKind::phase_changed: return tr_later("phase");
    case ReportKind::inject_delivered: return tr_later("inject");
    case ReportKind::inject_held: return tr_later("held");
    case ReportKind::inject_skipped: return tr_later("skipped");
    case ReportKind::decision_taken: return tr_later("decision");
    case ReportKind::decision_refused: return tr_later("refused");
    case ReportKind::component_changed: return tr_later("it");
    case ReportKind::fallback_active: return tr_later("fallback");
    case ReportKind::fallback_ended: return tr_later("fallback");
    case ReportKind::paper_kits_exhausted: return tr_later("kits");
    case ReportKind::paper_kits_reprinted: return tr_later("kits");
    case ReportKind::function_restored: return tr_later("restored");
    case ReportKind::deadline_started: return tr_later("deadline");
    case ReportKind::deadline_met: return tr_later("deadline");
    case ReportKind::deadline_missed: return tr_later("deadline");
    case ReportKind::milestone: return tr_later("note");
    default: return nullptr;
  }
}

std::string capitals(const char* word) {
  std::string out = tr(word);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

void print_timeline(std::ostream& out, const Exercise& exercise) {
  const Calendar calendar(exercise.scenario().start);
  const Scenario& s = exercise.scenario();
  out << fill(tr("Timeline of {0} (seed {1})"), {s.local(s.title), std::to_string(exercise.seed())}) << "\n";
  // The columns as wide as their widest entry in this language (8 for the English labels).
  std::size_t tag_width = 8, when_width = 20;
  for (const Report& r : exercise.reports())
    if (const char* tag = label(r.kind)) {
      tag_width = std::max(tag_width, report::display_width(capitals(tag)));
      when_width = std::max(when_width, report::display_width(report::when_text(calendar, r.time)));
    }
  // A command refused before it reached the world's rules (a parameter out
  // of range, an inject already delivered) left no report: shown from the
  // command log, among the reports where it came, so no refusal passes unseen.
  const auto unreported_refusal = [](const LoggedCommand& c) { return !c.result.accepted && !c.result.reported; };
  for (const LoggedCommand& c : exercise.command_log())
    if (unreported_refusal(c)) {
      tag_width = std::max(tag_width, report::display_width(capitals(tr_later("refused"))));
      when_width = std::max(when_width, report::display_width(report::when_text(calendar, c.at)));
    }
  const auto line = [&](SimTime time, const char* tag, const std::string& text, const std::string& by) {
    out << report::padded(format_offset(time), 11) << "  " << report::padded(report::when_text(calendar, time), when_width)
        << "  " << report::padded(capitals(tag), tag_width) << "  " << text;
    if (!by.empty()) out << " " << fill(tr("[by {0}]"), {report::who_words(s, by)});
    out << '\n';
  };
  const auto& log = exercise.command_log();
  std::size_t next_command = 0;
  const auto refusals_before = [&](std::size_t report) {
    for (; next_command < log.size() && log[next_command].reports_before <= report; ++next_command) {
      const LoggedCommand& c = log[next_command];
      if (!unreported_refusal(c)) continue;
      const std::string what = report::command_words(c.command, s) + hospitals_in_words(exercise.world(), c.command);
      line(c.at, tr_later("refused"), fill(tr("{0} refused: {1}"), {what, engine_message(c.result.reason, &s)}), c.command.by);
    }
  };
  const auto& reports = exercise.reports();
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    const char* tag = label(r.kind);
    if (tag == nullptr) continue;
    refusals_before(i);
    line(r.time, tag, hospital_prefix(s, r) + report::report_line(exercise, r), r.by);
  }
  refusals_before(reports.size());
}

void print_outcome(std::ostream& out, const Exercise& exercise, int hospital) {
  const auto& hospitals = exercise.scenario().hospitals;
  out << "\n";
  if (hospital >= 0)
    out << fill(tr("Outcome at {0} at {1}"), {format_offset(exercise.now()), hospitals[static_cast<std::size_t>(hospital)].name});
  else if (hospitals.size() > 1)
    out << fill(tr("Outcome at {0}, the region ({1} hospitals together)"),
                {format_offset(exercise.now()), std::to_string(hospitals.size())});
  else
    out << fill(tr("Outcome at {0}"), {format_offset(exercise.now())});
  out << "\n";
  // Every metric by its name, its value as people read it and its unit (a
  // span of time or a moment carries its own).
  struct Row {
    std::string name, value, unit;
  };
  std::vector<Row> rows{{tr("metric"), tr("value"), tr("unit")}};
  for (const auto& m : metric_registry()) {
    const report::MetricShown shown = report::metric_for_people(m, exercise.metric_if_any(m.id, hospital));
    rows.push_back({std::string(metric_words(m).name), shown.value, shown.unit});
  }
  std::size_t name_width = 0, value_width = 12;
  for (const Row& row : rows) {
    name_width = std::max(name_width, report::display_width(row.name));
    value_width = std::max(value_width, report::display_width(row.value));
  }
  for (const Row& row : rows) {
    const std::string line = "  " + report::padded(row.name, name_width) + " " + report::padded(row.value, value_width, true) +
                             (row.unit.empty() ? "" : "  " + row.unit);
    out << line << '\n';
  }
  out << "\n" << tr("Objectives") << "\n";
  const auto objectives = exercise.objectives(exercise.now() >= exercise.horizon());
  std::size_t status_width = 14;
  for (const auto& o : objectives) status_width = std::max(status_width, report::display_width(report::status_words(o.status)) + 1);
  const Scenario& s = exercise.scenario();
  for (const auto& o : objectives) {
    out << "  " << report::padded(report::status_words(o.status), status_width) << " " << report::padded(o.id, 28) << " "
        << s.local(o.title);
    const std::string evidence = report::objective_evidence(exercise, o);
    if (!evidence.empty()) out << " (" << evidence << ")";
    out << '\n';
  }
}

}  // namespace epd::cli

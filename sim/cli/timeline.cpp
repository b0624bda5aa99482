#include "cli/timeline.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "metrics/registry.h"

namespace epd::cli {
namespace {

// The label shown in the timeline, or nullptr for reports it leaves out.
const char* label(ReportKind k) {
  switch (k) {
    case ReportKind::phase_changed: return "PHASE";
    case ReportKind::inject_delivered: return "INJECT";
    case ReportKind::inject_held: return "HELD";
    case ReportKind::inject_skipped: return "SKIPPED";
    case ReportKind::decision_taken: return "DECISION";
    case ReportKind::decision_refused: return "REFUSED";
    case ReportKind::component_changed: return "IT";
    case ReportKind::fallback_active: return "FALLBACK";
    case ReportKind::fallback_ended: return "FALLBACK";
    case ReportKind::paper_kits_exhausted: return "KITS";
    case ReportKind::function_restored: return "RESTORED";
    case ReportKind::deadline_started: return "DEADLINE";
    case ReportKind::deadline_met: return "DEADLINE";
    case ReportKind::deadline_missed: return "DEADLINE";
    case ReportKind::milestone: return "NOTE";
    default: return nullptr;
  }
}

std::string number(double v) {
  char text[32];
  if (!std::isfinite(v)) return "-";
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(text, sizeof text, "%.0f", v);
  else std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

}  // namespace

void print_timeline(std::ostream& out, const Exercise& exercise) {
  const Calendar calendar(exercise.scenario().start);
  out << "Timeline of " << exercise.scenario().title << " (seed " << exercise.seed() << ")\n";
  for (const Report& r : exercise.reports()) {
    const char* tag = label(r.kind);
    if (tag == nullptr) continue;
    char head[64];
    std::snprintf(head, sizeof head, "%-11s  %-20s  %-8s  ", format_offset(r.time).c_str(), calendar.format(r.time).c_str(), tag);
    out << head << hospital_prefix(exercise.scenario(), r) << r.text;
    if (!r.by.empty()) out << " [by " << r.by << "]";
    out << '\n';
  }
}

void print_outcome(std::ostream& out, const Exercise& exercise, int hospital) {
  const auto& hospitals = exercise.scenario().hospitals;
  out << "\nOutcome at " << format_offset(exercise.now());
  if (hospital >= 0) out << " at " << hospitals[static_cast<std::size_t>(hospital)].name;
  else if (hospitals.size() > 1) out << ", the region (" << hospitals.size() << " hospitals together)";
  out << "\n";
  char line[160];
  std::snprintf(line, sizeof line, "  %-34s %12s  %s\n", "metric", "value", "unit");
  out << line;
  for (const auto& m : metric_registry()) {
    const double v = exercise.metric(m.id, hospital);
    std::string shown = number(v);
    if (m.kind == MetricKind::time) shown = v < 0 ? "not yet" : format_offset(static_cast<SimTime>(v));
    std::snprintf(line, sizeof line, "  %-34s %12s  %.*s\n", std::string(m.id).c_str(), shown.c_str(),
                  static_cast<int>(m.unit.size()), m.unit.data());
    out << line;
  }
  out << "\nObjectives\n";
  for (const auto& o : exercise.objectives(exercise.now() >= exercise.horizon())) {
    std::snprintf(line, sizeof line, "  %-14s %-28s ", std::string(to_string(o.status)).c_str(), o.id.c_str());
    out << line << o.title;
    if (!o.detail.empty()) out << " (" << o.detail << ")";
    out << '\n';
  }
}

}  // namespace epd::cli

#include "engine/commands.h"
#include "engine/reports.h"
#include "engine/world.h"
#include "text/language.h"

namespace epd {

std::string_view to_string(Command::Type t) {
  switch (t) {
    case Command::Type::decide: return "decide";
    case Command::Type::deliver_inject: return "deliver_inject";
    case Command::Type::hold_inject: return "hold_inject";
    case Command::Type::release_inject: return "release_inject";
    case Command::Type::skip_inject: return "skip_inject";
    case Command::Type::adhoc_inject: return "adhoc_inject";
  }
  return "?";
}

std::string action_title(const Scenario& s, const std::string& action) {
  for (const ActionDef& a : s.actions)
    if (a.id == action) return a.title;
  return action;
}

std::string_view to_string(ReportKind k) {
  static const std::string_view kNames[] = {
      "phase_changed",      "inject_due",          "inject_delivered",   "inject_held",
      "inject_released",    "inject_skipped",      "decision_taken",     "decision_refused",
      "decision_effective", "decision_ended",      "component_changed",  "function_changed",
      "fallback_activating", "fallback_active",    "fallback_ended",     "paper_kits_exhausted",
      "restore_started",    "function_restored",   "deadline_started",   "deadline_met",
      "deadline_missed",    "milestone",          "paper_kits_reprinted"};
  return kNames[static_cast<int>(k)];
}

std::string hospitals_in_words(const World& w, const Command& c) {
  const int a = w.action_index(c.action);
  if (c.type != Command::Type::decide || w.hospitals().size() < 2 || a < 0 ||
      !w.for_each_hospital(w.scenario().actions[static_cast<std::size_t>(a)]))
    return "";
  return hospitals_named(w.scenario(), c);
}

std::string hospitals_named(const Scenario& s, const Command& c) {
  if (c.hospitals.empty() && c.hospital == kAllHospitals) return tr(" for every hospital");
  // A nation's decision for 50 hospitals names a few: a row of 50 names buries the timeline.
  constexpr std::size_t kNamed = 5;
  const std::vector<std::string> ids = c.hospitals.empty() ? std::vector<std::string>{c.hospital} : c.hospitals;
  std::string names;
  for (std::size_t i = 0; i < ids.size() && (i < kNamed || ids.size() == kNamed + 1); ++i) {
    const int k = ids[i].empty() ? 0 : s.hospital_index(ids[i]);  // "" is the first hospital
    names += (names.empty() ? "" : ", ") + (k >= 0 ? s.local(s.hospitals[static_cast<std::size_t>(k)].name) : ids[i]);
  }
  if (ids.size() > kNamed + 1)
    return fill(tr(" for {0} and {1} more"), {names, std::to_string(ids.size() - kNamed)});
  return fill(tr(" for {0}"), {names});
}

std::string hospital_prefix(const Scenario& s, const Report& r) {
  if (s.hospitals.size() < 2 || r.hospital < 0 || r.hospital >= static_cast<int>(s.hospitals.size())) return "";
  return s.local(s.hospitals[static_cast<std::size_t>(r.hospital)].name) + ": ";
}

}  // namespace epd

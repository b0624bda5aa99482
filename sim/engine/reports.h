#pragma once
// What the engine reports: things that happened, in the order they happened.
// The timeline, the console and the after-action report read this log; rules
// append to it and never read it back.

#include <cstdint>
#include <string>
#include <vector>

#include "core/sim_time.h"

namespace epd {

enum class ReportKind : std::uint8_t {
  phase_changed,
  inject_due,
  inject_delivered,
  inject_held,
  inject_released,
  inject_skipped,
  decision_taken,
  decision_refused,
  decision_effective,
  decision_ended,
  component_changed,
  function_changed,
  fallback_activating,
  fallback_active,
  fallback_ended,
  paper_kits_exhausted,
  restore_started,
  function_restored,
  deadline_started,
  deadline_met,
  deadline_missed,
  milestone,
  paper_kits_reprinted,  // format 9; last, as saves' fingerprints hash the kinds' numbers
};

std::string_view to_string(ReportKind k);

struct Scenario;
struct Report;

// "Maasdal Ziekenhuis: " for a report about one hospital of a region; "" for
// the region's own, or with one hospital. Every list of reports uses it.
std::string hospital_prefix(const Scenario& s, const Report& r);

struct Report {
  SimTime time = 0;
  ReportKind kind = ReportKind::milestone;
  int hospital = -1;    // -1: not tied to one hospital
  std::string subject;  // id of the inject, action, function, ... concerned
  std::string text;     // one readable line
  std::string by;       // decisions: who took it
  std::string rationale;
};

}  // namespace epd

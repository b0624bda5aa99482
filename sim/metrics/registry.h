#pragma once
// Every metric of EPD Drill, declared once: id, unit, meaning, kind and how
// the region's value follows from the hospitals'. Plain data: the values are
// computed beside the engine (engine/metric_values.h). The CLI summary, the
// time series, the console and the reports all read metrics through this
// table, so they always agree. docs/metrics.md is the same list for readers.

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/language.h"

namespace epd {

enum class MetricKind {
  counter,  // cumulative count since T0
  gauge,    // a level now
  median,   // a median of durations
  maximum,  // the largest value seen so far
  time,     // a moment, in minutes since T0 (-1 if it has not happened)
};

// How the region's value is formed from the hospitals'.
enum class RegionValue {
  sum,       // the hospitals' values added up
  lowest,    // the hospital with the least (kit hours: the first to run out)
  highest,   // the hospital with the most (the longest wait)
  pooled,    // a median over every hospital's patients together
  computed,  // from the region's own totals (a share of all beds, the moment all were restored)
  region,    // only the region has it (legal deadlines, communications); each hospital shows the region's
};

// Every metric, in registry order. New metrics are added at the end: saves
// of format-1, -2, -3 to -6 and 7 scenarios fingerprint the first
// kMetricsInFormat1, kMetricsInFormat2, kMetricsInFormat3 and kMetricsInFormat7 of them.
enum class MetricId : std::uint16_t {
  ed_visits,
  ed_census,
  ed_waiting,
  ed_boarding,
  ed_los_median_min,
  ed_los_median_24h_min,
  ed_max_wait_min,
  ed_waits_over_4h,
  ed_left_without_being_seen,
  ambulances_diverted,
  admissions,
  admissions_deferred,
  ward_census,
  icu_census,
  bed_occupancy_pct,
  lab_tests,
  lab_tat_median_min,
  lab_tat_median_24h_min,
  critical_results_delayed,
  imaging_tat_median_min,
  pharmacy_verification_median_min,
  medication_doses,
  paper_medication_administrations,
  medication_doses_late,
  medication_errors,
  patient_identification_problems,
  electives_done,
  electives_cancelled,
  outpatient_visits,
  outpatient_cancelled,
  referrals_delayed,
  referrals_pending,
  paper_records,
  backentry_backlog,
  backentry_backlog_peak,
  backentry_records_entered,
  functions_down,
  paper_kit_hours_left,
  nurse_workload_pct,
  staff_overtime_hours,
  extra_staff_hours,
  deadlines_met,
  deadlines_missed,
  communications,
  all_functions_restored_at_min,
  ed_patients_sent_elsewhere,
  ed_patients_received,
  ed_patients_out_of_region,
  ambulances_received,
  critical_patients_to_centre,
  patient_travel_minutes,
  icu_transfers_out,
  icu_transfers_in,
  eds_diverting,
  eds_closed,
  referrals_elsewhere,
  appointments_stayed_away,
  ed_wait_median_min,
  lab_queue,
  imaging_queue,
  tests_refused,
  tests_postponed,
  postponed_tests,
  gp_outpatient_tests_done,
  electives_postponed,
  postponed_operations,
  outpatient_postponed,
  postponed_appointments,
  urgent_operations,
  admissions_avoided,
  medication_doses_omitted,
  count
};
constexpr std::size_t kMetricCount = static_cast<std::size_t>(MetricId::count);
constexpr std::size_t kMetricsInFormat1 = 45;
constexpr std::size_t kMetricsInFormat2 = static_cast<std::size_t>(MetricId::eds_closed) + 1;
constexpr std::size_t kMetricsInFormat3 = static_cast<std::size_t>(MetricId::admissions_avoided) + 1;
constexpr std::size_t kMetricsInFormat7 = static_cast<std::size_t>(MetricId::medication_doses_omitted) + 1;
// The metrics a scenario of format `version` has (and may name): the first N of the registry, each format having
// appended its own. A format-1 file has those of format 2 too: they measure what format 1 already played.
constexpr std::size_t metrics_in_format(int version) {
  return version < 3 ? kMetricsInFormat2 : version < 7 ? kMetricsInFormat3 : kMetricsInFormat7;
}
// The first format version that has metric `index`.
constexpr int format_introducing_metric(std::size_t index) {
  for (int version : {1, 3, 7})
    if (index < metrics_in_format(version)) return version;
  return 7;
}

struct MetricDef {
  MetricId key;
  std::string_view id;
  std::string_view unit;
  std::string_view meaning;
  MetricKind kind;
  RegionValue region;
  double upper_bound;  // a value the metric can never exceed (< 0: none)
};

// In MetricId order: metric_registry()[i].key == MetricId(i).
const std::vector<MetricDef>& metric_registry();
// nullptr when no metric has this id.
const MetricDef* find_metric(std::string_view id);
int metric_index(std::string_view id);

// Whether a sample of `m` in a series is no point to draw: NaN (a metric the file's format lacks), or a median of
// nothing, which the engine keeps as 0 (before the first patient; saves' fingerprints hash that 0). A series keeps
// no count, so a true median of 0 minutes (every patient seen at once) is left out with it; a value read now knows
// better (metric_has_value, engine/metric_values.h).
inline bool no_point_in_series(const MetricDef& m, double value) {
  return value != value || (m.kind == MetricKind::median && value == 0);
}

std::string_view to_string(RegionValue v);

// A metric in words for people (metric_words.cpp): a short name for boards,
// plots and tables ("ED waiting", "Wachtend op de SEH"), its unit and its
// one-line meaning. Machine output (summary JSON, CSV keys) keeps the id.
struct MetricWords {
  std::string_view name, unit, meaning;
};
MetricWords metric_words(const MetricDef& m, Lang lang);
MetricWords metric_words(const MetricDef& m);  // in the current language

}  // namespace epd

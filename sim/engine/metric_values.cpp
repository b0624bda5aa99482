#include "engine/metric_values.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {
namespace {

double backlog(const HospitalState& h) {
  double total = 0;
  for (const auto& f : h.functions) total += f.backlog;
  return total;
}

double ratio_pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; }

double nurse_workload(const HospitalState& h) {
  double demand = 0, capacity = 0;
  h.nurse_window.totals(demand, capacity);
  return ratio_pct(demand, capacity);
}

// How the region's value is formed. A format-1 scenario keeps the sums it
// had before regions existed (kit hours, backlog peaks), so that its saves
// replay bit for bit.
RegionValue region_rule(int format_version, const MetricDef& m) {
  if (format_version == 1 &&
      (m.key == MetricId::paper_kit_hours_left || m.key == MetricId::backentry_backlog_peak))
    return RegionValue::sum;
  return m.region;
}

// The durations a median metric is formed from: one of Medians' pairs, over
// the run or over the last 24 hours.
struct MedianSource {
  MetricId metric;
  MedianPair Medians::*pair;
  bool last_24h;
};
constexpr MedianSource kMedianSources[] = {
    {MetricId::ed_los_median_min, &Medians::ed_los, false},
    {MetricId::ed_los_median_24h_min, &Medians::ed_los, true},
    {MetricId::lab_tat_median_min, &Medians::lab_tat, false},
    {MetricId::lab_tat_median_24h_min, &Medians::lab_tat, true},
    {MetricId::imaging_tat_median_min, &Medians::imaging_tat, false},
    {MetricId::pharmacy_verification_median_min, &Medians::pharmacy_tat, false},
    {MetricId::ed_wait_median_min, &Medians::ed_wait, false},
};

const MedianSource* median_source(MetricId m) {
  for (const MedianSource& s : kMedianSources)
    if (s.metric == m) return &s;
  return nullptr;
}

double median_now(const Medians& md, const MedianSource& s, SimTime now) {
  const MedianPair& p = md.*s.pair;
  return s.last_24h ? p.day.median(now) : p.run.median();
}

double count_deadlines(const World& w, DeadlineRuntime::Status status) {
  double n = 0;
  for (const auto& d : w.deadlines()) n += d.status == status;
  return n;
}

// The region's value of a metric that is not formed from the hospitals'
// values: medians pooled over every patient, shares of all beds, the moment
// every function was up, and what only the region has.
bool region_value(const World& w, MetricId m, double* out) {
  using M = MetricId;
  const Medians& md = w.pooled_medians();
  double a = 0, b = 0;
  if (const MedianSource* s = median_source(m)) {
    *out = median_now(md, *s, w.now());
    return true;
  }
  switch (m) {
    case M::deadlines_met: *out = count_deadlines(w, DeadlineRuntime::Status::met); return true;
    case M::deadlines_missed: *out = count_deadlines(w, DeadlineRuntime::Status::missed); return true;
    case M::communications: *out = w.communications(); return true;
    case M::bed_occupancy_pct:
      for (const auto& h : w.hospitals()) {
        a += h.ward_occupied + h.icu_occupied;
        b += h.def->wards.ward_beds + h.def->wards.icu_beds;
      }
      *out = ratio_pct(a, b);
      return true;
    case M::nurse_workload_pct:
      for (const auto& h : w.hospitals()) {
        double demand = 0, capacity = 0;  // each hospital's subtotal, then the region's: as before regions
        h.nurse_window.totals(demand, capacity);
        a += demand;
        b += capacity;
      }
      *out = ratio_pct(a, b);
      return true;
    case M::backentry_backlog_peak: {
      // From format 4 the peak includes the backlog now (it is sampled every
      // 15 minutes): a peak below the backlog shown beside it misleads. Older
      // files keep the sampled peak, so their saves replay bit for bit.
      double now = 0;
      if (w.scenario().format_version >= 4)
        for (const HospitalState& h : w.hospitals()) now += backlog(h);
      *out = std::max(w.region_backlog_peak(), now);
      return true;
    }
    case M::all_functions_restored_at_min: *out = static_cast<double>(w.all_restored_at()); return true;
    default: return false;
  }
}

// Every metric's value at one hospital, in registry order, into `v` (those
// only the region has are left as they are). One pass over the hospital's
// state: a sample of seventy hospitals costs seventy of these.
void fill_hospital(const World& w, const HospitalState& h, double* v) {
  using M = MetricId;
  const auto i = [](MetricId m) { return static_cast<std::size_t>(m); };
  const Counters& c = h.count;
  const Medians& md = h.medians;
  for (const MedianSource& s : kMedianSources) v[i(s.metric)] = median_now(md, s, w.now());
  v[i(M::ed_visits)] = c.ed_visits;
  v[i(M::ed_census)] = h.ed_census;
  v[i(M::ed_waiting)] = h.ed_waiting;
  v[i(M::ed_boarding)] = static_cast<double>(h.boarding_ward.size() + h.boarding_icu.size());
  v[i(M::ed_max_wait_min)] = c.ed_max_wait;
  v[i(M::ed_waits_over_4h)] = c.ed_waits_over_4h;
  v[i(M::ed_left_without_being_seen)] = c.ed_lwbs;
  v[i(M::ambulances_diverted)] = c.ambulances_diverted;
  v[i(M::admissions)] = c.admissions;
  v[i(M::admissions_deferred)] = c.admissions_deferred;
  v[i(M::ward_census)] = h.ward_occupied;
  v[i(M::icu_census)] = h.icu_occupied;
  v[i(M::bed_occupancy_pct)] = ratio_pct(h.ward_occupied + h.icu_occupied, h.def->wards.ward_beds + h.def->wards.icu_beds);
  v[i(M::lab_tests)] = c.lab_tests;
  v[i(M::critical_results_delayed)] = c.critical_results_delayed;
  v[i(M::medication_doses)] = c.medication_doses;
  v[i(M::paper_medication_administrations)] = c.paper_medication_doses;
  v[i(M::medication_doses_late)] = c.medication_doses_late;
  v[i(M::medication_errors)] = c.medication_errors;
  v[i(M::patient_identification_problems)] = c.identification_problems;
  v[i(M::electives_done)] = c.electives_done;
  v[i(M::electives_cancelled)] = c.electives_cancelled;
  v[i(M::outpatient_visits)] = c.outpatient_visits;
  v[i(M::outpatient_cancelled)] = c.outpatient_cancelled;
  v[i(M::referrals_delayed)] = c.referrals_delayed;
  v[i(M::referrals_pending)] = h.referrals_pending;
  v[i(M::paper_records)] = c.paper_records;
  v[i(M::backentry_backlog)] = backlog(h);
  v[i(M::backentry_backlog_peak)] = w.scenario().format_version >= 4 ? std::max(c.backlog_peak, backlog(h)) : c.backlog_peak;
  v[i(M::backentry_records_entered)] = c.records_entered;
  v[i(M::functions_down)] = w.functions_not_up(h.index);
  v[i(M::paper_kit_hours_left)] = h.paper_kit_hours;
  v[i(M::nurse_workload_pct)] = nurse_workload(h);
  v[i(M::staff_overtime_hours)] = c.overtime_hours;
  v[i(M::extra_staff_hours)] = c.extra_staff_hours;
  v[i(M::all_functions_restored_at_min)] = static_cast<double>(h.all_restored_at);
  v[i(M::ed_patients_sent_elsewhere)] = c.ed_sent_elsewhere;
  v[i(M::ed_patients_received)] = c.ed_received;
  v[i(M::ed_patients_out_of_region)] = c.ed_out_of_region;
  v[i(M::ambulances_received)] = c.ambulances_received;
  v[i(M::critical_patients_to_centre)] = c.critical_to_centre;
  v[i(M::patient_travel_minutes)] = c.travel_minutes;
  v[i(M::icu_transfers_out)] = c.icu_transfers_out;
  v[i(M::icu_transfers_in)] = c.icu_transfers_in;
  v[i(M::eds_diverting)] = w.ed_status(h) != EdStatus::open ? 1 : 0;
  v[i(M::eds_closed)] = w.ed_status(h) == EdStatus::closed ? 1 : 0;
  v[i(M::referrals_elsewhere)] = c.referrals_elsewhere;
  v[i(M::appointments_stayed_away)] = c.appointments_stayed_away;
  v[i(M::lab_queue)] = static_cast<double>(h.lab_queue.size()) + std::floor(h.lab_community.queue);
  v[i(M::imaging_queue)] = static_cast<double>(h.imaging_queue.size()) + std::floor(h.imaging_community.queue);
  v[i(M::tests_refused)] = std::floor(c.tests_refused);
  v[i(M::tests_postponed)] = std::floor(c.tests_postponed);
  v[i(M::postponed_tests)] = std::floor(h.lab_community.postponed + h.imaging_community.postponed);
  v[i(M::gp_outpatient_tests_done)] = std::floor(c.community_tests_done);
  v[i(M::electives_postponed)] = c.electives_postponed;
  v[i(M::postponed_operations)] = h.electives_backlog;
  v[i(M::outpatient_postponed)] = c.outpatient_postponed;
  v[i(M::postponed_appointments)] = h.appointments_backlog;
  v[i(M::urgent_operations)] = c.urgent_operations;
  v[i(M::admissions_avoided)] = c.admissions_avoided;
  // An older file's rounds omit nothing: they left doses unreached, which no
  // metric counted. No value ("-"), not a 0 that says none were missed.
  v[i(M::medication_doses_omitted)] = w.scenario().legacy.rounds_run_until_done
                                          ? std::numeric_limits<double>::quiet_NaN()
                                          : c.medication_doses_omitted;
}

double hospital_value(const World& w, const HospitalState& h, MetricId m) {
  double v[kMetricCount] = {};
  fill_hospital(w, h, v);
  return v[static_cast<std::size_t>(m)];
}

bool formed(RegionValue rule) {
  return rule == RegionValue::sum || rule == RegionValue::lowest || rule == RegionValue::highest;
}

double combine(RegionValue rule, double total, double value, bool first) {
  switch (rule) {
    case RegionValue::lowest: return first ? value : std::min(total, value);
    case RegionValue::highest: return first ? value : std::max(total, value);
    default: return total + value;
  }
}

}  // namespace

bool metric_has_value(const World& w, std::size_t metric, int hospital) {
  const MedianSource* s = median_source(metric_registry()[metric].key);
  if (s == nullptr) return true;
  const Medians& md = hospital < 0 ? w.pooled_medians() : w.hospitals()[static_cast<std::size_t>(hospital)].medians;
  const MedianPair& p = md.*s->pair;
  return (s->last_24h ? p.day.count(w.now()) : p.run.count()) > 0;
}

double metric_value(const World& w, std::size_t metric, int hospital) {
  const MetricDef& def = metric_registry()[metric];
  const RegionValue rule = region_rule(w.scenario().format_version, def);
  double v = 0;
  if (rule == RegionValue::region || (hospital < 0 && !formed(rule))) {
    if (region_value(w, def.key, &v)) return v;
  }
  const auto& hs = w.hospitals();
  if (hospital >= 0) return hospital_value(w, hs[static_cast<std::size_t>(hospital)], def.key);
  double total = 0;
  for (std::size_t k = 0; k < hs.size(); ++k) total = combine(rule, total, hospital_value(w, hs[k], def.key), k == 0);
  return total;
}

namespace {

// The metrics whose region value is formed from the hospitals' values, by
// rule, so a sample adds them up hospital by hospital in one pass over each
// hospital's row (the same additions in the same order as metric by metric).
struct FormedMetrics {
  std::vector<std::size_t> sum, lowest, highest;
};

FormedMetrics formed_metrics(int format_version) {
  FormedMetrics f;
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    switch (region_rule(format_version, metric_registry()[m])) {
      case RegionValue::sum: f.sum.push_back(m); break;
      case RegionValue::lowest: f.lowest.push_back(m); break;
      case RegionValue::highest: f.highest.push_back(m); break;
      default: break;
    }
  }
  return f;
}

}  // namespace

void sample_metrics(const World& w, std::vector<double>& region, std::vector<double>& per_hospital) {
  const auto& registry = metric_registry();
  const auto& hs = w.hospitals();
  // NaN marks a value nothing filled: a test makes sure none is left. Every
  // sample fills the same places, so vectors of the right size are reused as they are.
  if (region.size() != kMetricCount) region.assign(kMetricCount, std::numeric_limits<double>::quiet_NaN());
  if (per_hospital.size() != kMetricCount * hs.size())
    per_hospital.assign(kMetricCount * hs.size(), std::numeric_limits<double>::quiet_NaN());
  // Which rule forms each region value depends only on the format: worked out once per format.
  static const FormedMetrics by_format[2] = {formed_metrics(1), formed_metrics(2)};
  const FormedMetrics& rules = by_format[w.scenario().format_version == 1 ? 0 : 1];
  for (const auto* list : {&rules.lowest, &rules.highest})
    for (std::size_t m : *list) region[m] = 0;  // no hospital: 0
  // Every metric's sum, hospital by hospital in one plain loop over the row
  // (cheaper than a list of indices); only the sums a rule asks for are
  // kept. The same additions in the same order as one metric at a time.
  double sums[kMetricCount] = {};
  for (std::size_t k = 0; k < hs.size(); ++k) {
    double* v = &per_hospital[k * kMetricCount];
    fill_hospital(w, hs[k], v);
    for (std::size_t m = 0; m < kMetricCount; ++m) sums[m] += v[m];
    for (std::size_t m : rules.lowest) region[m] = k == 0 ? v[m] : std::min(region[m], v[m]);
    for (std::size_t m : rules.highest) region[m] = k == 0 ? v[m] : std::max(region[m], v[m]);
  }
  for (std::size_t m : rules.sum) region[m] = sums[m];
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    const MetricDef& def = registry[m];
    switch (region_rule(w.scenario().format_version, def)) {
      case RegionValue::sum:
      case RegionValue::lowest:
      case RegionValue::highest: break;  // formed above
      case RegionValue::region:
        region_value(w, def.key, &region[m]);
        for (std::size_t k = 0; k < hs.size(); ++k) per_hospital[k * kMetricCount + m] = region[m];
        break;
      case RegionValue::pooled:
      case RegionValue::computed: region_value(w, def.key, &region[m]); break;
    }
  }
}

}  // namespace epd

#include "engine/metric_values.h"

#include <algorithm>

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

double nurse_demand(const HospitalState& h) {
  double d = 0;
  for (const auto& dc : h.nurse_window) d += dc.first;
  return d;
}
double nurse_capacity(const HospitalState& h) {
  double c = 0;
  for (const auto& dc : h.nurse_window) c += dc.second;
  return c;
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
  switch (m) {
    case M::ed_los_median_min: *out = md.ed_los.run.median(); return true;
    case M::ed_los_median_24h_min: *out = md.ed_los.day.median(w.now()); return true;
    case M::lab_tat_median_min: *out = md.lab_tat.run.median(); return true;
    case M::lab_tat_median_24h_min: *out = md.lab_tat.day.median(w.now()); return true;
    case M::imaging_tat_median_min: *out = md.imaging_tat.run.median(); return true;
    case M::pharmacy_verification_median_min: *out = md.pharmacy_tat.run.median(); return true;
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
        a += nurse_demand(h);
        b += nurse_capacity(h);
      }
      *out = ratio_pct(a, b);
      return true;
    case M::all_functions_restored_at_min: *out = static_cast<double>(w.all_restored_at()); return true;
    default: return false;
  }
}

// One hospital's value of a metric (not one only the region has).
double hospital_value(const World& w, const HospitalState& h, MetricId m) {
  using M = MetricId;
  const Counters& c = h.count;
  const Medians& md = h.medians;
  switch (m) {
    case M::ed_visits: return c.ed_visits;
    case M::ed_census: return h.ed_census;
    case M::ed_waiting: return h.ed_waiting;
    case M::ed_boarding: return static_cast<double>(h.boarding_ward.size() + h.boarding_icu.size());
    case M::ed_los_median_min: return md.ed_los.run.median();
    case M::ed_los_median_24h_min: return md.ed_los.day.median(w.now());
    case M::ed_max_wait_min: return c.ed_max_wait;
    case M::ed_waits_over_4h: return c.ed_waits_over_4h;
    case M::ed_left_without_being_seen: return c.ed_lwbs;
    case M::ambulances_diverted: return c.ambulances_diverted;
    case M::admissions: return c.admissions;
    case M::admissions_deferred: return c.admissions_deferred;
    case M::ward_census: return h.ward_occupied;
    case M::icu_census: return h.icu_occupied;
    case M::bed_occupancy_pct:
      return ratio_pct(h.ward_occupied + h.icu_occupied, h.def->wards.ward_beds + h.def->wards.icu_beds);
    case M::lab_tests: return c.lab_tests;
    case M::lab_tat_median_min: return md.lab_tat.run.median();
    case M::lab_tat_median_24h_min: return md.lab_tat.day.median(w.now());
    case M::critical_results_delayed: return c.critical_results_delayed;
    case M::imaging_tat_median_min: return md.imaging_tat.run.median();
    case M::pharmacy_verification_median_min: return md.pharmacy_tat.run.median();
    case M::medication_doses: return c.medication_doses;
    case M::paper_medication_administrations: return c.paper_medication_doses;
    case M::medication_doses_late: return c.medication_doses_late;
    case M::medication_errors: return c.medication_errors;
    case M::patient_identification_problems: return c.identification_problems;
    case M::electives_done: return c.electives_done;
    case M::electives_cancelled: return c.electives_cancelled;
    case M::outpatient_visits: return c.outpatient_visits;
    case M::outpatient_cancelled: return c.outpatient_cancelled;
    case M::referrals_delayed: return c.referrals_delayed;
    case M::referrals_pending: return h.referrals_pending;
    case M::paper_records: return c.paper_records;
    case M::backentry_backlog: return backlog(h);
    case M::backentry_backlog_peak: return c.backlog_peak;
    case M::backentry_records_entered: return c.records_entered;
    case M::functions_down: return w.functions_not_up(h.index);
    case M::paper_kit_hours_left: return h.paper_kit_hours;
    case M::nurse_workload_pct: return ratio_pct(nurse_demand(h), nurse_capacity(h));
    case M::staff_overtime_hours: return c.overtime_hours;
    case M::extra_staff_hours: return c.extra_staff_hours;
    case M::all_functions_restored_at_min: return static_cast<double>(h.all_restored_at);
    case M::ed_patients_sent_elsewhere: return c.ed_sent_elsewhere;
    case M::ed_patients_received: return c.ed_received;
    case M::ed_patients_out_of_region: return c.ed_out_of_region;
    case M::ambulances_received: return c.ambulances_received;
    case M::critical_patients_to_centre: return c.critical_to_centre;
    case M::patient_travel_minutes: return c.travel_minutes;
    case M::icu_transfers_out: return c.icu_transfers_out;
    case M::icu_transfers_in: return c.icu_transfers_in;
    case M::eds_diverting: return w.ed_status(h) != EdStatus::open ? 1 : 0;
    case M::eds_closed: return w.ed_status(h) == EdStatus::closed ? 1 : 0;
    // Only the region has these: region_value.
    case M::deadlines_met:
    case M::deadlines_missed:
    case M::communications:
    case M::count: break;
  }
  return 0;
}

double combine(RegionValue rule, double total, double value, bool first) {
  switch (rule) {
    case RegionValue::lowest: return first ? value : std::min(total, value);
    case RegionValue::highest: return first ? value : std::max(total, value);
    default: return total + value;
  }
}

}  // namespace

double metric_value(const World& w, std::size_t metric, int hospital) {
  const MetricDef& def = metric_registry()[metric];
  double v = 0;
  if (def.region == RegionValue::region || hospital < 0) {
    if (region_value(w, def.key, &v)) return v;
  }
  const auto& hs = w.hospitals();
  if (hospital >= 0) return hospital_value(w, hs[static_cast<std::size_t>(hospital)], def.key);
  double total = 0;
  for (std::size_t k = 0; k < hs.size(); ++k) total = combine(def.region, total, hospital_value(w, hs[k], def.key), k == 0);
  return total;
}

void sample_metrics(const World& w, std::vector<double>& region, std::vector<double>& per_hospital) {
  const auto& registry = metric_registry();
  const auto& hs = w.hospitals();
  region.assign(kMetricCount, 0);
  per_hospital.assign(kMetricCount * hs.size(), 0);
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    const MetricDef& def = registry[m];
    if (def.region == RegionValue::region) {
      region_value(w, def.key, &region[m]);
      for (std::size_t k = 0; k < hs.size(); ++k) per_hospital[k * kMetricCount + m] = region[m];
      continue;
    }
    const bool formed = def.region == RegionValue::sum || def.region == RegionValue::lowest || def.region == RegionValue::highest;
    double total = 0;
    for (std::size_t k = 0; k < hs.size(); ++k) {
      const double v = hospital_value(w, hs[k], def.key);
      per_hospital[k * kMetricCount + m] = v;
      if (formed) total = combine(def.region, total, v, k == 0);
    }
    if (formed) region[m] = total;
    else region_value(w, def.key, &region[m]);
  }
}

}  // namespace epd

#include "metrics/registry.h"

#include <algorithm>

#include "engine/world.h"

namespace epd {
namespace {

// Sum a per-hospital quantity over one hospital (index) or all (-1).
template <class F>
double over(const World& w, int hospital, F f) {
  const auto& hs = w.hospitals();
  if (hospital >= 0) return f(hs[static_cast<std::size_t>(hospital)]);
  double total = 0;
  for (const auto& h : hs) total += f(h);
  return total;
}

const Medians& medians_of(const World& w, int hospital) {
  return hospital >= 0 ? w.hospitals()[static_cast<std::size_t>(hospital)].medians : w.pooled_medians();
}

template <class F>
double max_over(const World& w, int hospital, F f) {
  const auto& hs = w.hospitals();
  if (hospital >= 0) return f(hs[static_cast<std::size_t>(hospital)]);
  double best = 0;
  for (const auto& h : hs) best = std::max(best, f(h));
  return best;
}

#define COUNTER(field) [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return h.count.field; }); }

double backlog(const HospitalState& h) {
  double total = 0;
  for (const auto& f : h.functions) total += f.backlog;
  return total;
}

double ratio_pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; }

std::vector<MetricDef> build() {
  return {
      {"ed_visits", "patients", "Patients who arrived at the emergency department (diverted ambulances not included)",
       MetricKind::counter, COUNTER(ed_visits), -1},
      {"ed_census", "patients", "Patients in the emergency department now: waiting, in treatment or boarding",
       MetricKind::gauge, [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return double(h.ed_census); }); }, -1},
      {"ed_waiting", "patients", "Triaged patients waiting to be seen by an ED physician now", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return double(h.ed_waiting); }); }, -1},
      {"ed_boarding", "patients", "Admitted patients waiting in the ED for a ward or ICU bed now", MetricKind::gauge,
       [](const World& w, int k) {
         return over(w, k, [](const HospitalState& h) { return double(h.boarding_ward.size() + h.boarding_icu.size()); });
       }, -1},
      {"ed_los_median_min", "minutes",
       "Median ED length of stay, arrival to departure, of patients who left the ED so far (left without being seen not included)",
       MetricKind::median, [](const World& w, int k) { return medians_of(w, k).ed_los.run.median(); }, -1},
      {"ed_los_median_24h_min", "minutes", "Median ED length of stay of patients who left the ED in the last 24 hours",
       MetricKind::median, [](const World& w, int k) { return medians_of(w, k).ed_los.day.median(w.now()); }, -1},
      {"ed_max_wait_min", "minutes",
       "Longest wait from arrival to first physician contact so far, counting patients who left unseen at the moment they left",
       MetricKind::maximum, [](const World& w, int k) { return max_over(w, k, [](const HospitalState& h) { return h.count.ed_max_wait; }); }, -1},
      {"ed_waits_over_4h", "patients", "Patients who waited more than 4 hours for a physician (seen or not)",
       MetricKind::counter, COUNTER(ed_waits_over_4h), -1},
      {"ed_left_without_being_seen", "patients", "Patients who left the ED before a physician saw them",
       MetricKind::counter, COUNTER(ed_lwbs), -1},
      {"ambulances_diverted", "ambulances", "Ambulances sent to another hospital while the ED was diverting",
       MetricKind::counter, COUNTER(ambulances_diverted), -1},
      {"admissions", "patients", "Admissions to a ward or ICU bed: from the ED, after elective surgery, and direct",
       MetricKind::counter, COUNTER(admissions), -1},
      {"admissions_deferred", "patients", "Planned direct admissions sent home again for lack of a bed",
       MetricKind::counter, COUNTER(admissions_deferred), -1},
      {"ward_census", "patients", "Patients in ward beds now", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return double(h.ward_occupied); }); }, -1},
      {"icu_census", "patients", "Patients in ICU beds now", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return double(h.icu_occupied); }); }, -1},
      {"bed_occupancy_pct", "percent", "Occupied ward and ICU beds as a share of all beds, now", MetricKind::gauge,
       [](const World& w, int k) {
         const double used = over(w, k, [](const HospitalState& h) { return double(h.ward_occupied + h.icu_occupied); });
         const double beds = over(w, k, [](const HospitalState& h) { return double(h.def->wards.ward_beds + h.def->wards.icu_beds); });
         return ratio_pct(used, beds);
       }, 100},
      {"lab_tests", "results", "Lab results that reached the clinician (ED and inpatient)", MetricKind::counter,
       COUNTER(lab_tests), -1},
      {"lab_tat_median_min", "minutes",
       "Median ED lab turnaround so far: from the order to the result in the clinician's hands", MetricKind::median,
       [](const World& w, int k) { return medians_of(w, k).lab_tat.run.median(); }, -1},
      {"lab_tat_median_24h_min", "minutes", "Median ED lab turnaround of results delivered in the last 24 hours",
       MetricKind::median, [](const World& w, int k) { return medians_of(w, k).lab_tat.day.median(w.now()); }, -1},
      {"critical_results_delayed", "results",
       "Critical lab results that reached the responsible clinician later than the lab's notification limit",
       MetricKind::counter, COUNTER(critical_results_delayed), -1},
      {"imaging_tat_median_min", "minutes", "Median ED imaging turnaround so far: from the order to the report read",
       MetricKind::median, [](const World& w, int k) { return medians_of(w, k).imaging_tat.run.median(); }, -1},
      {"pharmacy_verification_median_min", "minutes",
       "Median time from admission to the pharmacy's verification of the medication orders", MetricKind::median,
       [](const World& w, int k) { return medians_of(w, k).pharmacy_tat.run.median(); }, -1},
      {"medication_doses", "doses", "Medication doses given on the wards and ICU", MetricKind::counter,
       COUNTER(medication_doses), -1},
      {"paper_medication_administrations", "doses", "Doses given and recorded on paper instead of the eMAR",
       MetricKind::counter, COUNTER(paper_medication_doses), -1},
      {"medication_doses_late", "doses", "Doses given more than 2 hours after their round's time, because the round ran late",
       MetricKind::counter, COUNTER(medication_doses_late), -1},
      {"medication_errors", "errors",
       "Administration errors that reached the patient (wrong drug, dose, time, patient or omission)",
       MetricKind::counter, COUNTER(medication_errors), -1},
      {"patient_identification_problems", "records",
       "Registrations and admissions whose patient identity was wrong or could not be matched", MetricKind::counter,
       COUNTER(identification_problems), -1},
      {"electives_done", "operations", "Elective operations carried out", MetricKind::counter, COUNTER(electives_done), -1},
      {"electives_cancelled", "operations",
       "Elective operations cancelled: by decision, for lack of a safe procedure, of throughput or of a bed",
       MetricKind::counter, COUNTER(electives_cancelled), -1},
      {"outpatient_visits", "appointments", "Outpatient appointments that took place", MetricKind::counter,
       COUNTER(outpatient_visits), -1},
      {"outpatient_cancelled", "appointments", "Outpatient appointments cancelled, in advance or at the desk",
       MetricKind::counter, COUNTER(outpatient_cancelled), -1},
      {"referrals_delayed", "referrals", "GP referrals that could not be received on the day they were sent",
       MetricKind::counter, COUNTER(referrals_delayed), -1},
      {"referrals_pending", "referrals", "GP referrals waiting to be received now", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return h.referrals_pending; }); }, -1},
      {"paper_records", "records", "Records made on paper during downtime (each joins the back-entry backlog)",
       MetricKind::counter, COUNTER(paper_records), -1},
      {"backentry_backlog", "records", "Paper records not yet entered into the EPD, now", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, backlog); }, -1},
      {"backentry_backlog_peak", "records", "The largest back-entry backlog so far (sampled every 15 minutes)",
       MetricKind::maximum, [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return h.count.backlog_peak; }); }, -1},
      {"backentry_records_entered", "records", "Paper records entered into the EPD by back-entry staff",
       MetricKind::counter, COUNTER(records_entered), -1},
      {"functions_down", "functions", "IT functions not fully up now (degraded, read-only or down)", MetricKind::gauge,
       [](const World& w, int k) { return double(w.functions_not_up(k)); }, -1},
      {"paper_kit_hours_left", "hours", "Hours of care the remaining paper downtime kits cover", MetricKind::gauge,
       [](const World& w, int k) { return over(w, k, [](const HospitalState& h) { return h.paper_kit_hours; }); }, -1},
      {"nurse_workload_pct", "percent",
       "Ward nursing work demanded in the last 8 hours as a share of the nursing time on duty", MetricKind::gauge,
       [](const World& w, int k) {
         const double demand = over(w, k, [](const HospitalState& h) {
           double d = 0;
           for (const auto& dc : h.nurse_window) d += dc.first;
           return d;
         });
         const double capacity = over(w, k, [](const HospitalState& h) {
           double c = 0;
           for (const auto& dc : h.nurse_window) c += dc.second;
           return c;
         });
         return ratio_pct(demand, capacity);
       }, -1},
      {"staff_overtime_hours", "hours", "Ward nursing work left at the end of a shift, done as overtime",
       MetricKind::counter, COUNTER(overtime_hours), -1},
      {"extra_staff_hours", "hours", "Hours of staff called in by decisions", MetricKind::counter,
       COUNTER(extra_staff_hours), -1},
      {"deadlines_met", "deadlines", "Legal deadlines (notifications) met", MetricKind::counter,
       [](const World& w, int) {
         double n = 0;
         for (const auto& d : w.deadlines()) n += d.status == DeadlineRuntime::Status::met;
         return n;
       }, -1},
      {"deadlines_missed", "deadlines", "Legal deadlines (notifications) missed", MetricKind::counter,
       [](const World& w, int) {
         double n = 0;
         for (const auto& d : w.deadlines()) n += d.status == DeadlineRuntime::Status::missed;
         return n;
       }, -1},
      {"communications", "messages", "Press statements and messages to GPs, patients and staff issued by decision",
       MetricKind::counter, [](const World& w, int) { return w.communications(); }, -1},
      {"all_functions_restored_at_min", "minutes",
       "When every IT function was up again after the incident began, in minutes since T0; -1 if not (yet)",
       MetricKind::time, [](const World& w, int) { return double(w.all_restored_at()); }, -1},
  };
}

#undef COUNTER

}  // namespace

const std::vector<MetricDef>& metric_registry() {
  static const std::vector<MetricDef> kRegistry = build();
  return kRegistry;
}

const MetricDef* find_metric(std::string_view id) {
  for (const auto& m : metric_registry())
    if (m.id == id) return &m;
  return nullptr;
}

int metric_index(std::string_view id) {
  const auto& r = metric_registry();
  for (std::size_t i = 0; i < r.size(); ++i)
    if (r[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace epd

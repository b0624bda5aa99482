#include "metrics/registry.h"

#include <stdexcept>

namespace epd {
namespace {

std::vector<MetricDef> build() {
  using M = MetricId;
  std::vector<MetricDef> list{
      {M::ed_visits, "ed_visits", "patients",
       "Patients who arrived at the emergency department, including patients sent on from another hospital of the region (a patient sent on counts where they arrived)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ed_census, "ed_census", "patients",
       "Patients in the emergency department now: waiting, in treatment or boarding",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::ed_waiting, "ed_waiting", "patients",
       "Triaged patients waiting to be seen by an ED physician now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::ed_boarding, "ed_boarding", "patients",
       "Admitted patients waiting in the ED for a ward or ICU bed now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::ed_los_median_min, "ed_los_median_min", "minutes",
       "Median ED length of stay, arrival to departure, of patients who left the ED so far (left without being seen not included)",
       MetricKind::median, RegionValue::pooled, -1},
      {M::ed_los_median_24h_min, "ed_los_median_24h_min", "minutes",
       "Median ED length of stay of patients who left the ED in the last 24 hours",
       MetricKind::median, RegionValue::pooled, -1},
      {M::ed_max_wait_min, "ed_max_wait_min", "minutes",
       "Longest wait from arrival to first physician contact so far, counting patients who left unseen at the moment they left",
       MetricKind::maximum, RegionValue::highest, -1},
      {M::ed_waits_over_4h, "ed_waits_over_4h", "patients",
       "Patients who waited more than 4 hours for a physician (seen or not)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ed_left_without_being_seen, "ed_left_without_being_seen", "patients",
       "Patients who left the ED before a physician saw them",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ambulances_diverted, "ambulances_diverted", "ambulances",
       "Ambulances sent to another hospital because the ED was diverting or off the emergency rota",
       MetricKind::counter, RegionValue::sum, -1},
      {M::admissions, "admissions", "patients",
       "Admissions to a ward or ICU bed: from the ED, after elective surgery, and direct",
       MetricKind::counter, RegionValue::sum, -1},
      {M::admissions_deferred, "admissions_deferred", "patients",
       "Planned direct admissions sent home again for lack of a bed",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ward_census, "ward_census", "patients",
       "Patients in ward beds now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::icu_census, "icu_census", "patients",
       "Patients in ICU beds now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::bed_occupancy_pct, "bed_occupancy_pct", "percent",
       "Occupied ward and ICU beds as a share of all beds, now",
       MetricKind::gauge, RegionValue::computed, 100},
      {M::lab_tests, "lab_tests", "results",
       "Lab results that reached the clinician (ED and inpatient)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::lab_tat_median_min, "lab_tat_median_min", "minutes",
       "Median ED lab turnaround so far: from the order to the result in the clinician's hands",
       MetricKind::median, RegionValue::pooled, -1},
      {M::lab_tat_median_24h_min, "lab_tat_median_24h_min", "minutes",
       "Median ED lab turnaround of results delivered in the last 24 hours",
       MetricKind::median, RegionValue::pooled, -1},
      {M::critical_results_delayed, "critical_results_delayed", "results",
       "Critical lab results that reached the responsible clinician later than the lab's notification limit",
       MetricKind::counter, RegionValue::sum, -1},
      {M::imaging_tat_median_min, "imaging_tat_median_min", "minutes",
       "Median ED imaging turnaround so far: from the order to the report read",
       MetricKind::median, RegionValue::pooled, -1},
      {M::pharmacy_verification_median_min, "pharmacy_verification_median_min", "minutes",
       "Median time from admission to the pharmacy's verification of the medication orders",
       MetricKind::median, RegionValue::pooled, -1},
      {M::medication_doses, "medication_doses", "doses",
       "Medication doses given on the wards and ICU",
       MetricKind::counter, RegionValue::sum, -1},
      {M::paper_medication_administrations, "paper_medication_administrations", "doses",
       "Doses given and recorded on paper instead of the eMAR",
       MetricKind::counter, RegionValue::sum, -1},
      {M::medication_doses_late, "medication_doses_late", "doses",
       "Doses given more than 2 hours after their round's time, because the round ran late",
       MetricKind::counter, RegionValue::sum, -1},
      {M::medication_errors, "medication_errors", "errors",
       "Administration errors that reached the patient (wrong drug, dose, time, patient or omission)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::patient_identification_problems, "patient_identification_problems", "records",
       "Registrations and admissions whose patient identity was wrong or could not be matched",
       MetricKind::counter, RegionValue::sum, -1},
      {M::electives_done, "electives_done", "operations",
       "Elective operations carried out",
       MetricKind::counter, RegionValue::sum, -1},
      {M::electives_cancelled, "electives_cancelled", "operations",
       "Elective operations cancelled: by decision, for lack of a safe procedure, of throughput or of a bed",
       MetricKind::counter, RegionValue::sum, -1},
      {M::outpatient_visits, "outpatient_visits", "appointments",
       "Outpatient appointments that took place",
       MetricKind::counter, RegionValue::sum, -1},
      {M::outpatient_cancelled, "outpatient_cancelled", "appointments",
       "Outpatient appointments cancelled, in advance or at the desk",
       MetricKind::counter, RegionValue::sum, -1},
      {M::referrals_delayed, "referrals_delayed", "referrals",
       "GP referrals that could not be received on the day they were sent",
       MetricKind::counter, RegionValue::sum, -1},
      {M::referrals_pending, "referrals_pending", "referrals",
       "GP referrals waiting to be received now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::paper_records, "paper_records", "records",
       "Records made on paper during downtime (each joins the back-entry backlog)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::backentry_backlog, "backentry_backlog", "records",
       "Paper records not yet entered into the EPD, now",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::backentry_backlog_peak, "backentry_backlog_peak", "records",
       "The largest back-entry backlog so far (sampled every 15 minutes)",
       MetricKind::maximum, RegionValue::computed, -1},
      {M::backentry_records_entered, "backentry_records_entered", "records",
       "Paper records entered into the EPD by back-entry staff",
       MetricKind::counter, RegionValue::sum, -1},
      {M::functions_down, "functions_down", "functions",
       "IT functions not fully up now (degraded, read-only or down)",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::paper_kit_hours_left, "paper_kit_hours_left", "hours",
       "Hours of care the remaining paper downtime kits cover (the region: the hospital with the fewest)",
       MetricKind::gauge, RegionValue::lowest, -1},
      {M::nurse_workload_pct, "nurse_workload_pct", "percent",
       "Ward nursing work demanded in the last 8 hours as a share of the nursing time on duty",
       MetricKind::gauge, RegionValue::computed, -1},
      {M::staff_overtime_hours, "staff_overtime_hours", "hours",
       "Ward nursing work left at the end of a shift, done as overtime",
       MetricKind::counter, RegionValue::sum, -1},
      {M::extra_staff_hours, "extra_staff_hours", "hours",
       "Hours of staff called in by decisions",
       MetricKind::counter, RegionValue::sum, -1},
      {M::deadlines_met, "deadlines_met", "deadlines",
       "Legal deadlines (notifications) met",
       MetricKind::counter, RegionValue::region, -1},
      {M::deadlines_missed, "deadlines_missed", "deadlines",
       "Legal deadlines (notifications) missed",
       MetricKind::counter, RegionValue::region, -1},
      {M::communications, "communications", "messages",
       "Press statements and messages to GPs, patients and staff issued by decision",
       MetricKind::counter, RegionValue::region, -1},
      {M::all_functions_restored_at_min, "all_functions_restored_at_min", "minutes",
       "When every IT function was up again after the incident began, in minutes since T0; -1 if not (yet)",
       MetricKind::time, RegionValue::computed, -1},
      {M::ed_patients_sent_elsewhere, "ed_patients_sent_elsewhere", "patients",
       "ED patients this hospital sent to another: ambulances it did not take, walk-ins turned away while it was off the rota or staying away while its trouble was in the news",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ed_patients_received, "ed_patients_received", "patients",
       "ED patients received from another hospital of the region that did not take them",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ed_patients_out_of_region, "ed_patients_out_of_region", "patients",
       "ED patients sent to hospitals outside the scenario (a hospital with no neighbour in it sends them there)",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ambulances_received, "ambulances_received", "ambulances",
       "Ambulances received from neighbours that were diverting or off the emergency rota",
       MetricKind::counter, RegionValue::sum, -1},
      {M::critical_patients_to_centre, "critical_patients_to_centre", "patients",
       "Stroke, STEMI and major-trauma patients taken to the region's designated centre because their own ED did not take ambulances",
       MetricKind::counter, RegionValue::sum, -1},
      {M::patient_travel_minutes, "patient_travel_minutes", "minutes",
       "Minutes patients travelled to another hospital than their own: ED patients sent on and ICU transfers",
       MetricKind::counter, RegionValue::sum, -1},
      {M::icu_transfers_out, "icu_transfers_out", "patients",
       "Patients transferred to another hospital's ICU because this hospital had no ICU bed",
       MetricKind::counter, RegionValue::sum, -1},
      {M::icu_transfers_in, "icu_transfers_in", "patients",
       "Patients received from another hospital for an ICU bed",
       MetricKind::counter, RegionValue::sum, -1},
      {M::eds_diverting, "eds_diverting", "EDs",
       "Emergency departments not taking ambulances now (diverting or off the emergency rota)",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::eds_closed, "eds_closed", "EDs",
       "Emergency departments off the emergency rota now (walk-ins sent on too)",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::referrals_elsewhere, "referrals_elsewhere", "referrals",
       "GP referrals sent to another hospital: while this hospital's trouble is public, or while it cannot receive referrals digitally",
       MetricKind::counter, RegionValue::sum, -1},
      {M::appointments_stayed_away, "appointments_stayed_away", "appointments",
       "Booked outpatient appointments the patients cancelled themselves while the hospital's trouble was public",
       MetricKind::counter, RegionValue::sum, -1},
      {M::ed_wait_median_min, "ed_wait_median_min", "minutes",
       "Median waiting-room time so far: from arrival to first physician contact, of patients seen",
       MetricKind::median, RegionValue::pooled, -1},
      {M::lab_queue, "lab_queue", "samples",
       "Samples waiting for the lab's analysers now: the hospital's own and GP and outpatient requests",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::imaging_queue, "imaging_queue", "exams",
       "Exams waiting for radiology now: ED patients and GP and outpatient requests",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::tests_refused, "tests_refused", "requests",
       "GP lab and imaging requests refused while the department rationed its capacity",
       MetricKind::counter, RegionValue::sum, -1},
      {M::tests_postponed, "tests_postponed", "requests",
       "Outpatient lab and imaging requests postponed while the department rationed its capacity",
       MetricKind::counter, RegionValue::sum, -1},
      {M::postponed_tests, "postponed_tests", "requests",
       "Postponed lab and imaging requests not yet offered again, now: a backlog the return to normal must clear",
       MetricKind::gauge, RegionValue::sum, -1},
      {M::gp_outpatient_tests_done, "gp_outpatient_tests_done", "requests",
       "GP and outpatient lab samples and imaging exams done",
       MetricKind::counter, RegionValue::sum, -1},
  };
  for (std::size_t i = 0; i < list.size(); ++i)
    if (static_cast<std::size_t>(list[i].key) != i) throw std::logic_error("metric registry out of MetricId order");
  if (list.size() != kMetricCount) throw std::logic_error("metric registry incomplete");
  return list;
}

}  // namespace

const std::vector<MetricDef>& metric_registry() {
  static const std::vector<MetricDef> kRegistry = build();
  return kRegistry;
}

const MetricDef* find_metric(std::string_view id) {
  const int i = metric_index(id);
  return i < 0 ? nullptr : &metric_registry()[static_cast<std::size_t>(i)];
}

int metric_index(std::string_view id) {
  const auto& r = metric_registry();
  for (std::size_t i = 0; i < r.size(); ++i)
    if (r[i].id == id) return static_cast<int>(i);
  return -1;
}

std::string_view to_string(RegionValue v) {
  switch (v) {
    case RegionValue::sum: return "sum";
    case RegionValue::lowest: return "lowest";
    case RegionValue::highest: return "highest";
    case RegionValue::pooled: return "pooled";
    case RegionValue::computed: return "computed";
    case RegionValue::region: return "region";
  }
  return "?";
}

}  // namespace epd

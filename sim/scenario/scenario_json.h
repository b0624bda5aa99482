#pragma once
// How a scenario is written in JSON: the cereal load functions for every type
// of scenario.h. Fields with a calibrated default are optional; identities
// (ids, triggers, forms) are required. Enums, durations ("90m"), clock times
// ("09:00") and dates are strings, as a person writes them. Problems inside
// one field are reported here; problems between fields or across the file
// (unknown ids, sources) are checked afterwards by scenario_check.cpp.
// docs/scenario-format.md documents every field below.

#include <map>
#include <string>
#include <vector>

#include <cereal/archives/json.hpp>
#include <cereal/cereal.hpp>

#include "json/checked_archive.h"
#include "json/value_error.h"
#include "scenario/enums.h"
#include "scenario/scenario.h"

namespace epd {

// ---- Strings for enums, durations, clock times and dates -----------------

namespace scenario_json {

// What `parse` (parse_duration, parse_clock, ...) reads from `text`; its
// message as a ValueError, which the archive reports at the value.
template <class Parse>
auto parse_or_throw(Parse parse, const std::string& text) {
  std::string error;
  auto parsed = parse(text, &error);
  if (!parsed) throw json::ValueError(error);
  return *parsed;
}

}  // namespace scenario_json

// The archive is named, not a template parameter: cereal's own enum
// save_minimal (to an integer) is a template too, and this one must win.
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
std::string save_minimal(const cereal::JSONOutputArchive&, const E& value) {
  return std::string(to_string(value));
}
template <class Ar, class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
void load_minimal(const Ar&, E& value, const std::string& text) {
  value = scenario_json::parse_or_throw(enum_from_string<E>, text);
}

template <class Ar>
std::string save_minimal(const Ar&, const Duration& d) {
  return format_duration(d.minutes);
}
template <class Ar>
void load_minimal(const Ar&, Duration& d, const std::string& text) {
  d.minutes = scenario_json::parse_or_throw(parse_duration, text);
}

std::string format_clock(const ClockTime& t);
std::optional<ClockTime> parse_clock(std::string_view text, std::string* error);

template <class Ar>
std::string save_minimal(const Ar&, const ClockTime& t) {
  return format_clock(t);
}
template <class Ar>
void load_minimal(const Ar&, ClockTime& t, const std::string& text) {
  t = scenario_json::parse_or_throw(parse_clock, text);
}

template <class Ar>
std::string save_minimal(const Ar&, const CivilDateTime& t) {
  return format_datetime(t);
}
template <class Ar>
void load_minimal(const Ar&, CivilDateTime& t, const std::string& text) {
  t = scenario_json::parse_or_throw(parse_datetime, text);
}

// ---- Range checks, reported at the field -----------------------------------

namespace scenario_json {

std::string range_message(double min, double max);

template <class Ar, class T>
void check_range(Ar& ar, const char* name, T value, double min, double max) {
  const auto v = static_cast<double>(value);
  if (!(v >= min && v <= max)) json::report(ar, name, range_message(min, max));
}
// A length of time, said as the file writes one: "between 1h and 366d".
template <class Ar>
void check_duration(Ar& ar, const char* name, Duration d, std::int64_t min, std::int64_t max) {
  if (!(d.minutes >= min && d.minutes <= max))
    json::report(ar, name, "must be between " + format_duration(min) + " and " + format_duration(max));
}
template <class Ar>
void check_share(Ar& ar, const char* name, double value) {
  check_range(ar, name, value, 0.0, 1.0);
}
// A working day's window: it ends later in the day than it begins (a window
// of no minutes would leave its work waiting for ever; none runs overnight).
template <class Ar>
void check_window(Ar& ar, const char* begins_name, const ClockTime& begins, const char* ends_name, const ClockTime& ends,
                  bool may_be_one_moment = false) {
  const int from = begins.hour * 60 + begins.minute, until = ends.hour * 60 + ends.minute;
  if (until > from || (may_be_one_moment && until == from)) return;
  json::report(ar, ends_name,
               std::string(may_be_one_moment ? "must not be earlier in the day than " : "must be later in the day than ") +
                   begins_name + " (" + format_clock(begins) + ")");
}
template <class Ar>
void check_shifts(Ar& ar, const char* name, const PerShift& s, double max) {
  if (!(s.day >= 0 && s.evening >= 0 && s.night >= 0 && s.day <= max && s.evening <= max && s.night <= max))
    json::report(ar, name, "each shift's value " + range_message(0, max));
}

}  // namespace scenario_json

using cereal::make_nvp;
using json::optional_nvp;

// ---- Small shared types -----------------------------------------------------

template <class Ar>
void load(Ar& ar, PerShift& s) {
  ar(make_nvp("day", s.day), make_nvp("evening", s.evening), make_nvp("night", s.night));
}

template <class Ar>
void load(Ar& ar, Source& s) {
  ar(make_nvp("id", s.id), make_nvp("title", s.title), optional_nvp("url", s.url),
     optional_nvp("supports", s.supports));
}

template <class Ar>
void load(Ar& ar, ComponentDef& c) {
  ar(make_nvp("id", c.id), json::text_nvp("name", c.name), make_nvp("kind", c.kind), optional_nvp("state", c.state),
     optional_nvp("each_hospital", c.each_hospital));
}

// One of several forms, told apart by which key is present.
template <class Ar>
void load(Ar& ar, Condition& c) {
  using T = Condition::Type;
  Duration d;
  if (json::has_field(ar, "at")) {
    c.type = T::at;
    ar(make_nvp("at", d));
    c.minutes = d.minutes;
  } else if (json::has_field(ar, "metric")) {
    ar(make_nvp("metric", c.ref));
    if (json::has_field(ar, "above")) {
      c.type = T::metric_above;
      ar(make_nvp("above", c.threshold));
    } else if (json::has_field(ar, "below")) {
      c.type = T::metric_below;
      ar(make_nvp("below", c.threshold));
    } else {
      json::report(ar, "metric", "a metric condition needs \"above\" or \"below\"");
    }
    ar(optional_nvp("hospital", c.hospital));
  } else if (json::has_field(ar, "phase_reached")) {
    c.type = T::phase_reached;
    ar(make_nvp("phase_reached", c.phase));
  } else if (json::has_field(ar, "component")) {
    c.type = T::component_state;
    ar(make_nvp("component", c.ref), make_nvp("state", c.component_state), optional_nvp("hospital", c.hospital));
  } else if (json::has_field(ar, "function")) {
    c.type = T::function_state;
    ar(make_nvp("function", c.ref), make_nvp("state", c.function_state), optional_nvp("hospital", c.hospital));
  } else if (json::has_field(ar, "action_taken")) {
    c.type = T::action_taken;
    ar(make_nvp("action_taken", c.ref), optional_nvp("hospital", c.hospital));
  } else if (json::has_field(ar, "action_not_taken")) {
    c.type = T::action_not_taken;
    ar(make_nvp("action_not_taken", c.ref), make_nvp("by", d), optional_nvp("hospital", c.hospital));
    c.minutes = d.minutes;
  } else if (json::has_field(ar, "inject_delivered")) {
    c.type = T::inject_delivered;
    ar(make_nvp("inject_delivered", c.ref), optional_nvp("delay", d));
    c.minutes = d.minutes;
  } else {
    json::report_here(ar,
                      "a condition needs one of \"at\", \"metric\", \"phase_reached\", \"component\", \"function\", "
                      "\"action_taken\", \"action_not_taken\", \"inject_delivered\"");
  }
}

template <class Ar>
void load(Ar& ar, Effect& e) {
  using T = Effect::Type;
  Duration lasts;
  if (json::has_field(ar, "component")) {
    e.type = T::component_state;
    ar(make_nvp("component", e.component), make_nvp("state", e.state));
  } else if (json::has_field(ar, "flow")) {
    e.type = T::flow_factor;
    ar(make_nvp("flow", e.flow), make_nvp("factor", e.amount), optional_nvp("for", lasts));
    scenario_json::check_range(ar, "factor", e.amount, 0.0, 10.0);
  } else if (json::has_field(ar, "staff")) {
    e.type = T::staff_change;
    ar(make_nvp("staff", e.staff), make_nvp("change", e.amount), optional_nvp("for", lasts));
    scenario_json::check_range(ar, "change", e.amount, -500.0, 500.0);
  } else if (json::has_field(ar, "paper_kit_hours")) {
    e.type = T::paper_kits;
    ar(make_nvp("paper_kit_hours", e.amount));
    scenario_json::check_range(ar, "paper_kit_hours", e.amount, -1000.0, 1000.0);
  } else if (json::has_field(ar, "walk_ins_elsewhere")) {
    e.type = T::walk_ins_elsewhere;
    ar(make_nvp("walk_ins_elsewhere", e.amount), optional_nvp("for", lasts));
    scenario_json::check_share(ar, "walk_ins_elsewhere", e.amount);
  } else {
    json::report_here(ar, "an effect needs one of \"component\", \"flow\", \"staff\", \"paper_kit_hours\", "
                          "\"walk_ins_elsewhere\"");
  }
  e.for_minutes = lasts.minutes;
  ar(optional_nvp("hospital", e.hospital));
}

template <class Ar>
void load(Ar& ar, InjectDef& i) {
  ar(make_nvp("id", i.id), json::text_nvp("title", i.title), json::text_nvp("text", i.text), json::optional_text_nvp("from", i.from),
     json::optional_texts_nvp("to", i.to), make_nvp("trigger", i.trigger), optional_nvp("effects", i.effects),
     optional_nvp("expected_actions", i.expected_actions), json::optional_text_nvp("facilitator_notes", i.facilitator_notes));
}

template <class Ar>
void load(Ar& ar, ParamDef& p) {
  ar(make_nvp("name", p.name), json::optional_text_nvp("unit", p.unit), make_nvp("min", p.min), make_nvp("max", p.max),
     optional_nvp("integer", p.integer));
  p.has_default = json::has_field(ar, "default");
  if (p.has_default) ar(make_nvp("default", p.default_value));
  if (p.min > p.max) json::report(ar, "max", "must not be below \"min\"");
  if (p.has_default && !(p.default_value >= p.min && p.default_value <= p.max))
    json::report(ar, "default", scenario_json::range_message(p.min, p.max));
}

template <class Ar>
void load(Ar& ar, ActionDef& a) {
  ar(make_nvp("id", a.id), json::text_nvp("title", a.title), make_nvp("kind", a.kind), optional_nvp("target", a.target),
     optional_nvp("params", a.params), optional_nvp("delay", a.delay), optional_nvp("requires", a.requires_all),
     optional_nvp("effects", a.effects), json::optional_texts_nvp("roles", a.roles), json::optional_text_nvp("costs", a.costs),
     json::optional_text_nvp("risks", a.risks));
}

template <class Ar>
void load(Ar& ar, DeadlineDef& d) {
  ar(make_nvp("id", d.id), json::text_nvp("title", d.title), json::optional_text_nvp("law", d.law), make_nvp("starts", d.starts),
     make_nvp("within", d.within), make_nvp("met_by", d.met_by));
}

template <class Ar>
void load(Ar& ar, Criterion& c) {
  using T = Criterion::Type;
  if (json::has_field(ar, "metric")) {
    ar(make_nvp("metric", c.ref));
    if (json::has_field(ar, "at_most")) {
      c.type = T::metric_at_most;
      ar(make_nvp("at_most", c.threshold));
    } else if (json::has_field(ar, "at_least")) {
      c.type = T::metric_at_least;
      ar(make_nvp("at_least", c.threshold));
    } else {
      json::report(ar, "metric", "a metric criterion needs \"at_most\" or \"at_least\"");
    }
  } else if (json::has_field(ar, "action")) {
    c.type = T::action_within;
    ar(make_nvp("action", c.ref), make_nvp("within", c.within));
  } else if (json::has_field(ar, "fallback_active")) {
    c.type = T::fallback_within;
    ar(make_nvp("fallback_active", c.ref), make_nvp("within", c.within));
  } else if (json::has_field(ar, "deadline_met")) {
    c.type = T::deadline_met;
    ar(make_nvp("deadline_met", c.ref));
  } else {
    c.has_kind = false;
    json::report_here(ar, "a criterion needs one of \"metric\", \"action\", \"fallback_active\", \"deadline_met\"");
  }
  ar(optional_nvp("hospital", c.hospital));
  c.has_after = json::has_field(ar, "after");
  if (c.has_after) ar(make_nvp("after", c.after));
}

template <class Ar>
void load(Ar& ar, ObjectiveDef& o) {
  ar(make_nvp("id", o.id), json::text_nvp("title", o.title), optional_nvp("capability", o.capability),
     optional_nvp("criteria", o.criteria));
}

// ---- Hospital ---------------------------------------------------------------

template <class Ar>
void load(Ar& ar, Dependency& d) {
  ar(make_nvp("component", d.component), optional_nvp("when_down", d.when_down));
  if (d.when_down == FunctionState::up || d.when_down == FunctionState::degraded)
    json::report(ar, "when_down", "must be \"read_only\" or \"down\"");
}

template <class Ar>
void load(Ar& ar, FunctionDef& f) {
  ar(make_nvp("id", f.id), json::text_nvp("name", f.name), make_nvp("roles", f.roles),
     make_nvp("depends_on", f.depends_on), optional_nvp("restore_mean", f.restore_mean),
     optional_nvp("restore_cv", f.restore_cv), optional_nvp("validation", f.validation));
  scenario_json::check_range(ar, "restore_cv", f.restore_cv, 0.0, 3.0);
}

template <class Ar>
void load(Ar& ar, FallbackDef& f) {
  ar(make_nvp("id", f.id), json::text_nvp("name", f.name), make_nvp("kind", f.kind), make_nvp("covers", f.covers),
     optional_nvp("by_decision", f.by_decision), optional_nvp("delay", f.delay),
     optional_nvp("throughput", f.throughput), optional_nvp("time", f.time), optional_nvp("error", f.error),
     optional_nvp("handoff", f.handoff), optional_nvp("runners_needed", f.runners_needed),
     optional_nvp("uses_paper_kits", f.uses_paper_kits), optional_nvp("uses_function", f.uses_function),
     optional_nvp("snapshot_interval", f.snapshot_interval));
  f.has_auto_after = json::has_field(ar, "auto_after");
  if (f.has_auto_after) ar(make_nvp("auto_after", f.auto_after));
  scenario_json::check_range(ar, "throughput", f.throughput, 0.05, 2.0);
  scenario_json::check_range(ar, "time", f.time, 0.5, 10.0);
  scenario_json::check_range(ar, "error", f.error, 0.0, 50.0);
  scenario_json::check_range(ar, "runners_needed", f.runners_needed, 0, 100);
  if (!f.by_decision && !f.has_auto_after)
    json::report(ar, "by_decision", "a fallback that no decision may activate needs \"auto_after\"");
}

template <class Ar>
void load(Ar& ar, EmergencyParams& e) {
  ar(optional_nvp("arrivals_per_day", e.arrivals_per_day), optional_nvp("hourly_profile", e.hourly_profile),
     optional_nvp("ambulance_share", e.ambulance_share), optional_nvp("critical_share", e.critical_share),
     optional_nvp("urgent_share", e.urgent_share),
     optional_nvp("low_acuity_share", e.low_acuity_share), optional_nvp("admit_urgent", e.admit_urgent),
     optional_nvp("admit_standard", e.admit_standard), optional_nvp("admit_low", e.admit_low),
     optional_nvp("icu_share_of_urgent_admissions", e.icu_share_of_urgent_admissions),
     optional_nvp("lab_share", e.lab_share), optional_nvp("imaging_share", e.imaging_share),
     optional_nvp("treatment_spaces", e.treatment_spaces), optional_nvp("physicians", e.physicians),
     optional_nvp("triage_nurses", e.triage_nurses), optional_nvp("registration", e.registration),
     optional_nvp("triage", e.triage), optional_nvp("assessment", e.assessment), optional_nvp("review", e.review),
     optional_nvp("discharge", e.discharge), optional_nvp("admission_handover", e.admission_handover),
     optional_nvp("treatment", e.treatment),
     optional_nvp("patience_standard", e.patience_standard), optional_nvp("patience_low", e.patience_low));
  using namespace scenario_json;
  check_range(ar, "arrivals_per_day", e.arrivals_per_day, 0.0, 2000.0);
  if (e.hourly_profile.size() != 24) json::report(ar, "hourly_profile", "must list 24 values, one per hour");
  for (double v : e.hourly_profile)
    if (!(v >= 0 && v <= 100)) json::report(ar, "hourly_profile", "values must be between 0 and 100");
  check_share(ar, "ambulance_share", e.ambulance_share);
  check_share(ar, "critical_share", e.critical_share);
  check_share(ar, "urgent_share", e.urgent_share);
  check_share(ar, "low_acuity_share", e.low_acuity_share);
  if (e.urgent_share + e.low_acuity_share > 1.0)
    json::report(ar, "low_acuity_share", "urgent_share plus low_acuity_share must not exceed 1");
  check_share(ar, "admit_urgent", e.admit_urgent);
  check_share(ar, "admit_standard", e.admit_standard);
  check_share(ar, "admit_low", e.admit_low);
  check_share(ar, "icu_share_of_urgent_admissions", e.icu_share_of_urgent_admissions);
  check_share(ar, "lab_share", e.lab_share);
  check_share(ar, "imaging_share", e.imaging_share);
  check_range(ar, "treatment_spaces", e.treatment_spaces, 1, 500);
  check_shifts(ar, "physicians", e.physicians, 200);
  check_shifts(ar, "triage_nurses", e.triage_nurses, 200);
}

template <class Ar>
void load(Ar& ar, MedicationRound& r) {
  ar(make_nvp("at", r.at), make_nvp("share", r.share));
  scenario_json::check_share(ar, "share", r.share);
}

template <class Ar>
void load(Ar& ar, WardParams& w) {
  ar(optional_nvp("ward_beds", w.ward_beds), optional_nvp("icu_beds", w.icu_beds),
     optional_nvp("ward_census_at_start", w.ward_census_at_start),
     optional_nvp("icu_census_at_start", w.icu_census_at_start), optional_nvp("los_mean_days", w.los_mean_days),
     optional_nvp("los_cv", w.los_cv), optional_nvp("icu_los_mean_days", w.icu_los_mean_days),
     optional_nvp("direct_admissions_per_day", w.direct_admissions_per_day),
     optional_nvp("direct_icu_share", w.direct_icu_share),
     optional_nvp("doses_per_patient_day", w.doses_per_patient_day), optional_nvp("rounds", w.rounds),
     optional_nvp("nurse_minutes_per_dose", w.nurse_minutes_per_dose),
     optional_nvp("nurse_care_minutes_per_patient_hour", w.nurse_care_minutes_per_patient_hour),
     optional_nvp("nurses", w.nurses), optional_nvp("medication_error_rate", w.medication_error_rate),
     optional_nvp("identification_error_rate", w.identification_error_rate),
     optional_nvp("morning_lab_share", w.morning_lab_share), optional_nvp("discharge_from", w.discharge_from),
     optional_nvp("discharge_until", w.discharge_until), optional_nvp("discharge_process", w.discharge_process));
  using namespace scenario_json;
  check_range(ar, "ward_beds", w.ward_beds, 1, 5000);
  check_range(ar, "icu_beds", w.icu_beds, 0, 500);
  check_range(ar, "ward_census_at_start", w.ward_census_at_start, 0, w.ward_beds);
  check_range(ar, "icu_census_at_start", w.icu_census_at_start, 0, w.icu_beds);
  check_range(ar, "los_mean_days", w.los_mean_days, 0.1, 100.0);
  check_range(ar, "los_cv", w.los_cv, 0.0, 3.0);
  check_range(ar, "icu_los_mean_days", w.icu_los_mean_days, 0.1, 100.0);
  check_range(ar, "direct_admissions_per_day", w.direct_admissions_per_day, 0.0, 1000.0);
  check_share(ar, "direct_icu_share", w.direct_icu_share);
  check_range(ar, "doses_per_patient_day", w.doses_per_patient_day, 0.0, 100.0);
  check_range(ar, "nurse_minutes_per_dose", w.nurse_minutes_per_dose, 0.0, 60.0);
  check_range(ar, "nurse_care_minutes_per_patient_hour", w.nurse_care_minutes_per_patient_hour, 0.0, 60.0);
  check_shifts(ar, "nurses", w.nurses, 2000);
  check_share(ar, "medication_error_rate", w.medication_error_rate);
  check_share(ar, "identification_error_rate", w.identification_error_rate);
  check_share(ar, "morning_lab_share", w.morning_lab_share);
  check_window(ar, "discharge_from", w.discharge_from, "discharge_until", w.discharge_until);
  double round_total = 0;
  for (const auto& r : w.rounds) round_total += r.share;
  if (w.rounds.empty() && json::has_field(ar, "rounds"))
    json::report(ar, "rounds", "needs at least one round (leave the field out for the default rounds)");
  else if (!w.rounds.empty() && (round_total < 0.99 || round_total > 1.01))
    json::report(ar, "rounds", "the shares of the rounds must add up to 1");
}

template <class Ar>
void load(Ar& ar, SurgeryParams& s) {
  ar(optional_nvp("electives_per_working_day", s.electives_per_working_day),
     optional_nvp("first_case", s.first_case), optional_nvp("last_case", s.last_case),
     optional_nvp("admit_share", s.admit_share), optional_nvp("icu_share", s.icu_share),
     optional_nvp("urgent_per_day", s.urgent_per_day), optional_nvp("urgent_day_share", s.urgent_day_share),
     optional_nvp("theatre_cases_per_working_day", s.theatre_cases_per_working_day));
  scenario_json::check_range(ar, "urgent_per_day", s.urgent_per_day, 0.0, 1000.0);
  scenario_json::check_share(ar, "urgent_day_share", s.urgent_day_share);
  scenario_json::check_range(ar, "theatre_cases_per_working_day", s.theatre_cases_per_working_day, 0.0, 2000.0);
  scenario_json::check_range(ar, "electives_per_working_day", s.electives_per_working_day, 0.0, 1000.0);
  scenario_json::check_share(ar, "admit_share", s.admit_share);
  scenario_json::check_share(ar, "icu_share", s.icu_share);
  scenario_json::check_window(ar, "first_case", s.first_case, "last_case", s.last_case, true);
}

template <class Ar>
void load(Ar& ar, OutpatientParams& o) {
  ar(optional_nvp("visits_per_working_day", o.visits_per_working_day),
     optional_nvp("referrals_per_working_day", o.referrals_per_working_day), optional_nvp("opens", o.opens),
     optional_nvp("closes", o.closes));
  scenario_json::check_range(ar, "visits_per_working_day", o.visits_per_working_day, 0.0, 20000.0);
  scenario_json::check_range(ar, "referrals_per_working_day", o.referrals_per_working_day, 0.0, 5000.0);
  scenario_json::check_window(ar, "opens", o.opens, "closes", o.closes);
}

template <class Ar>
void load(Ar& ar, CommunityRequests& c) {
  ar(optional_nvp("per_working_day", c.per_working_day), optional_nvp("gp_share", c.gp_share),
     optional_nvp("ration_queue_hours", c.ration_queue_hours));
  scenario_json::check_range(ar, "per_working_day", c.per_working_day, 0.0, 100000.0);
  scenario_json::check_share(ar, "gp_share", c.gp_share);
  scenario_json::check_range(ar, "ration_queue_hours", c.ration_queue_hours, 0.25, 1000.0);
}

template <class Ar>
void load(Ar& ar, LabParams& l) {
  ar(optional_nvp("capacity_per_hour", l.capacity_per_hour), optional_nvp("collection", l.collection),
     optional_nvp("transport", l.transport), optional_nvp("reception", l.reception),
     optional_nvp("analysis", l.analysis), optional_nvp("release", l.release),
     optional_nvp("analysis_cv", l.analysis_cv), optional_nvp("critical_share", l.critical_share),
     optional_nvp("critical_notify_limit", l.critical_notify_limit), optional_nvp("manual_share", l.manual_share),
     optional_nvp("manual_handling", l.manual_handling),
     optional_nvp("community", l.community));
  scenario_json::check_range(ar, "manual_share", l.manual_share, 0.01, 1.0);
  scenario_json::check_shifts(ar, "capacity_per_hour", l.capacity_per_hour, 10000);
  scenario_json::check_range(ar, "analysis_cv", l.analysis_cv, 0.0, 3.0);
  scenario_json::check_share(ar, "critical_share", l.critical_share);
}

template <class Ar>
void load(Ar& ar, RadiologyParams& r) {
  ar(optional_nvp("rooms", r.rooms), optional_nvp("transport", r.transport), optional_nvp("exam", r.exam),
     optional_nvp("report", r.report), optional_nvp("manual_share", r.manual_share),
     optional_nvp("manual_handling", r.manual_handling),
     optional_nvp("community", r.community), optional_nvp("community_per_hour", r.community_per_hour));
  scenario_json::check_range(ar, "manual_share", r.manual_share, 0.01, 1.0);
  scenario_json::check_range(ar, "community_per_hour", r.community_per_hour, 0.0, 10000.0);
  scenario_json::check_shifts(ar, "rooms", r.rooms, 100);
}

template <class Ar>
void load(Ar& ar, PharmacyParams& p) {
  ar(optional_nvp("pharmacists", p.pharmacists), optional_nvp("verification", p.verification));
  scenario_json::check_shifts(ar, "pharmacists", p.pharmacists, 100);
}

template <class Ar>
void load(Ar& ar, BackEntryParams& b) {
  ar(optional_nvp("records_per_staff_hour", b.records_per_staff_hour),
     optional_nvp("staff_at_start", b.staff_at_start), optional_nvp("from", b.from), optional_nvp("until", b.until),
     optional_nvp("from_ward_nurses", b.from_ward_nurses));
  scenario_json::check_share(ar, "from_ward_nurses", b.from_ward_nurses);
  scenario_json::check_range(ar, "records_per_staff_hour", b.records_per_staff_hour, 0.1, 1000.0);
  scenario_json::check_range(ar, "staff_at_start", b.staff_at_start, 0, 500);
  scenario_json::check_window(ar, "from", b.from, "until", b.until);
}

template <class Ar>
void load(Ar& ar, Improvisation& i) {
  ar(optional_nvp("time", i.time), optional_nvp("error", i.error), optional_nvp("throughput", i.throughput),
     optional_nvp("handoff", i.handoff));
  scenario_json::check_range(ar, "time", i.time, 0.5, 10.0);
  scenario_json::check_range(ar, "error", i.error, 0.0, 50.0);
  scenario_json::check_range(ar, "throughput", i.throughput, 0.05, 2.0);
}

template <class Ar>
void load(Ar& ar, DowntimePolicy& d) {
  ar(optional_nvp("improvise", d.improvise), optional_nvp("degraded_time", d.degraded_time),
     optional_nvp("paper_read_time", d.paper_read_time), optional_nvp("paper_read_error", d.paper_read_error),
     optional_nvp("paper_kit_hours", d.paper_kit_hours), optional_nvp("staff_trained_share", d.staff_trained_share),
     optional_nvp("runners", d.runners), optional_nvp("restore_teams", d.restore_teams),
     optional_nvp("validation_teams", d.validation_teams),
     optional_nvp("stale_data_risk_per_day", d.stale_data_risk_per_day),
     optional_nvp("incomplete_data_error", d.incomplete_data_error),
     optional_nvp("kit_reprint_after", d.kit_reprint_after), optional_nvp("kit_reprint_hours", d.kit_reprint_hours));
  d.has_crisis_team_auto_after = json::has_field(ar, "crisis_team_auto_after");
  if (d.has_crisis_team_auto_after) ar(make_nvp("crisis_team_auto_after", d.crisis_team_auto_after));
  using namespace scenario_json;
  check_range(ar, "degraded_time", d.degraded_time, 1.0, 10.0);
  check_range(ar, "paper_read_time", d.paper_read_time, 1.0, 10.0);
  check_range(ar, "paper_read_error", d.paper_read_error, 1.0, 50.0);
  check_range(ar, "paper_kit_hours", d.paper_kit_hours, 0.0, 10000.0);
  check_duration(ar, "kit_reprint_after", d.kit_reprint_after, 0, 14 * kDay);
  check_range(ar, "kit_reprint_hours", d.kit_reprint_hours, 0.0, 10000.0);
  check_share(ar, "staff_trained_share", d.staff_trained_share);
  check_range(ar, "runners", d.runners, 0, 500);
  check_range(ar, "restore_teams", d.restore_teams, 1, 50);
  check_range(ar, "validation_teams", d.validation_teams, 0, 50);
  check_range(ar, "stale_data_risk_per_day", d.stale_data_risk_per_day, 0.0, 10.0);
  check_range(ar, "incomplete_data_error", d.incomplete_data_error, 1.0, 10.0);
}

template <class Ar>
void load(Ar& ar, DemandParams& d) {
  ar(optional_nvp("walk_ins_stay_away", d.walk_ins_stay_away), optional_nvp("referrals_stay_away", d.referrals_stay_away),
     optional_nvp("appointments_stay_away", d.appointments_stay_away),
     optional_nvp("confidence_returns", d.confidence_returns),
     optional_nvp("referral_down_elsewhere", d.referral_down_elsewhere));
  using namespace scenario_json;
  check_share(ar, "walk_ins_stay_away", d.walk_ins_stay_away);
  check_share(ar, "referrals_stay_away", d.referrals_stay_away);
  check_share(ar, "appointments_stay_away", d.appointments_stay_away);
  check_share(ar, "referral_down_elsewhere", d.referral_down_elsewhere);
  check_range(ar, "confidence_returns", d.confidence_returns.minutes, 60.0, 366.0 * kDay);
}

template <class Ar>
void load(Ar& ar, LearningParams& l) {
  ar(optional_nvp("start_penalty", l.start_penalty), optional_nvp("trained_half_life", l.trained_half_life),
     optional_nvp("untrained_half_life", l.untrained_half_life),
     optional_nvp("fatigue_per_overtime", l.fatigue_per_overtime), optional_nvp("fatigue_max", l.fatigue_max));
  using namespace scenario_json;
  check_range(ar, "start_penalty", l.start_penalty, 0.0, 5.0);
  check_range(ar, "trained_half_life", l.trained_half_life.minutes, 1.0, 30.0 * kDay);
  check_range(ar, "untrained_half_life", l.untrained_half_life.minutes, 1.0, 30.0 * kDay);
  check_range(ar, "fatigue_per_overtime", l.fatigue_per_overtime, 0.0, 20.0);
  check_range(ar, "fatigue_max", l.fatigue_max, 0.0, 5.0);
}

template <class Ar>
void load(Ar& ar, PostponementPolicy& p) {
  ar(optional_nvp("electives_without_workup", p.electives_without_workup),
     optional_nvp("electives_needing_tests", p.electives_needing_tests),
     optional_nvp("clinic_share_needing_record", p.clinic_share_needing_record), optional_nvp("after", p.after),
     optional_nvp("catch_up_share", p.catch_up_share));
  scenario_json::check_share(ar, "clinic_share_needing_record", p.clinic_share_needing_record);
  scenario_json::check_share(ar, "electives_needing_tests", p.electives_needing_tests);
  scenario_json::check_range(ar, "catch_up_share", p.catch_up_share, 0.0, 2.0);
}

template <class Ar>
void load(Ar& ar, CrowdingParams& c) {
  ar(optional_nvp("time_per_overload", c.time_per_overload), optional_nvp("patience_per_waiting", c.patience_per_waiting),
     optional_nvp("home_instead_per_boarder", c.home_instead_per_boarder));
  scenario_json::check_range(ar, "home_instead_per_boarder", c.home_instead_per_boarder, 0.0, 1.0);
  scenario_json::check_range(ar, "time_per_overload", c.time_per_overload, 0.0, 10.0);
  scenario_json::check_range(ar, "patience_per_waiting", c.patience_per_waiting, 0.0, 10.0);
}

template <class Ar>
void load(Ar& ar, Location& l) {
  ar(make_nvp("lat", l.lat), make_nvp("lon", l.lon));
  scenario_json::check_range(ar, "lat", l.lat, -90.0, 90.0);
  scenario_json::check_range(ar, "lon", l.lon, -180.0, 180.0);
  l.set = true;
}

template <class Ar>
void load(Ar& ar, Hospital& h) {
  ar(make_nvp("id", h.id), json::text_nvp("name", h.name), optional_nvp("profiles", h.profiles),
     optional_nvp("location", h.location, json::absent_is_none), optional_nvp("designated_centre", h.designated_centre),
     optional_nvp("components", h.components),
     optional_nvp("emergency", h.emergency),
     optional_nvp("wards", h.wards), optional_nvp("surgery", h.surgery), optional_nvp("outpatient", h.outpatient),
     optional_nvp("lab", h.lab), optional_nvp("radiology", h.radiology), optional_nvp("pharmacy", h.pharmacy),
     optional_nvp("back_entry", h.back_entry), optional_nvp("downtime", h.downtime),
     optional_nvp("demand", h.demand), optional_nvp("learning", h.learning), optional_nvp("crowding", h.crowding),
     optional_nvp("postponement", h.postponement),
     make_nvp("functions", h.functions), optional_nvp("fallbacks", h.fallbacks));
}

template <class Ar>
void load(Ar& ar, PlannedDowntime& p) {
  ar(make_nvp("at", p.at));
}

template <class Ar>
void load(Ar& ar, VendorParams& v) {
  ar(optional_nvp("restore_teams", v.restore_teams));
  scenario_json::check_range(ar, "restore_teams", v.restore_teams, 0, 500);
}

// ---- Region -----------------------------------------------------------------

template <class Ar>
void load(Ar& ar, TravelTime& t) {
  ar(make_nvp("from", t.from), make_nvp("to", t.to), make_nvp("time", t.time));
  if (t.time.minutes <= 0) json::report(ar, "time", "must be at least 1 minute");
}

template <class Ar>
void load(Ar& ar, RegionDef& r) {
  ar(optional_nvp("name", r.name), optional_nvp("travel", r.travel),
     optional_nvp("designated_centre", r.designated_centre), optional_nvp("road_factor", r.road_factor),
     optional_nvp("road_speed_kmh", r.road_speed_kmh), optional_nvp("spread", r.spread),
     optional_nvp("icu_transfer_arranging", r.icu_transfer_arranging));
  scenario_json::check_range(ar, "road_factor", r.road_factor, 1.0, 3.0);
  scenario_json::check_range(ar, "road_speed_kmh", r.road_speed_kmh, 10.0, 200.0);
  scenario_json::check_duration(ar, "spread", r.spread, 0, 4 * kHour);
  scenario_json::check_duration(ar, "icu_transfer_arranging", r.icu_transfer_arranging, 0, kDay);
}

template <class Ar>
void load(Ar& ar, Scenario& s) {
  ar(make_nvp("format_version", s.format_version));
  if (s.format_version < kOldestScenarioFormatVersion || s.format_version > kScenarioFormatVersion) {
    json::report(ar, "format_version",
                 "this program reads format versions " + std::to_string(kOldestScenarioFormatVersion) + " to " +
                     std::to_string(kScenarioFormatVersion) +
                     (s.format_version > kScenarioFormatVersion ? "; this file needs a newer EPD Drill" : ""));
    json::abandon(ar);
    return;  // a different version means different fields: more messages would mislead
  }
  std::string schema;  // "$schema": lets an editor check the file as it is typed; not used here
  ar(optional_nvp("$schema", schema));
  json::has_field(ar, "profiles");  // merged into the hospitals before loading (profiles.h)
  ar(make_nvp("id", s.id), json::text_nvp("title", s.title), json::optional_text_nvp("summary", s.summary),
     json::optional_text_nvp("briefing", s.briefing), optional_nvp("planned_downtime", s.planned_downtime, json::absent_is_none),
     make_nvp("start", s.start), optional_nvp("horizon", s.horizon), optional_nvp("sources", s.sources),
     make_nvp("components", s.components), make_nvp("hospitals", s.hospitals), optional_nvp("region", s.region),
     optional_nvp("injects", s.injects),
     optional_nvp("actions", s.actions), optional_nvp("deadlines", s.deadlines),
     optional_nvp("objectives", s.objectives), optional_nvp("vendor", s.vendor));
  // Said as the file writes it: a duration, not minutes.
  scenario_json::check_duration(ar, "horizon", s.horizon, kShortestHorizon, kLongestHorizon);
  if (s.format_version < 3) {
    for (Hospital& h : s.hospitals) h.without_reactions();
    s.vendor.restore_teams = 0;
  }
  if (s.format_version < 6) s.legacy = LegacyRules::before_format6();
  else if (s.format_version < 7) s.legacy = LegacyRules::before_format7();
  else if (s.format_version < 8) s.legacy = LegacyRules::before_format8();
  else if (s.format_version < 9) s.legacy = LegacyRules::before_format9();
}

}  // namespace epd

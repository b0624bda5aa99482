#pragma once
// The scenario: everything a trainer writes in a scenario file, as plain data.
// Default values are the engine's calibration for a 400-bed Dutch general
// hospital; docs/calibration.md gives the source of each (tags in brackets
// below) and marks estimates as ESTIMATE. The file format is documented field
// by field in docs/scenario-format.md.

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/sim_time.h"
#include "scenario/enums.h"
#include "text/language.h"

namespace epd {

// The newest format this program reads and the shipped scenarios use.
// Version 2 added the region (travel, designated centre, locations), each
// hospital's own components, hospital profiles and several hospitals per
// decision; every version-1 file still loads and plays as before.
// Version 3 added how a hospital reacts to a long outage (demand, learning
// and fatigue on paper, crowding); a version-1 or -2 file plays with those
// reactions off (Hospital::without_reactions), exactly as it did.
// Version 4 lets every text a person reads be given in Dutch and English,
// {"nl": "...", "en": "..."}, and lets an objective name its HSEEP core
// capability; it plays as version 3, except that the back-entry peak is
// never below the backlog shown beside it (metric_values.cpp).
// Version 5 added the facilitator's briefing and a planned downtime.
// Version 6 corrects four mechanisms that moved numbers for the wrong reason
// (docs/calibration.md, "Corrected in format 6"); an older file keeps them
// (Scenario::legacy) and plays exactly as it did.
// Version 7 corrects two more ("Corrected in format 7"): doses a medication
// round has not reached when the next round starts are omitted and counted,
// and a ward shift below one nurse is measured as one, as it is played.
// Version 8 corrects one more ("Corrected in format 8"): work a clinic or the
// theatres take off a day's list in advance frees its time for the rest.
// Version 9 corrects one more ("Corrected in format 9"): the downtime policy
// reprints paper kits that are used up (DowntimePolicy::kit_reprint_hours).
constexpr int kScenarioFormatVersion = 9;
constexpr int kOldestScenarioFormatVersion = 1;
// The horizons a scenario may have: the loader refuses others, and no run
// (a batch's until included) is longer.
constexpr SimTime kShortestHorizon = kHour;
constexpr SimTime kLongestHorizon = 366 * kDay;

// A command's "hospital" that means every hospital; no hospital may have it as id.
inline const char* const kAllHospitals = "all";

// A length of simulated time, written "90m", "36h", "1d12h" in files.
struct Duration {
  std::int64_t minutes = 0;
};

// A local clock time, written "09:00".
struct ClockTime {
  int hour = 0;
  int minute = 0;
};

// Staff on duty per shift: day 07-15, evening 15-23, night 23-07.
struct PerShift {
  double day = 0, evening = 0, night = 0;
};

struct Source {
  std::string id;
  std::string title;
  std::string url;
  // Field paths of this file the source supports, e.g.
  // "hospitals[0].emergency.arrivals_per_day". Checked to exist.
  std::vector<std::string> supports;
};

// An IT component. In the scenario's list it is shared by every hospital
// whose functions depend on it (the vendor's cloud, a national exchange
// platform) unless `each_hospital` gives every hospital an instance of its
// own (its network, its VPN link, its local EPD installation), written once.
// A component listed under one hospital is that hospital's alone.
struct ComponentDef {
  std::string id;
  std::string name;
  ComponentKind kind = ComponentKind::other;
  ComponentState state = ComponentState::up;  // at T0
  bool each_hospital = false;
};

// One condition, used by inject triggers, action prerequisites, deadline
// starts and objective reference points. Exactly one form per object.
struct Condition {
  enum class Type : std::uint8_t {
    at,                // {"at": "2h"}
    metric_above,      // {"metric": "ed_waiting", "above": 25}
    metric_below,      // {"metric": "ed_waiting", "below": 5}
    phase_reached,     // {"phase_reached": "downtime"}
    component_state,   // {"component": "vendor_cloud", "state": "up"}
    function_state,    // {"function": "lab", "state": "down", "hospital": "h1"}
    action_taken,      // {"action_taken": "cut_vpn"}
    action_not_taken,  // {"action_not_taken": "cut_vpn", "by": "8h"}
    inject_delivered,  // {"inject_delivered": "zcert_advice", "delay": "30m"}
  };
  Type type = Type::at;
  std::string ref;        // metric, component, function, action or inject id
  // Which hospital the condition looks at: a metric's value there instead of
  // the region's, that hospital's instance of its own component, its
  // function, a decision taken for it. "" = the region (metrics, decisions)
  // or the first hospital (functions).
  std::string hospital;
  double threshold = 0;   // metric_above / metric_below
  std::int64_t minutes = 0;  // at, by, delay
  Phase phase = Phase::normal;
  ComponentState component_state = ComponentState::up;
  FunctionState function_state = FunctionState::up;
};

// A change to the world caused by an inject or an action. One form per object.
struct Effect {
  enum class Type : std::uint8_t {
    component_state,  // {"component": "vendor_cloud", "state": "down"}
    flow_factor,      // {"flow": "emergency", "factor": 1.15, "for": "3d"}
    staff_change,     // {"staff": "emergency_nurses", "change": -2, "for": "12h"}
    paper_kits,       // {"paper_kit_hours": 24}
    walk_ins_elsewhere,  // {"walk_ins_elsewhere": 0.15, "for": "14d", "hospital": "h1"}: the news is out
  };
  Type type = Type::component_state;
  std::string component;
  ComponentState state = ComponentState::down;
  Flow flow = Flow::emergency;
  StaffGroup staff = StaffGroup::emergency_nurses;
  double amount = 0;           // factor, change, kit hours, or share of walk-ins
  std::int64_t for_minutes = 0;  // 0 = permanent
  std::string hospital;        // "" = every hospital
};

struct InjectDef {
  std::string id;
  std::string title;
  std::string text;
  std::string from;                  // sender: Z-CERT, the vendor, a journalist, ...
  std::vector<std::string> to;       // recipient roles
  Condition trigger;
  std::vector<Effect> effects;
  std::vector<std::string> expected_actions;  // action ids, for evaluation
  std::string facilitator_notes;
};

struct ParamDef {
  std::string name;
  std::string unit;
  double min = 0;
  double max = 0;
  double default_value = 0;
  bool has_default = false;
  bool integer = true;
};

struct ActionDef {
  std::string id;
  std::string title;
  ActionKind kind = ActionKind::communicate;
  // The object of the action, by kind: a component (isolate/reconnect), a
  // fallback (activate/deactivate), a staff group (call_in_staff), an
  // audience (communicate). restore_next takes its function with the decision.
  std::string target;
  std::vector<ParamDef> params;
  Duration delay;
  std::vector<Condition> requires_all;  // "requires" in files
  std::vector<Effect> effects;          // extra effects, applied when it takes effect
  std::vector<std::string> roles;       // who usually decides
  std::string costs;
  std::string risks;
};

// A parameter a kind of decision takes with every command, whatever its
// catalog declares: restore_next's "position" in the restore order (1, the
// default, is first; the console's up and down buttons send the others).
inline bool intrinsic_param(ActionKind kind, std::string_view name) {
  return kind == ActionKind::restore_next && name == "position";
}

struct DeadlineDef {
  std::string id;
  std::string title;
  std::string law;
  Condition starts;
  Duration within;
  std::vector<std::string> met_by;  // action ids
};

struct Criterion {
  enum class Type : std::uint8_t {
    metric_at_most,   // {"metric": "ed_max_wait_min", "at_most": 240}
    metric_at_least,  // {"metric": "...", "at_least": 1}
    action_within,    // {"action": "notify_ap", "within": "72h", "after": {...}}
    fallback_within,  // {"fallback_active": "paper", "within": "30m", "after": {...}}
    deadline_met,     // {"deadline_met": "avg_ap"}
  };
  Type type = Type::metric_at_most;
  std::string ref;
  std::string hospital;  // "" = the region (metrics, decisions) or every hospital that has the fallback
  double threshold = 0;
  Duration within;
  bool has_after = false;
  Condition after;  // reference point; absent = T0
  bool has_kind = true;  // false: none of its kinds' fields was written (the loader said so; nothing to check)
};

struct ObjectiveDef {
  std::string id;
  std::string title;
  // The HSEEP core capability it tests (capabilities.h; format 4): the
  // after-action report analyses the exercise per capability. "" = none named.
  std::string capability;
  std::vector<Criterion> criteria;  // empty: only an evaluator can rate it
};

// ---- Hospital ----------------------------------------------------------

struct Dependency {
  std::string component;
  // What the function becomes when this component is down (a degraded
  // component always makes it degraded at worst).
  FunctionState when_down = FunctionState::down;
};

struct FunctionDef {
  std::string id;
  std::string name;
  std::vector<Role> roles;
  std::vector<Dependency> depends_on;
  Duration restore_mean{6 * kHour};  // work to bring it back once its components are up
  double restore_cv = 0.5;
  Duration validation{kHour};        // checks before it is released to users
};

struct FallbackDef {
  std::string id;
  std::string name;
  FallbackKind kind = FallbackKind::procedure;
  std::vector<std::string> covers;  // function ids
  bool by_decision = true;          // may be activated by a decision
  bool has_auto_after = false;      // downtime policy: automatic activation...
  Duration auto_after;              // ...after a covered function is down this long
  Duration delay{30};               // from activation to working
  double throughput = 0.8;
  double time = 1.5;
  double error = 6.5;
  Duration handoff{20};             // runner / phone hand-off per result or order
  int runners_needed = 0;
  bool uses_paper_kits = true;      // procedures consume downtime kits
  std::string uses_function;        // must be up to work (the viewer's own server)
  Duration snapshot_interval{4 * kHour};  // viewer: how often it copied the EPD
};

struct EmergencyParams {
  double arrivals_per_day = 63;  // [vzinfo-seh]
  // Relative arrivals per hour of day, 0..23 [nhamcs-2006 shape: peaks 10-13 h and 19-20 h].
  std::vector<double> hourly_profile{0.45, 0.38, 0.32, 0.28, 0.26, 0.28, 0.40, 0.65, 0.95, 1.20, 1.45, 1.50,
                                     1.48, 1.38, 1.30, 1.25, 1.22, 1.25, 1.30, 1.40, 1.38, 1.15, 0.90, 0.65};
  double ambulance_share = 0.25;                // ESTIMATE
  // Of ambulance patients: stroke, STEMI or major trauma, who go to the
  // region's designated centre when this ED does not take ambulances.
  double critical_share = 0.10;                 // ESTIMATE
  double urgent_share = 0.15;                   // ESTIMATE (triage red/orange)
  double low_acuity_share = 0.40;               // ESTIMATE (triage green/blue); the rest is standard
  double admit_urgent = 0.65, admit_standard = 0.35, admit_low = 0.08;  // ESTIMATE
  double icu_share_of_urgent_admissions = 0.3;  // ESTIMATE
  double lab_share = 0.56;                      // [adlm-2016]
  double imaging_share = 0.35;                  // [adlm-2016] (X-ray ~35%, NHAMCS)
  int treatment_spaces = 22;                    // ESTIMATE
  PerShift physicians{4, 4, 2};                 // ESTIMATE
  PerShift triage_nurses{2, 2, 1};              // ESTIMATE
  Duration registration{4}, triage{8}, assessment{25}, review{12}, discharge{15}, admission_handover{25};
  // Treatment and observation after the first assessment, alongside the
  // diagnostics. ESTIMATE, calibrated to the median ED stay of 199 min [umcu-2022].
  Duration treatment{150};
  Duration patience_standard{6 * kHour}, patience_low{3 * kHour};  // ESTIMATE, gives 1-2% left without being seen
};

struct MedicationRound {
  ClockTime at;
  double share = 0;  // of the day's doses
};

struct WardParams {
  int ward_beds = 386;      // [cwz-2019] 417 beds in all
  int icu_beds = 14;        // ESTIMATE, [cwz-2019] 3,983 ICU days a year is ~11 occupied
  int ward_census_at_start = 275;  // ESTIMATE from 65 admissions/day x 4.4 days [cwz-2019]
  int icu_census_at_start = 11;    // [cwz-2019]
  double los_mean_days = 4.4;      // [cwz-2019]
  double los_cv = 1.0;             // ESTIMATE
  double icu_los_mean_days = 3.4;  // ESTIMATE consistent with [cwz-2019]
  double direct_admissions_per_day = 32;  // ESTIMATE: with ED and electives ~65/day [cwz-2019]
  double direct_icu_share = 0.03;         // ESTIMATE
  double doses_per_patient_day = 10;      // ESTIMATE (8-15)
  std::vector<MedicationRound> rounds{{{6, 0}, 0.15}, {{9, 0}, 0.35}, {{13, 0}, 0.15}, {{17, 0}, 0.20}, {{22, 0}, 0.15}};  // [thieme-2023] 09:00 peak
  double nurse_minutes_per_dose = 2.9;              // [thieme-2023] 70 min for 24 doses
  double nurse_care_minutes_per_patient_hour = 5.5;  // ESTIMATE, gives 72-95% of nursing time by hour of a normal day (mean 82%)
  PerShift nurses{55, 45, 32};                      // ESTIMATE (1:5 day ... 1:9 night)
  double medication_error_rate = 0.002;             // ESTIMATE, per dose with eMAR and barcode scanning
  double identification_error_rate = 0.0005;        // ESTIMATE, per registration with printed wristbands
  double morning_lab_share = 0.6;                   // ESTIMATE
  ClockTime discharge_from{10, 0}, discharge_until{17, 0};
  Duration discharge_process{90};
};

struct SurgeryParams {
  double electives_per_working_day = 30;  // ESTIMATE
  ClockTime first_case{8, 0}, last_case{15, 0};
  double admit_share = 0.7;   // ESTIMATE, the rest is day surgery
  double icu_share = 0.05;    // ESTIMATE
  // Format 3. Urgent operations (from the ED and the wards) go on day and
  // night, on paper if need be; those in the day session take theatre slots
  // from the electives.
  double urgent_per_day = 6;                  // ESTIMATE
  double urgent_day_share = 0.5;              // ESTIMATE: of them, during the elective session
  // Electives and daytime urgent cases together; 0: room for every case.
  double theatre_cases_per_working_day = 0;
};

struct OutpatientParams {
  double visits_per_working_day = 1380;   // [cwz-2019] ~345,000 a year
  double referrals_per_working_day = 120; // ESTIMATE
  ClockTime opens{8, 0}, closes{17, 0};
};

// Requests from GPs and the outpatient clinic to a diagnostic department
// (format 3): they arrive on working days 08:00-17:00 and are served with
// what the hospital's own patients leave of the capacity. When the queue
// holds more than `ration_queue_hours` of that capacity, new requests are
// rationed: GPs' refused, the clinic's postponed until there is room again.
struct CommunityRequests {
  double per_working_day = 0;
  double gp_share = 0.6;            // ESTIMATE: of the requests, from GPs
  double ration_queue_hours = 4;    // ESTIMATE
};

struct LabParams {
  PerShift capacity_per_hour{160, 90, 60};  // ESTIMATE, samples per hour
  // ESTIMATE: sums to ~50 min with the lab stage 69% of it [umcu-2022]
  Duration collection{10}, transport{6}, reception{4}, analysis{26}, release{3};
  double analysis_cv = 0.35;
  double critical_share = 0.04;             // ESTIMATE
  Duration critical_notify_limit{30};       // ESTIMATE, a critical result later than this counts as delayed
  // Format 3. With its own system (role lab_system) down the lab registers
  // samples and enters results by hand: this share of its capacity.
  double manual_share = 0.3;                // ESTIMATE, [synnovis-2024] capacity cut to a fraction for weeks
  Duration manual_handling{10};             // ESTIMATE: registering a sample and entering its result by hand
  CommunityRequests community{700, 0.6, 4}; // ESTIMATE: ~1,400 samples a day in all for a 400-bed hospital's lab
};

struct RadiologyParams {
  PerShift rooms{3, 2, 1};  // ESTIMATE
  Duration transport{10}, exam{15}, report{25};
  // Format 3. With RIS/PACS (role radiology_system) down: registration at
  // the modality, images viewed there, reports dictated on paper.
  double manual_share = 0.5;                 // ESTIMATE
  Duration manual_handling{10};              // ESTIMATE: registering at the modality, a paper report
  // Outpatient and GP exams, in rooms of their own.
  CommunityRequests community{120, 0.4, 4};  // ESTIMATE
  double community_per_hour = 17;            // ESTIMATE: their rooms' exams an hour, a quarter above demand
};

struct PharmacyParams {
  PerShift pharmacists{3, 1, 1};  // ESTIMATE
  Duration verification{6};
};

struct BackEntryParams {
  double records_per_staff_hour = 20;  // ESTIMATE, calibrated to ~3 days after a planned downtime [nursingcenter-3810129]
  int staff_at_start = 2;
  ClockTime from{8, 0}, until{17, 0};
  // Format 3: the share of back-entry staff taken from the ward nurses
  // while they enter records (the rest are clerks and students).
  double from_ward_nurses = 0.5;  // ESTIMATE
};

// How the hospital works when an IT function is gone and no prepared fallback
// covers it: improvisation, far slower and riskier.
struct Improvisation {
  double time = 2.0;        // ESTIMATE
  double error = 10.0;      // ESTIMATE, [pmc7647128] procedures absent in 46% of downtime incidents
  double throughput = 0.6;  // ESTIMATE
  Duration handoff{45};     // ESTIMATE
};

struct DowntimePolicy {
  Improvisation improvise;
  double degraded_time = 1.3;         // ESTIMATE, a slow function
  // Reading a down function's data from the paper charts a procedure keeps:
  // what was written since the outage is there, the history before it is not.
  double paper_read_time = 1.15;      // ESTIMATE
  double paper_read_error = 3.0;      // ESTIMATE
  double paper_kit_hours = 8;         // [safer-sg003] forms for at least 8 h
  // Format 9: when the kits have been used up for `kit_reprint_after` while a
  // procedure needs them, the policy's master set is copied again: kits for
  // `kit_reprint_hours` of care reach the wards (0: never; formats 1-8 never do).
  Duration kit_reprint_after{4 * kHour};  // ESTIMATE, copying and delivering a master set
  double kit_reprint_hours = 24;          // ESTIMATE, a day of care per reprint
  double staff_trained_share = 0.5;   // ESTIMATE
  int runners = 4;                    // ESTIMATE, porters free for runner duty
  int restore_teams = 2;              // ESTIMATE, IT teams restoring functions in parallel
  // Format 3: key users who validate a restored function before release,
  // one function at a time each (0: as many as needed, format 1 and 2).
  int validation_teams = 1;           // ESTIMATE
  double stale_data_risk_per_day = 0.25;  // ESTIMATE, extra risk per day of viewer snapshot age
  double incomplete_data_error = 1.3;     // ESTIMATE, while records await back-entry
  bool has_crisis_team_auto_after = false;
  Duration crisis_team_auto_after;
};

// ---- How a hospital reacts to a long outage (format 3) ----------------------

// Patients and GPs who go elsewhere while the hospital's trouble is public:
// from the moment its patient portal goes down or a walk_ins_elsewhere
// effect puts it in the news. The shares fade to nothing over
// `confidence_returns` as confidence comes back.
struct DemandParams {
  double walk_ins_stay_away = 0.22;       // calibrated: ED visits -10 to -19% in week 1 [claims-week1]
  double referrals_stay_away = 0.30;      // calibrated: outpatient -22 to -35% in week 1 [claims-week1]
  double appointments_stay_away = 0.10;   // ESTIMATE: patients who cancel a booked clinic visit themselves
  Duration confidence_returns{18 * kDay}; // [claims-week1] normal again in 2-3 weeks
  // GP referrals sent to another hospital while this one cannot receive them digitally.
  double referral_down_elsewhere = 0.25;  // ESTIMATE
};

// Staff learn a paper procedure over their first shifts on it (faster when
// trained), and overtime tires them. Both multiply a procedure's and an
// improvisation's time and error factors and divide its throughput.
struct LearningParams {
  double start_penalty = 0.5;              // ESTIMATE: x1.5 at the first minute, halving with each half-life
  Duration trained_half_life{4 * kHour};   // ESTIMATE: half a shift for staff who trained on it
  Duration untrained_half_life{16 * kHour};// ESTIMATE: two shifts for the rest and for improvisation
  double fatigue_per_overtime = 1.0;       // ESTIMATE: x(1 + this x overtime share of the last 3 days' ward nursing)
  double fatigue_max = 0.25;               // ESTIMATE: at most x1.25
};

// A crowded ED works slower and loses more patients. Admitted patients who
// board keep their treatment space (always so).
struct CrowdingParams {
  // Assessment, review and treatment take (1 + this x patients per
  // treatment space above 1) times as long: nurses and physicians share
  // themselves out over more patients.
  double time_per_overload = 0.8;        // ESTIMATE
  // A waiting patient's patience is divided by (1 + this x patients
  // waiting per physician on duty) when they join the queue.
  double patience_per_waiting = 0.35;    // ESTIMATE
  // With no bed free, a non-urgent patient the ED would admit is sent home
  // with follow-up instead with this chance per patient boarding (at most half).
  double home_instead_per_boarder = 0.02;  // ESTIMATE
};

// The hospital's downtime policy for planned work (format 3): what is
// postponed by itself, besides what the team decides, and how fast the
// postponed work is caught up once the information is back.
struct PostponementPolicy {
  // An elective operation needs its pre-op workup: a readable record (EPD,
  // viewer or paper), and for some of them fresh tests (lab results and the
  // lab's own system, imaging).
  bool electives_without_workup = true;
  double electives_needing_tests = 0.3;  // ESTIMATE: the rest had their tests at pre-assessment
  // Clinic appointments that need a readable record (follow-ups that rest
  // on earlier results and letters); the others are seen without it.
  double clinic_share_needing_record = 0.5;  // ESTIMATE
  Duration after{2 * kHour};     // ESTIMATE: how long the information is missing before the policy postpones
  double catch_up_share = 0.10;  // ESTIMATE: extra planned work a day, while a backlog remains

  // Work not done waits for a new date only where it is caught up (format 3).
  bool keeps_backlog() const { return catch_up_share > 0; }
  // The most extra work booked from a backlog in a day of `per_day` normal work.
  double daily_catch_up(double per_day) const { return std::ceil(catch_up_share * per_day); }
};

// Where a hospital is, for travel times the scenario does not give.
struct Location {
  double lat = 0, lon = 0;  // degrees (WGS 84)
  bool set = false;
};

struct Hospital {
  std::string id;
  std::string name;
  std::vector<std::string> profiles;  // the profiles it was built from, in order (already merged in)
  Location location;
  // Where its stroke, STEMI and major-trauma patients go when its ED does
  // not take ambulances: "" = the region's designated centre. A national
  // scenario names each ROAZ region's centre here.
  std::string designated_centre;
  std::vector<ComponentDef> components;  // components only this hospital has
  EmergencyParams emergency;
  WardParams wards;
  SurgeryParams surgery;
  OutpatientParams outpatient;
  LabParams lab;
  RadiologyParams radiology;
  PharmacyParams pharmacy;
  BackEntryParams back_entry;
  DowntimePolicy downtime;
  DemandParams demand;
  LearningParams learning;
  CrowdingParams crowding;
  PostponementPolicy postponement;
  std::vector<FunctionDef> functions;
  std::vector<FallbackDef> fallbacks;

  // Every format-3 reaction off: how a format-1 or -2 file plays.
  void without_reactions() {
    demand.walk_ins_stay_away = demand.referrals_stay_away = demand.appointments_stay_away = 0;
    demand.referral_down_elsewhere = 0;
    learning.start_penalty = learning.fatigue_per_overtime = learning.fatigue_max = 0;
    crowding.time_per_overload = crowding.patience_per_waiting = 0;
    lab.manual_share = radiology.manual_share = 1;
    lab.community.per_working_day = radiology.community.per_working_day = 0;
    crowding.home_instead_per_boarder = 0;
    surgery.urgent_per_day = 0;
    postponement.electives_without_workup = false;
    postponement.clinic_share_needing_record = 0;
    postponement.catch_up_share = 0;
    back_entry.from_ward_nurses = 0;
    downtime.validation_teams = 0;
  }
};

// ---- Region ------------------------------------------------------------

// Minutes by road between two hospitals, both ways.
struct TravelTime {
  std::string from, to;
  Duration time;
};

// The regional acute-care network (ROAZ): how long patients travel between
// the hospitals, and where critical patients go. Travel between two
// hospitals the scenario does not list is computed from their locations.
struct RegionDef {
  std::string name;
  std::vector<TravelTime> travel;
  std::string designated_centre;   // stroke, STEMI and major trauma centre ("" = none)
  double road_factor = 1.3;        // ESTIMATE: road distance / straight-line distance
  double road_speed_kmh = 70;      // ESTIMATE: an ambulance's average over the trip
  // Format 6: patients sent on spread over the EDs up to this many minutes
  // further than the nearest (they live all around the hospital), nearer
  // ones more likely; 0: all to the nearest.
  Duration spread{15};              // ESTIMATE
  // Format 6: from the decision to move an ICU patient to the patient
  // leaving the ED (a bed found, a mobile ICU team on its way).
  Duration icu_transfer_arranging{2 * 60};  // ESTIMATE
};

// How an older file plays: the mechanisms formats 6, 7 and 8 corrected, kept
// exactly as they were so its results and saves stay the same.
struct LegacyRules {
  // Format 6
  bool viewer_shows_new_results = false;  // a read-only copy served lab results made after it was taken
  bool all_to_nearest_ed = false;         // patients sent on all went to the nearest ED, even one itself closed
  bool leave_only_after_triage = false;   // nobody left before triage; triage took the most urgent first
  bool icu_transfer_in_region_only = false;  // no ICU transfer out of the scenario's region, none arranged
  // Format 7
  bool rounds_run_until_done = false;     // a late round went on past the next, for days if need be, omitting nothing
  bool workload_without_staff_floor = false;  // a shift with no ward nurse showed 0% workload
  // Format 8
  bool work_taken_off_frees_no_time = false;  // clinics and theatres fitted only what paper allows of a day's full list
  // Format 9
  bool kits_never_reprinted = false;  // kits used up stayed used up until the team restocked them
  static LegacyRules before_format6() { return {true, true, true, true, true, true, true, true}; }
  static LegacyRules before_format7() { return {false, false, false, false, true, true, true, true}; }
  static LegacyRules before_format8() { return {false, false, false, false, false, false, true, true}; }
  static LegacyRules before_format9() { return {false, false, false, false, false, false, false, true}; }
  // How many mechanisms the file plays uncorrected.
  int uncorrected() const {
    return viewer_shows_new_results + all_to_nearest_ed + leave_only_after_triage + icu_transfer_in_region_only +
           rounds_run_until_done + workload_without_staff_floor + work_taken_off_frees_no_time + kits_never_reprinted;
  }
};

// The EPD vendor (format 3). Restoring a function that depends on a
// vendor_cloud component needs one of the vendor's teams as well as the
// hospital's; the vendor serves all its affected customers, longest waiting
// first. 0: unlimited (format 1 and 2).
struct VendorParams {
  int restore_teams = 4;  // ESTIMATE
};

// A downtime the hospital plans (format 5): an upgrade, a migration. The
// exercise begins in preparation (communication, downtime reports printed,
// kits staged) and downtime operations start at the planned time, without
// detection, escalation or containment: nothing has to be found out.
struct PlannedDowntime {
  Duration at{-1};  // from T0; -1: the outage is not planned
  bool planned() const { return at.minutes >= 0; }
};

struct Scenario {
  int format_version = kScenarioFormatVersion;
  // The Dutch of the texts the file gives in two languages (format 4),
  // keyed by their English, which is what the engine uses: results never
  // depend on the language a drill is shown in.
  std::map<std::string, std::string> dutch;
  // `text` (one of this scenario's) in the current language.
  const std::string& local(const std::string& text) const { return local_text(dutch, text); }
  std::string id;
  std::string title;
  std::string summary;
  std::string briefing;  // format 5: one paragraph for the facilitator, what the drill teaches and how to run it
  PlannedDowntime planned_downtime;
  CivilDateTime start;
  Duration horizon{42 * kDay};
  std::vector<Source> sources;
  std::vector<ComponentDef> components;
  std::vector<Hospital> hospitals;
  RegionDef region;
  std::vector<InjectDef> injects;
  std::vector<ActionDef> actions;
  std::vector<DeadlineDef> deadlines;
  std::vector<ObjectiveDef> objectives;
  VendorParams vendor;
  LegacyRules legacy;  // set by the loader from format_version, never written in a file

  // The position of the hospital with this id in `hospitals`, or -1.
  int hospital_index(const std::string& hospital_id) const {
    for (std::size_t k = 0; k < hospitals.size(); ++k)
      if (hospitals[k].id == hospital_id) return static_cast<int>(k);
    return -1;
  }
};

}  // namespace epd

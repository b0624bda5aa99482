#pragma once
// The simulated world of one exercise: its state and its rules. The class is
// large, so its member functions live in sim/rules/, one file per concern
// (emergency.cpp, lab.cpp, wards.cpp, it_functions.cpp, fallbacks.cpp, ...).
// Outside the engine, use Exercise (engine/exercise.h), which owns a World.

#include <array>
#include <cassert>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "core/event_queue.h"
#include "core/factor_product.h"
#include "core/huge_pages.h"
#include "core/rng.h"
#include "core/sim_time.h"
#include "scenario/limits.h"
#include "engine/commands.h"
#include "engine/reports.h"
#include "metrics/running_median.h"
#include "metrics/series.h"
#include "region/region_map.h"
#include "region/routing.h"
#include "scenario/scenario.h"

namespace epd {

// Everything the event queue can hold. `subject` is an index whose meaning
// the kind gives.
enum EventKind : std::uint16_t {
  kEdArrival,         // next ED arrival of a hospital
  kEdRegistered,      // subject: ED patient
  kEdTriaged,         // subject: ED patient
  kEdPatienceOut,     // subject: ED patient; leaves if still waiting
  kEdPhysicianDone,   // subject: ED patient (assessment or review finished)
  kEdTreatmentDone,   // subject: ED patient (treatment and observation finished)
  kEdDischarged,      // subject: ED patient leaves home
  kEdHandedOver,      // subject: ED patient leaves for a bed
  kLabArrived,        // subject: lab sample reaches the analysers
  kLabAnalysed,       // subject: lab sample
  kLabDelivered,      // subject: lab sample result reaches the clinician
  kImagingArrived,    // subject: imaging exam, patient at radiology
  kImagingScanned,    // subject: imaging exam
  kImagingReported,   // subject: imaging exam
  kPharmacyDone,      // subject: pharmacy verification
  kMedicationRound,   // subject: round index
  kMorningLabs,       // inpatient blood draws
  kDischargeDue,      // subject: inpatient
  kDischargeDone,     // subject: inpatient
  kIcuStepDown,       // subject: inpatient
  kSurgeryCase,       // subject: case number of the day
  kSurgeryDay,        // schedule the day's elective cases
  kOutpatientHour,    // one clinic hour
  kReferralDay,       // the day's referrals from GPs
  kShiftChange,
  kSampleTick,        // metrics, conditions, kits, back-entry: every 15 min
  kTimerCheck,        // re-evaluate conditions at an exact time
  kActionEffective,   // subject: decision index
  kActionEnds,        // subject: decision index
  kFallbackReady,     // subject: fallback index
  kFallbackAutoCheck, // subject: fallback index
  kRestoreDone,       // subject: function index
  kValidationDone,    // subject: function index
  kDeadlineDue,       // subject: deadline index
  kEffectEnds,        // subject: temporary effect index
  kDirectAdmissions,  // one hour of planned direct admissions
  kEdTransferArrival, // subject: ED patient arriving from another hospital of the region
  kIcuTransferArrival,// a patient for an ICU bed held here arrives from another hospital
  kIcuTransferDue,    // subject: ED patient boarding for an ICU bed; moved elsewhere if still waiting (format 6)
  kEventKindCount,
};

// A dose given more than this after its round's time counts as late
// (ESTIMATE: common policy allows one hour either side for routine doses,
// so two hours after the round's start is certainly late).
constexpr SimTime kLateDose = 2 * kHour;
// Share of the nurses' time a medication round takes while it runs (ESTIMATE).
constexpr double kRoundShareOfNursing = 0.5;

enum class Access : std::uint8_t { read, write, read_write };

// How a step of care runs given the state of the IT it needs: multiplied
// time, multiplied error risk, share of the normal throughput, a hand-off
// delay (runners, phone) and whether it leaves a paper record.
struct StepMode {
  double time = 1;
  double error = 1;
  double throughput = 1;
  SimTime handoff = 0;
  bool paper = false;
  bool improvised = false;
  int viewer = -1;  // fallback index serving reads (stale data risk grows)
};

enum class Acuity : std::uint8_t { urgent, standard, low };

// One cache line each, as LabSample.
struct alignas(64) EdPatient {
  Rng rng;  // the patient's own random numbers, independent of everything else
  SimTime arrived = 0, seen = -1;
  Acuity acuity = Acuity::standard;
  bool needs_lab = false, needs_imaging = false, admit = false, icu = false;
  bool has_space = false, left = false, seen_by_physician = false, reviewed = false;
  bool ambulance = false;  // came by ambulance (format 6: triaged first)
  std::uint8_t pending = 0;  // diagnostics not yet back
  bool in_triage = false;    // with the triage nurse now: nobody walks out mid-triage
  bool triaged = false;
  bool gave_up_in_triage = false;  // patience ran out with the nurse: leaves once triage is done (format 6)
};
static_assert(sizeof(EdPatient) == 64, "one cache line per ED patient");

// A lab sample lives from the order to the result; its slot is reused after.
// One cache line each: in a region of seventy hospitals the records a step
// touches are rarely still in cache, and a record across two lines costs two.
struct alignas(64) LabSample {
  Rng rng;
  SimTime ordered = 0;
  std::uint32_t number = 0;      // the lab's count of samples: its random stream and its place in the queue
  std::int32_t ed_patient = -1;  // -1: inpatient sample
  bool critical = false;
};

struct ImagingExam {
  SimTime ordered = 0;
  std::uint32_t ed_patient = 0;
};

// Every patient ever admitted keeps a record (events name them by index);
// those in a bed also have a slot, where their random stream is kept
// (HospitalState::bed_rngs). The records of the patients a medication round
// finds moved are read out of order: small, so that they share cache lines.
struct Inpatient {
  static constexpr std::uint32_t kNotInBed = 0xffffffffu;
  SimTime discharge_due = 0;
  std::uint32_t slot = kNotInBed;  // position in HospitalState::bed_patients
  bool icu = false;
  bool in_bed() const { return slot != kNotInBed; }
};
static_assert(sizeof(Inpatient) == 16, "four inpatient records to a cache line");

struct FunctionRuntime {
  FunctionState state = FunctionState::up;
  // awaiting_validation: restored, waiting for a validation team (format 3).
  enum class Restore : std::uint8_t { none, waiting, working, validating, awaiting_validation } restore = Restore::none;
  SimTime waiting_since = -1;  // its restore became possible (the vendor serves the longest waiting first)
  bool vendor_held = false;    // a vendor team works on it
  bool needs_restore = false;  // it was read-only or down and must be restored, not just reconnected
  SimTime down_since = -1;
  std::uint32_t restore_generation = 0;  // invalidates timers of an aborted restore
  double backlog = 0;                     // paper records waiting for back-entry
  // IT or key users have it in hand: being restored, validated, or waiting for validation.
  bool restore_in_hand() const {
    return restore == Restore::working || restore == Restore::validating || restore == Restore::awaiting_validation;
  }
};

struct FallbackRuntime {
  enum class Status : std::uint8_t { inactive, activating, active } status = Status::inactive;
  SimTime activated_at = -1, ready_at = -1;
  SimTime snapshot_at = 0;        // viewer: time of the data it shows
  bool snapshot_frozen = false;   // viewer: the EPD stopped feeding it
  SimTime first_active_at = -1;
  bool auto_pending = false;
  std::uint32_t generation = 0;
};

constexpr SimTime kNoPass = std::numeric_limits<SimTime>::max();

// A medication round in progress: the nurses pass from patient to patient.
// Its passes are not queued. Each has the place in the event order it would
// have had if every patient's pass had been queued at the round's start (a
// sequence number reserved then), and is given just before the first thing
// after it that touches its hospital (World::give_passes_before). A pass
// touches only its own hospital, so 69 hospitals' rounds on the same minutes
// no longer take turns pass by pass; the results are the same.
struct RoundInProgress {
  std::uint32_t round = 0;  // index in WardParams::rounds
  SimTime start = 0;
  double minutes = 0;       // the whole round
  std::uint64_t first_seq = 0;
  std::vector<std::uint32_t> patients;  // inpatients in bed at the start, in pass order
  std::uint32_t offset = 0;  // the bed slot the round began at (format 7: where the last one stopped)
  std::uint32_t next = 0;
  bool active = false;
  // The bed slot of the k-th patient unless a discharge moved them.
  std::uint32_t likely_slot(std::uint32_t k) const {
    const std::uint32_t s = offset + k;
    return s < patients.size() ? s : s - static_cast<std::uint32_t>(patients.size());
  }
};

// GP and outpatient requests to the lab or radiology (rules/diagnostics.cpp).
struct CommunityQueue {
  double queue = 0;      // requests waiting
  double postponed = 0;  // requests postponed while rationing, waiting to be offered again
};

struct Tiebreak {
  int cls;
  int acuity;
  std::uint64_t seq;
  std::uint32_t who;
  bool operator<(const Tiebreak& o) const {  // std::priority_queue pops the largest: invert
    if (cls != o.cls) return cls > o.cls;
    if (acuity != o.acuity) return acuity > o.acuity;
    return seq > o.seq;
  }
};
using PriorityQueue = std::priority_queue<Tiebreak>;

// Ward nursing work demanded and nursing time on duty, per 15-minute tick,
// for the last 8 hours (oldest first): the workload metric's window.
class NurseWindow {
 public:
  static constexpr std::size_t kTicks = 8 * 4;
  void push(double demand, double capacity) {
    ring_[(head_ + size_) % kTicks] = {demand, capacity};
    if (size_ < kTicks) ++size_;
    else head_ = (head_ + 1) % kTicks;
  }
  bool empty() const { return size_ == 0; }
  double& latest_demand() { return ring_[(head_ + size_ - 1) % kTicks].first; }
  // Both totals, added oldest first.
  void totals(double& demand, double& capacity) const {
    for (std::size_t i = 0; i < size_; ++i) {
      const auto& dc = ring_[(head_ + i) % kTicks];
      demand += dc.first;
      capacity += dc.second;
    }
  }

 private:
  std::array<std::pair<double, double>, kTicks> ring_{};
  std::size_t head_ = 0, size_ = 0;
};

// Medians of durations, kept per hospital and pooled over the region.
struct Medians {
  MedianPair ed_los, lab_tat, imaging_tat, pharmacy_tat, ed_wait;
};

struct Counters {
  double ed_visits = 0, ed_lwbs = 0, ed_waits_over_4h = 0, ambulances_diverted = 0, admissions = 0;
  double admissions_deferred = 0;
  double electives_done = 0, electives_cancelled = 0, outpatient_visits = 0, outpatient_cancelled = 0;
  double referrals_delayed = 0, referrals_elsewhere = 0, appointments_stayed_away = 0, lab_tests = 0, critical_results = 0, critical_results_delayed = 0;
  double medication_doses = 0, paper_medication_doses = 0, medication_errors = 0, identification_problems = 0;
  double medication_doses_late = 0, medication_doses_omitted = 0;
  double tests_refused = 0, tests_postponed = 0, community_tests_done = 0;
  double electives_postponed = 0, outpatient_postponed = 0, urgent_operations = 0, admissions_avoided = 0;
  double paper_records = 0, records_entered = 0, overtime_hours = 0, extra_staff_hours = 0;
  double ed_max_wait = 0, backlog_peak = 0;
  // The region: patients sent on, received, travelling.
  double ed_sent_elsewhere = 0, ed_received = 0, ed_out_of_region = 0, ambulances_received = 0;
  double critical_to_centre = 0, travel_minutes = 0, icu_transfers_out = 0, icu_transfers_in = 0;
};

struct HospitalState {
  const Hospital* def = nullptr;
  std::uint16_t index = 0;

  // Random streams per process (see Rng::stream).
  Rng arrivals, surgery_rng, outpatient_rng, it_rng, wards_rng;

  // IT
  std::vector<FunctionRuntime> functions;
  std::array<std::vector<int>, kRoleCount> role_functions;
  std::vector<FallbackRuntime> fallbacks;
  std::vector<std::vector<int>> fallback_functions;  // per fallback: the functions it covers
  std::vector<std::vector<int>> function_fallbacks;  // per function: the fallbacks covering it
  std::vector<int> fallback_uses;                    // per fallback: the function it needs up, or -1
  std::vector<int> restore_priority;  // function indices, first restored first
  std::vector<std::vector<int>> function_components;  // per function: the component instances it depends on
  int restores_in_progress = 0;
  std::vector<bool> function_needs_vendor;     // per function: its restore needs a vendor team
  int validations_in_progress = 0;
  std::deque<std::uint32_t> validation_queue;  // restored functions (kRestoreDone subjects) awaiting a validation team
  double nurses_on_back_entry = 0;             // ward nurses entering records instead of caring, now
  SimTime incident_started_at = -1;  // a function or component of this hospital first not up
  SimTime all_restored_at = -1;      // every function up again after its restoration
  bool restoration_started = false;
  double paper_kit_hours = 0;
  bool kits_exhausted_reported = false;
  SimTime kits_missed_since = -1;  // a procedure has needed kits and found none since then
  bool kits_ran_out = false;       // used up once: from then on the policy (format 9) prints ahead
  bool kits_reprinted = false;     // the policy has brought kits (its timeline row is written once)
  bool modes_dirty = true;
  std::array<std::array<StepMode, 3>, kRoleCount> modes{};

  // Staff and flows changed by decisions and injects.
  std::array<double, kStaffGroupCount> staff_extra{};
  // A flow's factor is the product of the effects on it, at most
  // kMaxFlowFactor however many are stacked (docs/scenario-format.md, Limits);
  // a factor 0 is counted apart, so its end restores the product (0 cannot be
  // divided out).
  std::array<FactorProduct, kFlowCount> flow_factor{};
  std::array<int, kFlowCount> flow_stopped{};
  double flow(Flow f) const {
    const auto i = static_cast<std::size_t>(f);
    return flow_stopped[i] > 0 ? 0.0 : flow_factor[i].value(kMaxFlowFactor);
  }
  SimTime divert_until = -1;   // closed to ambulances until then
  SimTime closed_until = -1;   // off the emergency rota until then
  std::vector<double> walk_in_shares;  // "the news is out" effects: shares of walk-ins going elsewhere
  SimTime public_since = -1;           // the outage became public (portal down, in the news); -1: it is not
  double referrals_away_carry = 0;
  bool forced_reported = false;        // the timeline said that no ED in reach was open
  double cancel_electives_share = 0;
  SimTime cancel_electives_until = -1;
  double cancel_outpatient_share = 0;
  SimTime cancel_outpatient_until = -1;
  double backentry_staff = 0;

  // Emergency department
  double next_arrival_exact = 0;
  double arrival_profile_sum = 0;  // the hourly profile's weights added up, once
  bool arrival_queued = false;  // false while a flow factor 0 stops the arrivals
  ArenaVector<EdPatient> ed;
  PriorityQueue triage_queue, physician_queue;
  int triage_busy = 0, physicians_busy = 0, spaces_used = 0;
  int ed_census = 0, ed_waiting = 0;
  int triage_waiting = 0;  // registered, not yet with the triage nurse (format 6 counts them in the waiting room)
  std::deque<std::uint32_t> boarding_ward, boarding_icu;
  Medians medians;

  // Lab, radiology, pharmacy
  ArenaVector<LabSample> samples;
  std::vector<std::uint32_t> free_samples;  // slots of samples whose result was delivered
  std::uint32_t samples_ordered = 0;
  PriorityQueue lab_queue;
  int lab_busy = 0;
  int lab_started_in_tick = 0;  // hospital samples the analysers took since the last quarter
  CommunityQueue lab_community, imaging_community;
  ArenaVector<ImagingExam> exams;
  std::deque<std::uint32_t> imaging_queue;
  int imaging_busy = 0;
  std::deque<SimTime> pharmacy_queue;  // time each order was placed
  int pharmacy_busy = 0;
  std::vector<SimTime> pharmacy_started;  // subject of kPharmacyDone -> order time

  // Wards and ICU
  ArenaVector<Inpatient> inpatients;
  // The patients in bed, and beside them their random streams, slot by slot:
  // a round starts with the patients in slot order and passes along the
  // streams nearly in order (a discharge moves the last slot into its own).
  std::vector<std::uint32_t> bed_patients;
  ArenaVector<Rng> bed_rngs;
  Rng& inpatient_rng(std::uint32_t patient) {  // of a patient in bed
    assert(inpatients[patient].in_bed());
    return bed_rngs[inpatients[patient].slot];
  }
  int ward_occupied = 0, icu_occupied = 0;
  std::vector<RoundInProgress> rounds;  // each reused once its round is done
  std::uint32_t missed_from = 0;  // the bed slot where the last round omitted doses from (format 7)
  // The first pass still to give of any round in progress (kNoPass: none).
  SimTime next_pass_at = kNoPass;
  std::uint64_t next_pass_seq = 0;
  int icu_reserved = 0;  // ICU beds held for patients being transferred here
  double direct_carry = 0, surgery_carry = 0, outpatient_carry = 0, referral_carry = 0, urgent_carry = 0;
  double postponed_carry = 0;  // clinic appointments being postponed, not yet a whole one
  double catch_up_carry = 0;   // clinic appointments being booked again, not yet a whole one
  int surgery_regular_cases = 0;  // today's cases before the catch-up ones
  // Planned work not done, waiting for a new date (rules/postponement.cpp).
  double electives_backlog = 0, appointments_backlog = 0;
  double nurse_work_pending = 0;  // minutes of ward nursing not yet done
  // Ward nursing overtime and rostered hours of the last nine shifts (three days): fatigue.
  std::array<std::pair<double, double>, 9> recent_shifts{};
  std::size_t next_shift_slot = 0;
  double fatigue = 1;  // the multiplier tired staff put on paper work (World::update_fatigue)
  NurseWindow nurse_window;
  double referrals_pending = 0;

  Counters count;
};

// One instance of a component: a shared one, or one hospital's own.
struct ComponentRuntime {
  const ComponentDef* def = nullptr;
  int owner = -1;  // the hospital whose own instance this is; -1: shared
  ComponentState state = ComponentState::up;
  bool isolated = false;
  std::vector<std::uint16_t> hospitals;  // hospitals with a function depending on it
  ComponentState effective() const { return isolated ? ComponentState::down : state; }
};

struct InjectRuntime {
  InjectDef def;  // a copy: ad-hoc injects have no definition in the scenario
  enum class Status : std::uint8_t { pending, due, delivered, skipped } status = Status::pending;
  bool held = false;
  bool adhoc = false;
  SimTime due_at = -1, delivered_at = -1;
};

struct DecisionRecord {
  SimTime taken = 0, effective = 0, ends = -1;
  int action = -1;  // index in the scenario's catalog
  std::vector<int> hospitals;  // the hospitals it is for (one for decisions of the whole region)
  Command command;
  bool applied = false;
};

struct DeadlineRuntime {
  enum class Status : std::uint8_t { not_started, running, met, missed } status = Status::not_started;
  SimTime started = -1, due = -1, closed = -1;
};

struct TemporaryEffect {
  Effect effect;
  int hospital = 0;
};

class World {
 public:
  World(std::shared_ptr<const Scenario> scenario, std::uint64_t seed);

  // Process every event up to and including time t; now() becomes t.
  void advance_to(SimTime t);
  CommandResult submit(const Command& c);

  // ---- read access (metrics, console, reports) ----
  const Scenario& scenario() const { return *scenario_; }
  const std::shared_ptr<const Scenario>& shared_scenario() const { return scenario_; }
  const Calendar& calendar() const { return calendar_; }
  SimTime now() const { return now_; }
  std::uint64_t seed() const { return seed_; }
  std::uint64_t events_processed() const { return events_processed_; }
  Phase phase() const { return phase_; }
  SimTime phase_reached_at(Phase p) const { return phase_reached_[static_cast<int>(p)]; }
  const std::vector<HospitalState>& hospitals() const { return hospitals_; }
  const std::vector<ComponentRuntime>& components() const { return components_; }
  const std::vector<InjectRuntime>& injects() const { return injects_; }
  const std::vector<DecisionRecord>& decisions() const { return decisions_; }
  const std::vector<DeadlineRuntime>& deadlines() const { return deadlines_; }
  const std::vector<Report>& reports() const { return reports_; }
  const Medians& pooled_medians() const { return pooled_; }
  const MetricSeries& series() const { return series_; }
  bool crisis_team_active() const { return crisis_team_active_; }
  SimTime all_restored_at() const { return all_restored_at_; }
  // The largest backlog of the region as a whole (the hospitals' backlogs added up at each tick).
  double region_backlog_peak() const { return region_backlog_peak_; }
  SimTime incident_started_at() const { return incident_started_at_; }
  SimTime next_scheduled_inject() const;  // -1 when none is timed
  double communications() const { return communications_; }
  int functions_not_up(int hospital) const;  // -1: the region
  // The phase of one hospital, derived as the region's is (the crisis team
  // and the incident's closing are the region's).
  Phase hospital_phase(int hospital) const;
  EdStatus ed_status(const HospitalState& h) const;
  const RegionMap& region() const { return region_; }
  // The instances component `id` names for `hospital` (-1: every instance).
  std::vector<int> component_instances(const std::string& id, int hospital) const;
  // "Hospital network (Rijnstate)": a hospital's own instance says whose.
  std::string component_name(int instance) const;
  // Whether a decision is taken at each hospital it names, or once for the
  // whole region: the crisis team, notifications, communication, closing the
  // incident, and cutting or reconnecting a component every hospital shares.
  bool for_each_hospital(const ActionDef& a) const;
  // Asked by every step of care: defined here to be inlined.
  const StepMode& mode(int hospital, Role role, Access access) {
    HospitalState& h = hospitals_[static_cast<std::size_t>(hospital)];
    if (h.modes_dirty) compute_modes(h);
    return h.modes[static_cast<std::size_t>(role)][static_cast<std::size_t>(access)];
  }
  // Whether a fallback works now, and if not why: it is not active, its
  // paper kits are used up, or the function it needs (a viewer's server) is not up.
  enum class FallbackBlock : std::uint8_t { none, inactive, no_kits, needs_function };
  FallbackBlock fallback_block(const HospitalState& h, int fb) const;
  bool fallback_usable(const HospitalState& h, int fb) const { return fallback_block(h, fb) == FallbackBlock::none; }
  double viewer_age_days(const HospitalState& h, int viewer) const;
  // A paper procedure as it runs now, learning and fatigue included (the status board shows it).
  StepMode procedure_mode(const HospitalState& h, int fb) const;
  // Tired staff: the multiplier overtime puts on paper and improvised work (1: rested).
  double fatigue_factor(const HospitalState& h) const;
  // First time an action was taken (decision time), -1 if never; for one
  // hospital, or for any (-1).
  SimTime action_taken_at(int action, int hospital = -1) const;
  // When a condition first held (for reference points), -1 if it has not.
  SimTime condition_since(const Condition& c) const;
  std::string describe_condition(const Condition& c) const;
  // `c` about hospital `h` where it names none (a metric, a function, a component, a decision).
  static Condition at_hospital(const Condition& c, const HospitalState& h);
  bool condition_holds(const Condition& c) const;

  // Index of an id, -1 when absent ("" hospital = the first).
  int action_index(const std::string& id) const;
  int inject_index(const std::string& id) const;
  int hospital_index(const std::string& id) const;
  // The hospital a condition or criterion names: -1 for none (the region),
  // -2 for one the scenario lacks (the loader refuses that).
  int named_hospital(const std::string& id) const;
  int deadline_index(const std::string& id) const;
  static int function_index(const Hospital& h, const std::string& id);
  static int fallback_index(const Hospital& h, const std::string& id);

 private:
  // Ids to positions, made once: lookups inside loops stay cheap however
  // long the scenario's lists are (an ordered map: nothing depends on hashing).
  std::map<std::string, int> action_by_id_, inject_by_id_, hospital_by_id_, deadline_by_id_;
  friend class MetricsAccess;

  // engine/world.cpp
  void schedule(SimTime t, EventKind kind, int hospital = 0, std::uint32_t subject = 0);
  void dispatch(const QueuedEvent& e);
  void report(ReportKind kind, int hospital, std::string subject, std::string text);
  void start_hospital(HospitalState& h);
  // 0 day, 1 evening, 2 night (07-15, 15-23, 23-07). Inline: asked at almost every step of every patient.
  int shift_index(SimTime t) const { return t >= shift_from_ && t < shift_until_ ? shift_ : find_shift(t); }
  int find_shift(SimTime t) const;
  double on_shift(const PerShift& s, SimTime t) const {
    const int shift = shift_index(t);
    return shift == 0 ? s.day : shift == 1 ? s.evening : s.night;
  }
  double staff(const HospitalState& h, StaffGroup g, const PerShift& base) const;
  SimTime draw_minutes(Rng& rng, Duration mean, double cv, double factor = 1.0) const;
  void add_paper_record(HospitalState& h, Role role, double records = 1);
  Rng patient_stream(const HospitalState& h, char kind, std::uint32_t index) const;
  // The error multiplier of a step, including the risk of stale viewer data.
  double step_error(const HospitalState& h, const StepMode& m) const {
    if (m.viewer < 0) return m.error;
    return m.error + h.def->downtime.stale_data_risk_per_day * viewer_age_days(h, m.viewer);
  }
  StepMode combined_mode(int hospital, std::initializer_list<std::pair<Role, Access>> needs);

  // rules/emergency.cpp
  void schedule_next_arrival(HospitalState& h);
  void resume_arrivals(HospitalState& h);
  void on_ed_arrival(HospitalState& h);
  void on_ed_registered(HospitalState& h, std::uint32_t p);
  void on_ed_triaged(HospitalState& h, std::uint32_t p);
  void on_ed_patience_out(HospitalState& h, std::uint32_t p);
  void on_ed_physician_done(HospitalState& h, std::uint32_t p);
  void on_ed_diagnostic_back(HospitalState& h, std::uint32_t p);
  void on_ed_discharged(HospitalState& h, std::uint32_t p);
  void on_ed_handed_over(HospitalState& h, std::uint32_t p);
  void start_ed_visit(HospitalState& h, std::uint32_t p);
  void on_ed_transfer_arrival(HospitalState& h, std::uint32_t p);
  void start_ed_work(HospitalState& h);
  double crowding_slowdown(const HospitalState& h) const;
  double crowding_impatience(const HospitalState& h) const;
  void start_triage(HospitalState& h);
  void start_patience(HospitalState& h, std::uint32_t p);
  void ed_leave(HospitalState& h, std::uint32_t p);
  void ed_dispose(HospitalState& h, std::uint32_t p);
  void ed_give_bed(HospitalState& h, std::uint32_t p, bool icu);
  SimTime hand_over_from_ed(HospitalState& h, std::uint32_t p);
  bool transfer_to_icu_elsewhere(HospitalState& h, std::uint32_t p);
  void on_icu_transfer_due(HospitalState& h, std::uint32_t p);
  Route icu_route(const HospitalState& h) const;
  void send_to_icu_elsewhere(HospitalState& h, std::uint32_t p, const Route& r);

  // rules/demand.cpp: patients and GPs who go elsewhere while the trouble is public
  void make_public(HospitalState& h);
  double stay_away(const HospitalState& h, double first_share) const;
  double walk_ins_staying(const HospitalState& h) const;
  double referrals_away(HospitalState& h);

  // rules/region.cpp: patients handed from one hospital to another
  std::vector<EdStatus> ed_statuses() const;
  bool send_ed_patient_on(HospitalState& h, std::uint32_t p, bool ambulance, bool critical);
  void report_forced_route(HospitalState& h, const Route& r);
  void on_icu_transfer_arrival(HospitalState& h);
  void fill_beds_from_boarding(HospitalState& h);

  // rules/lab.cpp
  void order_lab(HospitalState& h, std::int32_t ed_patient, SimTime draw_delay);
  void on_lab_arrived(HospitalState& h, std::uint32_t s);
  void on_lab_analysed(HospitalState& h, std::uint32_t s);
  void on_lab_delivered(HospitalState& h, std::uint32_t s);
  void start_lab_work(HospitalState& h);
  void on_morning_labs(HospitalState& h);

  // rules/diagnostics.cpp: the departments' capacity and GP/outpatient requests
  bool system_down(HospitalState& h, Role system);
  double diagnostics_capacity(HospitalState& h, Role system, double manual_share);
  double lab_per_hour(HospitalState& h);
  void serve_community(HospitalState& h, CommunityQueue& q, const CommunityRequests& r, double per_hour, double left);
  void diagnostics_tick(HospitalState& h);

  // rules/imaging.cpp
  void order_imaging(HospitalState& h, std::uint32_t ed_patient);
  void on_imaging_arrived(HospitalState& h, std::uint32_t x);
  void on_imaging_scanned(HospitalState& h, std::uint32_t x);
  void on_imaging_reported(HospitalState& h, std::uint32_t x);
  void start_imaging_work(HospitalState& h);

  // Every queue takes on what it can (after a change of staff or modes).
  void restart_queues(HospitalState& h);

  // rules/pharmacy.cpp
  void order_pharmacy_verification(HospitalState& h);
  void start_pharmacy_work(HospitalState& h);
  void on_pharmacy_done(HospitalState& h, std::uint32_t order);

  // rules/wards.cpp
  void admit_census_at_start(HospitalState& h);
  std::uint32_t admit(HospitalState& h, bool icu, double los_mean_days, bool at_start = false);
  bool bed_free(const HospitalState& h, bool icu) const;
  void on_discharge_due(HospitalState& h, std::uint32_t i);
  void on_discharge_done(HospitalState& h, std::uint32_t i);
  void on_icu_step_down(HospitalState& h, std::uint32_t i);
  void release_bed(HospitalState& h, std::uint32_t i);
  void on_medication_round(HospitalState& h, std::uint32_t round);
  // Gives h's passes that come before (time, seq) in the event order: they
  // must be done before anything after them reads or changes h.
  void give_passes_before(HospitalState& h, SimTime time, std::uint64_t seq) {
    if (EventQueue::comes_before(h.next_pass_at, h.next_pass_seq, time, seq)) give_due_passes(h, time, seq);
  }
  void give_due_passes(HospitalState& h, SimTime time, std::uint64_t seq);
  // Every hospital's passes before the event being handled (or, between
  // events, up to now): before anything that looks across hospitals.
  void settle_rounds() {
    for (HospitalState& h : hospitals_) give_passes_before(h, now_, current_seq_);
  }
  void give_round_doses(HospitalState& h, const RoundInProgress& rp);  // to the round's next patient
  void omit_unreached_doses(HospitalState& h);
  void on_direct_admissions(HospitalState& h);
  void ward_nursing_tick(HospitalState& h);
  void ward_shift_end(HospitalState& h);

  // rules/postponement.cpp: work that needs information
  SimTime role_missing_since(const HospitalState& h, Role role) const;
  SimTime workup_missing_since(HospitalState& h, bool with_tests);
  bool workup_possible(HospitalState& h) { return workup_missing_since(h, true) < 0; }
  SimTime record_missing_since(HospitalState& h);
  bool policy_postpones(const HospitalState& h, SimTime missing_since) const;
  double share_that_fits(double throughput, double kept) const;
  int catch_up_cases(const HospitalState& h, double per_day, double backlog, bool possible) const;
  static void book_again(const HospitalState& h, double& backlog, double n);

  // rules/surgery.cpp
  void on_surgery_day(HospitalState& h);
  void on_surgery_case(HospitalState& h, std::uint32_t n);

  // rules/outpatient.cpp
  void on_outpatient_hour(HospitalState& h);
  void on_referral_day(HospitalState& h);
  void receive_pending_referrals(HospitalState& h);

  // rules/it_functions.cpp
  void build_component_instances();
  void set_component_state(int c, ComponentState s, bool isolated);
  // After components changed: functions follow (`only`: these hospitals; null: every one).
  void recompute_functions(const std::vector<std::uint16_t>* only = nullptr);
  FunctionState target_state(const HospitalState& h, int f) const;
  void set_function_state(HospitalState& h, int f, FunctionState s);
  void start_restores(HospitalState& h);
  void release_restore_staff(HospitalState& h, FunctionRuntime& fr);
  bool release_vendor_team(FunctionRuntime& fr);  // true if it held one
  void start_validations(HospitalState& h);
  void offer_vendor_teams();
  void on_restore_done(HospitalState& h, std::uint32_t f);
  void on_validation_done(HospitalState& h, std::uint32_t f);
  bool all_functions_up() const;

  // rules/fallbacks.cpp
  void index_fallbacks(HospitalState& h);
  void compute_modes(HospitalState& h);
  StepMode read_mode(const HospitalState& h, int f) const;
  StepMode write_mode(const HospitalState& h, int f) const;
  void update_fatigue(HospitalState& h);
  StepMode improvising(const HospitalState& h, SimTime since) const;
  bool still_learning(const HospitalState& h) const;
  bool fallback_needed(const HospitalState& h, int fb) const;
  CommandResult activate_fallback(HospitalState& h, int fb, bool automatic);
  void deactivate_fallback(HospitalState& h, int fb);
  void on_fallback_ready(HospitalState& h, std::uint32_t fb);
  void on_fallback_auto_check(HospitalState& h, std::uint32_t fb);
  void arm_fallback_timers(HospitalState& h);
  void update_viewer_snapshots(HospitalState& h);

  // rules/paper_kits.cpp
  void consume_paper_kits(HospitalState& h);
  void reprint_paper_kits(HospitalState& h);
  bool reprints_paper_kits(const HospitalState& h) const;
  bool paper_kits_needed(const HospitalState& h) const;
  void report_kits_reprinted(HospitalState& h);

  // rules/back_entry.cpp
  // The hospital's backlog before this tick's entries.
  double back_entry_tick(HospitalState& h);

  // rules/phases.cpp
  void update_phase();
  Phase derive_phase() const;
  Phase derive_phase(const HospitalState& h) const;

  // rules/conditions.cpp
  void check_conditions();
  void schedule_condition_timer(const Condition& c, SimTime base);

  // rules/injects.cpp
  void trigger_inject(int i);
  void deliver_inject(int i, const std::string& by);
  void apply_effect(const Effect& e, int hospital_hint);
  void end_temporary_effect(std::uint32_t idx);
  CommandResult inject_command(const Command& c);

  // rules/decisions.cpp
  CommandResult decide(const Command& c);
  // The hospital a decision's timeline line names: -1 for the region's decisions and for several hospitals.
  int hospital_of_decision(const ActionDef& a, const std::vector<int>& hospitals) const;
  CommandResult refuse_reason(const ActionDef& a, const Command& c, int hospital) const;
  void apply_decision(const ActionDef& def, DecisionRecord& d, HospitalState& h);
  void on_action_effective(std::uint32_t d);
  void on_action_ends(std::uint32_t d);

  // rules/deadlines.cpp
  void check_deadlines();
  void on_deadline_due(std::uint32_t d);
  void action_fulfils_deadlines(int action);

  // rules/metrics_tick.cpp
  void on_sample_tick();

  std::shared_ptr<const Scenario> scenario_;
  Calendar calendar_;
  std::uint64_t seed_ = 0;
  SimTime now_ = 0;
  EventQueue queue_;
  std::uint64_t events_processed_ = 0;
  // The sequence number of the event being handled; between events the
  // largest, as every event up to now is done.
  std::uint64_t current_seq_ = std::numeric_limits<std::uint64_t>::max();
  // The lognormal shapes of the coefficients of variation draw_minutes met,
  // each computed once (a handful: 0.5, the lab's, the treatment's, ...).
  mutable std::vector<std::pair<double, LogNormal>> duration_shapes_;
  // The shift asked about last and the minutes it spans [from, until): it
  // changes three times a day. Written by const questions, so a World is not
  // for use by two threads at once (nor is its queue).
  mutable SimTime shift_from_ = 0, shift_until_ = 0;
  mutable int shift_ = 0;

  std::vector<HospitalState> hospitals_;
  RegionMap region_;
  std::vector<ComponentRuntime> components_;
  std::map<std::pair<std::string, int>, int> component_lookup_;  // (id, owner) -> instance
  std::vector<InjectRuntime> injects_;
  std::vector<DecisionRecord> decisions_;
  std::vector<std::uint32_t> pending_decisions_;  // taken, not yet in effect: what refuse_reason looks through
  // The injects and deadlines that start when an inject is delivered, by its id.
  std::map<std::string, std::vector<const Condition*>> waiting_for_inject_;
  std::vector<SimTime> action_taken_;              // per action: first taken anywhere
  std::vector<SimTime> action_taken_by_hospital_;  // per action x hospital
  std::vector<bool> action_for_each_hospital_;     // per action: for_each_hospital
  std::vector<DeadlineRuntime> deadlines_;
  std::vector<TemporaryEffect> temporary_effects_;
  std::vector<Report> reports_;
  Medians pooled_;  // every hospital's durations together
  MetricSeries series_;
  std::vector<double> sample_region_, sample_hospitals_;  // scratch for one sample

  Phase phase_ = Phase::normal;
  std::array<SimTime, kPhaseCount> phase_reached_{};
  bool crisis_team_active_ = false;
  bool incident_closed_ = false;
  bool restoration_started_ = false;
  SimTime incident_started_at_ = -1;
  SimTime all_restored_at_ = -1;
  double communications_ = 0;
  double region_backlog_peak_ = 0;
  int vendor_busy_ = 0;  // vendor teams restoring a function now
  bool vendor_team_freed_ = false;  // a restore given up freed a vendor team: offer it once the states are settled
  bool checking_conditions_ = false;
};

}  // namespace epd

// The world's clock: construction from a scenario, the event loop and the
// small helpers every rule uses. The rules themselves live in sim/rules/.

#include "engine/world.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "metrics/registry.h"

namespace epd {

namespace {
// Stream ids per hospital process; hospitals are 64 apart.
enum StreamId : std::uint64_t { kArrivals = 1, kSurgery, kOutpatient, kIt, kWards, kPatients = 1u << 20 };
}  // namespace

namespace {
template <class List>
int index_by_id(const List& list, const std::string& id) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return static_cast<int>(i);
  return -1;
}

// The first position of each id (the loader refuses repeats).
template <class List>
std::map<std::string, int> ids_to_positions(const List& list) {
  std::map<std::string, int> out;
  for (std::size_t i = 0; i < list.size(); ++i) out.emplace(list[i].id, static_cast<int>(i));
  return out;
}

int find_id(const std::map<std::string, int>& index, const std::string& id) {
  const auto it = index.find(id);
  return it == index.end() ? -1 : it->second;
}
}  // namespace

World::World(std::shared_ptr<const Scenario> scenario, std::uint64_t seed)
    : scenario_(std::move(scenario)), calendar_(scenario_->start), seed_(seed) {
  const Scenario& s = *scenario_;
  phase_reached_.fill(-1);
  phase_reached_[static_cast<int>(Phase::normal)] = 0;
  for (const auto& i : s.injects) injects_.push_back(InjectRuntime{i});
  action_by_id_ = ids_to_positions(s.actions);
  inject_by_id_ = ids_to_positions(s.injects);
  hospital_by_id_ = ids_to_positions(s.hospitals);
  deadline_by_id_ = ids_to_positions(s.deadlines);
  // Pointers into the scenario, which every copy of this world shares and nothing changes.
  for (const auto& i : s.injects)
    if (i.trigger.type == Condition::Type::inject_delivered) waiting_for_inject_[i.trigger.ref].push_back(&i.trigger);
  for (const auto& d : s.deadlines)
    if (d.starts.type == Condition::Type::inject_delivered) waiting_for_inject_[d.starts.ref].push_back(&d.starts);
  action_taken_.assign(s.actions.size(), -1);
  action_taken_by_hospital_.assign(s.actions.size() * s.hospitals.size(), -1);
  deadlines_.resize(s.deadlines.size());

  hospitals_.resize(s.hospitals.size());
  const auto arena = std::make_shared<HugePageArena>();  // the hospitals' record lists, side by side
  for (std::size_t k = 0; k < s.hospitals.size(); ++k) {
    HospitalState& h = hospitals_[k];
    h.ed = ArenaVector<EdPatient>(ArenaAllocator<EdPatient>(arena));
    h.samples = ArenaVector<LabSample>(ArenaAllocator<LabSample>(arena));
    h.exams = ArenaVector<ImagingExam>(ArenaAllocator<ImagingExam>(arena));
    h.inpatients = ArenaVector<Inpatient>(ArenaAllocator<Inpatient>(arena));
    h.bed_rngs = ArenaVector<Rng>(ArenaAllocator<Rng>(arena));
    const Hospital& d = s.hospitals[k];
    h.def = &d;
    h.index = static_cast<std::uint16_t>(k);
    const std::uint64_t base = static_cast<std::uint64_t>(k) * 64;
    h.arrivals = Rng::stream(seed, base + kArrivals);
    h.surgery_rng = Rng::stream(seed, base + kSurgery);
    h.outpatient_rng = Rng::stream(seed, base + kOutpatient);
    h.it_rng = Rng::stream(seed, base + kIt);
    h.wards_rng = Rng::stream(seed, base + kWards);
    h.functions.resize(d.functions.size());
    for (std::size_t f = 0; f < d.functions.size(); ++f) {
      for (Role r : d.functions[f].roles) h.role_functions[static_cast<int>(r)].push_back(static_cast<int>(f));
      h.restore_priority.push_back(static_cast<int>(f));
    }
    h.fallbacks.resize(d.fallbacks.size());
    index_fallbacks(h);
    h.paper_kit_hours = d.downtime.paper_kit_hours;
    h.backentry_staff = d.back_entry.staff_at_start;
  }
  region_ = RegionMap(s);
  // Room for every sample to the horizon: reserved, each page touched only
  // when the run first writes it, so a short run costs no more, and a long one
  // never copies its series to grow them (at 366 days that copy held two
  // series at once).
  series_.reserve(samples_within(s.horizon.minutes), kMetricCount, hospitals_with_series(s.hospitals.size()));
  build_component_instances();
  for (const ActionDef& a : s.actions) action_for_each_hospital_.push_back(for_each_hospital(a));

  recompute_functions();  // a scenario may start with components already down
  for (auto& h : hospitals_) start_hospital(h);
  for (const auto& i : s.injects) schedule_condition_timer(i.trigger, 0);
  for (const auto& d : s.deadlines) schedule_condition_timer(d.starts, 0);
  schedule(0, kSampleTick);
  // A planned downtime: preparation from T0, downtime operations on the minute planned.
  if (s.planned_downtime.planned()) {
    update_phase();
    schedule(s.planned_downtime.at.minutes, kTimerCheck);
  }
}

void World::schedule(SimTime t, EventKind kind, int hospital, std::uint32_t subject) {
  queue_.push(t < now_ ? now_ : t, kind, static_cast<std::uint16_t>(hospital), subject);
}

namespace {
// Events whose rules read and change only their own hospital: the patients'
// way through it, its lab, theatres, clinics, wards and shifts. Sending a
// patient on (region.cpp) reads and writes of other hospitals only what no
// medication pass reads. The rest (conditions, decisions, injects, IT and
// fallbacks, the metric sample) may look across hospitals, so every
// hospital's passes before them are given first. No default: a new kind
// must be put on one side (the compiler says so).
bool touches_own_hospital_only(EventKind kind) {
  switch (kind) {
    case kEdArrival:
    case kEdRegistered:
    case kEdTriaged:
    case kEdPatienceOut:
    case kEdPhysicianDone:
    case kEdTreatmentDone:
    case kEdDischarged:
    case kEdHandedOver:
    case kLabArrived:
    case kLabAnalysed:
    case kLabDelivered:
    case kImagingArrived:
    case kImagingScanned:
    case kImagingReported:
    case kPharmacyDone:
    case kMedicationRound:
    case kMorningLabs:
    case kDischargeDue:
    case kDischargeDone:
    case kIcuStepDown:
    case kSurgeryCase:
    case kSurgeryDay:
    case kOutpatientHour:
    case kReferralDay:
    case kShiftChange:
    case kDirectAdmissions:
    case kEdTransferArrival:
    case kIcuTransferArrival:
    case kIcuTransferDue: return true;
    case kSampleTick:
    case kTimerCheck:
    case kActionEffective:
    case kActionEnds:
    case kFallbackReady:
    case kFallbackAutoCheck:
    case kRestoreDone:
    case kValidationDone:
    case kDeadlineDue:
    case kEffectEnds:
    case kEventKindCount: return false;
  }
  return false;
}
}  // namespace

void World::advance_to(SimTime t) {
  QueuedEvent e;
  while (queue_.pop_due(t, e)) {
    now_ = e.time;
    current_seq_ = e.seq;
    const auto kind = static_cast<EventKind>(e.kind);
    if (touches_own_hospital_only(kind)) give_passes_before(hospitals_[e.hospital], e.time, e.seq);
    else settle_rounds();
    dispatch(e);
    ++events_processed_;
  }
  if (t > now_) now_ = t;
  current_seq_ = std::numeric_limits<std::uint64_t>::max();
  settle_rounds();  // every pass up to t is done, as every event
}

void World::dispatch(const QueuedEvent& e) {
  HospitalState& h = hospitals_[e.hospital];
  const std::uint32_t s = e.subject;
  switch (static_cast<EventKind>(e.kind)) {
    case kEdArrival: on_ed_arrival(h); break;
    case kEdRegistered: on_ed_registered(h, s); break;
    case kEdTriaged: on_ed_triaged(h, s); break;
    case kEdPatienceOut: on_ed_patience_out(h, s); break;
    case kEdPhysicianDone: on_ed_physician_done(h, s); break;
    case kEdTreatmentDone: on_ed_diagnostic_back(h, s); break;
    case kEdDischarged: on_ed_discharged(h, s); break;
    case kEdHandedOver: on_ed_handed_over(h, s); break;
    case kLabArrived: on_lab_arrived(h, s); break;
    case kLabAnalysed: on_lab_analysed(h, s); break;
    case kLabDelivered: on_lab_delivered(h, s); break;
    case kImagingArrived: on_imaging_arrived(h, s); break;
    case kImagingScanned: on_imaging_scanned(h, s); break;
    case kImagingReported: on_imaging_reported(h, s); break;
    case kPharmacyDone: on_pharmacy_done(h, s); break;
    case kMedicationRound: on_medication_round(h, s); break;
    case kMorningLabs: on_morning_labs(h); break;
    case kDischargeDue: on_discharge_due(h, s); break;
    case kDischargeDone: on_discharge_done(h, s); break;
    case kIcuStepDown: on_icu_step_down(h, s); break;
    case kSurgeryCase: on_surgery_case(h, s); break;
    case kSurgeryDay: on_surgery_day(h); break;
    case kOutpatientHour: on_outpatient_hour(h); break;
    case kReferralDay: on_referral_day(h); break;
    case kShiftChange:
      ward_shift_end(h);
      restart_queues(h);
      schedule(now_ + 8 * kHour, kShiftChange, h.index);
      break;
    case kSampleTick: on_sample_tick(); break;
    case kTimerCheck: check_conditions(); break;
    case kActionEffective: on_action_effective(s); break;
    case kActionEnds: on_action_ends(s); break;
    case kFallbackReady: on_fallback_ready(h, s); break;
    case kFallbackAutoCheck: on_fallback_auto_check(h, s); break;
    case kRestoreDone: on_restore_done(h, s); break;
    case kValidationDone: on_validation_done(h, s); break;
    case kDeadlineDue: on_deadline_due(s); break;
    case kEffectEnds: end_temporary_effect(s); break;
    case kDirectAdmissions: on_direct_admissions(h); break;
    case kEdTransferArrival: on_ed_transfer_arrival(h, s); break;
    case kIcuTransferArrival: on_icu_transfer_arrival(h); break;
    case kIcuTransferDue: on_icu_transfer_due(h, s); break;
    case kEventKindCount: break;
  }
}

void World::start_hospital(HospitalState& h) {
  const Hospital& d = *h.def;
  // Room for the patients of the whole horizon, so the lists are not copied as they grow. They lie side by
  // side in huge pages (the world's HugePageArena), so the room is memory taken: 64 bytes an ED patient, 16 an
  // inpatient. A region's neighbours may send more: then they grow as usual.
  const double days = static_cast<double>(scenario_->horizon.minutes) / static_cast<double>(kDay) + 1;
  h.ed.reserve(static_cast<std::size_t>(d.emergency.arrivals_per_day * days * 1.1) + 16);
  h.inpatients.reserve(static_cast<std::size_t>(d.wards.ward_census_at_start + d.wards.icu_census_at_start +
                                                (d.wards.direct_admissions_per_day + d.emergency.arrivals_per_day * 0.35 +
                                                 d.surgery.electives_per_working_day) * days) + 16);
  // One stream per bed (every admission asks bed_free first), so this list never grows.
  h.bed_rngs.reserve(static_cast<std::size_t>(d.wards.ward_beds + d.wards.icu_beds) + 16);
  admit_census_at_start(h);
  h.next_arrival_exact = 0;
  h.arrival_profile_sum = std::accumulate(d.emergency.hourly_profile.begin(), d.emergency.hourly_profile.end(), 0.0);
  schedule_next_arrival(h);
  for (std::size_t r = 0; r < d.wards.rounds.size(); ++r) {
    const ClockTime at = d.wards.rounds[r].at;
    schedule(calendar_.next_clock_time(0, at.hour, at.minute), kMedicationRound, h.index, static_cast<std::uint32_t>(r));
  }
  schedule(calendar_.next_clock_time(0, 6, 0), kMorningLabs, h.index);
  schedule(calendar_.next_clock_time(0, d.surgery.first_case.hour, d.surgery.first_case.minute), kSurgeryDay, h.index);
  schedule(calendar_.next_clock_time(0, d.outpatient.opens.hour, d.outpatient.opens.minute), kOutpatientHour, h.index);
  schedule(calendar_.next_clock_time(0, 9, 0), kReferralDay, h.index);
  const SimTime shifts[] = {calendar_.next_clock_time(1, 7), calendar_.next_clock_time(1, 15),
                            calendar_.next_clock_time(1, 23)};
  for (SimTime t : shifts) schedule(t, kShiftChange, h.index);
  schedule(calendar_.next_clock_time(0, 8), kDirectAdmissions, h.index);
}

void World::report(ReportKind kind, int hospital, std::string subject, std::string text) {
  Report r;
  r.time = now_;
  r.kind = kind;
  r.hospital = hospital;
  r.subject = std::move(subject);
  r.text = std::move(text);
  reports_.push_back(std::move(r));
}

// The shift at `t`, kept with the minutes it spans for the next questions.
int World::find_shift(SimTime t) const {
  const int minute = calendar_.minute_of_day(t);
  int starts = 0;  // minute of the day the shift began (-60: 23:00 the day before)
  if (minute >= 7 * 60 && minute < 15 * 60) {
    shift_ = 0;
    starts = 7 * 60;
  } else if (minute >= 15 * 60 && minute < 23 * 60) {
    shift_ = 1;
    starts = 15 * 60;
  } else {
    shift_ = 2;
    starts = minute >= 23 * 60 ? 23 * 60 : -60;
  }
  shift_from_ = t - (minute - starts);
  shift_until_ = shift_from_ + 8 * kHour;
  return shift_;
}

double World::staff(const HospitalState& h, StaffGroup g, const PerShift& base) const {
  double n = on_shift(base, now_) + h.staff_extra[static_cast<int>(g)];
  if (g == StaffGroup::ward_nurses) n -= h.nurses_on_back_entry;  // entering records, not caring
  return n > 0 ? n : 0;
}

SimTime World::draw_minutes(Rng& rng, Duration mean, double cv, double factor) const {
  if (mean.minutes <= 0) return 0;
  const double m = static_cast<double>(mean.minutes) * factor;
  double x = m;
  if (cv > 0) {
    // A lognormal with mean 1 scaled to m; its shape is computed once per cv.
    const LogNormal* unit = nullptr;
    for (const auto& [c, shape] : duration_shapes_)
      if (c == cv) unit = &shape;
    if (unit == nullptr) {
      duration_shapes_.emplace_back(cv, LogNormal::from_mean_cv(1.0, cv));
      unit = &duration_shapes_.back().second;
    }
    x = m * unit->draw(rng);
  }
  // Rounded to the nearest minute; a duration is never negative.
  const double y = x + 0.5;
  if (!(y >= 1)) return 0;
  if (y >= 4e18) return static_cast<SimTime>(4e18);
  return static_cast<SimTime>(y);  // floor, y being positive
}

void World::add_paper_record(HospitalState& h, Role role, double records) {
  const auto& fns = h.role_functions[static_cast<int>(role)];
  if (fns.empty()) return;
  FunctionRuntime& fr = h.functions[static_cast<std::size_t>(fns.front())];
  if (fr.backlog <= 0) h.modes_dirty = true;  // its data becomes incomplete
  fr.backlog += records;
  h.count.paper_records += records;
}

Rng World::patient_stream(const HospitalState& h, char kind, std::uint32_t index) const {
  const std::uint64_t id = (1ULL << 62) | (static_cast<std::uint64_t>(h.index) << 40) |
                           (static_cast<std::uint64_t>(static_cast<unsigned char>(kind)) << 32) | index;
  return Rng::stream(seed_, id);
}


int World::action_index(const std::string& id) const { return find_id(action_by_id_, id); }
int World::deadline_index(const std::string& id) const { return find_id(deadline_by_id_, id); }
int World::hospital_index(const std::string& id) const {
  return id.empty() ? (hospitals_.empty() ? -1 : 0) : find_id(hospital_by_id_, id);
}
int World::inject_index(const std::string& id) const { return find_id(inject_by_id_, id); }
int World::function_index(const Hospital& h, const std::string& id) { return index_by_id(h.functions, id); }
int World::fallback_index(const Hospital& h, const std::string& id) { return index_by_id(h.fallbacks, id); }

int World::named_hospital(const std::string& id) const {
  if (id.empty()) return -1;
  const int k = hospital_index(id);
  return k >= 0 ? k : -2;
}

SimTime World::action_taken_at(int action, int hospital) const {
  // The region's own decisions are taken for every hospital at once.
  if (hospital < 0 || !action_for_each_hospital_[static_cast<std::size_t>(action)])
    return action_taken_[static_cast<std::size_t>(action)];
  return action_taken_by_hospital_[static_cast<std::size_t>(action) * hospitals_.size() + static_cast<std::size_t>(hospital)];
}

EdStatus World::ed_status(const HospitalState& h) const {
  if (now_ < h.closed_until) return EdStatus::closed;
  if (now_ < h.divert_until) return EdStatus::diverting;
  return EdStatus::open;
}

int World::functions_not_up(int hospital) const {
  int n = 0;
  if (hospital >= 0) {
    for (const auto& f : hospitals_[static_cast<std::size_t>(hospital)].functions) n += f.state != FunctionState::up;
    return n;
  }
  for (std::size_t k = 0; k < hospitals_.size(); ++k) n += functions_not_up(static_cast<int>(k));
  return n;
}

SimTime World::next_scheduled_inject() const {
  SimTime best = -1;
  for (const auto& i : injects_) {
    if (i.status != InjectRuntime::Status::pending || i.adhoc) continue;
    if (i.def.trigger.type != Condition::Type::at) continue;
    if (i.def.trigger.minutes < now_) continue;
    if (best < 0 || i.def.trigger.minutes < best) best = i.def.trigger.minutes;
  }
  return best;
}


}  // namespace epd

namespace epd {

CommandResult World::submit(const Command& c) {
  if (c.type == Command::Type::decide) return decide(c);
  return inject_command(c);
}

// Staff, capacity or working modes changed: every queue takes on what it
// can now.
void World::restart_queues(HospitalState& h) {
  start_triage(h);
  start_ed_work(h);
  start_lab_work(h);
  start_imaging_work(h);
  start_pharmacy_work(h);
}

}  // namespace epd

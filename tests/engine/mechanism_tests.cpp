// Each mechanism of the model, pinned on the small test scenario: the numbers
// must move for the right reasons.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "engine/world.h"
#include "test_scenario.h"

using namespace epd;
using epd::test::decide;

namespace {

FunctionState state_of(const Exercise& ex, const std::string& function) {
  const auto& h = ex.world().hospitals()[0];
  return h.functions[static_cast<std::size_t>(World::function_index(*h.def, function))].state;
}

// The cloud is down from T+1h to T+3d; `paper_at` is when the team starts
// paper procedures (-1: never). Returns the exercise at T+4d.
Exercise outage_with_paper_at(SimTime paper_at, std::uint64_t seed = 7) {
  Scenario s = test::small_scenario();
  s.hospitals[0].downtime.paper_kit_hours = 1000;  // kits are not the question here
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("back", "cloud", 3 * kDay)};
  Exercise ex(test::share(s), seed);
  if (paper_at >= 0) {
    ex.advance_to(paper_at);
    REQUIRE(ex.submit(decide("paper_on")).accepted);
  }
  ex.advance_to(4 * kDay);
  return ex;
}

// `metric` added up over three seeds: one seed's median can tie.
double over_seeds(SimTime paper_at, const char* metric) {
  double total = 0;
  for (std::uint64_t seed = 7; seed <= 9; ++seed) total += outage_with_paper_at(paper_at, seed).metric(metric);
  return total;
}

}  // namespace

TEST_CASE("an early fallback beats a late one, and a late one beats none", "[fallback]") {
  for (const char* metric : {"medication_errors", "ed_left_without_being_seen", "lab_tat_median_min"}) {
    INFO(metric);
    const double early = over_seeds(kHour + 15, metric), late = over_seeds(kHour + 18 * kHour, metric),
                 never = over_seeds(-1, metric);
    CHECK(early < late);
    CHECK(late < never);
  }
}

TEST_CASE("paper procedures leave records that join the back-entry backlog", "[fallback][backentry]") {
  const Exercise ex = outage_with_paper_at(kHour + 15);
  CHECK(ex.metric("paper_records") > 1000);
  CHECK(ex.metric("paper_medication_administrations") > 1000);
  CHECK(ex.metric("backentry_backlog_peak") > 1000);
}

TEST_CASE("a component going down takes down exactly the functions that depend on it", "[dependencies]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("bca_down", "bca", 30)};
  Exercise ex(test::share(s), 1);
  ex.advance_to(kHour);
  CHECK(state_of(ex, "viewer") == FunctionState::down);
  CHECK(state_of(ex, "registration") == FunctionState::up);

  Scenario s2 = test::small_scenario();
  s2.injects = {test::outage_inject("cloud_down", "cloud", 30)};
  Exercise ex2(test::share(s2), 1);
  ex2.advance_to(kHour);
  CHECK(state_of(ex2, "registration") == FunctionState::down);
  CHECK(state_of(ex2, "imaging") == FunctionState::read_only);  // its dependency says read_only when down
  CHECK(state_of(ex2, "viewer") == FunctionState::up);
}

TEST_CASE("the team's own decision to cut the VPN takes its functions down too", "[dependencies][decision]") {
  Exercise ex(test::share(test::small_scenario()), 1);
  ex.advance_to(kHour);
  REQUIRE(ex.submit(decide("cut_vpn")).accepted);
  ex.advance_to(kHour + 1);
  CHECK(state_of(ex, "orders") == FunctionState::down);
  CHECK(state_of(ex, "viewer") == FunctionState::up);
}

TEST_CASE("a function comes back only after restore and validation once its components are up", "[dependencies][restoration]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("back", "cloud", kDay)};
  Exercise ex(test::share(s), 3);
  ex.advance_to(kDay + 1);
  CHECK(state_of(ex, "registration") == FunctionState::down);  // components up, restore under way
  ex.advance_to(6 * kDay);
  CHECK(state_of(ex, "registration") == FunctionState::up);
  CHECK(ex.metric("all_functions_restored_at_min") > static_cast<double>(kDay));
}

TEST_CASE("restore_next puts the chosen function first", "[restoration][decision]") {
  Scenario s = test::small_scenario();
  s.hospitals[0].downtime.restore_teams = 1;
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("back", "cloud", kDay)};
  auto restored_at = [&](bool choose_referral_first) {
    Exercise ex(test::share(s), 3);
    ex.advance_to(kDay - 30);
    if (choose_referral_first) REQUIRE(ex.submit(decide("restore_next", {}, "referral")).accepted);
    SimTime t = kDay;
    while (state_of(ex, "referral") != FunctionState::up && t < 10 * kDay) ex.advance_to(t += 30);
    return t;
  };
  CHECK(restored_at(true) + 12 * kHour < restored_at(false));
}

TEST_CASE("restore_next with a position puts the function there in the restore order; a bad position is refused", "[restoration][decision]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  Exercise ex(test::share(s), 3);
  ex.advance_to(2 * kHour);
  const auto& order = ex.world().hospitals()[0].restore_priority;
  const auto position_of = [&](const std::string& id) {
    const auto& fns = ex.scenario().hospitals[0].functions;
    for (std::size_t i = 0; i < order.size(); ++i)
      if (fns[static_cast<std::size_t>(order[i])].id == id) return static_cast<int>(i) + 1;
    return -1;
  };
  REQUIRE(ex.submit(decide("restore_next", {}, "referral")).accepted);
  CHECK(position_of("referral") == 1);  // no position: first, as before
  REQUIRE(ex.submit(decide("restore_next", {{"position", 3}}, "referral")).accepted);
  CHECK(position_of("referral") == 3);
  const int size = static_cast<int>(order.size());
  REQUIRE(ex.submit(decide("restore_next", {{"position", size}}, "referral")).accepted);
  CHECK(position_of("referral") == size);
  CHECK_FALSE(ex.submit(decide("restore_next", {{"position", 0}}, "referral")).accepted);
  CHECK_FALSE(ex.submit(decide("restore_next", {{"position", size + 1}}, "referral")).accepted);
  CHECK_FALSE(ex.submit(decide("restore_next", {{"position", 1.5}}, "referral")).accepted);
  CHECK(position_of("referral") == size);
}

TEST_CASE("from format 4 the back-entry peak is never below the backlog shown beside it", "[metrics]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  for (const int format : {3, 4}) {
    s.format_version = format;
    Exercise ex(test::share(s), 2);
    bool below = false;
    for (SimTime t = kHour; t < 12 * kHour; t += 7) {  // minutes between the 15-minute samples too
      ex.advance_to(t);
      below |= ex.metric("backentry_backlog_peak") < ex.metric("backentry_backlog");
      if (format == 4) REQUIRE(ex.metric("backentry_backlog_peak", 0) >= ex.metric("backentry_backlog", 0));
    }
    CHECK(below == (format == 3));  // format 3 keeps its sampled peak, as its saves recorded it
  }
}

TEST_CASE("the phase follows the state from normal to aftercare", "[phase]") {
  Scenario s = test::small_scenario();
  s.horizon.minutes = 42 * kDay;  // two days on paper take weeks of catching up
  s.hospitals[0].downtime.paper_kit_hours = 1000;
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("cloud_back", "cloud", 2 * kDay)};
  Exercise ex(test::share(s), 5);
  ex.advance_to(30);
  CHECK(ex.phase() == Phase::normal);
  ex.advance_to(kHour + 1);
  CHECK(ex.phase() == Phase::detection);
  ex.submit(decide("crisis_team"));
  ex.advance_to(kHour + 2);
  CHECK(ex.phase() == Phase::escalation);
  ex.submit(decide("cut_vpn"));
  ex.advance_to(kHour + 3);
  CHECK(ex.phase() == Phase::containment);
  ex.submit(decide("paper_on"));
  ex.advance_to(3 * kHour);
  CHECK(ex.phase() == Phase::downtime);
  ex.advance_to(2 * kDay + 1);
  REQUIRE(ex.submit(decide("reconnect_vpn")).accepted);
  ex.advance_to(2 * kDay + 2 * kHour);
  CHECK(ex.phase() == Phase::restoration);
  ex.submit(decide("backentry", {{"count", 30}}));
  SimTime t = 2 * kDay + 2 * kHour;
  while (ex.phase() == Phase::restoration && t < 8 * kDay) ex.advance_to(t += 15);
  CHECK(ex.phase() == Phase::back_entry);
  while (ex.phase() == Phase::back_entry && t < 20 * kDay) ex.advance_to(t += 60);
  // The postponed and cancelled operations and appointments are still to catch up.
  CHECK(ex.phase() == Phase::return_to_normal);
  CHECK(ex.metric("postponed_appointments") > 0);
  while (ex.phase() == Phase::return_to_normal && t < 40 * kDay) ex.advance_to(t += 60);
  CHECK(ex.phase() == Phase::recovered);
  CHECK(ex.metric("postponed_appointments") <= std::ceil(0.1 * OutpatientParams{}.visits_per_working_day));
  REQUIRE(ex.submit(decide("close")).accepted);
  ex.advance_to(t + 1);
  CHECK(ex.phase() == Phase::aftercare);
}

TEST_CASE("a planned downtime begins in preparation and goes to downtime operations on the minute planned", "[phase]") {
  Scenario s = test::small_scenario();
  s.format_version = 5;
  s.planned_downtime.at.minutes = 2 * kHour + 7;  // off the 15-minute tick: the phase must not wait for it
  s.injects = {test::outage_inject("upgrade", "cloud", 2 * kHour + 7)};
  Exercise ex(test::share(s), 5);
  CHECK(ex.phase() == Phase::preparation);
  ex.advance_to(2 * kHour + 6);
  CHECK(ex.phase() == Phase::preparation);
  ex.advance_to(2 * kHour + 7);
  // Nothing to detect, escalate or contain: the hospital planned this.
  CHECK(ex.phase() == Phase::downtime);
  CHECK(ex.world().phase_reached_at(Phase::preparation) == 0);
  CHECK(ex.world().phase_reached_at(Phase::downtime) == 2 * kHour + 7);
  CHECK(ex.world().phase_reached_at(Phase::detection) < 0);
  CHECK(ex.world().hospital_phase(0) == Phase::downtime);

  // The same outage unplanned is detected first.
  s.planned_downtime = {};
  Exercise unplanned(test::share(s), 5);
  unplanned.advance_to(2 * kHour + 8);
  CHECK(unplanned.phase() == Phase::detection);
}

TEST_CASE("an inject fires at its time, and a conditional inject only when its condition holds", "[inject]") {
  Scenario s = test::small_scenario();
  InjectDef timed = test::recovery_inject("timed", "network", 2 * kHour);
  InjectDef crowded = test::recovery_inject("crowded", "network", 0);
  crowded.trigger = Condition{};
  crowded.trigger.type = Condition::Type::metric_above;
  crowded.trigger.ref = "ed_waiting";
  crowded.trigger.threshold = 8;
  InjectDef punished = test::outage_inject("punished", "bca", 0);
  punished.trigger = Condition{};
  punished.trigger.type = Condition::Type::action_not_taken;
  punished.trigger.ref = "cut_vpn";
  punished.trigger.minutes = 8 * kHour;
  s.injects = {timed, crowded, punished};

  auto delivered_at = [](const Exercise& ex, const std::string& id) {
    for (const Report& r : ex.reports())
      if (r.kind == ReportKind::inject_delivered && r.subject == id) return r.time;
    return SimTime{-1};
  };
  Exercise quiet(test::share(s), 1);
  quiet.advance_to(kDay);
  CHECK(delivered_at(quiet, "timed") == 2 * kHour);
  CHECK(delivered_at(quiet, "crowded") == -1);    // a normal day never has 8 waiting
  CHECK(delivered_at(quiet, "punished") == 8 * kHour);

  Exercise careful(test::share(s), 1);
  careful.advance_to(kHour);
  careful.submit(decide("cut_vpn"));
  careful.advance_to(kDay);
  CHECK(delivered_at(careful, "punished") == -1);  // the VPN was cut in time

  Scenario s2 = s;
  s2.injects.push_back(test::outage_inject("down", "cloud", kHour));
  Exercise crowded_run(test::share(s2), 1);
  crowded_run.advance_to(2 * kDay);
  const SimTime at = delivered_at(crowded_run, "crowded");
  CHECK(at > kHour);
}

TEST_CASE("a decision that cannot apply is refused with the reason and changes nothing", "[decision]") {
  Exercise ex(test::share(test::small_scenario()), 1);
  ex.advance_to(kHour);
  const CommandResult not_isolated = ex.submit(decide("reconnect_vpn"));
  CHECK_FALSE(not_isolated.accepted);
  CHECK(not_isolated.reason == "VPN to the vendor is not isolated");

  ex.submit(decide("cut_vpn"));
  ex.advance_to(kHour + 1);
  const CommandResult too_early = ex.submit(decide("reconnect_vpn"));
  CHECK_FALSE(too_early.accepted);
  CHECK(too_early.reason.find("requires") == 0);
  CHECK(too_early.reason.find("cloud_back") != std::string::npos);

  const CommandResult out_of_bounds = ex.submit(decide("divert", {{"hours", 100}}));
  CHECK_FALSE(out_of_bounds.accepted);
  CHECK(out_of_bounds.reason == "hours must be between 1 and 72 (got 100)");

  const CommandResult unknown = ex.submit(decide("no_such_action"));
  CHECK_FALSE(unknown.accepted);
  CHECK(unknown.reason == "unknown decision 'no_such_action'");

  const CommandResult closing = ex.submit(decide("close"));
  CHECK_FALSE(closing.accepted);
  CHECK(closing.reason.find("not every function is up yet") == 0);

  // Refused commands are logged but leave no trace in the world.
  CHECK(ex.command_log().size() == 6);
  CHECK(ex.world().decisions().size() == 1);
  CHECK(ex.metric("ambulances_diverted") == 0);
}

TEST_CASE("diverting ambulances sends them elsewhere for the hours chosen", "[decision]") {
  Exercise ex(test::share(test::small_scenario()), 2);
  ex.advance_to(kHour);
  REQUIRE(ex.submit(decide("divert", {{"hours", 12}})).accepted);
  ex.advance_to(13 * kHour);
  const double diverted = ex.metric("ambulances_diverted");
  CHECK(diverted > 3);   // ~25% of ~35 arrivals in the busiest 12 hours
  CHECK(diverted < 20);
  ex.advance_to(kDay);
  CHECK(ex.metric("ambulances_diverted") == diverted);
}

TEST_CASE("back-entry staff work off the backlog, and more staff finish sooner", "[backentry]") {
  Scenario s = test::small_scenario();
  s.hospitals[0].downtime.paper_kit_hours = 1000;
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("back", "cloud", 2 * kDay)};
  auto backlog_gone_at = [&](double staff) {
    Exercise ex(test::share(s), 4);
    ex.submit(decide("paper_on"));
    ex.advance_to(2 * kDay);
    ex.submit(decide("backentry", {{"count", staff}}));
    SimTime t = 2 * kDay;
    while ((ex.metric("backentry_backlog") > 0 || ex.metric("functions_down") > 0) && t < 30 * kDay) ex.advance_to(t += 60);
    return t;
  };
  const SimTime with_5 = backlog_gone_at(5);
  const SimTime with_20 = backlog_gone_at(20);
  CHECK(with_20 < with_5);
  CHECK(with_5 < 30 * kDay);
}

TEST_CASE("a read-only viewer's data grows stale while its source is down", "[fallback][viewer]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  Exercise ex(test::share(s), 1);
  ex.submit(decide("viewer_on"));
  ex.advance_to(kDay);
  const auto& h = ex.world().hospitals()[0];
  const double age_1d = ex.world().viewer_age_days(h, 1);
  ex.advance_to(3 * kDay);
  const double age_3d = ex.world().viewer_age_days(ex.world().hospitals()[0], 1);
  CHECK(age_1d > 0.9);
  CHECK(age_3d == Approx(age_1d + 2.0));
}

TEST_CASE("paper kits run out and the procedure stops working until they are restocked", "[fallback][kits]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour)};
  s.hospitals[0].downtime.kit_reprint_hours = 0;  // no reprint by the policy (format9_tests.cpp): only the team restocks
  Exercise ex(test::share(s), 1);
  ex.submit(decide("paper_on"));
  ex.advance_to(kDay);
  CHECK(ex.metric("paper_kit_hours_left") == 0);
  bool exhausted = false;
  for (const Report& r : ex.reports()) exhausted |= r.kind == ReportKind::paper_kits_exhausted;
  CHECK(exhausted);
  REQUIRE(ex.submit(decide("restock", {{"hours", 72}})).accepted);
  ex.advance_to(kDay + 1);
  CHECK(ex.metric("paper_kit_hours_left") > 60);
}

namespace {

// Whether `later` is `earlier` after some draws (none to a few hundred).
bool drawn_on_from(Rng earlier, const Rng& later) {
  for (int draws = 0; draws <= 500; ++draws, earlier.next())
    if (earlier == later) return true;
  return false;
}

}  // namespace

TEST_CASE("every patient in bed keeps one slot and their own random stream through admissions and discharges",
          "[wards]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", kHour), test::recovery_inject("back", "cloud", 2 * kDay)};
  Exercise ex(test::share(s), 11);
  int left_during_a_round = 0, last_slot_left = 0;  // the two ways a discharge moves slots
  std::map<std::uint32_t, Rng> stream_of;           // each patient in bed: their stream at the last look
  // Until both ways have been seen (a discharge moving the last slot is rare: a few a fortnight).
  for (SimTime t = 7; t <= 30 * kDay && (left_during_a_round == 0 || last_slot_left == 0); t += 7) {
    const std::vector<std::uint32_t> before = ex.world().hospitals()[0].bed_patients;
    ex.advance_to(t);
    const HospitalState& h = ex.world().hospitals()[0];
    const bool round_on = std::any_of(h.rounds.begin(), h.rounds.end(), [](const RoundInProgress& r) { return r.active; });
    if (h.bed_patients.size() < before.size() && round_on) ++left_during_a_round;
    if (!before.empty() && !h.inpatients[before.back()].in_bed()) ++last_slot_left;
    REQUIRE(h.bed_rngs.size() == h.bed_patients.size());
    REQUIRE(static_cast<int>(h.bed_patients.size()) == h.ward_occupied + h.icu_occupied);
    const auto in_bed = std::count_if(h.inpatients.begin(), h.inpatients.end(), [](const Inpatient& ip) { return ip.in_bed(); });
    REQUIRE(static_cast<std::size_t>(in_bed) == h.bed_patients.size());
    std::map<std::uint32_t, Rng> now;
    for (std::size_t slot = 0; slot < h.bed_patients.size(); ++slot) {
      const std::uint32_t patient = h.bed_patients[slot];
      REQUIRE(h.inpatients[patient].slot == slot);
      // A patient's stream goes with them from slot to slot: it is theirs, drawn on since.
      const auto seen = stream_of.find(patient);
      if (seen != stream_of.end()) REQUIRE(drawn_on_from(seen->second, h.bed_rngs[slot]));
      now.emplace(patient, h.bed_rngs[slot]);
    }
    stream_of = std::move(now);
  }
  CHECK(left_during_a_round > 0);
  CHECK(last_slot_left > 0);
  CHECK(ex.metric("medication_doses") > 0);
}

// Replay: a save plays back to exactly the state it recorded, and when it
// does not, the first command after which it went elsewhere is named.

#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/run_plan.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "flagship_fixture.h"

using namespace epd;
using epd::test::flagship;
using epd::test::flagship_save;

namespace {

Save reloaded(const Save& save) {
  const SaveLoad load = load_save_text(save_text(save), "drill.save.json");
  INFO(load.problems.format_all());
  REQUIRE(load.ok());
  return *load.save;
}

}  // namespace

TEST_CASE("a save replays to the state it recorded, command by command", "[replay]") {
  const Save save = reloaded(flagship_save(3 * kDay));
  const Replay r = replay_save(save, flagship().scenario);
  INFO(r.check.message);
  CHECK(r.check.matches);
  CHECK(r.exercise.now() == 3 * kDay);
  CHECK(fingerprint_hex(r.exercise.fingerprint()) == save.state);
  CHECK(r.exercise.command_log().size() == save.commands.size());
}

TEST_CASE("a replay that goes elsewhere names the first command after which it differs", "[replay]") {
  Save save = reloaded(flagship_save(3 * kDay));
  // As if the program that played it had computed something else after the
  // seventh command.
  save.commands.at(6).state = "0123456789abcdef";
  const Replay r = replay_save(save, flagship().scenario);
  CHECK_FALSE(r.check.matches);
  CHECK(r.check.diverged_after == 6);
  CHECK_THAT(r.check.message, Catch::StartsWith("the state diverged after command 7 at "));
}

TEST_CASE("a replay whose commands are accepted differently says which and why", "[replay]") {
  Save save = reloaded(flagship_save(3 * kDay));
  save.commands.at(2).accepted = false;
  const Replay r = replay_save(save, flagship().scenario);
  CHECK(r.check.diverged_after == 2);
  CHECK_THAT(r.check.message, Catch::Contains("command 3 at"));
  CHECK_THAT(r.check.message, Catch::Contains("was refused when played, but is accepted in the replay"));
}

TEST_CASE("a replay that matches every command but not the end names the stretch after the last one", "[replay]") {
  Save save = reloaded(flagship_save(3 * kDay));
  save.state = "0000000000000000";
  const Replay r = replay_save(save, flagship().scenario);
  CHECK(r.check.diverged_after == static_cast<int>(save.commands.size()));
  CHECK_THAT(r.check.message, Catch::Contains("after the last command"));
}

TEST_CASE("replaying part of a save stops at the moment asked for, with the commands up to then", "[replay]") {
  const Save save = reloaded(flagship_save(3 * kDay));
  const Replay r = replay_save(save, flagship().scenario, 12 * kHour);
  CHECK(r.check.matches);
  CHECK(r.exercise.now() == 12 * kHour);
  for (const LoggedCommand& c : r.exercise.command_log()) CHECK(c.at <= 12 * kHour);
  const auto later = std::count_if(save.commands.begin(), save.commands.end(),
                                   [](const SavedCommand& c) { return c.planned.at > 12 * kHour; });
  CHECK(r.exercise.command_log().size() + static_cast<std::size_t>(later) == save.commands.size());
}

TEST_CASE("a save with a command at T0 and several in one minute replays identically", "[replay]") {
  // The team's first act before the clock runs, then an inject delivered
  // and a decision in the same minute: events due at that minute come first
  // in the drill and in its replay alike.
  Plan plan;
  const auto decide = [](const char* action) {
    Command c;
    c.action = action;
    c.by = "Chair";
    return c;
  };
  Command deliver;
  deliver.type = Command::Type::deliver_inject;
  deliver.inject = "zcert_cut_vpn";
  plan.commands = {{0, decide("activate_crisis_team")}, {30, deliver}, {30, decide("isolate_vendor_vpn")},
                   {30, decide("activate_paper_downtime")}};
  Exercise ex(flagship().scenario, 5);
  run_plan_until(ex, plan, 6 * kHour);
  Save save = flagship_save(kHour);  // for the scenario text and metadata
  record_exercise(save, ex);
  const Replay r = replay_save(reloaded(save), flagship().scenario);
  INFO(r.check.message);
  CHECK(r.check.matches);
}

TEST_CASE("a run stopped at T0 has T0's events, as its replay does", "[replay]") {
  // The flagship's first inject comes at T0: a run to T0 delivers it, as a run
  // to any later minute delivers what is due at that minute.
  Exercise ex(flagship().scenario, 1);
  run_plan_until(ex, Plan{}, 0);
  CHECK(ex.events_processed() > 0);
  Save save = flagship_save(kHour);  // for the scenario text and metadata
  record_exercise(save, ex);
  REQUIRE(save.until == 0);
  const Replay r = replay_save(reloaded(save), flagship().scenario);
  INFO(r.check.message);
  CHECK(r.check.matches);
}

TEST_CASE("a save whose commands lie after its end is refused, each command named, before any replay", "[replay][save]") {
  // Found by a hostile-input audit: such commands were never played, and the
  // replay stopped at `until` saying the state diverged after the last one.
  Save save = reloaded(flagship_save(3 * kDay));
  REQUIRE(save.commands.size() > 2);
  REQUIRE(save.commands.back().planned.at > kDay);
  save.until = kDay;
  const SaveLoad load = load_save_text(save_text(save), "drill.save.json");
  CHECK_FALSE(load.ok());
  const std::string said = load.problems.format_all();
  const std::string last = "commands[" + std::to_string(save.commands.size() - 1) + "].at: after the end of the save (until 1d)";
  CHECK_THAT(said, Catch::Contains(last));
  CHECK_THAT(said, Catch::StartsWith("drill.save.json:"));
}

// What-if branches: one command of a save changed or removed, the exercise
// played again. Identical up to the change, different after it for the
// reasons the model gives.

#include <catch2/catch.hpp>

#include "save/branch.h"
#include "save/replay.h"
#include "flagship_fixture.h"

using namespace epd;
using epd::test::flagship;
using epd::test::flagship_save;

namespace {

std::size_t index_of(const Save& save, const std::string& action) {
  for (std::size_t i = 0; i < save.commands.size(); ++i)
    if (save.commands[i].planned.command.action == action) return i;
  FAIL("no command " << action);
  return 0;
}

}  // namespace

TEST_CASE("a what-if that changes nothing ends exactly where the original did", "[branch]") {
  const Save save = flagship_save(2 * kDay);
  const std::size_t i = index_of(save, "isolate_vendor_vpn");
  const Branch b = branch_save(save, flagship().scenario, "drill.save.json", {i, save.commands[i].planned});
  CHECK(b.save.state == save.state);
  CHECK(b.save.branch.change == "unchanged");
}

TEST_CASE("a what-if is identical to the original before the changed command and differs after it", "[branch]") {
  const Save save = flagship_save(3 * kDay);
  const std::size_t i = index_of(save, "isolate_vendor_vpn");
  const Branch b = branch_save(save, flagship().scenario, "drill.save.json", {i, std::nullopt});
  REQUIRE(b.save.commands.size() == save.commands.size() - 1);
  for (std::size_t k = 0; k < i; ++k) CHECK(b.save.commands[k].state == save.commands[k].state);
  CHECK(b.save.commands[i].state != save.commands[i + 1].state);
  CHECK(b.save.state != save.state);
  CHECK(b.save.branch.command == static_cast<int>(i));
  CHECK(b.save.branch.save == "drill.save.json");
  CHECK(b.save.branch.change == "removed");
  CHECK(b.save.notes.empty());
  CHECK(b.save.ratings.empty());
  // The branch is a save of its own that replays.
  CHECK(replay_save(b.save, flagship().scenario).check.matches);
}

TEST_CASE("a what-if that switches to paper six hours later ends with more medication errors and unseen patients",
          "[branch]") {
  const Save save = flagship_save(3 * kDay);
  const std::size_t i = index_of(save, "activate_paper_downtime");
  PlannedCommand later = save.commands[i].planned;
  later.at = 6 * kHour;
  const Branch b = branch_save(save, flagship().scenario, "drill.save.json", {i, later});
  CHECK_THAT(b.save.branch.change, Catch::Equals("moved from T+0d 00:15 to T+0d 06:00"));
  CHECK(b.save.outcome.metrics.at("medication_errors") > save.outcome.metrics.at("medication_errors"));
  CHECK(b.save.outcome.metrics.at("ed_left_without_being_seen") >= save.outcome.metrics.at("ed_left_without_being_seen"));
  CHECK_THAT(b.save.title, Catch::Contains("what-if: command 2 at T+0d 00:15 (decide activate_paper_downtime"));
}

TEST_CASE("a what-if with other parameters names them", "[branch]") {
  const Save save = flagship_save(kDay);
  const std::size_t i = index_of(save, "call_in_ed_physicians");
  PlannedCommand more = save.commands[i].planned;
  more.command.params["count"] = 4;
  CHECK(describe_change(save.commands[i], {i, more}) == "count 2 -> 4");
}

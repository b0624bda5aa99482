// The same scenario, seed and commands give identical runs; another seed
// gives another run. (That g++ and clang agree is pinned by the golden
// summary test, which both builds check against the same file.)

#include <catch2/catch.hpp>

#include "test_scenario.h"

using namespace epd;

namespace {

std::uint64_t run(std::uint64_t seed) {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", 2 * kHour), test::recovery_inject("back", "cloud", 3 * kDay)};
  Exercise ex(test::share(s), seed);
  ex.advance_to(3 * kHour);
  ex.submit(test::decide("paper_on"));
  ex.submit(test::decide("divert", {{"hours", 6}}));
  ex.advance_to(5 * kDay);
  return ex.fingerprint();
}

}  // namespace

TEST_CASE("the same scenario, seed and commands give an identical run", "[determinism]") {
  CHECK(run(42) == run(42));
}

TEST_CASE("a different seed gives a different run", "[determinism]") {
  CHECK(run(42) != run(43));
}

TEST_CASE("advancing in many small steps gives the same run as one jump", "[determinism]") {
  Scenario s = test::small_scenario();
  s.injects = {test::outage_inject("down", "cloud", 2 * kHour)};
  Exercise jump(test::share(s), 9);
  jump.advance_to(2 * kDay);
  Exercise steps(test::share(s), 9);
  for (SimTime t = 7; t <= 2 * kDay; t += 7) steps.advance_to(t);
  steps.advance_to(2 * kDay);
  CHECK(jump.fingerprint() == steps.fingerprint());
}

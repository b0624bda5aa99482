// How the hospital reacts to a long outage, mechanism by mechanism (issue
// 10): each test pins one cause and its effect on the small test scenario.

#include <catch2/catch.hpp>

#include "engine/world.h"
#include "test_scenario.h"

using namespace epd;
using epd::test::decide;

namespace {

InjectDef flow_inject(const std::string& id, SimTime at, Flow flow, double factor, SimTime lasts) {
  InjectDef in = test::recovery_inject(id, "network", at);
  Effect e;
  e.type = Effect::Type::flow_factor;
  e.flow = flow;
  e.amount = factor;
  e.for_minutes = lasts;
  in.effects = {e};
  return in;
}

}  // namespace

TEST_CASE("a flow factor 0 with a duration stops the flow and ends when its time is up", "[inject][flow]") {
  Scenario s = test::small_scenario();
  s.injects = {flow_inject("stop", kDay, Flow::emergency, 0, kDay)};
  Exercise ex(test::share(s), 3);
  ex.advance_to(kDay);
  const double first_day = ex.metric("ed_visits");
  ex.advance_to(2 * kDay);
  const double stopped_day = ex.metric("ed_visits") - first_day;
  ex.advance_to(3 * kDay);
  const double day_after = ex.metric("ed_visits") - first_day - stopped_day;
  CHECK(first_day > 40);
  CHECK(stopped_day <= 1);  // an arrival already on its way still comes
  CHECK(day_after > 40);  // before the fix the factor stayed 0 for good
}

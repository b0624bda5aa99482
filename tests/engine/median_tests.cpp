// The medians behind every "median" metric are exact, whatever the values:
// checked against sorting, for whole minutes (counted), long stays (kept
// sorted) and fractions (the plain method).

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "core/rng.h"
#include "metrics/running_median.h"

using namespace epd;

namespace {

double sorted_median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Whole minutes, a few of them beyond the counted range, and (when asked)
// a fraction now and then.
double draw(Rng& rng, bool fractions) {
  if (fractions && rng.chance(0.01)) return rng.uniform(0, 300);
  if (rng.chance(0.03)) return static_cast<double>(1024 + rng.below(5000));
  return static_cast<double>(rng.below(600));
}

}  // namespace

TEST_CASE("the running median is the median of every value so far", "[median]") {
  for (bool fractions : {false, true}) {
    Rng rng(fractions ? 2 : 1);
    RunningMedian running;
    std::vector<double> all;
    CHECK(running.median() == 0);
    for (int i = 0; i < 3000; ++i) {
      const double v = draw(rng, fractions);
      running.add(v);
      all.push_back(v);
      if (i % 97 == 0 || i < 10) REQUIRE(running.median() == sorted_median(all));
    }
    CHECK(running.count() == all.size());
  }
}

TEST_CASE("the 24-hour median is the median of the values of the last 24 hours", "[median]") {
  for (bool fractions : {false, true}) {
    Rng rng(fractions ? 4 : 3);
    WindowMedian window(kDay);
    std::vector<std::pair<SimTime, double>> all;
    SimTime t = 0;
    for (int i = 0; i < 5000; ++i) {
      t += rng.below(40);
      const double v = draw(rng, fractions);
      window.add(t, v);
      all.emplace_back(t, v);
      if (i % 53 == 0) {
        // The clock only moves on: a later value comes at the time read or after.
        const SimTime now = t += rng.below(3) * kHour;
        std::vector<double> in;
        for (const auto& [at, value] : all)
          if (at > now - kDay && at <= now) in.push_back(value);
        REQUIRE(window.median(now) == sorted_median(in));
      }
    }
  }
}

TEST_CASE("a window median counts the values inside its window", "[median]") {
  WindowMedian w(kDay);
  CHECK(w.count(0) == 0);
  w.add(10, 5);
  w.add(20, 7);
  CHECK(w.count(20) == 2);
  CHECK(w.count(10 + kDay) == 1);  // the first left the window
  CHECK(w.count(20 + kDay) == 0);
  CHECK(w.median(20 + kDay) == 0);
}

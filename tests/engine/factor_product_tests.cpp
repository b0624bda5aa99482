// Stacked flow factors: no number of them overflows, the combined factor is
// capped, and each one's end restores exactly what was before.

#include <catch2/catch.hpp>

#include "core/factor_product.h"
#include "scenario/limits.h"

using epd::FactorProduct;

TEST_CASE("a product of factors is the plain product while it is small, bit for bit", "[factors]") {
  FactorProduct p;
  double plain = 1;
  for (double f : {1.15, 1.3, 0.7, 2.5, 0.333}) {
    p.multiply(f);
    plain *= f;
    CHECK(p.value(1e9) == plain);
  }
  for (double f : {1.3, 0.333, 1.15}) {
    p.divide(f);
    plain /= f;
    CHECK(p.value(1e9) == plain);
  }
}

TEST_CASE("a thousand stacked factors of 10 are capped while they last and leave 1 (to rounding) when they end", "[factors]") {
  FactorProduct p;
  for (int i = 0; i < 1000; ++i) p.multiply(10);  // 1e1000: far past the largest double
  CHECK(p.value(epd::kMaxFlowFactor) == epd::kMaxFlowFactor);
  for (int i = 0; i < 999; ++i) p.divide(10);
  CHECK(p.value(epd::kMaxFlowFactor) == Approx(10.0).epsilon(1e-12));
  p.divide(10);
  CHECK(p.value(epd::kMaxFlowFactor) == Approx(1.0).epsilon(1e-12));
  for (int i = 0; i < 1000; ++i) p.multiply(0.01);  // 1e-2000: far below the smallest
  CHECK(p.value(epd::kMaxFlowFactor) == 0.0);
  for (int i = 0; i < 1000; ++i) p.divide(0.01);
  CHECK(p.value(epd::kMaxFlowFactor) == Approx(1.0).epsilon(1e-12));
}

TEST_CASE("a factor too small for a normal double (1e-320) divides out exactly when it ends", "[factors]") {
  for (double tiny : {1e-320, 1e-310, 4.9e-324}) {
    FactorProduct p;
    p.multiply(1.15);
    p.multiply(tiny);
    CHECK(p.value(epd::kMaxFlowFactor) < 1e-300);
    p.divide(tiny);
    CHECK(p.value(epd::kMaxFlowFactor) == 1.15);  // not 10 times the flow for the rest of the exercise
  }
}

#pragma once
// The product of the factors in force on something (a flow: x1.15 for three
// days, x1.3 for a week, ...), as a mantissa and a power of two, so that no
// number of stacked factors overflows or underflows, and dividing a factor
// out when it ends gives exactly what the plain product would have: scaling
// by a power of two is exact. What the engine uses is capped. The product is
// read on every arrival and changes only with an inject, so it is formed
// when it changes (the same double: ldexp is exact).

#include <algorithm>
#include <cmath>
#include <limits>

namespace epd {

class FactorProduct {
 public:
  // A factor below the smallest normal double (2.2e-308; a file may write
  // 1e-320) has its own power of two taken apart first: multiplied in as it
  // is, it lost bits and did not divide out again. Every other factor is
  // multiplied in as it always was, so results stay bit for bit.
  void multiply(double factor) {
    if (factor >= std::numeric_limits<double>::min() || factor == 0) return normalise(mantissa_ * factor);
    int e = 0;
    const double m = std::frexp(factor, &e);
    exponent_ += e;
    normalise(mantissa_ * m);
  }
  void divide(double factor) {
    if (factor >= std::numeric_limits<double>::min()) return normalise(mantissa_ / factor);
    int e = 0;
    const double m = std::frexp(factor, &e);
    exponent_ -= e;
    normalise(mantissa_ / m);
  }
  // The product, at most `cap` (a positive product too small for a double is 0).
  double value(double cap) const { return std::min(product_, cap); }

 private:
  void normalise(double m) {
    int e = 0;
    mantissa_ = std::frexp(m, &e);
    exponent_ += e;
    // Beyond a double's range: infinity, which the cap stands in for.
    product_ = exponent_ > 1024 ? std::numeric_limits<double>::infinity() : std::ldexp(mantissa_, exponent_);
  }
  double mantissa_ = 0.5;  // in [0.5, 1) for a product that is not 0
  int exponent_ = 1;       // 0.5 * 2^1 = 1
  double product_ = 1;     // mantissa_ * 2^exponent_
};

}  // namespace epd

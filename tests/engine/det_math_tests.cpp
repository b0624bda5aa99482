// The engine's own log, exp, exp2, cos, log1p and lgamma (core/det_math.h):
// close to the C library's, and the same bits on every machine. The
// digests below were taken on x86-64; the arm64 and armhf cross-builds run
// this test under qemu (docs/small-machines.md) and must give them too.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <string>

#include "core/det_math.h"
#include "core/rng.h"
#include "core/sha256.h"

using namespace epd;

namespace {

std::uint64_t bits(double x) {
  std::uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

// How many doubles lie between a and b (same sign, finite).
std::uint64_t ulps_apart(double a, double b) {
  const std::uint64_t x = bits(a), y = bits(b);
  return x > y ? x - y : y - x;
}

// The SHA-256 of results' bits, byte by byte little-endian whatever the machine.
class Fingerprint {
 public:
  void add(double y) {
    const std::uint64_t b = bits(y);
    std::uint8_t bytes[8];
    for (int k = 0; k < 8; ++k) bytes[k] = static_cast<std::uint8_t>(b >> (8 * k));
    sha_.update(bytes, sizeof bytes);
  }
  std::string hex() {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const std::uint8_t byte : sha_.finish()) {
      out += kDigits[byte >> 4];
      out += kDigits[byte & 0x0f];
    }
    return out;
  }

 private:
  Sha256 sha_;
};

// `n` inputs from `draw`, their results by `f`: the fingerprint of the
// results, and the largest distance in ulps from `libm`.
struct Sweep {
  std::string digest;
  std::uint64_t worst_ulps = 0;
  double worst_at = 0;
};
Sweep sweep(const std::function<double(Rng&)>& draw, double (*f)(double), double (*libm)(double), int n = 20000) {
  Rng rng(20260422);
  Fingerprint fp;
  Sweep s;
  for (int i = 0; i < n; ++i) {
    const double x = draw(rng);
    const double y = f(x);
    fp.add(y);
    const std::uint64_t d = ulps_apart(y, libm(x));
    if (d > s.worst_ulps) {
      s.worst_ulps = d;
      s.worst_at = x;
    }
  }
  s.digest = fp.hex();
  return s;
}

double c_log(double x) { return std::log(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_cos(double x) { return std::cos(x); }

}  // namespace

TEST_CASE("det_math: special values", "[det_math]") {
  constexpr double inf = std::numeric_limits<double>::infinity();
  CHECK(det::log(1.0) == 0.0);
  CHECK(det::log(0.0) == -inf);
  CHECK(std::isnan(det::log(-1.0)));
  CHECK(det::log(inf) == inf);
  CHECK(det::log(std::numeric_limits<double>::denorm_min()) == std::log(std::numeric_limits<double>::denorm_min()));
  CHECK(det::log1p(0.0) == 0.0);
  CHECK(det::log1p(1e-300) == 1e-300);
  CHECK(det::log1p(-1.0) == -inf);
  CHECK(det::exp(0.0) == 1.0);
  CHECK(det::exp(-inf) == 0.0);
  CHECK(det::exp(inf) == inf);
  CHECK(det::exp(710.0) == inf);
  CHECK(det::exp(-746.0) == 0.0);
  for (int k = -1074; k <= 1023; ++k) CHECK(det::exp2(k) == std::ldexp(1.0, k));
  CHECK(det::exp2(1024.0) == inf);
  CHECK(det::cos(0.0) == 1.0);
  CHECK(std::isnan(det::cos(inf)));
  CHECK(det::lgamma(1.0) == Approx(0.0).margin(1e-15));
  CHECK(det::lgamma(2.0) == Approx(0.0).margin(1e-15));
  CHECK(std::isnan(det::lgamma(0.0)));
}

TEST_CASE("det_math: within an ulp or two of the C library, and the same bits on every machine", "[det_math]") {
  const auto uniform = [](double lo, double hi) { return [lo, hi](Rng& r) { return r.uniform(lo, hi); }; };
  struct Case {
    const char* name;
    std::function<double(Rng&)> draw;
    double (*f)(double);
    double (*libm)(double);
    const char* digest;
  };
  const Case cases[] = {
      // As Rng::exponential and the polar method use it: log of (0, 1].
      {"log(1 - u)", [](Rng& r) { return 1.0 - r.uniform(); }, det::log, c_log,
       "7a8b659d9d1cc4b08c43d9690e396a9b4431d0f8a2c985e148c4715cb2f6ad3d"},
      {"log over 600 binades",
       [](Rng& r) {
         const double m = r.uniform(1.0, 2.0);  // two statements: the order of a call's arguments is the compiler's
         return std::ldexp(m, r.below(600) - 300);
       },
       det::log, c_log,
       "820c94a90f3b2c89773ba81eff31aaba7d5de1b7cf1f1a331d0cbeafef84443e"},
      {"log1p", uniform(-0.9, 4.0), det::log1p, c_log1p,
       "c32ca237dc6c4f9b95e8261149e28e2b619ae10a02abae65c7e3deadc3c93222"},
      {"exp", uniform(-40.0, 40.0), det::exp, c_exp,
       "7da50610df706feffc6ec4a91da517eb9f3f084d64b8131f953df93314572d45"},
      {"exp2", uniform(-60.0, 60.0), det::exp2, c_exp2,
       "dc97c65b00551fc263e1c0935aef95d47d87820727c625809b4fc57e8a1d559b"},
      {"cos", uniform(-10.0, 10.0), det::cos, c_cos,
       "cc40382e589fb30dc1dfaad92aa13aea0b56151d8aaba57bbea212034ca32b86"},
  };
  for (const Case& c : cases) {
    const Sweep s = sweep(c.draw, c.f, c.libm);
    INFO(c.name << ": worst at " << s.worst_at);
    CHECK(s.worst_ulps <= 1);
    CHECK(s.digest == c.digest);
  }
}

TEST_CASE("det_math: lgamma to 5e-14 of the C library (relative, absolute near its zeros), and the same bits on every machine", "[det_math]") {
  Rng rng(7);
  Fingerprint fp;
  double worst = 0;
  for (int i = 0; i < 20000; ++i) {
    // The t-quantile's arguments are halves and whole numbers; any positive x works.
    const double x = i < 2000 ? 0.5 * (i + 1) : rng.uniform(0.01, 300.0);
    const double y = det::lgamma(x);
    worst = std::max(worst, std::fabs(y - std::lgamma(x)) / std::max(1.0, std::fabs(y)));
    fp.add(y);
  }
  CHECK(worst < 5e-14);
  const std::string digest = fp.hex();
  CHECK(digest == "2cca4669894b2c1f7abd7c8b15704bc341be71a477b7dd8fbc1e30d406472c95");
}

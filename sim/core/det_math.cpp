#include "core/det_math.h"

// Written for this engine from the textbook methods (Tang's table-driven log
// and exp; Cody and Waite's reduction; Taylor series): the argument is
// reduced to a small interval, where a short series suffices, and the parts
// that decide the last bit are carried as two doubles (Knuth's exact sum,
// Dekker's exact product) so that one rounding at the end makes the result.
// Constants are hexadecimal so that no compiler rounds them; the tables
// (det_math_tables.h) are made by make_det_math_tables.py.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "core/det_math_tables.h"

namespace epd::det {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ln 2 as two doubles: the first with 42 significant bits, so that k * it is
// exact for |k| < 2048, and the rest.
constexpr double kLn2Hi42 = 0x1.62e42fefa3800p-1;
constexpr double kLn2Lo42 = 0x1.ef35793c76730p-45;
// ln2 / 128 as two doubles, the first with 35 significant bits (k * it is
// exact for |k| < 2^18), and 128 / ln2.
constexpr double kLn2By128Hi = 0x1.62e42fefc0000p-8;
constexpr double kLn2By128Lo = -0x1.c610ca86c3899p-44;
constexpr double k128ByLn2 = 0x1.71547652b82fep+7;
// Added and taken away, rounds a double below 2^51 to the nearest integer.
constexpr double kRoundShift = 0x1.8p52;
// ln 2 rounded, and what rounding left off.
constexpr double kLn2 = 0x1.62e42fefa39efp-1;
constexpr double kLn2Lo = 0x1.abc9e3b39803fp-56;

// pi/2 in three parts, the first two of 33 significant bits (n times them is
// exact for |n| < 2^20), and 2/pi and 2*pi rounded.
constexpr double kPio2_1 = 0x1.921fb54400000p+0;
constexpr double kPio2_2 = 0x1.0b4611a600000p-34;
constexpr double kPio2_3 = 0x1.3198a2e037073p-69;
constexpr double kInvPio2 = 0x1.45f306dc9c883p-1;
constexpr double kTwoPi = 0x1.921fb54442d18p+2;
constexpr double kReduceLimit = 0x1.8p+20;  // beyond, n * kPio2_1 might not be exact

constexpr double kHalfLog2Pi = 0x1.d67f1c864beb5p-1;  // log(2 pi) / 2

std::uint64_t bits_of(double x) {
  std::uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}
double from_bits(std::uint64_t b) {
  double x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}

// a + b = s + e exactly (Knuth's two-sum, any magnitudes).
void two_sum(double a, double b, double& s, double& e) {
  s = a + b;
  const double bb = s - a;
  e = (a - (s - bb)) + (b - bb);
}
// a + b = s + e exactly when |a| >= |b| (Dekker's fast two-sum).
void fast_two_sum(double a, double b, double& s, double& e) {
  s = a + b;
  e = b - (s - a);
}
// a * b = p + e exactly (Dekker's product with Veltkamp's split; no FMA, so
// the same on every machine). For |a|, |b| below 2^996.
void split(double a, double& hi, double& lo) {
  const double t = 0x1.0000002p+27 * a;  // 2^27 + 1
  hi = t - (t - a);
  lo = a - hi;
}
void two_prod(double a, double b, double& p, double& e) {
  p = a * b;
  double ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// Horner's scheme over coefficients c[0] + c[1] z + ... + c[n-1] z^(n-1),
// unrolled at compile time (the hottest lines of a run draw random numbers).
template <std::size_t I = 0, std::size_t N>
double poly(const double (&c)[N], double z) {
  if constexpr (I + 1 == N) {
    return c[I];
  } else {
    return poly<I + 1>(c, z) * z + c[I];
  }
}

// log(1 + r) = r + r^2 (-1/2 + r/3 - r^2/4 + ... + r^7/9), |r| < 0.0092 (the
// next term is below 2^-62 of the result).
constexpr double kLog1p[] = {
    -0x1.0000000000000p-1, 0x1.5555555555555p-2,  -0x1.0000000000000p-2, 0x1.999999999999ap-3,
    -0x1.5555555555555p-3, 0x1.2492492492492p-3,  -0x1.0000000000000p-3, 0x1.c71c71c71c71cp-4,
};

// exp(a) = 1 + a + a^2 (1/2! + a/3! + ... + a^4/6!), |a| <= ln2/256.
constexpr double kExpm1[] = {
    0x1.0000000000000p-1, 0x1.5555555555555p-3, 0x1.5555555555555p-5, 0x1.1111111111111p-7, 0x1.6c16c16c16c17p-10,
};

// cos y = 1 - z/2 + z^2 (1/4! - z/6! + ...), z = y^2, |y| <= pi/4.
constexpr double kCos[] = {
    0x1.5555555555555p-5,  -0x1.6c16c16c16c17p-10, 0x1.a01a01a01a01ap-16,  -0x1.27e4fb7789f5cp-22,
    0x1.1eed8eff8d898p-29, -0x1.93974a8c07c9dp-37, 0x1.ae7f3e733b81fp-45,  -0x1.6827863b97d97p-53,
    0x1.e542ba4020225p-62,
};
// sin y = y - y^3/3! + y^3 z (1/5! - z/7! + ...).
constexpr double kSin[] = {-0x1.5555555555555p-3};  // -1/3!
constexpr double kSinRest[] = {
    0x1.1111111111111p-7,  -0x1.a01a01a01a01ap-13, 0x1.71de3a556c734p-19, -0x1.ae64567f544e4p-26,
    0x1.6124613a86d09p-33, -0x1.ae7f3e733b81fp-41, 0x1.952c77030ad4ap-49, -0x1.2f49b46814157p-57,
    0x1.71b8ef6dcf572p-66,
};

// Stirling's series: B_2n / (2n (2n - 1)), n = 1..8.
constexpr double kStirling[] = {
    0x1.5555555555555p-4,   // 1/12
    -0x1.6c16c16c16c17p-9,  // -1/360
    0x1.a01a01a01a01ap-11,  // 1/1260
    -0x1.3813813813814p-11, // -1/1680
    0x1.b951e2b18ff23p-11,  // 1/1188
    -0x1.f6ab0d9993c7dp-10, // -691/360360
    0x1.a41a41a41a41ap-8,   // 1/156
    -0x1.e4286cb0f5398p-6,  // -3617/122400
};

// 2^(k/128) exp(a + b) for |a| <= ln2/256 (a little more), |b| below an ulp of a.
double exp_kernel(double a, double b, double kd) {
  const auto k = static_cast<std::int32_t>(kd);
  const auto j = static_cast<std::int32_t>(static_cast<std::uint32_t>(k) & 127u);
  const std::int32_t q = (k - j) / 128;
  const ExpEntry& t = kExpTable[j];
  // exp(a + b) - 1 = a + a^2 (1/2 + ...) + b, to far below an ulp of 1.
  const double em1 = a + (a * a * poly(kExpm1, a) + b);
  const double y = t.hi + (t.lo + t.hi * em1);  // in [0.99, 2)
  if (q >= -1021 && q <= 1023) return y * from_bits(static_cast<std::uint64_t>(1023 + q) << 52);  // exact
  return std::ldexp(y, q);  // near overflow or into the subnormals: IEEE defines it to the bit
}

// cos(y + yl) and sin(y + yl) for |y| <= pi/4 (plus a little), |yl| tiny.
double cos_kernel(double y, double yl) {
  double z, ze;
  two_prod(y, y, z, ze);
  const double hz = 0.5 * z;
  const double w = 1.0 - hz;
  return w + ((((1.0 - w) - hz) - 0.5 * ze) + (z * z * poly(kCos, z) - y * yl));
}
double sin_kernel(double y, double yl) {
  double z, ze, c, ce;
  two_prod(y, y, z, ze);
  two_prod(y, z, c, ce);  // y^3 = c + ce + y ze (to far below an ulp)
  const double cl = ce + y * ze;
  // sin y = y - y^3/6 + y^3 z (1/5! - ...).
  return y + ((c * kSin[0] + cl * kSin[0]) + (c * z * poly(kSinRest, z) + yl * (1.0 - 0.5 * z)));
}

}  // namespace

double log(double x) {
  int k = 0;
  std::uint64_t b = bits_of(x);
  if (b - 0x0010000000000000ULL >= 0x7fe0000000000000ULL) {  // not a positive normal number
    if (std::isnan(x)) return x;
    if (x < 0) return kNaN;
    if (x == 0) return -kInf;
    if (x == kInf) return x;
    x *= 0x1p54;  // subnormal: make it normal
    k = -54;
    b = bits_of(x);
  }
  k += static_cast<int>(b >> 52) - 1023;
  double m = from_bits((b & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);  // [1, 2)
  if (m >= 1.5) {
    m *= 0.5;
    ++k;
  }
  // m in [0.75, 1.5): c = 0.75 + i/128 is within 1/256 of it, and
  // log m = -log(invc) + log(1 + r), r = m invc - 1 = (m - c) invc + (c invc - 1):
  // m - c is exact (Sterbenz), has at most 45 significant bits and invc 8, so
  // both products are exact; r + rl is r to the bit.
  const LogEntry& e = kLogTable[static_cast<int>((m - 0.75) * 128.0 + 0.5)];
  double r, rl;
  two_sum((m - e.c) * e.invc, e.c_invc_m1, r, rl);
  const double tail = r * r * poly(kLog1p, r) + rl;  // log(1 + r + rl) - r
  const double dk = k;
  double s1, e1, s2, e2;
  fast_two_sum(dk * kLn2Hi42, e.logc_hi, s1, e1);  // dk * kLn2Hi42 is exact; |logc| < ln2 (or dk = 0)
  two_sum(s1, r, s2, e2);
  return s2 + (((e1 + e2) + tail) + (e.logc_lo + dk * kLn2Lo42));
}

double log1p(double x) {
  if (std::isnan(x)) return x;
  if (x < -1) return kNaN;
  if (x == -1) return -kInf;
  const double u = 1.0 + x;
  if (u == 1.0) return x;  // |x| below half an ulp of 1: log1p(x) = x - x^2/2 rounds to x
  if (u == kInf) return u;
  // log(u) is log(1 + x) for the rounded u; u - 1 - x, over u, puts back the rest.
  return log(u) + (x - (u - 1.0)) / u;
}

double exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 0x1.62e42fefa39efp+9) return kInf;  // above log(DBL_MAX)
  if (x < -0x1.74910d52d3052p+9) return 0.0;  // below log of half the smallest subnormal
  // x = (k/128) ln2 + a + b, |a| <= ln2/256.
  const double kd = (x * k128ByLn2 + kRoundShift) - kRoundShift;
  const double hi = x - kd * kLn2By128Hi;  // exact: kd * kLn2By128Hi is, and x is within a factor 2 of it (Sterbenz)
  double a, b;
  two_sum(hi, -(kd * kLn2By128Lo), a, b);
  return exp_kernel(a, b, kd);
}

double exp2(double x) {
  if (std::isnan(x)) return x;
  if (x >= 1024) return kInf;
  if (x < -1080) return 0.0;
  // x = k/128 + f, |f| <= 1/256; f ln2 = a + b: f * kLn2 exactly, plus f * kLn2Lo.
  const double kd = (x * 128.0 + kRoundShift) - kRoundShift;
  const double f = (x * 128.0 - kd) * 0x1p-7;  // exact
  double p, pe;
  two_prod(f, kLn2, p, pe);
  double a, b;
  fast_two_sum(p, pe + f * kLn2Lo, a, b);
  return exp_kernel(a, b, kd);
}

double cos(double x) {
  if (!std::isfinite(x)) return kNaN;
  x = std::fabs(x);
  if (x <= 0x1.921fb54442d18p-1) return cos_kernel(x, 0.0);  // pi/4
  if (x >= kReduceLimit) x = std::fmod(x, kTwoPi);  // exact fmod, but of a rounded 2 pi
  // x = n pi/2 + y + yl, |y| <= pi/4.
  const double dn = std::floor(x * kInvPio2 + 0.5);
  const double r = x - dn * kPio2_1;  // exact (as in exp)
  double y0, e0;
  two_sum(r, -(dn * kPio2_2), y0, e0);  // dn * kPio2_2 is exact
  double y, yl;
  fast_two_sum(y0, e0 - dn * kPio2_3, y, yl);
  switch (static_cast<int>(std::fmod(dn, 4.0))) {
    case 0: return cos_kernel(y, yl);
    case 1: return -sin_kernel(y, yl);
    case 2: return -cos_kernel(y, yl);
    default: return sin_kernel(y, yl);
  }
}

double lgamma(double x) {
  if (std::isnan(x)) return x;
  if (x <= 0) return kNaN;
  if (x == kInf) return x;
  // lgamma(x) = lgamma(x + n) - log(x (x+1) ... (x+n-1)), x + n >= 15.
  double shift = 0;
  if (x < 15) {
    double product = 1;
    while (x < 15) {
      product *= x;
      x += 1;
    }
    shift = log(product);
  }
  // Stirling: (x - 1/2) log x - x + log(2 pi)/2 + sum B_2n / (2n (2n-1) x^(2n-1)).
  const double inv = 1 / x;
  const double series = inv * poly(kStirling, inv * inv);
  return ((x - 0.5) * log(x) - x) + (kHalfLog2Pi + series) - shift;
}

}  // namespace epd::det

#pragma once
// The engine's own log, exp, exp2, cos, log1p and lgamma: the same bits on
// every machine.
//
// The C library's are not. glibc picks its exp, log and cos at run time by
// the processor: one variant on x86-64 processors with FMA, another on those
// without (aarch64 always fuses, armhf never); exp2 and lgamma differ between
// x86-64 and aarch64 as well. Each variant is accurate to within an ulp, but
// they round differently once in 1,000 to 10,000 calls (lgamma: 1 in 4), so
// a run could, however rarely, depend on the machine it ran on. These use
// only + - * / and operations IEEE defines to the bit (floor, fmod, ldexp),
// compiled with -ffp-contract=off (sim/CMakeLists.txt) so that no
// multiply-add is fused: IEEE arithmetic then gives the same bits
// everywhere. log, exp and exp2 are within 0.505 ulp, as close as glibc's;
// cos 0.61 ulp, lgamma 5e-14 (tests/engine/det_math_tests.cpp, which also
// pins their bits on x86-64, arm64 and armhf). They cost the flagship's run
// 3% more instructions than glibc's.

namespace epd::det {

double log(double x);    // natural logarithm; -inf at 0, NaN below
double log1p(double x);  // log(1 + x), accurate for small x; NaN below -1
double exp(double x);
double exp2(double x);   // 2 to the power x
double cos(double x);    // accurate for |x| < 1.6e6 (then reduced by a double 2*pi)
double lgamma(double x); // log of the gamma function, for x > 0 (NaN otherwise)

}  // namespace epd::det

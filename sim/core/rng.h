#pragma once
// The engine's own random numbers: xoshiro256** seeded through SplitMix64,
// and hand-written distributions. std::*_distribution objects are not used
// because libstdc++ and libc++ turn the same bits into different numbers;
// these functions use only + - * /, sqrt (exact in IEEE arithmetic) and the
// engine's own log and exp (core/det_math.h), so g++ and clang builds, and
// x86-64, arm64 and armhf machines, draw identical values.

#include <cstdint>

namespace epd {

class Rng {
 public:
  // Seeded through SplitMix64. Inline and constexpr, so the default (seed 0)
  // of every new patient record, assigned its own stream right after, costs nothing.
  constexpr Rng() : Rng(0) {}
  explicit constexpr Rng(std::uint64_t seed) : s_{} {
    std::uint64_t x = seed;
    for (auto& s : s_) s = splitmix64(x);
  }

  // An independent stream for one process of one exercise (arrivals of one
  // hospital, the lab of one hospital, ...). Giving each process its own
  // stream keeps a decision in one place from shifting the random numbers
  // drawn everywhere else, so two runs that differ in one decision see the
  // same patients arrive.
  static Rng stream(std::uint64_t seed, std::uint64_t stream_id);

  // The hottest code of a run: defined here so every rule inlines it.
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  double uniform(double lo, double hi);    // [lo, hi)
  bool chance(double p) { return uniform() < p; }
  int below(int n);                        // 0 .. n-1, n >= 1
  double exponential(double mean);
  double standard_normal();
  // The same state: the same numbers from here on.
  friend bool operator==(const Rng& a, const Rng& b) {
    return a.s_[0] == b.s_[0] && a.s_[1] == b.s_[1] && a.s_[2] == b.s_[2] && a.s_[3] == b.s_[3];
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static constexpr std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t s_[4];
};

// Lognormal given its mean and coefficient of variation (sd / mean), the
// natural way to state a positive, right-skewed duration.
struct LogNormal {
  double mu = 0;
  double sigma = 0;
  static LogNormal from_mean_cv(double mean, double cv);
  double draw(Rng& rng) const;
  double mean() const;
};

}  // namespace epd

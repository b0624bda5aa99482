#include "core/rng.h"

#include <cmath>

#include "core/det_math.h"

namespace epd {
Rng Rng::stream(std::uint64_t seed, std::uint64_t stream_id) {
  std::uint64_t x = stream_id * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL;
  return Rng(seed ^ splitmix64(x));
}

double Rng::uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

int Rng::below(int n) {
  const int k = static_cast<int>(uniform() * n);
  return k < n ? k : n - 1;
}

double Rng::exponential(double mean) { return -mean * det::log(1.0 - uniform()); }

double Rng::standard_normal() {
  // Marsaglia's polar method: no trigonometric functions.
  for (;;) {
    const double u = 2.0 * uniform() - 1.0;
    const double v = 2.0 * uniform() - 1.0;
    const double s = u * u + v * v;
    if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * det::log(s) / s);
  }
}

LogNormal LogNormal::from_mean_cv(double mean, double cv) {
  LogNormal d;
  d.sigma = std::sqrt(det::log(1.0 + cv * cv));
  d.mu = det::log(mean) - 0.5 * d.sigma * d.sigma;
  return d;
}

double LogNormal::draw(Rng& rng) const { return det::exp(mu + sigma * rng.standard_normal()); }

double LogNormal::mean() const { return det::exp(mu + 0.5 * sigma * sigma); }

}  // namespace epd

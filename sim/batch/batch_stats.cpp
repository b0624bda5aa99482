#include "batch/batch_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/det_math.h"
#include "metrics/registry.h"

namespace epd {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The regularized incomplete beta function I_x(a, b) by its continued
// fraction (Lentz's method), as in Numerical Recipes.
double beta_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  double c = 1, d = 1 - (a + b) * x / (a + 1);
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 300; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double step = d * c;
    h *= step;
    if (std::fabs(step - 1) < 1e-15) break;
  }
  return h;
}

double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front = det::exp(det::lgamma(a + b) - det::lgamma(a) - det::lgamma(b) + a * det::log(x) + b * det::log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(a, b, x) / a;
  return 1 - front * beta_fraction(b, a, 1 - x) / b;
}

}  // namespace

double quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return kNaN;
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const std::size_t lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

Distribution distribution(std::vector<double> values) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
  Distribution d{values.size(), kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
  if (values.empty()) return d;
  double sum = 0;
  for (double v : values) sum += v;
  d.mean = sum / static_cast<double>(values.size());
  double squares = 0;
  for (double v : values) squares += (v - d.mean) * (v - d.mean);
  d.sd = values.size() > 1 ? std::sqrt(squares / static_cast<double>(values.size() - 1)) : kNaN;
  std::sort(values.begin(), values.end());
  d.median = quantile(values, 0.5);
  d.p5 = quantile(values, 0.05);
  d.p25 = quantile(values, 0.25);
  d.p75 = quantile(values, 0.75);
  d.p95 = quantile(values, 0.95);
  d.min = values.front();
  d.max = values.back();
  return d;
}

double t_quantile_975(std::size_t df) {
  if (df == 0) return kNaN;
  // P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 = 0.025: bisection on t.
  const double v = static_cast<double>(df);
  double lo = 0, hi = 1e4;
  for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
    const double t = (lo + hi) / 2;
    const double tail = incomplete_beta(v / 2, 0.5, v / (v + t * t)) / 2;
    (tail > 0.025 ? lo : hi) = t;
  }
  return (lo + hi) / 2;
}

PairedDifference paired_difference(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> d;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (std::isfinite(a[i]) && std::isfinite(b[i])) d.push_back(b[i] - a[i]);
  PairedDifference p{d.size(), kNaN, kNaN, kNaN, kNaN};
  if (d.empty()) return p;
  const Distribution dist = distribution(d);
  p.mean = dist.mean;
  p.sd = dist.sd;
  if (d.size() < 2) return p;
  const double half = t_quantile_975(d.size() - 1) * dist.sd / std::sqrt(static_cast<double>(d.size()));
  p.low = p.mean - half;
  p.high = p.mean + half;
  return p;
}

BatchStats batch_stats(const BatchRuns& runs) {
  BatchStats out;
  out.header = runs.header;
  out.partial = runs.partial;
  out.out_of_memory = runs.out_of_memory;
  out.seeds = runs.seeds();
  const std::size_t plans = runs.header.plans.size(), hospitals = runs.header.hospitals.size();
  const std::size_t objectives = runs.header.objectives.size(), points = runs.header.series_points();
  // The runs of plan p in seed order.
  const auto of_plan = [&](std::size_t p, auto&& value) {
    std::vector<double> values;
    values.reserve(out.seeds);
    for (std::size_t i = p; i < runs.results.size(); i += plans) values.push_back(value(runs.results[i]));
    return values;
  };
  // 1 met, 0 not met; pending and not measurable are no value (left out of a paired difference).
  const auto met = [](ObjectiveStatus s) {
    return s == ObjectiveStatus::met ? 1.0 : s == ObjectiveStatus::not_met ? 0.0 : kNaN;
  };
  for (std::size_t p = 0; p < plans; ++p) {
    PlanStats s;
    for (std::size_t m = 0; m < kMetricCount; ++m)
      s.metrics.push_back(distribution(of_plan(p, [m](const RunResult& r) { return r.metrics[m]; })));
    s.hospitals.resize(hospitals);
    for (std::size_t k = 0; k < hospitals; ++k)
      for (std::size_t m = 0; m < kMetricCount; ++m)
        s.hospitals[k].push_back(
            distribution(of_plan(p, [&](const RunResult& r) { return r.hospitals[k * kMetricCount + m]; })));
    for (std::size_t o = 0; o < objectives; ++o) {
      std::size_t met_in = 0, undecided = 0;
      for (double v : of_plan(p, [&](const RunResult& r) { return met(r.objectives[o]); })) {
        if (std::isnan(v)) ++undecided;
        else if (v > 0) ++met_in;
      }
      s.objectives_met.push_back(met_in);
      s.objectives_undecided.push_back(undecided);
    }
    for (std::size_t m = 0; m < runs.header.series.size(); ++m) {
      Fan fan;
      for (std::size_t h = 0; h < points; ++h) {
        std::vector<double> values = of_plan(p, [&](const RunResult& r) { return static_cast<double>(r.series[m * points + h]); });
        values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
        std::sort(values.begin(), values.end());
        fan.p5.push_back(quantile(values, 0.05));
        fan.p25.push_back(quantile(values, 0.25));
        fan.median.push_back(quantile(values, 0.5));
        fan.p75.push_back(quantile(values, 0.75));
        fan.p95.push_back(quantile(values, 0.95));
      }
      s.series.push_back(std::move(fan));
    }
    out.plans.push_back(std::move(s));
  }
  for (std::size_t a = 0; a < plans; ++a)
    for (std::size_t b = a + 1; b < plans; ++b) {
      PlanComparison c;
      c.a = a;
      c.b = b;
      for (std::size_t m = 0; m < kMetricCount; ++m) {
        const auto value = [m](const RunResult& r) { return r.metrics[m]; };
        c.metrics.push_back(paired_difference(of_plan(a, value), of_plan(b, value)));
      }
      for (std::size_t o = 0; o < objectives; ++o) {
        const auto value = [&](const RunResult& r) { return met(r.objectives[o]); };
        c.objectives.push_back(paired_difference(of_plan(a, value), of_plan(b, value)));
      }
      out.comparisons.push_back(std::move(c));
    }
  return out;
}

std::uint64_t objective_decided(const BatchStats& s, std::size_t plan, std::size_t objective) {
  const std::size_t undecided = s.plans[plan].objectives_undecided[objective];
  return s.seeds > undecided ? s.seeds - undecided : 0;
}

double objective_share(const BatchStats& s, std::size_t plan, std::size_t objective) {
  const std::uint64_t decided = objective_decided(s, plan, objective);
  return decided ? static_cast<double>(s.plans[plan].objectives_met[objective]) / static_cast<double>(decided) : kNaN;
}

}  // namespace epd

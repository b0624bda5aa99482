#include "report/svg_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "report/exercise_words.h"
#include "report/text_escape.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {
namespace {

// The drawing, in SVG user units (the page scales it to its width).
constexpr double kWidth = 960, kHeight = 300;
constexpr double kLeft = 76, kRight = 916, kTop = 40, kBottom = 236;

std::string num(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

// 1, 2 or 5 times a power of ten (or 25, 250, ...), so that about `ticks`
// steps cover `range`.
double nice_step(double range, int ticks) {
  const double raw = range / ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (f == 2.5 && magnitude < 10) continue;  // no 2.5 or 7.5 on an axis of whole patients
    if (raw <= f * magnitude) return f * magnitude;
  }
  return 10 * magnitude;
}

// "8,751", "2.5" (Dutch: "8.751", "2,5").
std::string tick_label(double v, double step) {
  if (step >= 1 && step == std::floor(step)) return format_count(v);
  std::string s = format_decimal(v, 2);
  const char point = language() == Lang::nl ? ',' : '.';
  if (s.find(point) == std::string::npos) return s;
  while (s.back() == '0') s.pop_back();
  if (s.back() == point) s.pop_back();
  return s;
}

struct Scale {
  double end, top;
  double x(SimTime t) const { return kLeft + (kRight - kLeft) * static_cast<double>(t) / end; }
  double y(double v) const { return kBottom - (kBottom - kTop) * std::clamp(v / top, 0.0, 1.0); }
};

void legend_entry(std::string& out, double x, const char* colour, const char* dash, double width, const std::string& label) {
  out += "<line x1=\"" + num(x) + "\" y1=\"16\" x2=\"" + num(x + 28) + "\" y2=\"16\" stroke=\"" + colour +
         "\" stroke-width=\"" + num(width) + "\"" + (dash[0] != '\0' ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") +
         "/>";
  out += "<text x=\"" + num(x + 34) + "\" y=\"20\" class=\"legend\">" + html_escape(label) + "</text>";
}

struct Axes {
  std::string unit;
  CivilDateTime start;
  SimTime end;
};

void axes(std::string& out, const Axes& p, const Scale& s, double step) {
  // Horizontal grid with the y ticks.
  for (int k = 0; k * step <= s.top + step / 2; ++k) {
    const double v = k * step;
    const std::string y = num(s.y(v));
    out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + y + "\" x2=\"" + num(kRight) + "\" y2=\"" + y +
           "\" class=\"grid\"/>";
    out += "<text x=\"" + num(kLeft - 8) + "\" y=\"" + num(s.y(v) + 4) + "\" text-anchor=\"end\" class=\"tick\">" +
           tick_label(v, step) + "</text>";
  }
  out += "<text transform=\"translate(16 " + num((kTop + kBottom) / 2) +
         ") rotate(-90)\" text-anchor=\"middle\" class=\"axis-title\">" + html_escape(p.unit) + "</text>";

  // Day ticks: a small one every day, a labelled one every `every` days.
  const Calendar calendar(p.start);
  const TimeTicks ticks = time_ticks(p.end);
  for (SimTime t = 0; t <= p.end; t += ticks.minor) {
    const bool major = t % ticks.major == 0;
    const std::string x = num(s.x(t));
    out += "<line x1=\"" + x + "\" y1=\"" + num(kBottom) + "\" x2=\"" + x + "\" y2=\"" + num(kBottom + (major ? 7 : 4)) +
           "\" class=\"axis\"/>";
    if (!major) continue;
    out += "<text x=\"" + x + "\" y=\"" + num(kBottom + 20) + "\" text-anchor=\"middle\" class=\"tick\">" +
           html_escape(fill(tr("day {0}"), {std::to_string(t / kDay)})) + "</text>";
    out += "<text x=\"" + x + "\" y=\"" + num(kBottom + 34) + "\" text-anchor=\"middle\" class=\"tick date\">" +
           html_escape(short_date(calendar, t)) + "</text>";
  }
  out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(kBottom) + "\" x2=\"" + num(kRight) + "\" y2=\"" + num(kBottom) +
         "\" class=\"axis\"/>";
  out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(kTop) + "\" x2=\"" + num(kLeft) + "\" y2=\"" + num(kBottom) +
         "\" class=\"axis\"/>";
  char at[64];
  const CivilDateTime t0 = p.start;
  std::snprintf(at, sizeof at, "%04d-%02d-%02d %02d:%02d", t0.year, t0.month, t0.day, t0.hour, t0.minute);
  out += "<text x=\"" + num((kLeft + kRight) / 2) + "\" y=\"" + num(kHeight - 8) +
         "\" text-anchor=\"middle\" class=\"axis-title\">" + html_escape(fill(tr("simulated days since T0 ({0})"), {at})) +
         "</text>";
}

// Markers at the same minute share one line, their labels one tooltip.
void markers(std::string& out, const std::vector<PlotMarker>& list, const Scale& s, const char* colour, const char* dash,
             double width) {
  std::map<SimTime, std::string> at;
  for (const PlotMarker& m : list) {
    if (m.at < 0 || m.at > static_cast<SimTime>(s.end)) continue;
    std::string& label = at[m.at];
    label += (label.empty() ? format_offset(m.at) + "\n" : "\n") + m.label;
  }
  for (const auto& [t, label] : at) {
    const std::string x = num(s.x(t));
    out += "<line x1=\"" + x + "\" y1=\"" + num(kTop) + "\" x2=\"" + x + "\" y2=\"" + num(kBottom) + "\" stroke=\"" +
           colour + "\" stroke-width=\"" + num(width) + "\" stroke-opacity=\"0.85\" stroke-dasharray=\"" + dash + "\"><title>" +
           html_escape(label) + "</title></line>";
  }
}

// The series thinned to its lowest and highest point per pixel column, so a
// six-week curve stays small without losing a peak; a point in the middle of
// a level stretch adds nothing and is left out too.
void series(std::string& out, const LinePlot& p, const Scale& s, const char* colour = kSeriesColour, const char* dash = "") {
  struct Point {
    double x, y;
  };
  std::vector<std::vector<Point>> runs;  // a gap (a non-finite value) starts a new run
  const std::size_t n = std::min(p.times.size(), p.values.size());
  auto point = [&](std::size_t i) { runs.back().push_back({s.x(p.times[i]), s.y(p.values[i])}); };
  bool in_gap = true;
  std::size_t i = 0;
  while (i < n) {
    if (!std::isfinite(p.values[i])) {
      in_gap = true;
      ++i;
      continue;
    }
    if (in_gap) runs.emplace_back();
    in_gap = false;
    const long column = std::lround(s.x(p.times[i]));
    std::size_t lo = i, hi = i, j = i;
    for (; j < n && std::isfinite(p.values[j]) && std::lround(s.x(p.times[j])) == column; ++j) {
      if (p.values[j] < p.values[lo]) lo = j;
      if (p.values[j] > p.values[hi]) hi = j;
    }
    point(i);
    if (std::min(lo, hi) != i) point(std::min(lo, hi));
    if (std::max(lo, hi) != std::min(lo, hi)) point(std::max(lo, hi));
    if (j - 1 != std::max(lo, hi) && j - 1 != i) point(j - 1);
    i = j;
  }
  std::string d;
  for (const auto& run : runs) {
    for (std::size_t k = 0; k < run.size(); ++k) {
      const bool level = k > 0 && k + 1 < run.size() && num(run[k - 1].y) == num(run[k].y) && num(run[k].y) == num(run[k + 1].y);
      if (level) continue;
      d += (k == 0 ? " M" : " L") + num(run[k].x) + "," + num(run[k].y);
    }
  }
  if (d.empty()) return;
  out += "<path d=\"" + d.substr(1) + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.8\" stroke-linejoin=\"round\"" +
         (dash[0] != '\0' ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") + "/>";
}

// The y scale for values up to `high`: a nice step, the top a whole number of steps.
std::pair<Scale, double> scale_for(SimTime end, double high) {
  const double step = nice_step(high > 0 ? high * 1.05 : 1.0, 5);
  return {Scale{static_cast<double>(std::max<SimTime>(end, 1)), std::max(step, std::ceil(high * 1.05 / step) * step)}, step};
}

// Runs of points where both `lower` and `upper` have a value, each as a
// closed band (upper forwards, lower backwards), a few hours to a point when
// the plot has more points than pixels: the band's extremes are kept.
std::string band_path(const FanSeries& f, const std::vector<double>& lower, const std::vector<double>& upper, const Scale& s) {
  const std::size_t n = std::min(lower.size(), upper.size());
  const std::size_t every = std::max<std::size_t>(1, n / 420);
  std::string d;
  std::vector<std::pair<double, double>> top, bottom;  // (x, y)
  const auto flush = [&] {
    if (top.empty()) return;
    for (std::size_t k = 0; k < top.size(); ++k) d += (k == 0 ? "M" : "L") + num(top[k].first) + "," + num(top[k].second);
    for (std::size_t k = bottom.size(); k-- > 0;) d += "L" + num(bottom[k].first) + "," + num(bottom[k].second);
    d += "Z";
    top.clear();
    bottom.clear();
  };
  for (std::size_t i = 0; i < n; i += every) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (std::size_t j = i; j < std::min(n, i + every); ++j)
      if (std::isfinite(lower[j]) && std::isfinite(upper[j])) {
        lo = std::min(lo, lower[j]);
        hi = std::max(hi, upper[j]);
      }
    if (!std::isfinite(lo)) {
      flush();
      continue;
    }
    const double x = s.x(static_cast<SimTime>(i) * f.step);
    top.emplace_back(x, s.y(hi));
    bottom.emplace_back(x, s.y(lo));
  }
  flush();
  return d;
}

constexpr const char* kFanDashes[] = {"", "8 4", "2 3", "10 3 2 3"};

// The plot's opening tag and accessible name.
std::string svg_start(const std::string& title) {
  return "<svg class=\"plot\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) + "\" role=\"img\" aria-label=\"" +
         html_escape(title) + "\"><title>" + html_escape(title) + "</title>";
}

// The highest finite value of `values`, 0 when none.
double highest(const std::vector<double>& values, double high = 0) {
  for (const double v : values)
    if (std::isfinite(v)) high = std::max(high, v);
  return high;
}

}  // namespace

const char* fan_colour(std::size_t plan) {
  // Okabe-Ito: vermillion for the baseline, then blue, bluish green, orange, reddish purple.
  static const char* kColours[] = {"#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9"};
  return kColours[plan % (sizeof kColours / sizeof kColours[0])];
}

std::string svg_fan_plot(const FanPlot& p, const std::string& title) {
  double high = 0;
  for (const FanSeries& f : p.plans) high = highest(f.p95, high);
  const auto [s, step] = scale_for(p.end, high);
  std::string out = svg_start(title);
  for (std::size_t k = 0; k < p.plans.size(); ++k)
    legend_entry(out, kLeft + 210 * static_cast<double>(k), fan_colour(k), kFanDashes[k % 4], 2.4, p.plans[k].label);
  axes(out, {p.unit, p.start, p.end}, s, step);
  for (std::size_t k = 0; k < p.plans.size(); ++k) {
    const FanSeries& f = p.plans[k];
    out += "<path d=\"" + band_path(f, f.p5, f.p95, s) + "\" fill=\"" + fan_colour(k) + "\" fill-opacity=\"0.14\" stroke=\"none\"/>";
    out += "<path d=\"" + band_path(f, f.p25, f.p75, s) + "\" fill=\"" + fan_colour(k) + "\" fill-opacity=\"0.28\" stroke=\"none\"/>";
  }
  for (std::size_t k = 0; k < p.plans.size(); ++k) {
    const FanSeries& f = p.plans[k];
    LinePlot line;
    for (std::size_t i = 0; i < f.median.size(); ++i) line.times.push_back(static_cast<SimTime>(i) * f.step);
    line.values = f.median;
    series(out, line, s, fan_colour(k), kFanDashes[k % 4]);
  }
  out += "</svg>";
  return out;
}

TimeTicks time_ticks(SimTime end) {
  const double days = static_cast<double>(end) / kDay;
  return {days <= 10 ? kDay : days <= 24 ? 2 * kDay : 7 * kDay, days <= 3 ? 6 * kHour : kDay};
}

std::string svg_line_plot(const LinePlot& p, const std::string& title) {
  const auto [s, step] = scale_for(p.end, highest(p.values));
  std::string out = svg_start(title);
  legend_entry(out, kLeft, kSeriesColour, "", 2.2, p.unit.empty() ? tr("value") : p.unit);
  legend_entry(out, kLeft + 190, kInjectColour, kInjectDash, 1.6, tr("inject delivered"));
  legend_entry(out, kLeft + 380, kDecisionColour, kDecisionDash, 2.0, tr("decision taken"));
  axes(out, {p.unit, p.start, p.end}, s, step);
  markers(out, p.injects, s, kInjectColour, kInjectDash, 1.3);
  markers(out, p.decisions, s, kDecisionColour, kDecisionDash, 1.6);
  series(out, p, s);
  out += "</svg>";
  return out;
}

}  // namespace epd::report

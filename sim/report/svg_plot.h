#pragma once
// A line plot of one metric over an exercise as inline SVG: no script, no
// font or image loaded from anywhere. Injects and decisions are marked by
// vertical lines that differ in colour (Okabe-Ito) AND dash pattern, with a
// legend; the x axis counts days since T0, the y axis carries the unit.

#include <string>
#include <vector>

#include "core/sim_time.h"

namespace epd::report {

struct PlotMarker {
  SimTime at = 0;
  std::string label;  // shown as the line's tooltip
};

struct LinePlot {
  std::string unit;  // the y axis' label
  std::vector<SimTime> times;
  std::vector<double> values;  // one per time; a non-finite value is a gap
  SimTime end = 0;             // the x axis runs from T0 to here
  CivilDateTime start;         // T0 on the calendar, for the dates under day ticks
  std::vector<PlotMarker> injects;
  std::vector<PlotMarker> decisions;
};

// Where a time axis from T0 to `end` has its ticks: a labelled one ("day 7")
// every `major`, a small one every `minor`. The reports' plots and the
// console's share it, so both count the days alike.
struct TimeTicks {
  SimTime major = kDay;
  SimTime minor = kDay;
};
TimeTicks time_ticks(SimTime end);

// Okabe-Ito colours used by the plot (and the HTML legend around it).
constexpr const char* kSeriesColour = "#000000";
constexpr const char* kInjectColour = "#0072B2";    // blue
constexpr const char* kDecisionColour = "#CC79A7";  // reddish purple
constexpr const char* kInjectDash = "7 4";
constexpr const char* kDecisionDash = "2 3";

// `<svg ...>...</svg>`, scaled to the width of its container. `title` is the
// accessible name (escaped here).
std::string svg_line_plot(const LinePlot& plot, const std::string& title);

// A metric over many runs: per plan a fan (the 5th to 95th percentile as a
// light band, the 25th to 75th as a darker one, the median as a line), the
// plans overlaid on one scale, each in a colour of its own and its median in a
// dash of its own, with a legend.
struct FanSeries {
  std::string label;  // the plan, in the legend
  SimTime step = 60;  // the values are at 0, step, 2 step, ...
  std::vector<double> p5, p25, median, p75, p95;  // NaN: no run has a value there
};
struct FanPlot {
  std::string unit;
  SimTime end = 0;
  CivilDateTime start;
  std::vector<FanSeries> plans;
};
// The colour of the n-th plan in a fan plot and in the tables beside it.
const char* fan_colour(std::size_t plan);
std::string svg_fan_plot(const FanPlot& plot, const std::string& title);

}  // namespace epd::report

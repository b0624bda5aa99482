// Plots over time of chosen metrics with injects (blue) and decisions
// (purple) marked; in review, a second run (a what-if, another save) beside
// the first in another colour.

#include <algorithm>
#include <cstdio>

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"
#include "report/svg_plot.h"
#include "text/numbers.h"

namespace epd::gui {
namespace {

// One metric's samples at `hospital` (-1: the region), or none before the
// first sample. Fetched once per plot and frame: a hospital's samples are
// gathered from the region's flat store.
std::vector<double> samples_of(const Exercise* ex, std::size_t metric, int hospital) {
  if (ex == nullptr || metric >= ex->world().series().metric_count()) return {};
  return ex->world().series().values(metric, hospital);
}

// The fans of many runs for this metric (the region's, when the batch keeps
// its course): [0] no response, [1] these decisions; else none.
std::vector<const Fan*> fans_of(const PlotView& view, const MetricDef& def, int hospital) {
  if (view.runs == nullptr || hospital >= 0 || view.runs->seeds == 0) return {};
  const auto& ids = view.runs->header.series;
  const auto it = std::find(ids.begin(), ids.end(), std::string(def.id));
  if (it == ids.end()) return {};
  const auto k = static_cast<std::size_t>(it - ids.begin());
  return {&view.runs->plans[ManyRuns::kNoResponse].series[k], &view.runs->plans[ManyRuns::kTheseDecisions].series[k]};
}

void plot(const Exercise& ex, const PlotView& view, std::size_t metric, int hospital, const ImVec2& size) {
  const MetricDef& def = metric_registry()[metric];
  const MetricWords words = metric_words(def);
  const std::vector<SimTime>& times = ex.world().series().times();
  const std::vector<double> values = samples_of(&ex, metric, hospital);
  const std::vector<double> other_values = samples_of(view.other, metric, hospital);
  const std::vector<const Fan*> fans = fans_of(view, def, hospital);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float label_h = ImGui::GetTextLineHeight();
  const ImVec2 a{p.x, p.y + label_h}, b{p.x + size.x, p.y + size.y};
  double top = 1;
  for (const std::vector<double>* s : {&values, &other_values})
    for (double v : *s) top = std::max(top, v);
  for (const Fan* f : fans)
    for (double v : f->p95)
      if (v == v) top = std::max(top, v);  // NaN: no run has a value there
  top *= 1.1;
  const double span = static_cast<double>(std::max<SimTime>(1, view.end));
  auto x_of = [&](SimTime t) { return a.x + static_cast<float>(static_cast<double>(t) / span) * (b.x - a.x); };
  auto y_of = [&](double v) { return b.y - static_cast<float>(std::max(0.0, v) / top) * (b.y - a.y); };

  // The value at the cursor, not at the end: in review the cursor is the moment looked at.
  const auto value_at = [&](const std::vector<SimTime>& ts, const std::vector<double>& vs) {
    const auto after = std::upper_bound(ts.begin(), ts.end(), view.cursor);  // times are sorted
    const auto i = static_cast<std::size_t>(after - ts.begin());
    return i == 0 || i > vs.size() ? 0.0 : vs[i - 1];
  };
  // The label reads the value as the board does (the exercise at the
  // cursor), not the last 15-minute sample: the two never disagree.
  const std::string value = view.now != nullptr ? metric_value_text(*view.now, def.id.data(), hospital)
                                                : format_decimal(value_at(times, values), 1);
  std::string text = fill(tr("{0}  {1} at {2}  (scale 0 to {3})"),
                          {words.name, value, format_offset(view.cursor), format_count(top)});
  if (!other_values.empty())
    text += fill(tr("  vs {0}"), {format_decimal(value_at(view.other->world().series().times(), other_values), 1)});
  draw->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg));
  for (const Report& r : ex.reports()) {
    if (r.kind == ReportKind::inject_delivered)
      draw->AddLine({x_of(r.time), a.y}, {x_of(r.time), b.y}, ImGui::GetColorU32(ImVec4(0.34f, 0.71f, 0.91f, 0.45f)));
    if (r.kind == ReportKind::decision_taken)
      draw->AddLine({x_of(r.time), a.y}, {x_of(r.time), b.y}, ImGui::GetColorU32(ImVec4(0.80f, 0.47f, 0.65f, 0.45f)));
  }
  // The other run's decisions as short ticks along the bottom, in its colour:
  // where a what-if moved a decision to shows beside where it was.
  if (view.other != nullptr)
    for (const Report& r : view.other->reports())
      if (r.kind == ReportKind::decision_taken)
        draw->AddLine({x_of(r.time), b.y - (b.y - a.y) * 0.25f}, {x_of(r.time), b.y}, ImGui::GetColorU32(colour::kInfo), 2.0f);
  // Many runs: the decisions' p5-p95 and p25-p75 bands with their median,
  // no response's median as a thin line, hour by hour, behind this run.
  const auto band = [&](const std::vector<double>& low, const std::vector<double>& high, ImU32 colour) {
    for (std::size_t i = 0; i + 1 < low.size() && i + 1 < high.size(); ++i) {
      if (!(low[i] == low[i] && high[i] == high[i] && low[i + 1] == low[i + 1] && high[i + 1] == high[i + 1])) continue;
      const float x0 = x_of(static_cast<SimTime>(i) * kBatchSeriesStep), x1 = x_of(static_cast<SimTime>(i + 1) * kBatchSeriesStep);
      draw->AddQuadFilled({x0, y_of(high[i])}, {x1, y_of(high[i + 1])}, {x1, y_of(low[i + 1])}, {x0, y_of(low[i])}, colour);
    }
  };
  const auto hourly = [&](const std::vector<double>& vs, ImU32 colour, float thickness) {
    std::vector<ImVec2> points;
    for (std::size_t i = 0; i < vs.size(); ++i)
      if (vs[i] == vs[i]) points.push_back({x_of(static_cast<SimTime>(i) * kBatchSeriesStep), y_of(vs[i])});
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, thickness);
  };
  if (fans.size() == 2) {
    const ImVec4 c = colour::kWarn;
    band(fans[1]->p5, fans[1]->p95, ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.14f)));
    band(fans[1]->p25, fans[1]->p75, ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.30f)));
    hourly(fans[1]->median, ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.8f)), 1.0f);
    hourly(fans[0]->median, ImGui::GetColorU32(colour::kMuted), 1.5f);
  }
  const auto curve = [&](const std::vector<SimTime>& ts, const std::vector<double>& vs, ImU32 colour, float thickness) {
    // Thin the polyline to about one point per pixel.
    const std::size_t n = std::min(vs.size(), ts.size());
    const std::size_t stride = std::max<std::size_t>(1, n / static_cast<std::size_t>(std::max(1.0f, b.x - a.x)));
    std::vector<ImVec2> points;
    points.reserve(n / stride + 2);
    for (std::size_t i = 0; i < n; i += stride) points.push_back({x_of(ts[i]), y_of(vs[i])});
    if (n > 0 && (n - 1) % stride != 0) points.push_back({x_of(ts[n - 1]), y_of(vs[n - 1])});
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, thickness);
  };
  if (view.other != nullptr)
    curve(view.other->world().series().times(), other_values, ImGui::GetColorU32(colour::kInfo), 2.0f);
  curve(times, values, ImGui::GetColorU32(colour::kWarn), 2.0f);
  draw->AddLine({x_of(view.cursor), a.y}, {x_of(view.cursor), b.y}, IM_COL32(255, 255, 255, 140));
  ImGui::Dummy(size);
}

// Under the plots: the days since T0, at the ticks the reports' plots use.
void time_axis(SimTime end, float width) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float tick = ImGui::GetTextLineHeight() * 0.3f;
  const report::TimeTicks ticks = report::time_ticks(end);
  const double span = static_cast<double>(std::max<SimTime>(1, end));
  const ImU32 muted = ImGui::GetColorU32(colour::kMuted);
  float free_from = p.x;  // labels never overlap: one is left out where the last one still stands
  for (SimTime t = 0; t <= end; t += ticks.minor) {
    const float x = p.x + static_cast<float>(static_cast<double>(t) / span) * width;
    const bool major = t % ticks.major == 0;
    draw->AddLine({x, p.y}, {x, p.y + (major ? tick * 1.6f : tick)}, muted);
    if (!major) continue;
    const std::string label = fill(tr("day {0}"), {std::to_string(t / kDay)});
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    const float left = std::clamp(x - w / 2, p.x, p.x + width - w);
    if (left < free_from) continue;
    draw->AddText({left, p.y + tick * 1.6f}, muted, label.c_str());
    free_from = left + w + ImGui::GetFontSize() * 0.5f;
  }
  ImGui::Dummy({width, tick * 1.6f + ImGui::GetTextLineHeight()});
}

}  // namespace

void Console::draw_curves(const Exercise& ex, const PlotView& view) {
  // In a region, say whose curves these are.
  const bool region = ex.world().hospitals().size() > 1;
  const int hospital = region ? chosen_hospital(ex) : -1;
  if (region) {
    if (hospital >= 0) ImGui::TextColored(colour::kInfo, "%s", fill(tr("Curves of {0}"), {shown_title(ex)}).c_str());
    else
      ImGui::TextColored(colour::kInfo, "%s",
                         fill(tr("Curves of the whole region ({0} hospitals)"), {std::to_string(ex.world().hospitals().size())}).c_str());
    ImGui::SameLine(0, 16);
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##add", tr("Add a metric..."))) {
    for (const MetricDef& d : metric_registry()) {
      const std::string id(d.id);
      if (std::find(ui_.plotted.begin(), ui_.plotted.end(), id) != ui_.plotted.end()) continue;
      if (ImGui::Selectable(std::string(metric_words(d).name).c_str())) ui_.plotted.push_back(id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(metric_words(d).meaning).c_str());
    }
    ImGui::EndCombo();
  }
  std::string remove;
  for (const std::string& id : ui_.plotted) {
    // Chips flow on to the next line rather than off the panel's edge.
    const MetricDef* d = find_metric(id);
    const std::string label = "x " + (d != nullptr ? std::string(metric_words(*d).name) : id);
    flow_on(button_width(label.c_str()));
    ImGui::PushID(id.c_str());
    if (ImGui::SmallButton(label.c_str())) remove = id;
    ImGui::PopID();
  }
  if (!remove.empty()) ui_.plotted.erase(std::remove(ui_.plotted.begin(), ui_.plotted.end(), remove), ui_.plotted.end());

  if (view.runs != nullptr && view.runs->seeds > 0) {
    ImGui::TextColored(colour::kWarn, "%s", fill(tr("--- this run, bands: these decisions on {0} seeds"), {std::to_string(view.runs->seeds)}).c_str());
    ImGui::SameLine();
    ImGui::TextColored(colour::kMuted, "%s", tr("--- median with no response"));
  }
  if (view.other != nullptr) {
    if (view.label.empty()) ImGui::TextColored(colour::kWarn, "%s", tr("--- this run"));
    else ImGui::TextColored(colour::kWarn, "--- %s", view.label.c_str());
    ImGui::SameLine();
    ImGui::TextColored(colour::kInfo, "--- %s", view.other_label.c_str());
  }
  const int shown = static_cast<int>(ui_.plotted.size());
  if (shown > 0) {
    const float axis = ImGui::GetTextLineHeight() * 1.5f + ImGui::GetStyle().ItemSpacing.y;
    const float each =
        (ImGui::GetContentRegionAvail().y - axis) / static_cast<float>(shown) - ImGui::GetStyle().ItemSpacing.y;
    const float width = ImGui::GetContentRegionAvail().x;
    for (const std::string& id : ui_.plotted) {
      const int index = metric_index(id);
      if (index >= 0) plot(ex, view, static_cast<std::size_t>(index), hospital, {width, each});
    }
    time_axis(view.end, width);
  }
}

void Console::draw_plots(const Exercise& ex, const PlotView& view, const ImVec2& pos, const ImVec2& size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Over time"), nullptr, kPanelFlags);
  draw_curves(ex, view);
  ImGui::End();
}

}  // namespace epd::gui

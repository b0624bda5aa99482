// Plots over time of chosen metrics with injects (blue) and decisions
// (purple) marked; in review, a second run (a what-if, another save) beside
// the first in another colour.

#include <algorithm>
#include <cstdio>

#include "console.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"

namespace epd::gui {
namespace {

const MetricSeries* series_of(const Exercise* ex) { return ex ? &ex->world().series() : nullptr; }

void plot(const Exercise& ex, const PlotView& view, std::size_t metric, const ImVec2& size) {
  const MetricDef& def = metric_registry()[metric];
  const MetricSeries& series = ex.world().series();
  const MetricSeries* other = series_of(view.other);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float label_h = ImGui::GetTextLineHeight();
  const ImVec2 a{p.x, p.y + label_h}, b{p.x + size.x, p.y + size.y};
  double top = 1;
  for (const MetricSeries* s : {&series, other})
    if (s != nullptr && metric < s->metric_count())
      for (double v : s->values(metric)) top = std::max(top, v);
  top *= 1.1;
  const double span = static_cast<double>(std::max<SimTime>(1, view.end));
  auto x_of = [&](SimTime t) { return a.x + static_cast<float>(static_cast<double>(t) / span) * (b.x - a.x); };
  auto y_of = [&](double v) { return b.y - static_cast<float>(std::max(0.0, v) / top) * (b.y - a.y); };

  // The value at the cursor, not at the end: in review the cursor is the moment looked at.
  const auto value_at = [&](const MetricSeries& s) {
    const auto after = std::upper_bound(s.times().begin(), s.times().end(), view.cursor);  // times are sorted
    if (after == s.times().begin() || metric >= s.metric_count()) return 0.0;
    return s.values(metric)[static_cast<std::size_t>(after - s.times().begin()) - 1];
  };
  char label[200];
  std::snprintf(label, sizeof label, "%s  %.1f %s at %s  (scale 0-%.0f)", std::string(def.id).c_str(),
                value_at(series), std::string(def.unit).c_str(), format_offset(view.cursor).c_str(), top);
  std::string text = label;
  if (other != nullptr && metric < other->metric_count()) {
    std::snprintf(label, sizeof label, "  vs %.1f", value_at(*other));
    text += label;
  }
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
  const auto curve = [&](const MetricSeries& s, ImU32 colour, float thickness) {
    if (metric >= s.metric_count()) return;  // before the first sample the series holds no metrics yet
    const std::vector<double>& values = s.values(metric);
    const std::vector<SimTime>& times = s.times();
    // Thin the polyline to about one point per pixel.
    const std::size_t n = std::min(values.size(), times.size());
    const std::size_t stride = std::max<std::size_t>(1, n / static_cast<std::size_t>(std::max(1.0f, b.x - a.x)));
    std::vector<ImVec2> points;
    points.reserve(n / stride + 2);
    for (std::size_t i = 0; i < n; i += stride) points.push_back({x_of(times[i]), y_of(values[i])});
    if (n > 0 && (n - 1) % stride != 0) points.push_back({x_of(times[n - 1]), y_of(values[n - 1])});
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, thickness);
  };
  if (other != nullptr) curve(*other, ImGui::GetColorU32(colour::kInfo), 2.0f);
  curve(series, ImGui::GetColorU32(colour::kWarn), 2.0f);
  draw->AddLine({x_of(view.cursor), a.y}, {x_of(view.cursor), b.y}, IM_COL32(255, 255, 255, 140));
  ImGui::Dummy(size);
}

}  // namespace

void Console::draw_plots(const Exercise& ex, const PlotView& view, const ImVec2& pos, const ImVec2& size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Over time", nullptr, kPanelFlags);

  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##add", "Add a metric...")) {
    for (const MetricDef& d : metric_registry()) {
      const std::string id(d.id);
      if (std::find(ui_.plotted.begin(), ui_.plotted.end(), id) != ui_.plotted.end()) continue;
      if (ImGui::Selectable(id.c_str())) ui_.plotted.push_back(id);
    }
    ImGui::EndCombo();
  }
  std::string remove;
  for (const std::string& id : ui_.plotted) {
    // Chips flow on to the next line rather than off the panel's edge.
    const std::string label = "x " + id;
    const float chip = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < chip) ImGui::NewLine();
    ImGui::PushID(id.c_str());
    if (ImGui::SmallButton(label.c_str())) remove = id;
    ImGui::PopID();
  }
  if (!remove.empty()) ui_.plotted.erase(std::remove(ui_.plotted.begin(), ui_.plotted.end(), remove), ui_.plotted.end());

  if (view.other != nullptr) {
    ImGui::TextColored(colour::kWarn, "--- this run");
    ImGui::SameLine();
    ImGui::TextColored(colour::kInfo, "--- %s", view.other_label.c_str());
  }
  const int shown = static_cast<int>(ui_.plotted.size());
  if (shown > 0) {
    const float each = ImGui::GetContentRegionAvail().y / static_cast<float>(shown) - ImGui::GetStyle().ItemSpacing.y;
    for (const std::string& id : ui_.plotted) {
      const int index = metric_index(id);
      if (index >= 0) plot(ex, view, static_cast<std::size_t>(index), {ImGui::GetContentRegionAvail().x, each});
    }
  }
  ImGui::End();
}

}  // namespace epd::gui

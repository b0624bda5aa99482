// Plots over time of chosen metrics, across the whole horizon so the curve
// grows as the drill runs, with injects (blue) and decisions (purple) marked.

#include <algorithm>
#include <cstdio>

#include "console.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"

namespace epd::gui {
namespace {

void plot(const Exercise& ex, const MetricDef& def, const std::vector<double>& values, const std::vector<SimTime>& times,
          const ImVec2& size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float label_h = ImGui::GetTextLineHeight();
  const ImVec2 a{p.x, p.y + label_h}, b{p.x + size.x, p.y + size.y};
  double top = 1;
  for (double v : values) top = std::max(top, v);
  top *= 1.1;
  // From T0 to a little past now, so the first hours are not a sliver of a
  // six-week axis; the whole horizon once the drill gets there.
  const SimTime view_end = std::min(ex.horizon(), std::max({ex.now() + ex.now() / 4, ex.now() + 6 * kHour, kDay}));
  const double span = static_cast<double>(view_end);
  auto x_of = [&](SimTime t) { return a.x + static_cast<float>(static_cast<double>(t) / span) * (b.x - a.x); };
  auto y_of = [&](double v) { return b.y - static_cast<float>(std::max(0.0, v) / top) * (b.y - a.y); };

  char label[160];
  const double last = values.empty() ? 0.0 : values.back();
  std::snprintf(label, sizeof label, "%s  now %.1f %s  (scale 0-%.0f, T0 to %s)", std::string(def.id).c_str(), last,
                std::string(def.unit).c_str(), top, format_offset(view_end).c_str());
  draw->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), label);
  draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg));
  for (const Report& r : ex.reports()) {
    if (r.kind == ReportKind::inject_delivered)
      draw->AddLine({x_of(r.time), a.y}, {x_of(r.time), b.y}, ImGui::GetColorU32(ImVec4(0.34f, 0.71f, 0.91f, 0.45f)));
    if (r.kind == ReportKind::decision_taken)
      draw->AddLine({x_of(r.time), a.y}, {x_of(r.time), b.y}, ImGui::GetColorU32(ImVec4(0.80f, 0.47f, 0.65f, 0.45f)));
  }
  // Thin the polyline to about one point per pixel.
  const std::size_t n = std::min(values.size(), times.size());
  const std::size_t stride = std::max<std::size_t>(1, n / static_cast<std::size_t>(std::max(1.0f, b.x - a.x)));
  std::vector<ImVec2> points;
  points.reserve(n / stride + 2);
  for (std::size_t i = 0; i < n; i += stride) points.push_back({x_of(times[i]), y_of(values[i])});
  if (n > 0 && (n - 1) % stride != 0) points.push_back({x_of(times[n - 1]), y_of(values[n - 1])});
  if (points.size() >= 2)
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), ImGui::GetColorU32(colour::kWarn), 0, 2.0f);
  draw->AddLine({x_of(ex.now()), a.y}, {x_of(ex.now()), b.y}, IM_COL32(255, 255, 255, 120));
  ImGui::Dummy(size);
}

}  // namespace

void Console::draw_plots(const ImVec2& pos, const ImVec2& size) {
  const Exercise& ex = session_->exercise();
  const MetricSeries& series = ex.world().series();
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

  const int shown = static_cast<int>(ui_.plotted.size());
  if (shown > 0) {
    const float each = ImGui::GetContentRegionAvail().y / static_cast<float>(shown) - ImGui::GetStyle().ItemSpacing.y;
    for (const std::string& id : ui_.plotted) {
      const int index = metric_index(id);
      // Before the first sample the series holds no metrics yet.
      if (index < 0 || static_cast<std::size_t>(index) >= series.metric_count()) continue;
      plot(ex, metric_registry()[static_cast<std::size_t>(index)], series.values(static_cast<std::size_t>(index)),
           series.times(), {ImGui::GetContentRegionAvail().x, each});
    }
  }
  ImGui::End();
}

}  // namespace epd::gui

#include "palette.h"

#include "report/exercise_words.h"
#include "text/enum_words.h"
#include "text/language.h"

namespace epd::gui {

StateLook look_of(FunctionState s) {
  switch (s) {
    case FunctionState::up: return {colour::kGood, Shape::circle, state_words(s)};
    case FunctionState::degraded: return {colour::kWarn, Shape::triangle, state_words(s)};
    case FunctionState::read_only: return {colour::kInfo, Shape::square, state_words(s)};
    case FunctionState::down: return {colour::kBad, Shape::cross, state_words(s)};
  }
  return {colour::kMuted, Shape::circle, "?"};
}

StateLook look_of(ObjectiveStatus s) {
  switch (s) {
    case ObjectiveStatus::met: return {colour::kGood, Shape::circle, tr("met")};
    case ObjectiveStatus::not_met: return {colour::kBad, Shape::cross, tr("not met")};
    case ObjectiveStatus::pending: return {colour::kWarn, Shape::triangle, tr("open")};
    case ObjectiveStatus::not_measurable: return {colour::kMuted, Shape::square, tr("evaluator")};
  }
  return {colour::kMuted, Shape::square, "?"};
}

StateLook look_of(ComponentState s) {
  switch (s) {
    case ComponentState::up: return look_of(FunctionState::up);
    case ComponentState::degraded: return look_of(FunctionState::degraded);
    case ComponentState::down: return look_of(FunctionState::down);
  }
  return {colour::kMuted, Shape::circle, "?"};
}

StateLook look_of(EdStatus s) {
  switch (s) {
    case EdStatus::open: return {colour::kGood, Shape::circle, tr("open")};
    case EdStatus::diverting: return {colour::kWarn, Shape::triangle, tr("diverting")};
    case EdStatus::closed: return {colour::kBad, Shape::cross, tr("off rota")};
  }
  return {colour::kMuted, Shape::circle, "?"};
}

void state_glyph(const StateLook& look) {
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 c = ImGui::GetColorU32(look.colour);
  const float m = size * 0.18f;
  const ImVec2 a{p.x + m, p.y + m}, b{p.x + size - m, p.y + size - m};
  switch (look.shape) {
    case Shape::circle: draw->AddCircleFilled({(a.x + b.x) / 2, (a.y + b.y) / 2}, (b.x - a.x) / 2, c); break;
    case Shape::triangle: draw->AddTriangleFilled({(a.x + b.x) / 2, a.y}, {b.x, b.y}, {a.x, b.y}, c); break;
    case Shape::square: draw->AddRect(a, b, c, 0, 0, size * 0.14f); break;
    case Shape::cross:
      draw->AddLine(a, b, c, size * 0.16f);
      draw->AddLine({a.x, b.y}, {b.x, a.y}, c, size * 0.16f);
      break;
  }
  ImGui::Dummy({size, size});
}

void objective_heading(const ObjectiveAssessment& o, const Exercise& ex) {
  const Scenario& s = ex.scenario();
  const StateLook look = look_of(o.status);
  state_glyph(look);
  ImGui::SameLine();
  ImGui::TextColored(look.colour, "%s", look.word);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(s.local(o.title).c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemHovered() && !o.detail.empty())  // in words, in the current language
    wrapped_tooltip(30, [&] { ImGui::TextUnformatted(report::objective_evidence(ex, o).c_str()); });
}

void flow_on(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float button_width(const char* label, bool small) {
  return ImGui::CalcTextSize(label, nullptr, true).x + (small ? 0.0f : ImGui::GetStyle().FramePadding.x) * 2;
}

void tag(const ImVec4& c, const char* text) {
  ImGui::TextColored(c, "[%s]", text);
  ImGui::SameLine();
}

}  // namespace epd::gui

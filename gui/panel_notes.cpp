// Objectives with their status now, and the facilitator's timestamped notes.

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "text/language.h"
#include "palette.h"

namespace epd::gui {

void Console::draw_objectives_and_notes(const ImVec2& pos, const ImVec2& size) {
  DrillSession& s = *session_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Objectives and notes"), nullptr, kPanelFlags);
  // What the scenario's author tells the facilitator: closed unless opened.
  const Scenario& sc = s.exercise().scenario();
  if (!sc.briefing.empty() && ImGui::CollapsingHeader(tr("Briefing (facilitator only)"))) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kMuted);
    ImGui::TextWrapped("%s", sc.local(sc.briefing).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::BeginChild("objectives", {0, ImGui::GetContentRegionAvail().y * 0.5f}, false);
  for (const ObjectiveAssessment& o : s.exercise().objectives(false)) {
    objective_heading(o, s.exercise());
    ImGui::Spacing();
  }
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::TextUnformatted(tr("Notes"));
  ImGui::SetNextItemWidth(-ImGui::CalcTextSize(tr("Add")).x - ImGui::GetStyle().FramePadding.x * 2 -
                          ImGui::GetStyle().ItemSpacing.x);
  const bool enter = ImGui::InputTextWithHint("##note", tr("an observation, Enter to add"), &ui_.note_draft,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(tr("Add")) || enter) {
    s.add_note(ui_.note_draft);
    ui_.note_draft.clear();
  }
  ImGui::BeginChild("notes", {0, 0}, true);
  for (auto it = s.notes().rbegin(); it != s.notes().rend(); ++it) {
    ImGui::TextColored(colour::kInfo, "%s", format_offset(it->at).c_str());
    ImGui::SameLine();
    ImGui::TextWrapped("%s", it->text.c_str());
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace epd::gui

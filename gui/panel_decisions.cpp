// The decision panel: the scenario's catalog, the chosen decision's
// parameters within their bounds, who decided and why. The engine validates;
// a refusal is shown with its reason and changes nothing.

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "engine/world.h"
#include "palette.h"

namespace epd::gui {

void Console::draw_decisions(const ImVec2& pos, const ImVec2& size) {
  const Scenario& sc = session_->exercise().scenario();
  DecisionForm& form = ui_.decision;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Decision (D)", nullptr, kPanelFlags);

  const char* preview = form.action >= 0 && form.action < static_cast<int>(sc.actions.size())
                            ? sc.actions[static_cast<std::size_t>(form.action)].title.c_str()
                            : "Choose a decision...";
  if (ui_.focus_decision) ImGui::SetKeyboardFocusHere();  // D: Enter then opens the catalog
  ui_.focus_decision = false;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##catalog", preview, ImGuiComboFlags_HeightLarge)) {
    for (std::size_t a = 0; a < sc.actions.size(); ++a) {
      const bool taken = session_->exercise().world().action_taken_at(static_cast<int>(a)) >= 0;
      ImGui::PushID(static_cast<int>(a));
      if (taken) ImGui::PushStyleColor(ImGuiCol_Text, colour::kMuted);
      if (ImGui::Selectable(sc.actions[a].title.c_str(), form.action == static_cast<int>(a))) {
        form = DecisionForm{};
        form.action = static_cast<int>(a);
        for (const ParamDef& p : sc.actions[a].params) form.params[p.name] = p.has_default ? p.default_value : p.min;
        if (!sc.actions[a].roles.empty()) form.by = sc.actions[a].roles.front();
      }
      if (taken) ImGui::PopStyleColor();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }

  ImGui::BeginChild("form", {0, 0}, false);
  if (form.action < 0 || form.action >= static_cast<int>(sc.actions.size())) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Choose a decision above (or press D). Decisions already taken are grey; most can be taken again.");
    ImGui::PopStyleColor();
    if (!form.outcome.empty()) ImGui::TextColored(form.refused ? colour::kBad : colour::kGood, "%s", form.outcome.c_str());
    ImGui::EndChild();
    ImGui::End();
    return;
  }
  const ActionDef& def = sc.actions[static_cast<std::size_t>(form.action)];
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(colour::kInfo, "%s", def.title.c_str());
  if (def.delay.minutes > 0) ImGui::TextDisabled("Takes effect after %s", format_duration(def.delay.minutes).c_str());
  if (!def.costs.empty()) ImGui::TextDisabled("Costs: %s", def.costs.c_str());
  if (!def.risks.empty()) ImGui::TextDisabled("Risks: %s", def.risks.c_str());
  ImGui::PopTextWrapPos();
  for (const ParamDef& p : def.params) {
    double& v = form.params[p.name];
    const std::string label = p.name + (p.unit.empty() ? "" : " (" + p.unit + ")");
    float f = static_cast<float>(v);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::SliderFloat(label.c_str(), &f, static_cast<float>(p.min), static_cast<float>(p.max),
                           p.integer ? "%.0f" : "%.2f", ImGuiSliderFlags_AlwaysClamp)) {
      v = p.integer ? std::round(static_cast<double>(f)) : static_cast<double>(f);
    }
  }
  if (def.kind == ActionKind::restore_next) {
    const auto& fns = sc.hospitals.front().functions;
    form.target = std::clamp(form.target, 0, static_cast<int>(fns.size()) - 1);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::BeginCombo("function", fns[static_cast<std::size_t>(form.target)].name.c_str())) {
      for (std::size_t f = 0; f < fns.size(); ++f) {
        if (ImGui::Selectable(fns[f].name.c_str(), form.target == static_cast<int>(f))) form.target = static_cast<int>(f);
      }
      ImGui::EndCombo();
    }
  }
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
  ImGui::InputTextWithHint("decided by", "role or name", &form.by);
  ImGui::TextDisabled("Why (rationale for the record)");
  ImGui::InputTextMultiline("##why", &form.why, {-1, ImGui::GetTextLineHeight() * 2.6f});
  if (ImGui::Button("Take decision")) take_decision();
  if (!form.outcome.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(form.refused ? colour::kBad : colour::kGood, "%s", form.outcome.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::End();
}

void Console::take_decision() {
  const Scenario& sc = session_->exercise().scenario();
  DecisionForm& form = ui_.decision;
  if (form.action < 0) return;
  const ActionDef& def = sc.actions[static_cast<std::size_t>(form.action)];
  Command c;
  c.type = Command::Type::decide;
  c.action = def.id;
  c.params = form.params;
  if (def.kind == ActionKind::restore_next)
    c.target = sc.hospitals.front().functions[static_cast<std::size_t>(form.target)].id;
  c.by = form.by;
  c.rationale = form.why;
  const CommandResult r = session_->submit(c);
  form.refused = !r.accepted;
  form.outcome = r.accepted ? "Taken at " + format_offset(session_->now()) + ": " + def.title
                            : "Refused: " + r.reason;
  if (r.accepted) form.why.clear();
}

}  // namespace epd::gui

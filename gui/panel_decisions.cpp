// The decision panel: the scenario's catalog, the chosen decision's
// parameters within their bounds, the hospital(s) it is for in a region, who
// decided and why. The engine validates; a refusal is shown with its reason
// and changes nothing.

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "text/enum_words.h"
#include "text/language.h"
#include "text/engine_messages.h"
#include "text/numbers.h"
#include "engine/world.h"
#include "palette.h"
#include "region_view.h"
#include "report/exercise_words.h"

namespace epd::gui {
namespace {

// "Maasdal Ziekenhuis", "All 5 hospitals", "3 hospitals: Maasdal, ...".
std::string form_hospitals_text(const World& w, const DecisionForm& form) {
  if (form.for_all) return fill(tr("All {0} hospitals"), {std::to_string(w.hospitals().size())});
  if (form.for_hospitals.empty()) return tr("Choose hospitals...");
  std::string names;
  for (int k : form.for_hospitals)
    names += (names.empty() ? "" : ", ") + w.scenario().local(w.hospitals()[static_cast<std::size_t>(k)].def->name);
  if (form.for_hospitals.size() == 1) return names;
  return fill(tr("{0} hospitals: {1}"), {std::to_string(form.for_hospitals.size()), names});
}

// The hospital whose IT functions restore_next offers: hospitals built from
// different profiles may have different functions.
std::size_t function_list_of(const DecisionForm& form) {
  return form.for_all || form.for_hospitals.empty() ? 0 : static_cast<std::size_t>(form.for_hospitals.front());
}

}  // namespace

void Console::draw_decision_hospitals(const ActionDef& def) {
  const Exercise& ex = session_->exercise();
  const World& w = ex.world();
  DecisionForm& form = ui_.decision;
  if (w.hospitals().size() < 2 || !w.for_each_hospital(def)) return;
  // The hospital chosen in the region table, whenever that choice changes.
  if (form.preset_from != ui_.hospital) {
    form.preset_from = ui_.hospital;
    form.for_all = false;
    form.for_hospitals.clear();
    if (const int k = chosen_hospital(ex); k >= 0) form.for_hospitals.push_back(k);
  }
  // Wider than the other fields: hospital names are long.
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("hospital(s)").x -
                          ImGui::GetStyle().ItemInnerSpacing.x);
  const std::string preview = form_hospitals_text(w, form);
  bool all = form.for_all;
  int toggled = -1;  // applied after the list
  if (ImGui::BeginCombo(tr("hospital(s)"), preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    // Checkboxes keep the list open: several hospitals in one go.
    ImGui::Checkbox(tr("All hospitals"), &all);
    ImGui::Separator();
    for (const HospitalState& h : w.hospitals()) {
      const int k = h.index;
      const auto& list = form.for_hospitals;
      bool on = form.for_all || std::find(list.begin(), list.end(), k) != list.end();
      ImGui::PushID(k);
      if (ImGui::Checkbox(w.scenario().local(h.def->name).c_str(), &on)) toggled = k;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered() && form.for_hospitals.size() > 1) ImGui::SetTooltip("%s", preview.c_str());
  if (all != form.for_all) {
    form.for_all = all;
    form.for_hospitals.clear();
  } else if (toggled >= 0) {
    std::vector<int>& list = form.for_hospitals;
    if (form.for_all) {  // every hospital but the one unticked
      for (const HospitalState& h : w.hospitals()) list.push_back(h.index);
      form.for_all = false;
    }
    const auto it = std::find(list.begin(), list.end(), toggled);
    if (it != list.end()) list.erase(it);
    else list.insert(std::upper_bound(list.begin(), list.end(), toggled), toggled);  // scenario order
  }
}

void Console::draw_decisions(const ImVec2& pos, const ImVec2& size) {
  const Scenario& sc = session_->exercise().scenario();
  DecisionForm& form = ui_.decision;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Decision (D)"), nullptr, kPanelFlags);

  const char* preview = form.action >= 0 && form.action < static_cast<int>(sc.actions.size())
                            ? sc.local(sc.actions[static_cast<std::size_t>(form.action)].title).c_str()
                            : tr("Choose a decision...");
  if (ui_.focus_decision) ImGui::SetKeyboardFocusHere();  // D: Enter then opens the catalog
  ui_.focus_decision = false;
  ImGui::SetNextItemWidth(-1);
  std::string choose;  // applied after the catalog list
  if (ImGui::BeginCombo("##catalog", preview, ImGuiComboFlags_HeightLarge)) {
    for (std::size_t a = 0; a < sc.actions.size(); ++a) {
      const bool taken = session_->exercise().world().action_taken_at(static_cast<int>(a)) >= 0;
      ImGui::PushID(static_cast<int>(a));
      if (taken) ImGui::PushStyleColor(ImGuiCol_Text, colour::kMuted);
      if (ImGui::Selectable(sc.local(sc.actions[a].title).c_str(), form.action == static_cast<int>(a))) choose = sc.actions[a].id;
      if (taken) ImGui::PopStyleColor();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (!choose.empty()) choose_decision(choose);

  ImGui::BeginChild("form", {0, 0}, false);
  if (form.action < 0 || form.action >= static_cast<int>(sc.actions.size())) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr("Choose a decision above (or press D). Decisions already taken are grey; most can be taken again."));
    ImGui::PopStyleColor();
    if (!form.outcome.empty()) ImGui::TextColored(form.refused ? colour::kBad : colour::kGood, "%s", form.outcome.now().c_str());
    ImGui::EndChild();
    ImGui::End();
    return;
  }
  const ActionDef& def = sc.actions[static_cast<std::size_t>(form.action)];
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(colour::kInfo, "%s", sc.local(def.title).c_str());
  if (def.delay.minutes > 0) ImGui::TextDisabled("%s", fill(tr("Takes effect after {0}"), {format_span(def.delay.minutes)}).c_str());
  if (!def.costs.empty()) ImGui::TextDisabled("%s", fill(tr("Costs: {0}"), {sc.local(def.costs)}).c_str());
  if (!def.risks.empty()) ImGui::TextDisabled("%s", fill(tr("Risks: {0}"), {sc.local(def.risks)}).c_str());
  ImGui::PopTextWrapPos();
  draw_decision_hospitals(def);
  for (const ParamDef& p : def.params) {
    double& v = form.params[p.name];
    const std::string label = param_words(p.name) + (p.unit.empty() ? "" : " (" + sc.local(p.unit) + ")") + "##" + p.name;
    float f = static_cast<float>(v);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::SliderFloat(label.c_str(), &f, static_cast<float>(p.min), static_cast<float>(p.max),
                           p.integer ? "%.0f" : "%.2f", ImGuiSliderFlags_AlwaysClamp)) {
      v = p.integer ? std::round(static_cast<double>(f)) : static_cast<double>(f);
    }
  }
  if (def.kind == ActionKind::restore_next && !sc.hospitals[function_list_of(form)].functions.empty()) {
    const auto& fns = sc.hospitals[function_list_of(form)].functions;
    form.target = std::clamp(form.target, 0, static_cast<int>(fns.size()) - 1);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    if (ImGui::BeginCombo(tr("function"), sc.local(fns[static_cast<std::size_t>(form.target)].name).c_str())) {
      for (std::size_t f = 0; f < fns.size(); ++f) {
        if (ImGui::Selectable(sc.local(fns[f].name).c_str(), form.target == static_cast<int>(f))) form.target = static_cast<int>(f);
      }
      ImGui::EndCombo();
    }
    draw_restore_order(function_list_of(form));
  }
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
  ImGui::InputTextWithHint("##by", tr("decided by: role or name"), &form.by);
  ImGui::TextDisabled("%s", tr("Why (rationale for the record)"));
  ImGui::InputTextMultiline("##why", &form.why, {-1, ImGui::GetTextLineHeight() * 2.6f});
  const bool region = session_->exercise().world().hospitals().size() > 1;
  const bool for_nobody = region && session_->exercise().world().for_each_hospital(def) && !form.for_all &&
                          form.for_hospitals.empty();
  ImGui::BeginDisabled(for_nobody);
  if (ImGui::Button(tr("Take decision"))) take_decision();
  ImGui::EndDisabled();
  if (for_nobody) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("for which hospital?"));
  }
  if (!form.outcome.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(form.refused ? colour::kBad : colour::kGood, "%s", form.outcome.now().c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::End();
}

bool Console::choose_decision(const std::string& action_id) {
  if (!session_) return false;
  const Scenario& sc = session_->exercise().scenario();
  const int a = session_->exercise().world().action_index(action_id);
  if (a < 0) return false;
  const ActionDef& def = sc.actions[static_cast<std::size_t>(a)];
  DecisionForm& form = ui_.decision;
  form = DecisionForm{};
  form.action = a;
  for (const ParamDef& p : def.params) form.params[p.name] = p.has_default ? p.default_value : p.min;
  if (!def.roles.empty()) form.by = sc.local(def.roles.front());  // shown in the language of the moment
  return true;
}

bool Console::choose_decision_hospitals(const std::vector<std::string>& ids) {
  if (!session_) return false;
  const World& w = session_->exercise().world();
  DecisionForm& form = ui_.decision;
  form.preset_from = ui_.hospital;  // ticked by hand: the table's choice no longer presets it
  form.for_all = false;
  form.for_hospitals.clear();
  for (const std::string& id : ids) {
    if (id == kAllHospitals) {
      form.for_all = true;
      continue;
    }
    const int k = w.hospital_index(id);
    if (id.empty() || k < 0) {
      form.for_hospitals.clear();
      return false;
    }
    if (std::find(form.for_hospitals.begin(), form.for_hospitals.end(), k) == form.for_hospitals.end())
      form.for_hospitals.insert(std::upper_bound(form.for_hospitals.begin(), form.for_hospitals.end(), k), k);
  }
  if (form.for_all) form.for_hospitals.clear();
  return true;
}

// The functions still to restore, in the order IT will take them, each
// movable up or down: a move is the decision restore_next with the place it
// goes to, taken at once (by whoever the form names).
void Console::draw_restore_order(std::size_t hospital) {
  const HospitalState& h = session_->exercise().world().hospitals()[hospital];
  const auto& order = h.restore_priority;
  std::vector<std::size_t> to_restore;  // indices into `order`
  for (std::size_t i = 0; i < order.size(); ++i)
    if (h.functions[static_cast<std::size_t>(order[i])].needs_restore) to_restore.push_back(i);
  ImGui::TextDisabled("%s", tr("Restore order, first restored first:"));
  if (to_restore.empty()) ImGui::TextDisabled("%s", tr("  nothing to restore now"));
  int move = -1, to = 0;
  for (std::size_t n = 0; n < to_restore.size(); ++n) {
    const int f = order[to_restore[n]];
    const FunctionRuntime& fr = h.functions[static_cast<std::size_t>(f)];
    using R = FunctionRuntime::Restore;
    const bool in_hand = fr.restore_in_hand();
    ImGui::PushID(f);
    ImGui::Text("%zu.", n + 1);
    ImGui::SameLine();
    ImGui::BeginDisabled(in_hand || n == 0);
    if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
      move = f;
      to = static_cast<int>(to_restore[n - 1]) + 1;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(in_hand || n + 1 == to_restore.size());
    if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
      move = f;
      to = static_cast<int>(to_restore[n + 1]) + 1;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextUnformatted(session_->exercise().scenario().local(h.def->functions[static_cast<std::size_t>(f)].name).c_str());
    if (in_hand) {
      ImGui::SameLine();
      ImGui::TextColored(colour::kInfo, "%s", fr.restore == R::working ? tr("(IT restoring)") : tr("(being validated)"));
    }
    ImGui::PopID();
  }
  if (move < 0) return;
  // A move is for the hospital whose order is shown: the others have their own.
  DecisionForm& form = ui_.decision;
  const DecisionForm before = form;
  form.target = move;
  form.position = to;
  if (session_->exercise().world().hospitals().size() > 1) {
    form.for_all = false;
    form.for_hospitals = {static_cast<int>(hospital)};
  }
  take_decision();
  form.position = 1;
  form.for_all = before.for_all;
  form.for_hospitals = before.for_hospitals;
}

bool Console::take_decision() {
  if (!session_) return false;
  const Scenario& sc = session_->exercise().scenario();
  DecisionForm& form = ui_.decision;
  if (form.action < 0) return false;
  const ActionDef& def = sc.actions[static_cast<std::size_t>(form.action)];
  const World& w = session_->exercise().world();
  Command c;
  c.type = Command::Type::decide;
  c.action = def.id;
  c.params = form.params;
  // In a region: the hospital(s) it is for. With one hospital, or for a
  // decision of the whole region, the command names none, as before.
  if (w.hospitals().size() > 1 && w.for_each_hospital(def)) {
    if (!form.for_all && form.for_hospitals.empty()) return false;
    if (form.for_all) c.hospital = kAllHospitals;
    for (int k : form.for_hospitals) c.hospitals.push_back(w.hospitals()[static_cast<std::size_t>(k)].def->id);
    if (c.hospitals.size() == 1) {
      c.hospital = c.hospitals.front();
      c.hospitals.clear();
    }
  }
  const auto& functions = sc.hospitals[function_list_of(form)].functions;
  if (def.kind == ActionKind::restore_next && static_cast<std::size_t>(form.target) < functions.size()) {
    c.target = functions[static_cast<std::size_t>(form.target)].id;
    if (form.position > 1) c.params["position"] = form.position;
  }
  c.by = report::role_key(sc, form.by);  // a role in its English: the save says who in either language
  c.rationale = form.why;
  const CommandResult r = session_->submit(c);
  form.refused = !r.accepted;
  form.outcome = say_in_both([&] {
    return r.accepted ? fill(tr("Taken at {0}: {1}"), {format_offset(session_->now()), sc.local(def.title) + hospitals_in_words(w, c)})
                      : fill(tr("Refused: {0}"), {engine_message(r.reason, &sc)});
  });
  if (r.accepted) form.why.clear();
  return r.accepted;
}

}  // namespace epd::gui

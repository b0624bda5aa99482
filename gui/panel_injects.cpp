// The inject queue: what was delivered (the latest read out in full), what
// is due or held, what is still to come; deliver, hold, release or skip any
// of them, or write one on the spot.

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "engine/world.h"
#include "palette.h"

namespace epd::gui {
namespace {

Command inject_command(Command::Type type, const std::string& id) {
  Command c;
  c.type = type;
  c.inject = id;
  c.by = "Facilitator";
  return c;
}

}  // namespace

void Console::draw_injects(const ImVec2& pos, const ImVec2& size) {
  DrillSession& s = *session_;
  const World& w = s.exercise().world();
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Injects", nullptr, kPanelFlags);

  // The latest delivered inject, as the facilitator reads it out.
  const InjectRuntime* latest = latest_delivered_inject(w);
  if (latest != nullptr) {
    ImGui::TextColored(colour::kInfo, "%s  %s", format_offset(latest->delivered_at).c_str(), latest->def.from.c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(latest->def.title.c_str());
    ImGui::TextDisabled("%s", latest->def.text.c_str());
    if (!latest->def.facilitator_notes.empty()) ImGui::TextColored(colour::kWarn, "Note: %s", latest->def.facilitator_notes.c_str());
    ImGui::PopTextWrapPos();
  } else {
    ImGui::TextDisabled("No inject delivered yet.");
  }
  ImGui::Separator();

  std::optional<Command> act;  // applied after the table: never change what is being drawn
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  const float table_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.2f;
  // Two columns, the actions under the title: the panel is narrow and a
  // title must stay readable at any font size.
  if (ImGui::BeginTable("queue", 2, flags, {0, table_h})) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("delivered").x);
    ImGui::TableSetupColumn("Inject", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // Due and held first, then upcoming, then delivered (latest first).
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t k = 0; k < w.injects().size(); ++k) {
        const std::size_t i = pass == 2 ? w.injects().size() - 1 - k : k;
        const InjectRuntime& in = w.injects()[i];
        using St = InjectRuntime::Status;
        const int group = in.status == St::due ? 0 : in.status == St::pending ? 1 : 2;
        if (group != pass) continue;
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextColumn();
        if (in.status == St::due) {
          ImGui::TextColored(colour::kWarn, in.held ? "HELD" : "DUE");
        } else if (in.status == St::pending) {
          ImGui::TextColored(colour::kMuted, in.held ? "to hold" : "upcoming");
        } else if (in.status == St::skipped) {
          ImGui::TextDisabled("skipped");
        } else {
          ImGui::TextColored(colour::kGood, "delivered");
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", in.def.title.c_str());
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
          ImGui::Text("%s: %s", in.def.from.c_str(), in.def.text.c_str());
          if (!in.adhoc) ImGui::TextDisabled("Trigger: %s", w.describe_condition(in.def.trigger).c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        if (in.status == St::due || in.status == St::pending) {
          if (ImGui::SmallButton("Deliver")) act = inject_command(Command::Type::deliver_inject, in.def.id);
          ImGui::SameLine();
          if (!in.held && ImGui::SmallButton("Hold")) act = inject_command(Command::Type::hold_inject, in.def.id);
          if (in.held && ImGui::SmallButton("Release")) act = inject_command(Command::Type::release_inject, in.def.id);
          ImGui::SameLine();
          if (ImGui::SmallButton("Skip")) act = inject_command(Command::Type::skip_inject, in.def.id);
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  if (ImGui::Button("Write an inject now...")) ImGui::OpenPopup("adhoc");
  if (!s.last_refusal().empty()) {
    ImGui::SameLine();
    ImGui::TextColored(colour::kBad, "Refused: %s", s.last_refusal().c_str());
  }
  if (ImGui::BeginPopup("adhoc")) {
    ImGui::InputText("From", &ui_.adhoc.from);
    ImGui::InputText("Title", &ui_.adhoc.title);
    ImGui::InputTextMultiline("Text", &ui_.adhoc.text, {ImGui::GetFontSize() * 24, ImGui::GetFontSize() * 5});
    if (ImGui::Button("Deliver now") && !ui_.adhoc.title.empty()) {
      Command c;
      c.type = Command::Type::adhoc_inject;
      c.adhoc.title = ui_.adhoc.title;
      c.adhoc.text = ui_.adhoc.text;
      c.adhoc.from = ui_.adhoc.from;
      c.by = "Facilitator";
      act = c;
      ui_.adhoc = AdhocForm{};
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (act) s.submit(*act);
  ImGui::End();
}

}  // namespace epd::gui

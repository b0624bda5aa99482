// The inject queue: what was delivered (the latest read out in full), what
// is due or held, what is still to come; deliver, hold, release or skip any
// of them, or write one on the spot.

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "palette.h"
#include "report/exercise_words.h"
#include "text/engine_messages.h"

namespace epd::gui {
namespace {

Command inject_command(Command::Type type, const std::string& id) {
  Command c;
  c.type = type;
  c.inject = id;
  c.by = kFacilitator;
  return c;
}

}  // namespace

void Console::draw_injects(const ImVec2& pos, const ImVec2& size) {
  DrillSession& s = *session_;
  const World& w = s.exercise().world();
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Injects"), nullptr, kPanelFlags);
  const Scenario& sc = s.exercise().scenario();

  // The latest delivered inject, as the facilitator reads it out.
  const InjectRuntime* latest = latest_delivered_inject(w);
  if (latest != nullptr) {
    ImGui::TextColored(colour::kInfo, "%s  %s", format_offset(latest->delivered_at).c_str(), sc.local(latest->def.from).c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(sc.local(latest->def.title).c_str());
    ImGui::TextDisabled("%s", sc.local(latest->def.text).c_str());
    if (!latest->def.facilitator_notes.empty())
      ImGui::TextColored(colour::kWarn, "%s", fill(tr("Note: {0}"), {sc.local(latest->def.facilitator_notes)}).c_str());
    ImGui::PopTextWrapPos();
  } else {
    ImGui::TextDisabled("%s", tr("No inject delivered yet."));
  }
  ImGui::Separator();

  std::optional<Command> act;  // applied after the table: never change what is being drawn
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  const float table_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.2f;
  // Two columns, the actions under the title: the panel is narrow and a
  // title must stay readable at any font size.
  if (ImGui::BeginTable("queue", 2, flags, {0, table_h})) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Status"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("delivered").x);
    ImGui::TableSetupColumn(tr("Inject"), ImGuiTableColumnFlags_WidthStretch);
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
          ImGui::TextColored(colour::kWarn, "%s", in.held ? tr("HELD") : tr("DUE"));
        } else if (in.status == St::pending) {
          ImGui::TextColored(colour::kMuted, "%s", in.held ? tr("to hold") : tr("upcoming"));
        } else if (in.status == St::skipped) {
          ImGui::TextDisabled("%s", tr("skipped"));
        } else {
          ImGui::TextColored(colour::kGood, "%s", tr("delivered"));
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", sc.local(in.def.title).c_str());
        if (ImGui::IsItemHovered()) {
          wrapped_tooltip(30, [&] {
            ImGui::Text("%s: %s", sc.local(in.def.from).c_str(), sc.local(in.def.text).c_str());
            if (!in.adhoc)
              ImGui::TextDisabled("%s", fill(tr("Trigger: {0}"), {report::condition_words(s.exercise(), in.def.trigger)}).c_str());
          });
        }
        if (in.status == St::due || in.status == St::pending) {
          if (ImGui::SmallButton(tr("Deliver"))) act = inject_command(Command::Type::deliver_inject, in.def.id);
          ImGui::SameLine();
          if (!in.held && ImGui::SmallButton(tr("Hold"))) act = inject_command(Command::Type::hold_inject, in.def.id);
          if (in.held && ImGui::SmallButton(tr("Release"))) act = inject_command(Command::Type::release_inject, in.def.id);
          ImGui::SameLine();
          if (ImGui::SmallButton(tr("Skip"))) act = inject_command(Command::Type::skip_inject, in.def.id);
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  if (ImGui::Button(tr("Write an inject now..."))) ImGui::OpenPopup("adhoc");
  if (!s.last_refusal().empty()) {
    ImGui::SameLine();
    ImGui::TextColored(colour::kBad, "%s", fill(tr("Refused: {0}"), {engine_message(s.last_refusal(), &sc)}).c_str());
  }
  if (ImGui::BeginPopup("adhoc")) {
    ImGui::InputText(tr("From"), &ui_.adhoc.from);
    ImGui::InputText(tr("Title"), &ui_.adhoc.title);
    ImGui::InputTextMultiline(tr("Text"), &ui_.adhoc.text, {ImGui::GetFontSize() * 24, ImGui::GetFontSize() * 5});
    if (ImGui::Button(tr("Deliver now")) && !ui_.adhoc.title.empty()) {
      Command c;
      c.type = Command::Type::adhoc_inject;
      c.adhoc.title = ui_.adhoc.title;
      c.adhoc.text = ui_.adhoc.text;
      c.adhoc.from = ui_.adhoc.from;
      c.by = kFacilitator;
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

// The projector view, for the team on the wall: the clock, the current
// inject in large type and the status board. Never the facilitator's notes,
// facilitator hints or upcoming injects.

#include <algorithm>

#include "console.h"
#include "engine/world.h"
#include "palette.h"

namespace epd::gui {

void Console::draw_projector() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Projector", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  // Live: the drill now. In review: the moment scrubbed to, for a debrief.
  const Exercise* shown = session_ ? &session_->exercise() : review_ ? &review_->at_cursor() : nullptr;
  if (shown == nullptr) {
    with_font(fonts_.projector, [] { ImGui::TextUnformatted("EPD Drill"); });
    ImGui::End();
    return;
  }
  const Exercise& ex = *shown;
  const World& w = ex.world();
  with_font(fonts_.projector_clock, [&] {
    ImGui::TextColored(colour::kInfo, "%s", clock_text(ex).c_str());
    ImGui::SameLine(0, 40);
    ImGui::TextColored(colour::kWarn, "%s", std::string(phase_title(ex.phase())).c_str());
  });
  ImGui::Separator();

  // The inject across the full width on top; the board below, in two
  // columns so that long function names fit on a 1280x720 projector.
  const InjectRuntime* latest = latest_delivered_inject(w);
  const HospitalState& h = w.hospitals().front();
  const std::size_t rows = (h.functions.size() + 1) / 2 + 1;
  const float board_h = static_cast<float>(rows) * 44.0f + 16.0f;
  ImGui::BeginChild("inject", {0, std::max(120.0f, ImGui::GetContentRegionAvail().y - board_h)}, false);
  if (latest != nullptr) {
    ImGui::PushTextWrapPos(0);
    with_font(fonts_.projector, [&] {
      ImGui::TextColored(colour::kInfo, "%s", latest->def.from.c_str());
      ImGui::TextUnformatted(latest->def.title.c_str());
    });
    with_font(fonts_.projector_clock, [&] { ImGui::TextUnformatted(latest->def.text.c_str()); });
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::BeginChild("board", {0, 0}, true, ImGuiWindowFlags_NoScrollbar);
  with_font(fonts_.projector_board, [&] {
    if (ImGui::BeginTable("board", 6, ImGuiTableFlags_SizingFixedFit)) {
      const float state_w = ImGui::CalcTextSize("read-only").x;
      for (int half = 0; half < 2; ++half) {
        ImGui::TableSetupColumn("glyph", ImGuiTableColumnFlags_WidthFixed, ImGui::GetTextLineHeight());
        ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, state_w);
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
      }
      for (std::size_t f = 0; f < h.functions.size(); ++f) {
        if (f % 2 == 0) ImGui::TableNextRow();
        const StateLook look = look_of(h.functions[f].state);
        ImGui::TableNextColumn();
        state_glyph(look);
        ImGui::TableNextColumn();
        ImGui::TextColored(look.colour, "%s", look.word);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", h.def->functions[f].name.c_str());
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::Text("ED waiting: %.0f patients     Paper records to enter: %.0f", ex.metric("ed_waiting"),
                ex.metric("backentry_backlog"));
  });
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace epd::gui

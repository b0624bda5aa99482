// The projector view, for the team on the wall: the clock, the current
// inject in large type and the status board. Never the facilitator's notes,
// facilitator hints or upcoming injects.

#include "console.h"
#include "engine/world.h"
#include "palette.h"

namespace epd::gui {

void Console::draw_projector() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Projector", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  if (!session_) {
    if (fonts_.projector != nullptr) ImGui::PushFont(fonts_.projector);
    ImGui::TextUnformatted("EPD Drill");
    if (fonts_.projector != nullptr) ImGui::PopFont();
    ImGui::End();
    return;
  }
  const Exercise& ex = session_->exercise();
  const World& w = ex.world();
  if (fonts_.projector_clock != nullptr) ImGui::PushFont(fonts_.projector_clock);
  ImGui::TextColored(colour::kInfo, "%s", clock_text(ex).c_str());
  ImGui::TextColored(colour::kWarn, "%s", std::string(phase_title(ex.phase())).c_str());
  if (fonts_.projector_clock != nullptr) ImGui::PopFont();
  ImGui::Separator();

  const InjectRuntime* latest = latest_delivered_inject(w);
  const float board_w = size.x * 0.34f;
  ImGui::BeginChild("inject", {size.x - board_w - ImGui::GetStyle().WindowPadding.x * 3, 0}, false);
  if (latest != nullptr) {
    if (fonts_.projector != nullptr) ImGui::PushFont(fonts_.projector);
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colour::kInfo, "%s", latest->def.from.c_str());
    ImGui::TextUnformatted(latest->def.title.c_str());
    ImGui::PopTextWrapPos();
    if (fonts_.projector != nullptr) ImGui::PopFont();
    if (fonts_.projector_clock != nullptr) ImGui::PushFont(fonts_.projector_clock);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(latest->def.text.c_str());
    ImGui::PopTextWrapPos();
    if (fonts_.projector_clock != nullptr) ImGui::PopFont();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("board", {0, 0}, true);
  if (fonts_.projector_clock != nullptr) ImGui::PushFont(fonts_.projector_clock);
  const HospitalState& h = w.hospitals().front();
  for (std::size_t f = 0; f < h.functions.size(); ++f) {
    const StateLook look = look_of(h.functions[f].state);
    state_glyph(look);
    ImGui::SameLine();
    ImGui::TextColored(look.colour, "%-9s", look.word);
    ImGui::SameLine();
    ImGui::TextUnformatted(h.def->functions[f].name.c_str());
  }
  ImGui::Spacing();
  ImGui::Text("ED waiting: %.0f", ex.metric("ed_waiting"));
  ImGui::Text("Paper backlog: %.0f", ex.metric("backentry_backlog"));
  if (fonts_.projector_clock != nullptr) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace epd::gui

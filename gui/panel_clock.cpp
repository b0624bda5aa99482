// The clock bar: simulated time, play/pause, speed, jumps, and the phase
// timeline with injects and decisions marked.

#include <cstdio>

#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "palette.h"
#include "text/enum_words.h"
#include "text/numbers.h"

namespace epd::gui {
namespace {

const char* speed_label(double s) {
  static char buf[16];
  std::snprintf(buf, sizeof buf, "%gx", s);
  return buf;
}

// Phases in order of appearance get alternating calm colours; the text
// names them, the colour only separates them.
ImU32 phase_colour(Phase p) {
  static const ImVec4 kCycle[] = {colour::kMuted, colour::kWarn, colour::kBad, colour::kInfo, colour::kGood,
                                  colour::kAccent};
  ImVec4 c = kCycle[static_cast<int>(p) % 6];
  c.w = 0.55f;
  return ImGui::GetColorU32(c);
}

}  // namespace

// Ctrl+S: a copy of the drill under a name, in the saves folder.
void Console::draw_save_as() {
  DrillSession& s = *session_;
  if (ui_.open_save_as) {
    ImGui::OpenPopup(tr("Save as"));
    ui_.open_save_as = false;
    if (ui_.save_name.empty()) ui_.save_name = std::filesystem::path(s.autosave_path()).stem().stem().string();
  }
  if (!ImGui::BeginPopupModal(tr("Save as"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(tr("Name of the save (in the saves folder):"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputText("##name", &ui_.save_name, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::TextDisabled("%s", save_path_for(ui_.save_name).c_str());
  if (!s.last_save_error().empty()) ImGui::TextColored(colour::kBad, "%s", s.last_save_error().c_str());
  if ((ImGui::Button(tr("Save")) || enter) && save_as(ui_.save_name)) ImGui::CloseCurrentPopup();
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void Console::draw_clock_bar(const ImVec2& pos, const ImVec2& size) {
  DrillSession& s = *session_;
  const Exercise& ex = s.exercise();
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Clock", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);

  ImGui::TextColored(colour::kInfo, "%s", clock_text(ex).c_str());
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("Phase:"));
  ImGui::SameLine();
  ImGui::TextColored(colour::kWarn, "%s", phase_words(ex.phase()));
  // The nearest legal deadline, always in view.
  const World& w = ex.world();
  int next = -1;
  for (std::size_t d = 0; d < w.deadlines().size(); ++d) {
    const DeadlineRuntime& rt = w.deadlines()[d];
    if (rt.status == DeadlineRuntime::Status::running && (next < 0 || rt.due < w.deadlines()[static_cast<std::size_t>(next)].due))
      next = static_cast<int>(d);
  }
  ImGui::SameLine();
  if (next >= 0) {
    const DeadlineLook look = deadline_look(w.deadlines()[static_cast<std::size_t>(next)], ex.now());
    ImGui::TextColored(look.colour, "  %s: %s",
                       w.scenario().local(w.scenario().deadlines[static_cast<std::size_t>(next)].title).c_str(),
                       look.text.c_str());
  } else {
    ImGui::TextDisabled("  %s", ex.scenario().local(ex.scenario().title).c_str());
  }

  if (ImGui::Button(s.playing() ? tr("Pause (Space)") : tr("Play (Space)"))) toggle_play();
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("Speed"));
  for (double sp : DrillSession::kSpeeds) {
    ImGui::SameLine();
    const bool on = s.speed() == sp;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(speed_label(sp))) s.set_speed(sp);
    if (on) ImGui::PopStyleColor();
  }
  ImGui::SameLine(0, 24);
  if (ImGui::Button(tr("Next inject (N)"))) s.jump_to_next_inject();
  ImGui::SameLine();
  if (ImGui::Button(tr("+15 min"))) s.jump_by(15);
  ImGui::SameLine();
  if (ImGui::Button(tr("+1 h"))) s.jump_by(kHour);
  ImGui::SameLine();
  if (ImGui::Button(tr("+1 day"))) s.jump_by(kDay);
  ImGui::SameLine(0, 24);
  if (ImGui::Button(tr("Save (Ctrl+S)"))) ui_.open_save_as = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", fill(tr("Autosaved after every command and note to {0}"), {s.autosave_path()}).c_str());
  ImGui::SameLine();
  const std::string undoable = s.undo_description();
  ImGui::BeginDisabled(undoable.empty());
  if (ImGui::Button(tr("Undo"))) ask_undo();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", undoable.empty() ? tr("Nothing to undo") : fill(tr("Take back {0} (Ctrl+Z)"), {undoable}).c_str());
  ImGui::SameLine();
  if (ImGui::Button(tr("Close"))) ui_.confirm_close = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("End the drill (it stays in the recent saves) and go back to the start screen"));
  ImGui::SameLine(0, 24);
  draw_language_switch();
  // A line of its own for what the clock is doing, so a long reason is read in full.
  if (const auto& j = s.jump()) {
    ImGui::ProgressBar(static_cast<float>(j->progress(s.now())), {-1, 0}, tr("jumping ahead..."));
  } else if (const auto why = s.paused_by()) {
    ImGui::TextColored(colour::kWarn, "%s",
                       fill(tr("Stopped at {0}: {1}"), {format_offset(s.log().entries()[*why].time), s.log().entries()[*why].title()}).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Auto-pause (see the event log). Space plays on."));
  } else if (s.finished()) {
    ImGui::TextColored(colour::kGood, "%s", fill(tr("End of the scenario ({0})"), {format_span(ex.horizon())}).c_str());
  } else if (!s.last_save_error().empty()) {
    ImGui::TextColored(colour::kBad, "%s", s.last_save_error().c_str());
  } else if (!ui_.save_message.empty()) {
    ImGui::TextColored(colour::kGood, "%s", ui_.save_message.c_str());
  } else {
    ImGui::TextDisabled("%s", tr("Help: F1"));
  }
  draw_phase_timeline();
  draw_save_as();
  ImGui::End();
}

void Console::draw_phase_timeline() {
  const Exercise& ex = session_->exercise();
  const float h = ImGui::GetTextLineHeight() * 1.1f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const double horizon = static_cast<double>(ex.horizon());
  auto x_of = [&](SimTime t) { return p.x + static_cast<float>(static_cast<double>(t) / horizon) * w; };

  draw->AddRectFilled(p, {p.x + w, p.y + h}, ImGui::GetColorU32(ImGuiCol_FrameBg));
  // Phase segments from the phase reports, up to now.
  SimTime start = 0;
  Phase current = Phase::normal;
  auto segment = [&](SimTime from, SimTime to, Phase ph) {
    draw->AddRectFilled({x_of(from), p.y}, {x_of(to), p.y + h}, phase_colour(ph));
  };
  for (const Report& r : ex.reports()) {
    if (r.kind != ReportKind::phase_changed) continue;
    segment(start, r.time, current);
    start = r.time;
    for (int i = 0; i < kPhaseCount; ++i) {
      if (r.subject == to_string(static_cast<Phase>(i))) current = static_cast<Phase>(i);
    }
  }
  segment(start, ex.now(), current);
  // Injects (ticks from the top) and decisions (ticks from the bottom).
  for (const Report& r : ex.reports()) {
    if (r.kind == ReportKind::inject_delivered) {
      draw->AddLine({x_of(r.time), p.y}, {x_of(r.time), p.y + h * 0.55f}, ImGui::GetColorU32(colour::kInfo), 2);
    } else if (r.kind == ReportKind::decision_taken) {
      draw->AddLine({x_of(r.time), p.y + h * 0.45f}, {x_of(r.time), p.y + h}, ImGui::GetColorU32(colour::kAccent), 2);
    }
  }
  draw->AddLine({x_of(ex.now()), p.y - 2}, {x_of(ex.now()), p.y + h + 2}, IM_COL32_WHITE, 2);
  ImGui::Dummy({w, h});
  if (ImGui::IsItemHovered()) {
    const double t = static_cast<double>((ImGui::GetIO().MousePos.x - p.x) / w) * horizon;
    ImGui::SetTooltip("%s", fill(tr("{0}   (injects: blue ticks from the top, decisions: purple ticks from the bottom)"),
                                 {format_offset(static_cast<SimTime>(t))})
                                .c_str());
  }
}

}  // namespace epd::gui

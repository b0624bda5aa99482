// The running event log beside the clock: legal deadlines counting down on
// top, then everything that happened, newest first, filterable by kind; a
// click shows an entry's detail. "Auto-pause..." chooses what stops the clock.

#include <imgui.h>

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "palette.h"
#include "text/numbers.h"

namespace epd::gui {
namespace {

ImVec4 colour_of(Attention a) {
  switch (a) {
    case Attention::deadline_missed:
    case Attention::kits_out:
    case Attention::objective_failing: return colour::kBad;
    case Attention::deadline_soon:
    case Attention::threshold: return colour::kWarn;
    case Attention::inject:
    case Attention::inject_handled: return colour::kInfo;
    case Attention::decision: return colour::kAccent;
    case Attention::kits_back:
    case Attention::objective_met: return colour::kGood;
    default: return colour::kMuted;
  }
}

// A tick box per kind: what the log shows, or what stops the clock.
void kind_checkboxes(std::array<bool, kAttentionKinds>& on) {
  for (std::size_t i = 0; i < kAttentionKinds; ++i) {
    bool value = on[i];
    if (ImGui::Checkbox(std::string(attention_name(static_cast<Attention>(i))).c_str(), &value)) on[i] = value;
  }
}

}  // namespace

DeadlineLook deadline_look(const DeadlineRuntime& rt, SimTime now) {
  using St = DeadlineRuntime::Status;
  if (rt.status == St::met) return {colour::kGood, tr("met")};
  if (rt.status == St::missed) return {colour::kBad, tr("MISSED")};
  const SimTime left = rt.due - now;
  return {left <= kHour ? colour::kBad : colour::kWarn,
          left <= 0 ? std::string(tr("due now")) : fill(tr("{0} left"), {format_span(left)})};
}

void Console::draw_deadline_countdowns() {
  const World& w = session_->exercise().world();
  const auto& defs = w.scenario().deadlines;
  bool any = false;
  for (std::size_t d = 0; d < defs.size(); ++d) {
    const DeadlineRuntime& rt = w.deadlines()[d];
    if (rt.status == DeadlineRuntime::Status::not_started) continue;
    any = true;
    const DeadlineLook look = deadline_look(rt, w.now());
    ImGui::TextColored(look.colour, "%-12s", look.text.c_str());
    ImGui::SameLine();
    ImGui::TextWrapped("%s", w.scenario().local(defs[d].title).c_str());
  }
  if (!any && !defs.empty()) ImGui::TextDisabled("%s", tr("No legal deadline running yet."));
}

void Console::draw_event_log(const ImVec2& pos, const ImVec2& size) {
  DrillSession& s = *session_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Event log"), nullptr, kPanelFlags);
  draw_deadline_countdowns();
  ImGui::Separator();

  if (ImGui::SmallButton(tr("Show..."))) ImGui::OpenPopup("log-filter");
  if (ImGui::BeginPopup("log-filter")) {
    ImGui::TextDisabled("%s", tr("Show in the log:"));
    kind_checkboxes(ui_.log_shows);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Auto-pause..."))) ImGui::OpenPopup("auto-pause");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Which events stop the clock (and a jump) on the minute they happen"));
  if (ImGui::BeginPopup("auto-pause")) {
    ImGui::TextDisabled("%s", tr("Stop the clock for:"));
    const AutoPause before = s.auto_pause();
    kind_checkboxes(s.auto_pause().on);
    if (ImGui::SmallButton(tr("Defaults"))) s.auto_pause() = AutoPause();
    if (s.auto_pause().on != before.on) remember_settings();  // the next drill stops for the same
    ImGui::EndPopup();
  }

  const auto& entries = s.log().entries();
  const float detail_h = ImGui::GetTextLineHeightWithSpacing() * 4.5f;
  ImGui::BeginChild("entries", {0, -detail_h}, true);
  // The newest entries: a region's six weeks log thousands, and a frame
  // must stay short; the filter brings older ones of a kind back into view.
  constexpr std::size_t kShown = 100;
  std::size_t listed = 0, hidden = 0;
  for (std::size_t k = entries.size(); k-- > 0;) {
    const LogEntry& e = entries[k];
    if (!ui_.log_shows[static_cast<std::size_t>(e.kind)]) continue;
    if (listed == kShown) {
      ++hidden;
      continue;
    }
    ++listed;
    ImGui::PushID(static_cast<int>(k));
    const bool stopped_here = s.paused_by() == k;
    ImGui::TextColored(colour_of(e.kind), "%s", format_offset(e.time).c_str());
    ImGui::SameLine();
    // Wrapped text, clickable: a Selectable would cut long titles off.
    const bool selected = ui_.log_selected == static_cast<int>(k);
    const ImVec4 text = stopped_here ? colour::kWarn : selected ? colour::kInfo : ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImGui::PushStyleColor(ImGuiCol_Text, text);
    ImGui::TextWrapped("%s", e.title().c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemClicked()) ui_.log_selected = selected ? -1 : static_cast<int>(k);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
  }
  if (hidden > 0)
    ImGui::TextDisabled("%s", fill(tr("{0} older entries not shown: choose fewer kinds with Show..."), {format_count(static_cast<double>(hidden))}).c_str());
  ImGui::EndChild();
  // The detail of the entry clicked (the one the clock stopped for, else).
  const int shown = ui_.log_selected >= 0 ? ui_.log_selected : s.paused_by() ? static_cast<int>(*s.paused_by()) : -1;
  ImGui::BeginChild("detail", {0, 0}, false);
  if (shown >= 0 && static_cast<std::size_t>(shown) < entries.size()) {
    const LogEntry& e = entries[static_cast<std::size_t>(shown)];
    ImGui::TextColored(colour_of(e.kind), "%s  %s", format_offset(e.time).c_str(),
                       std::string(attention_name(e.kind)).c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(e.title().c_str());
    if (!e.detail().empty()) ImGui::TextDisabled("%s", e.detail().c_str());
    ImGui::PopTextWrapPos();
  } else {
    ImGui::TextDisabled("%s", tr("Click an entry for its detail."));
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace epd::gui

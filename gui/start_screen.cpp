// The start screen: the scenario library, a file to open, and the problems
// of a file that did not load.

#include <algorithm>
#include <filesystem>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "palette.h"
#include "text/engine_messages.h"
#include "text/language.h"
#include "scenario/scenario_load.h"

namespace epd::gui {
const std::vector<Console::LibraryEntry>& Console::library() {
  if (library_) return *library_;
  // Scenario files in the library folder (plans and the schema are not
  // scenarios), sorted by name.
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(scenarios_dir_, ec)) {
    const std::string name = entry.path().filename().string();
    const bool json = entry.path().extension() == ".json";
    const bool other = name.find(".plan.") != std::string::npos || name.find(".schema.") != std::string::npos;
    if (entry.is_regular_file(ec) && json && !other) paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  library_.emplace();
  for (const std::string& path : paths) {
    const ScenarioLoad load = load_scenario_file(path);
    LibraryEntry e{path, load.ok() ? load.scenario->local(load.scenario->title) : std::filesystem::path(path).filename().string(),
                   load.ok() ? load.scenario->local(load.scenario->summary) : "",
                   load.ok() ? load.scenario->local(load.scenario->briefing) : "", load.problems.size()};
    library_->push_back(std::move(e));
  }
  return *library_;
}

namespace {

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace

// Saves, newest first. An interrupted drill (the console stopped without the
// facilitator closing it: a crash, a power cut) is offered for resuming first.
void Console::draw_recent_saves() {
  if (!saves_list_) saves_list_ = list_saves(saves_dir_);
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Recent saves"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", saves_dir_.c_str());
  const auto interrupted = std::find_if(saves_list_->begin(), saves_list_->end(),
                                        [](const SaveEntry& e) { return !e.finished && e.problem.empty(); });
  if (interrupted != saves_list_->end()) {
    ImGui::TextColored(colour::kWarn, "%s",
                       fill(tr("A drill was interrupted at {0}: {1}"), {format_offset(interrupted->until), interrupted->title}).c_str());
    ImGui::SameLine();
    if (ImGui::Button(tr("Resume it"))) ui_.pending_resume = interrupted->path;
  }
  if (saves_list_->empty()) {
    ImGui::TextDisabled("%s", tr("None yet: a drill is autosaved here after every command."));
    return;
  }
  const float rows_h = std::min(ImGui::GetContentRegionAvail().y * 0.45f,
                                static_cast<float>(saves_list_->size() + 1) * ImGui::GetFrameHeightWithSpacing() * 1.6f);
  if (ImGui::BeginTable("saves", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY,
                        {0, rows_h})) {
    ImGui::TableSetupColumn(tr("Save"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, (ImGui::CalcTextSize(tr("Resume")).x + ImGui::CalcTextSize(tr("Review")).x) * 1.6f);
    for (const SaveEntry& e : *saves_list_) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(e.path.c_str());
      ImGui::TextColored(e.problem.empty() ? colour::kInfo : colour::kMuted, "%s", e.title.c_str());
      if (!e.problem.empty()) {
        ImGui::TextColored(colour::kBad, "%s", e.problem.c_str());
      } else {
        std::string line = fill(tr("{0}, {1}, {2} commands"), {std::filesystem::path(e.path).filename().string(),
                                                                  format_offset(e.until), std::to_string(e.commands)});
        if (!e.saved.empty()) line += fill(tr(", saved {0}"), {e.saved});
        if (!e.finished) line += tr(", INTERRUPTED");
        else if (e.branch) line += tr(", what-if");
        ImGui::TextDisabled("%s", line.c_str());
      }
      ImGui::TableNextColumn();
      if (e.problem.empty()) {
        if (ImGui::SmallButton(tr("Resume"))) ui_.pending_resume = e.path;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Go on with this drill, live"));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Review"))) ui_.pending_review = e.path;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Scrub, rate the objectives, compare, report"));
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

void Console::draw_start_screen() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("EPD Drill", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  ImGui::TextColored(colour::kInfo, "EPD Drill");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("- rehearse an outage of the electronic patient record"));
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize("Nederlands English").x - ImGui::GetStyle().FramePadding.x * 6);
  draw_language_switch();
  ImGui::Separator();
  ImGui::Spacing();

  ImGui::TextUnformatted(tr("Scenario library"));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("New scenario..."))) ui_.editor.open_new = true;
  ImGui::TextDisabled("%s", scenarios_dir_.c_str());
  std::string chosen, chosen_edit;
  if (ImGui::BeginTable("library", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter)) {
    ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(tr("Open")).x + ImGui::CalcTextSize(tr("Edit")).x + ImGui::GetFontSize() * 2);
    bool first = true;
    for (const LibraryEntry& e : library()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(colour::kInfo, "%s", e.title.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("%s", std::filesystem::path(e.path).filename().string().c_str());
      if (e.problems > 0)
        ImGui::TextColored(colour::kBad, "%s",
                           (e.problems == 1 ? std::string(tr("1 problem: open it to see it"))
                                            : fill(tr("{0} problems: open it to see them"), {std::to_string(e.problems)}))
                               .c_str());
      else ImGui::TextWrapped("%s", e.summary.c_str());
      if (!e.briefing.empty()) {
        ImGui::TextColored(colour::kMuted, "%s", tr("Briefing for the facilitator (hover)"));
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40);
          ImGui::TextUnformatted(e.briefing.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
      }
      ImGui::TableNextColumn();
      ImGui::PushID(e.path.c_str());
      // Keyboard first: the first scenario has the focus, and Enter (as well
      // as ImGui's Space) opens the focused one.
      if (ImGui::Button(tr("Open")) || (ImGui::IsItemFocused() && enter_pressed())) chosen = e.path;
      if (first) ImGui::SetItemDefaultFocus();
      first = false;
      ImGui::SameLine();
      if (ImGui::Button(tr("Edit"))) chosen_edit = e.path;
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  draw_recent_saves();
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Open a file"));
  ImGui::SetNextItemWidth(std::min(size.x * 0.6f, 700.0f));
  const bool enter = ImGui::InputTextWithHint("##path", tr("path/to/scenario.json"), &ui_.open_path,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(tr("Open file")) || enter) && !ui_.open_path.empty()) chosen = ui_.open_path;
  // Opening after the tables are drawn: never change what is being drawn.
  if (!chosen.empty()) open(chosen);
  if (!chosen_edit.empty()) edit(chosen_edit);
  draw_new_scenario_popup();
  if (!ui_.pending_resume.empty()) resume(std::exchange(ui_.pending_resume, std::string()));
  if (!ui_.pending_review.empty()) review(std::exchange(ui_.pending_review, std::string()));

  if (!problems_.empty()) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextColored(colour::kBad, "%s",
                       fill(problems_.size() == 1 ? tr("{0} could not be opened: 1 problem") : tr("{0} could not be opened: {1} problems"),
                            {problem_file_, std::to_string(problems_.size())}).c_str());
    ImGui::BeginChild("problems", {0, 0}, true, ImGuiWindowFlags_HorizontalScrollbar);
    for (const json::Diagnostic& d : problems_.items()) ImGui::TextUnformatted(problem_line(d).c_str());
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace epd::gui

// The start screen: the scenario library, a file to open, and the problems
// of a file that did not load.

#include <algorithm>
#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "palette.h"
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
    LibraryEntry e{path, load.ok() ? load.scenario->title : std::filesystem::path(path).filename().string(),
                   load.ok() ? load.scenario->summary : "", load.problems.size()};
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

void Console::draw_start_screen() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("EPD Drill", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  ImGui::TextColored(colour::kInfo, "EPD Drill");
  ImGui::SameLine();
  ImGui::TextUnformatted("- rehearse an outage of the electronic patient record");
  ImGui::Separator();
  ImGui::Spacing();

  ImGui::TextUnformatted("Scenario library");
  ImGui::TextDisabled("%s", scenarios_dir_.c_str());
  std::string chosen;
  if (ImGui::BeginTable("library", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter)) {
    ImGui::TableSetupColumn("Scenario", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Open").x * 2);
    bool first = true;
    for (const LibraryEntry& e : library()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(colour::kInfo, "%s", e.title.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("%s", std::filesystem::path(e.path).filename().string().c_str());
      if (e.problems > 0) ImGui::TextColored(colour::kBad, "%zu problem%s: open it to see them", e.problems,
                                             e.problems == 1 ? "" : "s");
      else ImGui::TextWrapped("%s", e.summary.c_str());
      ImGui::TableNextColumn();
      ImGui::PushID(e.path.c_str());
      // Keyboard first: the first scenario has the focus, and Enter (as well
      // as ImGui's Space) opens the focused one.
      if (ImGui::Button("Open") || (ImGui::IsItemFocused() && enter_pressed())) chosen = e.path;
      if (first) ImGui::SetItemDefaultFocus();
      first = false;
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("Open a file");
  ImGui::SetNextItemWidth(std::min(size.x * 0.6f, 700.0f));
  const bool enter = ImGui::InputTextWithHint("##path", "path/to/scenario.json", &ui_.open_path,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open file") || enter) && !ui_.open_path.empty()) chosen = ui_.open_path;
  // Opening after the table is drawn: never change what is being drawn.
  if (!chosen.empty()) open(chosen);

  if (!problems_.empty()) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextColored(colour::kBad, "%s could not be opened: %zu problem%s", problem_file_.c_str(), problems_.size(),
                       problems_.size() == 1 ? "" : "s");
    ImGui::BeginChild("problems", {0, 0}, true, ImGuiWindowFlags_HorizontalScrollbar);
    for (const auto& d : problems_.items()) ImGui::TextUnformatted(d.format().c_str());
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace epd::gui

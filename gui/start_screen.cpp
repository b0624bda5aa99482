// The start screen: the scenario library, a file to open, and the problems
// of a file that did not load.

#include <algorithm>
#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "palette.h"

namespace epd::gui {
namespace {

// Scenario files in the library folder (plans and the schema are not
// scenarios), sorted by name.
std::vector<std::string> library(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const bool json = entry.path().extension() == ".json";
    const bool other = name.find(".plan.") != std::string::npos || name.find(".schema.") != std::string::npos;
    if (entry.is_regular_file(ec) && json && !other) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
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
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Open").x * 2);
    for (const std::string& path : library(scenarios_dir_)) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::filesystem::path(path).filename().string().c_str());
      ImGui::TableNextColumn();
      ImGui::PushID(path.c_str());
      if (ImGui::SmallButton("Open")) chosen = path;
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

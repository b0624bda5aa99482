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
#include "scenario/scenario_bundle.h"
#include "report/after_action.h"
#include "scenario/scenario_load.h"

namespace epd::gui {
std::string Console::own_scenarios_dir() const {
  return settings_.scenario_folder.empty() ? default_own_scenarios_folder() : settings_.scenario_folder;
}

void Console::choose_own_scenarios_dir(const std::string& folder) {
  // Remembered as a full path: the console may start from another folder next time.
  std::error_code ec;
  const std::filesystem::path full = folder.empty() ? std::filesystem::path() : std::filesystem::absolute(folder, ec);
  settings_.scenario_folder = ec ? folder : full.lexically_normal().string();
  remember_settings();
  library_.reset();
}

const Console::Library& Console::library() {
  if (library_) return *library_;
  library_.emplace();
  library_->shipped = read_library_folder(scenarios_dir_);
  // The own folder may be the shipped one (a trainer working in a checkout): listed once.
  std::error_code ec;
  if (!std::filesystem::equivalent(own_scenarios_dir(), scenarios_dir_, ec))
    library_->own = read_library_folder(own_scenarios_dir());
  return *library_;
}

std::vector<LibraryScenario> Console::library_scenarios() {
  std::vector<LibraryScenario> all = library().shipped;
  all.insert(all.end(), library().own.begin(), library().own.end());
  return all;
}

bool Console::export_scenario(const std::string& scenario_path) {
  std::string problem;
  const std::string written = export_to_folder(scenario_path, own_scenarios_dir(), &problem);
  ui_.library_message_bad = written.empty();
  ui_.library_message = written.empty() ? problem : fill(tr("Exported with its plans to {0}"), {written});
  return !written.empty();
}

bool Console::import_scenarios(const std::string& bundle_path, bool replace) {
  ui_.import_conflicts.clear();
  ui_.import_path = bundle_path;  // the popup imports it again when told to replace
  const BundleLoad bundle = read_bundle_file(bundle_path);
  ui_.library_message_bad = true;
  if (!bundle.ok()) {
    ui_.library_message = problems_text(bundle.problems);
    return false;
  }
  const BundleImport done = import_bundle(*bundle.bundle, own_scenarios_dir(), replace);
  library_.reset();
  if (!done.conflicts.empty()) {
    ui_.import_conflicts = done.conflicts;  // the popup asks before replacing them
    ui_.library_message = fill(tr("Not imported: {0} exists with other content"), {done.conflicts.front()});
    return false;
  }
  if (!done.error.empty()) {
    ui_.library_message = engine_message(done.error);
    return false;
  }
  ui_.library_message_bad = false;
  ui_.library_message = done.written.empty()
                            ? fill(tr("{0} is in your library already, unchanged"), {bundle.bundle->scenario.file})
                            : fill(tr("Imported {0} into {1}: {2}"),
                                   {bundle.bundle->scenario.file, own_scenarios_dir(),
                                    fill(tr("{0} files written, {1} the same already"),
                                         {std::to_string(done.written.size()), std::to_string(done.unchanged.size())})});
  return true;
}

namespace {

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace

void Console::draw_library_rows(const std::vector<LibraryScenario>& rows, std::string* chosen, std::string* chosen_edit,
                                bool* first) {
  for (const LibraryScenario& e : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(colour::kInfo, "%s", e.title.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", std::filesystem::path(e.path).filename().string().c_str());
    if (e.problems > 0) {
      ImGui::TextColored(colour::kBad, "%s",
                         counted(e.problems, tr_later("1 problem: open it to see it"), tr_later("{0} problems: open it to see them")).c_str());
    } else {
      ImGui::TextColored(colour::kMuted, "%s", size_and_length(e).c_str());
      if (!e.briefing.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(colour::kMuted, "%s", tr("- briefing for the facilitator (hover)"));
        if (ImGui::IsItemHovered()) wrapped_tooltip(40, [&] { ImGui::TextUnformatted(e.briefing.c_str()); });
      }
      ImGui::TextWrapped("%s", e.summary.c_str());
      if (!e.warnings.empty()) {
        // What validate warns about: the drill plays, but the trainer should know before it starts.
        ImGui::TextColored(colour::kWarn, "%s", counted(e.warnings.size(), tr_later("1 warning (hover)"), tr_later("{0} warnings (hover)")).c_str());
        if (ImGui::IsItemHovered())
          wrapped_tooltip(40, [&] {
            for (const std::string& w : e.warnings) ImGui::TextUnformatted(w.c_str());
          });
      }
    }
    ImGui::TableNextColumn();
    ImGui::PushID(e.path.c_str());
    // Keyboard first: the first scenario has the focus, and Enter (as well
    // as ImGui's Space) opens the focused one.
    if (ImGui::Button(tr("Open")) || (ImGui::IsItemFocused() && enter_pressed())) *chosen = e.path;
    if (*first) ImGui::SetItemDefaultFocus();
    *first = false;
    ImGui::SameLine();
    if (ImGui::Button(tr("Edit"))) *chosen_edit = e.path;
    ImGui::SameLine();
    if (e.problems == 0 && ImGui::Button(tr("Export"))) export_scenario(e.path);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", fill(tr("The scenario and its plans as one file to share, written to {0}"), {own_scenarios_dir()}).c_str());
    ImGui::PopID();
  }
}

// "My scenarios: FOLDER [Change]": the folder typed in and remembered.
void Console::draw_library_folder_row() {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const std::string own = own_scenarios_dir();
  if (!ui_.changing_own_folder) {
    ImGui::TextColored(colour::kMuted, "%s", fill(tr("My scenarios: {0}"), {own.empty() ? tr("(no folder)") : own}).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Change folder"))) {
      ui_.changing_own_folder = true;
      ui_.own_folder_edit = own;
    }
    if (library().own.empty())
      ImGui::TextDisabled("%s", tr("None yet: scenarios saved from the editor and imported bundles go here."));
    return;
  }
  ImGui::TextColored(colour::kMuted, "%s", tr("My scenarios:"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  const bool enter = ImGui::InputText("##ownfolder", &ui_.own_folder_edit, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Use")) || enter) {
    choose_own_scenarios_dir(ui_.own_folder_edit);
    ui_.changing_own_folder = false;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Cancel"))) ui_.changing_own_folder = false;
}

// A bundle someone shared, into the own folder; a file there with other
// text is replaced only after the popup asked.
void Console::draw_import() {
  ImGui::TextUnformatted(tr("Import a scenario bundle"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.5f, 600.0f));
  const bool enter = ImGui::InputTextWithHint("##import", tr("path/to/NAME.bundle.json"), &ui_.import_path,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(tr("Import")) || enter) && !ui_.import_path.empty()) import_scenarios(ui_.import_path, false);
  if (!ui_.library_message.empty())
    ImGui::TextColored(ui_.library_message_bad ? colour::kBad : colour::kGood, "%s", ui_.library_message.c_str());
  const std::string title = std::string(tr("Replace files?")) + "###replace-files";
  if (!ui_.import_conflicts.empty()) ImGui::OpenPopup(title.c_str());
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("These files exist with other content. Replace them with the bundle's?"));
    for (const std::string& f : ui_.import_conflicts) ImGui::BulletText("%s", f.c_str());
    if (ImGui::Button(tr("Replace"))) {
      import_scenarios(ui_.import_path, true);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
      ui_.import_conflicts.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

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
        std::string line = std::filesystem::path(e.path).filename().string() + ", " + format_offset(e.until) + ", " +
                           counted(e.commands, tr_later("1 command"), tr_later("{0} commands"));
        // Saved "2026-12-04 08:20", to the minute.
        if (!e.saved.empty()) line += fill(tr(", saved {0}"), {report::wall_text(e.saved.substr(0, 16))});
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
  std::string chosen, chosen_edit;
  // The library takes up to half the screen and scrolls; the saves below keep their room.
  const Library& lib = library();
  // The library scrolls in what the import, the saves and "Open a file" leave.
  if (!saves_list_) saves_list_ = list_saves(saves_dir_);
  const float line = ImGui::GetFrameHeightWithSpacing();
  const float below = line * (7.5f + 1.6f * static_cast<float>(std::min<std::size_t>(saves_list_->size(), 5)));
  const float table_h = std::max(ImGui::GetContentRegionAvail().y * 0.4f, ImGui::GetContentRegionAvail().y - below);
  if (ImGui::BeginTable("library", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY,
                        {0, table_h})) {
    ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(tr("Open")).x + ImGui::CalcTextSize(tr("Edit")).x +
                                ImGui::CalcTextSize(tr("Export")).x + ImGui::GetFontSize() * 3);
    // The trainer's own scenarios first: those are the ones being worked on.
    bool first = true;
    draw_library_folder_row();
    draw_library_rows(lib.own, &chosen, &chosen_edit, &first);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(colour::kMuted, "%s", fill(tr("Shipped with EPD Drill: {0}"), {scenarios_dir_}).c_str());
    draw_library_rows(lib.shipped, &chosen, &chosen_edit, &first);
    ImGui::EndTable();
  }
  draw_import();
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

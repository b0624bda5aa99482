#pragma once
// The drill console: the start screen, the facilitator's screen and the
// projector view, drawn with Dear ImGui from a DrillSession. Every change to
// the exercise goes through DrillSession::submit (an engine command); the
// drawing code only reads.
//
// One class spread over files by what it draws: start_screen.cpp,
// panel_clock.cpp, panel_injects.cpp, panel_decisions.cpp, panel_region.cpp,
// panel_dashboard.cpp, panel_plots.cpp, panel_notes.cpp, panel_event_log.cpp,
// projector_view.cpp.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "drill_session.h"
#include "dry_run.h"
#include "json/diagnostics.h"
#include "many_runs.h"
#include "review_session.h"
#include "save_library.h"
#include "scenario_draft.h"
#include "scenario_library.h"
#include "settings.h"
#include "ui_state.h"

namespace epd {
class World;
struct InjectRuntime;
struct DeadlineRuntime;
}  // namespace epd

namespace epd::gui {

struct Fonts {
  std::vector<ImFont*> sizes;  // small to large; Ctrl +/- steps through them
  ImFont* projector = nullptr;  // the inject in large type
  ImFont* projector_clock = nullptr;
  ImFont* projector_board = nullptr;  // the status board under the inject
  ImFont* projector_small = nullptr;  // objectives and deadline titles beside it
};

// The three-column screens (live drill, review) at any window size: a bar
// across the top, then left, middle and right columns.
struct ColumnLayout {
  float bar, gap, left_w, right_w, mid_w, body_h, y;
  float mid_x() const { return left_w + gap; }
};
// `bar_lines`: rows of the top bar (buttons and text lines).
ColumnLayout column_layout(const ImVec2& size, float right_share, float bar_lines = 3.4f);

// What the plots show around the curves of an exercise.
struct PlotView {
  SimTime cursor = 0;               // a vertical line: now, or the review's moment
  SimTime end = 0;                  // the x axis runs T0..end
  const Exercise* other = nullptr;  // a second run drawn beside (a what-if, another save)
  std::string other_label;
  const Exercise* now = nullptr;    // the exercise at the cursor: the labels read its values, as the board does
  std::string label{};              // what the main curves are ("" = "this run")
  // Review after "Play these decisions N times": the fans of the runs (the
  // decisions' and no response's) behind the region's curves.
  const BatchStats* runs = nullptr;
};

class Console {
 public:
  Console(std::string scenarios_dir, std::string saves_dir, std::uint64_t seed);

  // ---- What a person (or a script) can do --------------------------------
  bool open(const std::string& path);  // false: problems() says why
  // A drill interrupted (or closed) earlier, played again to where its save
  // ends, and live from there. An autosave goes on in the same file; a named
  // save is left as it is and a new autosave begins.
  bool resume(const std::string& save_path);
  // A saved exercise for review: scrub, rate, compare, report.
  bool review(const std::string& save_path);
  bool has_review() const { return review_.has_value(); }
  // "Play these decisions N times": the reviewed save's commands over N
  // seeds beside no response, off the console's thread.
  void play_many_times(std::uint64_t runs);
  ManyRuns* many_runs() { return many_runs_.get(); }
  ReviewSession& review_session() { return *review_; }
  void store_evaluation();
  // Saves the drill as saves/NAME.save.json (never over another file).
  bool save_as(const std::string& name);
  const std::string& saves_dir() const { return saves_dir_; }
  std::string save_path_for(const std::string& name) const { return saves_dir_ + "/" + name + ".save.json"; }
  void close();
  // A drill or review the machine had no memory for: said as the file's
  // problem on the start screen; false.
  bool out_of_memory(const std::string& path);
  static const char* out_of_memory_text();  // what it says, in the language now
  // Memory ran out in the middle of something (a decision, an undo, a frame):
  // drops what was open and says so on the start screen.
  void recover_from_out_of_memory();
  bool has_session() const { return session_.has_value(); }
  DrillSession& session() { return *session_; }
  const DrillSession& session() const { return *session_; }
  const json::Diagnostics& problems() const { return problems_; }
  const std::string& problem_file() const { return problem_file_; }
  void toggle_play();
  // Ctrl+Z, or the Undo button: asks, naming the command, then undoes it.
  void ask_undo() {
    if (session_ && !session_->undo_description().empty()) ui_.confirm_undo = true;
  }
  void faster();
  void slower();
  void font_bigger();
  void font_smaller();
  void toggle_help() { ui_.show_help = !ui_.show_help; }
  // A region's scenario: the hospital the status board, the plots and the
  // projector show (an index in World::hospitals()); -1: the region.
  void choose_hospital(int index) { ui_.hospital = index; }
  // By id, or "region" for the region; false if the drill has no such hospital.
  bool choose_hospital(const std::string& id);
  // The hospital chosen, if `ex` is a region's and has it; else -1 (the
  // region, or a scenario's only hospital).
  int chosen_hospital(const Exercise& ex) const;
  void start_decision() { ui_.focus_decision = true; }
  // The decision panel: a decision chosen in the catalog (its parameters at
  // their defaults, the form otherwise empty), false if the catalog has no
  // such id; then "Take decision", false if it was refused or is for no
  // hospital (the panel says why).
  bool choose_decision(const std::string& action_id);
  // In a region: the hospitals ticked for it (ids; "all" = every hospital).
  // False, and nothing ticked, for an id the region does not have.
  bool choose_decision_hospitals(const std::vector<std::string>& ids);
  bool take_decision();

  // ---- The scenario editor (editor_screen.cpp, scenario_draft.h) ----
  // A new scenario from a template id (scenario_templates()) or any scenario
  // file; or an existing file to change. False: problems() says why.
  bool edit_new(const std::string& template_or_path);
  bool edit(const std::string& path);
  bool has_draft() const { return draft_.has_value(); }
  ScenarioDraft& draft() { return *draft_; }
  // The form of the object or list at `path` ("" = the scenario itself).
  void editor_select(const std::string& path);
  // A problem clicked: the form of the object its field is in, the field marked.
  void editor_show_field(const std::string& path);
  // A field typed in (JSON, or plain text for a text field), removed, or a list item added.
  bool editor_set(const std::string& path, const std::string& typed);
  bool editor_remove(const std::string& path);
  bool editor_add(const std::string& list_path);
  // Never over another file unless `overwrite` (the popup asks first).
  bool editor_save_as(const std::string& path, bool overwrite);
  void editor_close();
  // The scenario as it is now played to its horizon with no response and
  // with its reference plan, off the console's thread; the "Dry run" view.
  bool editor_dry_run();
  DryRun* dry_run() { return dry_run_.get(); }
  void editor_view(EditorUi::View view) {
    ui_.editor.view = view;
    ui_.editor.switch_view = true;
  }

  // ---- The scenario library (start screen, scenario_library.h) ----
  // The trainer's own folder: the settings' folder, else the default one.
  std::string own_scenarios_dir() const;
  // Remembered in the settings; listed beside the shipped scenarios.
  void choose_own_scenarios_dir(const std::string& folder);
  // The scenario and its plans as NAME.bundle.json in the own folder; false:
  // ui().library_message says why.
  bool export_scenario(const std::string& scenario_path);
  // A bundle's files into the own folder. Files there with other text are
  // replaced only when `replace`: else the popup lists them and asks.
  bool import_scenarios(const std::string& bundle_path, bool replace);
  // Every scenario listed: the shipped ones, then the own folder's.
  std::vector<LibraryScenario> library_scenarios();

  // Advance the clock by the wall time since the last frame.
  void tick(double wall_seconds);

  // ---- Drawing ----------------------------------------------------------
  // The main window's content (start screen or facilitator screen).
  void draw_main();
  // The projector window's content: clock, current inject, status board.
  void draw_projector();
  // A key pressed in the main window (an SDL scancode): the global shortcuts
  // (space, N, D, '.', ',', Ctrl +/-, F1). `typing`: a text field has the
  // keyboard, so letters and space are text, not shortcuts. Fed from SDL's
  // events rather than ImGui's per-frame key state, so that a quick tap
  // during a slow frame is never lost.
  void key_down(int scancode, bool ctrl, bool typing);

  // ---- Settings remembered between runs (settings.h) ----
  // Reads them from `path` ("" remembers nothing) and applies them; the
  // language only when `language` is not given (the --lang option wins).
  void use_settings(std::string path, std::optional<Lang> language);
  void choose_language(Lang lang);
  void remember_settings();

  Fonts& fonts() { return fonts_; }
  ImFont* current_font() const;
  UiState& ui() { return ui_; }

 private:
  void draw_start_screen();
  void draw_recent_saves();
  void draw_facilitator();
  void draw_clock_bar(const ImVec2& pos, const ImVec2& size);
  void draw_phase_timeline();
  void draw_injects(const ImVec2& pos, const ImVec2& size);
  void draw_decisions(const ImVec2& pos, const ImVec2& size);
  // The hospital(s) a decision is for, in a region's scenario.
  void draw_decision_hospitals(const ActionDef& def);
  // restore_next: the restore order of a hospital, with up and down buttons.
  void draw_restore_order(std::size_t hospital);
  // The middle column: the status board of `now` over the curves of
  // `curves` (the live drill twice, or a review's moment and its whole run);
  // in a region the region table on top and those two as tabs below it.
  void draw_hospital_views(const Exercise& now, const Exercise& curves, const PlotView& view, const ImVec2& pos,
                           const ImVec2& size, float board_share);
  void draw_region(const Exercise& ex, const ImVec2& pos, const ImVec2& size);
  // The status board of any exercise: the live one, or a reviewed one at the
  // moment scrubbed to; the chosen hospital's or the region's.
  void draw_dashboard(const Exercise& ex, const ImVec2& pos, const ImVec2& size);
  void draw_status_board(const Exercise& ex);
  // Curves of the chosen metrics; `view` says what to show around them.
  void draw_plots(const Exercise& ex, const PlotView& view, const ImVec2& pos, const ImVec2& size);
  void draw_curves(const Exercise& ex, const PlotView& view);
  // Whose values are shown: "Maasdal Ziekenhuis", "Region (5 hospitals)".
  std::string shown_title(const Exercise& ex) const;
  void draw_objectives_and_notes(const ImVec2& pos, const ImVec2& size);
  void draw_event_log(const ImVec2& pos, const ImVec2& size);
  // Every legal deadline started: met, MISSED, or the time left.
  void draw_deadline_countdowns();
  // The popups that ask before an undo or a close.
  void draw_confirmations();
  void draw_projector_board(const Exercise& ex);
  void draw_projector_region(const Exercise& ex);
  void draw_projector_side(const Exercise& ex);
  void draw_help();
  // "Nederlands | English": the language of the console, remembered.
  void draw_language_switch();
  void draw_save_as();
  void draw_review();
  void draw_review_bar(const ImVec2& pos, const ImVec2& size);
  void draw_many_runs_controls();
  // An objective's share of runs met, with its decisions and with no response.
  void draw_many_runs_share(const std::string& objective);
  void draw_review_timeline(const ImVec2& pos, const ImVec2& size);
  void draw_what_if();
  void draw_evaluation(const ImVec2& pos, const ImVec2& size);
  // Review with a run beside: the metrics that differ, and by how much.
  void draw_differences(const ImVec2& pos, const ImVec2& size);
  // The editor on `draft`, or the start screen saying why there is none.
  bool start_editor(std::optional<ScenarioDraft> draft, const std::string& file, const std::string& error);
  void draw_editor();
  void draw_editor_bar(const ImVec2& pos, const ImVec2& size);
  void draw_editor_tree(const ImVec2& pos, const ImVec2& size);
  void draw_editor_form(const ImVec2& pos, const ImVec2& size);
  void draw_editor_fields();
  void draw_editor_field(const std::string& path, const std::string& label, const json::Value* schema, bool required);
  void draw_editor_problems(const ImVec2& pos, const ImVec2& size);
  void draw_editor_popups();
  void draw_editor_timeline();
  void draw_editor_it_graph();
  void draw_editor_dry_run();
  void draw_new_scenario_popup();
  const SchemaView& schema();

  // The scenarios of both folders, read once when the start screen shows.
  struct Library {
    std::vector<LibraryScenario> shipped, own;
  };
  const Library& library();
  void draw_library_rows(const std::vector<LibraryScenario>& rows, std::string* chosen, std::string* chosen_edit,
                         bool* first);
  void draw_library_folder_row();
  void draw_import();

  std::string scenarios_dir_;
  std::string saves_dir_;
  std::optional<Library> library_;  // empty: not read yet
  std::uint64_t seed_;
  std::optional<DrillSession> session_;
  std::optional<ReviewSession> review_;
  std::unique_ptr<ManyRuns> many_runs_;  // of the review's save
  std::optional<ScenarioDraft> draft_;
  std::optional<SchemaView> schema_;
  std::unique_ptr<DryRun> dry_run_;  // read from the scenarios folder when the editor first needs it
  std::optional<std::vector<SaveEntry>> saves_list_;  // read when first shown, again after a change
  float review_bar_lines_ = 0;  // the lines the review's bar took last frame: it wraps on a narrow screen
  json::Diagnostics problems_;
  std::string problem_file_;
  UiState ui_;
  Fonts fonts_;
  bool close_requested_ = false;  // "Close" pressed: closed after the frame, never mid-draw
  ConsoleSettings settings_;
  std::string settings_path_;
};

// Fixed panels: the console is laid out, not floating, so nothing overlaps
// and a facilitator never has to find a window.
constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// "T+4d 13:00  Sat 2026-04-11 20:00"
std::string clock_text(const Exercise& ex);

// A metric's value now, with its unit, as people read it: "124 min",
// "78 %", "3,631"; a moment as "T+4d 13:00". `hospital` -1: the region's.
// The board, the projector and the plots' labels all read values this way.
std::string metric_value_text(const Exercise& ex, const char* id, int hospital);

// The widest word for an IT function's state, in the current language.
float state_column_width();

// A legal deadline at a glance, the same on the clock bar, the event log and
// the projector: "met", "MISSED", "3 h 20 min left" or "due now", red within
// the hour.
struct DeadlineLook {
  ImVec4 colour;
  std::string text;
};
DeadlineLook deadline_look(const DeadlineRuntime& rt, SimTime now);

// The inject delivered last (what the team is working on), or nullptr.
const InjectRuntime* latest_delivered_inject(const World& w);

}  // namespace epd::gui

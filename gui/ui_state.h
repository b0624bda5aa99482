#pragma once
// What the facilitator's screen remembers between frames: selections, form
// fields, window toggles. UI only; the exercise never reads it.

#include <array>
#include <map>
#include <string>
#include <vector>

#include "event_log.h"
#include "text/language.h"

namespace epd::gui {

struct DecisionForm {
  int action = -1;  // index in the scenario's catalog
  std::map<std::string, double> params;
  int target = 0;    // restore_next: function index
  int position = 1;  // restore_next: its place in the restore order (1: first)
  std::string by;
  std::string why;
  Said outcome;  // "Taken at ..." or the engine's refusal, in both languages: a switch of language shows it in the new one
  bool refused = false;
  // Which hospitals it is for (a region's scenario): indices, in scenario
  // order, or every hospital. Preset from the hospital chosen in the region
  // table whenever that choice changes (`preset_from`: the choice it was
  // preset from; -2: not yet).
  std::vector<int> for_hospitals;
  bool for_all = false;
  int preset_from = -2;
};

struct AdhocForm {
  std::string from = tr("Facilitator");  // the sender the projector shows; the form is made in the language of the moment
  std::string title;
  std::string text;
};

// Review: a decision changed or removed in a what-if.
struct WhatIfForm {
  bool open = false;  // the popup opens next frame
  int command = -1;   // index in the save's command log
  bool remove = false;
  std::string at;     // "1d2h"
  std::map<std::string, double> params;
  std::string error;
};

// The region table's columns, in the order they are drawn, and its order.
enum class RegionColumn : int {
  hospital,
  phase,
  it_down,
  ed_waiting,
  left_unseen,
  beds_pct,
  ed_status,
  paper_kit_hours,
  count
};

struct RegionSort {
  RegionColumn column = RegionColumn::hospital;
  bool descending = false;
};

// The scenario editor's view: what is selected, what is being typed.
struct EditorUi {
  std::string selected;       // the object or list the form shows ("" = the scenario itself)
  std::string focus;          // a field to bring into view and mark (a problem clicked)
  std::string typing_path;    // the field whose text is being typed
  std::string typing_buffer;  // ... and what is typed so far (committed when the field is left)
  bool open_new = false;      // "New scenario..." popup
  bool open_save_as = false;  // "Save as..." popup
  std::string save_path;      // its field
  bool confirm_overwrite = false;  // the path is another existing file: ask first
  bool confirm_close = false;      // unsaved changes: ask first
  std::string message;             // "Saved as ...", or why not
  enum class View { form, it, timeline, dry_run } view = View::form;
  int graph_hospital = 0;          // the IT view: whose components and functions
  bool switch_view = false;        // a script or a button chose `view`: the tab follows
  std::string dragging;            // the timeline: the inject being dragged (its trigger path)
};

struct UiState {
  EditorUi editor;
  DecisionForm decision;
  AdhocForm adhoc;
  std::string note_draft;
  std::vector<std::string> plotted{"ed_waiting", "backentry_backlog", "lab_tat_median_24h_min",
                                   "medication_errors"};
  std::string open_path;  // start screen: a file to open
  std::string import_path;      // start screen: a scenario bundle to import
  std::string own_folder_edit;  // start screen: the own folder being typed ("" = not being changed)
  bool changing_own_folder = false;
  std::string library_message;  // "Exported to ...", "Imported ...", or why not
  bool library_message_bad = false;
  std::vector<std::string> import_conflicts;  // files the import would replace: the popup asks
  std::string pending_resume, pending_review;  // start screen: a save chosen, opened after the frame's drawing
  bool show_help = false;
  bool open_save_as = false;  // Ctrl+S: the "Save as" popup opens next frame
  std::string save_name;      // its name field
  std::string save_message;   // "Saved as ..." after it closed
  WhatIfForm what_if;
  std::string review_message;  // "Evaluation stored in ...", a comparison refused
  std::string evaluator;       // review: who is rating
  int many_runs = 100;         // review: how many seeds "Play these decisions N times" plays
  bool focus_decision = false;  // D pressed: put the cursor in the decision panel
  int font_step = 1;           // index into the console's font sizes (15 px: fits 1280x800)
  // A region's scenario: the hospital the status board, the plots and the
  // projector show (index in World::hospitals()); -1: the region.
  int hospital = -1;
  RegionSort region_sort;  // the region table's order, which the projector keeps too
  // The event log: which kinds it shows, the entry clicked (-1: none).
  std::array<bool, kAttentionKinds> log_shows = all_kinds();
  int log_selected = -1;
  bool confirm_close = false;  // "Close" pressed: the popup asks first
  bool confirm_undo = false;   // "Undo" or Ctrl+Z: the popup names the command first

  static std::array<bool, kAttentionKinds> all_kinds() {
    std::array<bool, kAttentionKinds> a{};
    a.fill(true);
    return a;
  }
};

}  // namespace epd::gui

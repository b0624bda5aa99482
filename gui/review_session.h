#pragma once
// Reviewing a saved exercise: the whole run for the curves and the timeline,
// the state at any moment the reviewer scrubs to, the evaluators' ratings
// (stored back into the save), and a second exercise to compare with -- a
// what-if branch of this one or another save of the same scenario. No ImGui
// here; review_screen.cpp draws it.

#include <memory>
#include <optional>
#include <string>

#include "engine/exercise.h"
#include "json/diagnostics.h"
#include "save/branch.h"
#include "save/replay.h"
#include "save/save.h"

namespace epd::gui {

class ReviewSession {
 public:
  ReviewSession(Save save, std::shared_ptr<const Scenario> scenario, std::string path);

  const Save& save() const { return save_; }
  const std::string& path() const { return path_; }
  const Scenario& scenario() const { return *scenario_; }
  const std::shared_ptr<const Scenario>& shared_scenario() const { return scenario_; }
  // The whole exercise, replayed to the save's end, and whether the replay
  // matched what was recorded.
  const Exercise& full() const { return full_.exercise; }
  const ReplayCheck& check() const { return full_.check; }

  // Injects delivered, commands and the facilitator's notes in time order
  // (inject first within a minute, notes last), and the distinct moments
  // among them: made once, drawn each frame.
  struct TimelineRow {
    SimTime at;
    int command;           // index in the save's log, or -1 for an inject or a note
    const Report* inject;  // the delivery in full()'s reports, for an inject
    int note = -1;         // index in the save's notes, for a note
  };
  const std::vector<TimelineRow>& timeline() const { return timeline_; }
  const std::vector<SimTime>& moments() const { return moments_; }

  // ---- Scrubbing: the state at any moment ----
  SimTime cursor() const { return at_cursor_.now(); }
  // Forward: the engine plays on from where it is; backward: replayed from
  // T0 (tens of milliseconds for six weeks).
  void scrub_to(SimTime t);
  const Exercise& at_cursor() const { return at_cursor_; }
  double last_scrub_ms() const { return last_scrub_ms_; }

  // ---- Evaluation, stored back into the save ----
  // One evaluator's rating of one objective (created when first asked for):
  // several evaluators each rate every objective.
  ObjectiveRating& rating_for(const std::string& objective, const std::string& evaluator);
  std::vector<ImprovementItem>& improvement_plan() { return save_.improvement_plan; }  // call mark_changed() after an edit
  void mark_changed() { changed_ = true; }
  bool changed() const { return changed_; }
  // Writes the save with its evaluation, atomically, over the file it was
  // read from (the same exercise: only the evaluation differs).
  bool store(std::string* error);

  // ---- Comparing ----
  // A what-if of this save: one command changed or removed, played again.
  void what_if(const WhatIf& change);
  // Another save of the same scenario (same hash). False with problems.
  bool compare_with(const std::string& other_path, json::Diagnostics& problems);
  // Normal operation beside this save: the same scenario and seed without the
  // outage (play_normal_operation), to see what the outage itself cost.
  void compare_with_normal_operation();
  void clear_comparison() {
    comparison_.reset();
    comparing_normal_ = false;
  }
  const Exercise* comparison() const {
    return comparing_normal_ ? &*normal_ : comparison_ ? &comparison_->exercise : nullptr;
  }
  const std::string& comparison_label() const { return comparison_label_; }
  // Beside this save: a what-if of it (false for another save, even one that
  // was itself a what-if of something).
  bool comparison_is_what_if() const { return comparison_.has_value() && comparison_is_branch_; }
  // Beside this save: normal operation, which has no incident (nothing to be restored).
  bool comparison_is_normal_operation() const { return comparing_normal_; }
  // What moved between this run and the one beside it, at the end of both:
  // every metric whose value differs, largest relative change first.
  struct Difference {
    std::size_t metric;  // index in the registry
    double here, other;
  };
  std::vector<Difference> differences() const;

  // The after-action report of this save ("md", "html" or "csv": the
  // metrics and, beside them, the inject list) into `dir`, under a new name;
  // what was written in *written. A what-if or save beside this one is in
  // the report too (its figures and their differences).
  bool export_report(const std::string& format, const std::string& dir, std::string* written, std::string* error);
  // Saves the what-if as a save of its own in `dir`; its path in *saved_as.
  bool save_what_if(const std::string& dir, std::string* saved_as, std::string* error);

 private:
  Save save_;
  std::shared_ptr<const Scenario> scenario_;
  std::string path_;
  Replay full_;
  std::vector<TimelineRow> timeline_;
  std::vector<SimTime> moments_;
  Exercise at_cursor_;
  std::size_t next_command_ = 0;  // the first command at_cursor_ has not had yet
  double last_scrub_ms_ = 0;
  bool changed_ = false;
  std::optional<Branch> comparison_;  // a what-if or another save; empty when comparing_normal_
  bool comparison_is_branch_ = false;
  bool comparing_normal_ = false;  // normal_ is the run beside this one
  // Normal operation to the save's end, for the comparison and the reports, played when first needed: a
  // national save takes seconds, once per review.
  const Exercise& normal_operation();
  std::optional<Exercise> normal_;
  std::string comparison_label_;
};

}  // namespace epd::gui

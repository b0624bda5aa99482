#pragma once
// A saved exercise: the scenario (embedded byte for byte, with its SHA-256),
// the seed and the command log -- enough to replay it exactly -- plus what
// people added (notes, evaluators' ratings, the improvement plan) and the
// outcome it reached. docs/save-format.md describes the file.

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "core/sim_time.h"
#include "scenario/plan.h"
#include "text/language.h"

namespace epd {

class Exercise;

// Version 2 added the improvement plan's HSEEP columns (core capability,
// capability element, responsible organisation, start date); version-1 saves
// still load and replay as they did. Version 3 lets the title be given in two
// languages, {"en": ..., "nl": ...}; a save whose title is in one language is
// still written as version 2, which older programs read.
constexpr int kSaveFormatVersion = 3;
constexpr int kSaveFormatVersionOneLanguage = 2;
constexpr int kSaveFormatVersionTwoLanguages = 3;

// One facilitator act as it happened.
struct SavedCommand {
  PlannedCommand planned;      // when (simulated) and what, in the plan format
  std::string wall;            // when a person entered it, local "2026-11-24T10:12:05"; "" for headless runs
  bool accepted = true;
  std::string refusal;         // the engine's reason when refused
  std::string state;           // the exercise's digest() just after, 16 hex digits
};

struct SavedNote {
  SimTime at = 0;
  std::string wall;
  std::string text;
};

// HSEEP's rating of how an objective was performed.
enum class Rating : std::uint8_t {
  none,  // not rated yet
  P,     // performed without challenges
  S,     // performed with some challenges
  M,     // performed with major challenges
  U,     // unable to be performed
};

struct ObjectiveRating {
  std::string objective;  // the scenario objective's id
  Rating rating = Rating::none;
  std::string by;          // the evaluator
  std::string comment;
  std::string strengths;
  std::string improvements;  // areas for improvement
};

// A row of the improvement plan matrix (HSEEP): entered by the reviewer,
// never filled in by the program.
struct ImprovementItem {
  std::string objective;  // may be empty: an issue of the exercise as a whole
  std::string issue;
  std::string corrective_action;
  std::string owner;         // the organisation's point of contact
  std::string due;           // the completion date, "2027-01-31"
  std::string capability;    // a core capability id (scenario/capabilities.h), "" = the objective's
  std::string element;       // the capability element: planning, organization, equipment, training, exercises
  std::string organisation;  // the primary responsible organisation
  std::string start;         // the start date, "2027-01-05"
};

// HSEEP's capability elements (POETE), as ids.
const std::vector<std::string_view>& capability_elements();

// Where a what-if branch came from.
struct BranchOrigin {
  std::string save;  // the file it branched from
  int command = -1;  // index of the changed command in that save's log; -1: not a branch
  std::string change;  // describe_change(): "removed", "moved from T+0d 00:15 to T+0d 06:00", "hours 6 -> 12"
};

struct SavedOutcome {
  std::uint64_t events_processed = 0;
  std::map<std::string, double> metrics;  // -1: no value yet
  std::map<std::string, std::string> objectives;  // id -> met, not_met, pending, not_measurable
};

struct Save {
  std::string title;  // "Drill 24 Nov 2026, crisis team Noordwest"; in English when given in two languages
  // The Dutch of its texts in two languages (the title, the commands' `why`),
  // keyed by their English (format 3).
  std::map<std::string, std::string> dutch;
  // The title in the current language.
  const std::string& local_title() const { return local_text(dutch, title); }
  // One of its texts (a command's `why`) in the current language.
  const std::string& local(const std::string& text) const { return local_text(dutch, text); }
  // The title as said in both languages (say_in_both).
  void set_title(const Said& said) {
    dutch.erase(title);
    title = said.en;
    if (!said.nl.empty() && said.nl != said.en) dutch[said.en] = said.nl;
  }
  std::string scenario_id;
  std::string scenario_file;  // where it was opened from (for people; the text below is what counts)
  std::string scenario_sha256;
  std::string scenario_text;
  std::uint64_t seed = 1;
  std::string started;  // wall clock, local
  std::string saved;
  SimTime until = 0;    // how far the exercise ran
  std::string state;    // the fingerprint at `until`
  bool finished = false;  // closed by the facilitator; an unfinished autosave can be resumed
  BranchOrigin branch;
  std::vector<SavedCommand> commands;
  std::vector<SavedNote> notes;
  std::vector<ObjectiveRating> ratings;
  std::vector<ImprovementItem> improvement_plan;
  SavedOutcome outcome;
};

std::string_view to_string(Rating r);  // "P", "S", "M", "U"; "" for none
// "Performed without challenges", ... "Not rated yet".
std::string_view rating_meaning(Rating r);
// "P", "S", "M" or "U"; nullopt (and *error) for anything else.
std::optional<Rating> parse_rating(std::string_view text, std::string* error = nullptr);
std::string fingerprint_hex(std::uint64_t fingerprint);
// "command 4 at T+0d 01:10 (decide isolate_vendor_vpn, by CISO)"
std::string describe_command(const SavedCommand& c, std::size_t index);

// Copies what the exercise did into the save: seed, command log, how far it
// ran, its state and outcome. The scenario text, notes and evaluation are the
// caller's.
void record_exercise(Save& save, const Exercise& exercise);

}  // namespace epd

#pragma once
// The drill's running log: everything that deserves the facilitator's
// attention, as it happens -- injects, decisions, legal deadlines (and the
// last hour before one), paper kits running out, IT changing, thresholds of
// the scenario crossed, objectives failing. Plain C++ (no ImGui): the drill
// session feeds it minute by minute and stops the clock on the kinds the
// facilitator wants to be stopped for (auto-pause).
//
// Most entries come from the engine's reports; three kinds are watched from
// the state: a deadline within the hour, a threshold crossed, an objective
// whose status changed.

#include <map>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sim_time.h"
#include "engine/objectives.h"
#include "scenario/scenario.h"
#include "text/language.h"

namespace epd {
class Exercise;
}

namespace epd::gui {

enum class Attention : int {
  inject,             // an inject delivered by its time or trigger, or due while held
  inject_handled,     // delivered early, held, released or skipped by the facilitator
  decision,           // taken, refused, in effect, ended
  deadline,           // a legal clock started, or met
  deadline_soon,      // less than an hour left
  deadline_missed,
  kits_out,           // the paper downtime kits are used up
  kits_back,          // the downtime policy reprinted them (format 9)
  it,                 // components, functions, fallbacks and restores changing
  threshold,          // a metric crossed a threshold the scenario names
  objective_failing,  // an objective became "not met"
  objective_met,
  phase,              // phase changes and milestones
  count
};
constexpr std::size_t kAttentionKinds = static_cast<std::size_t>(Attention::count);

// "Inject due", "Deadline within the hour": for the log's filter and the
// auto-pause settings.
std::string_view attention_name(Attention a);
// "deadline_soon": for scripts and the settings file.
std::string_view attention_id(Attention a);
std::optional<Attention> attention_from_id(std::string_view id);
// Auto-pause is on by default for an inject due, a deadline within the hour
// or missed, kits running out and an objective failing.
bool pauses_by_default(Attention a);

// Which kinds stop the clock.
struct AutoPause {
  std::array<bool, kAttentionKinds> on{};
  AutoPause();  // the defaults
  static AutoPause none();
  bool pauses(Attention a) const { return on[static_cast<std::size_t>(a)]; }
  void set(Attention a, bool value) { on[static_cast<std::size_t>(a)] = value; }
};

struct LogEntry {
  SimTime time = 0;
  Attention kind = Attention::phase;
  int hospital = -1;   // -1: the region's own, or a scenario with one hospital
  Said title_said;   // one line: "Deadline missed: early warning to Z-CERT"
  Said detail_said;  // what a click on it shows
  // In the language chosen now, which may not be the one of when it happened.
  const std::string& title() const { return title_said.now(); }
  const std::string& detail() const { return detail_said.now(); }
};

class EventLog {
 public:
  // Starts watching `ex` as it is now: what its reports hold is logged (a
  // drill resumed from a save), the watched state is taken as it is.
  // `dutch`: the save's texts in Dutch (its commands' why), keyed by English.
  void start(const Exercise& ex, const std::map<std::string, std::string>& dutch = {});
  // What happened since the last call. Returns the index of the first new
  // entry whose kind `pause` stops for, if any.
  std::optional<std::size_t> observe(const Exercise& ex, const AutoPause& pause);
  const std::vector<LogEntry>& entries() const { return entries_; }
  // An entry the console writes itself ("Undone: ...").
  void add(SimTime time, Attention kind, int hospital, Said title, Said detail = {});

  // The log as it was at some moment (entries only grow: the count is
  // enough), to go back to when a command is undone.
  struct Checkpoint {
    std::size_t entries = 0, reports_seen = 0;
    std::vector<char> deadline_warned, threshold_holds;
    std::vector<ObjectiveStatus> objectives;
  };
  Checkpoint checkpoint() const;
  void restore(const Checkpoint& c);

 private:
  // A metric threshold the scenario names (inject trigger, deadline start,
  // objective criterion) and what it belongs to.
  struct Threshold {
    Condition condition;
    Said owner;  // "the trigger of the inject 'ED waiting room overflowing'"
  };
  void find_thresholds(const Scenario& s);
  void log_reports(const Exercise& ex);
  void watch_state(const Exercise& ex, bool log_changes);

  std::vector<Threshold> thresholds_;
  std::size_t reports_seen_ = 0;
  std::vector<char> deadline_warned_, threshold_holds_;
  std::vector<ObjectiveStatus> objectives_;
  std::vector<LogEntry> entries_;
  std::map<std::string, std::string> dutch_;  // the save's texts in Dutch
};

}  // namespace epd::gui

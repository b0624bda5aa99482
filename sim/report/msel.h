#pragma once
// The master scenario events list (MSEL) of a scenario, for a paper
// (tabletop) drill, as plain data: one row per inject in time order with who
// sends it to whom, what it says, what the team is expected to do (and, with
// a plan, what the plan does), the objectives that tests and what the
// facilitator should know; then the legal deadlines the team must meet.
// Gathered from the scenario (and plan) alone, without playing it, in the
// current language: the program's words from the catalogue, the scenario's
// through Scenario::local. The formats only lay this out (msel_formats.h);
// docs/cli.md says how each column is formed.

#include <optional>
#include <string>
#include <vector>

#include "core/sim_time.h"
#include "scenario/plan.h"
#include "scenario/scenario.h"

namespace epd::report {

// One of the plan's commands, in words.
struct MselCommand {
  SimTime at = 0;
  std::string when;  // the scenario's date and time at `at`
  std::string what;  // "Cancel elective surgery days=3 percent=50": parameters and target as written
  std::string by;
};

struct MselInject {
  std::string id;
  // When it comes, where the scenario fixes that without the play: at its
  // time, at the "by" of a decision not taken, a fixed delay after an inject
  // whose time is fixed. Empty: it depends on the play (a metric, a state).
  std::optional<SimTime> at;
  std::string when;     // the scenario's date and time at `at`
  std::string trigger;  // the trigger in words; empty when it is just a time
  std::string from;
  std::vector<std::string> to;
  std::string title;
  std::string text;
  std::vector<std::string> expected;    // the expected actions' titles
  std::vector<MselCommand> plan;        // the plan's decisions that answer it
  std::vector<std::string> objectives;  // the titles of the objectives it tests
  std::string notes;                    // for the facilitator
};

struct MselDeadline {
  std::string id;
  std::string title;
  std::string law;
  std::string starts;            // the condition that starts the clock, in words
  std::string within;            // "24 h"
  std::optional<SimTime> due;    // when the start is fixed (as MselInject::at)
  std::string due_when;          // the scenario's date and time at `due`
  std::vector<std::string> met_by;      // the titles of the actions that meet it
  std::vector<MselCommand> plan;        // the plan's decisions that meet it
  std::vector<std::string> objectives;  // the titles of the objectives that name it
};

struct Msel {
  std::string scenario_id;
  std::string title;
  std::string summary;
  std::string briefing;  // for the facilitator only (format 5); "" when the scenario gives none
  std::vector<std::string> hospitals;
  std::string start;    // the scenario's date and time at T0
  std::string horizon;  // "42 d"
  std::string end;      // the scenario's date and time at the horizon
  bool has_plan = false;
  std::string plan_title;
  std::vector<MselInject> injects;  // fixed times first, in time order; then the rest in the scenario's order
  std::vector<MselDeadline> deadlines;
  // The plan's commands that answer no inject and meet no deadline.
  std::vector<MselCommand> other_commands;
};

// A planned decision answers the injects that expect its action; when
// several do, the last one whose fixed time is not after the decision, else
// the first of them in the MSEL's order. `plan` may be null.
Msel gather_msel(const Scenario& scenario, const Plan* plan = nullptr);

}  // namespace epd::report

#pragma once
// An exercise in words for people, in the current language (text/language.h):
// dates on the scenario's calendar, phases, objective statuses, metric values,
// the engine's timeline lines and the facilitator's commands. The reports and
// the command line both use these, so they say the same things the same way.
//
// The engine writes its reports (Report::text) in English, and that text is
// part of a run's fingerprint, so it never changes. A line shown in Dutch is
// composed here from the report's structured fields (kind, subject, hospital,
// time) and the scenario's own texts (Scenario::local); the same composition
// in English must give exactly the engine's text, or the engine's text is
// shown as it is. So a composed line can never say something the engine did
// not.

#include <cstdint>
#include <string>
#include <vector>
#include <utility>

#include "core/sim_time.h"
#include "engine/commands.h"
#include "engine/exercise.h"
#include "engine/objectives.h"
#include "engine/reports.h"
#include "metrics/registry.h"
#include "save/save.h"
#include "scenario/enums.h"
#include "text/enum_words.h"
#include "text/numbers.h"

namespace epd::report {

// "Tue 2026-04-07 09:30" / "di 2026-04-07 09:30".
std::string when_text(const Calendar& calendar, SimTime t);
// "Tue 14 Apr" / "di 14 apr".
std::string short_date(const Calendar& calendar, SimTime t);

// A component's or function's state ("up", "degraded", "read_only", "down",
// as scenario files write them): "up" / "werkt".
const char* state_words(std::string_view state);
// "met", "not met", "pending", "not measurable": short, for a column.
const char* status_words(ObjectiveStatus s);

// A condition (an inject's trigger, a deadline's start) in a few words, in
// the current language: "at T+0d 02:00", "ED waiting above 12", "9 d after
// inject 'Lateral movement' is delivered".
std::string condition_words(const Exercise& ex, const Condition& c);
// The same from the scenario alone (a condition only names the scenario's own things).
std::string condition_words(const Scenario& s, const Condition& c);

// A metric's value as people read it, and the unit to show beside it:
// counts with thousands separated ("2,574" patients), other values with one
// decimal ("79.2" percent), a median or longest wait in minutes as a span of
// time ("3 h 33 min", no unit), a moment as T+ ("T+39d 21:26", no unit) or
// "not yet".
struct MetricShown {
  std::string value;
  std::string unit;
};
MetricShown metric_for_people(const MetricDef& metric, double value);
// Whether metric_for_people shows this metric as a span of time.
bool shown_as_span(const MetricDef& metric);
// The difference `to` minus `from` of a metric, signed: "+12", "-3.5", "0",
// "+2 h 10 min"; "-" when either is missing (a moment not reached).
std::string metric_difference(const MetricDef& metric, double from, double to);

// An inject's heading, its sender once: "Z-CERT: cut your VPN links" stays
// as it is when the title already starts with its sender.
std::string inject_heading(const std::string& from, const std::string& title);

// Who took a decision or delivered an inject (a command's `by`), in the
// current language: a role the scenario names in two languages (an action's
// roles, an inject's `to`; looked up among all the scenario's texts, which
// give one Dutch per English) in its Dutch, the console's "Facilitator" as
// "spelleider"; a person's name as it was typed.
std::string who_words(const Scenario& s, const std::string& by);
// The other way: what someone typed as `by` in the console, the English of
// the scenario's role when it is one (in English or in Dutch), so a save says
// who in either language; anything else as typed.
std::string role_key(const Scenario& s, const std::string& typed);

// One report of the engine as a line (without the hospital's name in front:
// hospital_prefix adds it), in the current language.
std::string report_line(const Exercise& exercise, const Report& report);
// Whether report_line composes `report` from its fields (true) or shows the
// engine's text as it is (false): the tests pin that every line a timeline
// shows is composed, so a change of the engine's words cannot silently leave
// a Dutch timeline in English.
bool report_line_composed(const Exercise& exercise, const Report& report);

// A facilitator's or crisis team's command in words: the decision's title,
// "Deliver the inject '...'", ...
std::string command_words(const Command& command, const Scenario& scenario);

// What a decision adds to its title, for people: " (50 %, 3 d)", " (Lab
// orders and results)": each parameter (name, value as written) with the
// action's unit, or after its name; the target by its name. "" for none.
std::string command_details(const Scenario& scenario, const std::string& action,
                            const std::vector<std::pair<std::string, std::string>>& params, const std::string& target);

// The evidence of an objective's assessment (ObjectiveAssessment::detail) in
// the current language, with metrics named by their words. The engine's own
// detail when it cannot be composed exactly.
std::string objective_evidence(const Exercise& exercise, const ObjectiveAssessment& assessment);

// Pads `text` with spaces to `width` characters (UTF-8 aware: "patiënten"
// is nine), on the right, or on the left when `right_align`.
std::string padded(const std::string& text, std::size_t width, bool right_align = false);
std::size_t display_width(const std::string& text);

}  // namespace epd::report

#include "report/msel.h"

#include <algorithm>
#include <cmath>

#include "engine/commands.h"
#include "report/exercise_words.h"
#include "text/enum_words.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::report {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// When `c` comes true if nothing in the play changes it (MselInject::at).
// A chain of injects longer than the scenario has is a cycle: never.
std::optional<SimTime> fixed_time(const Scenario& s, const Condition& c, std::size_t depth = 0) {
  using T = Condition::Type;
  if (c.type == T::at || c.type == T::action_not_taken) return c.minutes;
  if (c.type != T::inject_delivered || depth > s.injects.size()) return std::nullopt;
  for (const InjectDef& i : s.injects)
    if (i.id == c.ref) {
      const auto before = fixed_time(s, i.trigger, depth + 1);
      return before ? std::optional<SimTime>(*before + c.minutes) : std::nullopt;
    }
  return std::nullopt;
}

std::vector<std::string> action_titles(const Scenario& s, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const std::string& id : ids) out.push_back(s.local(action_title(s, id)));
  return out;
}

// Whether `objective` names one of `actions`: a decision within a time, the
// fallback one of them activates, a deadline one of them meets.
bool tests_any(const Scenario& s, const ObjectiveDef& objective, const std::vector<std::string>& actions) {
  for (const Criterion& c : objective.criteria) {
    using T = Criterion::Type;
    if (c.type == T::action_within && contains(actions, c.ref)) return true;
    if (c.type == T::fallback_within)
      for (const ActionDef& a : s.actions)
        if (a.kind == ActionKind::activate_fallback && a.target == c.ref && contains(actions, a.id)) return true;
    if (c.type == T::deadline_met)
      for (const DeadlineDef& d : s.deadlines)
        if (d.id == c.ref && std::any_of(d.met_by.begin(), d.met_by.end(), [&](const std::string& a) { return contains(actions, a); }))
          return true;
  }
  return false;
}

std::vector<std::string> objectives_testing(const Scenario& s, const std::vector<std::string>& actions) {
  std::vector<std::string> out;
  for (const ObjectiveDef& o : s.objectives)
    if (tests_any(s, o, actions)) out.push_back(s.local(o.title));
  return out;
}

std::vector<std::string> objectives_naming_deadline(const Scenario& s, const std::string& deadline) {
  std::vector<std::string> out;
  for (const ObjectiveDef& o : s.objectives)
    if (std::any_of(o.criteria.begin(), o.criteria.end(),
                    [&](const Criterion& c) { return c.type == Criterion::Type::deadline_met && c.ref == deadline; }))
      out.push_back(s.local(o.title));
  return out;
}

// The command as the timeline names it: the decision's title, then its
// parameters and target (command_details), then in a region
// the hospitals it names.
MselCommand planned(const Scenario& s, const Calendar& calendar, const PlannedCommand& p) {
  const Command& c = p.command;
  std::string what = command_words(c, s);
  if (c.type == Command::Type::decide && s.hospitals.size() > 1 && (!c.hospital.empty() || !c.hospitals.empty()))
    what += hospitals_named(s, c);
  return {p.at, when_text(calendar, p.at), what, who_words(s, c.by)};
}

// The inject (its index in `rows`) a planned decision answers, or -1.
int answered(const std::vector<MselInject>& rows, const std::vector<std::vector<std::string>>& expected,
             const PlannedCommand& p) {
  int latest = -1, first = -1;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    if (!contains(expected[k], p.command.action)) continue;
    if (first < 0) first = static_cast<int>(k);
    if (rows[k].at && *rows[k].at <= p.at) latest = static_cast<int>(k);
  }
  return latest >= 0 ? latest : first;
}

MselInject inject_row(const Scenario& s, const Calendar& calendar, const InjectDef& i) {
  MselInject row;
  row.id = i.id;
  row.at = fixed_time(s, i.trigger);
  if (row.at) row.when = when_text(calendar, *row.at);
  if (i.trigger.type != Condition::Type::at) row.trigger = condition_words(s, i.trigger);
  row.from = s.local(i.from);
  // Roles are texts (format 4): shown in Dutch when the file gives their Dutch.
  for (const std::string& role : i.to) row.to.push_back(s.local(role));
  row.title = s.local(i.title);
  row.text = s.local(i.text);
  row.expected = action_titles(s, i.expected_actions);
  row.objectives = objectives_testing(s, i.expected_actions);
  row.notes = s.local(i.facilitator_notes);
  return row;
}

MselDeadline deadline_row(const Scenario& s, const Calendar& calendar, const DeadlineDef& d) {
  MselDeadline row;
  row.id = d.id;
  row.title = s.local(d.title);
  row.law = s.local(d.law);
  row.starts = condition_words(s, d.starts);
  row.within = format_span(d.within.minutes, true);
  if (const auto start = fixed_time(s, d.starts)) {
    row.due = *start + d.within.minutes;
    row.due_when = when_text(calendar, *row.due);
  }
  row.met_by = action_titles(s, d.met_by);
  row.objectives = objectives_naming_deadline(s, d.id);
  return row;
}

}  // namespace

Msel gather_msel(const Scenario& s, const Plan* plan) {
  const Calendar calendar(s.start);
  Msel m;
  m.scenario_id = s.id;
  m.title = s.local(s.title);
  m.summary = s.local(s.summary);
  m.briefing = s.local(s.briefing);
  for (const Hospital& h : s.hospitals) m.hospitals.push_back(s.local(h.name));
  m.start = when_text(calendar, 0);
  m.horizon = format_span(s.horizon.minutes, true);
  m.end = when_text(calendar, s.horizon.minutes);

  // Fixed times first, in time order (the scenario's order between equals), then the rest.
  std::vector<const InjectDef*> order;
  for (const InjectDef& i : s.injects) order.push_back(&i);
  std::stable_sort(order.begin(), order.end(), [&](const InjectDef* a, const InjectDef* b) {
    const auto ta = fixed_time(s, a->trigger), tb = fixed_time(s, b->trigger);
    if (ta.has_value() != tb.has_value()) return ta.has_value();
    return ta && *ta < *tb;
  });
  std::vector<std::vector<std::string>> expected;
  for (const InjectDef* i : order) {
    m.injects.push_back(inject_row(s, calendar, *i));
    expected.push_back(i->expected_actions);
  }
  for (const DeadlineDef& d : s.deadlines) m.deadlines.push_back(deadline_row(s, calendar, d));

  if (plan == nullptr) return m;
  m.has_plan = true;
  m.plan_title = plan->local(plan->title);
  for (const PlannedCommand& p : plan->commands) {
    const MselCommand words = planned(s, calendar, p);
    bool placed = false;
    if (p.command.type == Command::Type::decide) {
      if (const int k = answered(m.injects, expected, p); k >= 0) {
        m.injects[static_cast<std::size_t>(k)].plan.push_back(words);
        placed = true;
      }
      for (std::size_t d = 0; d < s.deadlines.size(); ++d)
        if (contains(s.deadlines[d].met_by, p.command.action)) {
          m.deadlines[d].plan.push_back(words);
          placed = true;
        }
    }
    if (!placed) m.other_commands.push_back(words);
  }
  return m;
}

}  // namespace epd::report

#include "save/branch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/run_plan.h"

namespace epd {
namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

std::string describe_change(const SavedCommand& original, const WhatIf& change) {
  if (!change.instead) return "removed";
  std::string out;
  const PlannedCommand& was = original.planned;
  const PlannedCommand& now = *change.instead;
  if (now.at != was.at) out = "moved from " + format_offset(was.at) + " to " + format_offset(now.at);
  for (const auto& [name, value] : now.command.params) {
    const auto old = was.command.params.find(name);
    const double before = old == was.command.params.end() ? std::nan("") : old->second;
    if (old != was.command.params.end() && before == value) continue;
    out += (out.empty() ? "" : ", ") + name + " " + (std::isnan(before) ? "default" : number(before)) + " -> " + number(value);
  }
  if (now.command.target != was.command.target)
    out += (out.empty() ? "" : ", ") + std::string("target ") + was.command.target + " -> " + now.command.target;
  return out.empty() ? "unchanged" : out;
}

Branch branch_save(const Save& parent, std::shared_ptr<const Scenario> scenario, const std::string& parent_file,
                   const WhatIf& change) {
  std::vector<SavedCommand> commands;
  for (std::size_t i = 0; i < parent.commands.size(); ++i)
    if (i != change.command) commands.push_back(parent.commands[i]);
  if (change.instead) {
    // After the commands already at that time: the team decided it then.
    const auto at = std::upper_bound(commands.begin(), commands.end(), change.instead->at,
                                     [](SimTime t, const SavedCommand& c) { return t < c.planned.at; });
    SavedCommand moved = parent.commands.at(change.command);
    moved.planned = *change.instead;
    commands.insert(at, moved);
  }

  Branch b{Save{}, Exercise(std::move(scenario), parent.seed)};
  for (const SavedCommand& c : commands) play_at(b.exercise, c.planned.at, c.planned.command, c.wall);
  b.exercise.advance_to(parent.until);

  Save& s = b.save;
  s.dutch = parent.dutch;  // the commands' `why` in two languages
  const std::string what = describe_change(parent.commands.at(change.command), change);
  const std::string command = describe_command(parent.commands.at(change.command), change.command);
  const Said title = say_in_both([&] { return parent.local_title() + " - " + fill(tr("what-if: {0}"), {command + " " + what}); });
  s.set_title(title);
  s.scenario_file = parent.scenario_file;
  s.scenario_text = parent.scenario_text;
  s.scenario_sha256 = parent.scenario_sha256;
  s.finished = true;
  s.branch = BranchOrigin{parent_file, static_cast<int>(change.command), what};
  record_exercise(s, b.exercise);
  return b;
}

}  // namespace epd

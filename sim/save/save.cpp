#include "save/save.h"

#include <cmath>
#include <cstdio>

#include "engine/exercise.h"
#include "engine/summary.h"

namespace epd {

std::string_view to_string(Rating r) {
  switch (r) {
    case Rating::none: return "";
    case Rating::P: return "P";
    case Rating::S: return "S";
    case Rating::M: return "M";
    case Rating::U: return "U";
  }
  return "";
}

const std::vector<std::string_view>& capability_elements() {
  static const std::vector<std::string_view> kElements{"planning", "organization", "equipment", "training", "exercises"};
  return kElements;
}

std::string_view rating_meaning(Rating r) {
  switch (r) {
    case Rating::P: return "Performed without challenges";
    case Rating::S: return "Performed with some challenges";
    case Rating::M: return "Performed with major challenges";
    case Rating::U: return "Unable to be performed";
    case Rating::none: break;
  }
  return "Not rated yet";
}

std::optional<Rating> parse_rating(std::string_view text, std::string* error) {
  for (Rating r : {Rating::P, Rating::S, Rating::M, Rating::U})
    if (text == to_string(r)) return r;
  if (error) *error = "a rating is P, S, M or U (HSEEP)";
  return std::nullopt;
}

std::string fingerprint_hex(std::uint64_t fingerprint) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
  return buf;
}

std::string describe_command(const SavedCommand& c, std::size_t index) {
  const Command& cmd = c.planned.command;
  std::string what(to_string(cmd.type));
  what += " " + (cmd.type == Command::Type::decide         ? cmd.action
                 : cmd.type == Command::Type::adhoc_inject ? "\"" + cmd.adhoc.title + "\""
                                                           : cmd.inject);
  if (!cmd.by.empty()) what += ", by " + cmd.by;
  return "command " + std::to_string(index + 1) + " at " + format_offset(c.planned.at) + " (" + what + ")";
}

void record_exercise(Save& save, const Exercise& exercise) {
  save.scenario_id = exercise.scenario().id;
  save.seed = exercise.seed();
  save.until = exercise.now();
  save.state = fingerprint_hex(exercise.fingerprint());
  save.commands.clear();
  for (const LoggedCommand& c : exercise.command_log())
    save.commands.push_back({{c.at, c.command}, c.wall, c.result.accepted, c.result.reason, fingerprint_hex(c.state_after)});
  const OutcomeSummary summary = summarize(exercise, exercise.now() >= exercise.horizon());
  save.outcome = SavedOutcome{};
  save.outcome.events_processed = summary.events_processed;
  for (const auto& [id, value] : summary.metrics) save.outcome.metrics[id] = std::isfinite(value) ? value : -1.0;
  for (const auto& o : summary.objectives) save.outcome.objectives[o.id] = o.status;
}

}  // namespace epd

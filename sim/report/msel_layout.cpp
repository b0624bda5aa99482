// The words every format of the MSEL shares (msel_formats.h).

#include "report/msel_formats.h"

namespace epd::report {

std::string msel_joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : separator) + i;
  return out;
}

std::vector<std::pair<std::string, std::string>> msel_facts(const Msel& m) {
  std::vector<std::pair<std::string, std::string>> out = {
      {m.hospitals.size() == 1 ? tr("Hospital") : tr("Hospitals"), msel_joined(m.hospitals, ", ")},
      {tr("Start"), fill(tr("{0} (T0)"), {m.start})},
      {tr("Period"), fill(tr("{0}, until {1}"), {m.horizon, m.end})}};
  if (m.has_plan) out.emplace_back(tr("Plan"), m.plan_title);
  return out;
}

std::string msel_inject_intro(const Msel& m) {
  if (m.injects.empty()) return tr("The scenario has no injects: it plays without a facilitator's messages.");
  std::string intro = tr("One row per inject: first those at a fixed time, in time order (T+ is the time since the start, T0, then the scenario's date and time); then those that come when something happens in the play, with their trigger.");
  if (m.has_plan) intro += " " + std::string(tr("Under the expected actions, the plan's decisions that answer the inject."));
  return intro;
}

std::string msel_command_line(const MselCommand& c) {
  return format_offset(c.at) + " " + c.what + (c.by.empty() ? "" : " (" + c.by + ")");
}

std::string msel_made_by(const Msel& m) {
  return fill(tr("Made by EPD Drill from the scenario {0} without playing it: an inject that waits for something in the play has no time until the drill gets there."),
              {m.scenario_id});
}

}  // namespace epd::report

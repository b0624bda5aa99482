#pragma once
// One exercise: a scenario played from T0 with a seed, changed only by the
// commands submitted to it. This is the engine's public face for the command
// line, the console, tests and embedders. It reads no clock, touches no
// global state, and gives bit-identical results for the same scenario, seed
// and commands.

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/commands.h"
#include "engine/objectives.h"
#include "engine/reports.h"
#include "scenario/scenario.h"

namespace epd {

class World;

struct LoggedCommand {
  SimTime at = 0;
  Command command;
  CommandResult result;
  std::string wall;              // when a person entered it (the caller's clock); "" in headless runs
  std::uint64_t state_after = 0;  // digest() just after: a replay checks each step against it
  std::size_t reports_before = 0;  // the world's reports when it came: its place among them (not saved)
};

class Exercise {
 public:
  Exercise(std::shared_ptr<const Scenario> scenario, std::uint64_t seed);
  ~Exercise();
  Exercise(Exercise&&) noexcept;
  Exercise& operator=(Exercise&&) noexcept;

  const Scenario& scenario() const;
  // The same scenario, shared: another exercise of it (an undo's replay, a what-if) needs no copy.
  std::shared_ptr<const Scenario> shared_scenario() const;
  std::uint64_t seed() const;
  SimTime now() const;
  SimTime horizon() const;

  // Run the world forward to time t (never backwards).
  void advance_to(SimTime t);
  // Validate and apply a command at now(), after every event due by now;
  // refused commands change nothing but are logged too, because the
  // facilitator's attempt is part of the record.
  // `wall` is only written into the log: the engine reads no clock.
  CommandResult submit(const Command& command, std::string wall = {});
  const std::vector<LoggedCommand>& command_log() const;

  // Reading the state.
  const World& world() const;
  Phase phase() const;
  const std::vector<Report>& reports() const;
  double metric(std::string_view id, int hospital = -1) const;  // NaN for an unknown id
  // As metric, and NaN where there is no value yet: a median before its first patient (metric reads 0 there).
  // For what people read; results, saves and summaries use metric.
  double metric_if_any(std::string_view id, int hospital = -1) const;
  std::vector<ObjectiveAssessment> objectives(bool final) const;
  std::uint64_t events_processed() const;
  // A hash of everything the exercise produced so far: metrics, time series
  // and reports. Equal fingerprints mean identical runs.
  std::uint64_t fingerprint() const;
  // A cheap hash of the state now (clock, events, every metric's current
  // value, how many samples and reports there are, the last report): taken
  // after every command, where the whole fingerprint would cost as much as
  // the simulation itself.
  std::uint64_t digest() const;

 private:
  std::unique_ptr<World> world_;
  std::vector<LoggedCommand> log_;
};

}  // namespace epd

#pragma once
// The editor's dry run: the scenario being written played headless to its
// horizon twice -- with no response, and with its reference plan -- off the
// console's thread, so the frame never waits. The trainer sees whether the
// scenario teaches what it should: do the curves move, are the objectives
// reachable, does the plan beat doing nothing? Plain C++ (no ImGui).

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "engine/exercise.h"
#include "scenario/plan.h"

namespace epd::gui {

class DryRun {
 public:
  DryRun() = default;
  DryRun(const DryRun&) = delete;
  DryRun& operator=(const DryRun&) = delete;
  ~DryRun() { cancel(); }

  // Starts playing `scenario` (a previous run is cancelled). Without a plan
  // only the run with no response is played.
  void start(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Plan> plan, std::uint64_t seed);
  void cancel();
  bool running() const { return thread_.joinable() && !done_; }
  // Both runs played: the results below are there (the thread is joined).
  bool finished();
  // Played so far, 0..1 over both runs.
  float progress() const { return progress_; }
  // The machine had no memory for the runs (finished() is then false).
  bool out_of_memory() const { return done_ && out_of_memory_; }

  const Exercise* no_response() const { return no_response_.get(); }
  const Exercise* with_plan() const { return with_plan_.get(); }

 private:
  std::thread thread_;
  std::atomic<bool> stop_{false}, done_{false}, out_of_memory_{false};
  std::atomic<float> progress_{0};
  std::unique_ptr<Exercise> no_response_, with_plan_;
};

}  // namespace epd::gui

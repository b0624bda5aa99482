#pragma once
// "Play these decisions N times" in the review of a save: the save's
// commands as a plan over N seeds beside no response, played off the
// console's thread by a BatchRunner (batch/batch.h), so the frame never
// freezes; cancelable, keeping the seeds finished. The plots then show the
// fans of both and the objectives the share of runs that met them.

#include <memory>
#include <optional>

#include "batch/batch.h"
#include "batch/batch_stats.h"
#include "save/save.h"

namespace epd::gui {

class ManyRuns {
 public:
  // Construct on the UI thread (the batch header says names in both
  // languages). The seeds are the save's and the N - 1 after it; the runs go
  // to where the save ends.
  ManyRuns(const Save& save, std::shared_ptr<const Scenario> scenario, std::uint64_t runs, unsigned jobs);

  std::size_t done() const { return runner_ ? runner_->done() : total_; }
  std::size_t total() const { return total_; }
  bool running() const { return runner_ != nullptr; }
  void cancel();
  // Called every frame: when the threads have stopped, the statistics are
  // made and the runner let go. True once they are there.
  bool poll();
  // Waits for the runs (scripts and tests).
  void wait();
  const BatchStats* stats() const { return stats_ ? &*stats_ : nullptr; }
  bool cancelled() const { return cancelled_; }

  // The plans' places in stats(): no response and the save's decisions.
  static constexpr std::size_t kNoResponse = 0, kTheseDecisions = 1;

 private:
  std::size_t total_ = 0;
  bool cancelled_ = false;
  std::unique_ptr<BatchRunner> runner_;
  std::optional<BatchStats> stats_;
};

}  // namespace epd::gui

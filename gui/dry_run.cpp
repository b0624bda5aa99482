#include "dry_run.h"

#include <algorithm>
#include <new>

#include "engine/run_plan.h"

namespace epd::gui {

void DryRun::start(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Plan> plan, std::uint64_t seed) {
  cancel();
  stop_ = false;
  done_ = false;
  out_of_memory_ = false;
  progress_ = 0;
  no_response_.reset();
  with_plan_.reset();
  thread_ = std::thread([this, scenario, plan, seed] {
    const int runs = plan ? 2 : 1;
    // A day at a time, so that a cancel (the editor closed, the scenario
    // changed) stops within a few milliseconds.
    auto play = [&](Exercise& ex, int run, const Plan* p) {
      std::size_t next = 0;
      for (SimTime t = 0; t < ex.horizon() && !stop_;) {
        t = std::min<SimTime>(t + kDay, ex.horizon());
        if (p != nullptr) next = run_plan_until(ex, *p, t, next);
        else ex.advance_to(t);
        progress_ = (static_cast<float>(run) + static_cast<float>(t) / static_cast<float>(ex.horizon())) / static_cast<float>(runs);
      }
    };
    try {
      auto none = std::make_unique<Exercise>(scenario, seed);
      play(*none, 0, nullptr);
      std::unique_ptr<Exercise> planned;
      if (plan && !stop_) {
        planned = std::make_unique<Exercise>(scenario, seed);
        play(*planned, 1, plan.get());
      }
      if (!stop_) {
        no_response_ = std::move(none);
        with_plan_ = std::move(planned);
      }
    } catch (const std::bad_alloc&) {
      out_of_memory_ = true;  // what was played is dropped with its runs
    }
    done_ = true;
  });
}

void DryRun::cancel() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  done_ = false;
}

bool DryRun::finished() {
  if (!done_ || !thread_.joinable()) return done_ && no_response_ != nullptr;
  thread_.join();
  return no_response_ != nullptr;
}

}  // namespace epd::gui

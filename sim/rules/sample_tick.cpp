// Every 15 simulated minutes: the slow processes (ward nursing work, paper
// kit use, back-entry), a fresh look at conditions, and one sample of every
// metric for the time series.

#include <algorithm>

#include "engine/metric_values.h"
#include "engine/world.h"

namespace epd {

void World::on_sample_tick() {
  double backlog = 0;
  for (auto& h : hospitals_) {
    ward_nursing_tick(h);
    diagnostics_tick(h);
    // Staff learning a way of working: its factors change as time passes.
    if (still_learning(h)) h.modes_dirty = true;
    consume_paper_kits(h);
    backlog += back_entry_tick(h);
    receive_pending_referrals(h);
  }
  region_backlog_peak_ = std::max(region_backlog_peak_, backlog);
  check_conditions();
  update_phase();
  sample_metrics(*this, sample_region_, sample_hospitals_);
  if (hospitals_.size() == 1) sample_hospitals_.clear();  // one hospital's values are the region's
  series_.append(now_, sample_region_, sample_hospitals_);
  schedule(now_ + kSampleInterval, kSampleTick);
}

}  // namespace epd

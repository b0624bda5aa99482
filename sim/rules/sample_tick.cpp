// Every 15 simulated minutes: the slow processes (ward nursing work, paper
// kit use, back-entry), a fresh look at conditions, and one sample of every
// metric for the time series.

#include "engine/world.h"

namespace epd {

void World::on_sample_tick() {
  for (auto& h : hospitals_) {
    ward_nursing_tick(h);
    consume_paper_kits(h);
    back_entry_tick(h);
    receive_pending_referrals(h);
  }
  check_conditions();
  update_phase();
  series_.sample(*this);
  schedule(now_ + kSampleInterval, kSampleTick);
}

}  // namespace epd

// Back-entry: every record made on paper during downtime must be typed into
// the EPD once the function is back. Staff assigned to it work during their
// hours at a fixed rate; until the backlog of a function is gone its data is
// incomplete, which raises the risk of steps that read it (see fallbacks.cpp).

#include <algorithm>

#include "engine/world.h"

namespace epd {

double World::back_entry_tick(HospitalState& h) {
  const BackEntryParams& p = h.def->back_entry;
  const int minute = calendar_.minute_of_day(now_);
  const int from = p.from.hour * 60 + p.from.minute, until = p.until.hour * 60 + p.until.minute;
  double total = 0;
  for (const auto& fr : h.functions) total += fr.backlog;
  h.count.backlog_peak = std::max(h.count.backlog_peak, total);
  const bool working = minute >= from && minute < until && total > 0;
  h.nurses_on_back_entry = working ? h.backentry_staff * p.from_ward_nurses : 0.0;
  if (!working) return total;

  double capacity = h.backentry_staff * p.records_per_staff_hour * static_cast<double>(kSampleInterval) / 60.0;
  for (auto& fr : h.functions) {
    if (capacity <= 0) break;
    if (fr.backlog <= 0 || (fr.state != FunctionState::up && fr.state != FunctionState::degraded)) continue;
    const double done = std::min(fr.backlog, capacity);
    fr.backlog -= done;
    capacity -= done;
    h.count.records_entered += done;
    if (fr.backlog < 1e-9) {
      fr.backlog = 0;
      h.modes_dirty = true;  // the data is complete again
    }
  }
  return total;
}

}  // namespace epd

// Paper downtime kits: what a procedure on paper uses, and how the hospital
// gets more. Every quarter of an hour in which an active procedure that uses
// kits is needed, a quarter of a kit-hour goes (one kit-hour per hour of
// care, however many wards are on paper). When they are used up the
// procedures stop working and the steps improvise, until the team restocks
// (restock_paper_kits) or, from format 9, the downtime policy reprints them
// (downtime.kit_reprint_after, kit_reprint_hours) and from then on prints
// ahead. docs/scenario-format.md, "Paper kits".

#include "engine/world.h"

namespace epd {

void World::consume_paper_kits(HospitalState& h) {
  bool in_use = false;
  for (std::size_t p = 0; p < h.fallbacks.size() && !in_use; ++p) {
    if (h.fallbacks[p].status != FallbackRuntime::Status::active) continue;  // most hospitals, most of the time
    const FallbackDef& def = h.def->fallbacks[p];
    in_use = def.kind == FallbackKind::procedure && def.uses_paper_kits && fallback_needed(h, static_cast<int>(p));
  }
  if (h.paper_kit_hours <= 0) {
    if (paper_kits_needed(h)) reprint_paper_kits(h);
    else h.kits_missed_since = -1;  // the outage is over (or paper never began): no reprint is owed
    return;
  }
  h.kits_missed_since = -1;
  if (!in_use) return;
  // One hour of care on paper uses one kit-hour, whatever the number of units.
  h.paper_kit_hours -= static_cast<double>(kSampleInterval) / 60.0;
  if (h.paper_kit_hours > 1e-9) return;
  if (h.kits_ran_out && reprints_paper_kits(h)) {
    // Caught out once, the policy prints the next batch before this one is used up.
    h.paper_kit_hours = h.def->downtime.kit_reprint_hours;
    if (!h.kits_reprinted) report_kits_reprinted(h);  // kits the team restocked ran out first
    return;
  }
  h.kits_ran_out = true;
  h.paper_kit_hours = 0;
  h.modes_dirty = true;
  h.kits_missed_since = now_;
  if (!h.kits_exhausted_reported) {
    h.kits_exhausted_reported = true;
    report(ReportKind::paper_kits_exhausted, h.index, "paper_kits",
           "Paper downtime kits are used up: wards improvise until new kits arrive");
  }
}

bool World::reprints_paper_kits(const HospitalState& h) const {
  return h.def->downtime.kit_reprint_hours > 0 && !scenario_->legacy.kits_never_reprinted;
}

// Whether the hospital is on paper, or should be, while it has no kits: a
// procedure that uses them is needed (a function it covers is not up) and
// has worked before or is one the policy starts by itself.
bool World::paper_kits_needed(const HospitalState& h) const {
  for (std::size_t p = 0; p < h.fallbacks.size(); ++p) {
    const FallbackDef& def = h.def->fallbacks[p];
    if (def.kind != FallbackKind::procedure || !def.uses_paper_kits) continue;
    const FallbackRuntime& rt = h.fallbacks[p];
    if ((rt.first_active_at >= 0 || def.has_auto_after) && fallback_needed(h, static_cast<int>(p))) return true;
  }
  return false;
}

// The downtime policy's own answer to kits running out (format 9): the
// master set is copied again and brought to the wards, whether or not the
// crisis team orders more (restock_paper_kits).
void World::reprint_paper_kits(HospitalState& h) {
  const DowntimePolicy& policy = h.def->downtime;
  if (!reprints_paper_kits(h)) return;
  if (h.kits_missed_since < 0) {
    h.kits_missed_since = now_;  // the wait starts; it is counted from the next quarter hour on, as after a run-out
    return;
  }
  if (now_ - h.kits_missed_since < policy.kit_reprint_after.minutes) return;
  h.paper_kit_hours = policy.kit_reprint_hours;
  h.kits_ran_out = true;  // kits the hospital never had or an effect took away count as run out: it prints ahead
  h.kits_missed_since = -1;
  h.kits_exhausted_reported = false;
  h.modes_dirty = true;
  report_kits_reprinted(h);
  // A procedure the policy could not start for want of kits: its check again, now (no timer of its own waits).
  for (std::size_t fb = 0; fb < h.def->fallbacks.size(); ++fb) {
    const FallbackDef& def = h.def->fallbacks[fb];
    if (def.kind == FallbackKind::procedure && def.has_auto_after && def.uses_paper_kits && !h.fallbacks[fb].auto_pending)
      on_fallback_auto_check(h, static_cast<std::uint32_t>(fb));
  }
}

void World::report_kits_reprinted(HospitalState& h) {
  h.kits_reprinted = true;
  report(ReportKind::paper_kits_reprinted, h.index, "paper_kits",
         "New paper downtime kits reach the wards: the downtime policy reprints them, and from now on prints the next before these run out");
}

}  // namespace epd

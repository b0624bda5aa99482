#pragma once
// Where a patient goes when a hospital does not take them: the ROAZ's rules
// as pure functions over the region map and each ED's status now.
//
// - An ambulance from a diverting or closed ED goes to an open ED;
//   a critical patient (stroke, STEMI, major trauma) to the designated centre
//   unless that is closed. When no ED in reach is open, the nearest takes
//   them anyway, as regional agreements say: the diverting ED itself if it
//   is only diverting, else the nearest neighbour that is not closed; when
//   every one is closed, the patient's own ED (format 6).
// - A walk-in turned away by a closed ED, or staying away from a hospital in
//   the news, goes to an ED that is not closed (diverting concerns
//   ambulances only).
// - Patients live all around their hospital, so those sent on spread over
//   the EDs within region.spread minutes of the nearest, each weighted by
//   1 / travel time (format 6; `u` is the patient's uniform draw). Older
//   files send them all to the nearest.
// - A patient who needs an ICU bed the hospital no longer has goes to the
//   nearest hospital with one free.
// A hospital with no neighbour in the scenario sends patients out of it.

#include <vector>

#include "region/region_map.h"

namespace epd {

enum class EdStatus : std::uint8_t {
  open,
  diverting,  // closed to ambulances
  closed,     // off the emergency rota: walk-ins are sent on too
};

struct Route {
  int to = -1;           // the hospital; -1: out of the scenario's region
  int minutes = 0;       // travel time
  bool forced = false;   // no ED in reach was open: taken anyway by agreement
};

Route route_ambulance(const RegionMap& map, const std::vector<EdStatus>& status, int from, bool critical, double u);
Route route_walk_in(const RegionMap& map, const std::vector<EdStatus>& status, int from, double u);
// `has_bed[k]`: hospital k has a free ICU bed now.
Route route_icu_transfer(const RegionMap& map, const std::vector<bool>& has_bed, int from);

}  // namespace epd

#pragma once
// What the console shows of a region, in plain C++ (no ImGui):
// - the region at a glance: one row per hospital with the few values a
//   facilitator compares across hospitals, plus the region's own row, in the
//   order the facilitator sorted them (the region table in panel_region.cpp
//   and the projector draw the same rows);
// - whom a decision is for, in words.

#include <string>
#include <vector>

#include "engine/exercise.h"
#include "region/routing.h"
#include "scenario/enums.h"
#include "ui_state.h"

namespace epd {
class World;
}

namespace epd::gui {

struct RegionRow {
  int hospital = -1;  // index in World::hospitals(); -1: the region
  const std::string* name = nullptr;
  Phase phase = Phase::normal;
  int it_down = 0;  // IT functions not up
  double ed_waiting = 0, left_unseen = 0, beds_pct = 0, paper_kit_hours = 0;
  EdStatus ed = EdStatus::open;
  // The region's row: how many EDs take no ambulances (diverting or off the
  // rota) and how many are off the rota altogether.
  int eds_diverting = 0, eds_closed = 0;
};

// The region's row's ED column in words: "all open", "3 of 5 open".
std::string open_eds_in_words(const RegionRow& region, std::size_t hospitals);

// The region's row: sums over the hospitals, the lowest kit hours, the share
// of all beds (as metric_registry() says for each value).
RegionRow region_row(const Exercise& ex);
// One row per hospital, sorted by `sort`; ties keep the scenario's order, so
// rows with equal values never swap places from one frame to the next.
std::vector<RegionRow> hospital_rows(const Exercise& ex, const RegionSort& sort);

// "ED waiting", "paper kit hours": a column in words, for saying how the
// rows are sorted.
const char* region_column_title(RegionColumn c);

}  // namespace epd::gui

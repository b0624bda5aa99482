#pragma once
// The region as a map: how many minutes patients travel between any two
// hospitals, and each hospital's neighbours nearest first. Built once from
// the scenario; plain data with no engine state.
//
// Travel the scenario gives (region.travel) holds both ways. Between two
// hospitals it does not give, travel is computed from their locations:
// straight-line distance x road factor / road speed. Two hospitals with
// neither are not connected: no patient moves between them.

#include <cstdint>
#include <vector>

#include "scenario/scenario.h"

namespace epd {

class RegionMap {
 public:
  RegionMap() = default;
  explicit RegionMap(const Scenario& s);

  int size() const { return n_; }
  // Minutes from a to b, or -1 when they are not connected (a == b: 0).
  int travel(int a, int b) const { return minutes_[static_cast<std::size_t>(a * n_ + b)]; }
  // The hospitals connected to `from`, nearest first (ties: scenario order).
  const std::vector<int>& neighbours(int from) const { return nearest_[static_cast<std::size_t>(from)]; }
  // The designated stroke, STEMI and major-trauma centre for patients of
  // hospital `from`, or -1.
  int centre(int from) const { return centres_[static_cast<std::size_t>(from)]; }
  // Patients sent on spread over the EDs up to this many minutes further
  // than the nearest; 0: all go to the nearest (region.spread).
  int spread() const { return spread_; }
  // Whether a closed ED keeps its patients when every ED in reach is closed
  // too (format 6; before, it sent them to its nearest, itself closed).
  bool closed_keeps_own() const { return closed_keeps_own_; }

 private:
  int n_ = 0;
  std::vector<int> minutes_;
  std::vector<std::vector<int>> nearest_;
  std::vector<int> centres_;
  int spread_ = 0;
  bool closed_keeps_own_ = true;
};

// Minutes by road between two locations (great-circle distance, then the
// region's road factor and speed), at least one.
int travel_minutes(const Location& a, const Location& b, const RegionDef& region);

}  // namespace epd

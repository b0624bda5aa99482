#include "region/routing.h"

namespace epd {
namespace {

Route to(const RegionMap& map, int from, int k, bool forced = false) { return Route{k, map.travel(from, k), forced}; }

// The nearest neighbour whose status passes `ok`, or -1.
template <class Ok>
int nearest(const RegionMap& map, int from, Ok ok) {
  for (int k : map.neighbours(from))
    if (ok(k)) return k;
  return -1;
}

}  // namespace

Route route_ambulance(const RegionMap& map, const std::vector<EdStatus>& status, int from, bool critical) {
  if (map.neighbours(from).empty()) return Route{};
  const int centre = map.centre(from);
  if (critical && centre >= 0 && centre != from && map.travel(from, centre) >= 0 &&
      status[static_cast<std::size_t>(centre)] != EdStatus::closed)
    return to(map, from, centre);
  const int open = nearest(map, from, [&](int k) { return status[static_cast<std::size_t>(k)] == EdStatus::open; });
  if (open >= 0) return to(map, from, open);
  if (status[static_cast<std::size_t>(from)] == EdStatus::diverting) return Route{from, 0, true};
  const int taking = nearest(map, from, [&](int k) { return status[static_cast<std::size_t>(k)] != EdStatus::closed; });
  return to(map, from, taking >= 0 ? taking : map.neighbours(from).front(), true);
}

Route route_walk_in(const RegionMap& map, const std::vector<EdStatus>& status, int from) {
  if (map.neighbours(from).empty()) return Route{};
  const int taking = nearest(map, from, [&](int k) { return status[static_cast<std::size_t>(k)] != EdStatus::closed; });
  if (taking >= 0) return to(map, from, taking);
  return to(map, from, map.neighbours(from).front(), true);
}

Route route_icu_transfer(const RegionMap& map, const std::vector<bool>& has_bed, int from) {
  const int k = nearest(map, from, [&](int x) { return has_bed[static_cast<std::size_t>(x)]; });
  return k >= 0 ? to(map, from, k) : Route{};
}

}  // namespace epd

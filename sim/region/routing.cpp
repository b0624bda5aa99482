#include "region/routing.h"

#include <algorithm>

namespace epd {
namespace {

Route to(const RegionMap& map, int from, int k, bool forced = false) { return Route{k, map.travel(from, k), forced}; }

// Every ED in reach is off the rota: the patient's own ED takes them anyway
// (format 6). Older files sent them to the nearest, itself closed.
Route every_ed_closed(const RegionMap& map, int from) {
  return map.closed_keeps_own() ? Route{from, 0, true} : to(map, from, map.neighbours(from).front(), true);
}

// The nearest neighbour whose status passes `ok`, or -1.
template <class Ok>
int nearest(const RegionMap& map, int from, Ok ok) {
  for (int k : map.neighbours(from))
    if (ok(k)) return k;
  return -1;
}

// A neighbour whose status passes `ok`: the nearest, or with a spread, one
// of those within the spread of the nearest, chosen by `u` with weight
// 1 / travel minutes (nearer EDs take more of the patients).
template <class Ok>
int chosen(const RegionMap& map, int from, double u, Ok ok) {
  const int first = nearest(map, from, ok);
  if (first < 0 || map.spread() <= 0) return first;
  const int limit = map.travel(from, first) + map.spread();
  const auto weight = [&](int k) { return 1.0 / std::max(1, map.travel(from, k)); };
  double total = 0;
  for (int k : map.neighbours(from)) {
    if (map.travel(from, k) > limit) break;  // nearest first
    if (ok(k)) total += weight(k);
  }
  double left = u * total;
  int last = first;
  for (int k : map.neighbours(from)) {
    if (map.travel(from, k) > limit) break;
    if (!ok(k)) continue;
    last = k;
    left -= weight(k);
    if (left < 0) return k;
  }
  return last;
}

}  // namespace

Route route_ambulance(const RegionMap& map, const std::vector<EdStatus>& status, int from, bool critical, double u) {
  if (map.neighbours(from).empty()) return Route{};
  const int centre = map.centre(from);
  if (critical && centre >= 0 && centre != from && map.travel(from, centre) >= 0 &&
      status[static_cast<std::size_t>(centre)] != EdStatus::closed)
    return to(map, from, centre);
  const int open = chosen(map, from, u, [&](int k) { return status[static_cast<std::size_t>(k)] == EdStatus::open; });
  if (open >= 0) return to(map, from, open);
  if (status[static_cast<std::size_t>(from)] == EdStatus::diverting) return Route{from, 0, true};
  const int taking = nearest(map, from, [&](int k) { return status[static_cast<std::size_t>(k)] != EdStatus::closed; });
  return taking >= 0 ? to(map, from, taking, true) : every_ed_closed(map, from);
}

Route route_walk_in(const RegionMap& map, const std::vector<EdStatus>& status, int from, double u) {
  if (map.neighbours(from).empty()) return Route{};
  const int taking = chosen(map, from, u, [&](int k) { return status[static_cast<std::size_t>(k)] != EdStatus::closed; });
  if (taking >= 0) return to(map, from, taking);
  return every_ed_closed(map, from);
}

Route route_icu_transfer(const RegionMap& map, const std::vector<bool>& has_bed, int from) {
  const int k = nearest(map, from, [&](int x) { return has_bed[static_cast<std::size_t>(x)]; });
  return k >= 0 ? to(map, from, k) : Route{};
}

}  // namespace epd

#include "region/region_map.h"

#include <algorithm>
#include <cmath>

#include "core/det_math.h"

namespace epd {

int travel_minutes(const Location& a, const Location& b, const RegionDef& region) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadians = 3.14159265358979323846 / 180.0;
  // Equirectangular: within a country the error is far below a minute.
  const double mean_lat = (a.lat + b.lat) / 2 * kRadians;
  const double dx = (b.lon - a.lon) * kRadians * det::cos(mean_lat);
  const double dy = (b.lat - a.lat) * kRadians;
  const double km = kEarthRadiusKm * std::sqrt(dx * dx + dy * dy) * region.road_factor;
  const double minutes = std::floor(km / region.road_speed_kmh * 60.0 + 0.5);
  return std::max(1, static_cast<int>(minutes));
}

RegionMap::RegionMap(const Scenario& s)
    : n_(static_cast<int>(s.hospitals.size())),
      spread_(s.legacy.all_to_nearest_ed ? 0 : static_cast<int>(s.region.spread.minutes)),
      closed_keeps_own_(!s.legacy.all_to_nearest_ed) {
  const auto n = static_cast<std::size_t>(n_);
  minutes_.assign(n * n, -1);
  for (std::size_t a = 0; a < n; ++a) {
    minutes_[a * n + a] = 0;
    for (std::size_t b = 0; b < n; ++b) {
      if (a != b && s.hospitals[a].location.set && s.hospitals[b].location.set)
        minutes_[a * n + b] = travel_minutes(s.hospitals[a].location, s.hospitals[b].location, s.region);
    }
  }
  for (const TravelTime& t : s.region.travel) {
    const int a = s.hospital_index(t.from), b = s.hospital_index(t.to);
    if (a < 0 || b < 0 || a == b) continue;  // the loader refuses these
    const int m = static_cast<int>(std::min<std::int64_t>(t.time.minutes, 1000000));
    minutes_[static_cast<std::size_t>(a * n_ + b)] = m;
    minutes_[static_cast<std::size_t>(b * n_ + a)] = m;
  }
  const int region_centre = s.region.designated_centre.empty() ? -1 : s.hospital_index(s.region.designated_centre);
  for (const Hospital& h : s.hospitals)
    centres_.push_back(h.designated_centre.empty() ? region_centre : s.hospital_index(h.designated_centre));
  nearest_.resize(n);
  for (int a = 0; a < n_; ++a) {
    auto& list = nearest_[static_cast<std::size_t>(a)];
    for (int b = 0; b < n_; ++b)
      if (b != a && travel(a, b) >= 0) list.push_back(b);
    std::stable_sort(list.begin(), list.end(), [&](int x, int y) { return travel(a, x) < travel(a, y); });
  }
}

}  // namespace epd

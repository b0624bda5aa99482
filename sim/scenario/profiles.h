#pragma once
// Hospital profiles: written once, used by many hospitals. A scenario's
// "profiles" object holds partial hospitals by name,
//
//   "profiles": {"general_400": {"emergency": {...}, "wards": {...}},
//                "vendor_cloud": {"functions": [...], "fallbacks": [...]}},
//   "hospitals": [{"id": "h1", "name": "...", "profiles": ["general_400", "vendor_cloud"],
//                  "wards": {"ward_beds": 520}}]
//
// and a hospital that names profiles is them merged in order, its own fields
// last: objects merge member by member, anything else (a number, a list) is
// replaced whole. Merging happens on the parsed JSON before loading, so every
// value keeps the line it was written on and every check sees the merged
// hospital.

#include <string>
#include <vector>

#include "json/diagnostics.h"
#include "json/node.h"

namespace epd {

// The scenario document with every hospital's profiles merged in. Problems
// (an unknown profile, a profile that is not an object or sets the
// hospital's identity) go to `out`; `incomplete` gets the path of every
// hospital that names a profile the scenario lacks ("hospitals[3]"): what it
// misses follows from that one mistake.
json::Node expand_profiles(const json::Node& root, const std::string& file, json::Diagnostics& out,
                           std::vector<std::string>& incomplete);

}  // namespace epd

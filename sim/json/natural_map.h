#pragma once
// std::map<std::string, T> written as a plain JSON object,
// `"params": {"hours": 24, "percent": 50}`, instead of cereal's array of
// {"key", "value"} pairs. This is the saving half, for JSONOutputArchive;
// CheckedJsonInputArchive loads the same shape (checked_archive.h).
// Do not include <cereal/types/map.hpp> in the same translation unit.

#include <map>
#include <string>

#include <cereal/archives/json.hpp>

// In namespace cereal so argument-dependent lookup finds it through the
// archive type, as it finds cereal's own overloads.
namespace cereal {

template <class T, class C, class A>
void CEREAL_SAVE_FUNCTION_NAME(JSONOutputArchive& ar, const std::map<std::string, T, C, A>& map) {
  for (const auto& entry : map) ar(make_nvp(entry.first, entry.second));
}

}  // namespace cereal

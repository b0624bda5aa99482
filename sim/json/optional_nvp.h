#pragma once
// A named member that may be left out of a file: when it is absent (or null)
// loading keeps the value's default and says nothing. Written like any other
// member. Loading is implemented for CheckedJsonInputArchive
// (checked_archive.h); saving here, for cereal's JSONOutputArchive.

#include <cereal/archives/json.hpp>

namespace epd::json {

// Whether a member may be left out, and what its value then means: the
// default the engine uses, or none at all (no location, no planned downtime)
// -- which a reference page lists as no default (FieldWalker).
enum class Presence : unsigned char { required, optional, optional_absent_is_none };
struct AbsentIsNone {};
inline constexpr AbsentIsNone absent_is_none{};

template <class T>
struct OptionalNVP {
  const char* name;
  T& value;
  Presence presence = Presence::optional;
};

template <class T>
OptionalNVP<T> optional_nvp(const char* name, T& value) {
  return OptionalNVP<T>{name, value};
}
// optional_nvp("location", h.location, json::absent_is_none)
template <class T>
OptionalNVP<T> optional_nvp(const char* name, T& value, AbsentIsNone) {
  return OptionalNVP<T>{name, value, Presence::optional_absent_is_none};
}

// Like cereal's NameValuePair: only names the value, opens no node itself.
template <class T>
void prologue(cereal::JSONOutputArchive&, const OptionalNVP<T>&) {}
template <class T>
void epilogue(cereal::JSONOutputArchive&, const OptionalNVP<T>&) {}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(cereal::JSONOutputArchive& ar, const OptionalNVP<T>& member) {
  ar(cereal::make_nvp(member.name, member.value));
}

}  // namespace epd::json

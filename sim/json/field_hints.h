#pragma once
// Where a field written in the wrong object probably belongs, when no field
// of that object is spelt like it: "nurses" in a hospital's "emergency" is
// that ED's "triage_nurses", or the wards' "nurses".

#include <string>
#include <string_view>
#include <vector>

namespace epd::json {

// The fields of the nearest record around `object_path` -- the list element
// it is in (hospitals[0]), else the next one out, else the file -- whose
// name is `key`, holds it as a word (or is held in it), or nearly matches
// it; lists inside that record are not searched. `catalogue` holds every
// field of the file's type as FieldWalker names them
// ("hospitals[].wards.nurses"); the answer names them in this file
// ("hospitals[0].wards.nurses"), at most three, in catalogue order.
std::vector<std::string> fields_like(std::string_view key, const std::string& object_path,
                                     const std::vector<std::string>& catalogue);

}  // namespace epd::json

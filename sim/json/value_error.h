#pragma once
// Thrown by load functions (load_minimal of a string enum, a duration such as
// "90m", a cross-field check) when a value is unacceptable. The checked
// archive catches it at the innermost value being loaded and reports the
// message at that value's position; loading then goes on.

#include <stdexcept>

namespace epd::json {

struct ValueError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace epd::json

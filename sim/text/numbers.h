#pragma once
// Numbers and spans of time as people read them, in the current language:
// "12,345" or "12.345", "3.5" or "3,5", "39 d 21 h" or "39 d 21 u".
// Machine output (summary JSON, CSV) keeps plain numbers.

#include <cstdint>
#include <string>

namespace epd {

// A whole number with thousands separated: "12,345" / "12.345".
std::string format_count(double value);
// With `decimals` after the point (thousands separated too): "3.5" / "3,5".
std::string format_decimal(double value, int decimals);
// A share (0 to 1) as a whole percentage: "71%"; "-" when it has no value.
std::string format_share(double share);
// A span of minutes: "50 min", "23 h 49 min", "8 h", "39 d 21 h", "2 d"
// (Dutch "u" for hours). Short: days drop the minutes (a countdown, a
// board); `exact`: every part that is not zero ("1 d 50 min",
// "39 d 21 h 26 min"), for reports.
std::string format_span(std::int64_t minutes, bool exact = false);

}  // namespace epd

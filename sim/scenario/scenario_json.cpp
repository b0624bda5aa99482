#include "scenario/scenario_json.h"

#include <cmath>
#include <cstdio>

namespace epd {

std::string format_clock(const ClockTime& t) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", t.hour % 100, t.minute % 100);
  return text;
}

std::optional<ClockTime> parse_clock(std::string_view text, std::string* error) {
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  if (text.size() == 5 && digit(0) && digit(1) && text[2] == ':' && digit(3) && digit(4)) {
    const ClockTime t{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
    if (t.hour < 24 && t.minute < 60) return t;
  }
  if (error) *error = "expected a clock time such as \"09:00\" (00:00 to 23:59)";
  return std::nullopt;
}

namespace scenario_json {

std::string range_message(double min, double max) {
  auto number = [](double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return std::string(text);
  };
  return "must be between " + number(min) + " and " + number(max);
}

}  // namespace scenario_json
}  // namespace epd

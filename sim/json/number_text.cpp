#include "json/number_text.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>
#include <system_error>

namespace epd::json::detail {
namespace {

// The power of ten of the first significant digit ("0.05" -> -2, "120" -> 2,
// "1e-400" -> -400); nullopt when every digit is zero.
std::optional<long> magnitude(std::string_view text) {
  if (!text.empty() && text[0] == '-') text.remove_prefix(1);
  const std::size_t e = std::min(text.find_first_of("eE"), text.size());
  const std::string_view mantissa = text.substr(0, e);
  const long before_point = static_cast<long>(std::min(mantissa.find('.'), mantissa.size()));
  long digit = 0;  // digits read so far, the point not counted
  for (const char c : mantissa) {
    if (c == '.') continue;
    if (c != '0') {
      const long exponent = e < text.size() ? std::strtol(std::string(text.substr(e + 1)).c_str(), nullptr, 10) : 0;
      return before_point - 1 - digit + exponent;
    }
    ++digit;
  }
  return std::nullopt;
}

bool is_integer_text(std::string_view text) {
  return text.find_first_of(".eE") == std::string_view::npos;
}

}  // namespace

std::optional<NumberValue> read_number(std::string_view text) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (is_integer_text(text)) {
    std::int64_t i = 0;
    if (const auto r = std::from_chars(begin, end, i); r.ec == std::errc() && r.ptr == end) return NumberValue{i};
    std::uint64_t u = 0;
    if (const auto r = std::from_chars(begin, end, u); r.ec == std::errc() && r.ptr == end) return NumberValue{u};
  }
  const bool negative = !text.empty() && text[0] == '-';
  const std::optional<long> power = magnitude(text);
  // All digits zero, whatever the exponent: a zero (this is the case rapidjson gets wrong).
  if (!power) return NumberValue{negative ? -0.0 : 0.0};
  double d = 0;
  const auto r = std::from_chars(begin, end, d);
  if (r.ec == std::errc() && r.ptr == end) return NumberValue{d};
  // Out of range: below the smallest double it is a zero, above the largest an error.
  if (r.ec == std::errc::result_out_of_range && *power < 0) return NumberValue{negative ? -0.0 : 0.0};
  return std::nullopt;
}

}  // namespace epd::json::detail

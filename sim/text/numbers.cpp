#include "text/numbers.h"

#include <cmath>
#include <cstdio>

#include "text/language.h"

namespace epd {

std::string format_share(double share) { return std::isfinite(share) ? format_decimal(100 * share, 0) + "%" : "-"; }

std::string format_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return "-";
  const bool dutch = language() == Lang::nl;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
  std::string digits(buf), whole = digits, fraction;
  if (const auto point = digits.find('.'); point != std::string::npos) {
    whole = digits.substr(0, point);
    fraction = digits.substr(point + 1);
  }
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += dutch ? '.' : ',';
    out += whole[i];
  }
  if (!fraction.empty()) out += (dutch ? "," : ".") + fraction;
  const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
  return negative ? "-" + out : out;
}

std::string format_count(double value) { return format_decimal(value, 0); }

std::string format_span(std::int64_t minutes, bool exact) {
  const bool negative = minutes < 0;
  const std::int64_t m = negative ? -minutes : minutes;
  const std::int64_t days = m / 1440, hours = (m % 1440) / 60, mins = m % 60;
  const char* h = language() == Lang::nl ? "u" : "h";
  if (exact) {
    std::string text;
    const auto part = [&](std::int64_t n, const char* unit) {
      if (n != 0) text += (text.empty() ? "" : " ") + std::to_string(n) + " " + unit;
    };
    part(days, "d");
    part(hours, h);
    part(mins, "min");
    if (text.empty()) text = "0 min";
    return negative ? "-" + text : text;
  }
  char buf[64];
  // The smaller part only when it is not zero: "2 d", "8 h", "2 d 5 h".
  if (days > 0 && hours > 0) std::snprintf(buf, sizeof buf, "%lld d %lld %s", static_cast<long long>(days), static_cast<long long>(hours), h);
  else if (days > 0) std::snprintf(buf, sizeof buf, "%lld d", static_cast<long long>(days));
  else if (hours > 0 && mins > 0) std::snprintf(buf, sizeof buf, "%lld %s %lld min", static_cast<long long>(hours), h, static_cast<long long>(mins));
  else if (hours > 0) std::snprintf(buf, sizeof buf, "%lld %s", static_cast<long long>(hours), h);
  else std::snprintf(buf, sizeof buf, "%lld min", static_cast<long long>(mins));
  return negative ? std::string("-") + buf : std::string(buf);
}

}  // namespace epd

#include "core/sim_time.h"

#include <cstdio>

namespace epd {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Howard Hinnant's days_from_civil / civil_from_days: exact for the
// proleptic Gregorian calendar, no library time zone involved.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

std::optional<std::int64_t> parse_duration(std::string_view text, std::string* error) {
  auto fail = [&](const char* why) -> std::optional<std::int64_t> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (text.empty()) return fail("a duration like \"90m\", \"36h\" or \"42d\" is expected, found an empty string");
  std::int64_t total = 0;
  std::size_t i = 0;
  int last_unit_rank = 4;  // units must come in the order d, h, m
  while (i < text.size()) {
    if (!is_digit(text[i])) return fail("a duration is a number followed by d, h or m, e.g. \"90m\", \"36h\", \"1d12h\"");
    std::int64_t n = 0;
    while (i < text.size() && is_digit(text[i])) {
      n = n * 10 + (text[i] - '0');
      if (n > 100000000) return fail("duration is too long");
      ++i;
    }
    if (i == text.size()) return fail("a duration needs a unit: d (days), h (hours) or m (minutes), e.g. \"90m\"");
    int rank = 0;
    std::int64_t unit = 0;
    switch (text[i]) {
      case 'd': rank = 3; unit = kDay; break;
      case 'h': rank = 2; unit = kHour; break;
      case 'm': rank = 1; unit = 1; break;
      default: return fail("unknown duration unit; use d (days), h (hours) or m (minutes)");
    }
    if (rank >= last_unit_rank) return fail("duration units must appear once each, in the order d, h, m (e.g. \"1d12h\")");
    last_unit_rank = rank;
    total += n * unit;
    if (total > 100000000) return fail("duration is too long");
    ++i;
  }
  return total;
}

std::string format_duration(std::int64_t minutes) {
  if (minutes == 0) return "0m";
  std::string out;
  if (minutes < 0) { out = "-"; minutes = -minutes; }
  const std::int64_t d = minutes / kDay, h = (minutes % kDay) / kHour, m = minutes % kHour;
  if (d) out += std::to_string(d) + "d";
  if (h) out += std::to_string(h) + "h";
  if (m) out += std::to_string(m) + "m";
  return out;
}

std::string format_offset(SimTime t) {
  const char sign = t < 0 ? '-' : '+';
  const std::int64_t a = t < 0 ? -t : t;
  char buf[48];
  std::snprintf(buf, sizeof buf, "T%c%lldd %02lld:%02lld", sign, static_cast<long long>(a / kDay),
                static_cast<long long>((a % kDay) / kHour), static_cast<long long>(a % kHour));
  return buf;
}

std::optional<CivilDateTime> parse_datetime(std::string_view s, std::string* error) {
  // YYYY-MM-DDTHH:MM
  auto num = [&](std::size_t at, std::size_t len, int& out) {
    if (at + len > s.size()) return false;
    int v = 0;
    for (std::size_t k = at; k < at + len; ++k) {
      if (!is_digit(s[k])) return false;
      v = v * 10 + (s[k] - '0');
    }
    out = v;
    return true;
  };
  CivilDateTime t;
  const bool shape = s.size() == 16 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && s[13] == ':' &&
                     num(0, 4, t.year) && num(5, 2, t.month) && num(8, 2, t.day) && num(11, 2, t.hour) &&
                     num(14, 2, t.minute);
  if (!shape) {
    if (error) *error = "a local date and time like \"2026-04-07T07:00\" is expected";
    return std::nullopt;
  }
  if (t.year < 1900 || t.year > 2200 || t.month < 1 || t.month > 12 || t.day < 1 ||
      t.day > days_in_month(t.year, t.month) || t.hour > 23 || t.minute > 59) {
    if (error) *error = "not a valid calendar date and time";
    return std::nullopt;
  }
  return t;
}

std::string format_datetime(const CivilDateTime& t) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
  return buf;
}

Calendar::Calendar(const CivilDateTime& t0)
    : t0_days_(days_from_civil(t0.year, static_cast<unsigned>(t0.month), static_cast<unsigned>(t0.day))),
      t0_minute_of_day_(t0.hour * 60 + t0.minute) {}

int Calendar::weekday(SimTime t) const {
  const std::int64_t days = t0_days_ + floor_div(t0_minute_of_day_ + t, kDay);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  std::int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

SimTime Calendar::day_start(SimTime t) const { return t - minute_of_day(t); }

SimTime Calendar::next_clock_time(SimTime t, int hour, int minute) const {
  const SimTime candidate = day_start(t) + hour * kHour + minute;
  return candidate >= t ? candidate : candidate + kDay;
}

CivilDateTime Calendar::at(SimTime t) const {
  const std::int64_t total = t0_minute_of_day_ + t;
  const std::int64_t days = t0_days_ + floor_div(total, kDay);
  CivilDateTime out;
  civil_from_days(days, out.year, out.month, out.day);
  const int mod = minute_of_day(t);
  out.hour = mod / 60;
  out.minute = mod % 60;
  return out;
}

std::string Calendar::format(SimTime t) const {
  static const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const CivilDateTime c = at(t);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s %04d-%02d-%02d %02d:%02d", kNames[weekday(t)], c.year, c.month, c.day, c.hour,
                c.minute);
  return buf;
}

}  // namespace epd

#pragma once
// Simulated time: integer minutes since the scenario's T0, plus the calendar
// that turns such a count into a local date, weekday and hour of day.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace epd {

using SimTime = std::int64_t;  // minutes since T0

constexpr SimTime kHour = 60;
constexpr SimTime kDay = 24 * kHour;

// "90m", "36h", "42d", "1d12h", "2h30m" -> minutes. Returns nullopt and sets
// *error (when given) for anything else; the result is always >= 0.
std::optional<std::int64_t> parse_duration(std::string_view text, std::string* error = nullptr);

// The shortest exact spelling parse_duration accepts: 90 -> "1h30m", 0 -> "0m".
std::string format_duration(std::int64_t minutes);

// "T+1d 02:30" (or "T-0d 00:15" before T0) for the timeline.
std::string format_offset(SimTime t);

struct CivilDateTime {
  int year = 2026, month = 1, day = 1, hour = 0, minute = 0;
};

// "2026-04-07T07:00" (local time, no zone).
std::optional<CivilDateTime> parse_datetime(std::string_view text, std::string* error = nullptr);
std::string format_datetime(const CivilDateTime& t);

// Local calendar anchored at T0. Weekdays: 0 = Monday ... 6 = Sunday.
class Calendar {
 public:
  Calendar() = default;
  explicit Calendar(const CivilDateTime& t0);

  // Inline: every arrival and every staffing question asks it.
  int minute_of_day(SimTime t) const {
    const std::int64_t m = (t0_minute_of_day_ + t) % kDay;
    return static_cast<int>(m < 0 ? m + kDay : m);
  }
  int hour_of_day(SimTime t) const { return minute_of_day(t) / 60; }
  int weekday(SimTime t) const;
  bool is_working_day(SimTime t) const { return weekday(t) < 5; }
  // First time >= t at which the local clock reads hh:mm.
  SimTime next_clock_time(SimTime t, int hour, int minute = 0) const;
  // Start of the local day that contains t.
  SimTime day_start(SimTime t) const;
  CivilDateTime at(SimTime t) const;
  // "Tue 2026-04-07 09:30"
  std::string format(SimTime t) const;

 private:
  std::int64_t t0_days_ = 0;   // days since 1970-01-01 of T0's date
  int t0_minute_of_day_ = 0;
};

}  // namespace epd

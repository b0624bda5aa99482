#pragma once
// When a missed objective's count built up: the days that hold half of it,
// the worst day, and the injects delivered in those days. Not a cause, but
// where a debrief looks first ("55 of the 96 from T+2d to T+6d, when the
// nurses fell ill"), from the time series the run already keeps.

#include <string>

#include "engine/exercise.h"

namespace epd::report {

// For each "at most" criterion of objective `objective_id` on a counter (left
// unseen, medication errors, ...) that went over its limit, one sentence in
// the current language; "" when there is none, or the run is shorter than two days.
std::string objective_build_up(const Exercise& exercise, const std::string& objective_id);

}  // namespace epd::report

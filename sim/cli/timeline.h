#pragma once
// What `epd-drill run` prints: the timeline of what happened, then the
// outcome table. Plain text, one event per line, stable for scripts.

#include <ostream>

#include "engine/exercise.h"

namespace epd::cli {

// Reports worth a line in the timeline (phases, injects, decisions, IT
// changes, fallbacks, deadlines); patient-level detail is left to metrics.
void print_timeline(std::ostream& out, const Exercise& exercise);

// Every metric with its value and unit, then each objective's status.
// `hospital`: that hospital's values instead of the region's (-1).
void print_outcome(std::ostream& out, const Exercise& exercise, int hospital = -1);

}  // namespace epd::cli

#pragma once
// Golden summaries: a run's outcome compared value for value, exactly, with
// a file both compilers' builds check against (so g++ and clang must agree
// bit for bit). To update one after a deliberate model change, run the
// command the test names and say why in the commit.

#include <string>

#include "engine/summary.h"

namespace epd::test {

// CHECKs every event count, region metric and hospital metric of `now`
// against the golden summary file at `path` (EPD_SOURCE_DIR-relative).
void check_against_golden(const OutcomeSummary& now, const std::string& path);

}  // namespace epd::test

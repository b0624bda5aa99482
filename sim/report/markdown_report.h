#pragma once
// The after-action report and improvement plan as Markdown that renders well
// on GitHub: numbered headings in HSEEP's order, tables, escaped user text.

#include <string>

#include "engine/exercise.h"
#include "report/after_action.h"
#include "save/save.h"

namespace epd::report {

// `exercise` is the save replayed to its end (replay_save).
// `scope`: one hospital instead of the region, other runs side by side.
std::string report_markdown(const Save& save, const Exercise& exercise, const ReportScope& scope = {});

}  // namespace epd::report

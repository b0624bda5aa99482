#pragma once
// The after-action report and improvement plan as one self-contained HTML
// page: inline CSS and inline SVG plots, no script, nothing loaded from
// anywhere, so it opens offline in any browser and prints cleanly. All text
// is escaped: titles and comments come from users' files.

#include <string>

#include "engine/exercise.h"
#include "report/after_action.h"
#include "save/save.h"

namespace epd::report {

// `exercise` is the save replayed to its end (replay_save).
// `scope`: one hospital instead of the region, other runs side by side.
std::string report_html(const Save& save, const Exercise& exercise, const ReportScope& scope = {});

}  // namespace epd::report

#pragma once
// Where a default comes from, for the editor's form: the row of
// docs/scenario-format.md's Defaults tables (unit and source; the docs test
// keeps it in step with the code) and, for each tag of docs/calibration.md's
// source list it cites ("[cwz-2019]"), that source. Both pages are embedded
// in the program when it is built.

#include <string>
#include <vector>

namespace epd::gui {

struct DefaultSource {
  std::string unit;    // "beds", "mean duration"
  std::string source;  // "[cwz-2019]", "ESTIMATE", "no source"
  std::vector<std::string> references;  // "cwz-2019: CWZ key figures 2019, ..." for each tag cited
};

// "hospitals[0].downtime.x" -> "hospitals[].downtime.x": a field of any item.
std::string generic_path(const std::string& path);

// The row for a field of a scenario ("hospitals[0].wards.ward_beds",
// "components[2].restore"), or nullptr when the tables have none.
const DefaultSource* default_source(const std::string& field_path);

}  // namespace epd::gui

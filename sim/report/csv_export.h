#pragma once
// The exercise as tables for a spreadsheet (RFC 4180: comma-separated, CRLF
// line ends, fields quoted when they hold a comma, a quote or a line break).

#include <string>

#include "engine/exercise.h"

namespace epd::report {

// Every metric over time: header `t_min,t,<every metric id in registry
// order>`, then one row per sample of the time series (every 15 simulated
// minutes) before the end, and a last row at the end: the state the summary
// reports. A value that does not exist is an empty field.
// `hospital`: that hospital's values instead of the region's (-1).
std::string metrics_csv(const Exercise& exercise, int hospital = -1);

// Every inject, the scenario's in their order, then the ad-hoc ones:
// id,from,title,status,delivered_at_min,delivered_at,trigger. Status is
// pending, held, due, delivered or skipped; delivered_at is empty until it is
// delivered; the trigger of an ad-hoc inject reads "ad hoc".
std::string injects_csv(const Exercise& exercise);

// Where the inject list goes beside the metrics: OUT.csv -> OUT.injects.csv;
// any other name gets ".injects.csv" appended.
std::string injects_csv_path(const std::string& metrics_path);
// The same for any table beside OUT.csv: OUT.`what`.csv.
std::string sibling_csv_path(const std::string& path, const std::string& what);

}  // namespace epd::report

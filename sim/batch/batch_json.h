#pragma once
// A batch's two files (docs/batch.md):
// - runs.jsonl: every run's outcome, one JSON object a line after a header
//   line; what shards are merged from. Numbers are written in their shortest
//   exact form, so a run read back is the run that was played.
// - batch.json: the statistics (batch_stats.h), what the report reads.
// Neither holds a wall-clock time or anything in a person's language but the
// scenario's own names (in both languages), so the same batch gives the same
// bytes on any machine, with any number of threads.

#include <optional>
#include <string>

#include "batch/batch.h"
#include "batch/batch_stats.h"
#include "json/diagnostics.h"

namespace epd {

constexpr const char* kBatchRunsFormat = "EPD Drill batch runs";
constexpr const char* kBatchFormat = "EPD Drill batch";
// Version 2 gives each plan's title in two languages ({"en": ..., "nl": ...});
// version-1 files (one string) are still read.
constexpr int kBatchFormatVersion = 2;

// The runs file's text: the header line, then one line per run in seed order.
std::string runs_jsonl(const BatchRuns& runs);

struct BatchRunsLoad {
  std::optional<BatchRuns> runs;  // empty when there were problems
  json::Diagnostics problems;
};
// Reads a runs file written by runs_jsonl, checking every line against the
// header and the program's metrics ("file:line:column: field.path: message").
BatchRunsLoad read_runs_file(const std::string& path);

// batch.json's text.
std::string batch_json(const BatchStats& stats);

struct BatchStatsLoad {
  std::optional<BatchStats> stats;
  json::Diagnostics problems;
};
BatchStatsLoad read_batch_text(const std::string& text, const std::string& file);
BatchStatsLoad read_batch_file(const std::string& path);

}  // namespace epd

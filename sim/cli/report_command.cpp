// epd-drill report SAVE --format md|html|csv [-o OUT]: the after-action
// report and improvement plan of a save, or its metrics and injects as CSV,
// from the exercise replayed to the save's end.

#include <iostream>

#include "batch/batch_json.h"
#include "cli/commands.h"
#include "engine/normal_operation.h"
#include "io/text_file.h"
#include "json/checked_archive.h"
#include "json/document.h"
#include "report/batch_report.h"
#include "report/csv_export.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {
namespace {

// Whether the report may write `outputs`: none is the file reported on or
// a save compared with it. Checked for every output before any is written.
bool outputs_allowed(const std::vector<std::string>& outputs, const ReportOptions& options) {
  for (const std::string& path : outputs) {
    if (path.empty()) continue;
    if (same_path(path, options.save)) {
      std::cerr << "epd-drill report: " << fill(tr("{0} is the file reported on; choose another output file"), {path}) << "\n";
      return false;
    }
    if (output_clashes(path, options.compare, "epd-drill report") || output_taken(path, options.replace, "epd-drill report"))
      return false;
  }
  return true;
}

bool write_output(const std::string& path, const std::string& text) {
  return write_output_file(path, text, "epd-drill report");
}

// Warns when a save's replay does not reproduce it; the report shows the replay either way.
bool replay_matches(const std::string& save, const Replay& r) {
  if (!r.check.matches)
    std::cerr << save << ": "
              << fill(tr("warning: the replay differs from the save ({0}); the report shows the replayed exercise"),
                      {engine_message(r.check.message, &r.exercise.scenario())})
              << "\n";
  return r.check.matches;
}

// Whether `path` holds a batch's batch.json rather than a save.
bool is_batch_file(const std::string& path, std::string* text) {
  std::string error;
  auto read = read_text_file(path, &error);
  if (!read) return false;
  json::Diagnostics ignored;
  const json::ParsedDocument doc = json::parse(*read, path, ignored);
  // A batch file that does not parse (cut off, damaged) is still one when its
  // header says so: its problems are then a batch file's, not a save's.
  const bool batch = doc.ok() ? doc.root->is(json::Node::Kind::object) && json::file_kind(*doc.root) == "a batch file"
                              : read->find("\"EPD Drill batch\"") != std::string::npos;
  if (!batch) return false;
  *text = std::move(*read);
  return true;
}

// Whether `path` holds a batch's runs (runs.jsonl: one JSON object a line,
// the first its header), which a person may give for the batch.json.
bool is_runs_file(const std::string& path) {
  std::string error;
  const auto read = read_text_file(path, &error);
  return read && read->substr(0, read->find('\n')).find("\"EPD Drill batch runs\"") != std::string::npos;
}

// The report of a batch: its distributions, plans compared and fans.
int batch_report(const ReportOptions& options, const std::string& text) {
  if (!options.hospital.empty() || !options.compare.empty()) {
    std::cerr << "epd-drill report: "
              << tr("--hospital and --compare are for saves; a batch's report has every plan and the CSV every hospital") << "\n";
    return kExitUsage;
  }
  const BatchStatsLoad loaded = read_batch_text(text, options.save);
  if (!loaded.stats) {
    std::cerr << problems_text(loaded.problems);
    return kExitFailure;
  }
  const BatchStats& stats = *loaded.stats;
  if (options.format == "csv") {
    const std::string distributions = report::batch_distributions_csv(stats);
    if (options.output.empty()) {
      std::cout << distributions;
      return kExitOk;
    }
    const std::string comparisons = report::sibling_csv_path(options.output, "comparisons"),
                      series = report::sibling_csv_path(options.output, "series");
    if (!outputs_allowed({options.output, comparisons, series}, options)) return kExitFailure;
    const bool written = write_output(options.output, distributions) &&
                         write_output(comparisons, report::batch_comparisons_csv(stats)) &&
                         write_output(series, report::batch_series_csv(stats));
    return written ? kExitOk : kExitFailure;
  }
  const std::string out =
      options.format == "html" ? report::batch_report_html(stats) : report::batch_report_markdown(stats);
  if (options.output.empty()) {
    std::cout << out;
    return kExitOk;
  }
  return outputs_allowed({options.output}, options) && write_output(options.output, out) ? kExitOk : kExitFailure;
}

}  // namespace

int report(const ReportOptions& options) {
  if (std::string text; is_batch_file(options.save, &text)) return batch_report(options, text);
  if (is_runs_file(options.save)) {
    std::cerr << problem_line({options.save, {1, 1}, "", tr("this is a batch's runs file: report on the batch.json beside it")}) << "\n";
    return kExitFailure;
  }
  const SaveLoad loaded = load_save_file(options.save);
  if (!loaded.ok()) {
    std::cerr << problems_text(loaded.problems);
    return kExitFailure;
  }
  report::ReportScope scope;
  if (!find_hospital(*loaded.scenario, options.hospital, &scope.hospital, "epd-drill report")) return kExitUsage;
  // The files to write, checked before anything is replayed.
  const std::string injects = options.format == "csv" && !options.output.empty() ? report::injects_csv_path(options.output) : "";
  if (!options.output.empty() && !outputs_allowed({options.output, injects}, options)) return kExitFailure;
  // The saves compared, each replayed too.
  std::vector<SaveLoad> others;
  for (const std::string& path : options.compare) {
    others.push_back(load_save_file(path));
    if (!others.back().ok()) {
      std::cerr << problems_text(others.back().problems);
      return kExitFailure;
    }
  }
  const Replay r = replay_save(*loaded.save, loaded.scenario);
  int status = replay_matches(options.save, r) ? kExitOk : kExitFailure;
  std::vector<Replay> replays;
  replays.reserve(others.size());
  for (std::size_t i = 0; i < others.size(); ++i) {
    replays.push_back(replay_save(*others[i].save, others[i].scenario));
    if (!replay_matches(options.compare[i], replays.back())) status = kExitFailure;
    const Save& other = *others[i].save;
    const Scenario& theirs = *others[i].scenario;
    std::string title = other.title.empty() ? theirs.local(theirs.title) : other.local_title();
    if (other.until != loaded.save->until) {
      // Counts over another period are no comparison: said, and named in the column.
      std::cerr << options.compare[i] << ": "
                << fill(tr("warning: ends at {0}, {1} at {2}: its figures cover another period"),
                        {format_offset(other.until), options.save, format_offset(loaded.save->until)})
                << "\n";
      title += " " + fill(tr("(to {0})"), {format_offset(other.until)});
    }
    scope.compared.push_back({title, &replays.back().exercise});
  }

  if (options.format == "csv") {
    const std::string metrics = report::metrics_csv(r.exercise, scope.hospital);
    if (options.output.empty()) {
      std::cout << metrics;
      return status;
    }
    const bool written = write_output(options.output, metrics) && write_output(injects, report::injects_csv(r.exercise));
    return written ? status : kExitFailure;
  }
  // Normal operation to the same time: what the key figures are extra against (the CSVs hold this run alone).
  const Exercise normal = play_normal_operation(r.exercise);
  scope.normal = &normal;
  const std::string text = options.format == "html" ? report::report_html(*loaded.save, r.exercise, scope)
                                                    : report::report_markdown(*loaded.save, r.exercise, scope);
  if (options.output.empty()) {
    std::cout << text;
    return status;
  }
  return write_output(options.output, text) ? status : kExitFailure;
}

}  // namespace epd::cli

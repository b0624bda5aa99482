// epd-drill report SAVE --format md|html|csv [-o OUT]: the after-action
// report and improvement plan of a save, or its metrics and injects as CSV,
// from the exercise replayed to the save's end.

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "io/text_file.h"
#include "report/csv_export.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "save/replay.h"
#include "save/save_file.h"

namespace epd::cli {
namespace {

bool write_output(const std::string& path, const std::string& text, const std::string& save) {
  std::error_code ec;
  if (std::filesystem::equivalent(path, save, ec)) {
    std::cerr << "epd-drill report: " << path << " is the save itself; choose another output file\n";
    return false;
  }
  std::string error;
  if (write_file_atomic(path, text, &error)) return true;
  std::cerr << "epd-drill report: cannot write " << path << ": " << error << "\n";
  return false;
}

}  // namespace

int report(const ReportOptions& options) {
  const SaveLoad loaded = load_save_file(options.save);
  if (!loaded.ok()) {
    std::cerr << loaded.problems.format_all();
    return kExitFailure;
  }
  const Replay r = replay_save(*loaded.save, loaded.scenario);
  if (!r.check.matches)
    std::cerr << options.save << ": warning: the replay differs from the save (" << r.check.message
              << "); the report shows the replayed exercise\n";
  const int status = r.check.matches ? kExitOk : kExitFailure;

  if (options.format == "csv") {
    const std::string metrics = report::metrics_csv(r.exercise);
    if (options.output.empty()) {
      std::cout << metrics;
      return status;
    }
    const bool written = write_output(options.output, metrics, options.save) &&
                         write_output(report::injects_csv_path(options.output), report::injects_csv(r.exercise), options.save);
    return written ? status : kExitFailure;
  }
  const std::string text = options.format == "html" ? report::report_html(*loaded.save, r.exercise)
                                                    : report::report_markdown(*loaded.save, r.exercise);
  if (options.output.empty()) {
    std::cout << text;
    return status;
  }
  return write_output(options.output, text, options.save) ? status : kExitFailure;
}

}  // namespace epd::cli

#pragma once
// The report of a batch (batch.json): what many runs of a scenario came to
// under each plan, and how the plans compare on the same seeds. Markdown and
// one self-contained HTML page (fan charts as inline SVG) in the after-action
// report's look, and CSV for a spreadsheet. Both documents are laid out once
// (BatchLayout) and only written differently.

#include <string>

#include "batch/batch_stats.h"

namespace epd::report {

std::string batch_report_markdown(const BatchStats& stats);
std::string batch_report_html(const BatchStats& stats);

// Every plan's distribution of every metric, the region's and each
// hospital's, and each objective's share of runs met:
// plan,hospital,kind,id,n,mean,sd,median,p5,p25,p75,p95,min,max
// (hospital empty for the region; kind `metric` or `objective`: for an
// objective n is the runs and mean the share that met it).
std::string batch_distributions_csv(const BatchStats& stats);
// Each pair of plans: a,b,kind,id,n,mean_difference,sd,low95,high95 (b minus a).
std::string batch_comparisons_csv(const BatchStats& stats);
// The fans: plan,metric,t_min,t,p5,p25,median,p75,p95, one row per hour.
std::string batch_series_csv(const BatchStats& stats);

}  // namespace epd::report

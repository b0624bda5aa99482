// epd-drill msel SCENARIO [--plan PLAN] --format md|html|csv [-o OUT]: the
// master scenario events list of a scenario for a paper drill, from the
// scenario (and the plan) alone, without playing it.

#include <iostream>

#include "cli/commands.h"
#include "report/msel.h"
#include "report/msel_formats.h"
#include "text/language.h"

namespace epd::cli {

int msel(const MselOptions& options) {
  const ScenarioLoad scenario = read_scenario(options.scenario);
  if (!scenario.ok()) return kExitFailure;
  Plan plan;
  if (!read_plan(options.plan, *scenario.scenario, &plan)) return kExitFailure;
  const report::Msel m = report::gather_msel(*scenario.scenario, options.plan.empty() ? nullptr : &plan);
  const std::string text = options.format == "html"  ? report::msel_html(m)
                           : options.format == "csv" ? report::msel_csv(m)
                                                     : report::msel_markdown(m);
  if (options.output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  if (output_clashes(options.output, {options.scenario, options.plan}, "epd-drill msel") ||
      output_taken(options.output, options.replace, "epd-drill msel"))
    return kExitFailure;
  return write_output_file(options.output, text, "epd-drill msel") ? kExitOk : kExitFailure;
}

}  // namespace epd::cli

// epd-drill: the headless runner. Its words, options and exit codes are a
// contract that scripts depend on (docs/cli.md).

#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "cli/commands.h"
#include "core/seed.h"

int main(int argc, char** argv) {
  using namespace epd::cli;
  CLI::App app{"EPD Drill: rehearse an outage of the electronic patient record, offline.", "epd-drill"};
  app.require_subcommand(1);

  std::vector<std::string> files;
  CLI::App* validate_cmd = app.add_subcommand("validate", "Check scenario and plan files; one line per problem on stderr");
  validate_cmd->add_option("FILE", files, "Scenario files, or plans (NAME.plan.json, checked against NAME.json)")
      ->required();

  RunOptions run_options;
  CLI::App* run_cmd = app.add_subcommand("run", "Play a scenario headless: prints the timeline and the outcome table");
  run_cmd->add_option("SCENARIO", run_options.scenario, "The scenario file")->required();
  // Read as text: a negative or too large number would quietly become another seed.
  const CLI::Validator seed_check(
      [](std::string& s) { return epd::parse_seed(s) ? std::string() : "must be a whole number from 0 to 18446744073709551615, not " + s; },
      "SEED");
  std::string seed_text = "1";
  run_cmd->add_option("--seed", seed_text, "Random seed, a whole number 0 or more (default 1)")->check(seed_check);
  run_cmd->add_option("--plan", run_options.plan, "A plan of timed commands to submit (NAME.plan.json)");
  run_cmd->add_option("--until", run_options.until, "How long to run, e.g. 90m, 36h, 42d (default: the horizon)");
  run_cmd->add_option("--summary", run_options.summary, "Write the outcome as JSON to this file");
  run_cmd->add_option("--save", run_options.save, "Write a save of the run to this new file (replay, report, review)");
  run_cmd->add_option("--hospital", run_options.hospital,
                      "Print the outcome table of this hospital (its id) instead of the region's");
  run_cmd->add_flag("--quiet", run_options.quiet, "Print nothing but errors");

  ReplayOptions replay_options;
  CLI::App* replay_cmd = app.add_subcommand(
      "replay", "Play a save again and verify it: exit 1 naming the first command after which the state differs");
  replay_cmd->add_option("SAVE", replay_options.save, "The save file")->required();
  replay_cmd->add_option("--summary", replay_options.summary, "Write the replayed outcome as JSON to this file");
  replay_cmd->add_flag("--quiet", replay_options.quiet, "Print nothing but errors");

  ReportOptions report_options;
  CLI::App* report_cmd = app.add_subcommand(
      "report", "Write a save's after-action report and improvement plan (Markdown, HTML) or its data (CSV)");
  report_cmd->add_option("SAVE", report_options.save, "The save file")->required();
  report_cmd->add_option("--format", report_options.format, "md, html (one self-contained page) or csv")
      ->required()
      ->check(CLI::IsMember({"md", "html", "csv"}));
  report_cmd->add_option("--hospital", report_options.hospital,
                         "The key figures, curves and CSV of this hospital (its id) instead of the region's");
  report_cmd->add_option("--compare", report_options.compare,
                         "Another save to show side by side (a what-if, a variant of the scenario); repeatable");
  report_cmd->add_option("-o,--output", report_options.output,
                         "Write to this file instead of stdout; csv: OUT.csv gets the metrics over time and "
                         "OUT.injects.csv the injects");

  // A word where the command belongs that is no command: say so, not "a subcommand is required".
  if (argc > 1 && argv[1][0] != '-') {
    const std::string word = argv[1];
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands({})) known |= sub->get_name() == word;
    if (!known) {
      std::cerr << "epd-drill: unknown command '" << word << "'; expected one of: validate, run, replay, report "
                << "(epd-drill --help)\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  if (validate_cmd->parsed()) return validate(files);
  if (replay_cmd->parsed()) return replay(replay_options);
  if (report_cmd->parsed()) return report(report_options);
  run_options.seed = *epd::parse_seed(seed_text);
  return run(run_options);
}

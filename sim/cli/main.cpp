// epd-drill: the headless runner. Its words, options and exit codes are a
// contract that scripts depend on (docs/cli.md).

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <limits>
#include <new>
#include <optional>
#include <string>

#include "batch/batch.h"
#include "cli/cli_language.h"
#include "cli/commands.h"
#include "core/seed.h"
#include "text/language.h"

namespace {

// The language of everything the program prints, from --lang (anywhere on
// the command line: before or after the command) or else the locale. It is
// set before anything is printed, also before the command line is parsed, so
// that every message, the help included, is in that language. An empty
// optional: --lang names no language we speak (the message is printed).
std::optional<epd::Lang> language_from(int argc, char** argv) {
  const std::optional<std::string> asked = epd::cli::asked_language(argc, argv);
  const epd::Lang fallback = epd::lang_from_environment();
  if (!asked) return fallback;
  if (const auto lang = epd::parse_lang(*asked)) return lang;
  epd::set_language(fallback);
  std::cerr << epd::fill(epd::tr("epd-drill: --lang: '{0}' is not a language of this program; use nl (Nederlands) or en (English)"),
                         {*asked})
            << "\n";
  return std::nullopt;
}

// The first word that is no option and no option's value: the command.
const char* command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--lang") {
      ++i;
      continue;
    }
    if (arg.rfind("-", 0) == 0) continue;
    return argv[i];
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace epd::cli;
  using epd::fill;
  using epd::tr;
  const std::optional<epd::Lang> lang = language_from(argc, argv);
  if (!lang) return kExitUsage;
  epd::set_language(*lang);

  CLI::App app{tr("EPD Drill: rehearse an outage of the electronic patient record, offline."), "epd-drill"};
  speak_language(app);
  app.require_subcommand(1);
  app.set_version_flag("--version", "EPD Drill " EPD_DRILL_VERSION, tr("Print the program's version and exit"));
  // --lang may come after the command too ("epd-drill report X --lang nl").
  app.fallthrough();
  std::string lang_text;
  app.add_option("--lang", lang_text,
                 tr("The language of the output: nl (Nederlands) or en (English); default: the locale's (LC_ALL, LC_MESSAGES, LANG)"))
      ->type_name("nl|en");

  std::vector<std::string> files;
  std::vector<std::string> plans;
  CLI::App* validate_cmd =
      app.add_subcommand("validate", tr("Check scenario and plan files; one line per problem on stderr"));
  validate_cmd->add_option("FILE", files, tr("Scenario files, or plans (NAME.plan.json, checked against NAME.json)"))
      ->required();
  validate_cmd->add_option("--plan", plans,
                           tr("A plan to check against the one scenario given, whatever its name; repeatable"));

  RunOptions run_options;
  CLI::App* run_cmd = app.add_subcommand("run", tr("Play a scenario headless: prints the timeline and the outcome table"));
  run_cmd->add_option("SCENARIO", run_options.scenario, tr("The scenario file"))->required();
  const CLI::Validator seed_check = epd::cli::seed_check();
  std::string seed_text = "1";
  run_cmd->add_option("--seed", seed_text, tr("Random seed, a whole number 0 or more (default 1)"))->check(seed_check)->type_name("SEED");
  run_cmd->add_option("--plan", run_options.plan, tr("A plan of timed commands to submit (NAME.plan.json)"));
  run_cmd->add_option("--until", run_options.until, tr("How long to run, e.g. 90m, 36h, 42d (default: the horizon)"));
  run_cmd->add_option("--summary", run_options.summary, tr("Write the outcome as JSON to this file"));
  run_cmd->add_option("--save", run_options.save,
                      tr("Write a save of the run to this new file (replay, report, review)"));
  run_cmd->add_option("--hospital", run_options.hospital,
                      tr("Print the outcome table of this hospital (its id) instead of the region's"));
  run_cmd->add_flag("--replace", run_options.replace, tr("Replace a --summary file that exists (a --save never replaces)"));
  run_cmd->add_flag("--quiet", run_options.quiet, tr("Print nothing but errors"));

  const char* replace_help = tr("Replace output files that exist (without it an existing file is refused)");
  ReplayOptions replay_options;
  CLI::App* replay_cmd = app.add_subcommand(
      "replay", tr("Play a save again and verify it: exit 1 naming the first command after which the state differs"));
  replay_cmd->add_option("SAVE", replay_options.save, tr("The save file"))->required();
  replay_cmd->add_option("--summary", replay_options.summary, tr("Write the replayed outcome as JSON to this file"));
  replay_cmd->add_flag("--replace", replay_options.replace, replace_help);
  replay_cmd->add_flag("--quiet", replay_options.quiet, tr("Print nothing but errors"));

  ReportOptions report_options;
  CLI::App* report_cmd = app.add_subcommand(
      "report", tr("Write a save's after-action report and improvement plan (Markdown, HTML) or its data (CSV); or a batch's report"));
  report_cmd->add_option("SAVE", report_options.save, tr("The save file, or a batch's batch.json (epd-drill batch)"))->required();
  report_cmd->add_option("--format", report_options.format, tr("md, html (one self-contained page) or csv"))
      ->required()
      ->check(CLI::IsMember({"md", "html", "csv"}).description(""))->type_name("md|html|csv");
  report_cmd->add_option("--hospital", report_options.hospital,
                         tr("The key figures, curves and CSV of this hospital (its id) instead of the region's"));
  report_cmd->add_option("--compare", report_options.compare,
                         tr("Another save to show side by side (a what-if, a variant of the scenario); repeatable"));
  report_cmd->add_option("-o,--output", report_options.output,
                         tr("Write to this file instead of stdout; csv: OUT.csv gets the metrics over time and OUT.injects.csv the injects"));
  report_cmd->add_flag("--replace", report_options.replace, replace_help);
  std::string schema_output;
  CLI::App* schema_cmd = app.add_subcommand(
      "schema", tr("Write the JSON Schema of scenario files, for an editor that checks a scenario while you type"));
  schema_cmd->add_option("-o,--output", schema_output,
                         tr("Write to this file instead of stdout, e.g. beside your scenarios"));
  bool schema_replace = false;
  schema_cmd->add_flag("--replace", schema_replace, replace_help);
  MselOptions msel_options;
  CLI::App* msel_cmd = app.add_subcommand(
      "msel", tr("Write a scenario's master scenario events list (MSEL) for a paper drill: Markdown, HTML or CSV"));
  msel_cmd->add_option("SCENARIO", msel_options.scenario, tr("The scenario file"))->required();
  msel_cmd->add_option("--plan", msel_options.plan,
                       tr("A plan (NAME.plan.json): its decisions beside the injects they answer and the deadlines they meet"));
  msel_cmd->add_option("--format", msel_options.format, tr("md, html (one self-contained page) or csv"))
      ->required()
      ->check(CLI::IsMember({"md", "html", "csv"}).description(""))->type_name("md|html|csv");
  msel_cmd->add_option("-o,--output", msel_options.output, tr("Write to this file instead of stdout"));
  msel_cmd->add_flag("--replace", msel_options.replace, replace_help);
  std::string export_scenario, export_output;
  CLI::App* export_cmd = app.add_subcommand(
      "export", tr("Write a scenario and the plans beside it as one file to share (NAME.bundle.json)"));
  export_cmd->add_option("SCENARIO", export_scenario, tr("The scenario file; its plans are NAME.plan.json and NAME.*.plan.json beside it"))
      ->required();
  export_cmd->add_option("-o,--output", export_output, tr("The bundle file to write (never over an existing file)"));
  std::string import_file, import_folder = ".";
  bool import_replace = false;
  CLI::App* import_cmd =
      app.add_subcommand("import", tr("Write the scenario and plans of a bundle into a folder, after checking them"));
  import_cmd->add_option("BUNDLE", import_file, tr("The bundle file (NAME.bundle.json)"))->required();
  import_cmd->add_option("--into", import_folder, tr("The folder to write into (default: the current folder)"));
  import_cmd->add_flag("--replace", import_replace, tr("Replace files that exist with other content"));

  BatchOptions batch_options;
  CLI::App* batch_cmd = app.add_subcommand(
      "batch", tr("Play a scenario over many seeds for each plan, on several threads: DIR/batch.json with the distributions and the plans compared"));
  batch_cmd->add_option("SCENARIO", batch_options.scenario, tr("The scenario file"))->required();
  // A whole number from 1 to `most`, said as "1 or more" or "from 1 to `most`".
  const auto from_one_to = [](std::uint64_t most, const char* must) {
    return CLI::Validator(
        [most, must](std::string& s) {
          const auto n = epd::parse_seed(s);
          return n && *n > 0 && *n <= most ? std::string() : fill(tr(must), {s});
        },
        "");
  };
  const CLI::Validator count_check =
      from_one_to(std::numeric_limits<std::uint64_t>::max(), epd::tr_later("must be a whole number 1 or more, not {0}"));
  const CLI::Validator runs_check =
      from_one_to(epd::kMostBatchRuns, epd::tr_later("must be a whole number from 1 to 1000000, not {0}"));
  std::string runs_text, first_seed_text = "1", jobs_text;
  batch_cmd->add_option("--runs", runs_text, tr("How many seeds each plan is played on"))->required()->check(runs_check)->type_name("N");
  batch_cmd->add_option("--first-seed", first_seed_text, tr("The first seed; the others follow it (default 1)"))
      ->check(seed_check)->type_name("SEED");
  batch_cmd->add_option("--plan", batch_options.plans,
                        tr("A plan (NAME.plan.json) played on the same seeds as the others; repeatable"));
  batch_cmd->add_flag("--no-baseline", batch_options.no_baseline,
                      tr("Leave out the baseline \"no response\" (then give at least one --plan)"));
  batch_cmd->add_flag("--normal", batch_options.normal,
                      tr("Add normal operation (the same scenario without the outage) first: every plan is compared with it"));
  batch_cmd->add_option("--until", batch_options.until, tr("How long to run, e.g. 90m, 36h, 42d (default: the horizon)"));
  batch_cmd->add_option("--jobs", jobs_text, tr("Threads to run on (default: the machine's cores)"))->check(count_check)->type_name("N");
  batch_cmd->add_option("--shard", batch_options.shard,
                        tr("K/N: run only the K-th of N slices of the seeds, to merge later (epd-drill merge)"));
  batch_cmd->add_option("--out", batch_options.out,
                        tr("The folder for runs.jsonl and batch.json (default: SCENARIO-ID.batch)"));
  batch_cmd->add_flag("--replace", batch_options.replace, tr("Replace a batch already in the --out folder"));
  batch_cmd->add_flag("--quiet", batch_options.quiet, tr("Print nothing but errors (no progress bar)"));

  std::vector<std::string> merge_dirs;
  std::string merge_out;
  CLI::App* merge_cmd = app.add_subcommand(
      "merge", tr("Combine the shards of one batch (batch --shard K/N) into the batch an unsharded run writes"));
  merge_cmd->add_option("DIR", merge_dirs, tr("The shards' folders (each with its runs.jsonl)"))->required();
  merge_cmd->add_option("--out", merge_out, tr("The folder for the merged runs.jsonl and batch.json"))->required();
  bool merge_replace = false;
  merge_cmd->add_flag("--replace", merge_replace, tr("Replace a batch already in the --out folder"));

  for (CLI::App* sub : {validate_cmd, run_cmd, replay_cmd, report_cmd, schema_cmd, msel_cmd, export_cmd, import_cmd, batch_cmd,
                        merge_cmd}) {
    sub->group(tr("Commands"));
    sub->set_help_flag("-h,--help", tr("Print this help message and exit"));  // in the group of their options
  }

  // A word where the command belongs that is no command: say so, not "a subcommand is required".
  if (const char* word = command_word(argc, argv)) {
    bool known = false;
    std::string commands;
    for (const CLI::App* sub : app.get_subcommands({})) {
      known |= sub->get_name() == word;
      commands += (commands.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      std::cerr << fill(tr("epd-drill: unknown command '{0}'; expected one of: {1} (epd-drill --help)"), {word, commands})
                << "\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  // A valid file may ask for more memory than the machine has (validate warns
  // of it): say so and stop; no file is half written (writes are atomic).
  try {
    if (validate_cmd->parsed()) return validate(files, plans);
    if (schema_cmd->parsed()) return schema(schema_output, schema_replace);
    if (replay_cmd->parsed()) return replay(replay_options);
    if (report_cmd->parsed()) return report(report_options);
    if (msel_cmd->parsed()) return msel(msel_options);
    if (export_cmd->parsed()) return export_bundle(export_scenario, export_output);
    if (import_cmd->parsed()) return import_bundle(import_file, import_folder, import_replace);
    if (merge_cmd->parsed()) return merge(merge_dirs, merge_out, merge_replace);
    if (batch_cmd->parsed()) {
      batch_options.runs = *epd::parse_seed(runs_text);
      batch_options.first_seed = *epd::parse_seed(first_seed_text);
      if (!jobs_text.empty()) batch_options.jobs = static_cast<unsigned>(std::min<std::uint64_t>(*epd::parse_seed(jobs_text), 1024));
      return batch(batch_options);
    }
    run_options.seed = *epd::parse_seed(seed_text);
    return run(run_options);
  } catch (const std::bad_alloc&) {
    std::cerr << "epd-drill: "
              << tr("out of memory: this machine could not give the run the memory it needs; choose fewer hospitals or a shorter horizon (epd-drill validate warns of a scenario that keeps more than 1 GB of measurements), or play a batch with fewer runs or jobs")
              << "\n";
    return kExitFailure;
  }
}

// epd-drill batch SCENARIO --runs N [--first-seed S] [--plan PLAN]... [--no-baseline] [--normal]
//                          [--until D] [--jobs J] [--shard K/N] [--out DIR] [--quiet]
// epd-drill merge DIR... --out DIR
// Many seeds of a scenario for each plan, on several threads; shards of one
// batch run anywhere and merged. docs/batch.md.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <limits>
#include <thread>

#include "batch/batch.h"
#include "batch/batch_json.h"
#include "batch/batch_stats.h"
#include "cli/commands.h"
#include "core/sha256.h"
#include "engine/normal_operation.h"
#include "io/text_file.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {
namespace {

// Ctrl+C: the batch stops handing out runs and writes what it has; a second
// Ctrl+C ends the program at once.
volatile std::sig_atomic_t interrupted = 0;
extern "C" void on_interrupt(int) {
  interrupted = 1;
  std::signal(SIGINT, SIG_DFL);
}

// "team-a.plan.json" -> "team-a".
std::string plan_id(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  for (const char* suffix : {".plan.json", ".json"})
    if (name.size() > std::string(suffix).size() && name.compare(name.size() - std::string(suffix).size(), std::string::npos, suffix) == 0)
      return name.substr(0, name.size() - std::string(suffix).size());
  return name;
}

// A folder to write the batch into, made if it is not there.
bool make_folder(const std::string& dir, const char* who) {
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
    std::cerr << who << ": --out: " << fill(tr("{0} is a file, not a folder; choose another name"), {dir}) << "\n";
    return false;
  }
  std::filesystem::create_directories(dir, ec);
  if (!ec) return true;
  std::cerr << who << ": --out: " << fill(tr("cannot make the folder {0}: {1}"), {dir, ec.message()}) << "\n";
  return false;
}

std::string in_folder(const std::string& dir, const char* name) { return (std::filesystem::path(dir) / name).string(); }

// The runs and their statistics, each file atomically.
bool write_batch(const std::string& dir, const BatchRuns& runs, const char* who) {
  return write_output_file(in_folder(dir, "runs.jsonl"), runs_jsonl(runs), who) &&
         write_output_file(in_folder(dir, "batch.json"), batch_json(batch_stats(runs)), who);
}

void draw_progress(std::size_t done, std::size_t total) {
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = total ? done * kWidth / total : kWidth;
  std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] "
            << fill(tr("{0} of {1} runs"), {std::to_string(done), std::to_string(total)}) << std::flush;
}

}  // namespace

int batch(const BatchOptions& options) {
  const char* who = "epd-drill batch";
  const ScenarioLoad scenario = read_scenario(options.scenario);
  if (!scenario.ok()) return kExitFailure;
  auto spec = std::make_shared<BatchSpec>();
  spec->scenario = scenario.scenario;
  spec->scenario_sha256 = sha256_hex(scenario.text);
  spec->first_seed = options.first_seed;
  spec->runs = options.runs;
  if (!read_until(options.until, *scenario.scenario, who, &spec->until)) return kExitUsage;
  if (options.runs - 1 > std::numeric_limits<std::uint64_t>::max() - options.first_seed) {
    std::cerr << who << ": " << tr("--first-seed plus --runs goes past the largest seed, 18446744073709551615") << "\n";
    return kExitUsage;
  }
  if (!options.shard.empty()) {
    if (!parse_shard(options.shard, &spec->shard)) {
      std::cerr << who << ": --shard: "
                << fill(tr("expected K/N, the K-th of N slices (1 <= K <= N), e.g. 2/8; not '{0}'"), {options.shard}) << "\n";
      return kExitUsage;
    }
    if (spec->shard.count > options.runs) {
      std::cerr << who << ": --shard: "
                << fill(tr("{0} slices of {1} runs would leave some empty: use at most {1} slices"),
                        {std::to_string(spec->shard.count), std::to_string(options.runs)})
                << "\n";
      return kExitUsage;
    }
  }
  if (options.no_baseline && options.plans.empty()) {
    std::cerr << who << ": " << tr("--no-baseline needs at least one --plan") << "\n";
    return kExitUsage;
  }
  // Normal operation first: each plan's paired difference with it is what the outage cost.
  if (options.normal)
    spec->plans.push_back({kNormalOperationId, "", "", Plan{},
                           std::make_shared<const Scenario>(normal_operation_of(*scenario.scenario))});
  if (!options.no_baseline) spec->plans.push_back({kNoResponseId, "", "", Plan{}, nullptr});
  for (const std::string& path : options.plans) {
    BatchPlan p;
    if (!read_plan(path, *scenario.scenario, &p.plan)) return kExitFailure;
    p.id = plan_id(path);
    if (p.id == kNoResponseId || p.id == kNormalOperationId) {  // the report would take it for the built-in one
      std::cerr << who << ": --plan: "
                << fill(tr("a plan cannot be called '{0}' (by its file name): that is the built-in baseline's name; rename the file"), {p.id})
                << "\n";
      return kExitUsage;
    }
    p.title = p.plan.title;
    std::string error;
    p.sha256 = sha256_hex(read_text_file(path, &error).value_or(""));
    for (const BatchPlan& q : spec->plans)
      if (q.id == p.id) {
        std::cerr << who << ": --plan: "
                  << fill(tr("two plans are called '{0}' (by their file names); give each plan once, under a name of its own"), {p.id})
                  << "\n";
        return kExitUsage;
      }
    spec->plans.push_back(std::move(p));
  }
  const std::string out = options.out.empty() ? file_name_part(scenario.scenario->id) + ".batch" : options.out;
  std::vector<std::string> inputs = options.plans;
  inputs.push_back(options.scenario);
  for (const char* name : {"runs.jsonl", "batch.json"})
    if (output_clashes(in_folder(out, name), inputs, who) || output_taken(in_folder(out, name), options.replace, who))
      return kExitFailure;
  if (!make_folder(out, who)) return kExitFailure;

  // The wall clock only times the batch for the person waiting; it never reaches a result.
  const auto started = std::chrono::steady_clock::now();
  const bool progress = !options.quiet && isatty(STDERR_FILENO);
  interrupted = 0;
  const auto previous = std::signal(SIGINT, on_interrupt);
  BatchRuns runs;
  {
    BatchRunner runner(spec, options.jobs ? options.jobs : default_jobs());
    bool told = false;
    for (int tick = 0; !runner.finished(); ++tick) {
      if (interrupted && !told) {
        runner.cancel();
        told = true;
        std::cerr << (progress ? "\n" : "") << who << ": "
                  << tr("interrupted: finishing the runs under way, then writing the seeds done (Ctrl+C again to stop at once)")
                  << "\n";
      }
      if (progress && tick % 5 == 0) draw_progress(runner.done(), runner.total());
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (progress) {
      draw_progress(runner.done(), runner.total());
      std::cerr << "\n";
    }
    runs = runner.wait();
  }
  std::signal(SIGINT, previous);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!write_batch(out, runs, who)) return kExitFailure;
  const auto [first, last] = shard_range(spec->shard, spec->runs);
  if (runs.partial) {  // interrupted, or a run found no memory
    const char* why = runs.out_of_memory
                          ? tr("{0} is partial: {1} of {2} seeds were finished before memory ran out; play fewer runs or jobs at once (--runs, --jobs) or for less time (--until)")
                          : tr("{0} is partial: {1} of {2} seeds were finished before the interruption");
    std::cerr << who << ": " << fill(why, {in_folder(out, "batch.json"), std::to_string(runs.seeds()), std::to_string(last - first)})
              << "\n";
    return kExitFailure;
  }
  if (!options.quiet) {
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", seconds);
    std::cout << fill(tr("{0}: {1} seeds x {2} plans in {3} s"),
                      {in_folder(out, "batch.json"), std::to_string(runs.seeds()), std::to_string(spec->plans.size()), took})
              << "\n";
  }
  return kExitOk;
}

int merge(const std::vector<std::string>& dirs, const std::string& out, bool replace) {
  const char* who = "epd-drill merge";
  std::vector<BatchRuns> shards;
  std::vector<std::string> files;
  bool readable = true;
  for (const std::string& dir : dirs) {
    files.push_back(in_folder(dir, "runs.jsonl"));
    BatchRunsLoad loaded = read_runs_file(files.back());
    if (!loaded.runs) {
      std::cerr << problems_text(loaded.problems);
      readable = false;
      continue;
    }
    shards.push_back(std::move(*loaded.runs));
  }
  if (!readable) return kExitFailure;
  for (const std::string& dir : dirs)
    if (same_path(out, dir)) {
      std::cerr << who << ": --out: " << fill(tr("{0} is one of the folders merged; choose another folder"), {out}) << "\n";
      return kExitFailure;
    }
  for (const char* name : {"runs.jsonl", "batch.json"})
    if (output_taken(in_folder(out, name), replace, who)) return kExitFailure;

  // Every shard must be a slice of the same batch.
  const BatchHeader& a = shards.front().header;
  bool same = true;
  const auto differs = [&](std::size_t i, const char* field, const std::string& theirs, const std::string& ours) {
    std::cerr << problem_line({files[i], {1, 1}, field,
                               fill(tr("{0} here, {1} in {2}: not a shard of the same batch"), {theirs, ours, files[0]})})
              << "\n";
    same = false;
  };
  for (std::size_t i = 1; i < shards.size(); ++i) {
    const BatchHeader& b = shards[i].header;
    if (b.scenario != a.scenario) differs(i, "scenario", b.scenario, a.scenario);
    else if (b.scenario_sha256 != a.scenario_sha256)
      differs(i, "scenario_sha256", b.scenario_sha256.substr(0, 12), a.scenario_sha256.substr(0, 12));
    if (b.until != a.until) differs(i, "until_min", std::to_string(b.until), std::to_string(a.until));
    if (b.first_seed != a.first_seed) differs(i, "first_seed", std::to_string(b.first_seed), std::to_string(a.first_seed));
    if (b.runs != a.runs) differs(i, "runs", std::to_string(b.runs), std::to_string(a.runs));
    if (b.shard.count != a.shard.count) differs(i, "shard", to_string(b.shard), to_string(a.shard));
    if (!(b.plans == a.plans)) {
      std::string theirs, ours;
      for (const auto& p : b.plans) theirs += (theirs.empty() ? "" : ", ") + p.id;
      for (const auto& p : a.plans) ours += (ours.empty() ? "" : ", ") + p.id;
      differs(i, "plans", "[" + theirs + "]", "[" + ours + "]");
    }
  }
  if (!same) return kExitFailure;

  // Every seed once, with a run of every plan.
  struct Owned {
    const RunResult* run;
    std::size_t shard;
  };
  std::vector<Owned> all;
  for (std::size_t i = 0; i < shards.size(); ++i)
    for (const RunResult& r : shards[i].results) all.push_back({&r, i});
  std::sort(all.begin(), all.end(), [](const Owned& x, const Owned& y) {
    return x.run->seed != y.run->seed ? x.run->seed < y.run->seed : x.run->plan < y.run->plan;
  });
  const std::size_t plans = a.plans.size();
  BatchRuns merged;
  merged.header = a;
  merged.header.shard = Shard{};
  for (std::size_t i = 0; i < all.size(); ++i) {
    const RunResult& r = *all[i].run;
    if (i > 0 && all[i - 1].run->seed == r.seed && all[i - 1].run->plan == r.plan) {
      std::cerr << problem_line({files[all[i].shard], {1, 1}, "",
                                 fill(tr("seed {0} is also in {1}: the shards overlap (a shard given twice, or shards of another split)"),
                                      {std::to_string(r.seed), files[all[i - 1].shard]})})
                << "\n";
      return kExitFailure;
    }
    merged.results.push_back(r);
  }
  // The runs in order are seed first_seed + i / plans, plan i % plans: the first that is not names the gap.
  std::size_t i = 0;
  while (i < merged.results.size() && i < a.runs * plans && merged.results[i].seed == a.first_seed + i / plans &&
         merged.results[i].plan == i % plans)
    ++i;
  if (i < a.runs * plans || merged.results.size() != a.runs * plans) {
    std::string partial;
    for (std::size_t k = 0; k < shards.size(); ++k)
      if (shards[k].partial) partial += fill(tr("; {0} is partial (interrupted): run it again"), {files[k]});
    const std::uint64_t seed = a.first_seed + i / plans;
    std::cerr << who << ": "
              << (i < a.runs * plans
                      ? fill(tr("seed {0} is in no shard given: give every shard of the batch ({1} runs from seed {2}, {3} slices){4}"),
                             {std::to_string(seed), std::to_string(a.runs), std::to_string(a.first_seed),
                              std::to_string(a.shard.count), partial})
                      : fill(tr("seed {0} is not one of the batch's {1} runs from seed {2}"),
                             {std::to_string(merged.results[i].seed), std::to_string(a.runs), std::to_string(a.first_seed)}))
              << "\n";
    return kExitFailure;
  }
  if (!make_folder(out, who) || !write_batch(out, merged, who)) return kExitFailure;
  std::cout << fill(tr("{0}: {1} seeds x {2} plans from {3} shards"),
                    {in_folder(out, "batch.json"), std::to_string(merged.seeds()), std::to_string(plans),
                     std::to_string(shards.size())})
            << "\n";
  return kExitOk;
}

}  // namespace epd::cli

// A batch of the flagship: N runs of 42 simulated days on J threads, timed in
// its parts (the runs; the statistics; writing runs.jsonl and batch.json),
// with the memory each run's kept outcome takes and the files' sizes.
// Usage: batch_bench [--runs 1000] [--jobs 2] [--baseline]

#include <chrono>
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "batch/batch.h"
#include "batch/batch_json.h"
#include "batch/batch_stats.h"
#include "bench_support.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmark: a batch of flagship runs (42 simulated days each)", "batch_bench"};
  std::uint64_t runs = 1000;
  unsigned jobs = 2;
  bool baseline = false;
  std::string scenario_file = std::string(EPD_SOURCE_DIR) + "/scenarios/vendor-cloud-ransomware.json";
  std::string plan_file = std::string(EPD_SOURCE_DIR) + "/scenarios/vendor-cloud-ransomware.plan.json";
  app.add_option("--runs", runs, "Seeds (runs of the plan)");
  app.add_option("--jobs", jobs, "Threads");
  app.add_flag("--baseline", baseline, "Also play no response on every seed (twice the runs)");
  app.add_option("--scenario", scenario_file, "Scenario file");
  app.add_option("--plan", plan_file, "Plan file");
  CLI11_PARSE(app, argc, argv);

  const auto started = std::chrono::steady_clock::now();
  const auto loaded = epd::bench::load_scenario_and_plan(scenario_file, plan_file);
  if (!loaded) return 1;
  auto spec = std::make_shared<epd::BatchSpec>();
  spec->scenario = loaded->scenario;
  spec->scenario_sha256 = "bench";
  if (baseline) spec->plans.push_back({epd::kNoResponseId, "", "", epd::Plan{}, nullptr});
  spec->plans.push_back({"reference", loaded->plan.title, "bench", loaded->plan, nullptr});
  spec->runs = runs;
  spec->until = loaded->scenario->horizon.minutes;
  const double load_s = seconds_since(started);

  const auto run_start = std::chrono::steady_clock::now();
  const epd::BatchRuns batch = epd::BatchRunner(spec, jobs).wait();
  const double run_s = seconds_since(run_start);
  const long rss_after_runs = epd::bench::peak_rss_kib();

  std::size_t kept = 0;
  for (const epd::RunResult& r : batch.results)
    kept += sizeof r + r.metrics.capacity() * sizeof(double) + r.hospitals.capacity() * sizeof(double) +
            r.objectives.capacity() * sizeof(epd::ObjectiveStatus) + r.series.capacity() * sizeof(float);

  const auto stats_start = std::chrono::steady_clock::now();
  const epd::BatchStats stats = epd::batch_stats(batch);
  const double stats_s = seconds_since(stats_start);
  const auto write_start = std::chrono::steady_clock::now();
  const std::string runs_text = epd::runs_jsonl(batch);
  const std::string batch_text = epd::batch_json(stats);
  const double write_s = seconds_since(write_start);

  std::printf("%zu runs of %s (%s, %.0f days) on %u threads\n", batch.results.size(), loaded->scenario->id.c_str(),
              baseline ? "reference plan and no response" : "reference plan", spec->until / 1440.0, jobs);
  std::printf("  load scenario and plan   %8.3f s\n", load_s);
  std::printf("  runs                     %8.3f s  (%.1f ms per run per thread)\n", run_s,
              1000.0 * run_s * jobs / static_cast<double>(batch.results.size()));
  std::printf("  statistics               %8.3f s\n", stats_s);
  std::printf("  runs.jsonl + batch.json  %8.3f s  (texts in memory; the CLI writes them atomically)\n", write_s);
  std::printf("  total                    %8.3f s\n", seconds_since(started));
  std::printf("  kept per run             %8.1f KiB (%zu KiB for all)\n", kept / 1024.0 / static_cast<double>(batch.results.size()),
              kept / 1024);
  std::printf("  runs.jsonl               %8.1f MiB (%.1f KiB per run)\n", runs_text.size() / 1048576.0,
              runs_text.size() / 1024.0 / static_cast<double>(batch.results.size()));
  std::printf("  batch.json               %8.1f KiB\n", batch_text.size() / 1024.0);
  std::printf("  peak memory              %8.1f MiB (after the runs: %.1f MiB)\n", epd::bench::peak_rss_kib() / 1024.0,
              rss_after_runs / 1024.0);
  return 0;
}

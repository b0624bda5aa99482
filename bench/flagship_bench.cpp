// Runs the flagship scenario for its 42 simulated days, with the reference
// plan and with no response, and reports events per second, wall time and
// peak memory. Usage: flagship_bench [--repeat N] [--scenario FILE --plan FILE]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench_support.h"
#include "engine/run_plan.h"

namespace {

struct Timing {
  double wall_ms = 0;
  std::uint64_t events = 0;
};

Timing run_once(const std::shared_ptr<const epd::Scenario>& scenario, const epd::Plan& plan, std::uint64_t seed) {
  const auto start = std::chrono::steady_clock::now();
  epd::Exercise exercise(scenario, seed);
  epd::run_plan_until(exercise, plan, exercise.horizon());
  const auto end = std::chrono::steady_clock::now();
  return {std::chrono::duration<double, std::milli>(end - start).count(), exercise.events_processed()};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmark: the flagship scenario over 42 simulated days", "flagship_bench"};
  int repeat = 5;
  std::string scenario_file = std::string(EPD_SOURCE_DIR) + "/scenarios/vendor-cloud-ransomware.json";
  std::string plan_file = std::string(EPD_SOURCE_DIR) + "/scenarios/vendor-cloud-ransomware.plan.json";
  app.add_option("--repeat", repeat, "Runs per case (the median is reported)")->check(CLI::Range(1, 1000));
  app.add_option("--scenario", scenario_file, "Scenario file");
  app.add_option("--plan", plan_file, "Plan file for the 'plan' case");
  CLI11_PARSE(app, argc, argv);

  const auto loaded = epd::bench::load_scenario_and_plan(scenario_file, plan_file);
  if (!loaded) return 1;
  std::printf("%-12s %6s %12s %10s %14s\n", "case", "runs", "events", "wall_ms", "events_per_s");
  const std::pair<const char*, epd::Plan> cases[] = {{"plan", loaded->plan}, {"no-response", epd::Plan{}}};
  for (const auto& [name, p] : cases) {
    std::vector<Timing> runs;
    for (int i = 0; i < repeat; ++i) runs.push_back(run_once(loaded->scenario, p, 1));
    std::sort(runs.begin(), runs.end(), [](const Timing& a, const Timing& b) { return a.wall_ms < b.wall_ms; });
    const Timing& median = runs[runs.size() / 2];
    std::printf("%-12s %6d %12llu %10.1f %14.0f\n", name, repeat, static_cast<unsigned long long>(median.events),
                median.wall_ms, static_cast<double>(median.events) / (median.wall_ms / 1000.0));
  }
  std::printf("peak memory: %.1f MiB (maximum resident set size)\n", static_cast<double>(epd::bench::peak_rss_kib()) / 1024.0);
  return 0;
}

// Regions: how the engine's cost grows with the number of hospitals, and the
// national scenario's wall time and memory.
//
//   region_bench [--repeat N] [--sizes 1,10,30,69] [--national-only | --scaling-only]
//
// Scaling: the flagship's hospital N times over (one shared vendor cloud, the
// flagship's injects, no response) for 42 days; the cost per hospital should
// stay flat as N grows. National: scenarios/national-vendor-outage.json with
// its reference plan. Every case runs in a child process of its own, so its
// peak memory is its own; the fastest of N runs is reported (the machine's
// noise only ever adds time) beside the median.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "engine/run_plan.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"

namespace {

struct Result {
  double wall_ms = 0;
  double events = 0;
  double peak_mib = 0;
};

// Runs `work` in a child process; its wall time, events and peak memory.
template <class Work>
Result in_child(Work work) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const auto start = std::chrono::steady_clock::now();
    const double events = work();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double out[2] = {ms, events};
    if (write(fds[1], out, sizeof out) != static_cast<ssize_t>(sizeof out)) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  double in[2] = {0, 0};
  const bool got = read(fds[0], in, sizeof in) == static_cast<ssize_t>(sizeof in);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  if (!got) return {};
  return {in[0], in[1], static_cast<double>(usage.ru_maxrss) / 1024.0};
}

// The fastest and the median of `repeat` runs (peak memory: the largest).
std::pair<Result, Result> measure(int repeat, const std::function<double()>& work) {
  std::vector<Result> runs(static_cast<std::size_t>(std::max(repeat, 1)));
  for (Result& r : runs) r = in_child(work);
  std::sort(runs.begin(), runs.end(), [](const Result& a, const Result& b) { return a.wall_ms < b.wall_ms; });
  Result best = runs[0];
  for (const Result& r : runs) best.peak_mib = std::max(best.peak_mib, r.peak_mib);
  return {best, runs[runs.size() / 2]};
}

// The flagship's hospital `n` times over, sharing the scenario's components.
std::shared_ptr<const epd::Scenario> replicated(const epd::Scenario& flagship, int n) {
  epd::Scenario s = flagship;
  s.hospitals.clear();
  s.sources.clear();
  for (int k = 0; k < n; ++k) {
    epd::Hospital h = flagship.hospitals.front();
    h.id = "h" + std::to_string(k + 1);
    h.name = "Hospital " + std::to_string(k + 1);
    s.hospitals.push_back(std::move(h));
  }
  return std::make_shared<const epd::Scenario>(std::move(s));
}

double run(const std::shared_ptr<const epd::Scenario>& scenario, const epd::Plan& plan) {
  epd::Exercise exercise(scenario, 1);
  epd::run_plan_until(exercise, plan, exercise.horizon());
  return static_cast<double>(exercise.events_processed());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmark: engine cost per hospital, and the national scenario", "region_bench"};
  int repeat = 5;
  std::vector<int> sizes{1, 10, 30, 69};
  bool national_only = false, scaling_only = false;
  app.add_option("--repeat", repeat, "Runs per case")->check(CLI::Range(1, 100));
  app.add_option("--sizes", sizes, "Numbers of hospitals for the scaling runs")->delimiter(',');
  app.add_flag("--national-only", national_only, "Only the national scenario");
  app.add_flag("--scaling-only", scaling_only, "Only the scaling runs");
  CLI11_PARSE(app, argc, argv);

  if (!national_only) {
    const epd::ScenarioLoad flagship = epd::load_scenario_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json");
    if (!flagship.ok()) {
      std::cerr << flagship.problems.format_all();
      return 1;
    }
    std::printf("Scaling: the flagship's hospital N times, 42 days, no response (fastest of %d; median)\n", repeat);
    std::printf("%10s %14s %12s %12s %16s %14s\n", "hospitals", "events", "wall_ms", "median_ms", "ms_per_hospital",
                "peak_MiB");
    for (int n : sizes) {
      const auto scenario = replicated(*flagship.scenario, n);
      const auto [best, median] = measure(repeat, [&] { return run(scenario, epd::Plan{}); });
      std::printf("%10d %14.0f %12.1f %12.1f %16.2f %14.1f\n", n, best.events, best.wall_ms, median.wall_ms,
                  best.wall_ms / n, best.peak_mib);
    }
  }
  if (!scaling_only) {
    const std::string file = EPD_SOURCE_DIR "/scenarios/national-vendor-outage.json";
    const epd::ScenarioLoad national = epd::load_scenario_file(file);
    if (!national.ok()) {
      std::cerr << national.problems.format_all();
      return 1;
    }
    const epd::PlanLoad plan =
        epd::load_plan_file(EPD_SOURCE_DIR "/scenarios/national-vendor-outage.plan.json", *national.scenario);
    if (!plan.ok()) {
      std::cerr << plan.problems.format_all();
      return 1;
    }
    std::printf("\nNational: %zu hospitals, 42 days, reference plan (fastest of %d; median)\n",
                national.scenario->hospitals.size(), repeat);
    const auto [best, median] = measure(repeat, [&] { return run(national.scenario, *plan.plan); });
    std::printf("events %.0f, wall %.0f ms (median %.0f ms), %.2f M events/s, peak memory %.1f MiB\n", best.events,
                best.wall_ms, median.wall_ms, best.events / best.wall_ms / 1000.0, best.peak_mib);
  }
  return 0;
}

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
// noise only ever adds time) beside the median. The scaling runs take turns
// size by size, and the cost per hospital is also compared round by round.
// Every run is held to one processor (by default the one the bench starts
// on): the two of a shared virtual machine can differ by half in speed for
// minutes at a time, which would otherwise land on one size and not another.

#include <sched.h>
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

// Runs `work` in a child process; its wall time and events (as `work` times
// itself, after any preparation), and the child's peak memory.
template <class Work>
Result in_child(Work work) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const auto [events, ms] = work();
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

// The fastest and the median of some runs (peak memory: the largest).
std::pair<Result, Result> summarise(std::vector<Result> runs) {
  std::sort(runs.begin(), runs.end(), [](const Result& a, const Result& b) { return a.wall_ms < b.wall_ms; });
  Result best = runs[0];
  for (const Result& r : runs) best.peak_mib = std::max(best.peak_mib, r.peak_mib);
  return {best, runs[runs.size() / 2]};
}

std::pair<Result, Result> measure(int repeat, const std::function<std::pair<double, double>()>& work) {
  std::vector<Result> runs(static_cast<std::size_t>(std::max(repeat, 1)));
  for (Result& r : runs) r = in_child(work);
  return summarise(std::move(runs));
}

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
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

// Plays the scenario to its horizon: its events and the milliseconds taken.
std::pair<double, double> run(const std::shared_ptr<const epd::Scenario>& scenario, const epd::Plan& plan) {
  const auto start = std::chrono::steady_clock::now();
  epd::Exercise exercise(scenario, 1);
  epd::run_plan_until(exercise, plan, exercise.horizon());
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return {static_cast<double>(exercise.events_processed()), ms};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmark: engine cost per hospital, and the national scenario", "region_bench"};
  int repeat = 5;
  std::vector<int> sizes{1, 10, 30, 69};
  bool national_only = false, scaling_only = false;
  int cpu = sched_getcpu();
  app.add_option("--repeat", repeat, "Runs per case")->check(CLI::Range(1, 100));
  app.add_option("--sizes", sizes, "Numbers of hospitals for the scaling runs")->delimiter(',');
  app.add_flag("--national-only", national_only, "Only the national scenario");
  app.add_flag("--scaling-only", scaling_only, "Only the scaling runs");
  app.add_option("--cpu", cpu, "Processor every run is held to (default: the one the bench starts on; -1: any)");
  CLI11_PARSE(app, argc, argv);
  if (cpu >= 0) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) {
      std::cerr << "region_bench: cannot hold the runs to processor " << cpu << "\n";
      return 1;
    }
    std::printf("Every run on processor %d\n", cpu);
  }

  if (!national_only) {
    const epd::ScenarioLoad flagship = epd::load_scenario_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json");
    if (!flagship.ok()) {
      std::cerr << flagship.problems.format_all();
      return 1;
    }
    std::printf("Scaling: the flagship's hospital N times, 42 days, no response (fastest of %d; median)\n", repeat);
    std::printf("%10s %14s %12s %12s %16s %14s\n", "hospitals", "events", "wall_ms", "median_ms", "ms_per_hospital",
                "peak_MiB");
    // Round by round, every size once per round: a noisy minute on this
    // shared machine slows one round of all sizes, not one size's runs. Each
    // child makes its own scenario, so the parent stays as small as it was.
    std::vector<std::vector<Result>> runs(sizes.size());
    for (int r = 0; r < repeat; ++r)
      for (std::size_t k = 0; k < sizes.size(); ++k)
        runs[k].push_back(in_child([&] { return run(replicated(*flagship.scenario, sizes[k]), epd::Plan{}); }));
    for (std::size_t k = 0; k < sizes.size(); ++k) {
      const auto [best, median] = summarise(runs[k]);
      std::printf("%10d %14.0f %12.1f %12.1f %16.2f %14.1f\n", sizes[k], best.events, best.wall_ms, median.wall_ms,
                  best.wall_ms / sizes[k], best.peak_mib);
    }
    // The cost per hospital against that at 10 hospitals, from the fastest
    // runs and, more robust to noise, round by round (median, lowest, highest).
    const auto ten = std::find(sizes.begin(), sizes.end(), 10);
    if (ten != sizes.end()) {
      const auto t = static_cast<std::size_t>(ten - sizes.begin());
      std::printf("\nCost per hospital against 10 hospitals: fastest runs; round by round median (lowest-highest)\n");
      for (std::size_t k = 0; k < sizes.size(); ++k) {
        if (k == t) continue;
        const double fastest = summarise(runs[k]).first.wall_ms / sizes[k] / (summarise(runs[t]).first.wall_ms / 10);
        std::vector<double> paired;
        for (int r = 0; r < repeat; ++r)
          paired.push_back(runs[k][static_cast<std::size_t>(r)].wall_ms / sizes[k] /
                           (runs[t][static_cast<std::size_t>(r)].wall_ms / 10));
        std::printf("%10d %8.3f %8.3f (%.3f-%.3f)\n", sizes[k], fastest, median_of(paired),
                    *std::min_element(paired.begin(), paired.end()), *std::max_element(paired.begin(), paired.end()));
      }
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

// Saves and review, timed on the shipped flagship save (42 days, reference
// plan): reading a save (parse, checksum, embedded scenario), writing one
// (atomic, with fsync), replaying it whole, and scrubbing the review to
// random moments (forward plays on, backward replays from T0); and the live
// drill: one frame's slice of a jump (6 simulated hours, the event log
// watching minute by minute) and an undo at the save's end.
// Usage: save_bench [--save FILE] [--repeat N]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/rng.h"
#include "drill_session.h"
#include "review_session.h"
#include "save/replay.h"
#include "save/save_file.h"

namespace {

struct Stats {
  double median = 0, p99 = 0, max = 0;
};

Stats time_ms(int repeat, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))]; };
  return {at(0.5), at(0.99), ms.back()};
}

void print(const char* what, const Stats& s) {
  std::printf("%-34s median %7.2f ms   p99 %7.2f ms   max %7.2f ms\n", what, s.median, s.p99, s.max);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Time saves, replay and review scrubbing"};
  std::string path = EPD_SOURCE_DIR "/saves/example-reference-plan.save.json";
  int repeat = 20;
  app.add_option("--save", path, "The save to time (default: the shipped flagship example)");
  app.add_option("--repeat", repeat, "Repetitions per measurement (default 20)")->check(CLI::Range(1, 10000));
  CLI11_PARSE(app, argc, argv);

  const epd::SaveLoad load = epd::load_save_file(path);
  if (!load.ok()) {
    std::fputs(load.problems.format_all().c_str(), stderr);
    return 1;
  }
  const epd::Save& save = *load.save;
  std::printf("%s: %zu commands, %s simulated, %zu bytes\n", path.c_str(), save.commands.size(),
              epd::format_offset(save.until).c_str(), epd::save_text(save).size());
  print("read (parse, checksum, scenario)", time_ms(repeat, [&] { epd::load_save_file(path); }));
  const std::string out = (std::filesystem::temp_directory_path() / "epd-save-bench.save.json").string();
  print("write (atomic, fsync)", time_ms(repeat, [&] { epd::write_save_file(out, save, nullptr); }));
  std::filesystem::remove(out);
  print("replay whole, verified", time_ms(repeat, [&] { epd::replay_save(save, load.scenario); }));

  epd::gui::ReviewSession review(save, load.scenario, path);
  epd::Rng rng(42);
  print("review scrub to a random moment", time_ms(repeat * 10, [&] {
          review.scrub_to(static_cast<epd::SimTime>(rng.uniform(0.0, static_cast<double>(save.until))));
        }));
  print("review scrub backward to day 41", time_ms(repeat, [&] {
          review.scrub_to(save.until);
          review.scrub_to(41 * epd::kDay);
        }));

  // The live drill, in a folder of its own (it autosaves).
  const std::string dir = (std::filesystem::temp_directory_path() / "epd-save-bench-drill").string();
  std::vector<double> slices;
  {
    epd::gui::DrillSession drill(load.scenario, save.scenario_text, path, save.seed, dir);
    drill.auto_pause() = epd::gui::AutoPause::none();
    drill.jump_by(save.until);
    while (drill.jump()) {
      const auto start = std::chrono::steady_clock::now();
      drill.tick(0);
      slices.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
  }
  std::sort(slices.begin(), slices.end());
  std::printf("%-34s median %7.2f ms   p99 %7.2f ms   max %7.2f ms  (%zu slices)\n", "drill: a jump's 6 h slice, watched",
              slices[slices.size() / 2], slices[static_cast<std::size_t>(0.99 * static_cast<double>(slices.size() - 1))],
              slices.back(), slices.size());
  std::vector<double> undo;
  for (int i = 0; i < std::max(1, repeat / 4); ++i) {
    epd::gui::DrillSession drill(save, epd::replay_save(save, load.scenario).exercise, "", dir);
    const auto start = std::chrono::steady_clock::now();
    drill.undo();
    undo.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(undo.begin(), undo.end());
  std::printf("%-34s median %7.2f ms   max %7.2f ms\n", "drill: undo the last command", undo[undo.size() / 2], undo.back());
  std::filesystem::remove_all(dir);
  return 0;
}

// epd-drill-gui: the drill console.
//
//   epd-drill-gui [SCENARIO] [--projector] [--script FILE] [--frames N]
//                 [--screenshot OUT.png] [--projector-screenshot OUT.png]
//                 [--summary OUT.json] [--seed N]
//
// The plain loop: poll events, advance the clock, draw each window, present.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>

#include <CLI/CLI.hpp>
#include <SDL.h>
#include <imgui_impl_sdl.h>

#include "console.h"
#include "default_folders.h"
#include "cli/cli_language.h"
#include "text/language.h"
#include "core/seed.h"
#include "engine/summary.h"
#include "io/text_file.h"
#include "screen.h"
#include "text/engine_messages.h"
#include "script_runner.h"

namespace {

using namespace epd;
using namespace epd::gui;

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  // The language before the command line is read, so that its help and
  // errors are in it: --lang, else the one chosen last, else the system's.
  const std::optional<std::string> asked = epd::cli::asked_language(argc, argv);
  const std::optional<Lang> asked_lang = asked ? parse_lang(*asked) : std::nullopt;
  set_language(asked_lang.value_or(load_settings(settings_path()).language.value_or(lang_from_environment())));
  CLI::App app{tr("EPD Drill console: run a live outage drill with a crisis team")};
  epd::cli::speak_language(app);
  app.set_version_flag("--version", "EPD Drill " EPD_DRILL_VERSION, tr("Print the program's version and exit"));
  std::error_code exe_ec;
  const ConsoleFolders folders = default_console_folders(std::filesystem::read_symlink("/proc/self/exe", exe_ec).string());
  std::string scenario, script, screenshot, projector_shot, summary, scenarios_dir = folders.scenarios,
                                                                      saves_dir = folders.saves;
  bool projector = false;
  int frames = 0;
  std::uint64_t seed = 1;
  app.add_option("SCENARIO", scenario, tr("Scenario to open at once (else the start screen)"));
  app.add_flag("--projector", projector, tr("Open the projector window too"));
  app.add_option("--script", script, tr("Play a script of UI actions, then exit"));
  app.add_option("--frames", frames, tr("Render N frames at 3600x and print median and p99 frame CPU time"))
      ->check(CLI::Range(1, 1000000).description(""))
      ->type_name("N");
  app.add_option("--screenshot", screenshot, tr("Write what the window shows at the end as PNG, then exit"));
  app.add_option("--projector-screenshot", projector_shot,
                 tr("Write what the projector window shows at the end as PNG (opens it), then exit"));
  app.add_option("--summary", summary, tr("Write the exercise's outcome as JSON at exit (as epd-drill run --summary)"));
  std::string seed_text = "1";
  app.add_option("--seed", seed_text, tr("Random seed, a whole number 0 or more (default 1)"))
      ->check(epd::cli::seed_check())
      ->type_name("SEED");
  app.add_option("--scenarios", scenarios_dir, tr("Folder of the scenario library (default: scenarios/ here, else the installed one)"));
  app.add_option("--saves", saves_dir, tr("Folder of saves: autosaves go here, recent saves are listed (default: saves/ here, else ~/.local/share/epd-drill/saves)"));
  std::string lang_text;
  app.add_option("--lang", lang_text, tr("Language of the console: nl or en (default: the one chosen last, else the system's)"))
      ->check(CLI::Validator(
          [](std::string& s) {
            return epd::parse_lang(s) && s.size() == 2 ? std::string() : fill(tr("must be nl or en, not {0}"), {s});
          },
          ""))
      ->type_name("nl|en");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  seed = *epd::parse_seed(seed_text);
  // The summary is written at exit: never over a file the console reads.
  for (const std::string& input : {scenario, script})
    if (!summary.empty() && !input.empty() && epd::same_path(summary, input)) {
      std::cerr << "epd-drill-gui: --summary: " << fill(tr("{0} is a file this command reads; choose another output file"), {summary}) << "\n";
      return 1;
    }
  if (saves_dir == folders.saves && !folders.installed_saves.empty()) start_saves_folder(saves_dir, folders.installed_saves);

  // Exit status 3: no display (.ci/start then plays the scenario headless).
  constexpr int kExitNoDisplay = 3;
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::cerr << "epd-drill-gui: " << fill(tr("no display: {0}"), {SDL_GetError()}) << "\n";
    return kExitNoDisplay;
  }
  // Without a screen a drill would run where nobody sees it: say so. Scripts,
  // screenshots and frame timing work without one.
  const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
  const bool unattended = !script.empty() || frames > 0 || !screenshot.empty() || !projector_shot.empty();
  const bool screenless = driver == "offscreen" || driver == "dummy" || driver == "evdev" || SDL_GetNumVideoDisplays() < 1;
  if (!unattended && screenless) {
    const char* forced = std::getenv("SDL_VIDEODRIVER");
    const bool chosen = forced != nullptr && *forced != '\0';
    const char* why = chosen ? tr(", chosen by SDL_VIDEODRIVER") : tr(": no display could be reached");
    std::cerr << "epd-drill-gui: "
              << fill(tr("no display (SDL video driver '{0}'{1}): start it on a desktop; --script and --screenshot work without one"),
                      {driver, why})
              << "\n";
    SDL_Quit();
    return kExitNoDisplay;
  }
  Console console(scenarios_dir, saves_dir, seed);
  console.use_settings(settings_path(), lang_text.empty() ? std::nullopt : epd::parse_lang(lang_text));
  Screen main_screen, projector_screen;
  if (!main_screen.open("EPD Drill", 1280, 800)) {
    std::cerr << "epd-drill-gui: " << fill(tr("cannot open a window: {0}"), {SDL_GetError()}) << "\n";
    SDL_Quit();
    return 1;
  }
  load_console_fonts(console.fonts());
  // The projector opens on a second display when there is one (full screen
  // there), else as a window beside the console; either way the keyboard
  // stays with the console.
  auto open_projector = [&] {
    if (projector_screen.is_open() || !projector_screen.open(tr("EPD Drill - projector"), 1280, 720)) return;
    load_projector_fonts(console.fonts());
    if (SDL_GetNumVideoDisplays() > 1) {
      SDL_SetWindowPosition(projector_screen.window, SDL_WINDOWPOS_CENTERED_DISPLAY(1), SDL_WINDOWPOS_CENTERED_DISPLAY(1));
      projector_screen.toggle_fullscreen();
    }
    SDL_RaiseWindow(main_screen.window);
  };
  if (projector || !projector_shot.empty()) open_projector();
  if (!scenario.empty() && !console.open(scenario)) std::cerr << problems_text(console.problems());

  std::optional<ScriptRunner> runner;
  if (!script.empty()) {
    runner.emplace(console);
    if (!runner->load(script)) {
      std::cerr << runner->problems().format_all();
      return 1;
    }
  }
  const bool batch = runner.has_value() || frames > 0 || !screenshot.empty() || !projector_shot.empty();
  if (frames > 0 && !runner && console.has_session()) {
    // Every measured frame runs the clock: the log is watched as always,
    // but nothing stops it.
    console.session().auto_pause() = AutoPause::none();
    console.session().set_speed(3600);
    console.session().set_playing(true);
  }

  std::vector<double> frame_ms;
  Uint64 last = SDL_GetPerformanceCounter();
  int exit_code = 0;
  bool quit = false;
  int batch_frames = 0;
  while (!quit) {
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
      if (event.type == SDL_QUIT) quit = true;
      Screen* target = &main_screen;
      if (projector_screen.is_open() && (event.window.windowID == projector_screen.id() ||
                                         (event.type == SDL_KEYDOWN && event.key.windowID == projector_screen.id())))
        target = &projector_screen;
      if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
        if (target == &projector_screen) {
          projector_screen.close();
          continue;
        }
        quit = true;
      }
      // F11 opens and closes the projector, F12 makes it full screen or a window again.
      const bool key = event.type == SDL_KEYDOWN && event.key.repeat == 0;
      if (key && event.key.keysym.scancode == SDL_SCANCODE_F11) {
        if (projector_screen.is_open()) {
          projector_screen.close();
          SDL_RaiseWindow(main_screen.window);
          continue;
        }
        open_projector();
      }
      if (key && event.key.keysym.scancode == SDL_SCANCODE_F12 && projector_screen.is_open())
        projector_screen.toggle_fullscreen();
      ImGui::SetCurrentContext(target->context);
      ImGui_ImplSDL2_ProcessEvent(&event);
      // The projector has nothing to type into: a key pressed while it has
      // the focus (someone clicked it) is the console's shortcut all the same.
      if (key) {
        try {
          console.key_down(event.key.keysym.scancode, (event.key.keysym.mod & KMOD_CTRL) != 0,
                           target == &main_screen && ImGui::GetIO().WantTextInput);
        } catch (const std::bad_alloc&) {  // an undo replays the drill: a second exercise in memory
          console.recover_from_out_of_memory();
        }
      }
    }
    const Uint64 now = SDL_GetPerformanceCounter();
    const double wall = static_cast<double>(now - last) / static_cast<double>(SDL_GetPerformanceFrequency());
    last = now;

    const double cpu_start = thread_cpu_ms();
    console.tick(std::min(wall, 0.25));  // a stalled frame never jumps the clock by more than 1/4 s of wall time
    try {
      main_screen.frame([&] { console.draw_main(); });
      if (projector_screen.is_open()) projector_screen.frame([&] { console.draw_projector(); });
    } catch (const std::bad_alloc&) {  // a decision, an undo, a review scrubbed: the start screen says so
      console.recover_from_out_of_memory();
    }

    // Batch work between drawing and presenting, so a screenshot shows the
    // frame just drawn.
    if (runner && !runner->done()) {
      if (!runner->step(main_screen)) {
        std::cerr << runner->problems().format_all();
        exit_code = 1;
        quit = true;
      }
    } else if (batch) {
      ++batch_frames;
      const bool frames_done = frames <= 0 || batch_frames >= frames;
      if (frames_done && batch_frames >= 3) {
        const auto shoot = [&](Screen& screen, const std::string& path) {
          std::string error;
          if (path.empty() || !screen.is_open() || screen.screenshot(path, &error)) return;
          std::cerr << "epd-drill-gui: " << fill(tr("screenshot {0}: {1}"), {path, engine_message(error)}) << "\n";
          exit_code = 1;
        };
        shoot(main_screen, screenshot);
        shoot(projector_screen, projector_shot);
        quit = true;
      }
    }
    main_screen.present();
    if (projector_screen.is_open()) projector_screen.present();
    frame_ms.push_back(thread_cpu_ms() - cpu_start);  // engine, layout and rendering: all a frame costs
  }

  if (frames > 0 && !frame_ms.empty()) {
    std::vector<double> last_frames(frame_ms.end() - std::min<std::size_t>(frame_ms.size(), static_cast<std::size_t>(frames)),
                                    frame_ms.end());
    std::sort(last_frames.begin(), last_frames.end());
    const auto at = [&](double q) { return last_frames[static_cast<std::size_t>(q * static_cast<double>(last_frames.size() - 1))]; };
    std::printf("frames: %zu, frame CPU time median %.2f ms, p99 %.2f ms\n", last_frames.size(), at(0.5), at(0.99));
  }
  if (!summary.empty() && console.has_session()) {
    const Exercise& ex = console.session().exercise();
    std::string error;
    if (!write_file_atomic(summary, summary_json(summarize(ex, ex.now() >= ex.horizon())), &error)) {
      std::cerr << "epd-drill-gui: " << fill(tr("cannot write the summary: {0}"), {engine_message(error)}) << "\n";
      exit_code = 1;
    }
  }
  console.close();  // the drill's last autosave, marked as closed by the facilitator
  projector_screen.close();
  main_screen.close();
  SDL_Quit();
  return exit_code;
}

// What the console remembers between runs: written and read back, and a
// missing or damaged file is the defaults, never an error.

#include <catch2/catch.hpp>

#include "flagship_fixture.h"
#include "io/text_file.h"
#include "settings.h"

using namespace epd;
using namespace epd::gui;
using epd::test::TempDir;

TEST_CASE("console settings: the language, auto-pause, text size and own scenarios folder come back as they were written", "[settings]") {
  TempDir dir;
  const std::string path = dir.file("config/epd-drill/console.json");  // folders made on the way
  ConsoleSettings s;
  s.language = Lang::nl;
  s.auto_pause = AutoPause::none();
  s.auto_pause.set(Attention::deadline_missed, true);
  s.auto_pause.set(Attention::threshold, true);
  s.font_step = 3;
  s.scenario_folder = "/home/trainer/Oefeningen \"2026\"";  // quotes and spaces survive
  std::string error;
  REQUIRE(save_settings(path, s, &error));
  const ConsoleSettings back = load_settings(path);
  CHECK(back.scenario_folder == s.scenario_folder);
  CHECK(back.language == Lang::nl);
  CHECK(back.auto_pause.on == s.auto_pause.on);
  CHECK(back.font_step == 3);
}

TEST_CASE("console settings: no file, a damaged one or unknown values give the defaults", "[settings]") {
  TempDir dir;
  const ConsoleSettings none = load_settings(dir.file("absent.json"));
  CHECK_FALSE(none.language.has_value());
  CHECK(none.auto_pause.on == AutoPause().on);
  std::string error;
  REQUIRE(write_file_atomic(dir.file("bad.json"), "{\"language\": \"nl\", ", &error));
  CHECK_FALSE(load_settings(dir.file("bad.json")).language.has_value());
  REQUIRE(write_file_atomic(dir.file("odd.json"), R"({"language": "fr", "auto_pause": ["kits_out", "nonsense"], "font_step": "big"})", &error));
  const ConsoleSettings odd = load_settings(dir.file("odd.json"));
  CHECK_FALSE(odd.language.has_value());
  CHECK(odd.auto_pause.pauses(Attention::kits_out));
  CHECK_FALSE(odd.auto_pause.pauses(Attention::inject));
  CHECK(odd.font_step == 1);
}

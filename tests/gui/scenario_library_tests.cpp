// The start screen's scenario library (gui/scenario_library.h), without a window.

#include <catch2/catch.hpp>

#include <string>

#include "flagship_fixture.h"
#include "io/text_file.h"
#include "scenario_library.h"
#include "text/language.h"

using namespace epd;
using namespace epd::gui;
using epd::test::TempDir;

namespace {

// The shipped server failure with one more effect: a flow stopped with no
// "for", which validate warns can never end.
std::string with_an_effect_that_never_ends() {
  std::string error;
  const auto read = read_text_file(EPD_SOURCE_DIR "/scenarios/local-server-failure.json", &error);
  REQUIRE(read);
  std::string text = *read;
  const std::string effect = R"({"component": "epd_storage", "state": "down"})";
  const auto at = text.find(effect);
  REQUIRE(at != std::string::npos);
  text.insert(at + effect.size(), R"(, {"flow": "referrals", "factor": 0})");
  return text;
}

const LibraryScenario& listed(const std::vector<LibraryScenario>& rows, const std::string& path) {
  for (const LibraryScenario& e : rows)
    if (e.path == path) return e;
  FAIL("not listed: " << path);
  return rows.front();
}

}  // namespace

TEST_CASE("the library shows what validate warns about a scenario that loads, in the console's language",
          "[library]") {
  TempDir dir;
  std::string error;
  REQUIRE(write_file_atomic(dir.file("forever.json"), with_an_effect_that_never_ends(), &error));
  const auto shipped = read_text_file(EPD_SOURCE_DIR "/scenarios/local-server-failure.json", &error);
  REQUIRE(shipped);
  REQUIRE(write_file_atomic(dir.file("shipped.json"), *shipped, &error));
  const Lang was = language();

  set_language(Lang::en);
  const std::vector<LibraryScenario> rows = read_library_folder(dir.path);
  const LibraryScenario& forever = listed(rows, dir.file("forever.json"));
  CHECK(forever.problems == 0);
  REQUIRE(forever.warnings.size() == 1);
  CHECK_THAT(forever.warnings[0], Catch::StartsWith("injects[0].effects[1].factor: warning: factor 0 without \"for\""));
  CHECK(listed(rows, dir.file("shipped.json")).warnings.empty());

  set_language(Lang::nl);
  const std::vector<LibraryScenario> dutch_rows = read_library_folder(dir.path);
  const LibraryScenario& in_dutch = listed(dutch_rows, dir.file("forever.json"));
  REQUIRE(in_dutch.warnings.size() == 1);
  CHECK_THAT(in_dutch.warnings[0], Catch::StartsWith("injects[0].effects[1].factor: waarschuwing:"));
  set_language(was);
}

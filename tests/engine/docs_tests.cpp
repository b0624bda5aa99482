// The reference pages must not drift from the code they document.

#include <catch2/catch.hpp>

#include "io/text_file.h"
#include "metrics/registry.h"

TEST_CASE("docs/metrics.md lists every metric with its unit", "[docs]") {
  std::string error;
  const auto page = epd::read_text_file(EPD_SOURCE_DIR "/docs/metrics.md", &error);
  REQUIRE(page);
  for (const auto& m : epd::metric_registry()) {
    const std::string row = "| `" + std::string(m.id) + "` | " + std::string(m.unit) + " |";
    INFO(row);
    CHECK(page->find(row) != std::string::npos);
  }
}

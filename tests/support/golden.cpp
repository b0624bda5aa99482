#include "golden.h"

#include <catch2/catch.hpp>

#include "io/text_file.h"
#include "json/document.h"

namespace epd::test {
namespace {

void check_metrics(const json::Node& expected, const std::vector<std::pair<std::string, double>>& now,
                   const std::string& where) {
  REQUIRE(expected.members().size() == now.size());
  for (std::size_t i = 0; i < now.size(); ++i) {
    const json::Member& m = expected.members()[i];
    INFO(where << " " << now[i].first);
    CHECK(m.key == now[i].first);
    CHECK(m.value.as_double() == now[i].second);  // exact: the run is bit-identical
  }
}

}  // namespace

void check_against_golden(const OutcomeSummary& now, const std::string& path) {
  const std::string file = std::string(EPD_SOURCE_DIR) + "/" + path;
  std::string error;
  const auto text = read_text_file(file, &error);
  INFO(file << ": " << error);
  REQUIRE(text);
  json::Diagnostics problems;
  const json::ParsedDocument golden = json::parse(*text, file, problems);
  REQUIRE(golden.ok());
  const json::Member* events = golden.root->find("events_processed");
  REQUIRE(events != nullptr);
  CHECK(static_cast<double>(now.events_processed) == events->value.as_double());
  const json::Member* metrics = golden.root->find("metrics");
  REQUIRE(metrics != nullptr);
  check_metrics(metrics->value, now.metrics, "region");
  const json::Member* hospitals = golden.root->find("hospitals");
  REQUIRE(hospitals != nullptr);
  REQUIRE(hospitals->value.members().size() == now.hospitals.size());
  for (std::size_t k = 0; k < now.hospitals.size(); ++k) {
    const json::Member& h = hospitals->value.members()[k];
    CHECK(h.key == now.hospitals[k].id);
    check_metrics(h.value, now.hospitals[k].metrics, now.hospitals[k].id);
  }
}

}  // namespace epd::test

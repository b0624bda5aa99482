#include "flagship_fixture.h"

#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "core/sha256.h"
#include "engine/run_plan.h"
#include "scenario/scenario_load.h"

namespace epd::test {

const Flagship& flagship() {
  static const Flagship f = [] {
    const ScenarioLoad s = load_scenario_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json");
    REQUIRE(s.ok());
    const PlanLoad p = load_plan_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.plan.json", *s.scenario);
    REQUIRE(p.ok());
    return Flagship{s.scenario, s.text, *p.plan};
  }();
  return f;
}

Save flagship_save(SimTime until) {
  Exercise ex(flagship().scenario, 7);
  run_plan_until(ex, flagship().plan, until);
  Save save;
  save.title = "Test drill";
  save.scenario_file = "scenarios/vendor-cloud-ransomware.json";
  save.scenario_text = flagship().text;
  save.scenario_sha256 = sha256_hex(flagship().text);
  save.started = "2026-11-24T09:00:00";
  save.saved = "2026-11-24T11:30:00";
  record_exercise(save, ex);
  save.notes.push_back({90, "2026-11-24T09:40:00", "Team hesitated over the VPN"});
  save.ratings.push_back({"contain_quickly", Rating::S, "Quality officer", "Cut in time", "Clear lead by the CISO", "Slow start"});
  save.improvement_plan.push_back({"contain_quickly", "VPN cut took 3 h", "Pre-authorise the CISO", "CISO", "2027-01-31",
                                   "cybersecurity", "planning", "IT department", "2026-12-15"});
  return save;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "epd-save-test-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  path = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

}  // namespace epd::test

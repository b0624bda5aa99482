// Scenario bundles: a scenario and its plans as one file, exported and
// imported without a byte changing, and a broken or hostile bundle refused
// with every problem at its place.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/text_file.h"
#include "scenario/plan_files.h"
#include "scenario/scenario_bundle.h"
#include "problems.h"

using namespace epd;
namespace fs = std::filesystem;

namespace {

const std::string kFlagship = EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_folder(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("epd-bundle-tests-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> lines(const BundleLoad& load) { return test::formatted(load.problems); }

// A bundle of the flagship with one field of its text changed.
std::string flagship_bundle_with(const std::string& from, const std::string& to) {
  std::string text = bundle_text(*pack_bundle(kFlagship).bundle);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a scenario's plans are the files NAME.plan.json and NAME.OTHER.plan.json beside it", "[bundle]") {
  const fs::path dir = fresh_folder("plans");
  for (const char* name : {"drill.json", "drill.plan.json", "drill.late.plan.json", "drill.early.plan.json",
                           "drilling.plan.json", "other.plan.json", "drill.v2.json"})
    std::ofstream(dir / name) << "{}";
  const auto plans = plans_beside((dir / "drill.json").string());
  REQUIRE(plans.size() == 3);
  CHECK(fs::path(plans[0]).filename() == "drill.plan.json");  // the reference plan first
  CHECK(fs::path(plans[1]).filename() == "drill.early.plan.json");
  CHECK(fs::path(plans[2]).filename() == "drill.late.plan.json");
  CHECK(fs::path(scenario_path_of_plan((dir / "drill.late.plan.json").string())).filename() == "drill.json");
  // A scenario with a dot in its own name keeps it.
  CHECK(fs::path(scenario_path_of_plan((dir / "drill.v2.plan.json").string())).filename() == "drill.v2.json");
}

TEST_CASE("an exported and imported scenario is byte for byte the one exported, plans included", "[bundle]") {
  const BundleLoad packed = pack_bundle(kFlagship);
  INFO(packed.problems.format_all());
  REQUIRE(packed.ok());
  REQUIRE(packed.bundle->plans.size() == 1);
  const fs::path dir = fresh_folder("roundtrip");
  const std::string bundle_path = (dir / "flagship.bundle.json").string();
  std::string error;
  REQUIRE(write_new_file_atomic(bundle_path, bundle_text(*packed.bundle), &error));

  const BundleLoad read_back = read_bundle_file(bundle_path);
  INFO(read_back.problems.format_all());
  REQUIRE(read_back.ok());
  const BundleImport done = import_bundle(*read_back.bundle, (dir / "library").string(), false);
  REQUIRE(done.ok());
  CHECK(done.written.size() == 2);
  CHECK(read((dir / "library/vendor-cloud-ransomware.json").string()) == read(kFlagship));
  CHECK(read((dir / "library/vendor-cloud-ransomware.plan.json").string()) ==
        read(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.plan.json"));

  // A second import finds the same files and writes nothing.
  const BundleImport again = import_bundle(*read_back.bundle, (dir / "library").string(), false);
  CHECK(again.ok());
  CHECK(again.written.empty());
  CHECK(again.unchanged.size() == 2);
}

TEST_CASE("importing never replaces a file with other text unless told to, and then writes nothing at all", "[bundle]") {
  const ScenarioBundle bundle = *pack_bundle(kFlagship).bundle;
  const fs::path dir = fresh_folder("conflict");
  std::ofstream(dir / "vendor-cloud-ransomware.plan.json") << "my own plan";
  const BundleImport refused = import_bundle(bundle, dir.string(), false);
  CHECK_FALSE(refused.ok());
  REQUIRE(refused.conflicts.size() == 1);
  CHECK(read((dir / "vendor-cloud-ransomware.plan.json").string()) == "my own plan");
  CHECK_FALSE(fs::exists(dir / "vendor-cloud-ransomware.json"));  // not even the file without a conflict

  const BundleImport replaced = import_bundle(bundle, dir.string(), true);
  CHECK(replaced.ok());
  CHECK(read((dir / "vendor-cloud-ransomware.plan.json").string()) == bundle.plans[0].text);
}

TEST_CASE("a broken scenario is not exported: its problems name the file to fix", "[bundle]") {
  const fs::path dir = fresh_folder("broken");
  std::ofstream(dir / "broken.json") << read(kFlagship).replace(read(kFlagship).find("\"horizon\""), 9, "\"horizn\"");
  const BundleLoad packed = pack_bundle((dir / "broken.json").string());
  REQUIRE_FALSE(packed.ok());
  CHECK(lines(packed).front().find((dir / "broken.json").string() + ":") == 0);
}

TEST_CASE("a hostile bundle is refused with every problem at its place, nothing written", "[bundle]") {
  SECTION("file names that leave the folder or do not belong together") {
    const std::string text = flagship_bundle_with("\"file\": \"vendor-cloud-ransomware.plan.json\"",
                                                  "\"file\": \"../../etc/cron.plan.json\"");
    const BundleLoad load = read_bundle_text(text, "x.bundle.json");
    REQUIRE_FALSE(load.ok());
    REQUIRE(lines(load).size() == 1);
    CHECK(lines(load)[0].find("x.bundle.json:") == 0);
    CHECK(lines(load)[0].find("plans[0].file: must be a file name ending in .plan.json, without a folder") !=
          std::string::npos);
  }
  SECTION("a plan named for another scenario") {
    const BundleLoad load = read_bundle_text(
        flagship_bundle_with("\"file\": \"vendor-cloud-ransomware.plan.json\"", "\"file\": \"other.plan.json\""),
        "x.bundle.json");
    REQUIRE(lines(load).size() == 1);
    CHECK(lines(load)[0].find("a plan of vendor-cloud-ransomware.json is named vendor-cloud-ransomware.plan.json") !=
          std::string::npos);
  }
  SECTION("a problem inside the embedded scenario is given at its line in that file") {
    const BundleLoad load =
        read_bundle_text(flagship_bundle_with("\\\"horizon\\\"", "\\\"horizn\\\""), "x.bundle.json");
    REQUIRE_FALSE(load.ok());
    CHECK(lines(load)[0].find("x.bundle.json (vendor-cloud-ransomware.json):") == 0);
    CHECK(lines(load)[0].find("horizn") != std::string::npos);
  }
  SECTION("a newer bundle format, missing fields, not a bundle at all") {
    CHECK(lines(read_bundle_text(flagship_bundle_with("\"epd_drill_bundle\": 1", "\"epd_drill_bundle\": 2"), "x"))[0] ==
          "x:2:23: epd_drill_bundle: this program reads bundle format version 1");
    CHECK(lines(read_bundle_text("{\"epd_drill_bundle\": 1}", "x")).size() == 1);  // no scenario
    CHECK_FALSE(read_bundle_text("[1, 2]", "x").ok());
    CHECK_FALSE(read_bundle_text("", "x").ok());
    CHECK_FALSE(read_bundle_text(read(kFlagship), "x").ok());  // a scenario is not a bundle
  }
}

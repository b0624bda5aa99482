#pragma once
// A scenario and its plans as one file, for sharing between teams:
// NAME.bundle.json holds each file's name and its text byte for byte, so an
// imported scenario is exactly the one exported (its sources, layout and
// results kept). Both ends check the whole: the scenario loads and every
// plan loads against it.
//
//   {"epd_drill_bundle": 1,
//    "scenario": {"file": "flagship.json", "text": "{...}"},
//    "plans": [{"file": "flagship.plan.json", "text": "{...}"}]}

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/diagnostics.h"

namespace epd {

inline constexpr int kBundleFormatVersion = 1;
inline constexpr std::string_view kBundleSuffix = ".bundle.json";

struct BundleFile {
  std::string file;  // a plain file name, no folder
  std::string text;
};

struct ScenarioBundle {
  int format_version = kBundleFormatVersion;
  BundleFile scenario;
  std::vector<BundleFile> plans;
};

struct BundleLoad {
  std::optional<ScenarioBundle> bundle;  // empty unless there were no problems
  json::Diagnostics problems;
  bool ok() const { return bundle.has_value(); }
};

bool is_bundle_file(std::string_view path);

// The scenario file and every plan beside it (plan_files.h), checked.
BundleLoad pack_bundle(const std::string& scenario_path);
std::string bundle_text(const ScenarioBundle& bundle);

// A bundle read and checked: its own fields, the file names (plain names
// that belong together), the scenario and each plan. A problem inside an
// embedded file is reported as "BUNDLE (NAME):line:column: ...", the place
// in that file once it is imported.
BundleLoad read_bundle_text(std::string_view text, const std::string& file);
BundleLoad read_bundle_file(const std::string& path);

// What importing into a folder does to each file.
struct BundleImport {
  std::vector<std::string> written;    // new, or replaced when allowed
  std::vector<std::string> unchanged;  // already there with the same text
  std::vector<std::string> conflicts;  // there with another text: nothing was written
  std::string error;                   // a write failed (earlier files stay written)
  bool ok() const { return conflicts.empty() && error.empty(); }
};

// Writes the bundle's files into `folder` (made if missing), each atomically.
// A file that exists with other text is never replaced unless `replace`:
// then nothing is written at all and `conflicts` lists them, so the caller
// can ask.
BundleImport import_bundle(const ScenarioBundle& bundle, const std::string& folder, bool replace);

}  // namespace epd

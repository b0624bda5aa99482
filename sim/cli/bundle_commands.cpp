// epd-drill export SCENARIO [-o FILE] and epd-drill import BUNDLE [--into DIR]
// [--replace]: a scenario with its plans as one file to share
// (scenario/scenario_bundle.h). Export never writes over a file; import
// replaces a file with other text only when told to.

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "io/text_file.h"
#include "scenario/scenario_bundle.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {

int export_bundle(const std::string& scenario, const std::string& output) {
  const BundleLoad bundle = pack_bundle(scenario);
  if (!bundle.ok()) {
    std::cerr << problems_text(bundle.problems);
    return kExitFailure;
  }
  std::string path = output;
  if (path.empty()) {
    const std::string name = std::filesystem::path(scenario).filename().string();
    path = name.substr(0, name.size() - 5) + std::string(kBundleSuffix);
  }
  std::string error;
  if (!write_new_file_atomic(path, bundle_text(*bundle.bundle), &error)) {
    std::cerr << "epd-drill export: " << engine_message(error) << "\n";
    return kExitFailure;
  }
  std::string plans;
  for (const BundleFile& p : bundle.bundle->plans) plans += (plans.empty() ? "" : ", ") + p.file;
  std::cout << fill(plans.empty() ? tr("{0}: {1}, no plans") : tr("{0}: {1} and plans: {2}"),
                    {path, bundle.bundle->scenario.file, plans})
            << "\n";
  return kExitOk;
}

int import_bundle(const std::string& bundle_file, const std::string& folder, bool replace) {
  const BundleLoad bundle = read_bundle_file(bundle_file);
  if (!bundle.ok()) {
    std::cerr << problems_text(bundle.problems);
    return kExitFailure;
  }
  // Even with --replace, never over the bundle being read.
  std::vector<const BundleFile*> files{&bundle.bundle->scenario};
  for (const BundleFile& p : bundle.bundle->plans) files.push_back(&p);
  for (const BundleFile* f : files)
    if (output_clashes((std::filesystem::path(folder) / f->file).string(), {bundle_file}, "epd-drill import")) return kExitFailure;
  const BundleImport done = epd::import_bundle(*bundle.bundle, folder, replace);
  for (const std::string& path : done.conflicts)
    std::cerr << path << ": " << tr("exists with other content: nothing was imported (--replace replaces it)") << "\n";
  if (!done.error.empty()) std::cerr << "epd-drill import: " << engine_message(done.error) << "\n";
  for (const std::string& path : done.written) std::cout << fill(tr("written: {0}"), {path}) << "\n";
  for (const std::string& path : done.unchanged) std::cout << fill(tr("already there, the same: {0}"), {path}) << "\n";
  return done.ok() ? kExitOk : kExitFailure;
}

}  // namespace epd::cli

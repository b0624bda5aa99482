#include "scenario/scenario_bundle.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "io/text_file.h"
#include "json/checked_archive.h"
#include "json/editable.h"
#include "scenario/plan.h"
#include "scenario/plan_files.h"
#include "scenario/scenario_load.h"

namespace epd {

template <class Ar>
void load(Ar& ar, BundleFile& f) {
  ar(cereal::make_nvp("file", f.file), cereal::make_nvp("text", f.text));
}

template <class Ar>
void load(Ar& ar, ScenarioBundle& b) {
  ar(cereal::make_nvp("epd_drill_bundle", b.format_version));
  if (b.format_version != kBundleFormatVersion) {
    json::report(ar, "epd_drill_bundle", "this program reads bundle format version 1");
    json::abandon(ar);
    return;
  }
  ar(cereal::make_nvp("scenario", b.scenario), json::optional_nvp("plans", b.plans));
}

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A name that stays in the folder it is imported into.
bool plain_file_name(const std::string& name) {
  return !name.empty() && name.front() != '.' && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos && name.find('\0') == std::string::npos;
}

std::string stem(const std::string& scenario_file) { return scenario_file.substr(0, scenario_file.size() - 5); }

// The names must make the same files again: a scenario NAME.json and plans
// NAME.plan.json or NAME.OTHER.plan.json, each once.
void check_names(const ScenarioBundle& b, const json::Node& root, const std::string& file, json::Diagnostics& out) {
  const std::string& s = b.scenario.file;
  const auto add = [&](const std::string& path, const std::string& message) {
    out.add(file, json::locate(root, path), path, message);
  };
  const bool scenario_name_ok = plain_file_name(s) && ends_with(s, ".json") && s.size() > 5 && !is_plan_file(s) &&
                                !is_bundle_file(s);
  if (!scenario_name_ok) add("scenario.file", "must be a file name ending in .json, without a folder");
  for (std::size_t i = 0; i < b.plans.size(); ++i) {
    const std::string& p = b.plans[i].file;
    const std::string path = "plans[" + std::to_string(i) + "].file";
    if (!plain_file_name(p) || !is_plan_file(p)) {
      add(path, "must be a file name ending in .plan.json, without a folder");
    } else if (scenario_name_ok && p.compare(0, stem(s).size() + 1, stem(s) + ".") != 0) {
      add(path, "a plan of " + s + " is named " + stem(s) + ".plan.json or " + stem(s) + ".NAME.plan.json");
    }
    for (std::size_t k = 0; k < i; ++k)
      if (b.plans[k].file == p) add(path, "the bundle already has " + p + " (plans[" + std::to_string(k) + "])");
  }
}

// The scenario and every plan must load: the problems of each are given
// where they are in its own text.
void check_contents(const ScenarioBundle& b, const std::string& file, json::Diagnostics& out) {
  const ScenarioLoad scenario = load_scenario_text(b.scenario.text, file + " (" + b.scenario.file + ")");
  out.merge(scenario.problems);
  for (const BundleFile& p : b.plans) {
    if (!scenario.ok()) break;
    out.merge(load_plan_text(p.text, file + " (" + p.file + ")", *scenario.scenario).problems);
  }
}

BundleLoad checked(ScenarioBundle bundle, const json::Node& root, const std::string& file) {
  BundleLoad result;
  check_names(bundle, root, file, result.problems);
  check_contents(bundle, file, result.problems);
  if (result.problems.empty()) result.bundle = std::move(bundle);
  return result;
}

}  // namespace

bool is_bundle_file(std::string_view path) { return ends_with(path, kBundleSuffix); }

BundleLoad pack_bundle(const std::string& scenario_path) {
  BundleLoad result;
  ScenarioBundle bundle;
  bundle.scenario.file = std::filesystem::path(scenario_path).filename().string();
  const auto text = read_user_file(scenario_path, result.problems);
  if (!text) return result;
  bundle.scenario.text = *text;
  const std::vector<std::string> plans = plans_beside(scenario_path);
  for (const std::string& plan : plans) {
    const auto plan_text = read_user_file(plan, result.problems);
    if (plan_text) bundle.plans.push_back({std::filesystem::path(plan).filename().string(), *plan_text});
  }
  if (!result.problems.empty()) return result;
  // Checked as the files they are, so a problem names the file to fix.
  const ScenarioLoad scenario = load_scenario_text(bundle.scenario.text, scenario_path);
  result.problems.merge(scenario.problems);
  if (scenario.ok()) {
    for (std::size_t i = 0; i < bundle.plans.size(); ++i)
      result.problems.merge(load_plan_text(bundle.plans[i].text, plans[i], *scenario.scenario).problems);
  }
  if (result.problems.empty()) result.bundle = std::move(bundle);
  return result;
}

std::string bundle_text(const ScenarioBundle& bundle) {
  using json::Value;
  const auto file_value = [](const BundleFile& f) {
    Value v = Value::empty_object();
    v.members.emplace_back("file", Value::of_string(f.file));
    v.members.emplace_back("text", Value::of_string(f.text));
    return v;
  };
  Value root = Value::empty_object();
  root.members.emplace_back("epd_drill_bundle", Value::of_integer(bundle.format_version));
  root.members.emplace_back("scenario", file_value(bundle.scenario));
  Value plans = Value::empty_array();
  for (const BundleFile& p : bundle.plans) plans.items.push_back(file_value(p));
  root.members.emplace_back("plans", std::move(plans));
  return json::write_text(root);
}

BundleLoad read_bundle_text(std::string_view text, const std::string& file) {
  BundleLoad result;
  ScenarioBundle bundle;
  bundle.format_version = 0;  // a file without the field is refused, not taken for version 1
  const json::ParsedDocument doc = json::load_object(text, file, "a scenario bundle", bundle, result.problems);
  if (!result.problems.empty()) return result;
  return checked(std::move(bundle), *doc.root, file);
}

BundleLoad read_bundle_file(const std::string& path) {
  BundleLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? read_bundle_text(*text, path) : result;
}

BundleImport import_bundle(const ScenarioBundle& bundle, const std::string& folder, bool replace) {
  BundleImport result;
  std::vector<const BundleFile*> files{&bundle.scenario};
  for (const BundleFile& p : bundle.plans) files.push_back(&p);
  std::vector<const BundleFile*> to_write;
  for (const BundleFile* f : files) {
    const std::string path = (std::filesystem::path(folder) / f->file).string();
    std::string ignored;
    const auto existing = read_text_file(path, &ignored);
    if (existing && *existing == f->text) {
      result.unchanged.push_back(path);
    } else {
      std::error_code ec;
      if (std::filesystem::exists(path, ec) && !replace) result.conflicts.push_back(path);
      to_write.push_back(f);
    }
  }
  if (!result.conflicts.empty()) return result;
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    result.error = "cannot create " + folder + ": " + ec.message();
    return result;
  }
  // Plans first: the scenario appears in a library last, with its plans beside it.
  std::stable_partition(to_write.begin(), to_write.end(), [&](const BundleFile* f) { return f != &bundle.scenario; });
  for (const BundleFile* f : to_write) {
    const std::string path = (std::filesystem::path(folder) / f->file).string();
    if (!write_file_atomic(path, f->text, &result.error)) return result;
    result.written.push_back(path);
  }
  return result;
}

}  // namespace epd

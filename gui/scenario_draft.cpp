#include "scenario_draft.h"

#include <filesystem>

#include "io/text_file.h"
#include "json/path.h"
#include "scenario/plan_files.h"
#include "scenario/scenario_load.h"
#include "text/language.h"

namespace epd::gui {

using json::Value;

const std::vector<ScenarioTemplate>& scenario_templates() {
  static const std::vector<ScenarioTemplate> kTemplates = {
      {"planned_downtime", tr_later("A planned EPD upgrade that overruns"), "epd-upgrade-overrun.json"},
      {"local_server", tr_later("The hospital's own server fails"), "local-server-failure.json"},
      {"own_network", tr_later("Ransomware on the hospital's own network"), "hospital-network-ransomware.json"},
      {"vendor_cloud", tr_later("Ransomware in the EPD vendor's cloud"), "vendor-cloud-ransomware.json"},
      {"lab_system", tr_later("The lab system fails"), "lab-partner-ransomware.json"},
      {"region", tr_later("A region of hospitals on one vendor"), "roaz-region-vendor-outage.json"},
  };
  return kTemplates;
}

namespace {

std::optional<Value> read_document(const std::string& path, std::string* error) {
  json::Diagnostics problems;
  const std::optional<std::string> text = read_user_file(path, problems);
  std::optional<Value> doc;
  if (text) doc = json::read_value(*text, path, problems);
  if (!doc || !doc->is(Value::Kind::object)) {
    if (error) *error = problems.items().empty() ? fill(tr("{0} is not a scenario"), {path}) : problems.items().front().format();
    return std::nullopt;
  }
  return doc;
}

}  // namespace

void ScenarioDraft::read_plan_beside(const std::string& scenario_path) {
  std::error_code ec;
  const std::string plan_file = reference_plan_path(scenario_path);
  if (!std::filesystem::exists(plan_file, ec)) return;
  json::Diagnostics problems;
  if (const auto text = read_user_file(plan_file, problems)) plan_ = json::read_value(*text, plan_file, problems);
}

std::optional<ScenarioDraft> ScenarioDraft::open(const std::string& path, const SchemaView* schema, std::string* error) {
  std::optional<Value> doc = read_document(path, error);
  if (!doc) return std::nullopt;
  ScenarioDraft draft(std::move(*doc), path, schema);
  draft.read_plan_beside(path);
  return draft;
}

std::optional<ScenarioDraft> ScenarioDraft::from(const std::string& source, const SchemaView* schema, std::string* error) {
  std::optional<Value> doc = read_document(source, error);
  if (!doc) return std::nullopt;
  ScenarioDraft draft(std::move(*doc), "", schema);
  draft.read_plan_beside(source);
  // A new scenario of its own: plans and saves tell scenarios apart by id.
  const Value* id = draft.doc_.find("id");
  draft.set("id", Value::of_string((id != nullptr && id->is(Value::Kind::string) ? id->text : "scenario") + "-new"));
  draft.changed_ = true;
  return draft;
}

std::string ScenarioDraft::display_name() const {
  return path_.empty() ? tr("(new scenario, not saved yet)") : path_;
}

bool ScenarioDraft::set(const std::string& path, Value value) {
  // The format's field order for the object the field is in.
  std::vector<std::string> order;
  if (schema_ != nullptr) {
    order = schema_->fields(schema_->at(doc_, json::parent_path(path)));
  }
  if (!json::assign(doc_, path, std::move(value), order)) return false;
  changed_ = true;
  ++revision_;
  return true;
}

bool ScenarioDraft::remove(const std::string& path) {
  if (!json::erase(doc_, path)) return false;
  changed_ = true;
  ++revision_;
  return true;
}

bool ScenarioDraft::append(const std::string& list_path, Value item) {
  Value* list = json::find_path(doc_, list_path);
  if (list == nullptr) {
    if (!set(list_path, Value::empty_array())) return false;
    list = json::find_path(doc_, list_path);
  }
  if (list == nullptr || !list->is(Value::Kind::array)) return false;
  list->items.push_back(std::move(item));
  changed_ = true;
  ++revision_;
  return true;
}

void ScenarioDraft::check() {
  if (checked_revision_ == revision_) return;
  checked_revision_ = revision_;
  const ScenarioLoad load = load_scenario_text(text(), path_.empty() ? "scenario.json" : path_);
  problems_ = load.problems;
  warnings_ = load.warnings;
  scenario_ = load.scenario;
}

const json::Diagnostics& ScenarioDraft::problems() {
  check();
  return problems_;
}

const json::Diagnostics& ScenarioDraft::warnings() {
  check();
  return warnings_;
}

std::shared_ptr<const Scenario> ScenarioDraft::scenario() {
  check();
  return scenario_;
}

bool ScenarioDraft::save_as(const std::string& path, bool overwrite, std::string* error) {
  std::error_code ec;
  const bool own = !path_.empty() && std::filesystem::equivalent(path, path_, ec);
  const bool ok = own || overwrite ? write_file_atomic(path, text(), error) : write_new_file_atomic(path, text(), error);
  if (!ok) return false;
  path_ = path;
  changed_ = false;
  if (plan_) {
    // The plan follows the scenario's id; an existing plan file is left alone.
    Value plan = *plan_;
    if (const Value* id = doc_.find("id")) json::assign(plan, "scenario", *id);
    std::string ignored;
    write_new_file_atomic(reference_plan_path(path), json::write_text(plan), &ignored);
  }
  return true;
}

std::shared_ptr<const Plan> ScenarioDraft::reference_plan() {
  plan_problems_ = json::Diagnostics{};
  const std::shared_ptr<const Scenario> s = scenario();
  if (!plan_ || !s) return nullptr;
  Value plan = *plan_;
  json::assign(plan, "scenario", Value::of_string(s->id));
  const PlanLoad load = load_plan_text(json::write_text(plan), "reference.plan.json", *s);
  plan_problems_ = load.problems;
  return load.plan;
}

}  // namespace epd::gui

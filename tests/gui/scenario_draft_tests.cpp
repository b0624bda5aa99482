// The editor's model without a window: the schema read for forms, a draft
// checked by the loader after each change, the dry run off the UI thread.

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "default_sources.h"
#include "dry_run.h"
#include "json/field_walker.h"
#include "scenario/scenario_load.h"
#include "scenario_draft.h"
#include "schema_view.h"

using namespace epd;
using namespace epd::gui;

namespace {

SchemaView shipped_schema() {
  std::ifstream in(EPD_SOURCE_DIR "/scenarios/scenario.schema.json");
  std::ostringstream text;
  text << in.rdbuf();
  json::Diagnostics problems;
  auto schema = json::read_value(text.str(), "scenario.schema.json", problems);
  REQUIRE(schema.has_value());
  return SchemaView(std::move(*schema));
}

const std::string kFlagship = EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.json";

}  // namespace

TEST_CASE("the schema gives each field its widget, the forms of a condition and a blank new item", "[editor]") {
  const SchemaView schema = shipped_schema();
  std::string error;
  const auto draft = ScenarioDraft::open(kFlagship, &schema, &error);
  REQUIRE(draft.has_value());
  const json::Value& doc = draft->doc();
  CHECK(schema.describe(schema.at(doc, "title")).widget == Widget::text);
  CHECK(schema.describe(schema.at(doc, "horizon")).widget == Widget::duration);
  CHECK(schema.describe(schema.at(doc, "hospitals")).widget == Widget::list);
  CHECK(schema.describe(schema.at(doc, "hospitals[0].functions[0].roles[0]")).widget == Widget::choice);
  CHECK(schema.describe(schema.at(doc, "hospitals[0].downtime.staff_trained_share")).widget == Widget::number);
  // A trigger is one of several forms; the one the file uses decides its fields.
  const json::Value* trigger = schema.at(doc, "injects[0].trigger");
  CHECK(schema.describe(trigger).widget == Widget::one_of);
  CHECK(schema.form_of(trigger, *json::find_path(doc, "injects[0].trigger")) >= 0);
  CHECK(schema.describe(schema.at(doc, "injects[0].trigger.at")).widget == Widget::duration);
  // A new inject has exactly its required fields.
  const json::Value blank = schema.blank(schema.at(doc, "injects")->find("items"));
  REQUIRE(blank.is(json::Value::Kind::object));
  for (const auto& m : blank.members) CHECK(schema.required(schema.at(doc, "injects")->find("items"), m.first));
  CHECK(blank.find("id") != nullptr);
}

TEST_CASE("a draft is checked by the loader after every change and saves never over another file unasked", "[editor]") {
  const SchemaView schema = shipped_schema();
  std::string error;
  auto draft = ScenarioDraft::from(kFlagship, &schema, &error);
  REQUIRE(draft.has_value());
  CHECK(draft->problems().empty());
  CHECK(json::find_path(draft->doc(), "id")->text == "vendor-cloud-ransomware-new");
  REQUIRE(draft->set("hospitals[0].downtime.paper_kit_hours", json::Value::of_string("eight")));
  REQUIRE(draft->problems().size() == 1);
  CHECK(draft->problems().items()[0].path == "hospitals[0].downtime.paper_kit_hours");
  CHECK(draft->scenario() == nullptr);
  REQUIRE(draft->set("hospitals[0].downtime.paper_kit_hours", json::Value::of_integer(8)));
  CHECK(draft->problems().empty());
  // A new field lands in the format's order: "summary" sits before "start".
  REQUIRE(draft->remove("summary"));
  REQUIRE(draft->set("summary", json::Value::of_string("Shorter.")));
  const auto& members = draft->doc().members;
  const auto at = [&](const char* key) {
    for (std::size_t i = 0; i < members.size(); ++i)
      if (members[i].first == key) return i;
    return members.size();
  };
  CHECK(at("summary") < at("start"));
  CHECK(at("title") < at("summary"));
  // The flagship itself is never replaced by a draft made from it.
  CHECK_FALSE(draft->save_as(kFlagship, false, &error));
  CHECK(error.find("exists") != std::string::npos);
}

TEST_CASE("the dry run plays the draft to its horizon off the caller's thread, with and without its plan", "[editor]") {
  const SchemaView schema = shipped_schema();
  std::string error;
  auto draft = ScenarioDraft::from(kFlagship, &schema, &error);
  REQUIRE(draft.has_value());
  REQUIRE(draft->reference_plan() != nullptr);
  DryRun run;
  run.start(draft->scenario(), draft->reference_plan(), 1);
  for (int i = 0; i < 6000 && !run.finished(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE(run.finished());
  REQUIRE(run.no_response() != nullptr);
  REQUIRE(run.with_plan() != nullptr);
  CHECK(run.no_response()->now() == run.no_response()->horizon());
  // The plan answers the outage: fewer medication errors than no response.
  CHECK(run.with_plan()->metric("medication_errors") < run.no_response()->metric("medication_errors"));
}

TEST_CASE("the editor finds each default's unit and source in the docs' Defaults tables, with the sources it cites", "[editor]") {
  const gui::DefaultSource* beds = gui::default_source("hospitals[3].wards.ward_beds");
  REQUIRE(beds != nullptr);
  CHECK(beds->unit == "beds");
  CHECK(beds->source == "[cwz-2019]");
  REQUIRE(beds->references.size() == 1);
  CHECK(beds->references[0].rfind("cwz-2019: CWZ key figures 2019", 0) == 0);
  const gui::DefaultSource* kits = gui::default_source("hospitals[0].downtime.paper_kit_hours");
  REQUIRE(kits != nullptr);
  CHECK(kits->unit == "hours of care");
  CHECK(gui::default_source("hospitals[0].no_such_field") == nullptr);
  // Every default the loader has is found: the tables are complete (the docs test) and the editor reads them all.
  std::size_t found = 0, with_default = 0;
  for (const json::FieldInfo& f : scenario_field_catalogue()) {
    if (f.default_json.empty()) continue;
    ++with_default;
    INFO(f.path);
    CHECK(gui::default_source(f.path) != nullptr);
    found += gui::default_source(f.path) != nullptr;
  }
  CHECK(found == with_default);
}

#pragma once
// A scenario being written in the console's editor: the file as an editable
// JSON document, checked by the same loader as `epd-drill validate` after
// every change, saved as a person would write it and never over another file
// without the trainer's say-so. Plain C++ (no ImGui): the editor screen
// (editor_screen.cpp) draws it and changes it only through these calls.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "json/diagnostics.h"
#include "json/editable.h"
#include "scenario/plan.h"
#include "scenario/scenario.h"
#include "schema_view.h"

namespace epd::gui {

// A starting point for a new scenario: a shipped scenario of that kind.
struct ScenarioTemplate {
  const char* id;     // "vendor_cloud": for scripts
  const char* title;  // tr_later: shown in the "New scenario" list
  const char* file;   // in the scenarios folder
};
const std::vector<ScenarioTemplate>& scenario_templates();

class ScenarioDraft {
 public:
  // An existing file, to edit and save (as itself, or as a new file).
  static std::optional<ScenarioDraft> open(const std::string& path, const SchemaView* schema, std::string* error);
  // A new scenario from `source` (a template or any scenario): its content
  // with a new id, not yet saved anywhere.
  static std::optional<ScenarioDraft> from(const std::string& source, const SchemaView* schema, std::string* error);

  const json::Value& doc() const { return doc_; }
  const std::string& path() const { return path_; }  // "" until saved
  std::string display_name() const;
  bool changed() const { return changed_; }

  // Every change goes through these; a new field goes where the format's
  // field order puts it. False: the path does not lead there.
  bool set(const std::string& path, json::Value value);
  bool remove(const std::string& path);
  bool append(const std::string& list_path, json::Value item);

  // The loader's verdict on the document as it is now (checked again only
  // after a change): the same problems `epd-drill validate` prints.
  const json::Diagnostics& problems();
  const json::Diagnostics& warnings();
  // The loaded scenario, when the document has no problems.
  std::shared_ptr<const Scenario> scenario();
  std::string text() const { return json::write_text(doc_); }

  // Writes the document to `path`: a new file, or the draft's own file, or
  // -- only with `overwrite` -- another existing file. Atomic. The reference
  // plan goes beside it as NAME.plan.json when no file of that name is there.
  bool save_as(const std::string& path, bool overwrite, std::string* error);

  // The reference plan that came with the scenario (NAME.plan.json beside
  // the file or template), for the dry run: loaded against the scenario as
  // it is now, or null (none, or it no longer fits: plan_problems()).
  std::shared_ptr<const Plan> reference_plan();
  const json::Diagnostics& plan_problems() const { return plan_problems_; }
  bool has_plan() const { return plan_.has_value(); }

 private:
  ScenarioDraft(json::Value doc, std::string path, const SchemaView* schema)
      : doc_(std::move(doc)), path_(std::move(path)), schema_(schema) {}
  void read_plan_beside(const std::string& scenario_path);
  void check();
  json::Value doc_;
  std::string path_;
  const SchemaView* schema_ = nullptr;
  bool changed_ = false;
  int revision_ = 0, checked_revision_ = -1;
  json::Diagnostics problems_, warnings_;
  std::shared_ptr<const Scenario> scenario_;
  std::optional<json::Value> plan_;
  json::Diagnostics plan_problems_;
};

}  // namespace epd::gui

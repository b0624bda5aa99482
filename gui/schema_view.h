#pragma once
// The scenario format's JSON Schema (scenarios/scenario.schema.json), read
// for the editor: which fields an object has and in what order, what kind of
// value each takes (the widget), its words, and a blank new list item.
// Plain C++ (no ImGui).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/editable.h"

namespace epd::gui {

enum class Widget { object, list, text, string, integer, number, boolean, choice, duration, clock, one_of, raw };

struct FieldSchema {
  Widget widget = Widget::raw;
  const json::Value* node = nullptr;  // the resolved schema
  std::vector<std::string> choices;   // Widget::choice: the words; one_of: each form's name
  std::optional<double> min, max;
  std::string description;
};

class SchemaView {
 public:
  SchemaView() = default;
  explicit SchemaView(json::Value schema) : schema_(std::move(schema)) {}
  bool loaded() const { return schema_.is(json::Value::Kind::object); }

  // The schema of the value at `path` in `doc`, or nullptr. Where the schema
  // offers several forms (a condition, an effect, a criterion), the form
  // whose required fields the value has.
  const json::Value* at(const json::Value& doc, std::string_view path) const;
  FieldSchema describe(const json::Value* schema) const;
  // An object schema's fields, in the format's order, and the required ones.
  std::vector<std::string> fields(const json::Value* schema) const;
  bool required(const json::Value* schema, std::string_view field) const;
  // A one_of's forms, and which one `value` is in (-1: none).
  std::vector<const json::Value*> forms(const json::Value* schema) const;
  int form_of(const json::Value* schema, const json::Value& value) const;
  // A new value for `schema`: an object with its required fields filled
  // with blanks ("" for a string, 0, the first choice, "1h", ...).
  json::Value blank(const json::Value* schema) const;

 private:
  const json::Value* resolve(const json::Value* node) const;  // follows "$ref"
  json::Value schema_;
};

}  // namespace epd::gui

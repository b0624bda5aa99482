#include "schema_view.h"

#include "json/path.h"
#include "text/language.h"

namespace epd::gui {

using json::Value;

namespace {

const Value* member(const Value* v, std::string_view key) { return v != nullptr ? v->find(key) : nullptr; }

std::string string_of(const Value* v) { return v != nullptr && v->is(Value::Kind::string) ? v->text : std::string(); }

std::optional<double> number_of(const Value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is(Value::Kind::integer)) return static_cast<double>(v->integer);
  if (v->is(Value::Kind::number)) return v->number;
  return std::nullopt;
}

}  // namespace

const Value* SchemaView::resolve(const Value* node) const {
  for (int hops = 0; node != nullptr && hops < 8; ++hops) {
    const std::string ref = string_of(member(node, "$ref"));
    const std::string prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0) return node;
    node = member(member(&schema_, "$defs"), ref.substr(prefix.size()));
  }
  return node;
}

const Value* SchemaView::at(const Value& doc, std::string_view path) const {
  if (!loaded()) return nullptr;
  const Value* node = &schema_;
  const Value* value = &doc;
  bool complete = false;
  for (const json::PathStep& step : json::split_path(path, &complete)) {
    node = resolve(node);
    if (member(node, "oneOf") != nullptr && value != nullptr) {
      const std::vector<const Value*> options = forms(node);
      const int form = form_of(node, *value);
      node = form >= 0 ? options[static_cast<std::size_t>(form)] : nullptr;
    }
    if (node == nullptr) return nullptr;
    if (step.is_index) {
      node = member(node, "items");
      value = value != nullptr && step.index < value->items.size() ? &value->items[step.index] : nullptr;
    } else {
      const Value* props = member(node, "properties");
      const Value* next = member(props, step.key);
      // An object of named things (profiles): every member has the same schema.
      if (next == nullptr && member(node, "additionalProperties") != nullptr &&
          member(node, "additionalProperties")->is(Value::Kind::object))
        next = member(node, "additionalProperties");
      node = next;
      value = value != nullptr ? value->find(step.key) : nullptr;
    }
  }
  return complete ? resolve(node) : nullptr;
}

FieldSchema SchemaView::describe(const Value* schema) const {
  FieldSchema f;
  f.node = resolve(schema);
  if (f.node == nullptr) return f;
  const Value* defs = member(&schema_, "$defs");
  // The schema's own Dutch (description_nl, a keyword JSON Schema editors ignore) when Dutch is shown.
  const std::string dutch = language() == Lang::nl ? string_of(member(f.node, "description_nl")) : std::string();
  f.description = dutch.empty() ? string_of(member(f.node, "description")) : dutch;
  f.min = number_of(member(f.node, "minimum"));
  f.max = number_of(member(f.node, "maximum"));
  const std::string type = string_of(member(f.node, "type"));
  if (f.node == member(defs, "text")) f.widget = Widget::text;
  else if (f.node == member(defs, "duration")) f.widget = Widget::duration;
  else if (f.node == member(defs, "clock")) f.widget = Widget::clock;
  else if (member(f.node, "oneOf") != nullptr) {
    f.widget = Widget::one_of;
    for (const Value* form : forms(f.node)) {
      const Value* req = member(form, "required");
      f.choices.push_back(req != nullptr && !req->items.empty() ? req->items.front().text : string_of(member(form, "type")));
    }
  } else if (const Value* words = member(f.node, "enum"); words != nullptr && type != "integer") {
    f.widget = Widget::choice;
    for (const Value& w : words->items)
      f.choices.push_back(w.is(Value::Kind::string) ? w.text : json::write_compact(w));
  } else if (type == "object") f.widget = Widget::object;
  else if (type == "array") f.widget = Widget::list;
  else if (type == "string") f.widget = Widget::string;
  else if (type == "integer" || member(f.node, "enum") != nullptr) f.widget = Widget::integer;
  else if (type == "number") f.widget = Widget::number;
  else if (type == "boolean") f.widget = Widget::boolean;
  return f;
}

std::vector<std::string> SchemaView::fields(const Value* schema) const {
  std::vector<std::string> out;
  if (const Value* props = member(resolve(schema), "properties"))
    for (const auto& m : props->members) out.push_back(m.first);
  return out;
}

bool SchemaView::required(const Value* schema, std::string_view field) const {
  if (const Value* req = member(resolve(schema), "required"))
    for (const Value& r : req->items)
      if (r.text == field) return true;
  return false;
}

std::vector<const Value*> SchemaView::forms(const Value* schema) const {
  std::vector<const Value*> out;
  if (const Value* options = member(resolve(schema), "oneOf"))
    for (const Value& o : options->items) out.push_back(resolve(&o));
  return out;
}

int SchemaView::form_of(const Value* schema, const Value& value) const {
  const std::vector<const Value*> options = forms(schema);
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::string type = string_of(member(options[i], "type"));
    if (value.is(Value::Kind::string) && type == "string") return static_cast<int>(i);
    if (!value.is(Value::Kind::object) || type != "object") continue;
    bool fits = true;
    if (const Value* req = member(options[i], "required"))
      for (const Value& r : req->items) fits &= value.find(r.text) != nullptr;
    const Value* props = member(options[i], "properties");
    for (const auto& m : value.members) fits &= props == nullptr || props->find(m.first) != nullptr;
    if (fits) return static_cast<int>(i);
  }
  return -1;
}

Value SchemaView::blank(const Value* schema) const {
  const FieldSchema f = describe(schema);
  switch (f.widget) {
    case Widget::text:
    case Widget::string: return Value::of_string("");
    case Widget::duration: return Value::of_string("1h");
    case Widget::clock: return Value::of_string("08:00");
    case Widget::choice: return Value::of_string(f.choices.empty() ? "" : f.choices.front());
    case Widget::integer: return Value::of_integer(f.min ? static_cast<std::int64_t>(*f.min) : 0);
    case Widget::number: return Value::of_number(f.min.value_or(0.0));
    case Widget::boolean: return Value::of_bool(false);
    case Widget::list: return Value::empty_array();
    case Widget::one_of: {
      const std::vector<const Value*> options = forms(f.node);
      return options.empty() ? Value{} : blank(options.front());
    }
    case Widget::object: {
      Value v = Value::empty_object();
      for (const std::string& field : fields(f.node))
        if (required(f.node, field)) v.members.emplace_back(field, blank(member(member(f.node, "properties"), field)));
      return v;
    }
    case Widget::raw: break;
  }
  return Value{};
}

}  // namespace epd::gui

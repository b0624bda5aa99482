#pragma once
// An editable JSON document: what the scenario editor changes field by field
// and writes back as a person would have written it. Members keep the order
// they were written in (a new one goes where a given field order puts it),
// integers stay exact, and every text is kept as it was.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json/diagnostics.h"
#include "json/node.h"

namespace epd::json {

struct Value {
  using Kind = Node::Kind;
  Kind kind = Kind::null;
  bool boolean = false;
  std::int64_t integer = 0;  // Kind::integer
  double number = 0;         // Kind::number
  std::string text;          // Kind::string
  std::vector<Value> items;  // Kind::array
  std::vector<std::pair<std::string, Value>> members;  // Kind::object, in order

  static Value of_bool(bool b);
  static Value of_integer(std::int64_t i);
  static Value of_number(double d);
  static Value of_string(std::string s);
  static Value empty_array();
  static Value empty_object();

  bool is(Kind k) const { return kind == k; }
  Value* find(std::string_view key);
  const Value* find(std::string_view key) const;
  bool operator==(const Value& other) const;
  bool operator!=(const Value& other) const { return !(*this == other); }
};

// The value of a parsed node (positions dropped; a repeated key keeps its first value).
Value from_node(const Node& node);
// `text` parsed; nullopt after a syntax error (in `problems`).
std::optional<Value> read_value(std::string_view text, const std::string& file, Diagnostics& problems);

// The value at `path` ("hospitals[0].name"), or nullptr.
Value* find_path(Value& root, std::string_view path);
const Value* find_path(const Value& root, std::string_view path);

// Puts `value` at `path`, making the objects on the way; a member that is
// new goes before the first member that `order` lists after it (the field
// order of the file's format), else at the end. False when the path runs
// through something that is not an object or past the end of a list.
bool assign(Value& root, std::string_view path, Value value, const std::vector<std::string>& order = {});
// Removes the member or list element at `path`; false if there is none.
bool erase(Value& root, std::string_view path);

// The document as text: two spaces of indent, an object or list on one line
// when it fits in `width` columns,
// numbers in their shortest exact form, a newline at the end.
std::string write_text(const Value& root, int width = 120);
// `v` on one line, without the final newline: {"a": 1, "b": [true]}.
std::string write_compact(const Value& v);

}  // namespace epd::json

#include "json/editable.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "json/document.h"
#include "json/path.h"

namespace epd::json {

Value Value::of_bool(bool b) {
  Value v;
  v.kind = Kind::boolean;
  v.boolean = b;
  return v;
}

Value Value::of_integer(std::int64_t i) {
  Value v;
  v.kind = Kind::integer;
  v.integer = i;
  return v;
}

Value Value::of_number(double d) {
  Value v;
  v.kind = Kind::number;
  v.number = d;
  return v;
}

Value Value::of_string(std::string s) {
  Value v;
  v.kind = Kind::string;
  v.text = std::move(s);
  return v;
}

Value Value::empty_array() {
  Value v;
  v.kind = Kind::array;
  return v;
}

Value Value::empty_object() {
  Value v;
  v.kind = Kind::object;
  return v;
}

Value* Value::find(std::string_view key) {
  for (auto& m : members)
    if (m.first == key) return &m.second;
  return nullptr;
}

const Value* Value::find(std::string_view key) const { return const_cast<Value*>(this)->find(key); }

bool Value::operator==(const Value& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::null: return true;
    case Kind::boolean: return boolean == o.boolean;
    case Kind::integer: return integer == o.integer;
    case Kind::number: return number == o.number;
    case Kind::string: return text == o.text;
    case Kind::array: return items == o.items;
    case Kind::object: return members == o.members;
  }
  return false;
}

Value from_node(const Node& node) {
  switch (node.kind()) {
    case Node::Kind::null: return Value{};
    case Node::Kind::boolean: return Value::of_bool(node.as_bool());
    case Node::Kind::integer:
      // An integer beyond int64 is kept as the nearest number.
      if (const auto i = node.as_int64()) return Value::of_integer(*i);
      return Value::of_number(node.as_double());
    case Node::Kind::number: return Value::of_number(node.as_double());
    case Node::Kind::string: return Value::of_string(node.as_string());
    case Node::Kind::array: {
      Value v = Value::empty_array();
      for (const Node& item : node.items()) v.items.push_back(from_node(item));
      return v;
    }
    case Node::Kind::object: {
      Value v = Value::empty_object();
      for (const Member& m : node.members())
        if (!m.duplicate) v.members.emplace_back(m.key, from_node(m.value));
      return v;
    }
  }
  return Value{};
}

std::optional<Value> read_value(std::string_view text, const std::string& file, Diagnostics& problems) {
  const ParsedDocument doc = parse(text, file, problems);
  if (!doc.ok()) return std::nullopt;
  return from_node(*doc.root);
}

Value* find_path(Value& root, std::string_view path) {
  bool complete = false;
  Value* at = &root;
  for (const PathStep& step : split_path(path, &complete)) {
    if (step.is_index) {
      if (!at->is(Value::Kind::array) || step.index >= at->items.size()) return nullptr;
      at = &at->items[step.index];
    } else {
      if (!at->is(Value::Kind::object)) return nullptr;
      at = at->find(step.key);
      if (at == nullptr) return nullptr;
    }
  }
  return complete ? at : nullptr;
}

const Value* find_path(const Value& root, std::string_view path) { return find_path(const_cast<Value&>(root), path); }

namespace {

// Where a new member `key` goes among `members`, by `order`.
std::size_t insertion_point(const std::vector<std::pair<std::string, Value>>& members, std::string_view key,
                            const std::vector<std::string>& order) {
  const auto rank = [&](std::string_view k) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), k) - order.begin());
  };
  const std::size_t mine = rank(key);
  if (mine == order.size()) return members.size();
  for (std::size_t i = 0; i < members.size(); ++i)
    if (rank(members[i].first) > mine && rank(members[i].first) < order.size()) return i;
  return members.size();
}

}  // namespace

bool assign(Value& root, std::string_view path, Value value, const std::vector<std::string>& order) {
  bool complete = false;
  const std::vector<PathStep> steps = split_path(path, &complete);
  if (!complete) return false;
  Value* at = &root;
  for (std::size_t s = 0; s < steps.size(); ++s) {
    const PathStep& step = steps[s];
    const bool last = s + 1 == steps.size();
    if (step.is_index) {
      if (!at->is(Value::Kind::array) || step.index >= at->items.size()) return false;
      at = &at->items[step.index];
      continue;
    }
    if (at->is(Value::Kind::null)) *at = Value::empty_object();
    if (!at->is(Value::Kind::object)) return false;
    Value* next = at->find(step.key);
    if (next == nullptr) {
      const std::size_t where = insertion_point(at->members, step.key, last ? order : std::vector<std::string>{});
      at->members.emplace(at->members.begin() + static_cast<std::ptrdiff_t>(where), std::string(step.key), Value{});
      next = &at->members[where].second;
    }
    at = next;
  }
  *at = std::move(value);
  return true;
}

bool erase(Value& root, std::string_view path) {
  bool complete = false;
  std::vector<PathStep> steps = split_path(path, &complete);
  if (!complete || steps.empty()) return false;
  const PathStep last = steps.back();
  steps.pop_back();
  Value* parent = &root;
  if (!steps.empty()) {
    // The parent's path is the text before the last step.
    const std::size_t cut = last.is_index ? path.rfind('[') : path.size() - last.key.size() - 1;
    parent = find_path(root, path.substr(0, cut == std::string_view::npos ? 0 : cut));
    if (parent == nullptr) return false;
  }
  if (last.is_index) {
    if (!parent->is(Value::Kind::array) || last.index >= parent->items.size()) return false;
    parent->items.erase(parent->items.begin() + static_cast<std::ptrdiff_t>(last.index));
    return true;
  }
  if (!parent->is(Value::Kind::object)) return false;
  for (auto it = parent->members.begin(); it != parent->members.end(); ++it)
    if (it->first == last.key) {
      parent->members.erase(it);
      return true;
    }
  return false;
}

namespace {

void write_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// The shortest text that reads back as exactly `d`; a whole number keeps
// ".0" so that it stays a number with a fraction.
void write_number(std::string& out, double d) {
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  out += buf;
  if (std::string_view(buf).find_first_of(".eEn") == std::string_view::npos) out += ".0";
}

void write_compact(std::string& out, const Value& v) {
  switch (v.kind) {
    case Value::Kind::null: out += "null"; break;
    case Value::Kind::boolean: out += v.boolean ? "true" : "false"; break;
    case Value::Kind::integer: out += std::to_string(v.integer); break;
    case Value::Kind::number: write_number(out, v.number); break;
    case Value::Kind::string: write_string(out, v.text); break;
    case Value::Kind::array:
      out += '[';
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out += ", ";
        write_compact(out, v.items[i]);
      }
      out += ']';
      break;
    case Value::Kind::object:
      out += '{';
      for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (i) out += ", ";
        write_string(out, v.members[i].first);
        out += ": ";
        write_compact(out, v.members[i].second);
      }
      out += '}';
      break;
  }
}

// `v` at `indent`, `used` columns of its line already taken (its key).
void write_value(std::string& out, const Value& v, int indent, int used, int width) {
  std::string compact;
  write_compact(compact, v);
  const bool container = v.is(Value::Kind::array) || v.is(Value::Kind::object);
  if (!container || (v.items.empty() && v.members.empty()) || used + static_cast<int>(compact.size()) <= width) {
    out += compact;
    return;
  }
  const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
  if (v.is(Value::Kind::array)) {
    out += "[\n";
    for (std::size_t i = 0; i < v.items.size(); ++i) {
      out += inner;
      write_value(out, v.items[i], indent + 2, indent + 2, width);
      out += i + 1 < v.items.size() ? ",\n" : "\n";
    }
    out += std::string(static_cast<std::size_t>(indent), ' ') + "]";
    return;
  }
  out += "{\n";
  for (std::size_t i = 0; i < v.members.size(); ++i) {
    out += inner;
    const std::size_t before = out.size();
    write_string(out, v.members[i].first);
    out += ": ";
    write_value(out, v.members[i].second, indent + 2, indent + 2 + static_cast<int>(out.size() - before), width);
    out += i + 1 < v.members.size() ? ",\n" : "\n";
  }
  out += std::string(static_cast<std::size_t>(indent), ' ') + "}";
}

}  // namespace

std::string write_compact(const Value& v) {
  std::string out;
  write_compact(out, v);
  return out;
}

std::string write_text(const Value& root, int width) {
  std::string out;
  write_value(out, root, 0, 0, width);
  out += '\n';
  return out;
}

}  // namespace epd::json

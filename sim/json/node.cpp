#include "json/node.h"

#include <cmath>
#include <limits>
#include <utility>

#include "json/path.h"

namespace epd::json {

Node::Node(Value v, Position pos) : value_(std::move(v)), pos_(pos) {}

Node Node::null(Position pos) { return Node(std::monostate{}, pos); }
Node Node::boolean(bool v, Position pos) { return Node(v, pos); }
Node Node::integer(std::int64_t v, Position pos) { return Node(v, pos); }
Node Node::integer(std::uint64_t v, Position pos) {
  // Non-negative values that fit are kept as int64: one representation each.
  if (v <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return Node(static_cast<std::int64_t>(v), pos);
  }
  return Node(v, pos);
}
Node Node::number(double v, Position pos) { return Node(v, pos); }
Node Node::string(std::string v, Position pos) { return Node(std::move(v), pos); }
Node Node::array(Position pos) { return Node(std::vector<Node>{}, pos); }
Node Node::object(Position pos) { return Node(std::vector<Member>{}, pos); }

Node::Kind Node::kind() const {
  switch (value_.index()) {
    case 1: return Kind::boolean;
    case 2:
    case 3: return Kind::integer;
    case 4: return Kind::number;
    case 5: return Kind::string;
    case 6: return Kind::array;
    case 7: return Kind::object;
    default: return Kind::null;
  }
}

bool Node::as_bool() const {
  const auto* b = std::get_if<bool>(&value_);
  return b != nullptr && *b;
}

std::optional<std::int64_t> Node::as_int64() const {
  if (const auto* i = std::get_if<std::int64_t>(&value_)) return *i;
  return std::nullopt;
}

std::optional<std::uint64_t> Node::as_uint64() const {
  if (const auto* i = std::get_if<std::int64_t>(&value_)) {
    if (*i >= 0) return static_cast<std::uint64_t>(*i);
  }
  if (const auto* u = std::get_if<std::uint64_t>(&value_)) return *u;
  return std::nullopt;
}

double Node::as_double() const {
  if (const auto* d = std::get_if<double>(&value_)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&value_)) return static_cast<double>(*i);
  if (const auto* u = std::get_if<std::uint64_t>(&value_)) return static_cast<double>(*u);
  return 0.0;
}

const std::string& Node::as_string() const {
  static const std::string kEmpty;
  const auto* s = std::get_if<std::string>(&value_);
  return s != nullptr ? *s : kEmpty;
}

const std::vector<Node>& Node::items() const {
  static const std::vector<Node> kEmpty;
  const auto* v = std::get_if<std::vector<Node>>(&value_);
  return v != nullptr ? *v : kEmpty;
}

const std::vector<Member>& Node::members() const {
  static const std::vector<Member> kEmpty;
  const auto* v = std::get_if<std::vector<Member>>(&value_);
  return v != nullptr ? *v : kEmpty;
}

const Member* Node::find(std::string_view key) const {
  for (const auto& m : members()) {
    if (!m.duplicate && m.key == key) return &m;
  }
  return nullptr;
}

void Node::append(Node item) {
  if (auto* v = std::get_if<std::vector<Node>>(&value_)) v->push_back(std::move(item));
}

void Node::append(Member member) {
  if (auto* v = std::get_if<std::vector<Member>>(&value_)) v->push_back(std::move(member));
}

std::string_view describe(Node::Kind kind) {
  switch (kind) {
    case Node::Kind::null: return "null";
    case Node::Kind::boolean: return "true or false";
    case Node::Kind::integer: return "an integer";
    case Node::Kind::number: return "a number";
    case Node::Kind::string: return "a string";
    case Node::Kind::array: return "a list";
    case Node::Kind::object: return "an object";
  }
  return "a value";
}

std::string describe(const Node& node) {
  switch (node.kind()) {
    case Node::Kind::boolean: return node.as_bool() ? "true" : "false";
    case Node::Kind::number: {
      const double d = node.as_double();
      return std::trunc(d) == d ? "a number" : "a number with a fraction";
    }
    default: return std::string(describe(node.kind()));
  }
}

namespace {

// Follows `path` as far as the document goes; `complete` says whether it
// went all the way.
const Node* follow(const Node& root, std::string_view path, bool& complete) {
  const Node* at = &root;
  bool well_formed = false;
  complete = false;
  for (const PathStep& step : split_path(path, &well_formed)) {
    if (step.is_index) {
      if (step.index >= at->items().size()) return at;
      at = &at->items()[step.index];
    } else {
      const Member* m = at->find(step.key);
      if (m == nullptr) return at;
      at = &m->value;
    }
  }
  complete = well_formed;
  return at;
}

}  // namespace

Position locate(const Node& root, std::string_view path) {
  bool complete = false;
  return follow(root, path, complete)->pos();
}

const Node* find_path(const Node& root, std::string_view path) {
  bool complete = false;
  const Node* at = follow(root, path, complete);
  return complete ? at : nullptr;
}

}  // namespace epd::json

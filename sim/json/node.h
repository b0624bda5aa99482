#pragma once
// A JSON value that remembers where it was written. Produced by parse()
// (document.h) and read by CheckedJsonInputArchive; immutable once built.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "json/diagnostics.h"

namespace epd::json {

struct Member;

class Node {
 public:
  // Integers keep their exact value: int64 when it fits, else uint64.
  enum class Kind : std::uint8_t { null, boolean, integer, number, string, array, object };

  Node() = default;  // null, no position
  static Node null(Position pos);
  static Node boolean(bool v, Position pos);
  static Node integer(std::int64_t v, Position pos);
  static Node integer(std::uint64_t v, Position pos);
  static Node number(double v, Position pos);
  static Node string(std::string v, Position pos);
  static Node array(Position pos);
  static Node object(Position pos);

  Kind kind() const;
  Position pos() const { return pos_; }  // of the value's first character
  bool is(Kind k) const { return kind() == k; }

  // Accessors return a neutral value for the wrong kind instead of throwing,
  // so no input can turn into an exception or a crash.
  bool as_bool() const;
  std::optional<std::int64_t> as_int64() const;    // integers that fit
  std::optional<std::uint64_t> as_uint64() const;  // non-negative integers
  double as_double() const;                        // integer or number
  const std::string& as_string() const;
  const std::vector<Node>& items() const;      // array elements
  const std::vector<Member>& members() const;  // object members, in file order

  // The first member with that key, or nullptr.
  const Member* find(std::string_view key) const;

  // Building (parser only).
  void append(Node item);
  void append(Member member);

 private:
  using Value = std::variant<std::monostate, bool, std::int64_t, std::uint64_t, double, std::string,
                             std::vector<Node>, std::vector<Member>>;
  Node(Value v, Position pos);

  Value value_;
  Position pos_;
};

struct Member {
  std::string key;
  Position key_pos;
  Node value;
  bool duplicate = false;  // a later repeat of an earlier key: reported, never loaded
};

// How a kind is named in messages: "an integer", "a list", ...
std::string_view describe(Node::Kind kind);
// Like describe(), but says "a number with a fraction", "true", "false".
std::string describe(const Node& node);

// The node at `path` ("hospitals[0].functions[2].depends_on[0].component"),
// or the deepest existing ancestor's when the path leaves the document.
Position locate(const Node& root, std::string_view path);
// The node at `path`, or nullptr when the document has no such value.
const Node* find_path(const Node& root, std::string_view path);

}  // namespace epd::json

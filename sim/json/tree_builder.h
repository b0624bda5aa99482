#pragma once
// rapidjson SAX handler that assembles the positioned tree. It also enforces
// the depth limit and reports duplicate keys. Internal to the parser.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "json/diagnostics.h"
#include "json/line_map.h"
#include "json/node.h"
#include "json/tracking_stream.h"

namespace epd::json::detail {

class TreeBuilder {
 public:
  TreeBuilder(const TrackingStream& in, const LineMap& lines, const std::string& file, Diagnostics& out)
      : in_(in), lines_(lines), file_(file), out_(out) {}

  // rapidjson's Handler concept.
  bool Null() { return add(Node::null(token_pos())); }
  bool Bool(bool b) { return add(Node::boolean(b, token_pos())); }
  // Numbers arrive as their text (kParseNumbersAsStringsFlag) and are
  // converted here: rapidjson 1.1.0 mis-reads zeros written with an exponent
  // ("0e-308" became 2.9e281, with undefined behaviour on the way).
  bool RawNumber(const char* s, unsigned n, bool);
  bool Int(int) { return false; }  // never called: every number is a RawNumber
  bool Uint(unsigned) { return false; }
  bool Int64(std::int64_t) { return false; }
  bool Uint64(std::uint64_t) { return false; }
  bool Double(double) { return false; }
  bool String(const char* s, unsigned n, bool) { return add(Node::string(std::string(s, n), token_pos())); }
  bool StartObject() { return open(Node::object(lines_.at(in_.Tell()))); }
  bool StartArray() { return open(Node::array(lines_.at(in_.Tell()))); }
  bool Key(const char* s, unsigned n, bool);
  bool EndObject(unsigned) { return close(); }
  bool EndArray(unsigned) { return close(); }

  // Set when the builder itself stopped the parse (too deep).
  const std::optional<Diagnostic>& stop_reason() const { return stop_; }
  std::optional<Node> take_root() { return std::move(root_); }

 private:
  struct Open {
    Node node;
    std::string key;  // objects: the key whose value comes next
    Position key_pos;
    bool key_duplicate = false;
    std::unordered_map<std::string, Position> seen;  // objects: keys so far
  };

  // Scalars are reported after they are consumed: their start is remembered
  // by the stream. Containers are reported before '{' or '[' is consumed.
  Position token_pos() const { return lines_.at(in_.token_start()); }
  bool add(Node value);
  bool open(Node container);
  bool close();
  std::string path() const;

  const TrackingStream& in_;
  const LineMap& lines_;
  const std::string& file_;
  Diagnostics& out_;
  std::vector<Open> open_;
  std::optional<Node> root_;
  std::optional<Diagnostic> stop_;
};

}  // namespace epd::json::detail

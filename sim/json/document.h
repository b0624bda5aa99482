#pragma once
// Parsing JSON text into a positioned tree. Every problem goes to a
// Diagnostics; nothing throws.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "json/diagnostics.h"
#include "json/node.h"

namespace epd::json {

constexpr std::size_t kMaxDocumentBytes = 32u * 1024u * 1024u;
constexpr int kMaxDepth = 64;  // nested objects and lists, the root counting 1

struct ParsedDocument {
  std::optional<Node> root;  // empty after a syntax error
  std::string file;
  bool ok() const { return root.has_value(); }
};

// Strict JSON (no comments, NaN or trailing commas), UTF-8 validated; a
// leading byte order mark is skipped. A syntax error ends parsing with one
// diagnostic; duplicate keys are reported and parsing goes on.
ParsedDocument parse(std::string_view text, const std::string& file, Diagnostics& out);

}  // namespace epd::json

#include <cereal/archives/json.hpp>  // before rapidjson: cereal makes RAPIDJSON_ASSERT throw
#include <rapidjson/reader.h>

#include "json/document.h"
#include "json/line_map.h"
#include "json/syntax_error.h"
#include "json/tracking_stream.h"
#include "json/tree_builder.h"

namespace epd::json {
namespace {

// Iterative: deep nesting must not use the C++ stack. Numbers come as their
// text and are read by the parser itself (number_text.h): rapidjson checks
// their grammar but never computes their value.
constexpr unsigned kFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;

std::string_view without_bom(std::string_view text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  return text.substr(0, kBom.size()) == kBom ? text.substr(kBom.size()) : text;
}

}  // namespace

ParsedDocument parse(std::string_view text, const std::string& file, Diagnostics& out) {
  ParsedDocument doc;
  doc.file = file;
  if (text.size() > kMaxDocumentBytes) {
    out.add(file, Position{1, 1}, "", "file is larger than 32 MiB");
    return doc;
  }
  text = without_bom(text);
  const LineMap lines(text);
  detail::TrackingStream in(text);
  detail::TreeBuilder builder(in, lines, file, out);
  rapidjson::Reader reader;
  rapidjson::ParseResult result;
  try {
    result = reader.Parse<kFlags>(in, builder);
  } catch (const std::exception& e) {
    // RAPIDJSON_ASSERT throws (cereal's definition); no known input gets here.
    out.add(file, lines.at(in.Tell()), "", std::string("cannot parse: ") + e.what());
    return doc;
  }
  if (result.IsError()) {
    if (builder.stop_reason()) {
      out.add(*builder.stop_reason());
    } else {
      const auto error = detail::explain(result.Code(), result.Offset(), text, in);
      out.add(file, lines.at(error.offset), "", error.message);
    }
    return doc;
  }
  if (in.Tell() < text.size()) {
    // rapidjson stops at a NUL byte as if the text ended there.
    out.add(file, lines.at(in.Tell()), "", "unexpected NUL byte");
    return doc;
  }
  doc.root = builder.take_root();
  return doc;
}

}  // namespace epd::json

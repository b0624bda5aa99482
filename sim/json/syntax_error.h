#pragma once
// Readable messages for rapidjson's parse errors, placed where a person would
// look: an unterminated string at its opening quote, a bad word at its first
// letter. Internal to the parser.

#include <cstddef>
#include <string>
#include <string_view>

#include <cereal/archives/json.hpp>  // before rapidjson: cereal sets RAPIDJSON_ASSERT
#include <rapidjson/error/error.h>

#include "json/tracking_stream.h"

namespace epd::json::detail {

struct SyntaxError {
  std::size_t offset = 0;
  std::string message;
};

// `offset` is rapidjson's error offset; `stream` is the stream in the state
// the parser left it.
SyntaxError explain(rapidjson::ParseErrorCode code, std::size_t offset, std::string_view text,
                    const TrackingStream& stream);

}  // namespace epd::json::detail

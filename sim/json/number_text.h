#pragma once
// A JSON number's text as the value it writes, read by the parser itself
// rather than by rapidjson 1.1.0, which mis-reads zeros written with an
// exponent ("0e-308" became 2.9e281, "-0e+308" 6.5e119, with undefined
// behaviour in DiyFp::Normalize on the way). Internal to the parser.

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

namespace epd::json::detail {

using NumberValue = std::variant<std::int64_t, std::uint64_t, double>;

// `text` is a valid JSON number (the grammar checked by rapidjson). An
// integer that fits is exact (int64, else uint64); anything else is the
// double nearest to it (correctly rounded, locale-free), a value too small
// for a double becoming 0 with its sign. nullopt: too large for a double.
std::optional<NumberValue> read_number(std::string_view text);

}  // namespace epd::json::detail

#pragma once
// A seed as a person writes it on a command line: decimal digits only (an
// optional '+'), 0 to 2^64-1. Anything else -- a sign, octal or hex, spaces,
// a number too large -- is refused rather than quietly turned into another seed.

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

namespace epd {

inline std::optional<std::uint64_t> parse_seed(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 10);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace epd

#include "json/line_map.h"

#include <algorithm>

namespace epd::json {
namespace {

// Code points in [from, to): every byte that is not a UTF-8 continuation byte.
int code_points(std::string_view text, std::size_t from, std::size_t to) {
  int n = 0;
  for (std::size_t i = from; i < to; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

}  // namespace

LineMap::LineMap(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
}

Position LineMap::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - starts_.begin()) - 1;
  int column = 0;
  if (line == cache_line_ && offset >= cache_offset_) {
    column = cache_column_ + code_points(text_, cache_offset_, offset);
  } else {
    column = 1 + code_points(text_, starts_[line], offset);
  }
  cache_line_ = line;
  cache_offset_ = offset;
  cache_column_ = column;
  return Position{static_cast<int>(line) + 1, column};
}

}  // namespace epd::json

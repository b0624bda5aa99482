#pragma once
// Turns byte offsets into line:column. Built once per text from a table of
// line starts; columns count UTF-8 code points, like editors do.

#include <cstddef>
#include <string_view>
#include <vector>

#include "json/diagnostics.h"

namespace epd::json {

class LineMap {
 public:
  explicit LineMap(std::string_view text);

  // Offsets past the end map to the end of the text.
  Position at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // offset of the first byte of each line
  // The parser asks for increasing offsets; remembering the last answer keeps
  // a minified one-line file linear instead of quadratic.
  mutable std::size_t cache_offset_ = 0;
  mutable std::size_t cache_line_ = 0;
  mutable int cache_column_ = 1;
};

}  // namespace epd::json

#include "json/text_util.h"

#include <algorithm>
#include <cstdio>

namespace epd::json {
namespace {

constexpr std::size_t kMaxShown = 60;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Optimal string alignment distance (a swap of neighbours counts 1),
// case-insensitive. Only called for strings of similar, short length.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0u) != 0x80u && ++shown > kMaxShown) {
      out += "...";
      break;
    }
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::optional<std::string> closest_name(std::string_view typo, const std::vector<std::string>& known) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& name : known) {
    const std::size_t limit = name.size() >= 6 ? 2 : (name.size() >= 3 ? 1 : 0);
    const std::size_t gap = name.size() > typo.size() ? name.size() - typo.size() : typo.size() - name.size();
    if (gap > limit) continue;  // also keeps the table small for long keys
    const std::size_t dist = distance(typo, name);
    if (dist > limit) continue;
    if (!best || dist < best_distance) {
      best = name;
      best_distance = dist;
    }
  }
  return best;
}

}  // namespace epd::json

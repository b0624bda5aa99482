#include "json/text_util.h"

#include <algorithm>
#include <cstdio>

namespace epd::json {
namespace {

constexpr std::size_t kMaxShown = 60;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Optimal string alignment distance (a swap of neighbours counts 1),
// case-insensitive. Only called for strings of similar, short length; the
// table is kept three rows at a time in one allocation (an unknown field is
// compared with every field of the file's type: a hostile file has thousands).
std::size_t distance(std::string_view a, std::string_view b) {
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> rows(3 * width);
  std::size_t* two_up = rows.data();
  std::size_t* up = two_up + width;
  std::size_t* row = up + width;
  for (std::size_t j = 0; j < width; ++j) up[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j < width; ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({up[j] + 1, row[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        row[j] = std::min(row[j], two_up[j - 2] + 1);
    }
    std::size_t* const reused = two_up;
    two_up = up;
    up = row;
    row = reused;
  }
  return up[b.size()];
}

// How far a name may be from a typo of it: 1 edit, 2 from 6 characters on.
std::size_t typo_limit(std::string_view name) { return name.size() >= 6 ? 2 : (name.size() >= 3 ? 1 : 0); }

std::size_t length_gap(std::string_view a, std::string_view b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

}  // namespace

bool same_letter(char a, char b) { return lower(a) == lower(b); }

bool contains_ignoring_case(std::string_view whole, std::string_view part) {
  return std::search(whole.begin(), whole.end(), part.begin(), part.end(), same_letter) != whole.end();
}

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

bool is_typo_of(std::string_view typo, std::string_view name) {
  const std::size_t limit = typo_limit(name);
  return length_gap(typo, name) <= limit && distance(typo, name) <= limit;
}

std::optional<std::string> closest_name(std::string_view typo, const std::vector<std::string>& known) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& name : known) {
    const std::size_t limit = typo_limit(name);
    if (length_gap(typo, name) > limit) continue;  // also keeps the table small for long keys
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

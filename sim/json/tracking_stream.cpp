#include "json/tracking_stream.h"

namespace epd::json::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_structural(char c) { return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':'; }

// rapidjson 1.1.0 does int arithmetic on exponents and digit counts that can
// overflow for absurd numbers (undefined behaviour), and its big-integer
// fallback asserts on very long ones. No scenario needs either.
constexpr std::size_t kMaxNumberLength = 100;
constexpr std::size_t kMaxExponentDigits = 4;

}  // namespace

char TrackingStream::Peek() {
  if (pos_ >= text_.size()) return '\0';
  const char c = text_[pos_];
  if (!in_string_ && !in_word_ && (c == '-' || is_digit(c))) {
    check_number(pos_);
    // A control character is no valid token: rapidjson stops right here and
    // the parser reports rejected_why() instead of its own message.
    if (rejected_at_ == pos_) return '\x01';
  }
  return c;
}

char TrackingStream::Take() {
  if (pos_ >= text_.size()) return '\0';
  const char c = text_[pos_];
  if (in_string_) {
    if (escape_) {
      escape_ = false;
    } else if (c == '\\') {
      escape_ = true;
    } else if (c == '"') {
      in_string_ = false;
    }
  } else if (c == '"') {
    in_string_ = true;
    in_word_ = false;
    token_start_ = pos_;
  } else if (is_space(c) || is_structural(c)) {
    in_word_ = false;
  } else if (!in_word_) {
    in_word_ = true;
    token_start_ = pos_;
  }
  ++pos_;
  return c;
}

void TrackingStream::check_number(std::size_t at) {
  if (checked_at_ == at) return;
  checked_at_ = at;
  std::size_t i = at;
  const auto digits = [&] {
    while (i < text_.size() && is_digit(text_[i])) ++i;
  };
  if (text_[i] == '-') ++i;
  digits();
  if (i < text_.size() && text_[i] == '.') {
    ++i;
    digits();
  }
  std::size_t exponent_digits = 0;
  if (i < text_.size() && (text_[i] == 'e' || text_[i] == 'E')) {
    ++i;
    if (i < text_.size() && (text_[i] == '+' || text_[i] == '-')) ++i;
    while (i < text_.size() && text_[i] == '0') ++i;
    const std::size_t significant = i;
    digits();
    exponent_digits = i - significant;
  }
  if (i - at > kMaxNumberLength) {
    rejected_at_ = at;
    rejected_why_ = "number has too many digits";
  } else if (exponent_digits > kMaxExponentDigits) {
    rejected_at_ = at;
    rejected_why_ = "number is out of range";
  }
}

}  // namespace epd::json::detail

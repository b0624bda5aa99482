#pragma once
// A rapidjson input stream over a string_view that knows where the token
// being read started. rapidjson's SAX callbacks only arrive after a token is
// consumed, so positions have to be remembered on the way in. String and
// escape state are tracked so a ',' or ':' inside "..." is not taken for
// structure. Internal to the parser.

#include <cstddef>
#include <string>
#include <string_view>

namespace epd::json::detail {

class TrackingStream {
 public:
  using Ch = char;  // rapidjson's Stream concept

  explicit TrackingStream(std::string_view text) : text_(text) {}

  Ch Peek();
  Ch Take();
  std::size_t Tell() const { return pos_; }

  // Write half of the concept; only used for in-situ parsing, which we don't do.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

  // Offset of the first character of the last string, number or word started.
  std::size_t token_start() const { return token_start_; }
  bool in_string() const { return in_string_; }
  bool in_word() const { return in_word_; }

  // A number rejected before rapidjson saw it (see Peek), or npos.
  std::size_t rejected_at() const { return rejected_at_; }
  const std::string& rejected_why() const { return rejected_why_; }

 private:
  void check_number(std::size_t at);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t token_start_ = 0;
  bool in_string_ = false;
  bool escape_ = false;
  bool in_word_ = false;  // inside a number or bare word
  std::size_t checked_at_ = std::string_view::npos;
  std::size_t rejected_at_ = std::string_view::npos;
  std::string rejected_why_;
};

}  // namespace epd::json::detail

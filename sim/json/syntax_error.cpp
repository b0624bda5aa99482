#include "json/syntax_error.h"

namespace epd::json::detail {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '+' || c == '.';
}

// What stands at `offset`, for "found ..." in messages.
std::string found_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "the end of the file";
  const char c = text[offset];
  if (is_word_char(c)) {
    std::size_t end = offset;
    while (end < text.size() && end - offset < 40 && is_word_char(text[end])) ++end;
    return "'" + std::string(text.substr(offset, end - offset)) + "'";
  }
  const auto u = static_cast<unsigned char>(c);
  if (u < 0x20 || u == 0x7F) return "a control character";
  if (u >= 0x80) return "a non-ASCII character";
  return std::string("'") + c + "'";
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

SyntaxError explain(rapidjson::ParseErrorCode code, std::size_t offset, std::string_view text,
                    const TrackingStream& stream) {
  using namespace rapidjson;
  if (stream.rejected_at() != std::string_view::npos && stream.rejected_at() == offset) {
    return {offset, stream.rejected_why()};
  }
  // rapidjson reads a NUL byte as the end of the text.
  if (offset < text.size() && text[offset] == '\0') return {offset, "unexpected NUL byte"};
  const bool at_end = offset >= text.size();
  switch (code) {
    case kParseErrorDocumentEmpty: return {0, "empty file"};
    case kParseErrorDocumentRootNotSingular: return {offset, "trailing characters after the document"};
    case kParseErrorStringMissQuotationMark: return {stream.token_start(), "unterminated string"};
    case kParseErrorStringInvalidEncoding: return {offset, "invalid UTF-8 in string"};
    case kParseErrorStringUnicodeEscapeInvalidHex:
      return {offset, "invalid \\u escape in string (it needs four hex digits)"};
    case kParseErrorStringUnicodeSurrogateInvalid: return {offset, "invalid surrogate pair in \\u escape"};
    case kParseErrorStringEscapeInvalid: {
      const char c = offset < text.size() ? text[offset] : '\0';
      if (c == '\\') {
        const std::string what = offset + 1 < text.size() ? found_at(text, offset + 1) : "the end of the file";
        return {offset, "invalid escape in string: '\\' followed by " + what};
      }
      // A raw line break: the closing quote is missing on that line.
      if (c == '\n' || c == '\r') return {stream.token_start(), "unterminated string"};
      return {offset, "control character in string (write it as an escape such as \\t)"};
    }
    case kParseErrorNumberTooBig: return {stream.token_start(), "number is out of range"};
    case kParseErrorNumberMissFraction: return {stream.token_start(), "number needs digits after '.'"};
    case kParseErrorNumberMissExponent: return {stream.token_start(), "number needs digits in its exponent"};
    default: break;
  }
  if (at_end) return {offset, "unexpected end of file"};
  switch (code) {
    case kParseErrorObjectMissName:
      return {offset, "expected a field name in double quotes, found " + found_at(text, offset)};
    case kParseErrorObjectMissColon: return {offset, "expected ':' after the field name"};
    case kParseErrorObjectMissCommaOrCurlyBracket: return {offset, "expected ',' or '}' after an object member"};
    case kParseErrorArrayMissCommaOrSquareBracket: return {offset, "expected ',' or ']' after a list element"};
    case kParseErrorValueInvalid: {
      // A misspelt literal such as `tru` fails after its first letters: point
      // at the word, not at the letter where rapidjson gave up.
      const std::size_t at = stream.in_word() ? stream.token_start() : offset;
      std::string message = "expected a value, found " + found_at(text, at);
      if (is_letter(text[at])) message += " (text needs double quotes)";
      return {at, message};
    }
    default: return {offset, "invalid JSON"};
  }
}

}  // namespace epd::json::detail

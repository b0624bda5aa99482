#include "report/text_escape.h"

#include <cctype>

namespace epd::report {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string markdown_value_cell(const std::string& value) {
  for (const char c : value) {
    const bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' ||
                       c == '.' || c == ',' || c == ':' || c == '+' || c == '-' || c == '%' || c == '(' || c == ')' ||
                       (static_cast<unsigned char>(c) & 0x80) != 0;
    if (!plain) return markdown_escape(value);
  }
  return value;
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '_': {
        // Between letters or digits ("paper_downtime") it cannot start emphasis.
        const bool inside_word = i > 0 && i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0 &&
                                 std::isalnum(static_cast<unsigned char>(text[i + 1])) != 0;
        if (!inside_word) out += '\\';
        out += c;
        break;
      }
      case '\\': case '`': case '*': case '[': case ']': case '<': case '>': case '|': case '#': case '~':
        out += '\\';
        out += c;
        break;
      case '&': {
        // Only "&name;" or "&#...;" would be read as a character reference.
        const bool entity_like = i + 1 < text.size() &&
                                 (std::isalnum(static_cast<unsigned char>(text[i + 1])) != 0 || text[i + 1] == '#');
        out += entity_like ? "\\&" : "&";
        break;
      }
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "<br>";
        break;
      case '\n': out += "<br>"; break;
      default: out += c;
    }
  }
  // Text that starts with "-", "+" or "1." would become a list item.
  if (!out.empty() && (out[0] == '-' || out[0] == '+' || out[0] == '=')) out.insert(0, 1, '\\');
  std::size_t digits = 0;
  while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits])) != 0) ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, 1, '\\');
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string group_thousands(std::string number) {
  const std::size_t first = !number.empty() && number[0] == '-' ? 1 : 0;
  const std::size_t point = number.find('.');
  const std::size_t end = point == std::string::npos ? number.size() : point;
  for (std::size_t i = end; i > first + 3; i -= 3) number.insert(i - 3, ",");
  return number;
}

}  // namespace epd::report

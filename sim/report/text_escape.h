#pragma once
// Escaping text for the report formats. Every word that reaches a report may
// come from a user's file (a scenario's titles, an evaluator's comment), so
// it is escaped on the way out, never trusted as markup.

#include <string>
#include <string_view>

namespace epd::report {

// & < > " ' as character references: safe in HTML text and attribute values.
std::string html_escape(std::string_view text);

// Text that renders literally in GitHub-flavoured Markdown, also inside a
// table cell: punctuation that could start markup is backslash-escaped, '|'
// cannot end a cell, and line breaks become <br>.
std::string markdown_escape(std::string_view text);

// A value of ours in a table cell ("28.163", "-1,250", "3 h 33 min",
// "T+4d 12:30", "not yet", "-60.6 … -31.9", "12%", "11.5 (10.8–12.2)"): as it is when it holds
// nothing Markdown could read as markup (in a cell no "1." or "-" starts a
// list), else escaped.
std::string markdown_value_cell(const std::string& value);

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
// break, with quotes doubled.
std::string csv_field(std::string_view text);

// "14904" -> "14,904", "-1234.5" -> "-1,234.5": digits before the point in
// groups of three.
std::string group_thousands(std::string number);

}  // namespace epd::report

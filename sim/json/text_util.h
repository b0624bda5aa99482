#pragma once
// Small text helpers for messages: document keys are arbitrary bytes and must
// not break the one-problem-per-line output; a typo deserves a suggestion.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace epd::json {

// `text` made safe for a one-line message: control characters escaped,
// cut after 60 characters with "...".
std::string printable(std::string_view text);

// Letters compared with case aside (ASCII: 'A' is 'a'; other bytes as they are).
bool same_letter(char a, char b);
// Whether `part` stands in `whole`, case aside ("Deadlines missed" holds "deadlines").
bool contains_ignoring_case(std::string_view whole, std::string_view part);

// The name among `known` that `typo` most likely meant: a case difference,
// or an edit distance of 1 (2 for names of 6 or more characters).
std::optional<std::string> closest_name(std::string_view typo, const std::vector<std::string>& known);
// Whether `typo` is near enough `name` for closest_name to suggest it.
bool is_typo_of(std::string_view typo, std::string_view name);

}  // namespace epd::json

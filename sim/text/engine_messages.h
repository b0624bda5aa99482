#pragma once
// The engine's refusals in the current language. The engine writes them in
// English (they are part of the record: saves keep them, fingerprints hash
// them), so a person's language is applied where they are shown: the message
// is matched against the known patterns and said again in Dutch, the names in
// it (a fallback's, an inject's) in the scenario's Dutch where it has them.
// A message no pattern matches is shown as the engine wrote it. Parts that
// are themselves words of the program ("a string", "decision") are said in
// the language too.

#include <string>
#include <string_view>

#include "json/diagnostics.h"

namespace epd {

struct Scenario;

std::string engine_message(std::string_view english, const Scenario* scenario = nullptr);

// The loader's and validator's problems in the current language, each as
// "file:line:column: field.path: message", one a line: the common messages
// (a field missing or unknown, a wrong type, a value out of range, an id
// nobody declared, JSON syntax) said again in Dutch, the rest as written.
std::string problems_text(const json::Diagnostics& problems);
// One of them, "file:line:column: field.path: message", in the current language.
std::string problem_line(json::Diagnostic problem);

}  // namespace epd

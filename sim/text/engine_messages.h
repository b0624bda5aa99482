#pragma once
// The engine's refusals in the current language. The engine writes them in
// English (they are part of the record: saves keep them, fingerprints hash
// them), so a person's language is applied where they are shown: the message
// is matched against the known patterns and said again in Dutch, the names in
// it (a fallback's, an inject's) in the scenario's Dutch where it has them.
// A message no pattern matches is shown as the engine wrote it.

#include <string>
#include <string_view>

namespace epd {

struct Scenario;

std::string engine_message(std::string_view english, const Scenario* scenario = nullptr);

}  // namespace epd

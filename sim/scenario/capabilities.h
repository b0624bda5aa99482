#pragma once
// The 32 core capabilities of the US National Preparedness Goal, which HSEEP
// evaluates exercises against. A scenario's objective names the one it
// tests (format 4); the after-action report analyses the exercise per
// capability, as HSEEP's template does.

#include <string>
#include <string_view>
#include <vector>

namespace epd {

struct CoreCapability {
  std::string_view id;       // "operational_coordination": what a scenario file writes
  const char* name;          // "Operational Coordination": tr(name) in the current language
  std::string_view mission;  // "Response": the mission area(s) it belongs to
};

const std::vector<CoreCapability>& core_capabilities();
const CoreCapability* find_capability(std::string_view id);

}  // namespace epd

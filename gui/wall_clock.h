#pragma once
// The facilitator's wall clock, for the record only (when a decision was
// entered, when the drill was saved). The engine never reads it.

#include <string>

namespace epd::gui {

// Local time, "2026-11-24T10:12:05".
std::string local_wall_time();
// The same, usable in a file name: "20261124-101205".
std::string wall_time_for_file_name(const std::string& wall);

}  // namespace epd::gui

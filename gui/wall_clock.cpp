#include "wall_clock.h"

#include <ctime>

namespace epd::gui {

std::string local_wall_time() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local);
  return buf;
}

std::string wall_time_for_file_name(const std::string& wall) {
  std::string out;
  for (char c : wall) {
    if (c == 'T') out += '-';
    else if (c != ':' && c != '-') out += c;
  }
  return out;
}

}  // namespace epd::gui

#pragma once
// Checks across a loaded scenario that no single field can make: unique ids,
// references to ids that exist, triggers that could never fire. Each problem
// names the field path; the loader turns paths into line:column.

#include <string>
#include <vector>

#include "scenario/limits.h"
#include "scenario/scenario.h"

namespace epd {

struct Finding {
  std::string path;     // "injects[3].trigger.component"
  std::string message;
  bool warning = false;  // the file is valid, but probably not what the trainer meant
};

std::vector<Finding> check_scenario(const Scenario& s);

// "; did you mean 'x'?" for a near miss among the known ids, else the list.
std::string known_ids(const std::string& id, const std::vector<std::string>& known);
// "unknown decision 'x'; did you mean 'y'?"
std::string unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known);

// The ids of a list of scenario items, in file order.
template <class T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}

}  // namespace epd

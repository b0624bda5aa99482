// epd-drill schema [-o FILE]: the JSON Schema of scenario files
// (scenarios/scenario.schema.json, embedded when the program was built), so
// an editor can check a scenario wherever it is kept.

#include <iostream>

#include "cli/commands.h"
#include "cli/scenario_schema.h"

namespace epd::cli {

int schema(const std::string& output, bool replace) {
  const std::string_view text = scenario_schema_json();
  if (output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  if (output_taken(output, replace, "epd-drill schema")) return kExitFailure;
  return write_output_file(output, std::string(text), "epd-drill schema") ? kExitOk : kExitFailure;
}

}  // namespace epd::cli

#pragma once
// scenarios/scenario.schema.json, byte for byte: CMake embeds it when the
// program is built (sim/cli/embed_file.cmake), so the schema a program writes
// always matches the scenarios it reads.

#include <string_view>

namespace epd::cli {

std::string_view scenario_schema_json();

}  // namespace epd::cli

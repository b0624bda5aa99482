#pragma once
// The command lines of epd-drill and epd-drill-gui in the chosen language:
// --lang read before anything is parsed (so that the help and every error
// are in that language), CLI11's own labels and errors said again.
// Header-only: both programs link CLI11, the engine library does not.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "core/seed.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {

// The value of --lang anywhere on the command line ("--lang nl", "--lang=nl"),
// before or after the command; nullopt when it is not given.
inline std::optional<std::string> asked_language(int argc, char** argv) {
  std::optional<std::string> asked;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) asked = argv[++i];
    else if (arg.rfind("--lang=", 0) == 0) asked = arg.substr(7);
  }
  return asked;
}

// CLI11's words in its help (labels, the help flag) and its errors, in the
// current language: set the language first.
inline void speak_language(CLI::App& app) {
  const auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("COMMAND"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("TEXT", tr("TEXT"));
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return engine_message(e.what()) + "\n" + fill(tr("Run with {0} for more information."), {"--help"}) + "\n";
  });
}

// --seed of both programs: read as text, so a negative or too large number
// cannot quietly become another seed. The option names its type ("SEED").
inline CLI::Validator seed_check() {
  return CLI::Validator(
      [](std::string& s) {
        return epd::parse_seed(s) ? std::string()
                                  : fill(tr("must be a whole number from 0 to 18446744073709551615, not {0}"), {s});
      },
      "");  // no type of its own: CLI11 would show "TEXT:SEED"
}

}  // namespace epd::cli

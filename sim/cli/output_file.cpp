// Files the command line writes for people (reports, the schema, the MSEL,
// summaries, a batch's files): atomic, so a crash never leaves half a file;
// never one of the command's own inputs (output_clashes), and replacing an
// existing file only when asked to (output_taken).

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "io/text_file.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd::cli {

bool output_clashes(const std::string& output, const std::vector<std::string>& inputs, const char* who) {
  if (output.empty()) return false;
  for (const std::string& input : inputs)
    if (!input.empty() && same_path(output, input)) {
      std::cerr << who << ": " << fill(tr("{0} is a file this command reads; choose another output file"), {output}) << "\n";
      return true;
    }
  return false;
}

bool output_taken(const std::string& output, bool replace, const char* who) {
  if (output.empty()) return false;
  std::error_code ec;
  const std::filesystem::file_status there = std::filesystem::symlink_status(output, ec);
  if (ec || there.type() == std::filesystem::file_type::not_found) return false;
  if (!std::filesystem::is_regular_file(there)) {
    std::cerr << who << ": " << fill(tr("{0} is there and is not a plain file; choose another output file"), {output}) << "\n";
    return true;
  }
  if (replace) return false;
  std::cerr << who << ": " << fill(tr("{0} exists; choose another name, or add --replace to replace it"), {output}) << "\n";
  return true;
}

bool write_output_file(const std::string& path, const std::string& text, const char* who) {
  std::string error;
  if (write_file_atomic(path, text, &error)) return true;
  std::cerr << who << ": " << engine_message(error) << "\n";  // the error names the file
  return false;
}

}  // namespace epd::cli

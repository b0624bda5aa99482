#pragma once
// Reading and writing save files. A save is JSON, versioned, with a SHA-256
// checksum over the whole file (its own 64 digits read as zeros), so any
// change after saving -- damage, truncation, an edit -- is caught before the
// content is trusted. Writes are atomic: a crash or power cut leaves the
// previous save whole. Reading never changes the file.

#include <memory>
#include <string>
#include <string_view>

#include "json/diagnostics.h"
#include "save/save.h"
#include "scenario/scenario.h"

namespace epd {

// The file's text, checksum included.
std::string save_text(const Save& save);

struct SaveLoad {
  std::shared_ptr<const Save> save;          // null unless there were no problems
  std::shared_ptr<const Scenario> scenario;  // the embedded scenario, loaded
  json::Diagnostics problems;
  bool ok() const { return save != nullptr; }
};

// Every problem as file:line:column: field.path: message -- a truncated or
// corrupt file, another kind of file, a newer format, a checksum that does
// not match, an embedded scenario that does not match its hash, commands the
// scenario does not know.
SaveLoad load_save_text(std::string_view text, const std::string& file);
SaveLoad load_save_file(const std::string& path);

// Atomic (temporary file, flush, rename). False with *error set; the previous
// file at `path`, if any, is then untouched.
bool write_save_file(const std::string& path, const Save& save, std::string* error);
// The same, for a save under a new name: never over an existing file.
bool write_new_save_file(const std::string& path, const Save& save, std::string* error);

}  // namespace epd

#pragma once
// The saves folder as the start screen lists it: newest first, each with
// what a facilitator needs to pick one (title, how far it ran, whether it
// was interrupted). No ImGui here.

#include <initializer_list>
#include <string>
#include <vector>

#include "core/sim_time.h"

namespace epd::gui {

struct SaveEntry {
  std::string path;
  std::string title;
  std::string scenario_sha256;
  std::string saved;  // wall clock, "" for headless runs
  SimTime until = 0;
  std::size_t commands = 0;
  bool finished = true;  // false: the console stopped without closing the drill (a crash, a power cut)
  bool branch = false;   // a what-if
  std::string problem;   // why it cannot be opened; empty when it can
};

// `base`, or base-2, base-3, ... : the first for which no file
// base+extension exists for any of the extensions (a report's metrics and
// inject list share one). What the console writes never replaces a file.
std::string unused_base(const std::string& base, std::initializer_list<const char*> extensions);
// The same for one file: its whole path.
std::string unused_path(const std::string& base, const std::string& extension);

// Every *.json in `dir` (one that is not a readable save is listed with its
// problem), newest first by the wall time it was saved; headless saves
// last, by name.
std::vector<SaveEntry> list_saves(const std::string& dir);

}  // namespace epd::gui

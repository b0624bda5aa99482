#pragma once
// Plays a parsed script (script.h) against the console, one step per frame
// or, for "play", "jump" and "frames", over as many frames as they take: the
// window is drawn throughout, as when a person clicks.

#include <string>

#include "core/sim_time.h"
#include <vector>

#include "console.h"
#include "script.h"

namespace epd::gui {

struct Screen;

class ScriptRunner {
 public:
  explicit ScriptRunner(Console& console) : console_(console) {}
  bool load(const std::string& path);
  bool done() const { return next_ >= steps_.size() && !waiting(); }
  // Called after each frame is drawn (before it is presented). False after
  // a problem (a refused command, a file that does not open), with problems().
  bool step(Screen& screen);
  const json::Diagnostics& problems() const { return problems_; }

 private:
  bool waiting() const;
  bool start(const ScriptStep& s, Screen& screen);
  bool editor_step(const ScriptStep& s);
  bool library_step(const ScriptStep& s);
  bool review_step(const ScriptStep& s, const std::string& save_file);
  bool fail(const ScriptStep& s, const std::string& message);

  Console& console_;
  std::string file_;
  std::vector<ScriptStep> steps_;
  std::size_t next_ = 0;
  int frames_left_ = 0;  // "frames N"
  // Where the running "play", "jump" or "next-inject" is heading: after an
  // auto-pause the script goes on to it, as a facilitator would press play.
  SimTime heading_to_ = -1;
  bool heading_by_jump_ = false;
  json::Diagnostics problems_;
};

}  // namespace epd::gui

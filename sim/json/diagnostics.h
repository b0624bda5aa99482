#pragma once
// Problems found in a hand-written file, each tied to a line and column so a
// trainer can jump straight to it. Collected rather than thrown: a file with
// five mistakes should be fixed in one round, not five.

#include <cstddef>
#include <string>
#include <vector>

namespace epd::json {

// 1-based. The column counts UTF-8 code points (a tab counts 1), which is
// what editors show; 0:0 means "no position".
struct Position {
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  std::string file;
  Position pos;
  std::string path;  // e.g. "hospitals[0].beds"; empty for the file as a whole
  std::string message;

  // "file:line:column: path: message" (no "path: " when the path is empty).
  std::string format() const;
};

class Diagnostics {
 public:
  void add(Diagnostic d);
  void add(std::string file, Position pos, std::string path, std::string message);
  // Every problem of `other` (an embedded file's, a part checked on its own).
  void merge(const Diagnostics& other);

  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }

  // Sorted stably by line, then column (files in order of first appearance),
  // so problems read top to bottom whatever order they were found in.
  const std::vector<Diagnostic>& items() const;

  // One formatted diagnostic per line, each ending in '\n'.
  std::string format_all() const;

 private:
  // Sorting is deferred to the first read: adding stays O(1) even for a file
  // with thousands of problems.
  mutable std::vector<Diagnostic> items_;
  mutable bool sorted_ = true;
};

}  // namespace epd::json

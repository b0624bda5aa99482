#include "json/diagnostics.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace epd::json {

std::string Diagnostic::format() const {
  std::string out = file;
  out += ':';
  out += std::to_string(pos.line);
  out += ':';
  out += std::to_string(pos.column);
  out += ": ";
  if (!path.empty()) {
    out += path;
    out += ": ";
  }
  out += message;
  return out;
}

void Diagnostics::add(Diagnostic d) {
  items_.push_back(std::move(d));
  sorted_ = false;
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items()) add(d);
}

void Diagnostics::add(std::string file, Position pos, std::string path, std::string message) {
  add(Diagnostic{std::move(file), pos, std::move(path), std::move(message)});
}

const std::vector<Diagnostic>& Diagnostics::items() const {
  if (!sorted_) {
    std::unordered_map<std::string, std::size_t> file_rank;
    for (const auto& d : items_) file_rank.emplace(d.file, file_rank.size());
    std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
      const auto ra = file_rank.at(a.file);
      const auto rb = file_rank.at(b.file);
      if (ra != rb) return ra < rb;
      if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
      return a.pos.column < b.pos.column;
    });
    sorted_ = true;
  }
  return items_;
}

std::string Diagnostics::format_all() const {
  std::string out;
  for (const auto& d : items()) {
    out += d.format();
    out += '\n';
  }
  return out;
}

}  // namespace epd::json

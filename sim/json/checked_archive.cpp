#include "json/checked_archive.h"

#include <algorithm>

#include "json/field_hints.h"
#include "json/path.h"
#include "json/text_util.h"

namespace epd::json {
namespace {

// "; fields like it: hospitals[0].wards.nurses, ..." ("" for none).
std::string elsewhere(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& f : fields) out += (out.empty() ? "; fields like it: " : ", ") + f;
  return out;
}

}  // namespace

CheckedJsonInputArchive::CheckedJsonInputArchive(const Node& root, std::string file, Diagnostics& out)
    : root_(&root), file_(std::move(file)), out_(out) {}

const std::string& CheckedJsonInputArchive::current_path() const {
  static const std::string kRoot;
  return frames_.empty() ? kRoot : frames_.back().path;
}

bool CheckedJsonInputArchive::has_field(std::string_view name) {
  if (frames_.empty()) return false;
  Frame& frame = frames_.back();
  frame.asked.emplace_back(name);
  return frame.node->find(name) != nullptr;
}

const Node* CheckedJsonInputArchive::lookup(std::string_view name, bool required) {
  if (frames_.empty()) return nullptr;
  Frame& frame = frames_.back();
  frame.asked.emplace_back(name);
  const Member* m = frame.node->find(name);
  if (m == nullptr) {
    if (required) {
      missing_.insert(child_path(frame.path, name));
      out_.add(file_, frame.node->pos(), frame.path, "missing required field \"" + printable(name) + "\"");
    }
    return nullptr;
  }
  if (!required && m->value.is(Node::Kind::null)) return nullptr;
  return &m->value;
}

void CheckedJsonInputArchive::report(std::string_view name, std::string message) {
  if (frames_.empty()) return;
  const Frame& frame = frames_.back();
  const std::string path = child_path(frame.path, name);
  if (const Member* m = frame.node->find(name)) {
    if (reported_.count(&m->value) != 0) return;
    fail(m->value, path, std::move(message));
  } else if (missing_.count(path) == 0) {
    out_.add(file_, frame.node->pos(), path, std::move(message));
  }
}

void CheckedJsonInputArchive::report_here(std::string message) {
  if (frames_.empty()) return;
  const Frame& frame = frames_.back();
  out_.add(file_, frame.node->pos(), frame.path, std::move(message));
}

void CheckedJsonInputArchive::abandon() {
  if (!frames_.empty()) frames_.back().abandoned = true;
}

void CheckedJsonInputArchive::fail(const Node& node, const std::string& path, std::string message) {
  reported_.insert(&node);
  out_.add(file_, node.pos(), path, std::move(message));
}

bool CheckedJsonInputArchive::expect(const Node& node, const std::string& path, Node::Kind kind) {
  if (node.is(kind)) return true;
  fail(node, path, "expected " + std::string(describe(kind)) + ", found " + describe(node));
  return false;
}

void CheckedJsonInputArchive::read_scalar(const Node& node, const std::string& path, bool& value) {
  if (expect(node, path, Node::Kind::boolean)) value = node.as_bool();
}

void CheckedJsonInputArchive::read_scalar(const Node& node, const std::string& path, std::string& value) {
  if (expect(node, path, Node::Kind::string)) value = node.as_string();
}

void CheckedJsonInputArchive::read_text(const Node& node, const std::string& path, std::string& value) {
  if (node.is(Node::Kind::string)) {
    value = node.as_string();
    return;
  }
  if (!node.is(Node::Kind::object)) {
    fail(node, path, "expected a text (a string, or {\"en\": \"...\", \"nl\": \"...\"}), found " + describe(node));
    return;
  }
  std::string en, nl;
  bool bad = false;
  for (const Member& m : node.members()) {
    const std::string member_path = child_path(path, m.key);
    if (m.key != "en" && m.key != "nl") {
      fail(m.value, member_path, "a text in two languages has only \"en\" and \"nl\"");
      bad = true;
    } else if (!m.value.is(Node::Kind::string) || m.value.as_string().empty()) {
      fail(m.value, member_path, "expected the text in " + std::string(m.key == "en" ? "English" : "Dutch") +
                                     " (a string that is not empty), found " +
                                     (m.value.is(Node::Kind::string) ? std::string("an empty string") : describe(m.value)));
      bad = true;
    } else {
      (m.key == "en" ? en : nl) = m.value.as_string();
    }
  }
  if (bad) return;
  if (en.empty() && nl.empty()) {
    fail(node, path, "a text in two languages needs \"en\", \"nl\" or both");
    return;
  }
  value = en.empty() ? nl : en;
  if (bilingual_paths_ != nullptr) bilingual_paths_->push_back(path);
  if (dutch_ != nullptr && !en.empty() && !nl.empty()) {
    // One English text, one Dutch: the console finds the Dutch by the English.
    const auto [it, inserted] = dutch_->emplace(en, nl);
    if (!inserted && it->second != nl)
      fail(node, path, "this English text has another Dutch earlier in the file ('" + it->second + "'): give it one");
  }
}

bool CheckedJsonInputArchive::read_integer(const Node& node, const std::string& path, std::int64_t min,
                                           std::uint64_t max, std::int64_t* as_signed, std::uint64_t* as_unsigned) {
  const std::string range = "must be between " + std::to_string(min) + " and " + std::to_string(max);
  if (node.is(Node::Kind::number)) {
    // 3.0 is an integer a person may well write; 2.5 is not.
    const double d = node.as_double();
    if (std::trunc(d) != d) {
      fail(node, path, "expected an integer, found " + describe(node));
      return false;
    }
    if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) || std::fabs(d) > 9.0e15) {
      fail(node, path, range);
      return false;
    }
    *as_signed = static_cast<std::int64_t>(d);
    *as_unsigned = d < 0 ? 0 : static_cast<std::uint64_t>(d);
    return true;
  }
  if (!expect(node, path, Node::Kind::integer)) return false;
  if (const auto s = node.as_int64()) {
    if (*s < min || (*s >= 0 && static_cast<std::uint64_t>(*s) > max)) {
      fail(node, path, range);
      return false;
    }
    *as_signed = *s;
    *as_unsigned = *s < 0 ? 0 : static_cast<std::uint64_t>(*s);
    return true;
  }
  const auto u = node.as_uint64();  // beyond int64
  if (!u || *u > max) {
    fail(node, path, range);
    return false;
  }
  *as_signed = 0;
  *as_unsigned = *u;
  return true;
}

bool CheckedJsonInputArchive::read_double(const Node& node, const std::string& path, double max_magnitude,
                                          double* out) {
  if (!node.is(Node::Kind::integer) && !expect(node, path, Node::Kind::number)) return false;
  const double d = node.as_double();
  if (!std::isfinite(d) || std::fabs(d) > max_magnitude) {
    fail(node, path, "is too large a number");
    return false;
  }
  *out = d;
  return true;
}

void CheckedJsonInputArchive::check_unknown(const Frame& frame) {
  if (frame.abandoned) return;
  for (const Member& m : frame.node->members()) {
    if (m.duplicate) continue;  // the parser reported it
    if (std::find(frame.asked.begin(), frame.asked.end(), m.key) != frame.asked.end()) continue;
    std::string message = "unknown field \"" + printable(m.key) + "\"";
    if (const auto best = closest_name(m.key, frame.asked)) message += "; did you mean \"" + *best + "\"?";
    else if (field_catalogue_ != nullptr) message += elsewhere(fields_like(m.key, frame.path, *field_catalogue_));
    out_.add(file_, m.key_pos, child_path(frame.path, printable(m.key)), std::move(message));
  }
}

std::string CheckedJsonInputArchive::child_path(const std::string& parent, std::string_view name) {
  return member_path(parent, name);
}

std::string CheckedJsonInputArchive::index_path(const std::string& parent, std::size_t index) {
  return element_path(parent, index);
}

}  // namespace epd::json

namespace epd::json {

std::string file_kind(const Node& root) {
  const Member* format = root.find("format");
  if (format != nullptr && format->value.is(Node::Kind::string) && format->value.as_string() == "EPD Drill save")
    return "a save file";
  if (format != nullptr && format->value.is(Node::Kind::string) && format->value.as_string() == "EPD Drill batch")
    return "a batch file";
  if (format != nullptr && format->value.is(Node::Kind::string) && format->value.as_string() == "EPD Drill batch runs")
    return "a batch's runs file";
  const Member* scenario = root.find("scenario");
  if (root.find("commands") != nullptr && scenario != nullptr && scenario->value.is(Node::Kind::string)) return "a plan file";
  const Member* hospitals = root.find("hospitals");
  if (hospitals != nullptr && hospitals->value.is(Node::Kind::array) && root.find("format_version") != nullptr &&
      root.find("commands") == nullptr)
    return "a scenario file";
  return "";
}

ParsedDocument parse_object(std::string_view text, const std::string& file, const char* what, Diagnostics& out) {
  ParsedDocument doc = parse(text, file, out);
  if (doc.ok() && !doc.root->is(Node::Kind::object)) {
    out.add(file, doc.root->pos(), "", std::string(what) + " holds one object, {...}, found " + describe(*doc.root));
    doc.root.reset();
    return doc;
  }
  // Another kind of EPD Drill file where this one was expected: one message
  // instead of a field-by-field cascade.
  const std::string kind = doc.ok() ? file_kind(*doc.root) : "";
  if (!kind.empty() && kind != what) {
    out.add(file, doc.root->pos(), "", "this is " + kind + ", not " + what);
    doc.root.reset();
  }
  return doc;
}

void add_at_each(Diagnostics& out, const std::string& file, const Node& root, const std::vector<std::string>& paths,
                 const std::string& message) {
  for (const std::string& path : paths) out.add(file, locate(root, path), path, message);
}

}  // namespace epd::json

#pragma once
// Loads C++ values from the positioned tree of document.h and never throws to
// its caller: a missing field, a wrong type, an out-of-range number, an
// unknown (probably misspelt) field or a ValueError from a load function each
// become a Diagnostic, and loading goes on with the next field or element.
// Load functions are written the way cereal's are, so the same types save
// with cereal::JSONOutputArchive:
//
//   template <class Archive> void load(Archive& ar, Hospital& h) {
//     ar(cereal::make_nvp("id", h.id), cereal::make_nvp("beds", h.beds));
//     ar(epd::json::optional_nvp("notes", h.notes));
//     if (h.beds < 1) epd::json::report(ar, "beds", "must be at least 1");
//   }
//
// What each C++ type reads: bool, integers, floating point and std::string
// the matching JSON scalar; std::vector a list; std::map<std::string, T> a
// plain object; a type with load_minimal(ar, value, const std::string&) a
// string (enums, durations); any other class an object, through its member
// `load(ar)` or a free `load(ar, value)` found by argument-dependent lookup.
//
// It is not a cereal::InputArchive: cereal's trait machinery would pick its
// own enum and container functions and turn every mismatch into a compile
// error far from the cause. This is the small part of it a hand-written file
// needs, with the error reporting cereal's JSONInputArchive lacks.

#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <cereal/cereal.hpp>

#include "json/diagnostics.h"
#include "json/document.h"
#include "json/node.h"
#include "json/optional_nvp.h"
#include "json/value_error.h"

namespace epd::json {

class CheckedJsonInputArchive;

// A text a person reads: a string, or the same text in two languages,
// {"en": "...", "nl": "..."}. The English (or the only language given) is
// loaded into the string; the Dutch goes to the archive's translations,
// keyed by the English, when the loader collects them.
struct TextNVP {
  const char* name;
  std::string& value;
  bool required;
};
inline TextNVP text_nvp(const char* name, std::string& value) { return TextNVP{name, value, true}; }
inline TextNVP optional_text_nvp(const char* name, std::string& value) { return TextNVP{name, value, false}; }
// A list of such texts (the roles an action is for: ["CISO", {"en": "Medical
// manager", "nl": "Medisch manager"}]).
struct TextsNVP {
  const char* name;
  std::vector<std::string>& value;
  bool required;
};
inline TextsNVP optional_texts_nvp(const char* name, std::vector<std::string>& value) {
  return TextsNVP{name, value, false};
}

// What every archive of load functions shares: ar(make_nvp(...),
// optional_nvp(...), text_nvp(...)) becomes the archive's
// field(name, value, presence) for each member, text(nvp) for a text.
template <class Archive>
class MemberArchive {
 public:
  // Members of the object being loaded, in any order.
  template <class... Members>
  void operator()(Members&&... members) {
    (member(members), ...);
  }

 private:
  template <class T>
  void member(cereal::NameValuePair<T>& nvp) {
    self().field(nvp.name, nvp.value, Presence::required);
  }
  template <class T>
  void member(OptionalNVP<T>& nvp) {
    self().field(nvp.name, nvp.value, nvp.presence);
  }
  void member(TextNVP& nvp) { self().text(nvp); }
  void member(TextsNVP& nvp) { self().texts(nvp); }
  Archive& self() { return static_cast<Archive&>(*this); }
};

namespace detail {

// Which load function a type has for an archive (found by argument-dependent
// lookup, so these live away from any class member named `load`).
template <class Archive, class T, class = void>
struct has_load_minimal : std::false_type {};
template <class Archive, class T>
struct has_load_minimal<Archive, T, std::void_t<decltype(load_minimal(std::declval<const Archive&>(), std::declval<T&>(),
                                                                      std::declval<const std::string&>()))>>
    : std::true_type {};

template <class Archive, class T, class = void>
struct has_member_load : std::false_type {};
template <class Archive, class T>
struct has_member_load<Archive, T, std::void_t<decltype(std::declval<T&>().load(std::declval<Archive&>()))>>
    : std::true_type {};

template <class Archive, class T, class = void>
struct has_free_load : std::false_type {};
template <class Archive, class T>
struct has_free_load<Archive, T, std::void_t<decltype(load(std::declval<Archive&>(), std::declval<T&>()))>>
    : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_string_map : std::false_type {};
template <class T, class C, class A>
struct is_string_map<std::map<std::string, T, C, A>> : std::true_type {};

template <class T>
void call_load_minimal(CheckedJsonInputArchive& ar, T& value, const std::string& text) {
  load_minimal(static_cast<const CheckedJsonInputArchive&>(ar), value, text);
}
template <class Archive, class T>
void call_load(Archive& ar, T& value) {
  if constexpr (has_member_load<Archive, T>::value) {
    value.load(ar);
  } else {
    load(ar, value);
  }
}

}  // namespace detail

class CheckedJsonInputArchive : public MemberArchive<CheckedJsonInputArchive> {
 public:
  // `root` must outlive the archive.
  CheckedJsonInputArchive(const Node& root, std::string file, Diagnostics& out);
  CheckedJsonInputArchive(const CheckedJsonInputArchive&) = delete;
  CheckedJsonInputArchive& operator=(const CheckedJsonInputArchive&) = delete;

  // Loads the whole document into `value`.
  template <class T>
  void load_root(T& value) {
    read(*root_, "", value);
  }

  // ar(make_nvp("id", x), optional_nvp("notes", y), ...) loads members of
  // the object being loaded, in any order (MemberArchive).

  // ---- For load functions (the free functions below are the usual way) ----
  // Is there a member `name` in the object being loaded? Counts `name` as a
  // known field of that object either way.
  bool has_field(std::string_view name);
  // A problem with member `name` of the object being loaded (at the member's
  // value, or at the object when the member is absent). Silent when that
  // value was already reported (missing, wrong type).
  void report(std::string_view name, std::string message);
  // A problem with the object being loaded as a whole.
  void report_here(std::string message);
  // The object's other members are not loaded on purpose (a version this
  // program does not read): do not call them unknown.
  void abandon();
  // "hospitals[0].wards"; empty at the root.
  const std::string& current_path() const;
  // Texts given in two languages: their Dutch, keyed by the English, and
  // the paths where they were found (a file format may not allow them).
  void collect_translations(std::map<std::string, std::string>* dutch, std::vector<std::string>* paths) {
    dutch_ = dutch;
    bilingual_paths_ = paths;
  }
  // Every field of the document's type (FieldWalker's paths): an unknown
  // field no known one is spelt like is told where fields like it are
  // (field_hints.h). `fields` must outlive the archive.
  void hint_from(const std::vector<std::string>* fields) { field_catalogue_ = fields; }

 private:
  // An object being loaded.
  struct Frame {
    const Node* node = nullptr;
    std::string path;
    std::vector<std::string> asked;  // names the load function asked for: known fields
    bool abandoned = false;
  };

  friend class MemberArchive<CheckedJsonInputArchive>;

  void text(TextNVP& nvp) {
    const Node* node = lookup(nvp.name, nvp.required);
    if (node != nullptr) read_text(*node, child_path(frames_.back().path, nvp.name), nvp.value);
  }
  void texts(TextsNVP& nvp) {
    const Node* node = lookup(nvp.name, nvp.required);
    if (node == nullptr) return;
    const std::string path = child_path(frames_.back().path, nvp.name);
    if (!expect(*node, path, Node::Kind::array)) return;
    const auto& items = node->items();
    nvp.value.assign(items.size(), std::string());
    for (std::size_t i = 0; i < items.size(); ++i) read_text(items[i], index_path(path, i), nvp.value[i]);
  }
  void read_text(const Node& node, const std::string& path, std::string& value);

  // Member `name` of the innermost object into `value`.
  template <class T>
  void field(std::string_view name, T& value, Presence presence) {
    const Node* node = lookup(name, presence == Presence::required);
    if (node != nullptr) read(*node, child_path(frames_.back().path, name), value);
  }
  // The member's value to load, or nullptr (absent, null and optional, or
  // the object itself was not loadable). Reports a missing required member.
  const Node* lookup(std::string_view name, bool required);

  template <class T>
  void read(const Node& node, const std::string& path, T& value);
  template <class T>
  void read_object(const Node& node, const std::string& path, T& value);

  bool expect(const Node& node, const std::string& path, Node::Kind kind);
  void read_scalar(const Node& node, const std::string& path, bool& value);
  void read_scalar(const Node& node, const std::string& path, std::string& value);
  bool read_integer(const Node& node, const std::string& path, std::int64_t min, std::uint64_t max,
                    std::int64_t* as_signed, std::uint64_t* as_unsigned);
  bool read_double(const Node& node, const std::string& path, double max_magnitude, double* out);
  void fail(const Node& node, const std::string& path, std::string message);
  void check_unknown(const Frame& frame);
  static std::string child_path(const std::string& parent, std::string_view name);
  static std::string index_path(const std::string& parent, std::size_t index);

  const Node* root_;
  std::string file_;
  Diagnostics& out_;
  std::vector<Frame> frames_;
  std::set<const Node*> reported_;  // values with a message already: no second one
  std::set<std::string> missing_;   // paths reported missing
  std::map<std::string, std::string>* dutch_ = nullptr;
  std::vector<std::string>* bilingual_paths_ = nullptr;
  const std::vector<std::string>* field_catalogue_ = nullptr;
};

// ---- The usual way to call the archive from a load function ---------------
// (Templates: the same load functions also run under FieldWalker.)

template <class Archive>
bool has_field(Archive& ar, std::string_view name) {
  return ar.has_field(name);
}
template <class Archive>
void report(Archive& ar, std::string_view name, std::string message) {
  ar.report(name, std::move(message));
}
template <class Archive>
void report_here(Archive& ar, std::string message) {
  ar.report_here(std::move(message));
}
template <class Archive>
void abandon(Archive& ar) {
  ar.abandon();
}

// Parses `text`, which must hold one object (`what` names the kind of file in
// the message: "a plan file"). The document has no root after a syntax error
// or when the root is not an object (both reported).
ParsedDocument parse_object(std::string_view text, const std::string& file, const char* what, Diagnostics& out);

// Which of EPD Drill's files an object looks like, by the fields only that
// kind has: "a save file" ("format": "EPD Drill save"), "a scenario file"
// ("hospitals"), "a plan file" ("commands" and "scenario" naming one);
// "" when none.
std::string file_kind(const Node& root);

// The same problem at each of `paths` in `root` (texts in two languages in a
// file whose version does not have them, say).
void add_at_each(Diagnostics& out, const std::string& file, const Node& root, const std::vector<std::string>& paths,
                 const std::string& message);

// parse_object, then loads the object into `value`. The document is returned
// for locating later checks. Texts in two languages go to `dutch` and
// `bilingual_paths` when given (collect_translations).
template <class T>
ParsedDocument load_object(std::string_view text, const std::string& file, const char* what, T& value,
                           Diagnostics& out, std::map<std::string, std::string>* dutch = nullptr,
                           std::vector<std::string>* bilingual_paths = nullptr) {
  ParsedDocument doc = parse_object(text, file, what, out);
  if (!doc.ok()) return doc;
  CheckedJsonInputArchive archive(*doc.root, file, out);
  archive.collect_translations(dutch, bilingual_paths);
  archive.load_root(value);
  return doc;
}

// ---- Templates --------------------------------------------------------------

template <class T>
void CheckedJsonInputArchive::read(const Node& node, const std::string& path, T& value) {
  if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, std::string>) {
    read_scalar(node, path, value);
  } else if constexpr (std::is_integral_v<T>) {
    std::int64_t s = 0;
    std::uint64_t u = 0;
    using L = std::numeric_limits<T>;
    if (read_integer(node, path, static_cast<std::int64_t>(L::min()), static_cast<std::uint64_t>(L::max()), &s, &u))
      value = std::is_signed_v<T> ? static_cast<T>(s) : static_cast<T>(u);
  } else if constexpr (std::is_floating_point_v<T>) {
    double d = 0;
    if (read_double(node, path, static_cast<double>(std::numeric_limits<T>::max()), &d)) value = static_cast<T>(d);
  } else if constexpr (detail::is_vector<T>::value) {
    if (!expect(node, path, Node::Kind::array)) return;
    const auto& items = node.items();
    value.clear();
    value.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) read(items[i], index_path(path, i), value[i]);
  } else if constexpr (detail::is_string_map<T>::value) {
    if (!expect(node, path, Node::Kind::object)) return;
    value.clear();
    for (const Member& m : node.members()) {
      if (!m.duplicate) read(m.value, child_path(path, m.key), value[m.key]);
    }
  } else if constexpr (detail::has_load_minimal<CheckedJsonInputArchive, T>::value) {
    if (!expect(node, path, Node::Kind::string)) return;
    try {
      detail::call_load_minimal(*this, value, node.as_string());
    } catch (const std::exception& e) {
      fail(node, path, e.what());
    }
  } else if constexpr (std::is_class_v<T>) {
    static_assert(detail::has_member_load<CheckedJsonInputArchive, T>::value ||
                      detail::has_free_load<CheckedJsonInputArchive, T>::value,
                  "CheckedJsonInputArchive: no load function for this type");
    read_object(node, path, value);
  } else {
    static_assert(std::is_class_v<T>, "CheckedJsonInputArchive cannot load this type");
  }
}

template <class T>
void CheckedJsonInputArchive::read_object(const Node& node, const std::string& path, T& value) {
  if (!expect(node, path, Node::Kind::object)) return;
  const std::size_t depth = frames_.size();
  frames_.push_back(Frame{&node, path, {}, false});
  try {
    detail::call_load(*this, value);
  } catch (const std::exception& e) {
    // A cross-field check that threw: reported at the object, and its other
    // members are not called unknown (loading stopped part way).
    frames_.resize(depth + 1);
    frames_.back().abandoned = true;
    fail(node, path, e.what());
  }
  frames_.resize(depth + 1);
  check_unknown(frames_.back());
  frames_.pop_back();
}

}  // namespace epd::json

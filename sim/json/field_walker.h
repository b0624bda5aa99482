#pragma once
// The fields a type's load functions read, found by running those load
// functions on a default value with an archive that reads nothing: each
// member's path, whether it is required, and the value an optional one keeps
// when a file leaves it out. The load functions stay the one description of
// a format: from them come the loader's hint for a field written in the
// wrong object, and the check that the reference page lists every default.
//
// A list's elements are walked once, from a default element, under
// "name[]". Fields a load function only asks about (has_field, such as a
// condition's forms) are listed without a value; what it reads only after
// such a question is not seen.

#include <charconv>
#include <system_error>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "json/checked_archive.h"

namespace epd::json {

struct FieldInfo {
  std::string path;  // "emergency.physicians", "functions[].restore_mean"
  bool required = false;
  // An optional field's value when a file leaves it out, as compact JSON
  // ({"day": 4, "evening": 4, "night": 2}, "25m", 0.1); "" when it has none
  // to show: an object whose own fields carry the defaults, an empty list or
  // string, or a field whose absence means none (json::absent_is_none).
  std::string default_json;
};

class FieldWalker : public MemberArchive<FieldWalker> {
 public:
  // Every field of `T`, each object's members in the order its load
  // function reads them, an object before its members.
  template <class T>
  static std::vector<FieldInfo> fields_of() {
    FieldWalker walker(true);
    T value{};
    walker.walk_object("", value);
    return std::move(walker.fields_);
  }

  // The archive as load functions use it (members: MemberArchive).
  bool has_field(std::string_view name) {
    if (record_ && !frames_.empty()) add(child(name), false);
    return false;
  }
  void report(std::string_view, const std::string&) {}
  void report_here(const std::string&) {}
  void abandon() {}

 private:
  struct Frame {
    std::string path;
    std::string json;         // the members rendered so far
    bool all_required = true; // a plain value such as {"day": 4, ...}, not a section of defaults
  };

  friend class MemberArchive<FieldWalker>;

  explicit FieldWalker(bool record) : record_(record) {}

  void text(TextNVP& nvp) { field(nvp.name, nvp.value, nvp.required ? Presence::required : Presence::optional); }
  void texts(TextsNVP& nvp) { field(nvp.name, nvp.value, nvp.required ? Presence::required : Presence::optional); }

  template <class T>
  void field(std::string_view name, T& value, Presence presence) {
    const bool required = presence == Presence::required;
    const std::string path = child(name);
    const std::size_t row = record_ ? add(path, required) : 0;
    bool shown = true;
    const std::string json = render(path, value, &shown);
    Frame& frame = frames_.back();
    frame.json += (frame.json.empty() ? "\"" : ", \"") + std::string(name) + "\": " + json;
    frame.all_required &= required;
    if (record_ && presence == Presence::optional && shown) fields_[row].default_json = json;
  }

  // `value` as compact JSON; *shown false when it is no default to show.
  template <class T>
  std::string render(const std::string& path, T& value, bool* shown) {
    if constexpr (std::is_same_v<T, bool>) {
      return value ? "true" : "false";
    } else if constexpr (std::is_arithmetic_v<T>) {
      return number(value);
    } else if constexpr (std::is_same_v<T, std::string>) {
      *shown = !value.empty();
      return quoted(value);
    } else if constexpr (std::is_enum_v<T>) {
      return quoted(std::string(to_string(value)));
    } else if constexpr (detail::has_load_minimal<FieldWalker, T>::value) {
      return quoted(save_minimal(*this, value));
    } else if constexpr (detail::is_vector<T>::value) {
      *shown = !value.empty();
      return render_list(path, value);
    } else {
      const Frame done = walk_object(path, value);
      *shown = done.all_required;
      return "{" + done.json + "}";
    }
  }

  template <class T>
  std::string render_list(const std::string& path, std::vector<T>& items) {
    using Item = std::remove_cv_t<T>;
    if constexpr (std::is_class_v<Item> && !std::is_same_v<Item, std::string> &&
                  !detail::has_load_minimal<FieldWalker, Item>::value) {
      if (record_) {  // the fields of an element
        Item element{};
        walk_object(path + "[]", element);
      }
    }
    std::string out;
    FieldWalker quiet(false);  // the elements' values only
    for (T& item : items) {
      bool shown = true;
      out += (out.empty() ? "" : ", ") + quiet.render(path, item, &shown);
    }
    return "[" + out + "]";
  }

  template <class T>
  Frame walk_object(const std::string& path, T& value) {
    frames_.push_back(Frame{path, "", true});
    detail::call_load(*this, value);
    Frame done = std::move(frames_.back());
    frames_.pop_back();
    return done;
  }

  std::size_t add(const std::string& path, bool required) {
    for (std::size_t i = 0; i < fields_.size(); ++i)
      if (fields_[i].path == path) return i;  // asked before (has_field, then read)
    fields_.push_back(FieldInfo{path, required, ""});
    return fields_.size() - 1;
  }

  std::string child(std::string_view name) const {
    const std::string& parent = frames_.back().path;
    return parent.empty() ? std::string(name) : parent + "." + std::string(name);
  }

  // The shortest decimal that reads back as the same number, not in
  // exponent form while it fits (0.1, 0.0005, 63; 1e+300 does not).
  template <class T>
  static std::string number(T value) {
    char buf[64];
    char* const end = buf + sizeof buf;
    std::to_chars_result r{};
    if constexpr (std::is_floating_point_v<T>) {
      r = std::to_chars(buf, end, value, std::chars_format::fixed);
      if (r.ec != std::errc()) r = std::to_chars(buf, end, value);
    } else {
      r = std::to_chars(buf, end, value);
    }
    return std::string(buf, r.ptr);
  }

  static std::string quoted(const std::string& text) { return "\"" + text + "\""; }

  bool record_;
  std::vector<Frame> frames_;
  std::vector<FieldInfo> fields_;
};

}  // namespace epd::json

#pragma once
// A cereal input archive over the positioned tree of document.h that never
// throws to its caller: a missing field, a wrong type, an out-of-range
// number, an unknown (probably misspelt) field or a ValueError from a load
// function each become a Diagnostic, and loading goes on with the next field
// or list element. Load functions are ordinary cereal code:
//
//   template <class Archive> void load(Archive& ar, Hospital& h) {
//     ar(cereal::make_nvp("id", h.id), cereal::make_nvp("beds", h.beds));
//     ar(epd::json::optional_nvp("notes", h.notes));
//     if (h.beds < 1) epd::json::report(ar, "beds", "must be at least 1");
//   }
//
// Modelled on cereal's JSONInputArchive (cereal/archives/json.hpp): objects
// are found by name, lists element by element, maps with string keys as
// plain objects. Saving pairs with cereal::JSONOutputArchive.

#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include <cereal/archives/json.hpp>
#include <cereal/cereal.hpp>

#include "json/diagnostics.h"
#include "json/node.h"
#include "json/optional_nvp.h"
#include "json/value_error.h"

namespace epd::json {

class CheckedJsonInputArchive : public cereal::InputArchive<CheckedJsonInputArchive>,
                                public cereal::traits::TextArchive {
 public:
  // `root` is the document's root, which must be an object; its members are
  // loaded by the caller's load function through load_root() (or by calling
  // the load function on the archive directly, then finish()).
  CheckedJsonInputArchive(const Node& root, std::string file, Diagnostics& out);
  CheckedJsonInputArchive(const CheckedJsonInputArchive&) = delete;
  CheckedJsonInputArchive& operator=(const CheckedJsonInputArchive&) = delete;
  ~CheckedJsonInputArchive() noexcept override = default;

  // Loads the root object into `value` with its load/serialize function,
  // catching whatever it throws, then finish().
  template <class T>
  void load_root(T& value);

  // Reports the root object's unknown fields. Once; load_root() calls it.
  void finish();

  // ---- For load functions (see also report.h) ----------------------------
  // Is there a member `name` in the object being loaded? Counts `name` as a
  // known field of that object.
  bool has_field(std::string_view name);
  // A problem with member `name` of the object being loaded (at the member,
  // or at the object when the member is absent), or with that object itself.
  // Silent inside a value that was already reported as missing or mistyped.
  void report(std::string_view name, std::string message);
  void report_here(std::string message);
  const std::string& current_path() const { return frames_.back().path; }

  // ---- cereal glue: used by the functions at the end of this header -------
  enum class Expect : std::uint8_t { object, list };
  void startNode(Expect expect);
  void finishNode();
  void setNextName(const char* name) { next_name_ = name; }
  void loadValue(bool& value);
  void loadValue(std::string& value);
  void loadValue(std::nullptr_t& value);
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  void loadValue(T& value);
  template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
  void loadValue(T& value);
  void loadSize(cereal::size_type& size);

  // Containers and optional members.
  std::size_t list_size(std::size_t element_size);  // 0 when the list is skipped or too long
  std::size_t member_count(std::size_t value_size);  // the same for maps
  const Member* member_at(std::size_t index) const;
  bool has_value(const char* name);  // present and not null
  template <class T>
  void load_named(const char* name, T& value);
  template <class T>
  void load_next(T& value);
  template <class T>
  void load_member(std::size_t index, T& value);

 private:
  // An object or list being loaded.
  struct Frame {
    const Node* node = nullptr;  // nullptr: already reported or absent; loads inside are silent no-ops
    std::string path;
    std::vector<std::string> asked;    // names the load function asked for
    std::vector<std::string> missing;  // required names reported missing
    std::vector<bool> used;            // members read without a name (map entries)
    std::size_t next = 0;              // next element or member read without a name
    bool short_reported = false;
  };

  // Where a value comes from: member `name` or element `index` of frame
  // `frame`, or the frame's own node.
  struct Slot {
    enum class By : std::uint8_t { self, name, index } by = By::self;
    const Node* node = nullptr;
    std::size_t frame = 0;
    std::string_view name;
    std::size_t index = 0;
  };

  Slot resolve();  // the slot of the next value, consuming the pending name
  Slot peek_named(const char* name) const;
  Slot peek_next() const;
  std::string path_of(const Slot& slot) const;
  void add(Position pos, std::string path, std::string message);
  void type_error(const Slot& slot, std::string_view expected);
  bool frame_is(Node::Kind kind);  // checks, on first use, what startNode let through
  void remember(Frame& frame, std::string_view name);
  void check_unknown(const Frame& frame);
  void recover(std::size_t depth, const Slot& slot, const char* what);
  template <class T>
  void load_guarded(const Slot& slot, T& value);

  std::optional<std::int64_t> read_signed(std::int64_t min, std::int64_t max);
  std::optional<std::uint64_t> read_unsigned(std::uint64_t max);
  std::optional<double> read_double(double max_magnitude);
  void out_of_range(const Slot& slot, const std::string& value);

  std::string file_;
  Diagnostics& out_;
  std::vector<Frame> frames_;
  const char* next_name_ = nullptr;
  std::unordered_set<const Node*> failed_;  // values already reported: no second message
  bool root_threw_ = false;
  bool finished_ = false;
};

}  // namespace epd::json

// Loading a load_minimal type reads the value its save_minimal writes.
namespace cereal::traits::detail {
template <>
struct get_output_from_input<epd::json::CheckedJsonInputArchive> {
  using type = cereal::JSONOutputArchive;
};
}  // namespace cereal::traits::detail

CEREAL_REGISTER_ARCHIVE(epd::json::CheckedJsonInputArchive)

namespace epd::json {

// ---- Member templates ------------------------------------------------------

template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int>>
void CheckedJsonInputArchive::loadValue(T& value) {
  using Limits = std::numeric_limits<T>;
  if constexpr (std::is_signed_v<T>) {
    if (const auto v = read_signed(Limits::min(), Limits::max())) value = static_cast<T>(*v);
  } else {
    if (const auto v = read_unsigned(Limits::max())) value = static_cast<T>(*v);
  }
}

template <class T, std::enable_if_t<std::is_floating_point_v<T>, int>>
void CheckedJsonInputArchive::loadValue(T& value) {
  if (const auto v = read_double(static_cast<double>(std::numeric_limits<T>::max()))) value = static_cast<T>(*v);
}

template <class T>
void CheckedJsonInputArchive::load_guarded(const Slot& slot, T& value) {
  const std::size_t depth = frames_.size();
  try {
    (*this)(value);
  } catch (const std::exception& e) {
    recover(depth, slot, e.what());
  }
}

template <class T>
void CheckedJsonInputArchive::load_named(const char* name, T& value) {
  const Slot slot = peek_named(name);
  setNextName(name);
  load_guarded(slot, value);
}

template <class T>
void CheckedJsonInputArchive::load_next(T& value) {
  load_guarded(peek_next(), value);
}

template <class T>
void CheckedJsonInputArchive::load_member(std::size_t index, T& value) {
  Frame& frame = frames_.back();
  if (frame.node == nullptr || index >= frame.used.size()) return;
  frame.next = index;
  load_guarded(peek_next(), value);
}

namespace detail {

// Calls T's own load or serialize function, without the node cereal would
// open around it: the root object is already open.
template <class T>
void load_members(CheckedJsonInputArchive& ar, T& value) {
  using Ar = CheckedJsonInputArchive;
  namespace tr = cereal::traits;
  if constexpr (tr::has_member_load<T, Ar>::value) {
    cereal::access::member_load(ar, value);
  } else if constexpr (tr::has_non_member_load<T, Ar>::value) {
    CEREAL_LOAD_FUNCTION_NAME(ar, value);
  } else if constexpr (tr::has_member_serialize<T, Ar>::value) {
    cereal::access::member_serialize(ar, value);
  } else if constexpr (tr::has_non_member_serialize<T, Ar>::value) {
    CEREAL_SERIALIZE_FUNCTION_NAME(ar, value);
  } else {
    static_assert(tr::detail::delay_static_assert<T>::value,
                  "load_root needs an unversioned load or serialize function for T");
  }
}

}  // namespace detail

template <class T>
void CheckedJsonInputArchive::load_root(T& value) {
  Slot root;
  root.node = frames_.front().node;
  try {
    detail::load_members(*this, value);
  } catch (const std::exception& e) {
    recover(1, root, e.what());
    root_threw_ = true;
  } catch (...) {
    recover(1, root, "unexpected error while loading");
    root_threw_ = true;
  }
  finish();
}

// ---- Which JSON shape a C++ type takes --------------------------------------

// Sequences cereal writes with a size tag are JSON lists; other classes are
// objects (a list given for a class is caught when it asks for a field).
template <class T>
struct is_json_list : std::false_type {};
template <class T, class A>
struct is_json_list<std::vector<T, A>> : std::true_type {};

// ---- Prologue and epilogue (as for cereal's JSONInputArchive) ---------------

template <class T>
void prologue(CheckedJsonInputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void epilogue(CheckedJsonInputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void prologue(CheckedJsonInputArchive&, const OptionalNVP<T>&) {}
template <class T>
void epilogue(CheckedJsonInputArchive&, const OptionalNVP<T>&) {}
template <class T>
void prologue(CheckedJsonInputArchive&, const cereal::DeferredData<T>&) {}
template <class T>
void epilogue(CheckedJsonInputArchive&, const cereal::DeferredData<T>&) {}
template <class T>
void prologue(CheckedJsonInputArchive&, const cereal::SizeTag<T>&) {}
template <class T>
void epilogue(CheckedJsonInputArchive&, const cereal::SizeTag<T>&) {}
inline void prologue(CheckedJsonInputArchive&, const std::nullptr_t&) {}
inline void epilogue(CheckedJsonInputArchive&, const std::nullptr_t&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(CheckedJsonInputArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(CheckedJsonInputArchive&, const T&) {}
template <class C, class Tr, class A>
void prologue(CheckedJsonInputArchive&, const std::basic_string<C, Tr, A>&) {}
template <class C, class Tr, class A>
void epilogue(CheckedJsonInputArchive&, const std::basic_string<C, Tr, A>&) {}

// Everything else that is not loaded through load_minimal opens a node.
template <class T, cereal::traits::EnableIf<
                       !std::is_arithmetic<T>::value,
                       !cereal::traits::has_minimal_base_class_serialization<
                           T, cereal::traits::has_minimal_input_serialization, CheckedJsonInputArchive>::value,
                       !cereal::traits::has_minimal_input_serialization<T, CheckedJsonInputArchive>::value> =
              cereal::traits::sfinae>
void prologue(CheckedJsonInputArchive& ar, const T&) {
  ar.startNode(is_json_list<T>::value ? CheckedJsonInputArchive::Expect::list
                                      : CheckedJsonInputArchive::Expect::object);
}
template <class T, cereal::traits::EnableIf<
                       !std::is_arithmetic<T>::value,
                       !cereal::traits::has_minimal_base_class_serialization<
                           T, cereal::traits::has_minimal_input_serialization, CheckedJsonInputArchive>::value,
                       !cereal::traits::has_minimal_input_serialization<T, CheckedJsonInputArchive>::value> =
              cereal::traits::sfinae>
void epilogue(CheckedJsonInputArchive& ar, const T&) {
  ar.finishNode();
}

// ---- Load functions for the basic types ------------------------------------

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, cereal::NameValuePair<T>& member) {
  ar.load_named(member.name, member.value);
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, OptionalNVP<T>& member) {
  if (ar.has_value(member.name)) ar.load_named(member.name, member.value);
}

inline void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, std::nullptr_t& value) { ar.loadValue(value); }

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, T& value) {
  ar.loadValue(value);
}

template <class Tr, class A>
void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, std::basic_string<char, Tr, A>& value) {
  std::string text;
  ar.loadValue(text);
  value.assign(text.data(), text.size());
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CheckedJsonInputArchive& ar, cereal::SizeTag<T>& tag) {
  ar.loadSize(tag.size);
}

}  // namespace epd::json

#include "json/checked_containers.h"
#include "json/report.h"

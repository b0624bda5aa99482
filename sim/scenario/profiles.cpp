#include "scenario/profiles.h"

#include <vector>

#include "json/text_util.h"

namespace epd {
namespace {

using json::Member;
using json::Node;

// `over` written on top of `base`: objects member by member, anything else replaced.
Node merged(const Node& base, const Node& over) {
  if (!base.is(Node::Kind::object) || !over.is(Node::Kind::object)) return over;
  Node out = Node::object(over.pos());
  for (const Member& m : base.members()) {
    if (m.duplicate) continue;
    const Member* mine = over.find(m.key);
    out.append(mine ? Member{m.key, mine->key_pos, merged(m.value, mine->value), false} : m);
  }
  for (const Member& m : over.members()) {
    if (m.duplicate || base.find(m.key) == nullptr) out.append(m);
  }
  return out;
}

class Expander {
 public:
  Expander(const Node& root, const std::string& file, json::Diagnostics& out) : file_(file), out_(out) {
    const Member* profiles = root.find("profiles");
    if (profiles == nullptr) return;
    profiles_ = &profiles->value;
    if (!profiles_->is(Node::Kind::object)) {
      add(profiles_->pos(), "profiles", "must be an object of named profiles, {\"name\": {...}}");
      profiles_ = nullptr;
      return;
    }
    for (const Member& m : profiles_->members()) {
      names_.push_back(m.key);
      const std::string path = "profiles." + m.key;
      if (!m.value.is(Node::Kind::object)) {
        add(m.value.pos(), path, "a profile is an object with the fields of a hospital");
        continue;
      }
      for (const char* identity : {"id", "name", "profiles"}) {
        if (const Member* bad = m.value.find(identity))
          add(bad->key_pos, path + "." + identity, std::string("a profile cannot set \"") + identity +
                                                       "\": it is shared by every hospital that uses it");
      }
    }
  }

  Node hospital(const Node& h, const std::string& path, std::vector<std::string>& incomplete) {
    const Member* list = h.find("profiles");
    if (list == nullptr || !list->value.is(Node::Kind::array)) return h;  // the loader reports a wrong type
    Node out = Node::object(h.pos());
    const auto& items = list->value.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string item_path = path + ".profiles[" + std::to_string(i) + "]";
      if (!items[i].is(Node::Kind::string)) continue;  // reported by the loader
      const Node* profile = find(items[i].as_string());
      if (profile == nullptr) {
        add(items[i].pos(), item_path, unknown(items[i].as_string()));
        if (incomplete.empty() || incomplete.back() != path) incomplete.push_back(path);
        continue;
      }
      out = merged(out, *profile);
    }
    return merged(out, h);
  }

 private:
  const Node* find(const std::string& name) const {
    if (profiles_ == nullptr) return nullptr;
    const Member* m = profiles_->find(name);
    return m != nullptr && m->value.is(Node::Kind::object) ? &m->value : nullptr;
  }

  std::string unknown(const std::string& name) const {
    std::string message = "unknown profile '" + json::printable(name) + "'";
    if (const auto best = json::closest_name(name, names_)) return message + "; did you mean '" + *best + "'?";
    if (names_.empty()) return message + "; the scenario has no \"profiles\"";
    message += "; expected one of: ";
    for (std::size_t i = 0; i < names_.size() && i < 12; ++i) message += (i ? ", " : "") + json::printable(names_[i]);
    return message;
  }

  void add(json::Position pos, const std::string& path, std::string message) {
    out_.add(file_, pos, path, std::move(message));
  }

  const std::string& file_;
  json::Diagnostics& out_;
  const Node* profiles_ = nullptr;
  std::vector<std::string> names_;
};

}  // namespace

json::Node expand_profiles(const json::Node& root, const std::string& file, json::Diagnostics& out,
                           std::vector<std::string>& incomplete) {
  const Member* hospitals = root.find("hospitals");
  Expander expander(root, file, out);
  if (hospitals == nullptr || !hospitals->value.is(Node::Kind::array)) return root;
  Node expanded = Node::object(root.pos());
  for (const Member& m : root.members()) {
    if (&m != hospitals) {
      expanded.append(m);
      continue;
    }
    Node list = Node::array(m.value.pos());
    const auto& items = m.value.items();
    for (std::size_t i = 0; i < items.size(); ++i)
      list.append(items[i].is(Node::Kind::object)
                      ? expander.hospital(items[i], "hospitals[" + std::to_string(i) + "]", incomplete)
                      : items[i]);
    expanded.append(Member{m.key, m.key_pos, std::move(list), m.duplicate});
  }
  return expanded;
}

}  // namespace epd

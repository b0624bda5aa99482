#pragma once
// The ids of a scenario's list, for the checks of scenarios and plans: in file
// order (messages and did-you-mean list them so) and indexed, so that a file
// with thousands of injects and references is checked in n log n, not n².

#include <map>
#include <string>
#include <vector>

#include "scenario/scenario_check.h"

namespace epd {

class IdIndex {
 public:
  IdIndex() = default;
  template <class T>
  explicit IdIndex(const std::vector<T>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) add(items[i].id, static_cast<int>(i));
  }

  // `number`: the item's place in its list; a repeated id keeps its first.
  void add(const std::string& id, int number = -1) {
    if (number_.emplace(id, number).second) order_.push_back(id);
  }
  bool has(const std::string& id) const { return number_.count(id) > 0; }
  // The place of `id` in its list, -1 when unknown.
  int number(const std::string& id) const {
    const auto it = number_.find(id);
    return it == number_.end() ? -1 : it->second;
  }
  const std::vector<std::string>& ids() const { return order_; }

  // "unknown inject 'x'; did you mean 'y'?". A did-you-mean compares with every
  // id: after the first kSuggestions of them a hostile file's thousands of
  // wrong references are named without one.
  std::string unknown(const char* what, const std::string& id) const {
    if (suggested_ >= kSuggestions) return std::string("unknown ") + what + " '" + id + "'";
    ++suggested_;
    return unknown_id(what, id, order_);
  }
  // "; did you mean 'y'?" alone, within the same budget.
  std::string near(const std::string& id) const {
    if (suggested_ >= kSuggestions) return {};
    ++suggested_;
    return known_ids(id, order_);
  }

 private:
  static constexpr int kSuggestions = 50;
  std::vector<std::string> order_;
  std::map<std::string, int> number_;
  mutable int suggested_ = 0;
};

}  // namespace epd

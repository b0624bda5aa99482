#include "json/tree_builder.h"

#include <utility>

#include "json/document.h"
#include "json/number_text.h"
#include "json/text_util.h"

namespace epd::json::detail {

bool TreeBuilder::Key(const char* s, unsigned n, bool) {
  Open& top = open_.back();
  top.key.assign(s, n);
  top.key_pos = token_pos();
  const auto [it, inserted] = top.seen.emplace(top.key, top.key_pos);
  top.key_duplicate = !inserted;
  if (!inserted) {
    const Position first = it->second;
    out_.add(file_, top.key_pos, path(),
             "duplicate field \"" + printable(top.key) + "\" (first at " + std::to_string(first.line) + ":" +
                 std::to_string(first.column) + ")");
  }
  return true;
}

bool TreeBuilder::RawNumber(const char* s, unsigned n, bool) {
  const auto number = read_number(std::string_view(s, n));
  if (!number) {
    stop_ = Diagnostic{file_, token_pos(), "", "number is out of range"};
    return false;
  }
  if (const auto* i = std::get_if<std::int64_t>(&*number)) return add(Node::integer(*i, token_pos()));
  if (const auto* u = std::get_if<std::uint64_t>(&*number)) return add(Node::integer(*u, token_pos()));
  return add(Node::number(std::get<double>(*number), token_pos()));
}

bool TreeBuilder::add(Node value) {
  if (open_.empty()) {
    root_ = std::move(value);
    return true;
  }
  Open& top = open_.back();
  if (top.node.is(Node::Kind::array)) {
    top.node.append(std::move(value));
  } else {
    top.node.append(Member{std::move(top.key), top.key_pos, std::move(value), top.key_duplicate});
    top.key.clear();
  }
  return true;
}

bool TreeBuilder::open(Node container) {
  if (open_.size() >= static_cast<std::size_t>(kMaxDepth)) {
    stop_ = Diagnostic{file_, container.pos(), "",
                       "nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
    return false;
  }
  open_.push_back(Open{std::move(container), {}, {}, false, {}});
  return true;
}

bool TreeBuilder::close() {
  Node done = std::move(open_.back().node);
  open_.pop_back();
  return add(std::move(done));
}

// Path of the value being built; used for duplicate keys. The innermost
// object's pending key is the duplicate itself.
std::string TreeBuilder::path() const {
  std::string out;
  for (const auto& o : open_) {
    if (o.node.is(Node::Kind::array)) {
      out += '[' + std::to_string(o.node.items().size()) + ']';
    } else {
      if (!out.empty()) out += '.';
      out += o.key;
    }
  }
  return out;
}

}  // namespace epd::json::detail

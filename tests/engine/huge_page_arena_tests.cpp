// The arena that packs each hospital's record lists into huge pages: every
// block aligned and apart from the others, lists that grow past a chunk
// still correct, and a copy of a list on memory of its own (it may run on
// another thread than the arena's world).

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>

#include "core/huge_pages.h"

using namespace epd;

namespace {

struct alignas(64) Line {
  std::uint64_t value[8];
};

}  // namespace

TEST_CASE("arena blocks are aligned, apart, and lists in it grow past a chunk intact", "[huge_pages]") {
  const auto arena = std::make_shared<HugePageArena>();
  ArenaVector<std::uint8_t> bytes{ArenaAllocator<std::uint8_t>(arena)};
  ArenaVector<Line> lines{ArenaAllocator<Line>(arena)};
  ArenaVector<std::uint32_t> numbers{ArenaAllocator<std::uint32_t>(arena)};
  // Interleaved growth: each list reallocates many times, more than a 2 MB chunk in all.
  for (std::uint32_t i = 0; i < 200000; ++i) {
    bytes.push_back(static_cast<std::uint8_t>(i));
    numbers.push_back(i * 3);
    if (i % 4 == 0) lines.push_back(Line{{i, i, i, i, i, i, i, i}});
  }
  CHECK(reinterpret_cast<std::uintptr_t>(lines.data()) % 64 == 0);
  CHECK(reinterpret_cast<std::uintptr_t>(numbers.data()) % alignof(std::uint32_t) == 0);
  for (std::uint32_t i = 0; i < 200000; ++i) {
    REQUIRE(bytes[i] == static_cast<std::uint8_t>(i));
    REQUIRE(numbers[i] == i * 3);
  }
  for (std::uint32_t k = 0; k < lines.size(); ++k) REQUIRE(lines[k].value[7] == k * 4);
  // No two lists share memory.
  const auto* b0 = reinterpret_cast<const char*>(bytes.data());
  const auto* n0 = reinterpret_cast<const char*>(numbers.data());
  CHECK((b0 + bytes.size() <= n0 || n0 + numbers.size() * sizeof(std::uint32_t) <= b0));
}

TEST_CASE("a copy of an arena list has memory of its own, outside the arena", "[huge_pages]") {
  const auto arena = std::make_shared<HugePageArena>();
  ArenaVector<int> list{ArenaAllocator<int>(arena)};
  for (int i = 0; i < 1000; ++i) list.push_back(i);
  const ArenaVector<int> copy = list;
  CHECK(copy.get_allocator().arena == nullptr);
  CHECK(copy == list);
  CHECK(copy.data() != list.data());
  ArenaVector<int> moved = std::move(list);
  CHECK(moved.get_allocator().arena == arena);
  CHECK(moved.size() == 1000);
  // An allocator moved from still names its arena, as the standard asks of allocators.
  ArenaAllocator<int> from(arena);
  const ArenaAllocator<int> to(std::move(from));
  CHECK(to.arena == arena);
  CHECK(from.arena == arena);  // NOLINT(bugprone-use-after-move): that is the point
}

#pragma once
// Memory the engine reads all over, in huge pages: each hospital's record
// lists (HugePageArena below), which every event reads, share the
// processor's few address translations instead of needing one per 4 kB page.
// Only advice to the kernel (transparent huge pages, `madvise`): results never
// depend on it; elsewhere, or with huge pages switched off, nothing changes.

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace epd {

inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// Whole huge pages for at least `bytes`, aligned to one and advised to the
// kernel as huge pages; `whole` (if given) gets their size. Given back with
// delete_huge_pages.
void* new_huge_pages(std::size_t bytes, std::size_t* whole = nullptr);
void delete_huge_pages(void* block);

// Many small lists filled over a run (each hospital's patients, samples and
// inpatients: under 1 MB each, 55 MB at 69 hospitals) packed side by side
// into huge pages: the records every event reads then share the processor's
// few address translations instead of one per 4 kB page, which at 69
// hospitals is what their cost per hospital grew by. Blocks are handed out
// front to back and given back only with the arena. Not thread-safe: one
// world's lists use it, on the thread that runs that world.
class HugePageArena {
 public:
  HugePageArena() = default;
  HugePageArena(const HugePageArena&) = delete;
  HugePageArena& operator=(const HugePageArena&) = delete;
  ~HugePageArena();
  void* allocate(std::size_t bytes, std::size_t alignment);

 private:
  std::vector<void*> chunks_;  // whole huge pages (new_huge_pages)
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

// An allocator for std::vector from a shared HugePageArena; without one
// (default, or a copy of a list: the copy may run on another thread) from
// operator new as usual.
template <class T>
struct ArenaAllocator {
  using value_type = T;
  using propagate_on_container_move_assignment = std::true_type;
  using propagate_on_container_swap = std::true_type;
  using propagate_on_container_copy_assignment = std::false_type;

  ArenaAllocator() = default;
  explicit ArenaAllocator(std::shared_ptr<HugePageArena> a) : arena(std::move(a)) {}
  template <class U>
  ArenaAllocator(const ArenaAllocator<U>& other) : arena(other.arena) {}  // NOLINT: rebinding
  // A moved allocator still names its arena, as allocators must.
  ArenaAllocator(const ArenaAllocator& other) = default;
  ArenaAllocator(ArenaAllocator&& other) noexcept : arena(other.arena) {}
  ArenaAllocator& operator=(const ArenaAllocator& other) = default;
  ArenaAllocator& operator=(ArenaAllocator&& other) noexcept {
    arena = other.arena;
    return *this;
  }
  ~ArenaAllocator() = default;

  ArenaAllocator select_on_container_copy_construction() const { return ArenaAllocator(); }
  T* allocate(std::size_t n) {
    if (!arena) return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{alignof(T)}));
    return static_cast<T*>(arena->allocate(n * sizeof(T), alignof(T)));
  }
  void deallocate(T* p, std::size_t) {
    if (!arena) ::operator delete(p, std::align_val_t{alignof(T)});
  }
  friend bool operator==(const ArenaAllocator& a, const ArenaAllocator& b) { return a.arena == b.arena; }
  friend bool operator!=(const ArenaAllocator& a, const ArenaAllocator& b) { return a.arena != b.arena; }

  std::shared_ptr<HugePageArena> arena;
};

template <class T>
using ArenaVector = std::vector<T, ArenaAllocator<T>>;

}  // namespace epd

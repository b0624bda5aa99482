#include "core/huge_pages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace epd {

void advise_huge_pages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Only advice: a kernel without transparent huge pages refuses, and nothing changes.
  (void)madvise(data, bytes, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

HugePageArena::~HugePageArena() {
  for (const auto& c : chunks_) ::operator delete(c.first, std::align_val_t{kHugePageBytes});
}

void* HugePageArena::allocate(std::size_t bytes, std::size_t alignment) {
  if (bytes == 0) bytes = 1;
  const auto misalign = reinterpret_cast<std::uintptr_t>(next_) % alignment;
  const std::size_t pad = misalign == 0 ? 0 : alignment - misalign;
  if (next_ == nullptr || pad + bytes > left_) {
    // A new chunk; what was left of the last one stays unused.
    const std::size_t whole = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
    void* p = ::operator new(whole, std::align_val_t{kHugePageBytes});
    advise_huge_pages(p, whole);
    chunks_.emplace_back(p, whole);
    next_ = static_cast<char*>(p);
    left_ = whole;
    return allocate(bytes, alignment);
  }
  char* out = next_ + pad;
  next_ = out + bytes;
  left_ -= pad + bytes;
  return out;
}

}  // namespace epd

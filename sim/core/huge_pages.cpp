#include "core/huge_pages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace epd {

namespace {

// Only advice: a kernel without transparent huge pages refuses, and nothing changes.
void advise_huge_pages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  (void)madvise(data, bytes, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace

void* new_huge_pages(std::size_t bytes, std::size_t* whole) {
  const std::size_t rounded = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
  void* block = ::operator new(rounded, std::align_val_t{kHugePageBytes});
  advise_huge_pages(block, rounded);
  if (whole != nullptr) *whole = rounded;
  return block;
}

void delete_huge_pages(void* block) { ::operator delete(block, std::align_val_t{kHugePageBytes}); }

HugePageArena::~HugePageArena() {
  for (void* chunk : chunks_) delete_huge_pages(chunk);
}

void* HugePageArena::allocate(std::size_t bytes, std::size_t alignment) {
  if (bytes == 0) bytes = 1;
  const auto misalign = reinterpret_cast<std::uintptr_t>(next_) % alignment;
  const std::size_t pad = misalign == 0 ? 0 : alignment - misalign;
  if (next_ == nullptr || pad + bytes > left_) {
    // A new chunk; what was left of the last one stays unused.
    // Room in the list first: were the chunk taken before and the list could
    // not grow, the chunk would be lost.
    chunks_.reserve(chunks_.size() + 1);
    std::size_t whole = 0;
    char* chunk = static_cast<char*>(new_huge_pages(bytes, &whole));
    chunks_.push_back(chunk);
    next_ = chunk;
    left_ = whole;
    return allocate(bytes, alignment);
  }
  char* out = next_ + pad;
  next_ = out + bytes;
  left_ -= pad + bytes;
  return out;
}

}  // namespace epd

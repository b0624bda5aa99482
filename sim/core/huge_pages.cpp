#include "core/huge_pages.h"

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

}  // namespace epd

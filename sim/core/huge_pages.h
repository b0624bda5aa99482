#pragma once
// Large arrays the engine fills once, front to back (the metric series: 80 MB
// at 69 hospitals, 2.4 MB for one hospital over 42 days), cost one page fault
// per 4 kB touched; on the virtual machines CI and this team use that was a
// sixth of the national scenario's wall time. Asked for transparent huge
// pages, Linux takes one fault per 2 MB instead. Results never depend on it;
// elsewhere, or with huge pages switched off, nothing changes.

#include <cstddef>
#include <new>

namespace epd {

inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// Advises the kernel to back [data, data + bytes), which starts on a huge
// page boundary, with huge pages; a no-op on other systems.
void advise_huge_pages(void* data, std::size_t bytes);

// An allocator for std::vector: blocks of 1 MB and more are whole huge pages,
// aligned to one, and advised; smaller ones come from operator new as usual.
template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding, as the standard's allocators

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (!huge(bytes)) return static_cast<T*>(::operator new(bytes));
    const std::size_t whole = rounded(bytes);
    void* p = ::operator new(whole, std::align_val_t{kHugePageBytes});
    advise_huge_pages(p, whole);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    if (!huge(n * sizeof(T))) ::operator delete(p);
    else ::operator delete(p, std::align_val_t{kHugePageBytes});
  }
  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
  friend bool operator!=(const HugePageAllocator&, const HugePageAllocator&) { return false; }

 private:
  static bool huge(std::size_t bytes) { return bytes >= kHugePageBytes / 2; }
  static std::size_t rounded(std::size_t bytes) { return (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes; }
};

}  // namespace epd

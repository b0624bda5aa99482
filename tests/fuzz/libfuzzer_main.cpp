// One libFuzzer target: EPD_FUZZ_ENTRY names the entry (fuzz_entries.h).
// Built only in the `fuzz` preset (clang, -fsanitize=fuzzer).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  epd::fuzz::EPD_FUZZ_ENTRY(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

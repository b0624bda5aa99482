#pragma once
// SHA-256 (FIPS 180-4): the scenario hash and the save checksum. Matches
// `sha256sum`. Written from the standard; byte order is handled explicitly,
// so the result does not depend on the host's endianness.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace epd {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t n);
  void update(std::string_view s) { update(s.data(), s.size()); }
  // The digest. Call once; the object is spent afterwards.
  std::array<std::uint8_t, 32> finish();

 private:
  void compress();  // one 64-byte block from buf_ into h_

  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t used_ = 0;       // bytes in buf_
  std::uint64_t length_ = 0;   // message bytes so far
};

std::string sha256_hex(std::string_view bytes);  // 64 lowercase hex digits

}  // namespace epd

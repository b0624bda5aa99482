// SHA-256 against the FIPS 180-4 example vectors (the same digests
// `sha256sum` prints), and incremental update() against one-shot hashing.

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/sha256.h"

using namespace epd;

namespace {

std::string hex(const std::array<std::uint8_t, 32>& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  for (const std::uint8_t b : digest) {
    s += kDigits[b >> 4];
    s += kDigits[b & 0x0f];
  }
  return s;
}

}  // namespace

TEST_CASE("sha256 of the empty message matches FIPS 180-4", "[sha256]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(Sha256().finish()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256 of \"abc\" (one block) matches FIPS 180-4", "[sha256]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256 of the 448-bit message (padding spills into a second block) matches FIPS 180-4", "[sha256]") {
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256 of one million 'a' fed in uneven chunks matches FIPS 180-4", "[sha256]") {
  const std::string a(1000000, 'a');
  const char* const expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  CHECK(sha256_hex(a) == expected);

  Sha256 sha;
  std::size_t pos = 0;
  std::size_t chunk = 1;
  while (pos < a.size()) {
    const std::size_t n = std::min(chunk, a.size() - pos);
    sha.update(a.data() + pos, n);
    pos += n;
    chunk = chunk % 157 + 13;  // 1, 14, 27, ... : straddles block boundaries at varying offsets
  }
  CHECK(hex(sha.finish()) == expected);
}

TEST_CASE("sha256 chunked updates equal the one-shot hash for lengths 0 to 200", "[sha256]") {
  for (std::size_t len = 0; len <= 200; ++len) {
    std::string msg;
    for (std::size_t i = 0; i < len; ++i) msg += static_cast<char>('0' + (i * 7 + len) % 75);
    const std::string one_shot = sha256_hex(msg);
    for (std::size_t chunk = 1; chunk <= 65; chunk += 7) {
      Sha256 sha;
      for (std::size_t pos = 0; pos < len; pos += chunk) sha.update(std::string_view(msg).substr(pos, chunk));
      INFO("length " << len << ", chunk " << chunk);
      CHECK(hex(sha.finish()) == one_shot);
    }
  }
}

// A crash or a power cut while saving must never cost the previous save.
// A child process saves over and over; it is killed (SIGKILL: no cleanup, as
// a power cut) at random moments, hundreds of times, and each time the file
// on disk must be one whole save, loadable.

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "core/rng.h"
#include "io/text_file.h"
#include "save/save_file.h"
#include "flagship_fixture.h"

using namespace epd;

namespace {

// Temporary files a killed writer left next to the save, removed.
int remove_leftovers(const std::string& dir, const std::string& keep) {
  int removed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().string() == keep) continue;
    std::filesystem::remove(entry.path());
    ++removed;
  }
  return removed;
}

}  // namespace

TEST_CASE("killing a process in the middle of saving never damages the previous save", "[save][crash]") {
  epd::test::TempDir dir;
  const std::string path = dir.file("drill.save.json");
  const std::string first = save_text(epd::test::flagship_save(kDay));
  const std::string second = save_text(epd::test::flagship_save(2 * kDay));
  std::string error;
  REQUIRE(write_file_atomic(path, first, &error));

  // How long one save takes here, so that the kills fall before, inside and
  // after writes.
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) REQUIRE(write_file_atomic(path, i % 2 ? first : second, &error));
  const double write_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 5;

  Rng rng(2026);
  int interrupted = 0;
  constexpr int kKills = 300;
  for (int kill_no = 0; kill_no < kKills; ++kill_no) {
    // The child says when it is about to write, so that the delay counts from
    // there and not from fork(), which may take longer than a write (under
    // qemu-user in the ARM cross-builds, many times longer).
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::close(ready[0]);
      const char go = 'g';
      if (::write(ready[1], &go, 1) != 1) ::_exit(1);
      for (int k = 0;; ++k) write_file_atomic(path, k % 2 ? first : second, nullptr);
    }
    ::close(ready[1]);
    char go = 0;
    REQUIRE(::read(ready[0], &go, 1) == 1);
    ::close(ready[0]);
    ::usleep(static_cast<useconds_t>(rng.uniform(0.0, 3.0 * write_us)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));

    const auto text = read_text_file(path, &error);
    REQUIRE(text.has_value());
    const bool whole = *text == first || *text == second;
    INFO("kill " << kill_no << ": " << text->size() << " bytes on disk");
    REQUIRE(whole);
    if (kill_no % 25 == 0) REQUIRE(load_save_text(*text, path).ok());  // loadable, not just the same bytes
    interrupted += remove_leftovers(dir.path, path) > 0 ? 1 : 0;
  }
  // Proof that the kills did land in the middle of writes, not only between.
  INFO("write time " << write_us << " us; kills inside a write: " << interrupted << " of " << kKills);
  CHECK(interrupted > kKills / 10);
}

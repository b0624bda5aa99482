// fuzz_replay TARGET PATH...: feeds every file under each PATH (folders read
// in name order) to the fuzz target's entry, as libFuzzer would, and fails if
// any of them crashes (the sanitizers of the build abort) -- so every input
// that ever crashed or hung stays a fast test in every build, g++ included.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_entries.h"
#include "io/text_file.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: fuzz_replay TARGET PATH...\n");
    return 2;
  }
  const epd::fuzz::Entry entry = epd::fuzz::entry_named(argv[1]);
  if (entry == nullptr) {
    std::fprintf(stderr, "fuzz_replay: no target '%s'\n", argv[1]);
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) {
    const fs::path path = argv[i];
    if (fs::is_directory(path)) {
      for (const auto& e : fs::directory_iterator(path))
        if (e.is_regular_file()) files.push_back(e.path());
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fprintf(stderr, "fuzz_replay: no input files\n");
    return 2;
  }
  for (const fs::path& file : files) {
    std::string error;
    const std::optional<std::string> read = epd::read_text_file(file.string(), &error);
    if (!read) {
      std::fprintf(stderr, "fuzz_replay: %s\n", error.c_str());
      return 2;
    }
    const std::string& text = *read;
    const auto start = std::chrono::steady_clock::now();
    entry(text);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    std::printf("%s: %zu bytes, %.1f ms\n", file.filename().string().c_str(), text.size(), took.count());
  }
  std::printf("fuzz_replay %s: %zu inputs, none crashed\n", argv[1], files.size());
  return 0;
}

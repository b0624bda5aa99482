#pragma once
// The subcommands of `epd-drill`. Each returns the process exit code:
// 0 success, 1 failure or invalid input (2, bad usage, is main's).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace epd::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int validate(const std::vector<std::string>& files);

struct RunOptions {
  std::string scenario;
  std::uint64_t seed = 1;
  std::string plan;
  std::string until;  // a duration; empty: the scenario's horizon
  std::string summary;
  std::string save;  // write a save of the run (never over an existing file)
  bool quiet = false;
};
int run(const RunOptions& options);

struct ReplayOptions {
  std::string save;
  std::string summary;
  bool quiet = false;
};
int replay(const ReplayOptions& options);

struct ReportOptions {
  std::string save;
  std::string format;  // md, html or csv
  std::string output;  // empty: stdout (csv: the metrics only)
};
// A replay that differs from the save is still reported, with a warning on
// stderr and exit status 1.
int report(const ReportOptions& options);

// Writes the outcome summary atomically; false (with the reason on stderr,
// prefixed by `who`) when it cannot.
bool write_summary(const std::string& path, const std::string& json, const char* who);

}  // namespace epd::cli

#pragma once
// The subcommands of `epd-drill`. Each returns the process exit code:
// 0 success, 1 failure or invalid input (2, bad usage, is main's).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenario/plan.h"
#include "scenario/scenario.h"
#include "scenario/scenario_load.h"

namespace epd::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// `plans` (--plan) are checked against the one scenario in `files`; without
// them a plan NAME.plan.json in `files` is checked against NAME.json.
int validate(const std::vector<std::string>& files, const std::vector<std::string>& plans);

// The scenario files' JSON Schema, to stdout or (atomically) to `output`.
int schema(const std::string& output, bool replace);

struct RunOptions {
  std::string scenario;
  std::uint64_t seed = 1;
  std::string plan;
  std::string until;  // a duration; empty: the scenario's horizon
  std::string summary;
  bool replace = false;  // --replace: an existing output file may be replaced
  std::string save;  // write a save of the run (never over an existing file)
  std::string hospital;  // the outcome table of this hospital instead of the region's
  bool quiet = false;
};
int run(const RunOptions& options);

// --until as minutes from T0 (`text` empty: the scenario's horizon); false,
// with the message on stderr prefixed by `who`, when it does not parse or
// lies after the horizon (bad usage).
bool read_until(const std::string& text, const Scenario& scenario, const char* who, SimTime* until);

// The index of hospital `id` in `s`, or -1 with a message on stderr naming
// the hospitals there are ("" = the region: -1 without a message).
bool find_hospital(const Scenario& s, const std::string& id, int* index, const char* who);

// The scenario at `path`, its problems on stderr when it cannot be read.
ScenarioLoad read_scenario(const std::string& path);
// The plan at `path` for `scenario` into *plan (left as it is when `path` is
// empty); false with its problems on stderr when it cannot be read.
bool read_plan(const std::string& path, const Scenario& scenario, Plan* plan);

struct BatchOptions {
  std::string scenario;
  std::uint64_t runs = 0;
  std::uint64_t first_seed = 1;
  std::vector<std::string> plans;
  bool no_baseline = false;  // leave "no response" out (then at least one plan)
  bool normal = false;       // add normal operation (the scenario without the outage) as the first plan
  std::string until;
  unsigned jobs = 0;  // 0: the machine's cores
  std::string out;    // empty: SCENARIO-ID.batch
  bool replace = false;  // --replace: an earlier batch in `out` may be replaced
  std::string shard;  // "K/N"; empty: every seed
  bool quiet = false;
};
// Many seeds of the scenario for each plan: OUT/runs.jsonl and OUT/batch.json.
int batch(const BatchOptions& options);

// Shards of one batch combined: OUT/runs.jsonl and OUT/batch.json as one
// unsharded batch would have written them.
int merge(const std::vector<std::string>& dirs, const std::string& out, bool replace);

struct ReplayOptions {
  std::string save;
  std::string summary;
  bool replace = false;  // --replace: an existing output file may be replaced
  bool quiet = false;
};
int replay(const ReplayOptions& options);

struct ReportOptions {
  std::string save;
  std::string format;  // md, html or csv
  std::string output;  // empty: stdout (csv: the metrics only)
  bool replace = false;  // --replace: existing output files may be replaced
  std::string hospital;              // a hospital's figures and curves instead of the region's
  std::vector<std::string> compare;  // other saves shown side by side (md, html)
};
// A replay that differs from the save is still reported, with a warning on
// stderr and exit status 1.
int report(const ReportOptions& options);

struct MselOptions {
  std::string scenario;
  std::string plan;    // its commands beside the injects they answer
  std::string format;  // md, html or csv
  std::string output;  // empty: stdout
  bool replace = false;  // --replace: an existing output file may be replaced
};
// The master scenario events list of a scenario, for a paper drill.
int msel(const MselOptions& options);

// A scenario and the plans beside it as one file (NAME.bundle.json, or
// `output`), and such a file's files written into `folder`.
int export_bundle(const std::string& scenario, const std::string& output);
int import_bundle(const std::string& bundle, const std::string& folder, bool replace);

// Whether `output` (empty: none) names one of `inputs`: then says so on
// stderr, prefixed by `who`, and nothing may be written (no user file is
// ever overwritten by what a command makes of it).
bool output_clashes(const std::string& output, const std::vector<std::string>& inputs, const char* who);

// Whether `output` (empty: none) may not be written: something is there that
// is not a plain file (a link, a device, a folder), or a file the user did
// not ask to replace (`replace`, the commands' --replace). Then says so on
// stderr, prefixed by `who`: no user file is overwritten unasked.
bool output_taken(const std::string& output, bool replace, const char* who);

// Writes the outcome summary atomically; false (with the reason on stderr,
// prefixed by `who`) when it cannot.
bool write_summary(const std::string& path, const std::string& json, const char* who);

// Writes `text` to `path` atomically, replacing what was there; false (with
// the reason on stderr, prefixed by `who`) when it cannot.
bool write_output_file(const std::string& path, const std::string& text, const char* who);

}  // namespace epd::cli

#!/bin/sh
# Runs one libFuzzer target of the `fuzz` preset (docs/fuzzing.md):
#   tests/fuzz/run.sh TARGET [SECONDS] [more libFuzzer options...]
# TARGET is scenario, plan, save, bundle or play_day; SECONDS defaults to 60.
# New inputs go to build/fuzz/corpus/TARGET (kept between runs), the seeds and
# the regressions are read only; a crash, hang or out-of-memory leaves its input
# in build/fuzz/findings/TARGET/ and the exit status is not 0.
set -eu
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: tests/fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]" >&2; exit 2; }
target=$1
seconds=${2:-60}
shift
[ $# -ge 1 ] && shift

case "$target" in
  scenario | play_day) seeds="tests/fuzz/seeds/scenario scenarios tests/data" ;;
  plan) seeds="tests/fuzz/seeds/plan scenarios" ;;  # scenarios/ holds the shipped plans
  save) seeds="tests/fuzz/seeds/save saves tests/data" ;;
  bundle) seeds="tests/fuzz/seeds/bundle" ;;
  *) echo "run.sh: no target '$target' (scenario, plan, save, bundle, play_day)" >&2; exit 2 ;;
esac

binary=build/fuzz/tests/fuzz/fuzz_$target
[ -x "$binary" ] || { echo "run.sh: $binary missing: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 2; }
corpus=build/fuzz/corpus/$target
findings=build/fuzz/findings/$target
mkdir -p "$corpus" "$findings"

# UBSan as in the sanitize preset: every finding is fatal but rapidjson's
# known pointer overflow (.ci/ubsan.supp).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/.ci/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# shellcheck disable=SC2086
exec "$binary" "$corpus" $seeds "tests/fuzz/regressions/$target" \
  -dict=tests/fuzz/epd.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$findings/" -print_final_stats=1 "$@"

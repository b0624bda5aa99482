#!/bin/sh
# The command line's contract: words, exit codes and output that scripts
# depend on. Usage: cli_tests.sh EPD_DRILL SOURCE_DIR CASE
set -u
BIN=$1
SRC=$2
CASE=$3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FLAGSHIP="$SRC/scenarios/vendor-cloud-ransomware.json"
PLAN="$SRC/scenarios/vendor-cloud-ransomware.plan.json"

fail() { echo "FAIL: $*"; exit 1; }
expect_exit() {  # expected, then the command
  want=$1; shift
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  [ "$got" -eq "$want" ] || { cat "$TMP/out" "$TMP/err"; fail "'$*' exited $got, expected $want"; }
}

case "$CASE" in
  validate_ok)
    expect_exit 0 "$BIN" validate "$FLAGSHIP" "$PLAN"
    grep -q "valid scenario 'vendor-cloud-ransomware'" "$TMP/out" || fail "no confirmation on stdout"
    [ ! -s "$TMP/err" ] || fail "stderr not empty"
    ;;
  validate_reports_every_problem)
    expect_exit 1 "$BIN" validate "$SRC/tests/data/three-mistakes.json"
    cat "$TMP/err"
    [ "$(wc -l <"$TMP/err")" -eq 3 ] || fail "expected 3 lines on stderr"
    grep -q "three-mistakes.json:6:3: horizn: unknown field \"horizn\"; did you mean \"horizon\"?" "$TMP/err" || fail "typo"
    grep -q "three-mistakes.json:10:28: hospitals\[0\].wards.ward_beds: expected an integer, found a string" "$TMP/err" || fail "type"
    grep -q "three-mistakes.json:11:103: hospitals\[0\].functions\[0\].depends_on\[0\].component: unknown component 'clod'; did you mean 'cloud'?" "$TMP/err" || fail "reference"
    ;;
  validate_missing_file)
    expect_exit 1 "$BIN" validate "$TMP/none.json"
    grep -q "none.json:1:1: cannot read the file" "$TMP/err" || fail "message"
    ;;
  bad_usage_exits_2)
    expect_exit 2 "$BIN" run
    expect_exit 2 "$BIN" frobnicate
    expect_exit 2 "$BIN" run "$FLAGSHIP" --seed notanumber
    expect_exit 2 "$BIN" run "$FLAGSHIP" --until 3 weeks
    expect_exit 2 "$BIN" run "$FLAGSHIP" --until 3w
    ;;
  help_on_every_command)
    expect_exit 0 "$BIN" --help
    grep -q "validate" "$TMP/out" || fail "main help"
    expect_exit 0 "$BIN" run --help
    grep -q -- "--summary" "$TMP/out" || fail "run help"
    expect_exit 0 "$BIN" validate --help
    grep -q "FILE" "$TMP/out" || fail "validate help"
    ;;
  run_writes_summary)
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 36h --seed 3 --summary "$TMP/s.json"
    grep -q "INJECT" "$TMP/out" || fail "no timeline"
    grep -q "ed_los_median_min" "$TMP/out" || fail "no outcome table"
    for key in '"scenario": "vendor-cloud-ransomware"' '"seed": 3' '"until_min": 2160' '"events_processed"' '"wall_ms"' \
               '"metrics"' '"ed_visits"' '"lab_tat_median_min"' '"all_functions_restored_at_min"' '"objectives"' '"met"'; do
      grep -q "$key" "$TMP/s.json" || fail "summary lacks $key"
    done
    ;;
  run_quiet_prints_nothing)
    expect_exit 0 "$BIN" run "$FLAGSHIP" --until 1d --quiet
    [ ! -s "$TMP/out" ] || fail "stdout not empty"
    ;;
  run_invalid_scenario_exits_1)
    expect_exit 1 "$BIN" run "$SRC/tests/data/three-mistakes.json"
    grep -q "three-mistakes.json:6:3" "$TMP/err" || fail "message"
    ;;
  *) fail "unknown case $CASE" ;;
esac
echo "ok: $CASE"

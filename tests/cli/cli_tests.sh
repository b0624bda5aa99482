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
make_save() {  # a two-day save of the reference plan at $TMP/x.save.json
  "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 2d --save "$TMP/x.save.json" --quiet || fail "cannot make a save"
}
expect_exit() {  # expected, then the command
  want=$1; shift
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  [ "$got" -eq "$want" ] || { cat "$TMP/out" "$TMP/err"; fail "'$*' exited $got, expected $want"; }
}

ROAZ="$SRC/scenarios/roaz-region-vendor-outage.json"
ROAZ_PLAN="$SRC/scenarios/roaz-region-vendor-outage.plan.json"

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
  region_run_per_hospital)
    expect_exit 0 "$BIN" run "$ROAZ" --plan "$ROAZ_PLAN" --until 2d --summary "$TMP/s.json" --hospital maasdal
    grep -q "^Outcome at T+2d 00:00 at Maasdal Ziekenhuis" "$TMP/out" || fail "no outcome of the hospital"
    grep -q "Maasdal Ziekenhuis: Paper downtime procedures" "$TMP/out" || fail "the timeline does not name the hospital"
    grep -q '"hospitals": {' "$TMP/s.json" || fail "no hospitals in the summary"
    grep -q '"umc_rivierenland": {' "$TMP/s.json" || fail "no per-hospital metrics"
    expect_exit 2 "$BIN" run "$ROAZ" --until 1h --hospital nowhere
    grep -q "'nowhere' is not a hospital of roaz-region-vendor-outage; its hospitals: umc_rivierenland, rijnoever" \
      "$TMP/err" || fail "unknown hospital message"
    ;;
  report_region_compares_runs)
    "$BIN" run "$ROAZ" --plan "$ROAZ_PLAN" --until 3d --save "$TMP/plan.save.json" --quiet || fail "plan save"
    "$BIN" run "$ROAZ" --until 3d --save "$TMP/none.save.json" --quiet || fail "no-response save"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format md --compare "$TMP/none.save.json"
    grep -q "### By hospital" "$TMP/out" || fail "no table by hospital"
    grep -q "| Maasdal Ziekenhuis |" "$TMP/out" || fail "a hospital is missing"
    grep -q "### Compared with other runs" "$TMP/out" || fail "no comparison"
    grep -q "A ROAZ region when the vendor's cloud fails, no response | difference |" "$TMP/out" || fail "column title"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format html --hospital waalstede -o "$TMP/r.html"
    grep -q "for Waalstede Ziekenhuis.</p>" "$TMP/r.html" || fail "the html report is not about the hospital"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format csv --hospital waalstede -o "$TMP/w.csv"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format csv -o "$TMP/region.csv"
    ! cmp -s "$TMP/w.csv" "$TMP/region.csv" || fail "the hospital's CSV is the region's"
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
  unknown_command_is_named)
    expect_exit 2 "$BIN" runn "$FLAGSHIP"
    grep -q "unknown command 'runn'; expected one of: validate, run, replay, report" "$TMP/err" || fail "message"
    ;;
  negative_seed_refused)
    expect_exit 2 "$BIN" run "$FLAGSHIP" --seed -1 --quiet
    grep -q -- "--seed: must be a whole number from 0 to 18446744073709551615, not -1" "$TMP/err" || fail "message"
    expect_exit 2 "$BIN" run "$FLAGSHIP" --seed 18446744073709551616 --quiet  # one too many: not quietly clamped
    expect_exit 2 "$BIN" run "$FLAGSHIP" --seed " -1" --quiet
    # 010 is ten, not octal eight: the same run as --seed 10
    expect_exit 0 "$BIN" run "$FLAGSHIP" --seed 010 --until 1d --quiet --summary "$TMP/a.json"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --seed 10 --until 1d --quiet --summary "$TMP/b.json"
    grep -v wall_ms "$TMP/a.json" >"$TMP/a2" && grep -v wall_ms "$TMP/b.json" >"$TMP/b2"
    cmp -s "$TMP/a2" "$TMP/b2" || fail "--seed 010 is not seed 10"
    ;;
  until_past_horizon_refused)
    expect_exit 2 "$BIN" run "$FLAGSHIP" --until 400d --quiet
    grep -q -- "--until 400d is after the scenario's horizon (42d)" "$TMP/err" || fail "message"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --until 42d --quiet
    ;;
  wrong_kind_of_file_named)
    expect_exit 1 "$BIN" run "$FLAGSHIP" --plan "$FLAGSHIP" --quiet
    [ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "expected one line, not a cascade"
    grep -q "vendor-cloud-ransomware.json:1:1: this is a scenario file, not a plan file" "$TMP/err" || fail "scenario as plan"
    expect_exit 1 "$BIN" run "$PLAN" --quiet
    grep -q "this is a plan file, not a scenario file" "$TMP/err" || fail "plan as scenario"
    make_save
    expect_exit 1 "$BIN" run "$TMP/x.save.json" --quiet
    grep -q "this is a save file, not a scenario file" "$TMP/err" || fail "save as scenario"
    expect_exit 1 "$BIN" replay "$FLAGSHIP" --quiet
    grep -q "this is a scenario file, not a save file" "$TMP/err" || fail "scenario as save"
    ;;
  help_on_every_command)
    expect_exit 0 "$BIN" --help
    grep -q "validate" "$TMP/out" || fail "main help"
    expect_exit 0 "$BIN" run --help
    grep -q -- "--summary" "$TMP/out" || fail "run help"
    expect_exit 0 "$BIN" validate --help
    grep -q "FILE" "$TMP/out" || fail "validate help"
    expect_exit 0 "$BIN" report --help
    grep -q -- "--format" "$TMP/out" || fail "report help"
    expect_exit 0 "$BIN" replay --help
    grep -q -- "SAVE" "$TMP/out" || fail "replay help"
    ;;
  run_save_then_replay_identical)
    make_save
    expect_exit 0 "$BIN" replay "$TMP/x.save.json" --summary "$TMP/replayed.json"
    grep -q "replayed 18 commands to T+2d 00:00: identical" "$TMP/out" || { cat "$TMP/out"; fail "no confirmation"; }
    "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 2d --quiet --summary "$TMP/run.json"
    grep -v wall_ms "$TMP/run.json" > "$TMP/a"; grep -v wall_ms "$TMP/replayed.json" > "$TMP/b"
    diff "$TMP/a" "$TMP/b" || fail "the replay's summary differs from the run's"
    ;;
  run_save_never_overwrites)
    make_save
    cp "$TMP/x.save.json" "$TMP/before"
    expect_exit 1 "$BIN" run "$FLAGSHIP" --quiet --save "$TMP/x.save.json"
    grep -q "x.save.json exists; a save is never overwritten" "$TMP/err" || fail "message"
    cmp -s "$TMP/x.save.json" "$TMP/before" || fail "the save was changed"
    ;;
  replay_names_the_diverging_command)
    make_save
    # A save whose third command recorded another state, resealed with a
    # valid checksum (as a program with a different engine would write it).
    # (The end state comes first in the file, then one per command.)
    awk '/"state": "[0-9a-f]+"/ { n++; if (n == 4) sub(/"state": "[0-9a-f]+"/, "\"state\": \"0123456789abcdef\"") } { print }' \
      "$TMP/x.save.json" | sed -E '0,/"checksum": "sha256:[0-9a-f]{64}"/s//"checksum": "sha256:'"$(printf '%064d' 0)"'"/' \
      > "$TMP/zeroed"
    digest=$(sha256sum "$TMP/zeroed" | cut -d' ' -f1)
    sed "s/sha256:$(printf '%064d' 0)/sha256:$digest/" "$TMP/zeroed" > "$TMP/x.save.json"
    expect_exit 1 "$BIN" replay "$TMP/x.save.json" --quiet
    grep -q "replay differs: the state diverged after command 3 at T+0d 00:20 (decide activate_bca_viewer, by CMIO)" \
      "$TMP/err" || { cat "$TMP/err"; fail "message"; }
    ;;
  replay_bad_save_exits_1)
    make_save
    head -c 2000 "$TMP/x.save.json" > "$TMP/cut.save.json"
    cp "$TMP/cut.save.json" "$TMP/before"
    expect_exit 1 "$BIN" replay "$TMP/cut.save.json"
    grep -q "cut.save.json:1:1: the save is truncated" "$TMP/err" || { cat "$TMP/err"; fail "message"; }
    cmp -s "$TMP/cut.save.json" "$TMP/before" || fail "the bad save was changed"
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
  report_md)
    make_save
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format md
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "stderr not empty"; }
    for heading in "## 1. Exercise overview" "## 2. Objectives" "## 3. Timeline of injects and decisions" \
                   "## 4. Key outcome figures" "## 5. Strengths" "## 6. Areas for improvement" "## 7. Improvement plan" \
                   "## 8. Facilitator's notes"; do
      grep -qx "$heading" "$TMP/out" || fail "no heading '$heading'"
    done
    grep -q "| T+0d 00:10 | Tue 2026-04-07 07:10 | Decision | Activate the crisis team | Crisis team chair |" "$TMP/out" \
      || fail "no timeline row for the first decision"
    ;;
  report_html)
    make_save
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format html -o "$TMP/aar.html"
    [ ! -s "$TMP/out" ] || fail "stdout not empty with -o"
    grep -q "^<!DOCTYPE html>" "$TMP/aar.html" || fail "not an HTML page"
    grep -q "<svg" "$TMP/aar.html" || fail "no plots"
    grep -q "</html>" "$TMP/aar.html" || fail "page not complete"
    ! grep -q -e "<script" -e "src=" -e 'href="http' "$TMP/aar.html" || fail "the page loads or runs something"
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format html
    cmp -s "$TMP/out" "$TMP/aar.html" || fail "stdout and -o differ"
    ;;
  report_csv_writes_two_files)
    make_save
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format csv -o "$TMP/data.csv"
    [ -s "$TMP/data.csv" ] || fail "no metrics file"
    [ -s "$TMP/data.injects.csv" ] || fail "no injects file"
    head -n 1 "$TMP/data.csv" | grep -q "^t_min,t,ed_visits,ed_census," || fail "metrics header"
    # Every 15 minutes from T0 to 2d, and the header.
    [ "$(wc -l <"$TMP/data.csv")" -eq $((2 * 24 * 4 + 2)) ] || fail "expected $((2 * 24 * 4 + 2)) lines in data.csv"
    grep -q "^zcert_cut_vpn,Z-CERT,Z-CERT: cut your VPN links to the vendor,delivered,120,T+0d 02:00," \
      "$TMP/data.injects.csv" || fail "inject row"
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format csv
    cmp -s "$TMP/out" "$TMP/data.csv" || fail "without -o, stdout is not the metrics"
    ;;
  report_bad_format_exits_2)
    make_save
    expect_exit 2 "$BIN" report "$TMP/x.save.json" --format pdf
    expect_exit 2 "$BIN" report "$TMP/x.save.json"
    expect_exit 2 "$BIN" report --format md
    ;;
  report_bad_save_exits_1)
    printf '{"format": "EPD Drill save"' >"$TMP/broken.save.json"
    expect_exit 1 "$BIN" report "$TMP/broken.save.json" --format md
    grep -q "broken.save.json:1:" "$TMP/err" || fail "no position of the problem"
    [ ! -s "$TMP/out" ] || fail "a report from a broken save"
    ;;
  *) fail "unknown case $CASE" ;;
esac
echo "ok: $CASE"

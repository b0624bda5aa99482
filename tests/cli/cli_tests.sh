#!/bin/sh
# The command line's contract: words, exit codes and output that scripts
# depend on. Usage: cli_tests.sh EPD_DRILL SOURCE_DIR CASE
set -u
# The program speaks the locale's language unless --lang says otherwise: these
# tests expect English wherever they do not ask for Dutch, whatever the
# machine's locale (C is English).
LC_ALL=C
export LC_ALL
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
# The metric ids of a summary ($1), one per line.
metric_ids() { sed -n '/"metrics": {/,/}/p' "$1" | sed -n 's/^ *"\([a-z0-9_]*\)": .*/\1/p'; }
# Fails when the outcome table in $1 names a metric by its id ($2: a summary).
no_metric_ids_in_outcome() {
  sed -n '/^Outcome\|^Uitkomst/,/^Objectives\|^Oefendoelen/p' "$1" >"$TMP/table"
  [ "$(wc -l <"$TMP/table")" -gt 40 ] || fail "no outcome table in $1"
  for id in $(metric_ids "$2"); do
    ! grep -qw "$id" "$TMP/table" || fail "the outcome table names $id by its id"
  done
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
  outputs_never_replace_a_file_unasked)
    # No user file is overwritten unless --replace says so, and never a link, a device or a folder.
    echo "precious" >"$TMP/kept.json"
    expect_exit 1 "$BIN" run "$FLAGSHIP" --until 1h --quiet --summary "$TMP/kept.json"
    grep -q "^epd-drill run --summary: .*kept.json exists; choose another name, or add --replace to replace it$" "$TMP/err" || fail "summary over a file"
    [ "$(cat "$TMP/kept.json")" = "precious" ] || fail "the file was changed"
    expect_exit 1 "$BIN" --lang nl run "$FLAGSHIP" --until 1h --quiet --summary "$TMP/kept.json"
    grep -q "kept.json bestaat al; kies een andere naam, of voeg --replace toe om het te vervangen$" "$TMP/err" || fail "not in Dutch"
    ln -s kept.json "$TMP/link.json"
    expect_exit 1 "$BIN" run "$FLAGSHIP" --until 1h --quiet --summary "$TMP/link.json" --replace
    grep -q "link.json is there and is not a plain file; choose another output file$" "$TMP/err" || fail "summary over a link"
    [ -L "$TMP/link.json" ] || fail "the link was replaced"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --until 1h --quiet --summary "$TMP/kept.json" --replace
    grep -q '"metrics"' "$TMP/kept.json" || fail "--replace did not replace"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --until 1h --quiet --save "$TMP/run.save.json"
    expect_exit 1 "$BIN" report "$TMP/run.save.json" --format md -o "$TMP/kept.json"
    grep -q "kept.json exists" "$TMP/err" || fail "report over a file"
    expect_exit 1 "$BIN" msel "$FLAGSHIP" --format md -o "$TMP/kept.json"
    grep -q "kept.json exists" "$TMP/err" || fail "msel over a file"
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --runs 1 --until 1h --quiet --out "$TMP/b"
    expect_exit 1 "$BIN" batch "$FLAGSHIP" --runs 1 --until 1h --quiet --out "$TMP/b"
    grep -q "runs.jsonl exists; choose another name, or add --replace" "$TMP/err" || fail "batch over a batch"
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --runs 1 --until 1h --quiet --out "$TMP/b" --replace
    ;;
  validate_ok)
    expect_exit 0 "$BIN" validate "$FLAGSHIP" "$PLAN"
    grep -q "valid scenario 'vendor-cloud-ransomware'" "$TMP/out" || fail "no confirmation on stdout"
    [ ! -s "$TMP/err" ] || fail "stderr not empty"
    ;;
  validate_tells_an_older_file_it_plays_the_old_mechanisms)
    expect_exit 0 "$BIN" validate "$FLAGSHIP"
    ! grep -q "later versions corrected" "$TMP/out" || fail "a current file told it plays the old mechanisms"
    sed '0,/"format_version": 9,/s//"format_version": 5,/' "$FLAGSHIP" > "$TMP/v5.json"
    expect_exit 0 "$BIN" validate "$TMP/v5.json"
    grep -q "v5.json: version 5: plays with 8 mechanisms that later versions corrected" "$TMP/out" || fail "no version note"
    grep -q 'write "format_version": 9 to play it corrected' "$TMP/out" || fail "the note does not name the current version"
    expect_exit 0 "$BIN" --lang nl validate "$TMP/v5.json"
    grep -q "v5.json: versie 5: speelt met 8 mechanismen die latere versies verbeterden" "$TMP/out" || fail "no Dutch version note"
    sed '0,/"format_version": 9,/s//"format_version": 6,/' "$FLAGSHIP" > "$TMP/v6.json"
    expect_exit 0 "$BIN" validate "$TMP/v6.json"
    grep -q 'v6.json: version 6: plays with 4 mechanisms that later versions corrected (docs/calibration.md, "Corrected in format 7", "Corrected in format 8", "Corrected in format 9")' "$TMP/out" || fail "no version note for a version-6 file"
    sed '0,/"format_version": 9,/s//"format_version": 7,/' "$FLAGSHIP" > "$TMP/v7.json"
    expect_exit 0 "$BIN" validate "$TMP/v7.json"
    grep -q 'v7.json: version 7: plays with 2 mechanisms that later versions corrected (docs/calibration.md, "Corrected in format 8", "Corrected in format 9")' "$TMP/out" || fail "no version note for a version-7 file"
    expect_exit 0 "$BIN" --lang nl validate "$TMP/v7.json"
    grep -q "v7.json: versie 7: speelt met 2 mechanismen die latere versies verbeterden" "$TMP/out" || fail "no Dutch version note for a version-7 file"
    sed '0,/"format_version": 9,/s//"format_version": 8,/' "$FLAGSHIP" > "$TMP/v8.json"
    expect_exit 0 "$BIN" validate "$TMP/v8.json"
    grep -q 'v8.json: version 8: plays with 1 mechanism that later versions corrected (docs/calibration.md, "Corrected in format 9")' "$TMP/out" || fail "no version note for a version-8 file"
    expect_exit 0 "$BIN" --lang nl validate "$TMP/v8.json"
    grep -q "v8.json: versie 8: speelt met 1 mechanisme dat latere versies verbeterden" "$TMP/out" || fail "no Dutch version note for a version-8 file"
    ;;
  version_names_the_program)
    expect_exit 0 "$BIN" --version
    grep -q "^EPD Drill [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*$" "$TMP/out" || { cat "$TMP/out"; fail "no version line"; }
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
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "a warning for runs of the same period"; }
    # A run over another period is compared, but said to be one, on stderr and in its column.
    "$BIN" run "$ROAZ" --until 1d --save "$TMP/short.save.json" --quiet || fail "short save"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format md --compare "$TMP/short.save.json"
    grep -q "short.save.json: warning: ends at T+1d 00:00, .*plan.save.json at T+3d 00:00: its figures cover another period" \
      "$TMP/err" || { cat "$TMP/err"; fail "no warning for another period"; }
    grep -q "no response (to T+1d 00:00) | difference |" "$TMP/out" || fail "the column does not name its period"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format html --hospital waalstede -o "$TMP/r.html"
    grep -q "for Waalstede Ziekenhuis.</p>" "$TMP/r.html" || fail "the html report is not about the hospital"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format csv --hospital waalstede -o "$TMP/w.csv"
    expect_exit 0 "$BIN" report "$TMP/plan.save.json" --format csv -o "$TMP/region.csv"
    ! cmp -s "$TMP/w.csv" "$TMP/region.csv" || fail "the hospital's CSV is the region's"
    ;;
  validate_plan_against_the_scenario_given)
    # Any plan, whatever its name, against the one scenario given; --plan repeats.
    cp "$PLAN" "$TMP/team-response.json"
    expect_exit 0 "$BIN" validate "$FLAGSHIP" --plan "$TMP/team-response.json" --plan "$PLAN"
    grep -q "vendor-cloud-ransomware.json: valid scenario 'vendor-cloud-ransomware'" "$TMP/out" || fail "no scenario line"
    grep -q "team-response.json: valid plan for 'vendor-cloud-ransomware' (" "$TMP/out" || fail "no line for the plan"
    [ "$(grep -c "valid plan for" "$TMP/out")" -eq 2 ] || fail "expected both plans confirmed"
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "stderr not empty"; }
    # A plan for another scenario is refused as run --plan refuses it.
    expect_exit 1 "$BIN" validate "$ROAZ" --plan "$TMP/team-response.json"
    grep -q "team-response.json:.*this plan is for 'vendor-cloud-ransomware', not 'roaz-region-vendor-outage'" "$TMP/err" \
      || { cat "$TMP/err"; fail "plan for another scenario"; }
    # An invalid scenario: its problems once, then one line per plan.
    expect_exit 1 "$BIN" validate "$SRC/tests/data/three-mistakes.json" --plan "$TMP/team-response.json"
    [ "$(wc -l <"$TMP/err")" -eq 4 ] || { cat "$TMP/err"; fail "expected 3 problems and one line for the plan"; }
    grep -q "^$TMP/team-response.json:1:1: a plan is checked against the scenario .*three-mistakes.json, which is not valid (its problems are above)$" \
      "$TMP/err" || { cat "$TMP/err"; fail "plan against an invalid scenario"; }
    # --plan needs exactly one scenario file.
    expect_exit 2 "$BIN" validate "$FLAGSHIP" "$ROAZ" --plan "$PLAN"
    grep -q "with --plan, give exactly one scenario file" "$TMP/err" || fail "usage message"
    expect_exit 2 "$BIN" validate "$PLAN" --plan "$PLAN"
    # Without --plan, NAME.plan.json is still checked against NAME.json.
    expect_exit 0 "$BIN" validate "$PLAN"
    grep -q "valid plan for 'vendor-cloud-ransomware'" "$TMP/out" || fail "the NAME.plan.json convention"
    ;;
  schema_writes_the_embedded_schema)
    # Byte for byte the schema in the repository, to stdout or to a file (replaced if it exists and --replace says so).
    expect_exit 0 "$BIN" schema
    cmp "$TMP/out" "$SRC/scenarios/scenario.schema.json" || fail "stdout is not scenarios/scenario.schema.json"
    echo "old" >"$TMP/scenario.schema.json"
    expect_exit 1 "$BIN" schema -o "$TMP/scenario.schema.json"
    grep -q "scenario.schema.json exists; choose another name, or add --replace to replace it" "$TMP/err" || fail "an existing file not refused"
    [ "$(cat "$TMP/scenario.schema.json")" = "old" ] || fail "the existing file was changed"
    expect_exit 0 "$BIN" schema -o "$TMP/scenario.schema.json" --replace
    [ ! -s "$TMP/out" ] || fail "stdout not empty with -o"
    cmp "$TMP/scenario.schema.json" "$SRC/scenarios/scenario.schema.json" || fail "-o is not scenarios/scenario.schema.json"
    expect_exit 1 "$BIN" schema -o "$TMP/no/such/folder/scenario.schema.json"
    grep -q "^epd-drill schema: cannot write .*scenario.schema.json: " "$TMP/err" || { cat "$TMP/err"; fail "message"; }
    expect_exit 0 "$BIN" schema --help
    grep -q -- "--output" "$TMP/out" || fail "schema help"
    ;;
  export_import_bundle_round_trip)
    cp "$FLAGSHIP" "$PLAN" "$TMP/"
    cp "$PLAN" "$TMP/vendor-cloud-ransomware.early.plan.json"
    (cd "$TMP" && "$BIN" export vendor-cloud-ransomware.json >out 2>err) || fail "export failed: $(cat "$TMP/err")"
    grep -q "vendor-cloud-ransomware.bundle.json: vendor-cloud-ransomware.json and plans: vendor-cloud-ransomware.plan.json, vendor-cloud-ransomware.early.plan.json" "$TMP/out" \
      || fail "export does not say what it wrote: $(cat "$TMP/out")"
    expect_exit 1 sh -c "cd '$TMP' && '$BIN' export vendor-cloud-ransomware.json"
    grep -q "exists: choose another name" "$TMP/err" || fail "export wrote over its earlier bundle"
    expect_exit 0 "$BIN" import "$TMP/vendor-cloud-ransomware.bundle.json" --into "$TMP/lib"
    for f in vendor-cloud-ransomware.json vendor-cloud-ransomware.plan.json vendor-cloud-ransomware.early.plan.json; do
      cmp -s "$TMP/$f" "$TMP/lib/$f" || fail "$f is not the file exported"
    done
    echo "my own plan" >"$TMP/lib/vendor-cloud-ransomware.plan.json"
    expect_exit 1 "$BIN" import "$TMP/vendor-cloud-ransomware.bundle.json" --into "$TMP/lib"
    grep -q "vendor-cloud-ransomware.plan.json: exists with other content" "$TMP/err" || fail "no conflict named"
    [ "$(cat "$TMP/lib/vendor-cloud-ransomware.plan.json")" = "my own plan" ] || fail "a user's file was replaced"
    expect_exit 0 "$BIN" --lang nl import "$TMP/vendor-cloud-ransomware.bundle.json" --into "$TMP/lib" --replace
    grep -q "^geschreven: .*vendor-cloud-ransomware.plan.json" "$TMP/out" || fail "import --replace in Dutch: $(cat "$TMP/out")"
    cmp -s "$PLAN" "$TMP/lib/vendor-cloud-ransomware.plan.json" || fail "--replace did not replace"
    sed 's/"epd_drill_bundle": 1/"epd_drill_bundle": 7/' "$TMP/vendor-cloud-ransomware.bundle.json" >"$TMP/new.bundle.json"
    expect_exit 1 "$BIN" import "$TMP/new.bundle.json" --into "$TMP/lib2"
    grep -q "new.bundle.json:2:23: epd_drill_bundle: this program reads bundle format version 1" "$TMP/err" || fail "$(cat "$TMP/err")"
    [ ! -e "$TMP/lib2" ] || fail "a refused bundle wrote its folder"
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
    grep -q "unknown command 'runn'; expected one of: validate, run, replay, report, schema, msel, export, import, batch, merge (epd-drill --help)" "$TMP/err" \
      || fail "message"
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
    expect_exit 0 "$BIN" msel --help
    grep -q -- "--plan" "$TMP/out" || fail "msel help"
    expect_exit 0 "$BIN" export --help
    grep -q -- "--output" "$TMP/out" || fail "export help"
    expect_exit 0 "$BIN" import --help
    grep -q -- "--replace" "$TMP/out" || fail "import help"
    expect_exit 0 "$BIN" batch --help
    grep -q -- "--shard" "$TMP/out" || fail "batch help"
    expect_exit 0 "$BIN" merge --help
    grep -q -- "--out" "$TMP/out" || fail "merge help"
    # In Dutch no option's type is half English ("TEXT:SEED"): each names its own.
    for command in run report msel batch; do
      expect_exit 0 "$BIN" --lang nl "$command" --help
      ! grep -q "TEXT" "$TMP/out" || { cat "$TMP/out"; fail "English type names in the Dutch help of $command"; }
    done
    grep -q -- "--jobs N " "$TMP/out" || fail "the batch's counts are N"
    ;;
  run_save_then_replay_identical)
    make_save
    expect_exit 0 "$BIN" replay "$TMP/x.save.json" --summary "$TMP/replayed.json"
    grep -q "replayed 18 commands to T+2d 00:00: identical" "$TMP/out" || { cat "$TMP/out"; fail "no confirmation"; }
    "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 2d --quiet --summary "$TMP/run.json"
    grep -v wall_ms "$TMP/run.json" > "$TMP/a"; grep -v wall_ms "$TMP/replayed.json" > "$TMP/b"
    diff "$TMP/a" "$TMP/b" || fail "the replay's summary differs from the run's"
    ;;
  run_timeline_shows_every_refused_command)
    # Refused where the rules are (the crisis team twice) and before them (an
    # inject not held): each has its REFUSED line, in place.
    cat > "$TMP/p.json" <<'PLAN'
{"format_version": 1, "scenario": "vendor-cloud-ransomware", "commands": [
  {"at": "10m", "decide": "activate_crisis_team"},
  {"at": "20m", "decide": "activate_crisis_team"},
  {"at": "40m", "release_inject": "vendor_confirms_attack"}]}
PLAN
    expect_exit 0 "$BIN" validate "$FLAGSHIP" --plan "$TMP/p.json"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$TMP/p.json" --until 2h
    grep "REFUSED" "$TMP/out" > "$TMP/refused"
    [ "$(wc -l < "$TMP/refused")" -eq 2 ] || { cat "$TMP/out"; fail "not two refusals"; }
    grep -q "^T+0d 00:20 .*REFUSED *Activate the crisis team refused: already decided at T+0d 00:10" "$TMP/refused" || fail "rules' refusal"
    grep -q "^T+0d 00:40 .*REFUSED *Release the inject '.*' refused: '.*' is not held" "$TMP/refused" || fail "inject"
    expect_exit 0 "$BIN" --lang nl run "$FLAGSHIP" --plan "$TMP/p.json" --until 2h
    [ "$(grep -c "GEWEIGERD" "$TMP/out")" -eq 2 ] || fail "Dutch"
    # A parameter out of bounds: validate warns before playing, run refuses that command when it comes.
    cat > "$TMP/q.json" <<'PLAN'
{"format_version": 1, "scenario": "vendor-cloud-ransomware", "commands": [
  {"at": "30m", "decide": "divert_ambulances", "params": {"hours": 500}}]}
PLAN
    expect_exit 0 "$BIN" validate "$FLAGSHIP" --plan "$TMP/q.json"
    grep -q "q.json:2:68: commands\[0\].params.hours: warning: hours must be between 1 and 72 h (got 500): the engine will refuse" "$TMP/err" \
      || fail "validate: $(cat "$TMP/err")"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$TMP/q.json" --until 2h
    grep -q "^T+0d 00:30 .*REFUSED *Divert ambulances.* refused: hours must be between 1 and 72 h (got 500)" "$TMP/out" || fail "range"
    ;;
  no_output_ever_overwrites_an_input)
    # Every command that writes refuses an output that is one of its inputs, by
    # any path, before it writes anything; the inputs stay byte for byte.
    make_save
    cp "$FLAGSHIP" "$TMP/s.json"; cp "$PLAN" "$TMP/s.plan.json"; cp "$TMP/x.save.json" "$TMP/c.save.json"
    mkdir "$TMP/bd" "$TMP/self"; cp "$FLAGSHIP" "$TMP/bd/batch.json"
    ( cd "$TMP" && md5sum s.json s.plan.json x.save.json c.save.json bd/batch.json > sums )
    expect_exit 1 "$BIN" run "$TMP/s.json" --until 1d --quiet --summary "$TMP/s.json"
    grep -q "s.json is a file this command reads; choose another output file" "$TMP/err" || fail "run --summary: $(cat "$TMP/err")"
    expect_exit 1 "$BIN" run "$TMP/s.json" --plan "$TMP/s.plan.json" --until 1d --quiet --summary "$TMP/../$(basename "$TMP")/s.plan.json"
    expect_exit 2 "$BIN" run "$TMP/s.json" --until 1d --quiet --save "$TMP/same.json" --summary "$TMP/same.json"
    grep -q "name the same file" "$TMP/err" || fail "run --save = --summary: $(cat "$TMP/err")"
    [ ! -e "$TMP/same.json" ] || fail "run wrote half of what was asked"
    expect_exit 1 "$BIN" replay "$TMP/x.save.json" --quiet --summary "$TMP/x.save.json"
    expect_exit 1 "$BIN" report "$TMP/x.save.json" --compare "$TMP/c.save.json" --format md -o "$TMP/c.save.json"
    expect_exit 1 "$BIN" batch "$TMP/bd/batch.json" --runs 2 --out "$TMP/bd" --quiet
    "$BIN" export "$TMP/s.json" -o "$TMP/s.bundle.json" > /dev/null
    cp "$TMP/s.bundle.json" "$TMP/self/s.json"; ( cd "$TMP" && md5sum self/s.json >> sums )
    expect_exit 1 "$BIN" import "$TMP/self/s.json" --into "$TMP/self" --replace
    ( cd "$TMP" && md5sum -c --quiet sums ) || fail "an input was overwritten"
    ;;
  run_save_checks_its_folder_before_the_run)
    expect_exit 1 "$BIN" run "$FLAGSHIP" --save "$TMP/no/such/folder/x.save.json" --quiet
    grep -q "cannot create $TMP/no/such/folder/x.save.json" "$TMP/err" || fail "$(cat "$TMP/err")"
    [ ! -s "$TMP/out" ] || fail "the run went ahead"
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
    grep -qE "^  ED stay, median +([0-9]+ h ?)?([0-9]+ min)?$" "$TMP/out" || fail "no outcome table (or a median not as a span of time)"
    no_metric_ids_in_outcome "$TMP/out" "$TMP/s.json"
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
    for heading in "## 1. Executive summary" "## 2. Exercise overview" "## 3. Objectives" \
                   "## 4. Analysis by core capability" "## 5. Timeline of injects and decisions" \
                   "## 6. Key outcome figures" "## 7. Strengths" "## 8. Areas for improvement" "## 9. Improvement plan" \
                   "## 10. Facilitator's notes"; do
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
  msel_writes_md_html_csv)
    # The master scenario events list: Markdown on stdout, HTML and CSV to a file, never over an input.
    expect_exit 0 "$BIN" msel "$FLAGSHIP" --plan "$PLAN" --format md
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "stderr not empty"; }
    grep -qx "# MSEL: Ransomware in the EPD vendor's cloud" "$TMP/out" || fail "no title"
    grep -q "^| T+0d 02:00<br>Tue 2026-04-07 09:00 | \*\*Z-CERT\*\*<br>To: CISO, IT manager | \*\*Z-CERT: cut your VPN links to the vendor\*\*" \
      "$TMP/out" || fail "no row for Z-CERT's advice"
    grep -q "Cut the VPN link to the vendor<br>\*\*Plan:\*\* T+0d 02:15 Cut the VPN link to the vendor (CISO) | VPN to the vendor cut within 4 hours" \
      "$TMP/out" || fail "no expected action, plan command or objective"
    grep -q "^## Legal deadlines (duty to notify)$" "$TMP/out" || fail "no legal deadlines"
    expect_exit 0 "$BIN" msel "$FLAGSHIP" --format html -o "$TMP/msel.html" --lang nl
    [ ! -s "$TMP/out" ] || fail "stdout not empty with -o"
    grep -q '^<html lang="nl">' "$TMP/msel.html" || fail "not a Dutch HTML page"
    grep -q "<h1>Ransomware in de cloud van de EPD-leverancier</h1>" "$TMP/msel.html" || fail "no Dutch title"
    grep -q "<h3>Briefing voor de spelleider</h3><p>Deze oefening gaat over" "$TMP/msel.html" || fail "no Dutch briefing"
    grep -q "</html>" "$TMP/msel.html" || fail "page not complete"
    ! grep -q -e "<script" -e "src=" -e 'href="http' "$TMP/msel.html" || fail "the page loads or runs something"
    expect_exit 0 "$BIN" msel "$FLAGSHIP" --format csv -o "$TMP/msel.csv"
    head -n 1 "$TMP/msel.csv" | grep -q "^kind,id,t_min,t,date_time,trigger,within,from,to,title,text," || fail "csv header"
    cp "$FLAGSHIP" "$TMP/scenario.json"
    expect_exit 1 "$BIN" msel "$TMP/scenario.json" --format md -o "$TMP/scenario.json"
    grep -q "scenario.json is a file this command reads; choose another output file" "$TMP/err" || fail "message"
    cmp -s "$FLAGSHIP" "$TMP/scenario.json" || fail "the scenario was overwritten"
    expect_exit 2 "$BIN" msel "$FLAGSHIP" --format pdf
    expect_exit 2 "$BIN" msel "$FLAGSHIP"
    expect_exit 1 "$BIN" msel "$TMP/none.json" --format md
    grep -q "none.json:1:1: cannot read the file" "$TMP/err" || fail "missing scenario message"
    expect_exit 1 "$BIN" msel "$FLAGSHIP" --plan "$FLAGSHIP" --format md
    grep -q "this is a scenario file, not a plan file" "$TMP/err" || fail "a scenario as the plan"
    ;;
  report_bad_save_exits_1)
    printf '{"format": "EPD Drill save"' >"$TMP/broken.save.json"
    expect_exit 1 "$BIN" report "$TMP/broken.save.json" --format md
    grep -q "broken.save.json:1:" "$TMP/err" || fail "no position of the problem"
    [ ! -s "$TMP/out" ] || fail "a report from a broken save"
    ;;
  lang_outcome_table_in_both_languages)
    # Names and values for people, never ids; a moment as T+ without a unit.
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$PLAN" --summary "$TMP/s.json" --lang nl
    grep -q "^Tijdlijn van " "$TMP/out" || fail "no Dutch timeline"
    grep -q "^T+0d 00:00   di 2026-04-07 07:00 *FASE *Detectie$" "$TMP/out" || fail "no Dutch phase line"
    grep -q "^T+0d 00:35   di 2026-04-07 07:35 *FASE *Uitvalfase$" "$TMP/out" || fail "phase"
    grep -q "BESLUIT .* \[door Voorzitter crisisteam\]$" "$TMP/out" || fail "no Dutch decision line"
    grep -q "^Uitkomst op T+42d 00:00$" "$TMP/out" || fail "no Dutch outcome table"
    grep -qE "^  Wachtend op de SEH +[0-9.]+  patiënten$" "$TMP/out" || fail "no ED waiting in Dutch"
    grep -qE "^  SEH-bezoeken +[0-9]\.[0-9]{3}  patiënten$" "$TMP/out" || fail "no Dutch thousands separator"
    grep -qE "^  Alle IT hersteld op +T\+39d 21:26$" "$TMP/out" || fail "a moment is not T+ without a unit"
    grep -qE "^  Verblijfsduur SEH, mediaan +[0-9]+ u [0-9]+ min$" "$TMP/out" || fail "a median is not a span of time"
    grep -q "^Doelstellingen$" "$TMP/out" || fail "no Dutch objectives"
    grep -q "^  niet gehaald  *ed_safety .*(Ongezien vertrokken = [0-9]* (hooguit 80))$" "$TMP/out" || fail "objective evidence"
    no_metric_ids_in_outcome "$TMP/out" "$TMP/s.json"
    expect_exit 0 "$BIN" --lang en run "$FLAGSHIP" --plan "$PLAN" --summary "$TMP/s.json" --replace
    grep -q "^Outcome at T+42d 00:00$" "$TMP/out" || fail "no English outcome table"
    grep -q "DECISION .* \[by Crisis team chair\]$" "$TMP/out" || fail "the English decision line names the role in English"
    grep -qE "^  ED waiting +[0-9,]+  patients$" "$TMP/out" || fail "no ED waiting in English"
    grep -qE "^  ED visits +[0-9],[0-9]{3}  patients$" "$TMP/out" || fail "no English thousands separator"
    grep -qE "^  All IT restored at +T\+39d 21:26$" "$TMP/out" || fail "a moment is not T+ without a unit"
    grep -q "^  not met  *ed_safety .*(Left unseen = [0-9]* (at most 80))$" "$TMP/out" || fail "objective evidence"
    ! grep -q "median.* minutes$" "$TMP/out" || fail "a unit of minutes where a span of time belongs"
    no_metric_ids_in_outcome "$TMP/out" "$TMP/s.json"
    ;;
  lang_never_changes_results)
    # The same run in Dutch and English: the same summary, the same save, the same data.
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 3d --lang nl --summary "$TMP/nl.json" --save "$TMP/nl.save.json"
    expect_exit 0 "$BIN" run "$FLAGSHIP" --plan "$PLAN" --until 3d --lang en --summary "$TMP/en.json" --save "$TMP/en.save.json"
    grep -v '"wall_ms"' "$TMP/nl.json" >"$TMP/nl.cmp" && grep -v '"wall_ms"' "$TMP/en.json" >"$TMP/en.cmp"
    cmp -s "$TMP/nl.cmp" "$TMP/en.cmp" || fail "the summary depends on the language"
    cmp -s "$TMP/nl.save.json" "$TMP/en.save.json" || fail "the save depends on the language"
    expect_exit 0 "$BIN" replay "$TMP/nl.save.json" --quiet --lang nl --summary "$TMP/nl-replayed.json"
    expect_exit 0 "$BIN" replay "$TMP/nl.save.json" --quiet --lang en --summary "$TMP/en-replayed.json"
    cmp -s "$TMP/nl-replayed.json" "$TMP/en-replayed.json" || fail "the replayed summary depends on the language"
    expect_exit 0 "$BIN" report "$TMP/nl.save.json" --format csv --lang nl -o "$TMP/nl.csv"
    expect_exit 0 "$BIN" report "$TMP/nl.save.json" --format csv --lang en -o "$TMP/en.csv"
    cmp -s "$TMP/nl.csv" "$TMP/en.csv" || fail "the metrics over time depend on the language"
    head -n 1 "$TMP/nl.csv" | grep -q "^t_min,t,ed_visits,ed_census," || fail "the CSV's columns are not the metric ids"
    grep -q "^zcert_cut_vpn,Z-CERT,Z-CERT: verbreek uw VPN-verbindingen met de leverancier,delivered,120,T+0d 02:00,op T+0d 02:00" \
      "$TMP/nl.injects.csv" || fail "the inject list's trigger in Dutch"
    ;;
  lang_report_in_both_languages)
    make_save
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format md --lang nl
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "stderr not empty"; }
    for heading in "# Evaluatieverslag: " "## 1. Samenvatting voor het bestuur" "## 2. Overzicht van de oefening" \
                   "## 3. Doelstellingen" "## 4. Analyse per kerncapaciteit" "## 5. Tijdlijn van injects en besluiten" \
                   "## 6. Belangrijkste uitkomsten" "## 7. Sterke punten" "## 8. Verbeterpunten" "## 9. Verbeterplan" \
                   "## 10. Aantekeningen van de spelleider"; do
      grep -q "^$heading" "$TMP/out" || fail "no Dutch heading '$heading'"
    done
    grep -q "| T+0d 00:10 | di 2026-04-07 07:10 | Besluit | Crisisteam activeren | Voorzitter crisisteam |" "$TMP/out" \
      || fail "no Dutch timeline row"
    grep -qE "^\| Verblijfsduur SEH, mediaan \| [0-9]+ u [0-9]+ min \| [0-9]+ u [0-9]+ min \| [-+0-9 uimn]+ \|  \| " "$TMP/out" || fail "no Dutch key figure beside normal operation"
    grep -q "^| Ongezien vertrokken | " "$TMP/out" || fail "no Dutch metric name"
    grep -q "^- \*\*Gesimuleerde periode:\*\* T+0d 00:00 tot T+2d 00:00 (di 2026-04-07 07:00 tot do 2026-04-09 07:00), 2 d van de 42 d van het scenario$" \
      "$TMP/out" || fail "the simulated period in Dutch"
    ! grep -q -e "Exercise overview" -e "Key outcome figures" -e "| Left unseen |" "$TMP/out" || fail "English in the Dutch report"
    ! grep -q "ed_left_without_being_seen\|ed_los_median_min" "$TMP/out" || fail "a metric id in the Dutch report"
    cp "$TMP/out" "$TMP/nl.md"
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format md --lang en
    grep -q "^## 2. Exercise overview" "$TMP/out" || fail "no English heading"
    grep -q "^| Left unseen | " "$TMP/out" || fail "no English metric name"
    grep -qE "^\| ED stay, median \| [0-9]+ h [0-9]+ min \| [0-9]+ h [0-9]+ min \| [-+0-9 hmin]+ \|  \| " "$TMP/out" || fail "no English key figure beside normal operation"
    ! grep -q -e "Overzicht van de oefening" -e "Ongezien vertrokken" "$TMP/out" || fail "Dutch in the English report"
    ! grep -q "ed_left_without_being_seen\|ed_los_median_min" "$TMP/out" || fail "a metric id in the English report"
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format html --lang nl -o "$TMP/nl.html"
    grep -q '^<html lang="nl">' "$TMP/nl.html" || fail "the Dutch page is not lang=nl"
    grep -q "<strong>Wachtend op de SEH</strong>" "$TMP/nl.html" || fail "no Dutch plot title"
    grep -q ">dag 1</text>" "$TMP/nl.html" || fail "no Dutch day ticks"
    grep -q ">wo 8 apr</text>" "$TMP/nl.html" || fail "no Dutch dates under the ticks"
    expect_exit 0 "$BIN" report "$TMP/x.save.json" --format html --lang en -o "$TMP/en.html"
    grep -q '^<html lang="en">' "$TMP/en.html" || fail "the English page is not lang=en"
    grep -q "<strong>ED waiting</strong>" "$TMP/en.html" || fail "no English plot title"
    ;;
  lang_validate_problems_in_dutch)
    # The same three problems, located the same way, said in Dutch; the exit status does not change.
    expect_exit 1 "$BIN" validate "$SRC/tests/data/three-mistakes.json" --lang nl
    grep -q "three-mistakes.json:6:3: horizn: onbekend veld \"horizn\"; bedoelt u \"horizon\"?$" "$TMP/err" \
      || { cat "$TMP/err"; fail "unknown field in Dutch"; }
    grep -q "three-mistakes.json:10:28: hospitals\[0\].wards.ward_beds: verwacht een geheel getal, gevonden een tekst$" "$TMP/err" \
      || fail "wrong type in Dutch"
    grep -q "component: onbekend(e) component 'clod'; bedoelt u 'cloud'?$" "$TMP/err" || fail "unknown id in Dutch"
    expect_exit 1 "$BIN" validate "$SRC/tests/data/three-mistakes.json" --lang en
    grep -q "unknown field \"horizn\"; did you mean \"horizon\"?$" "$TMP/err" || fail "English as before"
    ;;
  lang_usage_errors_in_dutch)
    # The parser's own errors and a bad duration, said in Dutch, with the same exit status.
    expect_exit 2 "$BIN" --lang nl run
    grep -q "^SCENARIO is verplicht$" "$TMP/err" || { cat "$TMP/err"; fail "required"; }
    grep -q "^Zie --help voor meer uitleg.$" "$TMP/err" || fail "help hint"
    expect_exit 2 "$BIN" --lang nl run "$FLAGSHIP" --bogus
    grep -q "^Dit argument werd niet verwacht: --bogus$" "$TMP/err" || { cat "$TMP/err"; fail "extra"; }
    expect_exit 2 "$BIN" --lang nl report "$TMP/none.save.json" --format pdf
    grep -q "^--format: pdf staat niet in {md,html,csv}$" "$TMP/err" || { cat "$TMP/err"; fail "not a member"; }
    expect_exit 2 "$BIN" --lang nl run "$FLAGSHIP" --until 3w
    grep -q "^epd-drill run: --until: onbekende eenheid van duur" "$TMP/err" || { cat "$TMP/err"; fail "duration"; }
    expect_exit 2 "$BIN" --lang en run
    grep -q "^SCENARIO is required$" "$TMP/err" || fail "English as before"
    ;;
  lang_unknown_refused)
    expect_exit 2 "$BIN" run "$FLAGSHIP" --until 1h --lang xx
    grep -q "^epd-drill: --lang: 'xx' is not a language of this program; use nl (Nederlands) or en (English)$" "$TMP/err" \
      || { cat "$TMP/err"; fail "message"; }
    [ ! -s "$TMP/out" ] || fail "output despite a bad --lang"
    expect_exit 2 "$BIN" --lang de report "$TMP/none.save.json" --format md
    grep -q "'de' is not a language of this program" "$TMP/err" || fail "message before the command"
    expect_exit 2 "$BIN" --lang=fr validate "$FLAGSHIP"
    grep -q "'fr' is not a language of this program" "$TMP/err" || fail "message for --lang=fr"
    expect_exit 2 "$BIN" validate "$FLAGSHIP" --lang
    # Under a Dutch locale the refusal itself is Dutch.
    expect_exit 2 env LC_ALL=nl_NL.UTF-8 "$BIN" run "$FLAGSHIP" --lang xx
    grep -q "'xx' is geen taal van dit programma; gebruik nl (Nederlands) of en (English)" "$TMP/err" || fail "Dutch message"
    ;;
  lang_default_from_locale)
    # LC_ALL, then LC_MESSAGES, then LANG; a locale that is not Dutch or English is English; --lang wins.
    expect_exit 0 env LC_ALL= LC_MESSAGES= LANG=nl_NL.UTF-8 "$BIN" validate "$FLAGSHIP"
    grep -q "geldig scenario 'vendor-cloud-ransomware'" "$TMP/out" || fail "LANG=nl_NL.UTF-8 is not Dutch"
    expect_exit 0 env LC_ALL= LC_MESSAGES=nl_BE.UTF-8 LANG=en_GB.UTF-8 "$BIN" validate "$FLAGSHIP"
    grep -q "geldig scenario" "$TMP/out" || fail "LC_MESSAGES comes before LANG"
    expect_exit 0 env LC_ALL=C.UTF-8 LANG=nl_NL.UTF-8 "$BIN" validate "$FLAGSHIP"
    grep -q "valid scenario 'vendor-cloud-ransomware'" "$TMP/out" || fail "LC_ALL=C.UTF-8 is not English"
    expect_exit 0 env LC_ALL=de_DE.UTF-8 "$BIN" validate "$FLAGSHIP"
    grep -q "valid scenario" "$TMP/out" || fail "a German locale is not English"
    expect_exit 0 env LC_ALL=nl_NL.UTF-8 "$BIN" validate "$FLAGSHIP" --lang en
    grep -q "valid scenario" "$TMP/out" || fail "--lang en does not win over the locale"
    expect_exit 2 env LC_ALL=nl_NL.UTF-8 "$BIN" runn "$FLAGSHIP"
    grep -q "onbekende opdracht 'runn'; verwacht een van: validate, run, replay, report" "$TMP/err" || fail "Dutch usage message"
    expect_exit 0 env LC_ALL=nl_NL.UTF-8 "$BIN" --help
    grep -q "De taal van de uitvoer: nl (Nederlands) of en (English)" "$TMP/out" || fail "no Dutch help"
    expect_exit 0 env LC_ALL=nl_NL.UTF-8 "$BIN" run --help
    grep -q "Schrijf de uitkomst als JSON naar dit bestand" "$TMP/out" || fail "no Dutch help of run"
    ;;
  batch_jobs_1_and_2_identical)
    # The same batch on one thread and on two: the same bytes.
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 6 --until 2d --jobs 1 --out "$TMP/one"
    grep -q "one/batch.json: 6 seeds x 2 plans in " "$TMP/out" || { cat "$TMP/out"; fail "no confirmation"; }
    [ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "stderr not empty (no progress bar without a terminal)"; }
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 6 --until 2d --jobs 2 --out "$TMP/two" --quiet
    [ ! -s "$TMP/out" ] || fail "--quiet printed"
    cmp "$TMP/one/batch.json" "$TMP/two/batch.json" || fail "batch.json depends on --jobs"
    cmp "$TMP/one/runs.jsonl" "$TMP/two/runs.jsonl" || fail "runs.jsonl depends on --jobs"
    grep -q '"format": "EPD Drill batch"' "$TMP/one/batch.json" || fail "no format"
    grep -q '"plans": \[' "$TMP/one/batch.json" || fail "no plans"
    grep -q '"id": "no_response"' "$TMP/one/batch.json" || fail "no baseline"
    ! grep -qi 'wall\|"seconds"' "$TMP/one/batch.json" || fail "a wall-clock time in the result"
    [ "$(wc -l <"$TMP/one/runs.jsonl")" -eq 13 ] || fail "runs.jsonl: expected a header and 12 runs"
    # The language never changes a result.
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 6 --until 2d --out "$TMP/nl" --lang nl
    cmp "$TMP/one/batch.json" "$TMP/nl/batch.json" || fail "batch.json depends on the language"
    # With normal operation first: the same bytes on one thread and two, and its own plan id.
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --normal --runs 3 --until 1d --jobs 1 --out "$TMP/n1" --quiet
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --normal --runs 3 --until 1d --jobs 2 --out "$TMP/n2" --quiet
    cmp "$TMP/n1/batch.json" "$TMP/n2/batch.json" || fail "batch.json with --normal depends on --jobs"
    grep -q '"id": "normal_operation"' "$TMP/n1/batch.json" || fail "no normal operation"
    # A plan file named like a built-in baseline is refused.
    cp "$PLAN" "$TMP/normal_operation.plan.json"
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --plan "$TMP/normal_operation.plan.json" --runs 2 --until 1d --out "$TMP/n3"
    grep -q "a plan cannot be called 'normal_operation'" "$TMP/err" || { cat "$TMP/err"; fail "a reserved plan name taken"; }
    ;;
  batch_shards_merged_equal_unsharded)
    # Two shards (3 and 2 seeds), merged in either order, give the unsharded batch byte for byte.
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 5 --first-seed 11 --until 2d --out "$TMP/all" --quiet
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 5 --first-seed 11 --until 2d --shard 1/2 --out "$TMP/s1" --quiet
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 5 --first-seed 11 --until 2d --shard 2/2 --out "$TMP/s2" --quiet
    grep -q '"shard": "2/2"' "$TMP/s2/batch.json" || fail "a shard's batch.json does not say it is a shard"
    [ "$(wc -l <"$TMP/s1/runs.jsonl")" -eq 7 ] || fail "shard 1/2: expected seeds 11-13"
    expect_exit 0 "$BIN" merge "$TMP/s2" "$TMP/s1" --out "$TMP/merged"
    grep -q "merged/batch.json: 5 seeds x 2 plans from 2 shards" "$TMP/out" || { cat "$TMP/out"; fail "no confirmation"; }
    cmp "$TMP/all/batch.json" "$TMP/merged/batch.json" || fail "merged batch.json differs from the unsharded one"
    cmp "$TMP/all/runs.jsonl" "$TMP/merged/runs.jsonl" || fail "merged runs.jsonl differs from the unsharded one"
    ;;
  merge_refuses_mismatched_shards)
    run_shard() {  # out, shard, then more options
      out=$1; shard=$2; until=$3; shift 3
      "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 4 --until "$until" --shard "$shard" --out "$TMP/$out" --quiet "$@" \
        || fail "cannot run shard $shard"
    }
    run_shard a1 1/2 1d
    run_shard a2 2/2 1d
    run_shard longer 2/2 2d
    run_shard other-seeds 2/2 1d --first-seed 100
    run_shard three 2/3 1d
    "$BIN" batch "$FLAGSHIP" --runs 4 --until 1d --shard 2/2 --out "$TMP/no-plan" --quiet || fail "no-plan shard"
    merge_refused() {  # the message expected, then the folders merged
      want=$1; shift
      expect_exit 1 "$BIN" merge "$@" --out "$TMP/m"
      grep -q "$want" "$TMP/err" || { cat "$TMP/err"; fail "merge $*: expected '$want'"; }
    }
    merge_refused "longer/runs.jsonl:1:1: until_min: 2880 here, 1440 in .*a1/runs.jsonl: not a shard of the same batch" \
      "$TMP/a1" "$TMP/longer"
    merge_refused "other-seeds/runs.jsonl:1:1: first_seed: 100 here, 1 in " "$TMP/a1" "$TMP/other-seeds"
    merge_refused "three/runs.jsonl:1:1: shard: 2/3 here, 1/2 in " "$TMP/a1" "$TMP/three"
    merge_refused "no-plan/runs.jsonl:1:1: plans: \[no_response\] here, \[no_response, vendor-cloud-ransomware\] in " \
      "$TMP/a1" "$TMP/no-plan"
    merge_refused "seed 1 is also in .*a1/runs.jsonl: the shards overlap" "$TMP/a1" "$TMP/a1" "$TMP/a2"
    merge_refused "seed 1 is in no shard given: give every shard of the batch (4 runs from seed 1, 2 slices)" "$TMP/a2"
    merge_refused "nowhere/runs.jsonl:1:1: cannot read the file" "$TMP/a1" "$TMP/nowhere"
    expect_exit 1 "$BIN" merge "$TMP/a1" "$TMP/a2" --out "$TMP/a1"
    grep -q "is one of the folders merged; choose another folder" "$TMP/err" || { cat "$TMP/err"; fail "out over a shard"; }
    printf '{"format": "EPD Drill batch runs", "version": 1}\n' >"$TMP/a2/runs.jsonl"
    merge_refused "a2/runs.jsonl:1:1: missing required field \"scenario\"" "$TMP/a1" "$TMP/a2"
    [ ! -e "$TMP/m" ] || fail "a merge that failed wrote its folder"
    ;;
  batch_bad_input_named)
    expect_exit 1 "$BIN" batch "$SRC/tests/data/three-mistakes.json" --runs 2 --out "$TMP/b"
    grep -q "three-mistakes.json:6:3: horizn: unknown field" "$TMP/err" || { cat "$TMP/err"; fail "bad scenario"; }
    expect_exit 1 "$BIN" batch "$FLAGSHIP" --plan "$FLAGSHIP" --runs 2 --out "$TMP/b"
    grep -q "vendor-cloud-ransomware.json:1:1: this is a scenario file, not a plan file" "$TMP/err" || { cat "$TMP/err"; fail "bad plan"; }
    for shard in 0/2 3/2 x 2 1/0; do
      expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 2 --shard "$shard" --out "$TMP/b"
      grep -q "epd-drill batch: --shard: expected K/N, the K-th of N slices (1 <= K <= N), e.g. 2/8; not '$shard'" "$TMP/err" \
        || { cat "$TMP/err"; fail "bad shard $shard"; }
    done
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 2 --shard 1/3 --out "$TMP/b"
    grep -q "3 slices of 2 runs would leave some empty" "$TMP/err" || { cat "$TMP/err"; fail "too many slices"; }
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 0
    for runs in 1000001 4000000000000000000; do  # beyond any use, and beyond what the batch's count can hold
      expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs $runs --out "$TMP/b"
      grep -q "must be a whole number from 1 to 1000000, not $runs" "$TMP/err" || { cat "$TMP/err"; fail "--runs $runs"; }
    done
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 2 --jobs 0
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 2 --no-baseline
    grep -q "no-baseline needs at least one --plan" "$TMP/err" || fail "no plan at all"
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 3 --first-seed 18446744073709551614
    grep -q "goes past the largest seed" "$TMP/err" || fail "seed overflow"
    expect_exit 2 "$BIN" batch "$FLAGSHIP" --runs 2 --plan "$PLAN" --plan "$PLAN"
    grep -q "two plans are called 'vendor-cloud-ransomware'" "$TMP/err" || fail "a plan twice"
    echo "mine" >"$TMP/file"
    expect_exit 1 "$BIN" batch "$FLAGSHIP" --runs 1 --until 1h --out "$TMP/file"
    grep -q "file is a file, not a folder; choose another name" "$TMP/err" || { cat "$TMP/err"; fail "out is a file"; }
    [ "$(cat "$TMP/file")" = "mine" ] || fail "the user's file was changed"
    expect_exit 2 "$BIN" --lang nl batch "$FLAGSHIP" --runs 2 --shard 9
    grep -q "verwacht K/N" "$TMP/err" || { cat "$TMP/err"; fail "not in Dutch"; }
    ;;
  batch_interrupted_leaves_partial)
    # Ctrl+C: the runs under way finish, the seeds done are written, marked partial; exit status 1.
    "$BIN" batch "$FLAGSHIP" --runs 100000 --until 1d --jobs 2 --out "$TMP/cut" >"$TMP/out" 2>"$TMP/err" &
    pid=$!
    sleep 1.5
    kill -INT $pid
    wait $pid
    status=$?
    [ "$status" -eq 1 ] || { cat "$TMP/err"; fail "exit status $status after Ctrl+C, expected 1"; }
    grep -q "interrupted: finishing the runs under way" "$TMP/err" || { cat "$TMP/err"; fail "no word of the interruption"; }
    grep -q "cut/batch.json is partial: [0-9]* of 100000 seeds were finished" "$TMP/err" || { cat "$TMP/err"; fail "partial"; }
    grep -q '"partial": true' "$TMP/cut/batch.json" || fail "batch.json is not marked partial"
    expect_exit 0 "$BIN" report "$TMP/cut/batch.json" --format md
    grep -q "Partial:\*\* stopped early (interrupted" "$TMP/out" || fail "the report does not say it is partial"
    ;;
  out_of_memory_said_and_nothing_written)
    # A machine without the memory a valid file needs (here a 150 MB address space for the national scenario
    # over a year, which needs about 1 GB): a message and exit 1, never an abort, and no output file begun.
    NATIONAL="$TMP/national-366d.json"
    sed 's/"horizon": "42d"/"horizon": "366d"/' "$SRC/scenarios/national-vendor-outage.json" > "$NATIONAL"
    grep -q '"horizon": "366d"' "$NATIONAL" || fail "no year-long copy of the national scenario"
    limited() { (ulimit -v 150000 && "$@"); }
    # Under AddressSanitizer (its shadow memory) the program cannot start in so little: nothing to test there.
    limited "$BIN" --version >/dev/null 2>&1 || { echo "skipped: the program does not start in 150 MB here"; exit 77; }
    expect_exit 1 limited "$BIN" run "$NATIONAL" --summary "$TMP/s.json" --save "$TMP/x.save.json" --quiet
    grep -q "^epd-drill: out of memory: this machine could not give the run the memory it needs" "$TMP/err" \
      || { cat "$TMP/err"; fail "no word of the memory"; }
    [ ! -e "$TMP/s.json" ] && [ ! -e "$TMP/x.save.json" ] || fail "a file was written by a run that never finished"
    [ -z "$(ls "$TMP" | grep -v '^out$\|^err$\|^national-366d.json$')" ] || fail "temporary files left: $(ls "$TMP")"
    expect_exit 1 limited "$BIN" --lang nl run "$NATIONAL" --quiet
    grep -q "^epd-drill: geheugen op: " "$TMP/err" || { cat "$TMP/err"; fail "no Dutch word of the memory"; }
    expect_exit 1 limited "$BIN" batch "$NATIONAL" --runs 2 --jobs 2 --out "$TMP/b" --quiet
    grep -q "b/batch.json is partial: 0 of 2 seeds were finished before memory ran out" "$TMP/err" \
      || { cat "$TMP/err"; fail "batch: $(cat "$TMP/err")"; }
    grep -q '"partial": true' "$TMP/b/batch.json" || fail "batch.json is not marked partial"
    ;;
  report_batch_md_html_csv)
    expect_exit 0 "$BIN" batch "$FLAGSHIP" --plan "$PLAN" --runs 4 --until 3d --out "$TMP/b" --quiet
    expect_exit 0 "$BIN" report "$TMP/b/batch.json" --format md
    grep -q "^# Many runs: Ransomware in the EPD vendor's cloud" "$TMP/out" || fail "no title"
    grep -q "^## 1. Plans compared on the same seeds" "$TMP/out" || fail "no comparison"
    grep -q "^| Figure | no response, mean | Reference response of a well-prepared crisis team, mean | difference | 95% interval | clear? |" \
      "$TMP/out" || fail "comparison columns"
    grep -qE "^\| Left unseen \| [0-9.]+ \| [0-9.]+ \| -[0-9.]+ \| -[0-9.]+ … -[0-9.]+ \| lower \(better\) \|" "$TMP/out" || fail "LWBS row"
    grep -q "^## 4. Over the exercise" "$TMP/out" || fail "no course"
    # A cut-off batch file's problems are a batch file's; its runs file is named as such.
    head -c 2000 "$TMP/b/batch.json" > "$TMP/cut.batch.json"
    expect_exit 1 "$BIN" report "$TMP/cut.batch.json" --format md
    grep -q "cut.batch.json:[0-9]*:[0-9]*: " "$TMP/err" || fail "cut-off batch: $(cat "$TMP/err")"
    ! grep -q "save" "$TMP/err" || fail "a batch file called a save: $(cat "$TMP/err")"
    expect_exit 1 "$BIN" report "$TMP/b/runs.jsonl" --format md
    grep -q "runs.jsonl:1:1: this is a batch's runs file: report on the batch.json beside it" "$TMP/err" || fail "runs file"
    expect_exit 0 "$BIN" report "$TMP/b/batch.json" --format md --lang nl
    grep -q "^## 1. Plannen vergeleken op dezelfde seeds" "$TMP/out" || fail "no Dutch comparison"
    grep -q "^| Ongezien vertrokken |" "$TMP/out" || fail "no Dutch metric name"
    expect_exit 0 "$BIN" report "$TMP/b/batch.json" --format html -o "$TMP/b.html"
    [ "$(grep -o '<svg class="plot"' "$TMP/b.html" | wc -l)" -eq 7 ] || fail "expected 7 fan charts"
    grep -q "fill-opacity" "$TMP/b.html" || fail "no bands"
    expect_exit 0 "$BIN" report "$TMP/b/batch.json" --format csv -o "$TMP/b.csv"
    head -n 1 "$TMP/b.csv" | grep -q "^plan,hospital,kind,id,n,mean,sd,median,p5,p25,p75,p95,min,max" || fail "csv head"
    head -n 1 "$TMP/b.comparisons.csv" | grep -q "^a,b,kind,id,n,mean_difference,sd,low95,high95" || fail "comparisons csv"
    grep -q "^no_response,vendor-cloud-ransomware,metric,medication_errors,4,-" "$TMP/b.comparisons.csv" || fail "a difference row"
    [ "$(wc -l <"$TMP/b.series.csv")" -eq $((2 * 7 * 73 + 1)) ] || fail "series csv: 2 plans x 7 metrics x 73 hours"
    expect_exit 2 "$BIN" report "$TMP/b/batch.json" --format md --compare "$TMP/b/batch.json"
    expect_exit 1 "$BIN" report "$TMP/b/batch.json" --format md -o "$TMP/b/batch.json"
    grep -q "is the file reported on; choose another output file" "$TMP/err" || fail "over its own input"
    sed 's/"seeds_run"/"seeds_rum"/' "$TMP/b/batch.json" >"$TMP/broken.json"
    expect_exit 1 "$BIN" report "$TMP/broken.json" --format md
    grep -q "broken.json:1:1: missing required field \"seeds_run\"" "$TMP/err" || { cat "$TMP/err"; fail "broken batch"; }
    ;;
  *) fail "unknown case $CASE" ;;
esac
echo "ok: $CASE"

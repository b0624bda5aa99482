#!/bin/sh
# The console, run offscreen through a scripted drill: it must exit cleanly,
# show something (not a blank window), and leave the exercise exactly as the
# same commands run headless by `epd-drill run`.
set -eu
GUI=$1
CLI=$2
SRC=$3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"
export SDL_VIDEODRIVER=offscreen
# The console remembers its settings: in the test's own folder, never the user's, and in English.
export XDG_CONFIG_HOME="$TMP/config"
export LANG=C.UTF-8 LC_ALL= LC_MESSAGES=

# drill NAME SCRIPT SAVES SCENARIO PLAN UNTIL: plays the script with screenshots of the console
# ($TMP/NAME.png) and the projector, checks neither is blank, and that the console's outcome
# ($TMP/NAME-gui.cmp) is that of the same commands run headless ($TMP/NAME-cli.cmp). Sets
# $colours and $projector.
drill() {
  "$GUI" --saves "$3" --script "$2" --screenshot "$TMP/$1.png" --projector-screenshot "$TMP/$1-projector.png" \
    --summary "$TMP/$1-gui.json" || { echo "FAIL: $1: the console did not exit cleanly"; exit 1; }
  colours=$(convert "$TMP/$1.png" -format %k info:)
  [ "$colours" -gt 50 ] || { echo "FAIL: $1: the screenshot looks blank ($colours colours)"; exit 1; }
  projector=$(convert "$TMP/$1-projector.png" -format %k info:)
  [ "$projector" -gt 20 ] || { echo "FAIL: $1: the projector screenshot looks blank ($projector colours)"; exit 1; }
  "$CLI" run "$4" --plan "$5" --until "$6" --quiet --summary "$TMP/$1-cli.json"
  grep -v '"wall_ms"' "$TMP/$1-gui.json" > "$TMP/$1-gui.cmp"
  grep -v '"wall_ms"' "$TMP/$1-cli.json" > "$TMP/$1-cli.cmp"
  diff "$TMP/$1-cli.cmp" "$TMP/$1-gui.cmp" || { echo "FAIL: $1: the console's exercise differs from the headless run"; exit 1; }
}

drill drill tests/gui/drill.script "$TMP/saves" scenarios/vendor-cloud-ransomware.json tests/gui/drill.plan.json 1d4h
drill_colours=$colours
drill_projector=$projector
# What the console saved replays headless, bit for bit: the autosave (the
# whole drill, closed at exit) and the save taken with Ctrl+S on the way.
autosave=$(ls "$TMP"/saves/vendor-cloud-ransomware-*.autosave.json)
"$CLI" replay "$autosave" --quiet --summary "$TMP/replayed.json" || { echo "FAIL: the autosave does not replay"; exit 1; }
grep -q '"finished": true' "$autosave" || { echo "FAIL: the autosave is not marked as closed"; exit 1; }
grep -v '"wall_ms"' "$TMP/replayed.json" > "$TMP/replayed.cmp"
diff "$TMP/drill-cli.cmp" "$TMP/replayed.cmp" || { echo "FAIL: the replayed autosave ends elsewhere"; exit 1; }
"$CLI" replay "$TMP/saves/end-of-day-one.save.json" --quiet || { echo "FAIL: the Ctrl+S save does not replay"; exit 1; }
# Review: the evaluation is stored back into the save, which still replays;
# the what-if is a save of its own that replays too.
"$GUI" --saves "$TMP/saves" --script tests/gui/review.script --screenshot "$TMP/review.png" \
  || { echo "FAIL: the review did not exit cleanly"; exit 1; }
grep -q '"comment": "VPN cut at 2h, within the 4 hours"' "$TMP/saves/end-of-day-one.save.json" \
  || { echo "FAIL: the evaluation was not stored in the save"; exit 1; }
"$CLI" replay "$TMP/saves/end-of-day-one.save.json" --quiet || { echo "FAIL: the rated save does not replay"; exit 1; }
whatif=$(ls "$TMP"/saves/end-of-day-one-what-if-*.save.json)
grep -q '"change": "removed"' "$whatif" || { echo "FAIL: the what-if does not say what changed"; exit 1; }
"$CLI" replay "$whatif" --quiet || { echo "FAIL: the what-if does not replay"; exit 1; }
grep -q "VPN cut at 2h, within the 4 hours" "$TMP/saves/end-of-day-one.report.html" \
  || { echo "FAIL: the exported report lacks the evaluation"; exit 1; }
review_colours=$(convert "$TMP/review.png" -format %k info:)
[ "$review_colours" -gt 50 ] || { echo "FAIL: the review screenshot looks blank"; exit 1; }

# A region: the console's region table, a hospital chosen, decisions for
# several hospitals; the same outcome as region.plan.json run headless.
drill region tests/gui/region.script "$TMP/region-saves" scenarios/roaz-region-vendor-outage.json \
  tests/gui/region.plan.json 13h
region_autosave=$(ls "$TMP"/region-saves/roaz-region-vendor-outage-*.autosave.json)
grep -q '"waalstede"' "$region_autosave" || { echo "FAIL: the decision for two hospitals was not saved as such"; exit 1; }
"$CLI" replay "$region_autosave" --quiet || { echo "FAIL: the region's autosave does not replay"; exit 1; }
# The console's help in Dutch names every option's type in Dutch or by
# itself (SEED, N, nl|en), never CLI11's half-English "TEXT:SEED".
"$GUI" --lang nl --help > "$TMP/help.txt" || { echo "FAIL: --help"; exit 1; }
! grep -q "TEXT\|INT" "$TMP/help.txt" || { cat "$TMP/help.txt"; echo "FAIL: English type names in the Dutch help"; exit 1; }
grep -q -- "--seed SEED " "$TMP/help.txt" || { cat "$TMP/help.txt"; echo "FAIL: the seed's type is not SEED"; exit 1; }
echo "ok: clean exit, $drill_colours colours (projector $drill_projector), same outcome as epd-drill run, saves replay," \
  "review stored; region: $colours colours (projector $projector), same outcome as epd-drill run, autosave replays"

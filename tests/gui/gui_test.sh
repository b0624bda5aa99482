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

"$GUI" --saves "$TMP/saves" --script tests/gui/drill.script --screenshot "$TMP/drill.png" \
  --projector-screenshot "$TMP/projector.png" --summary "$TMP/gui.json" \
  || { echo "FAIL: the console did not exit cleanly"; exit 1; }

colours=$(convert "$TMP/drill.png" -format %k info:)
[ "$colours" -gt 50 ] || { echo "FAIL: the screenshot looks blank ($colours colours)"; exit 1; }
projector=$(convert "$TMP/projector.png" -format %k info:)
[ "$projector" -gt 20 ] || { echo "FAIL: the projector screenshot looks blank ($projector colours)"; exit 1; }

"$CLI" run scenarios/vendor-cloud-ransomware.json --plan tests/gui/drill.plan.json --until 1d4h --quiet \
  --summary "$TMP/cli.json"
grep -v '"wall_ms"' "$TMP/gui.json" > "$TMP/gui.cmp"
grep -v '"wall_ms"' "$TMP/cli.json" > "$TMP/cli.cmp"
diff "$TMP/cli.cmp" "$TMP/gui.cmp" || { echo "FAIL: the console's exercise differs from the headless run"; exit 1; }
# What the console saved replays headless, bit for bit: the autosave (the
# whole drill, closed at exit) and the save taken with Ctrl+S on the way.
autosave=$(ls "$TMP"/saves/vendor-cloud-ransomware-*.autosave.json)
"$CLI" replay "$autosave" --quiet --summary "$TMP/replayed.json" || { echo "FAIL: the autosave does not replay"; exit 1; }
grep -q '"finished": true' "$autosave" || { echo "FAIL: the autosave is not marked as closed"; exit 1; }
grep -v '"wall_ms"' "$TMP/replayed.json" > "$TMP/replayed.cmp"
diff "$TMP/cli.cmp" "$TMP/replayed.cmp" || { echo "FAIL: the replayed autosave ends elsewhere"; exit 1; }
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
"$GUI" --saves "$TMP/region-saves" --script tests/gui/region.script --screenshot "$TMP/region.png" \
  --projector-screenshot "$TMP/region-projector.png" --summary "$TMP/region-gui.json" \
  || { echo "FAIL: the region's drill did not exit cleanly"; exit 1; }
region_colours=$(convert "$TMP/region.png" -format %k info:)
[ "$region_colours" -gt 50 ] || { echo "FAIL: the region's screenshot looks blank ($region_colours colours)"; exit 1; }
region_projector=$(convert "$TMP/region-projector.png" -format %k info:)
[ "$region_projector" -gt 20 ] || { echo "FAIL: the region's projector looks blank ($region_projector colours)"; exit 1; }
"$CLI" run scenarios/roaz-region-vendor-outage.json --plan tests/gui/region.plan.json --until 13h --quiet \
  --summary "$TMP/region-cli.json"
grep -v '"wall_ms"' "$TMP/region-gui.json" > "$TMP/region-gui.cmp"
grep -v '"wall_ms"' "$TMP/region-cli.json" > "$TMP/region-cli.cmp"
diff "$TMP/region-cli.cmp" "$TMP/region-gui.cmp" || { echo "FAIL: the region's drill differs from the headless run"; exit 1; }
region_autosave=$(ls "$TMP"/region-saves/roaz-region-vendor-outage-*.autosave.json)
grep -q '"waalstede"' "$region_autosave" || { echo "FAIL: the decision for two hospitals was not saved as such"; exit 1; }
"$CLI" replay "$region_autosave" --quiet || { echo "FAIL: the region's autosave does not replay"; exit 1; }
echo "ok: clean exit, $colours colours (projector $projector), same outcome as epd-drill run, saves replay, review stored;" \
  "region: $region_colours colours (projector $region_projector), same outcome as epd-drill run, autosave replays"

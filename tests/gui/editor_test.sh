#!/bin/sh
# The scenario editor, run offscreen through a script (tests/gui/editor.script):
# it must exit cleanly, the saved file must hold exactly the template with the
# edits made (in the template's field order), validate, and never replace
# another file without being told to.
set -eu
GUI=$1
CLI=$2
SRC=$3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SDL_VIDEODRIVER=offscreen XDG_CONFIG_HOME="$TMP/config" LANG=C.UTF-8 LC_ALL= LC_MESSAGES=
cd "$TMP"
"$GUI" --scenarios "$SRC/scenarios" --saves "$TMP/saves" --lang en --script "$SRC/tests/gui/editor.script" \
  --screenshot "$TMP/editor-end.png" || { echo "FAIL: the editor did not exit cleanly"; exit 1; }
"$CLI" validate new-scenario.json || { echo "FAIL: the saved scenario does not validate"; exit 1; }
/usr/bin/python3 - "$SRC/scenarios/vendor-cloud-ransomware.json" new-scenario.json <<'PY'
import json, sys
template = json.load(open(sys.argv[1]))
saved = json.load(open(sys.argv[2]))
template["id"] += "-new"
template["title"]["en"] = "Ransomware at our EPD vendor, the night shift's version"
template["start"] = "2026-05-02T23:00"
template["horizon"] = "45d"
template["hospitals"][0]["downtime"]["paper_kit_hours"] = 12
del template["hospitals"][0]["downtime"]["runners"]
if saved != template:
    sys.exit("FAIL: the saved file is not the template with exactly the edits made")
def order(v):
    if isinstance(v, dict): return [(k, order(x)) for k, x in v.items()]
    if isinstance(v, list): return [order(x) for x in v]
    return v
if order(saved) != order(template):
    sys.exit("FAIL: the saved file changed the order of the fields")
PY
# Saving over another file needs the trainer's say-so.
printf 'edit-new vendor_cloud\nedit-save new-scenario.json\n' > again.script
if "$GUI" --scenarios "$SRC/scenarios" --saves "$TMP/saves" --script again.script 2> again.err; then
  echo "FAIL: the editor replaced an existing file without asking"; exit 1
fi
grep -q "exists" again.err || { cat again.err; echo "FAIL: no reason given"; exit 1; }
for shot in editor-problem editor-list editor-form editor-it editor-timeline editor-dryrun; do
  colours=$(convert "$shot.png" -format %k info:)
  [ "$colours" -gt 50 ] || { echo "FAIL: $shot looks blank ($colours colours)"; exit 1; }
done
mkdir -p "${EDITOR_SHOTS:-$TMP/shots}" && cp editor-*.png "${EDITOR_SHOTS:-$TMP/shots}/"
echo "ok: edited, a problem shown and fixed, saved with exactly the edits, reopened; no file replaced unasked"

#!/bin/sh
# The start screen's scenario library, run offscreen through a script
# (tests/gui/library.script): the own folder is remembered, a scenario exported
# and imported is byte for byte the shipped one, and a file with other text is
# replaced only after the popup asked.
set -eu
GUI=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SDL_VIDEODRIVER=offscreen XDG_CONFIG_HOME="$TMP/config" LANG=C.UTF-8 LC_ALL= LC_MESSAGES=
cd "$TMP"
fail() { echo "FAIL: $*"; exit 1; }
# A bundle whose reference plan differs from the shipped one: its import must ask.
sed 's/Facility manager/CMIO/' "$SRC/scenarios/epd-upgrade-overrun.plan.json" >changed.plan.json
/usr/bin/python3 - "$SRC/scenarios/epd-upgrade-overrun.json" changed.plan.json >changed.bundle.json <<'PY'
import json, sys
print(json.dumps({"epd_drill_bundle": 1,
                  "scenario": {"file": "epd-upgrade-overrun.json", "text": open(sys.argv[1]).read()},
                  "plans": [{"file": "epd-upgrade-overrun.plan.json", "text": open(sys.argv[2]).read()}]}))
PY
"$GUI" --scenarios "$SRC/scenarios" --saves "$TMP/saves" --lang ${LIBRARY_LANG:-en} --script "$SRC/tests/gui/library.script" \
  --screenshot "$TMP/library-end.png" || fail "the library script did not run through"
cmp -s "$SRC/scenarios/epd-upgrade-overrun.json" own/epd-upgrade-overrun.json || fail "the imported scenario is not the shipped one"
cmp -s changed.plan.json own/epd-upgrade-overrun.plan.json || fail "the popup's Replace did not replace the plan"
grep -q "\"scenario_folder\": \"$TMP/own\"" config/epd-drill/console.json || fail "the own folder is not remembered: $(cat config/epd-drill/console.json)"
for shot in library-start library-replace; do
  colours=$(convert "$shot.png" -format %k info:)
  [ "$colours" -gt 50 ] || fail "$shot looks blank ($colours colours)"
done
mkdir -p "${LIBRARY_SHOTS:-$TMP/shots}" && cp library-*.png "${LIBRARY_SHOTS:-$TMP/shots}/"
echo "ok: own folder remembered, exported and imported byte for byte, replaced only after asking"

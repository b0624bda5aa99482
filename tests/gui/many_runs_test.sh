#!/bin/sh
# "Play these decisions N times" in the review, offscreen through a script
# (tests/gui/many_runs.script): the runs finish, the plots and objectives show
# them, and closing the console while runs are under way cancels them cleanly.
set -eu
GUI=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SDL_VIDEODRIVER=offscreen XDG_CONFIG_HOME="$TMP/config" LANG=C.UTF-8 LC_ALL= LC_MESSAGES=
cd "$TMP"
cp "$SRC/saves/example-reference-plan.save.json" .
"$GUI" --scenarios "$SRC/scenarios" --saves "$TMP" --lang ${MANY_RUNS_LANG:-en} --script "$SRC/tests/gui/many_runs.script" \
  || { echo "FAIL: the console did not run the script through and close cleanly"; exit 1; }
for shot in many-runs many-runs-progress; do
  colours=$(convert "$shot.png" -format %k info:)
  [ "$colours" -gt 50 ] || { echo "FAIL: $shot looks blank ($colours colours)"; exit 1; }
done
mkdir -p "${MANY_RUNS_SHOTS:-$TMP/shots}" && cp many-runs*.png "${MANY_RUNS_SHOTS:-$TMP/shots}/"
echo "ok: 20 runs played beside no response and shown; 2,000 under way cancelled on close"

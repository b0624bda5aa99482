#!/bin/sh
# Frame time of the console at 3600x with the event log open (it always is on
# the facilitator's screen): CPU time per frame (engine, event log, layout,
# rendering), median and p99, over N frames of the flagship and of the ROAZ
# region. Under xvfb-run when it is installed (a real X server), else SDL's
# offscreen driver.
#
#   bench/console_frames.sh [BUILD_DIR] [FRAMES]      (defaults: build/dev 20000)
set -eu
BUILD=${1:-build/dev}
FRAMES=${2:-20000}
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_CONFIG_HOME="$TMP/config"  # never the user's settings
if command -v xvfb-run >/dev/null 2>&1; then
  run() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
  echo "display: Xvfb (xvfb-run)"
else
  run() { SDL_VIDEODRIVER=offscreen "$@"; }
  echo "display: SDL offscreen (install xvfb for a real X server)"
fi
for scenario in scenarios/vendor-cloud-ransomware.json scenarios/roaz-region-vendor-outage.json; do
  printf '%s: ' "$scenario"
  run "$BUILD/gui/epd-drill-gui" "$scenario" --frames "$FRAMES" --saves "$TMP/saves" | tail -1
done

#!/bin/sh
# `cmake --install` as a user or a packager uses it: installed under a fresh
# prefix, the programs find their scenarios from anywhere, and the C API is
# usable through pkg-config (shared) and find_package(EpdDrill) (static).
# Each reproduces the flagship's golden summary.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR C_COMPILER CASE
set -u
LC_ALL=C
export LC_ALL
BUILD=$1
SRC=$2
CC=$3
CASE=$4
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
P="$TMP/prefix"
fail() { echo "FAIL: $*"; exit 1; }
cmake --install "$BUILD" --prefix "$P" >"$TMP/install.log" 2>&1 || { cat "$TMP/install.log"; fail "cmake --install failed"; }
LIBDIR=$(dirname "$(find "$P" -name libepd_drill.so.1 | head -n 1)")
[ -d "$LIBDIR" ] || fail "no libepd_drill.so.1 installed"
GOLDEN="$SRC/tests/golden/vendor-cloud-ransomware.plan.seed1.summary.json"
SHARE="$P/share/epd-drill"
# A summary without its "wall_ms" line, the only figure that differs between runs.
same_as_golden() { grep -v '"wall_ms"' "$1" >"$TMP/a"; grep -v '"wall_ms"' "$GOLDEN" >"$TMP/b"; cmp -s "$TMP/a" "$TMP/b"; }

case "$CASE" in
  programs_and_data_in_place)
    for f in bin/epd-drill bin/epd-drill-gui include/epd_drill.h share/epd-drill/scenarios/vendor-cloud-ransomware.json \
             share/epd-drill/scenarios/vendor-cloud-ransomware.plan.json share/epd-drill/scenarios/scenario.schema.json \
             share/epd-drill/saves/example-reference-plan.save.json share/doc/epd-drill/README.md \
             share/doc/epd-drill/c-api.md; do
      [ -f "$P/$f" ] || fail "$f not installed"
    done
    [ -f "$LIBDIR/libepd_drill.a" ] || fail "no static library"
    [ -f "$LIBDIR/pkgconfig/epd-drill.pc" ] || fail "no pkg-config file"
    [ -f "$LIBDIR/cmake/EpdDrill/EpdDrillConfig.cmake" ] || fail "no CMake package"
    ! find "$P" -path '*scenarios/tools*' | grep -q . || fail "the scenario generator is a tool of the repository, not the package"
    ;;
  installed_cli_reproduces_the_golden_summary)
    cd "$TMP" || fail "no temporary folder"
    "$P/bin/epd-drill" run "$SHARE/scenarios/vendor-cloud-ransomware.json" --plan "$SHARE/scenarios/vendor-cloud-ransomware.plan.json" \
      --summary "$TMP/s.json" --quiet || fail "epd-drill run failed"
    same_as_golden "$TMP/s.json" || { diff "$TMP/a" "$TMP/b" | head; fail "summary differs from the golden one"; }
    "$P/bin/epd-drill" validate "$SHARE/scenarios/national-vendor-outage.plan.json" >/dev/null || fail "validate of a shipped plan"
    ;;
  pkg_config_shared_library)
    PKG_CONFIG_PATH="$LIBDIR/pkgconfig" pkg-config --exists epd-drill || fail "pkg-config does not find epd-drill"
    CFLAGS=$(PKG_CONFIG_PATH="$LIBDIR/pkgconfig" pkg-config --cflags epd-drill)
    LIBS=$(PKG_CONFIG_PATH="$LIBDIR/pkgconfig" pkg-config --libs epd-drill)
    # shellcheck disable=SC2086
    "$CC" -std=c99 $CFLAGS -o "$TMP/capi" "$SRC/tests/capi/capi_test.c" $LIBS -lm -Wl,-rpath,"$LIBDIR" || fail "cannot build against the shared library"
    "$TMP/capi" "$SHARE/scenarios/vendor-cloud-ransomware.json" "$SHARE/scenarios/vendor-cloud-ransomware.plan.json" "$GOLDEN" \
      || fail "the C program on the installed shared library"
    ;;
  find_package_static_library)
    cmake -S "$SRC/tests/install/consumer" -B "$TMP/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$P" -DCMAKE_C_COMPILER="$CC" \
      -DCAPI_TEST_SOURCE="$SRC/tests/capi/capi_test.c" >"$TMP/cfg.log" 2>&1 || { cat "$TMP/cfg.log"; fail "find_package(EpdDrill) failed"; }
    cmake --build "$TMP/consumer" >"$TMP/build.log" 2>&1 || { cat "$TMP/build.log"; fail "cannot build against the static library"; }
    ! ldd "$TMP/consumer/capi_static" | grep -q libepd_drill || fail "linked the shared library, not the static one"
    "$TMP/consumer/capi_static" "$SHARE/scenarios/vendor-cloud-ransomware.json" "$SHARE/scenarios/vendor-cloud-ransomware.plan.json" \
      "$GOLDEN" || fail "the C program on the installed static library"
    ;;
  console_finds_installed_scenarios_and_example_saves)
    mkdir -p "$TMP/elsewhere" "$TMP/home"
    cd "$TMP/elsewhere" || fail "no temporary folder"
    HOME="$TMP/home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" SDL_VIDEODRIVER=offscreen \
      "$P/bin/epd-drill-gui" --lang en --frames 2 >"$TMP/gui.log" 2>&1 || { cat "$TMP/gui.log"; fail "the installed console did not start"; }
    SAVES="$TMP/home/.local/share/epd-drill/saves"
    [ -f "$SAVES/example-reference-plan.save.json" ] || fail "the example saves were not copied to $SAVES"
    [ ! -e "$TMP/elsewhere/saves" ] || fail "the installed console wrote saves/ into the working folder"
    # A saves folder the user has already is never touched.
    rm "$SAVES/example-no-response.save.json"
    HOME="$TMP/home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" SDL_VIDEODRIVER=offscreen \
      "$P/bin/epd-drill-gui" --lang en --frames 2 >"$TMP/gui.log" 2>&1 || fail "second start"
    [ ! -e "$SAVES/example-no-response.save.json" ] || fail "an example the user removed came back"
    ;;
  deb_package_extracts_and_runs)
    # The .deb as CPack builds it (docs/install.md), extracted into a clean
    # folder: installing it into a clean Debian 12 is .ci/deb-in-chroot's job
    # (root and the network are needed there).
    cpack -G DEB -B "$TMP/pkg" --config "$BUILD/CPackConfig.cmake" >"$TMP/cpack.log" 2>&1 || { cat "$TMP/cpack.log"; fail "cpack failed"; }
    DEB=$(find "$TMP/pkg" -maxdepth 1 -name 'epd-drill_*.deb' | head -n 1)
    [ -f "$DEB" ] || fail "no epd-drill_*.deb written"
    dpkg-deb -f "$DEB" Depends >"$TMP/depends"
    for dep in libsdl2-2.0-0 libstdc++6 fonts-dejavu-core; do grep -q "$dep" "$TMP/depends" || fail "Depends lacks $dep: $(cat "$TMP/depends")"; done
    dpkg-deb -x "$DEB" "$TMP/root" || fail "cannot extract the package"
    R="$TMP/root/usr"
    ! readelf -S "$R/bin/epd-drill" | grep -q debug_info || fail "the package's programs are not stripped"
    "$R/bin/epd-drill" run "$R/share/epd-drill/scenarios/vendor-cloud-ransomware.json" \
      --plan "$R/share/epd-drill/scenarios/vendor-cloud-ransomware.plan.json" --summary "$TMP/s.json" --quiet || fail "the packaged epd-drill run failed"
    same_as_golden "$TMP/s.json" || fail "the packaged program's summary differs from the golden one"
    ;;
  *) fail "unknown case $CASE" ;;
esac
echo "ok: $CASE"

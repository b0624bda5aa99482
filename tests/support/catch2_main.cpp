// Catch2's main, compiled for the target of a cross-build (tests/CMakeLists.txt):
// Debian's libCatch2WithMain.a is built for the host only.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

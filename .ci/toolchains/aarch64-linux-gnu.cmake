# Cross-build for 64-bit ARM (Raspberry Pi 3/4/5 with a 64-bit OS, arm64 kiosks)
# with Debian 12's cross compiler (crossbuild-essential-arm64, .ci/install-cross-deps).
# Used by the `arm64` preset; docs/small-machines.md.
set(EPD_CROSS_TRIPLET aarch64-linux-gnu)
set(EPD_CROSS_QEMU qemu-aarch64)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)

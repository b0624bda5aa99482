# Cross-build for 32-bit ARM with hardware floating point (Raspberry Pi OS 32-bit,
# Debian armhf: ARMv7, VFPv3-D16, Thumb-2) with Debian 12's cross compiler
# (crossbuild-essential-armhf, .ci/install-cross-deps). Used by the `armhf`
# preset; docs/small-machines.md.
set(EPD_CROSS_TRIPLET arm-linux-gnueabihf)
set(EPD_CROSS_QEMU qemu-arm)
set(CMAKE_SYSTEM_PROCESSOR arm)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)

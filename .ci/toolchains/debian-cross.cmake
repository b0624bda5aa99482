# What both ARM toolchain files share (they set EPD_CROSS_TRIPLET, EPD_CROSS_QEMU
# and CMAKE_SYSTEM_PROCESSOR, then include this).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_C_COMPILER ${EPD_CROSS_TRIPLET}-gcc-12)
set(CMAKE_CXX_COMPILER ${EPD_CROSS_TRIPLET}-g++-12)

# Libraries and the C/C++ runtime come from the target's root, Debian's
# cross packages (/usr/${EPD_CROSS_TRIPLET}). The header-only dependencies
# (cereal, CLI11, Catch2's header) and their CMake package files are the host's
# in /usr: they are the same for every architecture, so packages and headers
# are looked for in both places; libraries and programs never mix.
set(CMAKE_FIND_ROOT_PATH /usr/${EPD_CROSS_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
# cereal's package file needs help to be found for another architecture (find/Findcereal.cmake).
list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR}/find)

# ctest runs the test programs (and catch_discover_tests lists their cases)
# under qemu-user, with the target's dynamic loader and libraries.
find_program(EPD_CROSS_QEMU_PATH ${EPD_CROSS_QEMU})
if(NOT EPD_CROSS_QEMU_PATH)
  set(EPD_CROSS_QEMU_PATH ${EPD_CROSS_QEMU})  # builds without it; the tests then say what is missing
endif()
set(CMAKE_CROSSCOMPILING_EMULATOR ${EPD_CROSS_QEMU_PATH} -L /usr/${EPD_CROSS_TRIPLET})

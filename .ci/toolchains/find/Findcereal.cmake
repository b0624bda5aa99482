# cereal for a cross-build (on CMAKE_MODULE_PATH through debian-cross.cmake).
#
# Debian's libcereal-dev keeps its package file in the host's multiarch folder
# (/usr/lib/x86_64-linux-gnu/cmake/cereal), where a search for the target's
# architecture does not look, and its version file refuses a target whose
# pointers are not as wide as the host's (armhf: 32 bit). cereal is headers
# only, the same for every architecture: its own package file (cereal::cereal
# with /usr/include) is loaded as it is.
execute_process(COMMAND dpkg-architecture -qDEB_BUILD_MULTIARCH
                OUTPUT_VARIABLE _epd_build_multiarch OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
find_file(cereal_CONFIG cerealConfig.cmake
          PATHS /usr/lib/${_epd_build_multiarch}/cmake/cereal
          NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
unset(_epd_build_multiarch)
if(cereal_CONFIG AND NOT TARGET cereal::cereal)
  include(${cereal_CONFIG})
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(cereal REQUIRED_VARS cereal_CONFIG)

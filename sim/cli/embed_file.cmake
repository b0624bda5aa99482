# Writes OUTPUT, a C++ source defining std::string_view FUNCTION() in namespace
# NAMESPACE (default epd::cli) that returns INPUT's bytes exactly: as hex escapes, so no byte of
# the file can break the literal, and a NUL after them, so even an empty file
# compiles. Run at build time:
#   cmake -DINPUT=... -DOUTPUT=... -DFUNCTION=... [-DNAMESPACE=...] -P embed_file.cmake
if(NOT NAMESPACE)
  set(NAMESPACE epd::cli)
endif()
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Forty bytes a line keeps the generated file readable.
string(REGEX REPLACE "(('[^']*',){40})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by embed_file.cmake: do not edit.
#include <string_view>

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}() {
  static const char bytes[] = {
    ${bytes}'\\0'
  };
  return std::string_view(bytes, ${size});
}

}  // namespace ${NAMESPACE}
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")

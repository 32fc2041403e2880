# Writes OUT, a C++ file defining `extern const char kEmbedded_NAME[]` holding
# the bytes of IN (text), plus its length.
file(READ ${IN} content HEX)
string(LENGTH "${content}" hex_len)
math(EXPR len "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <cstddef>\nextern const char kEmbedded_${NAME}[] = {${bytes} '\\0'};\nextern const std::size_t kEmbedded_${NAME}_size = ${len};\n")

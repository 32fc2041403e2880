// The model file container: magic, format version, checksum and a
// zlib-compressed payload.
#ifndef DYAD_SYNTAX_MODEL_FILE_H_
#define DYAD_SYNTAX_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/table_array.h"

namespace dyad::syntax {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '\n'};
// 2: cheaper feature hashing (Mix, FeatureKey), the tagger's sure-tag table.
inline constexpr uint32_t kModelVersion = 4;
inline constexpr size_t kModelHeaderSize = 8 + 4 + 4 + 8 + 8;

// Header + compressed payload, as bytes.
std::string PackModel(std::string_view payload);
// Checks the header and checksum and inflates the payload; on failure sets
// *error to "bad magic", "version N unsupported", "truncated", "checksum
// mismatch" or "corrupt".
bool UnpackModel(std::string_view file, TableArray<char>* payload, std::string* error);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MODEL_FILE_H_

// The model file container: magic, format version, checksum and the payload
// as it is (format 5; up to 4 it was zlib-compressed). Uncompressed, the
// file is read in place from its mapping: no inflating (half the load time)
// and no second copy of the payload in memory.
#ifndef DYAD_SYNTAX_MODEL_FILE_H_
#define DYAD_SYNTAX_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>


namespace dyad::syntax {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '\n'};
// 2: cheaper feature hashing (Mix, FeatureKey), the tagger's sure-tag table.
// 4: tree relabeler. 5: payload stored uncompressed. 6: a byte for the
// parser's transition system (non-monotonic arc-eager). Arc-eager models are
// still written as version 5 (the same bytes as before version 6), so files
// need no conversion; both are read.
inline constexpr uint32_t kModelVersion = 6;
inline constexpr uint32_t kOldestModelVersion = 5;
inline constexpr size_t kModelHeaderSize = 8 + 4 + 4 + 8;

// Header + payload, as bytes.
std::string PackModel(std::string_view payload, uint32_t version = kModelVersion);
// Checks the header and checksum; *payload is then the part of `file` after
// the header. On failure sets *error to "bad magic", "version N unsupported",
// "truncated", "checksum mismatch" or "corrupt". *version (may be null): the
// file's format version.
bool UnpackModel(std::string_view file, std::string_view* payload, std::string* error, uint32_t* version = nullptr);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MODEL_FILE_H_

// UTF-8 decoding and encoding used by the cleaner.
#ifndef DYAD_CLEAN_UTF8_H_
#define DYAD_CLEAN_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::utf8 {

constexpr uint32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i]. On a valid sequence sets *len to its length
// and returns the code point; on an invalid one sets *len to the length of the
// maximal ill-formed subpart (Unicode's "substitution of maximal subparts",
// at least 1) and returns kInvalid.
constexpr uint32_t kInvalid = 0xFFFFFFFF;
uint32_t Decode(std::string_view s, size_t i, size_t* len);

void Append(uint32_t cp, std::string* out);

// Returns `s` with every ill-formed subpart replaced by U+FFFD; `replaced`
// counts them. Returns a view of `s` itself (through `storage` untouched) when
// `s` is valid, so that valid text is not copied.
std::string_view Repair(std::string_view s, std::string* storage, size_t* replaced);

}  // namespace dyad::utf8

#endif  // DYAD_CLEAN_UTF8_H_

// Byte-level UTF-8 decoding and the character classes the segmenter needs.
// Every function is total: any byte string is accepted, an invalid sequence
// decodes as U+FFFD of length 1, and nothing reads past the end.
#ifndef DYAD_SEGMENT_CHARS_H_
#define DYAD_SEGMENT_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::segment_internal {

struct CodePoint {
  uint32_t cp = 0;
  uint32_t len = 0;  // bytes; 0 only at the end of the text
};

// Decodes the code point starting at byte `i` (i < s.size()).
inline CodePoint DecodeAt(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  uint32_t need = 0, cp = 0, min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (need >= s.size() - i) return {0xFFFD, 1};  // truncated at the end
  for (uint32_t k = 1; k <= need; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, need + 1};
}

// The code point that ends just before byte `i` (0 < i <= s.size()).
inline CodePoint DecodeBefore(std::string_view s, size_t i) {
  size_t start = i - 1;
  const size_t floor = i >= 4 ? i - 4 : 0;
  while (start > floor && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  CodePoint c = DecodeAt(s, start);
  if (start + c.len == i) return c;
  return {0xFFFD, 1};  // a stray continuation byte stands for itself
}

inline bool IsSpaceCp(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

inline bool IsAsciiDigit(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiUpper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(uint32_t c) { return c >= 'a' && c <= 'z'; }

// Punctuation and symbols: each is a token of its own (or of a run).
inline bool IsPunctCp(uint32_t c) {
  if (c < 0x80) return c > ' ' && c < 0x7F && !IsAsciiDigit(c) && !IsAsciiLetter(c);
  if (c < 0xA0) return true;  // C1 controls
  if (c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA && c != 0xB2 && c != 0xB3 && c != 0xB9;
  if (c == 0xD7 || c == 0xF7) return true;
  if (c >= 0x2010 && c <= 0x2027) return true;  // dashes, quotes, bullets, ellipsis
  if (c >= 0x2030 && c <= 0x205E) return true;
  if (c >= 0x20A0 && c <= 0x20CF) return true;  // currency
  if (c >= 0x2190 && c <= 0x23FF) return true;  // arrows, math, technical
  if (c >= 0x2500 && c <= 0x27BF) return true;  // box drawing, shapes, dingbats
  if (c >= 0x2E00 && c <= 0x2E7F) return true;
  if (c >= 0x3001 && c <= 0x3003) return true;
  if (c >= 0x3008 && c <= 0x3011) return true;
  if (c >= 0xFF01 && c <= 0xFF0F) return true;  // fullwidth punctuation
  if (c == 0xFFFD) return true;
  if (c >= 0x1F000 && c <= 0x1FAFF) return true;  // emoji
  return false;
}

// Letters and digits: everything that is neither space nor punctuation.
inline bool IsWordCp(uint32_t c) { return !IsSpaceCp(c) && !IsPunctCp(c); }

inline bool IsUpperCp(uint32_t c) {
  if (c < 0x80) return IsAsciiUpper(c);
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;  // Latin Extended-A, roughly
  if (c >= 0x391 && c <= 0x3A9) return true;          // Greek
  if (c >= 0x400 && c <= 0x42F) return true;          // Cyrillic
  return false;
}

inline bool IsLowerCp(uint32_t c) {
  if (c < 0x80) return IsAsciiLower(c);
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 1;
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

// Apostrophes that can start a clitic: ' and U+2019 (and ` as typed on the web).
inline bool IsApostropheCp(uint32_t c) { return c == '\'' || c == 0x2019 || c == '`'; }

// Any quotation mark (straight, curly, angle, low-9).
inline bool IsQuoteCp(uint32_t c) {
  return c == '"' || c == '\'' || c == '`' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A;
}

// Closing quotes and brackets that stay with the sentence before them.
inline bool IsCloserCp(uint32_t c) {
  return c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x203A || c == '"' || c == '\'';
}

// Opening quotes and brackets that may begin a sentence.
inline bool IsOpenerCp(uint32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0x2039 || c == '"' || c == '\'' || c == 0x201E;
}

}  // namespace dyad::segment_internal

#endif  // DYAD_SEGMENT_CHARS_H_

#include "clean/utf8.h"

namespace dyad::utf8 {

uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *len = 1;
    return kInvalid;
  }
  size_t k = 1;
  for (; k < need; ++k) {
    if (i + k >= n) break;
    unsigned char b = p[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = k;
  return k == need ? cp : kInvalid;
}

void Append(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string_view Repair(std::string_view s, std::string* storage, size_t* replaced) {
  size_t i = 0, len;
  // Fast scan: stop at the first invalid sequence.
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (Decode(s, i, &len) == kInvalid) break;
    i += len;
  }
  if (i == s.size()) return s;
  storage->clear();
  storage->reserve(s.size() + 16);
  storage->append(s.data(), i);
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      storage->push_back(s[i++]);
      continue;
    }
    uint32_t cp = Decode(s, i, &len);
    if (cp == kInvalid) {
      Append(kReplacement, storage);
      ++*replaced;
    } else {
      storage->append(s.data() + i, len);
    }
    i += len;
  }
  return *storage;
}

}  // namespace dyad::utf8

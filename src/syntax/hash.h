// Feature hashing: strings and small integers combined into 32-bit feature
// keys. Key 0 is reserved for "empty slot" in the weight tables.
#ifndef DYAD_SYNTAX_HASH_H_
#define DYAD_SYNTAX_HASH_H_

#include <cstdint>
#include <string_view>

namespace dyad::syntax {

inline uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// 64-bit hash of bytes (FNV-1a, then a final avalanche).
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 31;
  h *= 0x9e3779b97f4a7c15ULL;
  return h ^ (h >> 29);
}

// Combines a running hash with one more value (order matters).
inline uint64_t Mix(uint64_t h, uint64_t v) {
  v *= 0x87c37b91114253d5ULL;
  v = Rotl(v, 31);
  v *= 0x4cf5ad432745937fULL;
  h ^= v;
  h = Rotl(h, 27);
  return h * 5 + 0x52dce729;
}

// Final 32-bit feature key, never 0.
inline uint32_t FeatureKey(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  uint32_t k = static_cast<uint32_t>(h);
  return k ? k : 1u;
}

inline uint32_t Feat(uint64_t templ, uint64_t a) { return FeatureKey(Mix(templ * 0x9e3779b97f4a7c15ULL + 1, a)); }
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b) {
  return FeatureKey(Mix(Mix(templ * 0x9e3779b97f4a7c15ULL + 1, a), b));
}
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return FeatureKey(Mix(Mix(Mix(templ * 0x9e3779b97f4a7c15ULL + 1, a), b), c));
}
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return FeatureKey(Mix(Mix(Mix(Mix(templ * 0x9e3779b97f4a7c15ULL + 1, a), b), c), d));
}

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_HASH_H_

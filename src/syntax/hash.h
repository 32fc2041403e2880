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

// Combines a running hash with one more value (order matters). Cheap on
// purpose: the parser computes about 150 feature keys per word. Multiplying
// by an odd constant is a bijection that carries every bit upwards; the
// rotation first brings the well-mixed high bits of the running hash down so
// the next product spreads them again.
inline uint64_t Mix(uint64_t h, uint64_t v) { return (Rotl(h, 26) ^ v) * 0x9e3779b97f4a7c15ULL; }

// Final 32-bit feature key, never 0: the high half of the last product,
// where multiplicative hashing mixes best (the tables index by the key's
// high bits).
inline uint32_t FeatureKey(uint64_t h) {
  const uint32_t k = static_cast<uint32_t>(h >> 32);
  return k ? k : 1u;
}

constexpr uint64_t Seed(uint64_t templ) { return (templ + 1) * 0xd6e8feb86659fd93ULL; }

inline uint32_t Feat(uint64_t templ, uint64_t a) { return FeatureKey(Mix(Seed(templ), a)); }
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b) {
  return FeatureKey(Mix(Mix(Seed(templ), a), b));
}
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return FeatureKey(Mix(Mix(Mix(Seed(templ), a), b), c));
}
inline uint32_t Feat(uint64_t templ, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return FeatureKey(Mix(Mix(Mix(Mix(Seed(templ), a), b), c), d));
}

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_HASH_H_

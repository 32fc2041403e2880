// Open-addressing hash table from 32-bit keys (never 0) to small values,
// laid out in 64-byte buckets of N slots: a lookup touches one cache line
// (two in the rare case of an overflowing bucket) and compares all keys of
// the bucket at once. Insert-only, built once at model load.
#ifndef DYAD_SYNTAX_BUCKET_TABLE_H_
#define DYAD_SYNTAX_BUCKET_TABLE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "syntax/table_array.h"

namespace dyad::syntax {

template <typename V, int N>
class BucketTable {
  static_assert(N >= 4 && N <= 8);

 public:
  struct alignas(64) Bucket {
    uint32_t keys[N];
    V values[N];
    // Slots used, and kOverflow once a key whose search passed through this
    // bucket (full) went on to a later one: a search for a key not present
    // stops at its home bucket unless keys overflowed from there.
    uint32_t count;
  };
  static constexpr uint32_t kOverflow = 0x80000000u;
  static_assert(sizeof(Bucket) == 64);

  // Empties the table and sizes it for `items` keys, `load_percent` of the
  // slots used. Fuller tables take less memory but more lookups reach a
  // second bucket: on the EWT greedy model, tag+parse at 75% is about 20%
  // slower than at 60%, 50% about 4% faster. Any bucket count works (no
  // power of two), so memory grows smoothly with the model.
  void Init(size_t items, int load_percent) {
    const size_t buckets =
        std::max<size_t>(16, (items * 100 + size_t{static_cast<size_t>(load_percent)} * N - 1) / (load_percent * N));
    buckets_.Assign(buckets);
    num_buckets_ = static_cast<uint32_t>(buckets);
    size_ = 0;
  }
  void clear() {
    buckets_.clear();
    num_buckets_ = 0;
    size_ = 0;
  }
  bool empty() const { return buckets_.empty(); }
  size_t size() const { return size_; }
  size_t MemoryBytes() const { return buckets_.size() * sizeof(Bucket); }

  // Adds a key not yet present; returns its (zeroed) value.
  V* Insert(uint32_t key) {
    for (uint32_t b = Home(key);; b = Next(b)) {
      Bucket& bucket = buckets_[b];
      const uint32_t used = bucket.count & ~kOverflow;
      if (used < N) {
        ++bucket.count;
        bucket.keys[used] = key;
        ++size_;
        return &bucket.values[used];
      }
      bucket.count |= kOverflow;
    }
  }

  void Prefetch(uint32_t key) const { __builtin_prefetch(&buckets_[Home(key)]); }

  const V* Find(uint32_t key) const {
    for (uint32_t b = Home(key);; b = Next(b)) {
      const Bucket& bucket = buckets_[b];
      const int i = Match(bucket, key);
      if (i >= 0) return &bucket.values[i];
      if (!(bucket.count & kOverflow)) return nullptr;  // no key went past this bucket
    }
  }

  // f(key, value) for every key, in table order.
  template <typename F>
  void ForEach(F f) const {
    for (size_t b = 0; b < buckets_.size(); ++b)
      for (uint32_t i = 0; i < (buckets_[b].count & ~kOverflow); ++i) f(buckets_[b].keys[i], buckets_[b].values[i]);
  }

 private:
  // A key's bucket: its position scaled to the bucket count (Lemire's
  // multiply-shift range reduction). Monotonic in the key, so inserting keys
  // in sorted order (as model loading does) fills the table front to back.
  uint32_t Home(uint32_t key) const { return static_cast<uint32_t>((uint64_t{key} * num_buckets_) >> 32); }
  uint32_t Next(uint32_t b) const { return b + 1 == num_buckets_ ? 0 : b + 1; }

  // Slot of `key` in the bucket, or -1. Unused slots hold key 0, which is
  // never looked up.
  static int Match(const Bucket& bucket, uint32_t key) {
#if defined(__SSE2__)
    const __m128i k = _mm_set1_epi32(static_cast<int>(key));
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bucket.keys));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bucket.keys + N - 4));
    const int mask = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, k))) |
                     (_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, k))) << (N - 4));
    return mask ? __builtin_ctz(mask) : -1;
#else
    for (int i = 0; i < N; ++i)
      if (bucket.keys[i] == key) return i;
    return -1;
#endif
  }

  TableArray<Bucket> buckets_;
  uint32_t num_buckets_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_BUCKET_TABLE_H_

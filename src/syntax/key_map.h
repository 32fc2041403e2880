// A read-mostly open-addressing map from 32-bit hashed keys (never 0) to
// 32-bit values, for the model's dictionaries.
#ifndef DYAD_SYNTAX_KEY_MAP_H_
#define DYAD_SYNTAX_KEY_MAP_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "syntax/byte_io.h"

namespace dyad::syntax {

class KeyMap {
 public:
  // Inserts or overwrites.
  void Set(uint32_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    uint32_t s = key & mask_;
    while (slots_[s].first != 0 && slots_[s].first != key) s = (s + 1) & mask_;
    if (slots_[s].first == 0) ++size_;
    slots_[s] = {key, value};
  }
  // Value for key, or `missing`.
  uint32_t Get(uint32_t key, uint32_t missing) const {
    if (slots_.empty()) return missing;
    for (uint32_t s = key & mask_;; s = (s + 1) & mask_) {
      if (slots_[s].first == key) return slots_[s].second;
      if (slots_[s].first == 0) return missing;
    }
  }
  size_t size() const { return size_; }
  // f(key, value) for every entry, in table order.
  template <typename F>
  void ForEach(F f) const {
    for (const auto& s : slots_)
      if (s.first) f(s.first, s.second);
  }

  void Save(ByteWriter* out) const {
    std::vector<std::pair<uint32_t, uint32_t>> items;
    for (const auto& s : slots_)
      if (s.first) items.push_back(s);
    std::sort(items.begin(), items.end());
    out->Varint(items.size());
    uint32_t prev = 0;
    for (const auto& [k, v] : items) {
      out->Varint(k - prev);
      out->Varint(v);
      prev = k;
    }
  }
  bool Load(ByteReader* in) {
    *this = KeyMap();
    uint64_t n;
    if (!in->Varint(&n) || n > in->remaining()) return false;
    size_t size = 16;
    while (size < n * 2) size *= 2;
    slots_.assign(size, {0, 0});
    mask_ = static_cast<uint32_t>(size - 1);
    uint32_t key = 0;
    for (uint64_t i = 0; i < n; ++i) {
      uint64_t d, v;
      if (!in->Varint(&d) || !in->Varint(&v) || d == 0 || d > 0xffffffffULL - key || v > 0xffffffffULL) return false;
      key += static_cast<uint32_t>(d);
      Set(key, static_cast<uint32_t>(v));
    }
    return true;
  }

 private:
  void Grow() {
    std::vector<std::pair<uint32_t, uint32_t>> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, {0, 0});
    mask_ = static_cast<uint32_t>(slots_.size() - 1);
    size_ = 0;
    for (const auto& s : old)
      if (s.first) Set(s.first, s.second);
  }
  std::vector<std::pair<uint32_t, uint32_t>> slots_;
  uint32_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_KEY_MAP_H_

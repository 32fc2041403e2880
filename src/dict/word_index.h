// One lookup of a folded word for all three name tries of the dictionaries
// (actors, agents, discard phrases): the coder looks up every word of every
// sentence in each, and one probe here answers for the three.
#ifndef DYAD_DICT_WORD_INDEX_H_
#define DYAD_DICT_WORD_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dict/name_trie.h"

namespace dyad {

class WordIndex {
 public:
  // The word's id in each trie (NameTrie::WordId), -1 where it is none's.
  struct Ids {
    int32_t actor = -1, agent = -1, discard = -1;
  };

  WordIndex() = default;
  // Every word of the three tries; they may change afterwards only by being
  // rebuilt, with this index.
  WordIndex(const NameTrie& actors, const NameTrie& agents, const NameTrie& discards);

  // The ids of a folded word.
  Ids Find(std::string_view folded) const;

  // The same for the `size` (> 0) bytes at `word`, followed by zero bytes
  // to the next multiple of 8: the hot path folds each token into such a
  // buffer, and a word is hashed and compared 8 bytes at a time, with no
  // call. The ids stay valid as long as the index.
  [[gnu::always_inline]] const Ids& FindPadded(const char* word, uint32_t size) const {
    const uint64_t head = Load8(word), hash = Hash(word, size);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return kNone;
      if (s.size == size && s.head == head && (size <= 8 || TailEquals(s, word))) return s.ids;
    }
  }

 private:
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  struct Slot {
    uint64_t head = 0;                  // the word's first 8 bytes, zero-padded
    uint32_t begin = 0, size = kEmpty;  // the word in chars_; kEmpty: an empty slot
    Ids ids;
  };

  static constexpr Ids kNone{-1, -1, -1};

  static uint64_t Load8(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  }
  static uint64_t Mix(uint64_t h) {
    h *= 0x9e3779b97f4a7c15ULL;
    return h ^ (h >> 32);
  }
  // A zero-padded word's hash, from its 8-byte chunks.
  static uint64_t Hash(const char* word, uint32_t size) {
    uint64_t h = Mix(size ^ Load8(word));
    for (uint32_t i = 8; i < size; i += 8) h = Mix(h ^ Load8(word + i));
    return h;
  }
  // Bytes 8 .. size of a word longer than 8 bytes equal s's (both zero-padded).
  bool TailEquals(const Slot& s, const char* word) const {
    for (uint32_t i = 8; i < s.size; i += 8)
      if (Load8(chars_.data() + s.begin + i) != Load8(word + i)) return false;
    return true;
  }

  std::string chars_;        // the words, each zero-padded to a multiple of 8 bytes
  // Open addressing, a power of 2, at most half full (never empty: an index
  // of no words has 64 empty slots).
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  size_t mask_ = 63;  // slots_.size() - 1
};

}  // namespace dyad

#endif  // DYAD_DICT_WORD_INDEX_H_

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

  // The same for the `size` bytes at `word`, which may be read on to the
  // next multiple of 8 bytes (what lies there does not matter): the hot
  // path folds each token into such a buffer, and a word is hashed and
  // compared 8 bytes at a time, with no call.
  Ids FindPadded(const char* word, uint32_t size) const {
    if (slots_.empty() || size == 0) return {};
    uint64_t head;
    const uint64_t hash = Hash(word, size, &head);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return {};
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

  static uint64_t Load8(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  }
  // The first n (1..8) bytes of x, the rest zero.
  static uint64_t Keep(uint64_t x, uint32_t n) { return x & (~uint64_t{0} >> (64 - 8 * n)); }
  static uint64_t Mix(uint64_t h) {
    h *= 0x9e3779b97f4a7c15ULL;
    return h ^ (h >> 32);
  }
  // The word's hash, from its 8-byte chunks; *head is the first, zero-padded.
  static uint64_t Hash(const char* word, uint32_t size, uint64_t* head) {
    *head = Keep(Load8(word), size < 8 ? size : 8);
    uint64_t h = Mix(size ^ *head);
    for (uint32_t i = 8; i < size; i += 8) h = Mix(h ^ Keep(Load8(word + i), size - i < 8 ? size - i : 8));
    return h;
  }
  // Bytes 8 .. size of a word longer than 8 bytes equal s's (stored zero-padded in chars_).
  bool TailEquals(const Slot& s, const char* word) const {
    for (uint32_t i = 8; i < s.size; i += 8)
      if (Load8(chars_.data() + s.begin + i) != Keep(Load8(word + i), s.size - i < 8 ? s.size - i : 8)) return false;
    return true;
  }

  std::string chars_;        // the words, each zero-padded to a multiple of 8 bytes
  std::vector<Slot> slots_;  // open addressing, a power of 2, at most half full
};

}  // namespace dyad

#endif  // DYAD_DICT_WORD_INDEX_H_

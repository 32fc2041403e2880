// One lookup of a folded word for all three name tries of the dictionaries
// (actors, agents, discard phrases): the coder looks up every word of every
// sentence in each, and one probe here answers for the three.
#ifndef DYAD_DICT_WORD_INDEX_H_
#define DYAD_DICT_WORD_INDEX_H_

#include <cstdint>
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

  // `hash` is NameTrie::Hash(folded).
  Ids Find(std::string_view folded, uint64_t hash) const {
    if (slots_.empty()) return {};
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return {};
      if (s.hash == hash && std::string_view(chars_.data() + s.begin, s.size) == folded) return s.ids;
    }
  }

 private:
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  struct Slot {
    uint64_t hash = 0;
    uint32_t begin = 0, size = kEmpty;  // the word in chars_; kEmpty: an empty slot
    Ids ids;
  };
  std::string chars_;
  std::vector<Slot> slots_;  // open addressing, a power of 2, at most half full
};

}  // namespace dyad

#endif  // DYAD_DICT_WORD_INDEX_H_

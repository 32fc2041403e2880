#include "dict/word_index.h"

namespace dyad {

WordIndex::WordIndex(const NameTrie& actors, const NameTrie& agents, const NameTrie& discards) {
  const size_t words = actors.word_count() + agents.word_count() + discards.word_count();
  size_t size = 64;
  while (size < 2 * words) size *= 2;
  slots_.assign(size, Slot());
  const size_t mask = size - 1;
  auto add = [&](const NameTrie& trie, int32_t Ids::*field) {
    for (int id = 0; id < static_cast<int>(trie.word_count()); ++id) {
      const std::string_view word = trie.word(id);
      const uint64_t hash = NameTrie::Hash(word);
      size_t i = hash & mask;
      while (slots_[i].size != kEmpty &&
             !(slots_[i].hash == hash && std::string_view(chars_.data() + slots_[i].begin, slots_[i].size) == word))
        i = (i + 1) & mask;
      Slot& s = slots_[i];
      if (s.size == kEmpty) {
        s.hash = hash;
        s.begin = static_cast<uint32_t>(chars_.size());
        s.size = static_cast<uint32_t>(word.size());
        chars_.append(word);
      }
      s.ids.*field = id;
    }
  };
  add(actors, &Ids::actor);
  add(agents, &Ids::agent);
  add(discards, &Ids::discard);
}

}  // namespace dyad

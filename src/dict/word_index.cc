#include "dict/word_index.h"

namespace dyad {
namespace {

// The word in a buffer padded with zeros to a multiple of 8 bytes (at least 8).
std::string Padded(std::string_view word) {
  std::string out(word);
  out.resize((word.size() + 7) / 8 * 8 + (word.empty() ? 8 : 0), '\0');
  return out;
}

}  // namespace

WordIndex::WordIndex(const NameTrie& actors, const NameTrie& agents, const NameTrie& discards) {
  const size_t words = actors.word_count() + agents.word_count() + discards.word_count();
  size_t size = 64;
  while (size < 2 * words) size *= 2;
  slots_.assign(size, Slot());
  mask_ = size - 1;
  const size_t mask = mask_;
  auto add = [&](const NameTrie& trie, int32_t Ids::*field) {
    for (int id = 0; id < static_cast<int>(trie.word_count()); ++id) {
      const std::string padded = Padded(trie.word(id));
      const uint32_t n = static_cast<uint32_t>(trie.word(id).size());
      if (n == 0) continue;  // (a trie holds no empty word; FindPadded finds none)
      const uint64_t head = Load8(padded.data());
      size_t i = Hash(padded.data(), n) & mask;
      while (slots_[i].size != kEmpty && !(slots_[i].size == n && slots_[i].head == head &&
                                           chars_.compare(slots_[i].begin, padded.size(), padded) == 0))
        i = (i + 1) & mask;
      Slot& s = slots_[i];
      if (s.size == kEmpty) {
        s.head = head;
        s.begin = static_cast<uint32_t>(chars_.size());
        s.size = n;
        chars_.append(padded);
      }
      s.ids.*field = id;
    }
  };
  add(actors, &Ids::actor);
  add(agents, &Ids::agent);
  add(discards, &Ids::discard);
}

WordIndex::Ids WordIndex::Find(std::string_view folded) const {
  if (folded.empty()) return {};
  char buf[72] = {};
  if (folded.size() <= 64) {
    std::memcpy(buf, folded.data(), folded.size());
    return FindPadded(buf, static_cast<uint32_t>(folded.size()));
  }
  const std::string padded = Padded(folded);
  return FindPadded(padded.data(), static_cast<uint32_t>(folded.size()));
}

}  // namespace dyad

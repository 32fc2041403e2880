#include "dict/name_trie.h"

#include <algorithm>

#include "dict/fold.h"

namespace dyad {

NameTrie::NameTrie() : word_begin_{0}, word_slots_(64, -1), edge_keys_(64, kNoEdge), edge_child_(64, -1) {
  values_.emplace_back();
}

// FNV-1a, 64-bit: words are short (a few bytes), so a byte loop is as fast
// as anything wider and needs no alignment care.
uint64_t NameTrie::Hash(std::string_view folded) {
  uint64_t h = kHashSeed;
  for (unsigned char c : folded) h = HashStep(h, c);
  return h;
}

int NameTrie::InternWord(std::string_view word) {
  uint64_t hash = Hash(word);
  int id = WordId(word, hash);
  if (id >= 0) return id;
  id = static_cast<int>(word_hash_.size());
  word_chars_.append(word);
  word_begin_.push_back(static_cast<uint32_t>(word_chars_.size()));
  word_hash_.push_back(static_cast<uint32_t>(hash >> 32));
  // Keep the table at most half full; rebuild it from the stored words when it grows.
  if (2 * (word_hash_.size()) > word_slots_.size()) {
    std::vector<int32_t> slots(2 * word_slots_.size(), -1);
    const size_t mask = slots.size() - 1;
    for (int w = 0; w < static_cast<int>(word_hash_.size()); ++w) {
      size_t i = Hash(WordAt(w)) & mask;
      while (slots[i] >= 0) i = (i + 1) & mask;
      slots[i] = w;
    }
    word_slots_.swap(slots);
  } else {
    const size_t mask = word_slots_.size() - 1;
    size_t i = hash & mask;
    while (word_slots_[i] >= 0) i = (i + 1) & mask;
    word_slots_[i] = id;
  }
  return id;
}

int NameTrie::AddChild(int node, int word) {
  int child = Child(node, word);
  if (child >= 0) return child;
  child = static_cast<int>(values_.size());
  values_.emplace_back();
  if (2 * (edges_ + 1) > edge_keys_.size()) {
    std::vector<uint64_t> keys(2 * edge_keys_.size(), kNoEdge);
    std::vector<int32_t> children(keys.size(), -1);
    const size_t mask = keys.size() - 1;
    for (size_t j = 0; j < edge_keys_.size(); ++j) {
      if (edge_keys_[j] == kNoEdge) continue;
      size_t i = MixKey(edge_keys_[j]) & mask;
      while (keys[i] != kNoEdge) i = (i + 1) & mask;
      keys[i] = edge_keys_[j];
      children[i] = edge_child_[j];
    }
    edge_keys_.swap(keys);
    edge_mask_ = edge_keys_.size() - 1;
    edge_child_.swap(children);
  }
  const uint64_t key = EdgeKey(node, word);
  const size_t mask = edge_keys_.size() - 1;
  size_t i = MixKey(key) & mask;
  while (edge_keys_[i] != kNoEdge) i = (i + 1) & mask;
  edge_keys_[i] = key;
  edge_child_[i] = child;
  ++edges_;
  if (node == 0) {
    if (root_child_.size() <= static_cast<size_t>(word)) root_child_.resize(word + 1, -1);
    root_child_[word] = child;
  }
  return child;
}

void NameTrie::Add(const std::vector<std::string>& words, int value) {
  // A name written with a comma matches with or without one in the text.
  if (std::find(words.begin(), words.end(), kNameComma) != words.end()) {
    std::vector<std::string> bare;
    for (const auto& w : words)
      if (w != kNameComma) bare.push_back(w);
    AddPath(bare, value, /*count=*/false);
  }
  AddPath(words, value, /*count=*/true);
}

void NameTrie::AddPath(const std::vector<std::string>& words, int value, bool count) {
  if (words.empty()) return;
  int node = 0;
  for (const auto& w : words) node = AddChild(node, InternWord(w));
  auto& v = values_[node];
  for (int x : v)
    if (x == value) return;
  if (v.empty() && count) ++names_;
  v.push_back(value);
}

}  // namespace dyad

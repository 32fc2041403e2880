#include "dict/name_trie.h"

#include "dict/fold.h"

namespace dyad {

NameTrie::NameTrie() { values_.emplace_back(); }

void NameTrie::Add(const std::vector<std::string>& words, int value) {
  // A name written with a comma matches with or without one in the text.
  std::vector<std::string> bare;
  for (const auto& w : words)
    if (w != kNameComma) bare.push_back(w);
  if (bare.size() != words.size()) AddPath(bare, value, /*count=*/false);
  AddPath(words, value, /*count=*/true);
}

void NameTrie::AddPath(const std::vector<std::string>& words, int value, bool count) {
  if (words.empty()) return;
  int node = 0;
  for (const auto& w : words) {
    auto [it, inserted] = words_.emplace(w, static_cast<int>(words_.size()));
    uint64_t key = (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(it->second);
    auto e = edges_.find(key);
    if (e == edges_.end()) {
      int child = static_cast<int>(values_.size());
      values_.emplace_back();
      edges_.emplace(key, child);
      node = child;
    } else {
      node = e->second;
    }
  }
  auto& v = values_[node];
  for (int x : v)
    if (x == value) return;
  if (v.empty() && count) ++names_;
  v.push_back(value);
}

int NameTrie::WordId(std::string_view folded) const {
  auto it = words_.find(std::string(folded));
  return it == words_.end() ? -1 : it->second;
}

size_t NameTrie::LongestMatch(const std::vector<int>& ids, size_t start, const std::vector<int>** values) const {
  int node = 0;
  size_t best = 0;
  *values = nullptr;
  for (size_t i = start; i < ids.size(); ++i) {
    if (ids[i] < 0) break;
    auto e = edges_.find((static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(ids[i]));
    if (e == edges_.end()) break;
    node = e->second;
    if (!values_[node].empty()) {
      best = i - start + 1;
      *values = &values_[node];
    }
  }
  return best;
}

}  // namespace dyad

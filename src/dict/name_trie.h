// A trie over folded words: every dictionary name is a path; matching walks
// the words of a sentence and reports the longest name that starts there.
#ifndef DYAD_DICT_NAME_TRIE_H_
#define DYAD_DICT_NAME_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

class NameTrie {
 public:
  NameTrie();
  // Adds a folded word sequence with a value; a name may carry several values.
  // A name with comma words (kNameComma) is also added without them.
  void Add(const std::vector<std::string>& words, int value);
  // The id of a folded word, or -1 when no name contains it.
  int WordId(std::string_view folded) const;
  // Longest match of word ids starting at `start`; returns its length (0 when
  // none) and the values stored at its end.
  size_t LongestMatch(const std::vector<int>& word_ids, size_t start, const std::vector<int>** values) const;
  size_t size() const { return names_; }

 private:
  void AddPath(const std::vector<std::string>& words, int value, bool count);

  std::unordered_map<std::string, int> words_;
  std::unordered_map<uint64_t, int> edges_;   // (node << 32 | word) -> child node
  std::vector<std::vector<int>> values_;      // per node
  size_t names_ = 0;
};

}  // namespace dyad

#endif  // DYAD_DICT_NAME_TRIE_H_

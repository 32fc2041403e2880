// A trie over folded words: every dictionary name is a path; matching walks
// the words of a sentence and reports the longest name that starts there.
//
// Lookups are on the coder's hot path (every token of every sentence, for
// actors, agents and discards), so both tables are flat open-addressing hash
// tables: a word is looked up by string_view without building a string, and
// a step down the trie is one probe into an array of (node, word) keys.
#ifndef DYAD_DICT_NAME_TRIE_H_
#define DYAD_DICT_NAME_TRIE_H_

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class NameTrie {
 public:
  NameTrie();
  // Adds a folded word sequence with a value; a name may carry several values.
  // A name with comma words (kNameComma) is also added without them.
  void Add(const std::vector<std::string>& words, int value);

  // The hash WordId uses; a caller looking a word up in several tries
  // computes it once.
  static uint64_t Hash(std::string_view folded);
  // Hash, a byte at a time: Hash(w) is HashStep over w's bytes from kHashSeed.
  static constexpr uint64_t kHashSeed = 0xcbf29ce484222325ULL;
  static uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }
  // The id of a folded word, or -1 when no name contains it.
  int WordId(std::string_view folded) const { return WordId(folded, Hash(folded)); }
  // (Inline: called for every word of every sentence, in two or three tries.)
  int WordId(std::string_view folded, uint64_t hash) const {
    const size_t mask = word_slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const int id = word_slots_[i];
      if (id < 0) return -1;
      if (word_hash_[id] == tag && WordAt(id) == folded) return id;
    }
  }

  // Longest match of word ids starting at `start`; returns its length (0 when
  // none) and the values stored at its end. A negative id ends every match.
  // `word_id(i)` is the id of word i < n: the words may be fields of records.
  template <typename WordIdAt>
    requires std::invocable<const WordIdAt&, size_t>
  size_t LongestMatch(const WordIdAt& word_id, size_t n, size_t start, const std::vector<int>** values) const {
    // (Inline: most words start no name, answered by one array look.)
    *values = nullptr;
    if (start >= n) return 0;
    const int first = word_id(start);
    if (first < 0 || static_cast<size_t>(first) >= root_child_.size() || root_child_[first] < 0) return 0;
    int node = root_child_[first];
    size_t best = 0;
    for (size_t i = start;;) {
      if (!values_[node].empty()) {
        best = i - start + 1;
        *values = &values_[node];
      }
      if (++i == n) break;
      const int id = word_id(i);
      if (id < 0) break;
      node = Child(node, id);
      if (node < 0) break;
    }
    return best;
  }
  size_t LongestMatch(const int* word_ids, size_t n, size_t start, const std::vector<int>** values) const {
    return LongestMatch([word_ids](size_t i) { return word_ids[i]; }, n, start, values);
  }
  size_t LongestMatch(const std::vector<int>& word_ids, size_t start, const std::vector<int>** values) const {
    return LongestMatch(word_ids.data(), word_ids.size(), start, values);
  }
  size_t size() const { return names_; }
  // The distinct words of the names: ids 0 .. word_count() - 1.
  size_t word_count() const { return word_hash_.size(); }
  std::string_view word(int id) const { return WordAt(id); }

 private:
  void AddPath(const std::vector<std::string>& words, int value, bool count);
  int InternWord(std::string_view word);
  static constexpr uint64_t kNoEdge = ~uint64_t{0};
  static uint64_t EdgeKey(int node, int word) {
    return (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(word);
  }
  // Mixes an edge key into a slot index (the keys themselves are small, dense integers).
  static uint64_t MixKey(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
  }
  // The child of `node` by `word`, or -1.
  int Child(int node, int word) const {
    const uint64_t key = EdgeKey(node, word);
    for (size_t i = MixKey(key) & edge_mask_;; i = (i + 1) & edge_mask_) {
      if (edge_keys_[i] == key) return edge_child_[i];
      if (edge_keys_[i] == kNoEdge) return -1;
    }
  }
  int AddChild(int node, int word);  // the child, created when missing
  std::string_view WordAt(int id) const {
    return std::string_view(word_chars_).substr(word_begin_[id], word_begin_[id + 1] - word_begin_[id]);
  }

  // Words: their characters back to back, offsets (one more than words), and
  // an open-addressing table of word ids (-1 = empty slot), size a power of 2.
  std::string word_chars_;
  std::vector<uint32_t> word_begin_;
  std::vector<uint32_t> word_hash_;  // low bits of each word's hash, to skip most compares
  std::vector<int32_t> word_slots_;
  // Edges: key (node << 32 | word) -> child node, same scheme (kNoEdge = empty).
  std::vector<uint64_t> edge_keys_;
  std::vector<int32_t> edge_child_;
  size_t edge_mask_ = 63;  // edge_keys_.size() - 1
  size_t edges_ = 0;
  // The root's children by word id (-1: the word starts no name), so that
  // the first step of a match is one array look.
  std::vector<int32_t> root_child_;
  std::vector<std::vector<int>> values_;  // per node
  size_t names_ = 0;
};

}  // namespace dyad

#endif  // DYAD_DICT_NAME_TRIE_H_

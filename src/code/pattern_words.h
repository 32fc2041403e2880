// The word lists of the verb patterns (obj=, xobj=, xcomp=, pp=...:nouns),
// hashed once for the coder. Imported dictionaries give lists of a hundred
// words and more (CAMEO.2.0 synsets), and the coder asks "is this lemma in
// pattern p's obj= list" for every object of every candidate pattern: a scan
// of the list per question cost more than the rest of coding. Here a
// question is one probe. Equal lists share one id (CAMEO.2.0's 42k obj=
// lists are 1.4k distinct ones), and the obj= lists are also indexed by
// word, so that the coder can find once per verb which lists its object
// satisfies, and then answer each of the verb's patterns by list id.
#ifndef DYAD_CODE_PATTERN_WORDS_H_
#define DYAD_CODE_PATTERN_WORDS_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "dict/dictionary.h"

namespace dyad::code {

// Little-endian loads of 8 and 4 bytes, as memcpy at run time and byte by
// byte in constant evaluation (WordHash of a literal at compile time gives
// the run-time value; tests/code/pattern_words_test.cc checks it).
static_assert(std::endian::native == std::endian::little, "WordHash's constexpr loads assume little-endian");
[[gnu::always_inline]] constexpr uint64_t WordHashLoad(const char* p, int bytes) {
  if (std::is_constant_evaluated()) {
    uint64_t x = 0;
    for (int i = 0; i < bytes; ++i) x |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    return x;
  }
  if (bytes == 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  }
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

// The hash ParseTree keeps for each lemma: eight bytes at a time (a lemma
// is hashed for every token of every sentence). Only ever compared with
// itself: the pattern tables are built with it when loading. It is
// constexpr, so that a literal word can be hashed at compile time.
//
// For words of at most 8 bytes, two words of one length have equal hashes
// only if they are equal: the bytes loaded determine the word for a given
// length, and every step after mixing them in (xor with the length's
// multiple, odd multiplies, xor-shifts) is a bijection. Such a word can be
// tested by hash and length alone.
constexpr uint64_t WordHash(std::string_view word) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ULL;
  const char* p = word.data();
  size_t n = word.size();
  uint64_t h = n * kMul;
  for (; n > 8; n -= 8, p += 8) {
    h = (h ^ WordHashLoad(p, 8)) * kMul;
    h ^= h >> 29;
  }
  // The last 1 to 8 bytes, as two loads that may overlap (with the length
  // mixed in above, no two words of one length load alike).
  uint64_t x = 0;
  if (n >= 4) {
    x = WordHashLoad(p, 4) | (WordHashLoad(p + n - 4, 4) << 32);
  } else if (n > 0) {
    x = static_cast<unsigned char>(p[0]) | (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
        (uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  }
  h = (h ^ x) * 0xff51afd7ed558ccdULL;
  h ^= h >> 32;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

// A few fixed words (a repair's or rule's list), asked with a word and its
// WordHash: a 256-bit filter of the hashes rules out nearly every other
// word at once, without comparing letters. Built at compile time.
template <size_t N>
class SmallWordSet {
 public:
  consteval explicit SmallWordSet(const std::string_view (&words)[N]) {
    for (size_t i = 0; i < N; ++i) {
      words_[i] = words[i];
      hashes_[i] = WordHash(words[i]);
      filter_[Bit(hashes_[i]) >> 6] |= uint64_t{1} << (Bit(hashes_[i]) & 63);
    }
  }
  [[gnu::always_inline]] bool Contains(std::string_view word, uint64_t hash) const {
    if (((filter_[Bit(hash) >> 6] >> (Bit(hash) & 63)) & 1) == 0) return false;
    for (size_t i = 0; i < N; ++i)
      if (hashes_[i] == hash && words_[i] == word) return true;
    return false;
  }
  constexpr std::span<const uint64_t> hashes() const { return hashes_; }

 private:
  static constexpr size_t Bit(uint64_t hash) { return hash >> 56; }
  std::string_view words_[N] = {};
  uint64_t hashes_[N] = {};
  uint64_t filter_[4] = {};
};

// A set of words by WordHash, as bits: "may hold" with one probe, and never
// "no" for a word it holds. The coder asks the pattern index for every noun
// and verb of a sentence, and most have no patterns: this rules them out
// without hashing the string for the hash map.
class WordHashFilter {
 public:
  void Add(uint64_t hash) { bits_[Bit(hash) >> 6] |= uint64_t{1} << (Bit(hash) & 63); }
  bool MayHold(uint64_t hash) const { return (bits_[Bit(hash) >> 6] >> (Bit(hash) & 63)) & 1; }

 private:
  static constexpr size_t kBits = size_t{1} << 16;  // a few % false hits for the largest indexes (15k words)
  static size_t Bit(uint64_t hash) { return (hash ^ (hash >> 32)) & (kBits - 1); }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(kBits / 64);
};

class PatternWords {
 public:
  enum List { kObj, kXcomp, kXobj, kPpNoun, kSubj, kLists };

  PatternWords() = default;
  // Views into the patterns' strings: `patterns` must outlive this and not change.
  explicit PatternWords(const std::vector<VerbPattern>& patterns);

  // The id of a pattern's list, or -1 when the list is empty.
  int ListId(int pattern, List list) const { return ids_[static_cast<size_t>(pattern) * kLists + list]; }

  // How many distinct lists there are (list ids are below this).
  size_t Lists() const { return lists_; }
  // Whether pattern `pattern` was imported (VerbPattern::foreign).
  bool Foreign(int pattern) const { return foreign_[static_cast<size_t>(pattern)] != 0; }

  // Whether `word` (with hash WordHash(word)) is a value of the list.
  // (Inline: the coder asks it for every candidate pattern's word lists.)
  bool Contains(int list, std::string_view word, uint64_t hash) const {
    if (values_.empty() || list < 0) return false;
    return values_[Find(values_, list, word, hash)].list >= 0;
  }

  // The obj= lists that hold `word` as a whole value, in increasing id order.
  std::span<const int> ObjListsWith(std::string_view word, uint64_t hash) const;

  // Calls f(list, value) for every glued obj= value ("really_pleasant": a
  // '_' after a first word that is not empty) whose first word is `word`.
  template <typename F>
  void ForEachStartingWith(std::string_view word, uint64_t hash, F f) const {
    if (starts_.empty() || !MayStart(hash)) return;
    const size_t mask = starts_.size() - 1;
    for (size_t i = Slot(0, hash) & mask; starts_[i].list >= 0; i = (i + 1) & mask) {
      const Entry& e = starts_[i];
      if (e.hash == hash && e.word == word) f(e.list, e.value);
    }
  }

  // Whether a glued obj= value may start with `form` lower-cased (ASCII):
  // false only when none does. Asked by the form's length and end letters,
  // without lowering or hashing it: most words of a sentence start none.
  bool MayStartLowered(std::string_view form) const {
    if (starts_.empty() || form.empty()) return false;
    const size_t bit = ShapeBit(form.size(), LowerByte(form.front()), LowerByte(form.back()));
    return (start_shapes_[bit >> 6] >> (bit & 63)) & 1;
  }

  // Calls f(list, value) for every multi-word obj= or pp= noun value ("golden_goblin_galleon")
  // whose last word is `word`, until f returns true; returns whether it did.
  // With list >= 0, only for the values of that list.
  template <typename F>
  bool AnyEndingIn(int list, std::string_view word, uint64_t hash, F f) const {
    if (ends_.empty()) return false;
    const size_t mask = ends_.size() - 1;
    for (size_t i = Slot(0, hash) & mask; ends_[i].list >= 0; i = (i + 1) & mask) {
      const Entry& e = ends_[i];
      if (e.hash == hash && (list < 0 || e.list == list) && e.word == word && f(e.list, e.value)) return true;
    }
    return false;
  }

 private:
  struct Entry {
    uint64_t hash = 0;
    int list = -1;           // list id; -1 = empty slot
    std::string_view word;   // the value, or in ends_ the value's last word
    std::string_view value;  // ends_: the whole value
    uint32_t begin = 0, count = 0;  // by_word_: the word's lists in word_lists_
  };
  static size_t Slot(int list, uint64_t hash) {
    uint64_t x = hash ^ (static_cast<uint64_t>(list) * 0x9E3779B97F4A7C15ULL);
    return static_cast<size_t>(x ^ (x >> 29));
  }
  static std::vector<Entry> Table(size_t entries);
  // The slot of (list, word) in `table`, or the empty slot where it would go.
  static size_t Find(const std::vector<Entry>& table, int list, std::string_view word, uint64_t hash) {
    const size_t mask = table.size() - 1;
    size_t i = Slot(list, hash) & mask;
    while (table[i].list >= 0 && !(table[i].hash == hash && table[i].list == list && SameWord(table[i].word, word)))
      i = (i + 1) & mask;
    return i;
  }
  // a == b byte by byte: with equal hashes they are almost always equal,
  // and a call to memcmp costs more than a short word's compare.
  static bool SameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }

  std::vector<int> ids_;         // list id per (pattern, list)
  size_t lists_ = 0;             // distinct lists
  std::vector<uint8_t> foreign_;  // per pattern: VerbPattern::foreign
  std::vector<Entry> values_;    // every value, by (list id, value)
  std::vector<Entry> ends_;      // multi-word obj= and pp= noun values, by last word
  std::vector<Entry> starts_;    // glued obj= values, by first word
  // The first words of starts_, as bits by hash: most words of a sentence
  // begin no glued value, and are ruled out without a probe.
  static constexpr size_t kStartBits = size_t{1} << 14;
  static size_t StartBit(uint64_t hash) { return (hash >> 40) & (kStartBits - 1); }
  bool MayStart(uint64_t hash) const { return (start_bits_[StartBit(hash) >> 6] >> (StartBit(hash) & 63)) & 1; }
  std::vector<uint64_t> start_bits_ = std::vector<uint64_t>(kStartBits / 64);
  // The same by length and end letters (MayStartLowered).
  static constexpr size_t kShapeBits = 4096;
  static unsigned LowerByte(char c) { return static_cast<unsigned char>(c) | (c >= 'A' && c <= 'Z' ? 0x20 : 0); }
  static size_t ShapeBit(size_t size, unsigned first, unsigned last) {
    return (size * 131 + first * 31 + last * 7) & (kShapeBits - 1);
  }
  std::vector<uint64_t> start_shapes_ = std::vector<uint64_t>(kShapeBits / 64);
  std::vector<Entry> by_word_;   // whole obj= values, by value (list = 0)
  std::vector<int> word_lists_;  // by_word_ entries' list ids
};

}  // namespace dyad::code

#endif  // DYAD_CODE_PATTERN_WORDS_H_

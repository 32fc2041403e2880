// The word lists of the segmenter (data/segment/*.txt), compiled into the
// library and parsed once on first use into a read-only table.
#ifndef DYAD_SEGMENT_LEXICON_H_
#define DYAD_SEGMENT_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dyad::segment_internal {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,         // "Gen.": never ends a sentence
  kAbbreviation,  // "Inc.": ends one only before a clear sentence start
  kBeforeNumber,  // "No.": an abbreviation only before a number
};

class Lexicon {
 public:
  // The process-wide table, built on first call (thread-safe static init).
  static const Lexicon& Get();

  // `word` includes its final period: "Gen.", "Ph.D.".
  AbbrevKind Abbreviation(std::string_view word) const;
  // `lower` is lower case: "non", "e".
  bool IsHyphenPrefix(std::string_view lower) const;
  // Length of the first part when EWT splits `word` ("cannot" -> 3), else 0.
  size_t WordSplitPoint(std::string_view word) const;
  // "pm", "kg", "bn": a unit EWT splits off a number ("5pm"); any case.
  bool IsNumberUnit(std::string_view unit) const;
  // "com", "pdf" (either all lower or all upper case in the text).
  bool IsDomainSuffix(std::string_view suffix) const;
  // "The", "He": shows a new sentence after an abbreviation.
  bool IsSentenceStarter(std::string_view word) const;

  // Parses the list format (sections, comments); exposed for tests.
  static Lexicon FromText(std::string_view abbreviations, std::string_view lexicon);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

  Map<AbbrevKind> abbreviations_;
  Set hyphen_prefixes_;
  Map<size_t> word_splits_;
  Set number_units_;
  Set domain_suffixes_;
  Set sentence_starters_;
};

}  // namespace dyad::segment_internal

#endif  // DYAD_SEGMENT_LEXICON_H_

// Per-word hashes computed once per sentence and shared by the tagger,
// lemmatizer and parser features.
#ifndef DYAD_SYNTAX_WORD_INFO_H_
#define DYAD_SYNTAX_WORD_INFO_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::syntax {

struct WordInfo {
  uint64_t form = 0;
  uint64_t lower = 0;
  uint64_t shape = 0;
  uint64_t suffix[4] = {0, 0, 0, 0};  // last 1..4 bytes of the lower-cased form
  uint64_t prefix[3] = {0, 0, 0};     // first 1..3 bytes
  // What the tagger sees of the word: form and lower as above for words of
  // its training vocabulary, one shared "unknown word" value otherwise (set
  // by the tagger).
  uint64_t tag_form = 0;
  uint64_t tag_lower = 0;
  uint32_t ambiguity = 0;             // tag-dictionary class (set by the tagger)
  uint32_t lexicon = 0;               // LexiconClass bits (set by the tagger)
  uint8_t flags = 0;                  // WordFlags
};

enum WordFlags : uint8_t {
  kHasDigit = 1,
  kHasUpper = 2,
  kAllUpper = 4,
  kHasHyphen = 8,
  kShapeFlags = 15,         // the flags used as a tagger feature
  kPunctuationOnly = 16,    // only punctuation marks: must be tagged PUNCT
  kMaybePastTense = 32,     // does not look like a participle-only form ("taken", "shown", "done")
};

// ASCII lower-casing (other bytes unchanged).
std::string AsciiLower(std::string_view s);

// Whether a token is made only of punctuation marks (ASCII . , ; : ! ? "
// ( ) [ ] { } - ` and dashes, ellipsis, curly double quotes), other than a
// lone hyphen.
bool IsPunctuationOnly(std::string_view s);

// Fills everything but `ambiguity`. `scratch` avoids allocation.
void ComputeWordInfo(std::string_view form, std::string* scratch, WordInfo* out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_WORD_INFO_H_

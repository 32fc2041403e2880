// The single-pass lexer under Tokenize and SplitSentences: cuts text into
// UD EWT words. Periods of abbreviations stay attached here ("U.S.",
// "Inc."); the tokenizer splits the period off a sentence-final one.
#ifndef DYAD_SEGMENT_LEXER_H_
#define DYAD_SEGMENT_LEXER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::segment_internal {

struct Span {
  uint32_t begin = 0;  // byte offsets into the lexed text
  uint32_t end = 0;
};

// Appends the words of `text` to `out` in order; spans are non-empty,
// increasing, non-overlapping and never cover whitespace.
void Lex(std::string_view text, std::vector<Span>* out);

// EWT writes a sentence-final abbreviation as word + "." ("in the U.S" ".").
// Splits the period off the last word of `spans` that is not a closing
// quote or bracket, when that word is an abbreviation ending in '.'.
void SplitFinalPeriod(std::string_view text, std::vector<Span>* spans);

}  // namespace dyad::segment_internal

#endif  // DYAD_SEGMENT_LEXER_H_

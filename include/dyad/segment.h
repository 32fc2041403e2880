// Sentence splitting and UD-style tokenization.
#ifndef DYAD_SEGMENT_H_
#define DYAD_SEGMENT_H_

#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad {

// Splits text into sentences (byte spans; text filled, tokens empty).
std::vector<Sentence> SplitSentences(std::string_view text, uint32_t base_offset = 0);

// Tokenizes one sentence following UD English EWT conventions; offsets are
// relative to the start of `text` plus `base_offset`.
std::vector<Token> Tokenize(std::string_view text, uint32_t base_offset = 0);

// Title (may be empty) and body of a cleaned article into a Document: the
// title becomes its own sentence(s) marked is_title; every sentence tokenized.
// With `single_sentence`, the whole text is one sentence.
Document Segment(std::string_view title, std::string_view body, bool single_sentence = false);

}  // namespace dyad

#endif  // DYAD_SEGMENT_H_

// Which words of the tokenizer belong to one surface token (UD multi-word
// tokens): "don't" -> "do" + "n't", "cannot" -> "can" + "not".
#ifndef DYAD_SEGMENT_MULTIWORD_H_
#define DYAD_SEGMENT_MULTIWORD_H_

#include <cstddef>
#include <vector>

#include "dyad/token.h"

namespace dyad {

// True when `word` continues the surface token of `prev`: they touch and
// `word` is a clitic ("n't", "'s", "'ll") or the
// second letter part of a split word ("not" of "cannot", "na" of "gonna").
bool ContinuesToken(const Token& prev, const Token& word);

// [first, last] word indices of each surface token of a tokenized sentence.
struct TokenRange {
  size_t first = 0;
  size_t last = 0;
};
std::vector<TokenRange> SurfaceTokens(const std::vector<Token>& words);

}  // namespace dyad

#endif  // DYAD_SEGMENT_MULTIWORD_H_

// Reading and writing CoNLL-U: words only (multiword-token ranges and empty
// nodes are skipped), heads converted to 0-based indices (-1 = root).
#ifndef DYAD_SYNTAX_CONLLU_H_
#define DYAD_SYNTAX_CONLLU_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad::syntax {

struct ConlluSentence {
  std::vector<std::string> comments;  // "# ..." lines, without the newline
  Sentence sentence;
};

// Parses CoNLL-U text. Malformed word lines are reported in *errors (one
// line each, "line N: reason") and skipped; a head outside the sentence
// becomes -1.
std::vector<ConlluSentence> ParseConllu(std::string_view text, std::vector<std::string>* errors);

// Writes one sentence (comments, then one line per word, then a blank line).
void WriteConllu(const ConlluSentence& s, std::ostream& out);
void WriteConllu(const Sentence& s, std::ostream& out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_CONLLU_H_

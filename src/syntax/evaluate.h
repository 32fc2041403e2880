// Scoring the model against gold CoNLL-U (words, punctuation included, as in
// CoNLL 2018).
#ifndef DYAD_SYNTAX_EVALUATE_H_
#define DYAD_SYNTAX_EVALUATE_H_

#include <cstddef>
#include <vector>

#include "dyad/syntax.h"
#include "dyad/token.h"

namespace dyad::syntax {

struct ParseScores {
  size_t words = 0;
  size_t sentences = 0;
  size_t upos = 0, xpos = 0, lemma = 0, feats = 0, uas = 0, las = 0;
  double seconds = 0;      // Annotate wall time only (tag + lemmatize + parse)
  double cpu_seconds = 0;  // the same in CPU time of this thread (robust on a busy machine)
  static double Pct(size_t k, size_t n) { return n ? 100.0 * k / n : 0; }
};

// Annotates copies of the gold sentences (gold columns cleared first) and
// compares. Lemmas are compared exactly. With timing_passes > 1 the whole
// set is annotated that many times and the fastest pass is reported (less
// noise from other processes on a shared machine); scores are the same.
ParseScores EvaluateModel(const SyntaxModel& model, const std::vector<Sentence>& gold, int timing_passes = 1);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_EVALUATE_H_

#include "syntax/evaluate.h"

#include <chrono>

namespace dyad::syntax {

ParseScores EvaluateModel(const SyntaxModel& model, const std::vector<Sentence>& gold) {
  ParseScores sc;
  std::vector<Sentence> work = gold;
  for (auto& s : work)
    for (auto& t : s.tokens) {
      t.upos.clear();
      t.xpos.clear();
      t.lemma.clear();
      t.feats.clear();
      t.deprel.clear();
      t.head = -1;
    }
  const auto t0 = std::chrono::steady_clock::now();
  for (auto& s : work) model.Annotate(s);
  sc.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (size_t i = 0; i < gold.size(); ++i) {
    ++sc.sentences;
    for (size_t j = 0; j < gold[i].tokens.size(); ++j) {
      const Token& g = gold[i].tokens[j];
      const Token& p = work[i].tokens[j];
      ++sc.words;
      sc.upos += p.upos == g.upos;
      sc.xpos += p.xpos == g.xpos;
      sc.lemma += p.lemma == g.lemma;
      sc.feats += p.feats == (g.feats.empty() ? "_" : g.feats);
      if (p.head == g.head) {
        ++sc.uas;
        sc.las += p.deprel == g.deprel;
      }
    }
  }
  return sc;
}

}  // namespace dyad::syntax

#include "syntax/evaluate.h"

#include <chrono>
#include <ctime>

namespace dyad::syntax {
namespace {
double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
}  // namespace

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
  const double c0 = ThreadCpuSeconds();
  for (auto& s : work) model.Annotate(s);
  sc.cpu_seconds = ThreadCpuSeconds() - c0;
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

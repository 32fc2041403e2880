#include "syntax/evaluate.h"

#include <algorithm>
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

ParseScores EvaluateModel(const SyntaxModel& model, const std::vector<Sentence>& gold, int timing_passes) {
  ParseScores sc;
  std::vector<Sentence> work;
  for (int pass = 0; pass < std::max(1, timing_passes); ++pass) {
    work = gold;
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
    const double cpu = ThreadCpuSeconds() - c0;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (pass == 0 || cpu < sc.cpu_seconds) sc.cpu_seconds = cpu;
    if (pass == 0 || wall < sc.seconds) sc.seconds = wall;
  }
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

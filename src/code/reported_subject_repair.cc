// ParseTree::RepairReportedSubjects: "The Kremlin said Putin and Trump
// discussed Ukraine", parsed with "Putin and Trump" the object of "said".
#include "code/parse_tree.h"

namespace dyad::code {
namespace {

// Verbs of saying that take a clause, not a person or a text, after them
// ("told reporters the talks failed", "wrote a letter").
bool TakesClauseNotObject(std::string_view lemma) {
  return IsAttributionVerb(lemma) && lemma != "tell" && lemma != "explain" && lemma != "write";
}

}  // namespace

int ParseTree::RepairReportedSubjects() {
  if (!MayHave("ccomp") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = NextWith("ccomp", 2); v < tokens; v = NextWith("ccomp", v + 1)) {
    const int say = head(v);
    if (rel(v) != "ccomp" || say < 0 || say > v || upos(v) != "VERB" || !TakesClauseNotObject(lemma(say))) continue;
    if (Child(v, "nsubj", true) >= 0 || Child(v, "mark") >= 0) continue;
    // The object of the saying verb, right before the clause's verb (its
    // phrase, conjuncts included, ends there).
    const int o = Child(say, "obj");
    if (o < 0 || o > v || (upos(o) != "PROPN" && upos(o) != "NOUN" && upos(o) != "PRON")) continue;
    int last = o;
    for (int x = o + 1; x < v; ++x) {
      int up = x;
      for (int hops = 0; up >= 0 && up != o && hops < 4; ++hops) up = head(up);
      if (up == o) last = x;
    }
    // (Auxiliaries and adverbs of the clause's verb may stand between: "said
    // a Chinese attack on Taiwan could trigger a response".)
    int end = v - 1;
    while (end > last && head(end) == v && (BaseRel(rel(end)) == "aux" || rel(end) == "advmod")) --end;
    if (last != end) continue;
    SetHead(o, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

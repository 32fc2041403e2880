// ParseTree::RepairRootPassivesWithoutAuxiliary: "Thousands of protesters,
// led by young people, rallied in the capital." parsed with "rallied" a
// passive participle and "Thousands" its passive subject.
//
// ParseTree::RepairActiveSubjectsOfPassives: "The punitive US tariffs, which
// took effect on Wednesday, were imposed by President Donald Trump", parsed
// with "were" a passive auxiliary but "tariffs" an active subject (the
// tagger took "imposed" for a past tense): with a passive auxiliary, an
// agent and no object, the subject is the passive one.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairRootPassivesWithoutAuxiliary() {
  if (!MayHave("nsubj:pass")) return 0;
  const int tokens = size();
  // A full sentence only: headlines drop the auxiliary of a true passive
  // ("Three soldiers killed in Kashmir").
  int last = tokens - 1;
  while (last >= 0 && (form(last) == "\"" || form(last) == "'" || form(last) == ")")) --last;
  if (last < 0 || form(last) != ".") return 0;
  int repaired = 0;
  for (int t = NextWith("nsubj:pass", 0); t < tokens; t = NextWith("nsubj:pass", t + 1)) {
    if (rel(t) != "nsubj:pass") continue;
    const int v = head(t);
    if (v < 0 || head(v) >= 0 || xpos(v) != "VBN") continue;
    if (Child(v, "aux:pass") >= 0 || Child(v, "aux") >= 0 || Child(v, "obl:agent") >= 0 || Child(v, "cop") >= 0)
      continue;
    SetHead(t, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairActiveSubjectsOfPassives() {
  if (!MayHave("aux:pass") || !MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 0); t < tokens; t = NextWith("nsubj", t + 1)) {
    if (rel(t) != "nsubj") continue;
    const int v = head(t);
    if (v <= t || upos(v) != "VERB" || (xpos(v) != "VBN" && xpos(v) != "VBD")) continue;
    const int aux = Child(v, "aux:pass");
    if (aux < t || aux > v || lemma(aux) != "be" || Child(v, "obj") >= 0 || Child(v, "ccomp") >= 0) continue;
    // (With its agent named, "by ...": the passive beyond doubt.)
    if (Child(v, "obl:agent") < v) continue;
    SetHead(t, v, "nsubj:pass");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairSubjectBeforeConjunction: "Maduro accused the United
// States of seeking regime change and warned ...", parsed with "the United
// States" the subject of "warned".
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairSubjectBeforeConjunction() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v2 = 0; v2 < tokens; ++v2) {
    const int v1 = head(v2);
    if (v1 < 0 || v1 > v2 || rel(v2) != "conj" || upos(v1) != "VERB" || upos(v2) != "VERB") continue;
    const int cc = Child(v2, "cc");
    const int subject = Child(v2, "nsubj");
    // A conjoined clause's own subject follows its "and"; one before it
    // belongs to the first verb, as its object.
    if (cc < 0 || subject < 0 || !(v1 < subject && subject < cc) || Child(v1, "obj") >= 0) continue;
    SetHead(subject, v1, "obj");
    for (int k : kids(v2))
      if (k > v1 && k < cc && k != subject) SetHead(k, v1, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

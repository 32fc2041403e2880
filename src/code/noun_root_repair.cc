// ParseTree::RepairFiniteVerbsUnderNounRoots: "Serbian riot police used
// pepper spray against protesters." parsed as one noun phrase, "police" its
// root and "used ... protesters" a relative clause on it. A finite past or
// present verb (the tagger's VBD or VBZ, not a participle) right after the
// root noun, with an object or a clause of its own, is the sentence's verb
// and the noun its subject.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairFiniteVerbsUnderNounRoots() {
  if (!MayHave("acl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int r = NextRoot(0); r + 1 < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || (upos(r) != "NOUN" && upos(r) != "PROPN")) continue;
    const int v = r + 1;
    if (head(v) != r || rel(v) != "acl" || (xpos(v) != "VBD" && xpos(v) != "VBZ")) continue;
    bool complete = false, own_subject = false;
    for (int k : kids(v)) {
      const Rel kr = rel(k);
      complete |= kr == "obj" || kr == "ccomp";
      own_subject |= BaseRel(kr) == "nsubj" || kr == "mark";
    }
    if (!complete || own_subject) continue;
    SetHead(v, -1, "root");
    SetHead(r, v, "nsubj");
    // What follows the verb (the full stop) is the verb's.
    for (int k : std::vector<int>(kids(r).begin(), kids(r).end()))
      if (k > v) SetHead(k, v, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairCommaSpliceSubjects: "RSF seizes El Fasher, UN warns of
// atrocities", parsed with "UN" a conjunct of "El Fasher" and "warns" a
// clause with no subject.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairCommaSpliceSubjects() {
  if (!has_comma_ || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = 3; v < tokens; ++v) {
    const int n = v - 1;
    if (upos(v) != "VERB" || (xpos(v) != "VBZ" && xpos(v) != "VBD" && xpos(v) != "VBP")) continue;
    if (rel(n) != "conj" || (upos(n) != "PROPN" && upos(n) != "NOUN") || head(n) < 0 || head(n) >= n) continue;
    if (form(n - 1) != "," || Child(n, "cc") >= 0) continue;  // a comma splice, not "A and B"
    bool subject = false;
    for (int k : kids(v)) subject |= BaseRel(rel(k)) == "nsubj";
    if (subject) continue;
    // The noun's first conjunct is in the clause the verb hangs from.
    const int main = head(v);
    if (main < 0 || main > n) continue;
    bool inside = false;
    for (int up = head(n), hops = 0; up >= 0 && hops < tokens && !inside; up = head(up), ++hops) inside = up == main;
    if (!inside) continue;
    SetHead(n, v, "nsubj");
    SetHead(n - 1, v, "punct");
    if (rel(v) == "ccomp" || rel(v) == "conj") SetHead(v, main, "parataxis");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

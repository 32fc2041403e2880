// ParseTree::RepairRootPassivesWithoutAuxiliary: "Thousands of protesters,
// led by young people, rallied in the capital." parsed with "rallied" a
// passive participle and "Thousands" its passive subject.
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

}  // namespace dyad::code

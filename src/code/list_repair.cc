// ParseTree::RepairStrayListItems: "brokered by the United States, Egypt,
// Qatar and Turkey" read as "brokered by the United States" with "Egypt,
// Qatar and Turkey" a second list hung from the verb.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairStrayListItems() {
  if (!has_comma_ || !MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int b = 2; b < tokens; ++b) {
    const int v = head(b);
    const int a = b - 2;
    if (v < 0 || form(b - 1) != "," || upos(b) != "PROPN" || upos(a) != "PROPN") continue;
    // The list's first name hangs from the same word, or below it ("released
    // hostages under a ceasefire brokered by the United States, Egypt, ...",
    // with "Egypt" hung from "released").
    bool under = false;
    for (int up = a, hops = 0; up >= 0 && hops < 5 && !under; up = head(up), ++hops) under = head(up) == v;
    if (!under) continue;
    if (rel(b) == "conj" || rel(b) == "appos" || rel(a) == "conj") continue;
    // b opens a list that ends in "and"/"or": its last conjunct has a cc.
    int last = -1;
    for (int k : kids(b))
      if (k > b && rel(k) == "conj") last = k;
    if (last < 0 || Child(last, "cc") < 0) continue;
    // All conjuncts hang from the first one (UD).
    SetHead(b, a, "conj");
    for (int k : kids(b))
      if (k > b && rel(k) == "conj") SetHead(k, a, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

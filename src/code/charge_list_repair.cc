// ParseTree::RepairChargeListVerbs: "on charges of corruption and aiding a
// terrorist group", parsed with "aiding" a second main verb.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairChargeListVerbs() {
  if (!has_vbg_ || !MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = NextWith("conj", 3); v < tokens; v = NextWith("conj", v + 1)) {
    const int main = head(v);
    const int cc = v - 1;
    const int n = v - 2;
    if (xpos(v) != "VBG" || rel(v) != "conj" || main < 0 || main > n || rel(cc) != "cc" || head(cc) != v) continue;
    // The word before "and" is a noun of an "of" phrase on a noun ("charges
    // of corruption"), inside the main verb's clause.
    if (upos(n) != "NOUN" || Child(n, "case") < 0 || lemma(Child(n, "case")) != "of" || head(n) < 0 ||
        upos(head(n)) != "NOUN")
      continue;
    bool inside = false;
    for (int up = head(n), hops = 0; up >= 0 && hops < 4 && !inside; up = head(up), ++hops) inside = up == main;
    if (!inside) continue;
    SetHead(v, n, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairConditionalsOnReports: "Iran said it will retaliate if
// attacked by Israel", parsed with the if-clause on "said". A condition
// after a reported clause in the future or conditional ("will", "would")
// is that clause's: the report is not conditional, the act is.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairConditionalsOnReports() {
  if (!MayHave("ccomp") || !MayHave("advcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("advcl", 1); a < tokens; a = NextWith("advcl", a + 1)) {
    if (BaseRel(rel(a)) != "advcl") continue;
    const int m = Child(a, "mark");
    if (m < 0 || !(lemma(m) == "if" || lemma(m) == "unless")) continue;
    const int v = head(a);
    if (v < 0 || v > a) continue;
    int c = -1;
    for (int k : kids(v))
      if (rel(k) == "ccomp" && k > v && k < a) c = k;
    if (c < 0) continue;
    bool future = false;
    for (int k : kids(c))
      future |= rel(k) == "aux" && (lemma(k) == "will" || lemma(k) == "would");
    if (!future) continue;
    SetHead(a, c, rels_[a]);
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

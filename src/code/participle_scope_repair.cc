// ParseTree::RepairParticiplesAfterRelativeClauses: "Israel struck a building
// where Hamas leaders had gathered to discuss a proposal, killing five
// members": the parser hangs the comma's -ing clause on the last verb, inside
// the relative clause, whose subject would then have done the killing. After
// a comma, a bare -ing clause at the end of a relative clause says what the
// main clause's act did: it hangs on the verb whose object or oblique the
// relative clause modifies.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairParticiplesAfterRelativeClauses() {
  if (!has_vbg_ || !has_comma_ || !MayHave("acl:relcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith("advcl", 2); g < tokens; g = NextWith("advcl", g + 1)) {
    if (xpos(g) != "VBG" || BaseRel(rel(g)) != "advcl" || form(g - 1) != ",") continue;
    bool clause = false;
    for (int k : kids(g)) {
      const Rel kr = BaseRel(rel(k));
      clause |= kr == "nsubj" || kr == "mark" || kr == "aux";
    }
    if (clause) continue;
    // Up from the -ing clause's head through the relative clause's own verbs.
    int r = head(g);
    for (int hops = 0; r >= 0 && hops < 4 && rel(r) != "acl:relcl"; ++hops) {
      const Rel up = rel(r);
      if (up != "xcomp" && BaseRel(up) != "advcl" && up != "conj") {
        r = -1;
        break;
      }
      r = head(r);
    }
    if (r < 0 || rel(r) != "acl:relcl") continue;
    const int noun = head(r);
    if (noun < 0) continue;
    const Rel nr = BaseRel(rel(noun));
    const int verb = head(noun);
    if (verb < 0 || upos(verb) != "VERB" || !(nr == "obj" || nr == "obl")) continue;
    SetHead(g, verb, "advcl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

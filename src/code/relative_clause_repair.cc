// ParseTree::RepairVerbAfterRelativeClause: the main verb of "NAME, who ...,
// VERBED ..." (or "NAME, a ..., VERBED") when the parser took it for part of
// the relative clause (or of the apposition).
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairVerbAfterRelativeClause() {
  if (!MayHave("acl:relcl") && !MayHave("appos")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int r = NextWith({"acl:relcl", "appos"}, 0); r < tokens; r = NextWith({"acl:relcl", "appos"}, r + 1)) {
    const int n = head(r);
    // A nominal root with a relative clause whose subject is its pronoun,
    // or with an apposition between commas ("Greece, a long-time rival,
    // dispatched ...").
    if (n < 0 || head(n) >= 0 || (upos(n) != "PROPN" && upos(n) != "NOUN")) continue;
    if (rel(r) == "acl:relcl") {
      const int who = Child(r, "nsubj", /*base=*/true);
      if (who < 0 || who > r || (lemma(who) != "who" && lemma(who) != "which")) continue;
    } else if (rel(r) != "appos" || r <= n + 1 || form(n + 1) != ",") {
      continue;
    }
    // The verb: past tense or participle right after a comma, later than the
    // clause's verb, with no subject or auxiliary of its own.
    int v = -1;
    for (int k : kids(r)) {
      if (k <= r + 1 || upos(k) != "VERB" || (xpos(k) != "VBD" && xpos(k) != "VBN") || form(k - 1) != ",") continue;
      const Rel kr = BaseRel(rel(k));
      if (kr != "acl" && kr != "advcl" && kr != "conj" && kr != "parataxis" && kr != "dep") continue;
      if (Child(k, "nsubj", true) >= 0 || Child(k, "aux", true) >= 0 || Child(k, "mark") >= 0) continue;
      v = k;
      break;
    }
    if (v < 0) continue;
    SetHead(v, -1, "root");
    SetHead(n, v, "nsubj");
    // What follows the verb was the clause's or the noun's only by mistake.
    for (int k = v + 1; k < tokens; ++k)
      if (head(k) == r || head(k) == n) SetHead(k, v, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

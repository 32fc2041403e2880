// ParseTree::RepairParticipleAdjectivesAfterVerbs: "Arnor will abandon
// improved global economic relations with Gondor", parsed with "abandon" an
// adverb of "improved" and "improved" the clause's verb. A base-form verb
// after a modal, hung on the participle right after it that has a noun
// object, is the verb: the participle modifies that noun (its amod), which
// is the verb's object, and the clause's subject and auxiliaries are the
// verb's.
#include <vector>

#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairParticipleAdjectivesAfterVerbs() {
  if (!MayHave("advmod") || !has_vbn_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = NextWith("advmod", 1); v + 2 < tokens; v = NextWith("advmod", v + 1)) {
    const int p = v + 1;
    if (rel(v) != "advmod" || head(v) != p || upos(v) != "VERB" || xpos(v) != "VB") continue;
    if (xpos(p) != "VBN" || xpos(v - 1) != "MD" || head(v - 1) != p) continue;
    const int o = Child(p, "obj");
    if (o < 0 || o <= p || !(upos(o) == "NOUN" || upos(o) == "PROPN")) continue;
    SetHead(v, head(p), rel(p));
    for (int k : std::vector<int>(kids(p).begin(), kids(p).end()))
      if (k != v && k != o) SetHead(k, v, BaseRel(rel(k)) == "nsubj" ? Rel("nsubj") : rel(k));
    SetHead(o, v, "obj");
    SetHead(p, o, "amod");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

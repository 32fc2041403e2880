// ParseTree::RepairParticipleAdjectivesAfterVerbs: "Arnor will abandon
// improved global economic relations with Gondor", parsed with "abandon" an
// adverb of "improved" and "improved" the clause's verb. A base-form verb
// after a modal, hung on the participle right after it that has a noun
// object, is the verb: the participle modifies that noun (its amod), which
// is the verb's object, and the clause's subject and auxiliaries are the
// verb's.
//
// ParseTree::RepairPossessedParticiples: "spoken by phone with Hun Manet and
// Thailand's acting prime minister Phumtham Wechayachai", parsed with
// "acting" a verb conjoined to "spoken", the possessive its dependent and
// the name its object. A verb has no possessor: an -ing word with one,
// right before the phrase of its object, modifies that phrase's noun, and
// the noun takes its place (a conjunct of the last noun before the "and").
#include <algorithm>
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

int ParseTree::RepairPossessedParticiples() {
  if (!MayHave("nmod:poss") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = 2; g + 1 < tokens; ++g) {
    if (upos(g) != "VERB" || xpos(g) != "VBG" || head(g) < 0) continue;
    const int poss = Child(g, "nmod:poss");
    const int o = Child(g, "obj");
    if (poss < 0 || poss > g || o <= g || !(upos(o) == "NOUN" || upos(o) == "PROPN")) continue;
    // The object's phrase starts right after the -ing word.
    int first = o;
    for (int t = g + 1; t < o; ++t)
      if (IsWithin(t, o)) first = std::min(first, t);
    if (first != g + 1) continue;
    int new_head = head(g);
    Rel new_rel = rel(g);
    if (rel(g) == "conj") {
      // (The noun conjoined to: the last nominal of the verb's before the "and".)
      const int cc = Child(g, "cc");
      if (cc < 0 || cc > poss) continue;
      int noun = -1;
      for (int k : kids(head(g)))
        if (k < cc && (upos(k) == "NOUN" || upos(k) == "PROPN") && BaseRel(rel(k)) != "nsubj") noun = k;
      if (noun < 0) continue;
      new_head = noun;
    }
    for (int k : std::vector<int>(kids(g).begin(), kids(g).end()))
      if (k != o && k < g) SetHead(k, o, rels_[k]);
    for (int k : std::vector<int>(kids(g).begin(), kids(g).end()))
      if (k != o && k > o) SetHead(k, head(g), rels_[k]);
    SetHead(o, new_head, new_rel);
    SetHead(g, o, "amod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

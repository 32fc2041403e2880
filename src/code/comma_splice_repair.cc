// ParseTree::RepairCommaSpliceSubjects: "RSF seizes El Fasher, UN warns of
// atrocities", parsed with "UN" a conjunct of "El Fasher" and "warns" a
// clause with no subject; the same after ", and" ("..., and Washington
// agreed to resume aid").
//
// ParseTree::RepairRunOnTitleSubjects: "Protesters attack embassies in
// Kinshasa as rebels advance Congolese protesters attacked the embassies of
// France ...", a headline run into the first sentence with no stop, parsed
// with the headline's verb the subject of the body's verb and the body's
// subject the headline's object. A finite verb has no verb for its subject:
// the noun right before it is its subject, the headline a clause of its own.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairCommaSpliceSubjects() {
  if (!has_comma_ || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  // (The word before the verb, n, is a conjunct: NextWith.)
  for (int v = NextWith("conj", 2) + 1; v < tokens; v = NextWith("conj", v) + 1) {
    const int n = v - 1;
    if (upos(v) != "VERB" || (xpos(v) != "VBZ" && xpos(v) != "VBD" && xpos(v) != "VBP")) continue;
    if (rel(n) != "conj" || (upos(n) != "PROPN" && upos(n) != "NOUN") || head(n) < 0 || head(n) >= n) continue;
    // A comma splice, not "A and B"; or a new clause after ", and": "...
    // a ceasefire with Russia, and Washington agreed to resume aid" (a
    // comma before the "and", and the verb right after the noun).
    const int cc = Child(n, "cc");
    const bool and_clause = cc == n - 1 && n >= 2 && form(n - 2) == "," && (lemma(cc) == "and" || lemma(cc) == "but");
    if (!and_clause && (form(n - 1) != "," || cc >= 0)) continue;
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
    if (and_clause) {
      SetHead(cc, v, "cc");
      SetHead(n - 2, v, "punct");
      // (Joined to the sentence's first clause.)
      int top = main;
      while (head(top) >= 0) top = head(top);
      SetHead(v, top, "conj");
    } else {
      SetHead(n - 1, v, "punct");
      if (rel(v) == "ccomp" || rel(v) == "conj") SetHead(v, main, "parataxis");
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairRunOnTitleSubjects() {
  if (!MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int u = NextWith("nsubj", 0); u < tokens; u = NextWith("nsubj", u + 1)) {
    const int v = head(u);
    if (rel(u) != "nsubj" || upos(u) != "VERB" || (xpos(u) != "VBP" && xpos(u) != "VBZ")) continue;
    if (v <= u + 2 || upos(v) != "VERB" || xpos(v) != "VBD" || head(v) >= 0) continue;
    // (The noun right before the body's verb, in the headline's clause.)
    const int n = v - 1;
    if (!(upos(n) == "NOUN" || upos(n) == "PROPN") || !Under(n, u)) continue;
    const std::string_view r = BaseRel(rel(n));
    if (r != "obj" && r != "obl" && r != "nmod" && r != "conj") continue;
    SetHead(n, v, "nsubj");
    SetHead(u, v, "parataxis");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

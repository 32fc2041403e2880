// ParseTree::RepairReducedRelativeRoots: "A report released Tuesday in the
// Rwandan capital alleged that France ...", parsed with "released" the
// sentence's verb (its subject the report) and "alleged" its xcomp. A past
// form with no object, followed by a verb of its own with no subject that
// says or does something, is a reduced relative clause on its subject: the
// later verb is the sentence's, the subject its subject.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairReducedRelativeRoots() {
  if (!MayHave("xcomp") && !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int r = NextRoot(1); r < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || (xpos(r) != "VBD" && xpos(r) != "VBN")) continue;
    int subject = -1;
    bool blocked = false;
    for (int k : kids(r)) {
      const Rel kr = rel(k);
      if (kr == "nsubj" && k < r) subject = k;
      // (An object, an auxiliary or a particle: the verb is complete.)
      blocked |= kr == "obj" || kr == "iobj" || BaseRel(kr) == "aux" || kr == "cop" || kr == "compound:prt" ||
                 kr == "ccomp" || kr == "mark";
    }
    if (blocked || subject < 0 || upos(subject) == "PRON" || upos(subject) == "PROPN") continue;
    // The subject's phrase ends right before the verb.
    if (subject != r - 1) continue;
    int x = -1;
    for (int k : kids(r)) {
      const Rel kr = rel(k);
      // (Only a participle complement: "came a week after Pyongyang
      // launched ..." has a clause of its own, parataxis.)
      if (k > r && kr == "xcomp" && (xpos(k) == "VBD" || xpos(k) == "VBN")) {
        x = k;
        break;
      }
      // (Or a conjunct with neither a conjunction nor a comma before it, as
      // the news-trained parser has it: "released Tuesday in the Rwandan
      // capital alleged that ...".)
      if (k > r && kr == "conj" && xpos(k) == "VBD") {
        bool marked = false;
        for (int t = r + 1; t < k && !marked; ++t) marked = upos(t) == "PUNCT" || upos(t) == "CCONJ";
        if (!marked) x = k;
        break;
      }
    }
    if (x < 0) continue;
    bool says_or_does = false, own = false;
    for (int k : kids(x)) {
      const Rel kr = rel(k);
      own |= BaseRel(kr) == "nsubj" || BaseRel(kr) == "aux" || kr == "mark" || kr == "cop";
      says_or_does |= kr == "ccomp" || kr == "obj";
    }
    if (own || !says_or_does) continue;
    // The later verb takes the sentence; what follows it is its own.
    SetHead(x, -1, "root");
    SetHead(subject, x, "nsubj");
    SetHead(r, subject, "acl");
    for (int k : std::vector<int>(kids(r).begin(), kids(r).end()))
      if (k > x) SetHead(k, x, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

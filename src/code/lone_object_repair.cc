// Objects the parser labelled as something else when the verb has no other:
// ParseTree::RepairLoneIndirectObjects, RepairArticleComplements and
// RepairSubjectsInNounPhrases. (Shapes of the parser trained on the larger
// news treebank.)
#include "code/parse_tree.h"

namespace dyad::code {

// "urged Syria to allow inspectors into the site", parsed with
// "inspectors" the indirect object of "allow": an indirect object is the
// recipient beside a direct one (or beside a clause: "told him that ...").
// One alone, with no object, clause or predicate beside it, is the verb's
// object.
int ParseTree::RepairLoneIndirectObjects() {
  if (!MayHave("iobj")) return 0;
  int repaired = 0;
  for (int o = NextWith("iobj", 0); o < size(); o = NextWith("iobj", o + 1)) {
    const int v = head(o);
    if (rel(o) != "iobj" || v < 0 || o < v) continue;
    bool other = false;
    for (int k : kids(v)) {
      const Rel r = rel(k);
      other |= k != o && (r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp");
    }
    if (other) continue;
    SetHead(o, v, "obj");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

// "Iraqi rebels detonated an IED beside a convoy", with "IED" tagged a
// participle and made the complement of "detonated": a "verb" with an
// article before it and nothing of a clause (subject, auxiliary, marker,
// copula, case marker) is a noun; the complement of a verb with no object
// is that verb's object. (With a case marker it is a phrase:
// RepairArticleVerbs.)
int ParseTree::RepairArticleComplements() {
  if (!MayHang("det", Rel("xcomp").bit())) return 0;
  int repaired = 0;
  for (int x = NextWith("xcomp", 0); x < size(); x = NextWith("xcomp", x + 1)) {
    const int v = head(x);
    if (rel(x) != "xcomp" || v < 0 || x < v || upos(x) != "VERB" || upos(v) != "VERB") continue;
    int det = -1;
    bool clause = false;
    for (int k : kids(x)) {
      const Rel kr = BaseRel(rel(k));
      if (kr == "det" && k < x) det = k;
      clause |= kr == "nsubj" || kr == "aux" || kr == "mark" || kr == "cop" || kr == "csubj" || kr == "case" ||
                kr == "obj";
    }
    if (clause || det < 0) continue;
    const std::string_view d = lemma(det);
    if (d != "a" && d != "an" && d != "the") continue;
    if (Child(v, "obj") >= 0) continue;
    SetHead(x, v, "obj");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

// "Mali expelled the United Nations mission", parsed with "Nations" the
// subject of "mission"; "Russia blocked the UN monitoring mission", with
// "UN" the subject of the participle "monitoring" that modifies "mission":
// a noun that is an argument or modifier (no copula, no predicate) has no
// subject, nor does a participle before its noun; the name right before
// them is a compound of the noun, as in "the UN mission".
int ParseTree::RepairSubjectsInNounPhrases() {
  if (!MayHave("nsubj")) return 0;
  int repaired = 0;
  for (int n = NextWith("nsubj", 0); n < size(); n = NextWith("nsubj", n + 1)) {
    if (rel(n) != "nsubj" || upos(n) != "PROPN") continue;
    int h = head(n);
    if (h != n + 1) continue;
    if (upos(h) == "VERB" && rel(h) == "amod" && (xpos(h) == "VBG" || xpos(h) == "VBN") && head(h) > h) {
      // (The participle's noun, right after it or after its compounds.)
      h = head(h);
      bool between = true;
      for (int t = n + 2; t < h; ++t) between &= head(t) == h && (rel(t) == "compound" || rel(t) == "amod");
      if (!between) continue;
    } else if (upos(h) == "NOUN") {
      const Rel r = BaseRel(rel(h));
      if (!(r == "obj" || r == "iobj" || r == "obl" || r == "nmod" || r == "compound")) continue;
      bool predicate = false;
      for (int k : kids(h)) predicate |= rel(k) == "cop" || rel(k) == "aux" || rel(k) == "mark";
      if (predicate) continue;
    } else {
      continue;
    }
    SetHead(n, h, "compound");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

// Number phrases the news-trained parser splits:
//
// ParseTree::RepairNumbersBeforeNouns: "banned entry to 500 Americans",
// parsed with "500" the oblique ("to 500") and "Americans" a second object:
// a number with a preposition right before a plural noun hung on the same
// verb counts that noun, which takes the phrase.
//
// ParseTree::RepairPartitiveNumbers: "shot down 45 of 60 drones launched by
// Russia", parsed with "45" a modifier of "drones" and "of" the drones'
// marker: the first number heads the phrase (UD: "45 [of 60 drones]"), the
// object of a verb with none, and a participle right after the noun
// modifies it.
//
// ParseTree::RepairParticlesReadAsConjunctions: "Russia brushed aside the
// United States", parsed with "aside" a coordinator and "States" a conjunct
// of the verb: a verb's noun conjunct whose coordinator is a particle is the
// verb's object, and the particle the verb's.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairNumbersBeforeNouns() {
  if (!MayHave("obl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int n = NextWith("obl", 1); n + 1 < tokens; n = NextWith("obl", n + 1)) {
    const int noun = n + 1, v = head(n);
    if (BaseRel(rel(n)) != "obl" || upos(n) != "NUM" || v < 0 || head(noun) != v) continue;
    if (!(xpos(noun) == "NNS" || xpos(noun) == "NNPS") || !(rel(noun) == "obj" || BaseRel(rel(noun)) == "obl"))
      continue;
    const int c = Child(n, "case");
    if (c < 0 || Child(noun, "case") >= 0) continue;
    SetHead(noun, v, rel(n));
    SetHead(n, noun, "nummod");
    SetHead(c, noun, "case");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairPartitiveNumbers() {
  if (!MayHave("nummod")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("nummod", 0); a + 3 < tokens; a = NextWith("nummod", a + 1)) {
    const int of = a + 1, noun = head(a), v = noun >= 0 ? head(noun) : -1;
    if (rel(a) != "nummod" || lemma(of) != "of" || head(of) != noun || noun <= of || v < 0 || v > a) continue;
    if (upos(v) != "VERB" || !(upos(noun) == "NOUN" || upos(noun) == "PROPN")) continue;
    const std::string_view r = BaseRel(rel(noun));
    if (r != "obl" && r != "obj") continue;
    SetHead(a, v, Child(v, "obj") < 0 || Child(v, "obj") == noun ? Rel("obj") : rel(noun));
    SetHead(noun, a, "nmod");
    // ("drones launched by Russia": the participle after the noun is its.)
    if (noun + 1 < tokens && head(noun + 1) == v && xpos(noun + 1) == "VBN" && BaseRel(rel(noun + 1)) == "advcl")
      SetHead(noun + 1, noun, "acl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairParticlesReadAsConjunctions() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("cc", 1); c + 1 < tokens; c = NextWith("cc", c + 1)) {
    if (rel(c) != "cc" || !(lemma(c) == "aside" || lemma(c) == "away" || lemma(c) == "back")) continue;
    const int n = head(c), v = n >= 0 ? head(n) : -1;
    if (v < 0 || v + 1 != c || rel(n) != "conj" || upos(v) != "VERB" || Child(v, "obj") >= 0) continue;
    if (!(upos(n) == "NOUN" || upos(n) == "PROPN" || upos(n) == "PRON")) continue;
    SetHead(n, v, "obj");
    SetHead(c, v, "compound:prt");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

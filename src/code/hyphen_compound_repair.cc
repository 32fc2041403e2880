// ParseTree::RepairRangeCompounds: "a surface-to-air missile", "face-to-face
// talks", "government-to-government negotiations": the parser often takes
// the first word for the phrase's noun and leaves the real noun hanging
// (in "blown up by a surface-to-air missile" the agent became "surface").
// The words of "X-to-Y" modify the noun after them, which takes the place
// in the tree that the phrase's top word had.
#include "code/parse_tree.h"

namespace dyad::code {

namespace {

bool IsNominal(std::string_view upos) { return upos == "NOUN" || upos == "ADJ" || upos == "PROPN"; }

}  // namespace

int ParseTree::RepairRangeCompounds() {
  if (!has_hyphen_) return 0;
  const int tokens = size();
  int repaired = 0;
  // x - to - y noun
  for (int x = 0; x + 5 < tokens; ++x) {
    const int to = x + 2, y = x + 4, noun = x + 5;
    if (xpos(x + 1) != "HYPH" || lemma(to) != "to" || xpos(x + 3) != "HYPH") continue;
    if (!IsNominal(upos(x)) || !IsNominal(upos(y)) || upos(noun) != "NOUN") continue;
    // The phrase's top: the one word of "X-to-Y" whose head is outside the
    // phrase (the noun may hang elsewhere: "surface" the agent, "missile"
    // an unmarked oblique of the verb).
    int top = -1, tops = 0;
    for (int i = x; i <= y; ++i)
      if (head(i) < x || head(i) > noun) {
        top = i;
        ++tops;
      }
    if (tops != 1) continue;
    const int outer = head(top);
    const Rel rel = this->rel(top);
    // The top's other dependents before the phrase ("a sophisticated BAK")
    // are the noun's.
    for (int k : std::vector<int>(kids(top).begin(), kids(top).end()))
      if (k < x) SetHead(k, noun, this->rel(k));
    // ("a missile believed to be fired by rebels": a participle the noun was
    // made the subject of, hung on the same verb, is the noun's clause.)
    const int old_head = head(noun);
    const bool own_clause = old_head > noun && head(old_head) == outer && this->rel(noun) == "nsubj" &&
                            xpos(old_head) == "VBN" && upos(old_head) == "VERB";
    SetHead(noun, outer, rel);
    if (own_clause) SetHead(old_head, noun, "acl");
    SetHead(x, noun, "compound");
    SetHead(x + 1, to, "punct");
    SetHead(to, y, "case");
    SetHead(x + 3, y, "punct");
    SetHead(y, x, "nmod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "fired several short-range ballistic missiles", parsed with "range" the
// verb's object and "missiles" the object of "range": a noun ending an
// "X-Y" compound takes no object; the noun it was given modifies is the
// phrase's noun, and takes the compound's place in the tree.
int ParseTree::RepairHyphenatedModifiers() {
  if (!has_hyphen_) return 0;
  int repaired = 0;
  for (int n = 2; n < size(); ++n) {
    if (upos(n) != "NOUN" || xpos(n - 1) != "HYPH" || head(n) < 0) continue;
    int object = -1;
    for (int k : kids(n))
      if (k > n && rel(k) == "obj" && upos(k) == "NOUN") object = k;
    if (object < 0) continue;
    // Only modifiers between them ("short-range ballistic missiles").
    bool modifiers_only = true;
    for (int i = n + 1; i < object && modifiers_only; ++i)
      modifiers_only = (upos(i) == "ADJ" || upos(i) == "NOUN" || upos(i) == "PROPN") && head(i) == object;
    if (!modifiers_only) continue;
    const int outer = head(n);
    const Rel r = rel(n);
    // The compound's determiners and modifiers before it ("several") are the noun's.
    for (int k : std::vector<int>(kids(n).begin(), kids(n).end()))
      if (k < n - 2) SetHead(k, object, rel(k));
    SetHead(object, outer, r);
    SetHead(n, object, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

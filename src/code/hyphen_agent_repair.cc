// ParseTree::RepairHyphenatedMediators: "a Turkish-brokered grain deal", "a
// UAE-mediated exchange": the name before the hyphen is the participle's
// agent, as in "a deal brokered by Turkey", not a modifier of the noun.
#include "code/parse_tree.h"

namespace dyad::code {

namespace {

bool IsMediation(std::string_view lemma) {
  return lemma == "broker" || lemma == "mediate" || lemma == "negotiate" || lemma == "facilitate" ||
         lemma == "arbitrate";
}

}  // namespace

int ParseTree::RepairHyphenatedMediators() {
  if (!has_hyphen_ || !has_vbn_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = 2; p + 1 < tokens; ++p) {
    const int x = p - 2;
    const int noun = head(p);
    if (xpos(p - 1) != "HYPH" || xpos(p) != "VBN" || !IsMediation(lemma(p))) continue;
    if (noun <= p || (upos(noun) != "NOUN" && upos(noun) != "PROPN")) continue;
    if (upos(x) != "PROPN" && upos(x) != "ADJ" && upos(x) != "NOUN") continue;
    // The name ends right before the hyphen ("United Arab Emirates-brokered").
    const int x_head = head(x) == p || head(x) == noun ? x : head(x);
    if (x_head < 0 || x_head > p) continue;
    SetHead(p, noun, "acl");
    SetHead(x_head, p, "obl:agent");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

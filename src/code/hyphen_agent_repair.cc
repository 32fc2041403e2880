// ParseTree::RepairHyphenatedMediators: "a Turkish-brokered grain deal", "a
// UAE-mediated exchange": the name before the hyphen is the participle's
// agent, as in "a deal brokered by Turkey", not a modifier of the noun.
// ParseTree::RepairMediatedNounAttachment: "released hostages under a
// ceasefire brokered by Qatar": what was brokered is the ceasefire.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

constexpr std::string_view kMediationWords[] = {"broker", "mediate", "negotiate", "facilitate", "arbitrate"};
// (Both repairs need one: most sentences have none, and are passed over at once.)
constexpr SmallWordSet kMediationVerbs(kMediationWords);

bool IsMediation(std::string_view lemma) {
  return lemma == "broker" || lemma == "mediate" || lemma == "negotiate" || lemma == "facilitate" ||
         lemma == "arbitrate";
}

}  // namespace

int ParseTree::RepairHyphenatedMediators() {
  if (!has_hyphen_ || !has_vbn_ || !MayHaveLemmaOf(kMediationVerbs)) return 0;
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

int ParseTree::RepairMediatedNounAttachment() {
  if (!has_vbn_ || !MayHave("acl") || !MayHaveLemmaOf(kMediationVerbs)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = NextWith("acl", 1); p < tokens; p = NextWith("acl", p + 1)) {
    if (rel(p) != "acl" || xpos(p) != "VBN" || !IsMediation(lemma(p))) continue;
    const int noun = p - 1;
    if (head(p) == noun || upos(noun) != "NOUN") continue;
    const std::string_view l = lemma(noun);
    if (!(l == "deal" || l == "agreement" || l == "accord" || l == "pact" || l == "treaty" || l == "truce" ||
          l == "ceasefire" || l == "cease-fire" || l == "exchange" || l == "swap" || l == "release" || l == "talk" ||
          l == "negotiation"))
      continue;
    // (Not when the noun hangs below the participle: no cycle.)
    bool below = false;
    for (int up = noun, hops = 0; up >= 0 && hops < tokens; up = head(up), ++hops) below |= up == p;
    if (below) continue;
    SetHead(p, noun, "acl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

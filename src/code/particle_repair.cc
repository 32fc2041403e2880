// ParseTree::RepairStrandedParticles: "shot down 45 of 60 drones" read as
// "shot [down 45 drones]", a preposition phrase, by the parser.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairStrandedParticles() {
  if (!MayHave("case") && !MayHave("advmod")) return 0;
  const int tokens = size();
  int repaired = 0;
  // (The particle was made a case marker or an adverb: NextWith.)
  for (int p = NextWith({"case", "advmod"}, 1); p + 1 < tokens; p = NextWith({"case", "advmod"}, p + 1)) {
    const int v = p - 1;
    const int x = head(p);
    if (upos(v) != "VERB" || x <= p) continue;
    const std::string_view l = lemma(p);
    if (l != "down" && l != "off" && l != "up" && l != "out") continue;
    // ("pulled out of Afghanistan": a preposition of two words.)
    if (upos(p + 1) == "ADP") continue;
    if (rel(p) == "case" && head(x) == v) {
      // What it took for the preposition's noun is the verb's object, unless
      // the verb has one ("cut off aid", "shot down drones", "stepped up patrols").
      if (Child(v, "obj") >= 0 || (upos(x) != "NUM" && upos(x) != "NOUN" && upos(x) != "PROPN")) continue;
      SetHead(p, v, "compound:prt");
      SetHead(x, v, "obj");
    } else if (rel(p) == "advmod" && (upos(x) == "NUM" || upos(x) == "NOUN") && Child(v, "obj") >= 0 &&
               x <= Child(v, "obj")) {
      // "shot down five Indian jets", "down" an adverb of "five".
      SetHead(p, v, "compound:prt");
    } else {
      continue;
    }
    // An active verb then: "it shot down" has no passive auxiliary.
    const int subj = Child(v, "nsubj:pass");
    if (subj >= 0 && Child(v, "aux:pass") < 0) SetHead(subj, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

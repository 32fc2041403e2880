// ParseTree::RepairFirstOfTwoSubjectsAsObject: "China on Tuesday accused the United States
// of turning the Philippines into a frontline ..., a day after American and
// Philippine forces fired missiles", parsed with "the United States" a
// subject of "fired" beside "forces". A clause has one subject: of two, the
// first, right after the verb above the clause (which has no object), is
// that verb's object.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairFirstOfTwoSubjectsAsObject() {
  if (MostWith("nsubj") < 2) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = 0; c < tokens; ++c) {
    if (upos(c) != "VERB") continue;
    int first = -1, second = -1;
    for (int k : kids(c)) {
      if (rel(k) != "nsubj") continue;
      if (first < 0) first = k;
      else if (second < 0) second = k;
    }
    if (second < 0 || first > c) continue;
    const int g = head(c);
    if (g < 0 || g >= first || upos(g) != "VERB" || Child(g, "obj") >= 0) continue;
    if (upos(first) != "PROPN" && upos(first) != "NOUN") continue;
    // (Right after the verb: the phrase of the first subject starts there.)
    int start = first;
    while (start > 0 && head(start - 1) == first) --start;
    if (start != g + 1) continue;
    SetHead(first, g, "obj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

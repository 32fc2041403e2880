// ParseTree::RepairSplitCompounds: "Riot police used pepper spray and batons
// against protesters": the parser made the first noun of a compound the
// verb's object and the second a bare oblique ("pepper" obj, "spray"
// obl:unmarked). Two adjacent nouns so hung on one verb are one compound,
// headed by the second, which is the object.
#include <algorithm>
#include <string_view>

#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairSplitCompounds() {
  if (!MayHave("obl:unmarked") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int first = NextWith("obj", 0); first + 1 < tokens; first = NextWith("obj", first + 1)) {
    const int second = first + 1;
    const int v = head(first);
    if (v < 0 || rel(first) != "obj" || head(second) != v || rel(second) != "obl:unmarked") continue;
    if (upos(first) != "NOUN" || upos(second) != "NOUN" || xpos(first) != "NN") continue;
    // (A bare time phrase is one: "used gas yesterday", "fired shells overnight".)
    static constexpr std::string_view kTimeNouns[] = {"yesterday", "today", "tonight", "tomorrow", "overnight",
                                                      "morning",   "evening", "night",  "afternoon", "week",
                                                      "weekend",   "month",   "year",   "day",       "time"};
    if (std::find(std::begin(kTimeNouns), std::end(kTimeNouns), lemma(second)) != std::end(kTimeNouns)) continue;
    // The first noun's own dependents (its determiner) are the compound's.
    for (int k : std::vector<int>(kids(first).begin(), kids(first).end())) SetHead(k, second, rels_[k]);
    SetHead(first, second, "compound");
    SetHead(second, v, "obj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairSplitModifierLists: "Ukrainian and U.S. officials", parsed
// with "Ukrainian" an adjective, "and" and "U.S." both hung on "officials":
// two modifiers of one noun with a conjunction between them are a list, the
// second a conjunct of the first (UD), so that both name whose the noun is.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairSplitModifierLists() {
  if (!MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = 1; c + 2 < tokens; ++c) {
    const int a = c - 1, b = c + 1, noun = head(c);
    if (rel(c) != "cc" || noun <= b || head(a) != noun || head(b) != noun) continue;
    if (upos(noun) != "NOUN") continue;
    auto modifier = [&](int x) {
      return (rel(x) == "amod" || rel(x) == "compound") && (upos(x) == "ADJ" || upos(x) == "PROPN");
    };
    if (!modifier(a) || !modifier(b)) continue;
    // (Only names of owners: capitalized, "Ukrainian", "U.S.".)
    if (form(a).empty() || form(b).empty() || !(form(a)[0] >= 'A' && form(a)[0] <= 'Z') ||
        !(form(b)[0] >= 'A' && form(b)[0] <= 'Z'))
      continue;
    SetHead(b, a, "conj");
    SetHead(c, b, "cc");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairNamingPredicates: "Russia called the sanctions illegal",
// parsed with "illegal" an adjective on "sanctions". After the object of a
// verb of naming (call, deem, declare, term, brand, label, consider), an
// adjective that follows the object's noun is what the object is called:
// the verb's predicate (xcomp), as UD has it.
#include "code/parse_tree.h"

namespace dyad::code {

namespace {

bool IsNamingVerb(std::string_view l) {
  return l == "call" || l == "deem" || l == "declare" || l == "term" || l == "brand" || l == "label" ||
         l == "consider" || l == "dub";
}

}  // namespace

int ParseTree::RepairNamingPredicates() {
  if (!MayHave("amod") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = 2; a < tokens; ++a) {
    if (rel(a) != "amod" || upos(a) != "ADJ") continue;
    const int o = head(a);
    if (o < 0 || o >= a || rel(o) != "obj") continue;
    const int v = head(o);
    if (v < 0 || v >= o || !IsNamingVerb(lemma(v)) || Child(v, "xcomp") >= 0) continue;
    // Right after the object's noun (or its closing quote).
    int gap = o + 1;
    while (gap < a && (upos(gap) == "PUNCT")) ++gap;
    if (gap != a) continue;
    SetHead(a, v, "xcomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

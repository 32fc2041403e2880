// ParseTree::RepairAppositiveSubjects: "Saudi Arabia and Qatar, both close
// backers of Syria's new authorities, praised ...", parsed with the names as
// the subject of "backers" and "backers" as the verb's subject. A noun
// subject with no copula whose own subject comes before it, a comma
// between, is the apposition of that subject, which is the verb's.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairAppositiveSubjects() {
  if (!has_comma_ || MostWith("nsubj") < 2) return 0;
  const int tokens = size();
  int repaired = 0;
  auto nominal = [&](int t) { return upos(t) == "NOUN" || upos(t) == "PROPN"; };
  for (int b = NextWith("nsubj", 1); b < tokens; b = NextWith("nsubj", b + 1)) {
    const int v = head(b);
    if (rel(b) != "nsubj" || v <= b || upos(v) != "VERB" || upos(b) != "NOUN") continue;
    int a = -1;
    bool copula = false;
    for (int k : kids(b)) {
      if (rel(k) == "nsubj" && k < b && nominal(k)) a = k;
      copula |= rel(k) == "cop";
    }
    if (a < 0 || copula) continue;
    // A comma opening the apposition and one before the verb.
    int first = b;
    for (int k : kids(b))
      if (k > a && k < first) first = k;
    const int comma = form(first) == "," ? first : first - 1;
    if (comma < 1 || form(comma) != "," || form(v - 1) != ",") continue;
    SetHead(a, v, "nsubj");
    SetHead(b, a, "appos");
    SetHead(comma, b, "punct");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

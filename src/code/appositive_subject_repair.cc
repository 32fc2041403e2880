// ParseTree::RepairAppositiveSubjects: "Saudi Arabia and Qatar, both close
// backers of Syria's new authorities, praised ...", parsed with the names as
// the subject of "backers" and "backers" as the verb's subject. A noun
// subject with no copula whose own subject comes before it, a comma
// between, is the apposition of that subject, which is the verb's.
//
// ParseTree::RepairSubjectsReadAsAppositionsOfFrontedPhrases: "In a joint
// statement late on Sunday, EU foreign policy chief Kaja Kallas and
// enlargement commissioner Marta Kos condemned ...", parsed with the names
// an apposition of the fronted "statement": an apposition of the verb's
// fronted oblique that runs from its comma up to the verb, when the verb has
// no subject, is the subject.
#include <algorithm>

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

namespace dyad::code {

int ParseTree::RepairSubjectsReadAsAppositionsOfFrontedPhrases() {
  if (!has_comma_ || !MayHave("appos")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("appos", 1); a + 1 < tokens; a = NextWith("appos", a + 1)) {
    if (rel(a) != "appos" || !(upos(a) == "PROPN" || upos(a) == "NOUN")) continue;
    const int o = head(a);
    if (o < 0 || o > a || BaseRel(rel(o)) != "obl") continue;
    const int v = head(o);
    if (v <= a || upos(v) != "VERB" || Child(v, "nsubj", true) >= 0 || Child(v, "csubj") >= 0) continue;
    // The apposition's words run from right after a comma up to the verb.
    int first = a, last = a;
    for (int k = 0; k < tokens; ++k)
      if (k != a && upos(k) != "PUNCT" && IsWithin(k, a)) {
        first = std::min(first, k);
        last = std::max(last, k);
      }
    if (last + 1 != v || first < 1 || form(first - 1) != ",") continue;
    // (The comma opens the apposition: it hangs on it or on the phrase.)
    SetHead(a, v, "nsubj");
    SetHead(first - 1, o, "punct");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

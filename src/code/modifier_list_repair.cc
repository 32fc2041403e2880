// ParseTree::RepairSplitModifierLists: "Ukrainian and U.S. officials", parsed
// with "Ukrainian" an adjective, "and" and "U.S." both hung on "officials":
// two modifiers of one noun with a conjunction between them are a list, the
// second a conjunct of the first (UD), so that both name whose the noun is.
// So are two names with a comma between them in a headline ("Russian,
// Ukrainian delegations").
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairSplitModifierLists() {
  if (!MayHave("cc") && !has_comma_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("cc", 1); c + 2 < tokens; c = NextWith("cc", c + 1)) {
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
  // "Russian, Ukrainian delegations hold talks" (a headline's comma for
  // "and"), parsed with the first name hung elsewhere: the same list, when
  // the first name opens the sentence or hangs on the noun.
  int commas = 0;
  for (int c = NextWith("punct", 1); c + 2 < tokens && has_comma_; c = NextWith("punct", c + 1)) {
    const int a = c - 1, b = c + 1, noun = head(b);
    if (form(c) != "," || noun <= b || upos(noun) != "NOUN") continue;
    if ((rel(b) != "amod" && rel(b) != "compound") || (upos(b) != "ADJ" && upos(b) != "PROPN")) continue;
    if (upos(a) != "ADJ" && upos(a) != "PROPN") continue;
    if (head(a) != noun && a != 0) continue;
    if (form(a).empty() || form(b).empty() || !(form(a)[0] >= 'A' && form(a)[0] <= 'Z') ||
        !(form(b)[0] >= 'A' && form(b)[0] <= 'Z'))
      continue;
    // (Nothing between the list and its noun but modifiers of the noun.)
    bool phrase = true;
    for (int x = b + 1; x < noun && phrase; ++x) phrase = head(x) == noun;
    if (!phrase) continue;
    SetHead(a, noun, upos(a) == "ADJ" ? Rel("amod") : Rel("compound"));
    SetHead(b, a, "conj");
    SetHead(c, b, "punct");
    ++commas;
  }
  if (commas) Rebuild();
  return repaired + commas;
}

}  // namespace dyad::code

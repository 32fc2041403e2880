// ParseTree::RepairCasesOnVerbs: "Hamas fighters fired rockets at Tel Aviv",
// parsed with "at" a case marker of "fired" and "Tel" an unmarked oblique
// of it. A preposition hung on a verb as its case marker marks the noun
// right after it that hangs on the same verb: that noun is the verb's
// oblique with that preposition.
//
// ParseTree::RepairCasesOnTitles: "held talks with Saudi Crown Prince
// Mohammed bin Salman", parsed with "with" on the title "Prince", itself a
// description (nmod:desc) of the name after it. The phrase's preposition
// marks its head, the name.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairCasesOnVerbs() {
  if (!MayHave("case")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("case", 0); c + 1 < tokens; c = NextWith("case", c + 1)) {
    const int v = head(c);
    if (rel(c) != "case" || v < 0 || upos(v) != "VERB" || upos(c) != "ADP") continue;
    // The noun: the first word after the marker hung on the verb, with only
    // its own modifiers between.
    int n = c + 1;
    while (n < tokens && head(n) > n && (rel(n) == "det" || rel(n) == "amod" || rel(n) == "compound" ||
                                         rel(n) == "nummod"))
      n = head(n);
    if (n >= tokens || head(n) != v || !(upos(n) == "NOUN" || upos(n) == "PROPN" || upos(n) == "PRON")) continue;
    const std::string_view r = BaseRel(rel(n));
    // (Or a "compound" after the verb, which no compound is: the news-trained
    // parser's shape of "at Tel Aviv".)
    if (!(r == "obl" || r == "nmod" || r == "obj" || r == "dep" || (r == "compound" && n > v))) continue;
    bool marked = false;
    for (int k : kids(n)) marked |= rel(k) == "case";
    if (marked) continue;
    SetHead(c, n, "case");
    SetHead(n, v, "obl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairCasesOnTitles() {
  // ("nmod:desc" is no relation of dyad's table: compared as text.)
  if (!MayHave("case")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("case", 0); c + 1 < tokens; c = NextWith("case", c + 1)) {
    const int title = head(c);
    if (rel(c) != "case" || upos(c) != "ADP" || title <= c || std::string_view(rel(title)) != "nmod:desc") continue;
    const int name = head(title);
    if (name <= title || Child(name, "case") >= 0) continue;
    SetHead(c, name, "case");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

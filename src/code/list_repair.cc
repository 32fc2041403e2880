// ParseTree::RepairStrayListItems: "brokered by the United States, Egypt,
// Qatar and Turkey" read as "brokered by the United States" with "Egypt,
// Qatar and Turkey" a second list hung from the verb.
//
// ParseTree::RepairSharedHeadNouns: "launched air and missile strikes" read
// as "launched air" and a conjoined "missile strikes" of the verb.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairStrayListItems() {
  if (!has_comma_ || !MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int b = 2; b < tokens; ++b) {
    const int v = head(b);
    const int a = b - 2;
    if (v < 0 || form(b - 1) != "," || upos(b) != "PROPN" || upos(a) != "PROPN") continue;
    // The list's first name hangs from the same word, or below it ("released
    // hostages under a ceasefire brokered by the United States, Egypt, ...",
    // with "Egypt" hung from "released").
    bool under = false;
    for (int up = a, hops = 0; up >= 0 && hops < 5 && !under; up = head(up), ++hops) under = head(up) == v;
    // (Or made the subject of a noun with no copula that hangs from the
    // list's verb: "thanked the United States, Britain and Canada for their
    // support", with "Britain" the subject of "support".)
    if (!under && rel(b) == "nsubj" && (upos(v) == "NOUN" || upos(v) == "PROPN") && Child(v, "cop") < 0 && v > b &&
        head(v) >= 0 && head(v) < a)
      for (int up = a, hops = 0; up >= 0 && hops < 5 && !under; up = head(up), ++hops) under = head(up) == head(v);
    if (!under) continue;
    if (rel(b) == "conj" || rel(b) == "appos" || rel(a) == "conj") continue;
    // b opens a list that ends in "and"/"or": its last conjunct has a cc.
    int last = -1;
    for (int k : kids(b))
      if (k > b && rel(k) == "conj") last = k;
    if (last < 0 || Child(last, "cc") < 0) continue;
    // All conjuncts hang from the first one (UD).
    SetHead(b, a, "conj");
    for (int k : kids(b))
      if (k > b && rel(k) == "conj") SetHead(k, a, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairSharedHeadNouns() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  int repaired = 0;
  for (int o = NextWith("obj", 0); o >= 0 && o + 3 < size(); o = NextWith("obj", o + 1)) {
    // "air and missile strikes": a bare singular noun, "and" or "or", then a
    // noun phrase conjoined to the verb (not to the noun), right after.
    const int v = head(o);
    if (rel(o) != "obj" || upos(o) != "NOUN" || xpos(o) != "NN" || v < 0 || upos(v) != "VERB" || !kids(o).empty())
      continue;
    if (lemma(o + 1) != "and" && lemma(o + 1) != "or") continue;
    int n = -1;
    for (int k : kids(v))
      if (k > o + 1 && rel(k) == "conj" && upos(k) == "NOUN" && n < 0) n = k;
    if (n < 0 || head(o + 1) != n) continue;
    // Only modifiers between the "and" and the shared noun ("missile").
    bool modifiers_only = true;
    for (int i = o + 2; i < n && modifiers_only; ++i) modifiers_only = head(i) == n && (upos(i) == "NOUN" || upos(i) == "ADJ");
    if (!modifiers_only) continue;
    SetHead(n, v, "obj");
    SetHead(o, n, "compound");
    SetHead(o + 1, o + 2 < n ? o + 2 : o, "cc");
    if (o + 2 < n) SetHead(o + 2, o, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "launched a new bombing and shelling offensive against besieged
// Osgiliath", parsed as a list "bombing", "shelling", "offensive" (the last
// with neither a conjunction nor a comma before it): two singular nouns
// joined by "and", then a noun right after the second with nothing between,
// are the modifiers of that noun, the phrase's head. It takes the first
// noun's place and its determiner and adjectives.
int ParseTree::RepairUnmarkedSharedHeads() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  int repaired = 0;
  for (int z = NextWith("conj", 2); z >= 0 && z < size(); z = NextWith("conj", z + 1)) {
    const int y = z - 1, h = head(z);
    if (rel(z) != "conj" || upos(z) != "NOUN" || h < 0 || h >= y || head(y) != h || rel(y) != "conj") continue;
    if (upos(h) != "NOUN" || xpos(h) != "NN" || upos(y) != "NOUN" || xpos(y) != "NN") continue;
    // "and" before the second noun, nothing of a list before the third.
    const int cc = Child(y, "cc");
    if (cc < 0 || cc != y - 1 || Child(z, "cc") >= 0 || Child(z, "punct") >= 0) continue;
    bool modifiers_only = true;
    for (int i = h + 1; i < cc && modifiers_only; ++i) modifiers_only = Under(i, h) && head(i) != h;
    if (!modifiers_only) continue;
    SetHead(z, head(h), rel(h));
    for (int k : std::vector<int>(kids(h).begin(), kids(h).end()))
      if (k < h || k > z) SetHead(k, z, rel(k));
    SetHead(h, z, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Fornost and the evil awful Gondor welcomed ...", parsed with "Gondor" a
// flat part of "Fornost"'s name and the words between ("and the evil
// awful") a conjunct of their own. A name's flat parts are contiguous: a
// name made a flat part of a name before a conjunction, across words of a
// conjunct of that name, is the list's member, and those words (a
// determiner, adjectives, nouns) its modifiers.
int ParseTree::RepairFlatNamesAcrossConjunctions() {
  if (!MayHave("flat") || !MayHave("conj") || !MayHave("cc")) return 0;
  int repaired = 0;
  for (int p = NextWith("flat", 2); p >= 0 && p < size(); p = NextWith("flat", p + 1)) {
    const int h = head(p);
    if (rel(p) != "flat" || upos(p) != "PROPN" || h < 0 || h + 2 >= p || upos(h + 1) != "CCONJ") continue;
    // The words between: a conjunct of h and what hangs from it, only
    // words of a noun phrase, none with a dependent outside them.
    int c = -1;
    for (int k : kids(h))
      if (k > h + 1 && k < p && rel(k) == "conj") c = k;
    if (c < 0) continue;
    bool phrase = true;
    for (int t = h + 1; t < p && phrase; ++t) {
      const std::string_view u = upos(t);
      phrase = Under(t, c) && (u == "CCONJ" || u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN") &&
               (u != "CCONJ" || t == h + 1);
      for (int k : kids(t)) phrase &= k > h && k < p;
    }
    if (!phrase) continue;
    SetHead(p, h, "conj");
    for (int t = h + 1; t < p; ++t) {
      const std::string_view u = upos(t);
      SetHead(t, p, u == "CCONJ" ? Rel("cc") : u == "DET" ? Rel("det") : u == "ADJ" ? Rel("amod") : Rel("compound"));
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

// ParseTree::RepairFrontedWhereClauses and RepairPronounsConjoinedToNames:
// see parse_tree.h.
//
// ParseTree::RepairSubjectBeforeConjunction: "Maduro accused the United
// States of seeking regime change and warned ...", parsed with "the United
// States" the subject of "warned".
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

int ParseTree::RepairSubjectBeforeConjunction() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v2 = NextWith("conj", 0); v2 < tokens; v2 = NextWith("conj", v2 + 1)) {
    const int v1 = head(v2);
    if (v1 < 0 || v1 > v2 || rel(v2) != "conj" || upos(v1) != "VERB" || upos(v2) != "VERB") continue;
    const int cc = Child(v2, "cc");
    const int subject = Child(v2, "nsubj");
    // A conjoined clause's own subject follows its "and"; one before it
    // belongs to the first verb, as its object.
    if (cc < 0 || subject < 0 || !(v1 < subject && subject < cc) || Child(v1, "obj") >= 0) continue;
    SetHead(subject, v1, "obj");
    for (int k : kids(v2))
      if (k > v1 && k < cc && k != subject) SetHead(k, v1, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairNounConjunctsBeforeVerbs() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int n = NextWith("conj", 0); n + 1 < tokens; n = NextWith("conj", n + 1)) {
    const int h = head(n), v = n + 1;
    if (h < 0 || h > n || rel(n) != "conj" || (upos(n) != "NOUN" && upos(n) != "PROPN") || upos(h) != "VERB") continue;
    const int cc = Child(n, "cc");
    if (cc < 0 || upos(v) != "VERB" || head(v) != h || (xpos(v) != "VBD" && xpos(v) != "VBN")) continue;
    const Rel vr = rel(v);
    if (vr != "parataxis" && vr != "conj" && vr != "dep") continue;
    if (Child(v, "nsubj", true) >= 0 || Child(v, "aux", true) >= 0) continue;
    SetHead(v, h, "conj");
    SetHead(n, v, "nsubj");
    SetHead(cc, v, "cc");
    for (int k : kids(n))
      if (k < n && rel(k) == "punct") SetHead(k, v, "punct");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairSplitPossessors() {
  if (!MayHave("nmod:poss")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int x = NextWith("nmod:poss", 0); x < tokens && MayHave("conj"); x = NextWith("nmod:poss", x + 1)) {
    if (rel(x) != "nmod:poss" || upos(x) != "PROPN") continue;
    const int noun = head(x);
    if (noun <= x || upos(noun) != "NOUN" || xpos(noun) != "NN") continue;  // singular
    // The last conjunct carries the "'s"; the first has none of its own.
    int y = -1;
    for (int k : kids(x))
      if (rel(k) == "conj" && upos(k) == "PROPN") y = k;
    if (y < 0 || y >= noun) continue;
    // (The parser may hang that "'s" on the first member.)
    const bool y_owns = y + 1 < noun && (form(y + 1) == "'s" || form(y + 1) == "'") && rel(y + 1) == "case";
    bool x_owns = false;
    for (int k : kids(x)) x_owns |= rel(k) == "case" && k < y;
    if (!y_owns || x_owns) continue;
    const int cc = Child(y, "cc");
    // x takes the noun's place; the noun (owned by y alone) is x's conjunct.
    SetHead(x, head(noun), rel(noun));
    SetHead(noun, x, "conj");
    SetHead(y, noun, "nmod:poss");
    SetHead(y + 1, y, "case");
    if (cc >= 0) SetHead(cc, noun, "cc");
    Rebuild();
    ++repaired;
  }
  // The same with every word hung on the noun: the first name its compound,
  // the "and" and the possessor its dependents ("Pakistan" compound, "and"
  // cc, "Afghanistan" nmod:poss of "government").
  if (!MayHave("compound") || !MayHave("cc")) return repaired;
  for (int x = NextWith("compound", 0); x + 3 < tokens; x = NextWith("compound", x + 1)) {
    if (rel(x) != "compound" || upos(x) != "PROPN") continue;
    const int noun = head(x), cc = x + 1, y = x + 2;
    if (noun <= y + 1 || upos(noun) != "NOUN" || xpos(noun) != "NN") continue;  // singular
    if (head(cc) != noun || rel(cc) != "cc" || head(y) != noun || rel(y) != "nmod:poss" || upos(y) != "PROPN") continue;
    if (!((form(y + 1) == "'s" || form(y + 1) == "'") && rel(y + 1) == "case" && head(y + 1) == y)) continue;
    SetHead(x, head(noun), rel(noun));
    SetHead(noun, x, "conj");
    SetHead(cc, noun, "cc");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "A court jailed Imamoglu pending trial", parsed with "Imamoglu" the
// subject of "pending".
int ParseTree::RepairGerundClauseSubjects() {
  if (!has_vbg_ || !MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  static constexpr Rel kClauses[] = {"ccomp", "xcomp", "advcl"};
  for (int g = NextWith(kClauses, 2); g < tokens; g = NextWith(kClauses, g + 1)) {
    const int v1 = head(g);
    const int subject = g - 1;
    if (xpos(g) != "VBG" || v1 < 0 || v1 != subject - 1 || upos(v1) != "VERB") continue;
    if (rel(g) != "ccomp" && rel(g) != "xcomp" && BaseRel(rel(g)) != "advcl") continue;
    if (head(subject) != g || rel(subject) != "nsubj" || (upos(subject) != "PROPN" && upos(subject) != "PRON")) continue;
    if (Child(v1, "obj") >= 0 || Child(g, "aux") >= 0) continue;
    SetHead(subject, v1, "obj");
    SetHead(g, v1, "advcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

int ParseTree::RepairPastConjunctsOfGerunds() {
  if (!has_vbg_ || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("conj", 2); c < tokens; c = NextWith("conj", c + 1)) {
    if (rel(c) != "conj" || upos(c) != "VERB" || (xpos(c) != "VBD" && xpos(c) != "VBN")) continue;
    const int g = head(c);
    if (g < 0 || xpos(g) != "VBG" || Child(c, "aux", true) >= 0 || Child(c, "nsubj") >= 0) continue;
    // The gerund completes a finite verb in the past: "blamed Pakistan for supporting".
    const int v = head(g);
    if (v < 0 || v > g || xpos(v) != "VBD" || Child(g, "mark") < 0) continue;
    SetHead(c, v, "conj");
    // (And an -ing clause after a comma that follows it is the conjunct's.)
    for (int k : std::vector<int>(kids(g).begin(), kids(g).end()))
      if (k > c && BaseRel(rel(k)) == "advcl" && xpos(k) == "VBG" && form(k - 1) == ",") SetHead(k, c, rels_[k]);
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

int ParseTree::RepairSplitGerundConjuncts() {
  if (!has_vbg_ || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int n = NextWith("conj", 2); n + 1 < tokens; n = NextWith("conj", n + 1)) {
    const int g = head(n), g2 = n + 1;
    if (rel(n) != "conj" || (upos(n) != "PROPN" && upos(n) != "NOUN") || g < 0 || g >= n) continue;
    if (xpos(g) != "VBG" || Child(g, "nsubj") < 0 || xpos(g2) != "VBG" || head(g2) != g) continue;
    if (Child(g2, "nsubj") >= 0) continue;
    SetHead(n, g2, "nsubj");
    SetHead(g2, g, "conj");
    if (const int cc = Child(n, "cc"); cc >= 0) SetHead(cc, g2, "cc");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

int ParseTree::RepairFrontedWhereClauses() {
  static constexpr std::string_view kWhereWord[] = {"where"};
  static constexpr SmallWordSet kWhere(kWhereWord);
  if (!has_comma_ || !MayHave("conj") || !MayHaveLemmaOf(kWhere)) return 0;
  const int tokens = size();
  for (int w = NextWith("advmod", 3); w + 3 < tokens; w = NextWith("advmod", w + 1)) {
    if (rel(w) != "advmod" || lemma(w) != "where" || form(w - 1) != ",") continue;
    const int v1 = head(w);
    if (v1 <= w || head(v1) >= 0 || upos(v1) != "VERB") continue;
    // The fronted place: a phrase before the comma, an oblique of that verb.
    int place = w - 2;
    for (int hops = 0; place >= 0 && head(place) != v1 && hops < 8; ++hops) place = head(place);
    if (place < 0 || place >= w || BaseRel(rel(place)) != "obl" || Child(place, "case") < 0) continue;
    // The subjectless conjunct after it, and the name between.
    int v2 = -1;
    for (int k : kids(v1))
      if (k > v1 && rel(k) == "conj" && upos(k) == "VERB" && (xpos(k) == "VBD" || xpos(k) == "VBZ" || xpos(k) == "VBP") && Child(k, "nsubj") < 0 &&
          Child(k, "cc") < 0)
        v2 = k;
    if (v2 < 0) continue;
    int subject = -1;
    for (int k : kids(v1))
      if (k > v1 && k < v2 && (upos(k) == "PROPN" || upos(k) == "NOUN") && Child(k, "case") < 0 &&
          (rel(k) == "obl:unmarked" || rel(k) == "appos" || rel(k) == "conj" || rel(k) == "obj"))
        subject = k;
    if (subject < 0) continue;
    int first = subject;
    for (int k = subject - 1; k > v1 && IsWithin(k, subject) && form(k) != ","; --k) first = k;
    if (first - 1 <= v1 || form(first - 1) != ",") continue;
    const int comma = first - 1;
    SetHead(v2, -1, "root");
    for (int k : kids(v1))
      if (k >= comma && k != v2) SetHead(k, v2, k == subject ? Rel("nsubj") : rel(k));
    SetHead(place, v2, rel(place));
    SetHead(v1, place, "acl:relcl");
    Rebuild();
    return 1;
  }
  return 0;
}

int ParseTree::RepairThatClauseConjuncts() {
  static constexpr std::string_view kThatWord[] = {"that"};
  static constexpr SmallWordSet kThat(kThatWord);
  if (!MayHave("conj") || !MayHave("ccomp") || !MayHaveLemmaOf(kThat)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v2 = NextWith("conj", 1); v2 < tokens; v2 = NextWith("conj", v2 + 1)) {
    if (rel(v2) != "conj" || upos(v2) != "VERB") continue;
    const int v1 = head(v2);
    if (v1 < 0 || v1 > v2 || upos(v1) != "VERB") continue;
    const int mark = Child(v2, "mark");
    const int cc = Child(v2, "cc");
    if (mark < 0 || lemma(mark) != "that" || cc < 0 || cc > mark) continue;
    int content = -1;
    for (int k : kids(v1))
      if (k > v1 && k < cc && rel(k) == "ccomp") content = k;
    if (content < 0) continue;
    SetHead(v2, content, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairPronounsConjoinedToNames() {
  if (!MayHave("cc") || !MayHang("nsubj", Rel("nsubj").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = NextWith("nsubj", 0); p + 2 < tokens; p = NextWith("nsubj", p + 1)) {
    if (rel(p) != "nsubj" || upos(p) != "PRON" || lemma(p + 1) != "and") continue;
    const std::string_view l = lemma(p);
    if (l != "he" && l != "she" && l != "they" && l != "we" && l != "i") continue;
    const int name = head(p);
    if (name <= p || !(upos(name) == "PROPN" || upos(name) == "NOUN") || BaseRel(rel(name)) != "nsubj") continue;
    if (head(p + 1) != name || Child(name, "cop") >= 0) continue;
    const int v = head(name);
    if (v < 0 || upos(v) != "VERB") continue;
    SetHead(p, v, "nsubj");
    SetHead(name, p, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

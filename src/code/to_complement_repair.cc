// ParseTree::RepairToComplementsReadAsPurpose: "he said government proposed
// to take up the issue with the World Bank", parsed with the to-clause an
// adverbial (purpose) clause of "proposed". Right after a verb of intending
// or deciding that has no object or complement, it is the complement.
//
// ParseTree::RepairFreeRelativeObjects: "struck what the military said were
// dozens of Hamas targets", parsed with "what" the object of "said" and the
// targets its predicate: what was struck is the predicate nominal, the
// verb's object; the saying clause its relative.
//
// ParseTree::RepairObjectControlClauses: "urged both the government in
// Kathmandu and the protesters to show restraint", parsed with the
// to-clause a modifier of "protesters": after the object of a verb of
// asking, it is what the verb asks (xcomp).
//
// ParseTree::RepairAbsoluteWithClauses: "urged the military to halt air
// strikes, with Foreign Minister Mohamad Hasan calling the violence
// unacceptable", parsed with the name inside the strikes' phrase: "with" a
// name and an -ing verb is a clause of its own (the name its subject) that
// qualifies the sentence's verb.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

// Verbs whose to-clause is their complement, not a purpose ("proposed to
// take up", "plans to visit").
constexpr std::string_view kToComplementVerbWords[] = {
    "propose", "plan", "agree", "decide", "want",   "hope",    "intend", "promise", "pledge",    "vow",     "offer",  "threaten",
    "try",     "seek", "refuse", "aim",   "expect", "prepare", "fail",   "attempt", "decline",   "vote",    "undertake", "resolve"};
constexpr SmallWordSet kToComplementVerbs(kToComplementVerbWords);

// Verbs that ask their object to do something ("urged X to show restraint").
constexpr std::string_view kAskingVerbWords[] = {
    "urge",    "ask",      "call",    "tell",      "press",      "encourage",  "invite",  "order",    "request",
    "advise",  "warn",     "allow",   "force",     "persuade",   "permit",     "instruct", "direct",  "implore",
    "beg",     "push",     "pressure", "pressurise", "pressurize", "compel",   "authorize", "authorise"};
constexpr SmallWordSet kAskingVerbs(kAskingVerbWords);

}  // namespace

int ParseTree::RepairToComplementsReadAsPurpose() {
  if (!MayHave("advcl") || !MayHaveLemmaOf(kToComplementVerbs)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("advcl", 1); a < tokens; a = NextWith("advcl", a + 1)) {
    if (rel(a) != "advcl" || upos(a) != "VERB" || xpos(a) != "VB") continue;
    const int m = Child(a, "mark");
    const int v = head(a);
    if (m < 0 || m != a - 1 || lemma(m) != "to" || v < 0 || v + 1 != m ||
        !kToComplementVerbs.Contains(lemma(v), lemma_hash(v)))
      continue;
    if (Child(v, "obj") >= 0 || Child(v, "xcomp") >= 0 || Child(v, "ccomp") >= 0) continue;
    SetHead(a, v, "xcomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

// "Sam Gamgee has begun to question whether he really has much of a future
// with the Morgul Orcs", parsed with the whether-clause an adverbial of
// "question": right after its verb (no comma between) and with no "or" of
// its own ("whether or not", "whether it rains or not" concede), a clause
// opened by "whether" is what is asked or doubted, the verb's complement.
int ParseTree::RepairWhetherClausesReadAsAdverbials() {
  static constexpr std::string_view kWhetherWord[] = {"whether"};
  static constexpr SmallWordSet kWhether(kWhetherWord);
  if (!MayHave("advcl") || !MayHaveLemmaOf(kWhether)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("advcl", 1); a < tokens; a = NextWith("advcl", a + 1)) {
    if (rel(a) != "advcl") continue;
    const int m = Child(a, "mark");
    const int v = head(a);
    if (m < 0 || lemma(m) != "whether" || v < 0 || v >= m || upos(v) != "VERB") continue;
    if (Child(v, "ccomp") >= 0) continue;
    bool apart = false;
    for (int t = v + 1; t < m && !apart; ++t) apart = upos(t) == "PUNCT";
    for (int t = m + 1; t < tokens && !apart && Under(t, a); ++t) apart = lemma(t) == "or";
    if (apart) continue;
    SetHead(a, v, "ccomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

// "China threatened to blockade Taiwan", tagged with "blockade" a noun and
// "to" a preposition, "Taiwan" made its apposition: right after a verb of
// intending or threatening with no object or complement, a bare noun after
// "to" (no article, number or modifier of its own) with a name right after
// it, which no noun takes without a comma, is the verb's to-clause and the
// name its object.
int ParseTree::RepairToInfinitivesReadAsNouns() {
  if (!MayHave("appos") || !MayHaveLemmaOf(kToComplementVerbs)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int o = NextWith("appos", 3); o < tokens; o = NextWith("appos", o + 1)) {
    const int n = o - 1, to = o - 2, v = o - 3;
    if (rel(o) != "appos" || head(o) != n || !(upos(o) == "PROPN" || upos(o) == "NOUN")) continue;
    if (head(n) != v || BaseRel(rel(n)) != "obl" || upos(n) != "NOUN" || xpos(n) != "NN") continue;
    if (head(to) != n || rel(to) != "case" || lemma(to) != "to") continue;
    if (upos(v) != "VERB" || !kToComplementVerbs.Contains(lemma(v), lemma_hash(v))) continue;
    if (Child(v, "obj") >= 0 || Child(v, "xcomp") >= 0 || Child(v, "ccomp") >= 0) continue;
    bool bare = true;
    for (int k : kids(n)) bare &= k == to || k == o || k > o;
    if (!bare) continue;
    SetHead(n, v, "xcomp");
    SetHead(to, n, "mark");
    SetHead(o, n, "obj");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairFreeRelativeObjects() {
  if (!MayHave("ccomp") && !MayHave("acl:relcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int w = 1; w + 3 < tokens; ++w) {
    if (lemma(w) != "what" || rel(w) != "obj") continue;
    // "rejected what it called baseless allegations", parsed (rightly) with
    // "what" the verb's object and the naming clause its relative: what was
    // rejected is the predicate nominal of the naming verb.
    if (head(w) == w - 1 && upos(w - 1) == "VERB") {
      const int c = Child(w, "acl:relcl");
      // (Or what it was said to be: "struck what the military said were
      // dozens of Hamas targets", the predicate nominal a clause of "said".)
      int p = c > w ? Child(c, "xcomp") : -1;
      if (p < 0 && c > w) p = Child(c, "ccomp");
      if (p > c && (upos(p) == "NOUN" || upos(p) == "PROPN") && Child(c, "nsubj") > w && Child(c, "obj") < 0) {
        SetHead(p, w - 1, "obj");
        SetHead(c, p, "acl:relcl");
        SetHead(w, c, "obj");
        ++repaired;
        continue;
      }
    }
    const int c = head(w), v = w - 1;
    if (c <= w || head(c) != v || rel(c) != "ccomp" || upos(v) != "VERB" || Child(v, "obj") >= 0) continue;
    // What it was said to be: the saying verb's predicate nominal after it.
    int p = -1;
    for (int k : kids(c))
      if (k > c && (rel(k) == "ccomp" || rel(k) == "xcomp") && (upos(k) == "NOUN" || upos(k) == "PROPN")) p = k;
    if (p < 0) continue;
    SetHead(p, v, "obj");
    SetHead(c, p, "acl:relcl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairObjectControlClauses() {
  if (!MayHave("acl") || !MayHaveLemmaOf(kAskingVerbs)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("acl", 1); a < tokens; a = NextWith("acl", a + 1)) {
    if (rel(a) != "acl" || upos(a) != "VERB" || xpos(a) != "VB") continue;
    const int m = Child(a, "mark");
    // (A quotation may open between: 'to "correct its wrong practices"'.)
    if (m < 0 || lemma(m) != "to" || !(m == a - 1 || (m == a - 2 && upos(a - 1) == "PUNCT" && form(a - 1) != ",")))
      continue;
    // The noun it hangs on: the asking verb's object, or that object's conjunct.
    int o = head(a);
    if (o < 0 || o > m) continue;
    if (rel(o) == "conj" && head(o) >= 0 && rel(head(o)) == "obj") o = head(o);
    // (Or a phrase of the verb's after its object: "urged Mexico at a
    // regular briefing to correct its practices".)
    if (BaseRel(rel(o)) == "obl" && head(o) >= 0 && upos(head(o)) == "VERB" &&
        kAskingVerbs.Contains(lemma(head(o)), lemma_hash(head(o))))
      if (const int first = Child(head(o), "obj"); first >= 0 && first < o) o = first;
    // (Or a conjunct the parser hung on the verb itself, after its object:
    // it joins the object.)
    if (rel(o) == "conj" && head(o) >= 0 && upos(head(o)) == "VERB" &&
        kAskingVerbs.Contains(lemma(head(o)), lemma_hash(head(o)))) {
      const int first = Child(head(o), "obj");
      if (first < 0 || first > o) continue;
      SetHead(o, first, "conj");
      for (int k : kids(o))
        if (rel(k) == "cc") SetHead(k, o, "cc");
      o = first;
    }
    const int v = head(o);
    if (rel(o) != "obj" || v < 0 || v > o || !kAskingVerbs.Contains(lemma(v), lemma_hash(v))) continue;
    if (Child(v, "xcomp") >= 0) continue;
    SetHead(a, v, "xcomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairAbsoluteWithClauses() {
  if (!MayHave("case")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("case", 1); c + 2 < tokens; c = NextWith("case", c + 1)) {
    if (rel(c) != "case" || lemma(c) != "with") continue;
    const int n = head(c);
    if (n <= c || !(upos(n) == "PROPN" || upos(n) == "NOUN")) continue;
    // The -ing verb right after the noun's phrase, with no subject of its own.
    int end = n;
    for (int k = n + 1; k < tokens && head(k) == n && rel(k) == "flat"; ++k) end = k;
    const int v = end + 1;
    if (v >= tokens || xpos(v) != "VBG" || upos(v) != "VERB" || Child(v, "nsubj") >= 0 || head(n) == v) continue;
    // The clause it qualifies: the sentence's verb.
    int root = -1;
    for (int k = 0; k < tokens && root < 0; ++k)
      if (head(k) < 0) root = k;
    if (root < 0 || root >= c || upos(root) != "VERB" || IsWithin(root, v)) continue;
    SetHead(v, root, "advcl");
    SetHead(n, v, "nsubj");
    SetHead(c, v, "mark");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

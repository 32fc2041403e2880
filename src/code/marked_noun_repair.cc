// ParseTree::RepairMarkedNounSubjects: "Brazil and Colombia criticised the
// strikes, while Russia and China voiced support for Caracas", parsed with
// "while" marking "Russia", a modifier of "strikes", and "voiced" a
// subjectless conjunct. A subordinator on a noun is the mark of the clause
// that follows: the noun is the subject of the next finite verb, which has
// none, and that clause is adverbial.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

constexpr std::string_view kClauseMarkerWords[] = {"while", "whereas", "although", "though",
                                                   "because", "when",    "if",       "unless"};
// (The repair needs one: a sentence with none is passed over at once.)
constexpr SmallWordSet kClauseMarkers(kClauseMarkerWords);

bool IsClauseMarker(std::string_view l) {
  return l == "while" || l == "whereas" || l == "although" || l == "though" || l == "because" || l == "when" ||
         l == "if" || l == "unless";
}

}  // namespace

int ParseTree::RepairMarkedNounSubjects() {
  if (!MayHave("mark") || !MayHaveLemmaOf(kClauseMarkers)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int m = NextWith("mark", 1); m + 2 < tokens; m = NextWith("mark", m + 1)) {
    if (rel(m) != "mark" || !IsClauseMarker(lemma(m))) continue;
    const int n = head(m);
    if (n <= m || !(upos(n) == "NOUN" || upos(n) == "PROPN" || upos(n) == "PRON")) continue;
    // (Not a predicate with its own subject and copula: "would accept the aid
    // if it was 'genuine', but criticised Washington".)
    if (Child(n, "cop") >= 0 || Child(n, "nsubj") >= 0) continue;
    // The noun's phrase ends before the verb; the verb is the next finite one.
    int end = n;
    for (int k : kids(n))
      if (k > end) end = k;
    for (int k = end; k > n; --k)
      for (int kk : kids(k))
        end = std::max(end, kk);
    int v = end + 1;
    while (v < tokens && upos(v) != "VERB" && upos(v) != "AUX") ++v;
    if (v >= tokens || upos(v) != "VERB" || !(xpos(v) == "VBD" || xpos(v) == "VBZ" || xpos(v) == "VBP")) continue;
    bool has_subject = false;
    for (int k : kids(v)) has_subject |= BaseRel(rel(k)) == "nsubj";
    const int h = head(v);
    if (has_subject || h < 0 || h >= m) continue;
    // (Nor a verb joined by "and" or "but" to one before: that conjunct's.)
    bool joined = false;
    for (int k : kids(v)) joined |= rel(k) == "cc" && k > end && k < v;
    if (joined) continue;
    SetHead(n, v, "nsubj");
    SetHead(m, v, "mark");
    if (rel(v) == "conj" || rel(v) == "parataxis") SetHead(v, h, "advcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Ithilen's militia was freed from Barad-dur after that group yielded
// ground", parsed with "from Barad" a compound of "yielded" (and "from" that
// verb's case marker): a clause starts at its subordinator. A prepositional
// phrase before the marker of a clause, hung on the clause's verb, belongs to
// the verb (or noun) the clause depends on: an oblique of it.
int ParseTree::RepairPhrasesBeforeClauseMarkers() {
  if (!MayHave("mark") || !MayHave("case")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int m = NextWith("mark", 2); m + 1 < tokens; m = NextWith("mark", m + 1)) {
    if (rel(m) != "mark" || upos(m) == "PART") continue;  // (not "to": "tried from 2019 to ...")
    const int v = head(m);
    const int up = v >= 0 ? head(v) : -1;
    if (v <= m || up < 0 || upos(v) != "VERB") continue;
    // The noun and its case marker, both before the marker, hung on v.
    int c = -1, x = -1;
    for (int k : kids(v)) {
      if (k >= m) break;
      if (rel(k) == "case" && upos(k) == "ADP") c = k;
      else if (c >= 0 && k > c && (upos(k) == "NOUN" || upos(k) == "PROPN") && x < 0) x = k;
    }
    if (c < 0 || x < 0 || up >= c) continue;
    // (Nothing else of the clause before its marker.)
    bool other = false;
    for (int k : kids(v)) other |= k < m && k != c && k != x;
    if (other) continue;
    SetHead(c, x, "case");
    SetHead(x, up, upos(up) == "VERB" ? Rel("obl") : Rel("nmod"));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

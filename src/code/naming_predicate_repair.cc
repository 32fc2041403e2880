// ParseTree::RepairNamingPredicates: "Russia called the sanctions illegal",
// parsed with "illegal" an adjective on "sanctions". After the object of a
// verb of naming (call, deem, declare, term, brand, label, consider), an
// adjective that follows the object's noun is what the object is called:
// the verb's predicate (xcomp), as UD has it. So is the name in a free
// relative: "struck what it called terrorist camps", and a noun or adjective
// the parser hung on the verb after the object ("called the sanctions an
// unfriendly act").
#include <algorithm>
#include <vector>

#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

// What may be the predicate of naming verb v: its dependents, and those an
// adverb of it holds before itself ("calling it the worst yet", "the worst"
// under "yet"), in sentence order.
std::vector<int> PredicateCandidates(const ParseTree& tree, int v) {
  std::vector<int> candidates;
  for (int k : tree.kids(v)) {
    candidates.push_back(k);
    if (tree.rel(k) == "advmod")
      for (int kk : tree.kids(k))
        if (kk < k) candidates.push_back(kk);
  }
  std::sort(candidates.begin(), candidates.end());
  return candidates;
}

constexpr std::string_view kNamingVerbWords[] = {"call", "deem", "declare", "term", "brand", "label", "consider", "dub"};
constexpr SmallWordSet kNamingVerbs(kNamingVerbWords);

// (By the lemma's hash, inline: asked for every word of the sentence.)
[[gnu::always_inline]] inline bool IsNamingVerb(const ParseTree& tree, int i) { return kNamingVerbs.Contains(tree.lemma(i), tree.lemma_hash(i)); }

}  // namespace

int ParseTree::RepairNamingPredicates() {
  if (!MayHave("obj") || !MayHaveLemmaOf(kNamingVerbs)) return 0;
  const int tokens = size();
  // (Every rule below needs a verb of naming, which most sentences lack.)
  bool naming = false;
  for (int i = 0; i < tokens && !naming; ++i) naming = IsNamingVerb(*this, i);
  if (!naming) return 0;
  int repaired = 0;
  // "Russia called Ukraine's attack an act of terrorism" parsed with the
  // two nouns' roles swapped (the first the predicate, the second the
  // object): the first named is the object.
  for (int v = 0; v < tokens; ++v) {
    if (!IsNamingVerb(*this, v)) continue;
    const int x = Child(v, "xcomp");
    if (x < 0) continue;
    // (Or the second hung on the first as its object, which a noun cannot have.)
    int o = Child(v, "obj");
    if (o < 0 && upos(x) == "NOUN") o = Child(x, "obj");
    if (o < 0 || x > o || x < v) continue;
    if ((upos(x) != "NOUN" && upos(x) != "PROPN") || (upos(o) != "NOUN" && upos(o) != "PROPN")) continue;
    SetHead(x, v, "obj");
    SetHead(o, v, "xcomp");
    Rebuild();
    ++repaired;
  }
  for (int a = NextWith("amod", 2); a < tokens && MayHave("amod"); a = NextWith("amod", a + 1)) {
    if (rel(a) != "amod" || upos(a) != "ADJ") continue;
    const int o = head(a);
    if (o < 0 || o >= a || rel(o) != "obj") continue;
    const int v = head(o);
    if (v < 0 || v >= o || !IsNamingVerb(*this, v) || Child(v, "xcomp") >= 0) continue;
    // Right after the object's noun (or its closing quote), or after the
    // adjective's adverbs: "called the move extremely regrettable".
    int gap = o + 1;
    while (gap < a && (upos(gap) == "PUNCT" || (upos(gap) == "ADV" && head(gap) == a))) ++gap;
    if (gap != a) continue;
    SetHead(a, v, "xcomp");
    ++repaired;
  }
  // "India called the move unfair, unjustified and unreasonable", parsed with
  // the predicate a noun heading the object ("the move" its compound): the
  // compound is the object, the word after it the predicate. Only a word
  // shaped like an adjective, or joined to adjectives.
  auto adjective_like = [&](int w) {
    const std::string_view f = form(w);
    if (f.size() < 5) return false;
    for (std::string_view pre : {"un", "in", "il", "ir", "im", "dis"})
      if (f.substr(0, pre.size()) == pre && f.size() > pre.size() + 3) return true;
    for (std::string_view suf : {"ful", "able", "ible", "ous", "ive", "less", "ical", "ary", "ant"})
      if (f.size() > suf.size() + 2 && f.substr(f.size() - suf.size()) == suf) return true;
    for (int k : kids(w))
      if ((rel(k) == "amod" || rel(k) == "conj") && upos(k) == "ADJ") return true;
    return false;
  };
  for (int o = NextWith("obj", 3); o < tokens && MayHave("compound"); o = NextWith("obj", o + 1)) {
    if (rel(o) != "obj" || upos(o) != "NOUN") continue;
    const int v = head(o);
    const int c = o - 1;
    if (v < 0 || v >= c || !IsNamingVerb(*this, v) || Child(v, "xcomp") >= 0) continue;
    if (head(c) != o || rel(c) != "compound" || upos(c) != "NOUN") continue;
    const int d = c - 1;
    if (head(d) != o || rel(d) != "det" || !adjective_like(o)) continue;
    SetHead(c, v, "obj");
    SetHead(d, c, "det");
    SetHead(o, v, "xcomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  // "calling it the worst yet", "called them terrorists": after a pronoun
  // object, a noun or adjective hung on the naming verb with no preposition
  // (the parser's obl or second obj) is the predicate.
  int pronoun_named = 0;
  for (int v = 0; v + 2 < tokens; ++v) {
    if (!IsNamingVerb(*this, v) || Child(v, "xcomp") >= 0) continue;
    const int o = Child(v, "obj");
    if (o != v + 1 || upos(o) != "PRON") continue;
    for (int k : PredicateCandidates(*this, v)) {
      if (k <= o || (upos(k) != "ADJ" && upos(k) != "NOUN") || Child(k, "case") >= 0) continue;
      const Rel r = BaseRel(rel(k));
      // (Or a superlative made the adverb's modifier, the article the
      // adverb's too: "the worst yet" with "the" and "worst" under "yet".)
      const int adverb = head(k) != v ? head(k) : -1;
      const bool superlative = adverb >= 0 && r == "advmod" && xpos(k) == "JJS";
      if (r != "obl" && r != "obj" && r != "dep" && r != "nmod" && !superlative) continue;
      // (Right after the pronoun, or after the predicate's own words:
      // "calling them \"a strong and much-needed signal\"".)
      bool adjacent = true;
      for (int x = o + 1; x < k && adjacent; ++x)
        adjacent = Under(x, k) || upos(x) == "PUNCT" || (superlative && head(x) == adverb && rel(x) == "det");
      if (!adjacent) continue;
      if (superlative)
        for (int x = o + 1; x < k; ++x)
          if (head(x) == adverb && rel(x) == "det") SetHead(x, k, "det");
      SetHead(k, v, "xcomp");
      ++pronoun_named;
      break;
    }
  }
  if (pronoun_named) Rebuild();
  repaired += pronoun_named;
  // "called new US sanctions on Russia's oil companies an 'unfriendly act'",
  // "called the reimposition 'legally void'": after a noun object and any
  // prepositional phrases, a noun or adjective hung on the naming verb with
  // no preposition (the parser's obl, dep, or a conjunct with no "and") is
  // the predicate.
  int noun_named = 0;
  // ("Russia called Ukraine's attack an act of terrorism", parsed with "act"
  // the object of "attack", which a noun cannot have: the predicate.)
  for (int v = 0; v + 2 < tokens; ++v) {
    if (!IsNamingVerb(*this, v) || Child(v, "xcomp") >= 0) continue;
    const int o = Child(v, "obj");
    if (o <= v || (upos(o) != "NOUN" && upos(o) != "PROPN")) continue;
    const int k = Child(o, "obj");
    if (k <= o || (upos(k) != "ADJ" && upos(k) != "NOUN") || Child(k, "case") >= 0) continue;
    SetHead(k, v, "xcomp");
    ++noun_named;
  }
  for (int v = 0; v + 2 < tokens; ++v) {
    if (!IsNamingVerb(*this, v) || Child(v, "xcomp") >= 0) continue;
    const int o = Child(v, "obj");
    if (o <= v || (upos(o) != "NOUN" && upos(o) != "PROPN")) continue;
    for (int k : PredicateCandidates(*this, v)) {
      if (k <= o || (upos(k) != "ADJ" && upos(k) != "NOUN") || Child(k, "case") >= 0) continue;
      const Rel r = BaseRel(rel(k));
      if (r != "obl" && r != "dep" && r != "nmod" && !(r == "conj" && Child(k, "cc") < 0)) continue;
      // (Only the object's words, prepositional phrases and the predicate's
      // own words come between.)
      bool between_ok = true;
      for (int x = o + 1; x < k && between_ok; ++x) {
        if (upos(x) == "PUNCT") continue;
        int c = x;
        for (int hops = 0; c >= 0 && head(c) != v && hops < 16; ++hops) c = head(c);
        between_ok = c == o || c == k || (c >= 0 && Child(c, "case") >= 0);
      }
      if (!between_ok) continue;
      SetHead(k, v, "xcomp");
      ++noun_named;
      break;
    }
  }
  if (noun_named) Rebuild();
  repaired += noun_named;
  // "India struck what it called terrorist camps": the free relative's verb
  // of naming has the name as its predicate (xcomp), not as an object (which
  // would be a phone call); "what" is the main verb's object. The parser
  // makes the name the object of the naming verb, which hangs on "what" or
  // has "what" as a second object.
  int named = 0;
  for (int w = 0; w + 2 < tokens; ++w) {
    if (lemma(w) != "what" || xpos(w) != "WP") continue;
    int v = -1;
    for (int k : kids(w))
      if (rel(k) == "acl:relcl" && IsNamingVerb(*this, k)) v = k;
    const bool what_is_object = v < 0 && head(w) > w && rel(w) == "obj" && IsNamingVerb(*this, head(w));
    if (what_is_object) v = head(w);
    if (v < 0 || Child(v, "xcomp") >= 0) continue;
    int o = -1;
    for (int k : kids(v))
      if (rel(k) == "obj" && k > v && k != w && (upos(k) == "NOUN" || upos(k) == "PROPN")) o = k;
    if (o < 0) continue;
    if (what_is_object) {
      // (The naming clause hung where the free relative belongs: a
      // complement clause of the main verb is its object.)
      const int outer = head(v);
      if (outer < 0) continue;
      const Rel r = rel(v);
      SetHead(w, outer, r == "ccomp" || r == "xcomp" ? Rel("obj") : r);
      SetHead(v, w, "acl:relcl");
    }
    SetHead(o, v, "xcomp");
    ++named;
  }
  if (named) Rebuild();
  return repaired + named;
}

// "he had called Rasmussen to express France's full solidarity", parsed with
// the name the predicate of a naming "call" (as in "called it a sham"): a
// name right after "call", with a to-clause after it, is whom was called.
int ParseTree::RepairNamesCalledForAPurpose() {
  static constexpr std::string_view kCallWord[] = {"call"};
  static constexpr SmallWordSet kCall(kCallWord);
  if (!MayHave("xcomp") || !MayHaveLemmaOf(kCall)) return 0;
  int repaired = 0;
  for (int x = NextWith("xcomp", 1); x >= 0 && x < size(); x = NextWith("xcomp", x + 1)) {
    const int v = x - 1;
    if (rel(x) != "xcomp" || upos(x) != "PROPN" || head(x) != v || lemma(v) != "call") continue;
    bool purpose = false;
    for (int k : kids(v)) {
      const int mark = k > x ? Child(k, "mark") : -1;
      purpose |= mark >= 0 && lemma(mark) == "to";
    }
    if (!purpose) continue;
    SetHead(x, v, "obj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

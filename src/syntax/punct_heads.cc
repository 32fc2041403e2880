#include "syntax/punct_heads.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace dyad::syntax {
namespace {

bool IsPunct(const Token& t) { return t.upos == "PUNCT"; }
bool IsNominal(const Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON" || t.upos == "NUM";
}

// Whether `a` lies on the path from `x` up to the root.
bool Dominates(const std::vector<Token>& tokens, int a, int x) {
  for (int steps = 0; x >= 0 && steps <= static_cast<int>(tokens.size()); ++steps, x = tokens[x].head)
    if (x == a) return true;
  return false;
}

// The conjunct before the coordinating conjunction at `cc` for the nominal
// `word` after it, or -1: the head of the noun phrase ending just before the
// conjunction ("a former Haitian senator and a businessman" -> "senator"),
// skipping a parenthesis ("Xi Jinping (R) and ...").
int ConjunctBefore(const std::vector<Token>& tokens, int cc, int word) {
  int k = cc - 1;
  if (k >= 0 && tokens[k].form == ")") {
    while (k >= 0 && tokens[k].form != "(") --k;
    --k;
  }
  if (k < 0 || !IsNominal(tokens[k])) return -1;
  // Up through the modifiers of a noun to its right ("the U.S. and" ends a
  // phrase at "U.S." only when nothing to its right heads it before `cc`).
  while (tokens[k].head > k && tokens[k].head < cc) k = tokens[k].head;
  if (tokens[k].head >= 0 && IsPunct(tokens[tokens[k].head])) return -1;
  if (Dominates(tokens, word, k)) return -1;
  return k;
}

// The conjunction that opens `word`'s phrase: "and"/"or" right before it or
// before its own modifiers ("and the rebels"), or -1.
int OpeningConjunction(const std::vector<Token>& tokens, int word) {
  int c = word - 1;
  while (c >= 0 && tokens[c].head == word && tokens[c].upos != "CCONJ") --c;
  if (c < 0 || tokens[c].upos != "CCONJ") return -1;
  const int h = tokens[c].head;
  if (h != word && !(h >= 0 && IsPunct(tokens[h]))) return -1;
  return c;
}

}  // namespace

void HangOffPunctuation(Sentence* sentence) {
  std::vector<Token>& tokens = sentence->tokens;
  const int n = static_cast<int>(tokens.size());
  auto on_punct = [&](int i) {
    const int h = tokens[i].head;
    return h >= 0 && h < n && IsPunct(tokens[h]);
  };
  // Conjuncts first, while their conjunctions still hang where the parser
  // left them.
  for (int i = 0; i < n; ++i) {
    if (!on_punct(i) || !IsNominal(tokens[i])) continue;
    const int c = OpeningConjunction(tokens, i);
    const int first = c < 0 ? -1 : ConjunctBefore(tokens, c, i);
    if (first < 0) continue;
    tokens[i].head = first;
    tokens[i].deprel = "conj";
    tokens[c].head = i;
    tokens[c].deprel = "cc";
  }
  // Then every other word (punctuation under punctuation too, as in
  // "( ... )") goes up to the first head above the punctuation.
  for (int i = 0; i < n; ++i) {
    if (!on_punct(i)) continue;
    int h = tokens[i].head;
    int steps = 0;
    while (h >= 0 && IsPunct(tokens[h]) && steps++ < n) h = tokens[h].head;
    if (h >= 0 && h != i && !Dominates(tokens, i, h)) tokens[i].head = h;
  }
}

void HangCommaAppositions(Sentence* sentence) {
  std::vector<Token>& tokens = sentence->tokens;
  const int n = static_cast<int>(tokens.size());
  static constexpr std::string_view kTimeNouns[] = {"day",   "week",      "month",   "year", "morning",
                                                    "night", "afternoon", "evening", "time", "weekend"};
  for (int i = 2; i < n; ++i) {
    Token& t = tokens[i];
    if (t.upos != "NOUN" || (t.deprel != "obl" && t.deprel != "obl:unmarked" && t.deprel != "obl:npmod")) continue;
    if (std::find(std::begin(kTimeNouns), std::end(kTimeNouns), t.lemma) != std::end(kTimeNouns)) continue;
    // Its phrase: a determiner first, right after a comma, and no marker.
    int first = i;
    bool marked = false;
    for (int k = 0; k < n; ++k)
      if (tokens[k].head == i && !IsPunct(tokens[k])) {
        if (k < first) first = k;
        marked |= tokens[k].deprel == "case" || tokens[k].deprel == "mark";
      }
    if (marked || first < 2 || tokens[first].upos != "DET" || tokens[first - 1].form != ",") continue;
    // The phrase ends at a comma or the sentence's end.
    int last = i;
    for (int k = i + 1; k < n; ++k)
      if (Dominates(tokens, i, k)) last = k;
    if (last + 1 < n && tokens[last + 1].form != "," && tokens[last + 1].upos != "PUNCT") continue;
    // The name it renames, right before the comma, an argument of the same verb.
    const int o = first - 2;
    if (tokens[o].upos != "PROPN" || tokens[o].head != t.head) continue;
    if (tokens[o].deprel != "obj" && tokens[o].deprel != "nsubj" && tokens[o].deprel != "obl") continue;
    t.head = o;
    t.deprel = "appos";
    tokens[first - 1].head = i;
  }
}

void JoinSplitLists(Sentence* sentence) {
  std::vector<Token>& tokens = sentence->tokens;
  const int n = static_cast<int>(tokens.size());
  for (int c = 2; c < n; ++c) {
    Token& t = tokens[c];
    if (t.deprel != "conj" || !IsNominal(t) || tokens[c - 1].form != ",") continue;
    const int h = t.head;
    if (h < 0 || IsNominal(tokens[h])) continue;
    // The item before the comma: a conjunct of the list's first name.
    const int b = c - 2;
    const int a = tokens[b].head;
    if (tokens[b].deprel != "conj" || !IsNominal(tokens[b]) || a < 0 || a > b || !IsNominal(tokens[a])) continue;
    if (Dominates(tokens, c, a)) continue;
    t.head = a;
    for (int k = c + 1; k < n; ++k)
      if (tokens[k].head == c && tokens[k].deprel == "conj") tokens[k].head = a;
  }
  // "by Saudi Arabia, the United Arab Emirates and other neighbours", parsed
  // with "Emirates" an object of the clause's verb far before it: a name
  // after a comma that itself ends the list ("and other neighbours") and
  // follows a name hung elsewhere is that name's conjunct.
  for (int c = 3; c < n; ++c) {
    Token& t = tokens[c];
    if (t.upos != "PROPN" || t.deprel != "obj") continue;
    int first = c;
    bool list_end = false;
    for (int k = 0; k < n; ++k) {
      if (tokens[k].head != c) continue;
      if (k < first && !IsPunct(tokens[k])) first = k;
      if (k > c && tokens[k].deprel == "conj")
        for (int j = c + 1; j < k; ++j) list_end |= tokens[j].head == k && tokens[j].deprel == "cc";
    }
    const int b = first - 2;
    if (!list_end || b < 0 || tokens[first - 1].form != "," || tokens[b].upos != "PROPN") continue;
    const int h = t.head;
    if (h < 0 || h >= b || tokens[b].head == c || Dominates(tokens, c, b)) continue;
    const int a = tokens[b].deprel == "conj" && tokens[b].head >= 0 ? tokens[b].head : b;
    t.head = a;
    t.deprel = "conj";
    tokens[first - 1].head = c;
  }
}

}  // namespace dyad::syntax

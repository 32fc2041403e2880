// ParseTree::RepairSummingUpRelatives: "Maduro has said Venezuela will elect a
// governor for the territory in May, a move Georgetown has called illegal",
// parsed with "Georgetown" an unmarked oblique of "elect" and "called" a
// clause of its own. A noun that sums up the clause before its comma ("a
// move", "a decision", "a step") followed by a subject and a verb with no
// object is that clause's apposition, and the verb its relative clause
// (the noun is what the verb acts on), as UD has "a move the group rejected".
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

constexpr std::string_view kSummingNounWords[] = {"move", "decision", "step", "measure", "action"};
constexpr SmallWordSet kSummingNouns(kSummingNounWords);

}  // namespace

int ParseTree::RepairSummingUpRelatives() {
  if (!has_comma_ || !MayHaveLemmaOf(kSummingNouns)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int m = 2; m + 2 < tokens; ++m) {
    if (!kSummingNouns.Contains(lemma(m), lemma_hash(m)) || upos(m) != "NOUN") continue;
    // ", a move" / ", the decision": an article right after the comma.
    if (form(m - 2) != "," || (lemma(m - 1) != "a" && lemma(m - 1) != "the")) continue;
    // The subject: names, nouns and their modifiers ("Georgetown", "the
    // militant group"), then the verb after any auxiliaries.
    int k = m + 1;
    while (k < tokens && (upos(k) == "PROPN" || upos(k) == "NOUN" || upos(k) == "ADJ" ||
                          (upos(k) == "DET" && k == m + 1)))
      ++k;
    const int subject = k - 1;
    if (subject <= m || (upos(subject) != "PROPN" && upos(subject) != "NOUN")) continue;
    while (k < tokens && upos(k) == "AUX") ++k;
    if (k >= tokens || upos(k) != "VERB") continue;
    const std::string_view x = xpos(k);
    if (x != "VBD" && x != "VBN" && x != "VBZ" && x != "VBP") continue;
    const int verb = k;
    if (Child(verb, "obj") >= 0 || (head(m) == verb && rel(m) == "obj")) continue;
    // The clause it sums up: the verb above the word before the comma.
    int clause = m - 3;
    for (int hops = 0; clause >= 0 && hops < 6 && upos(clause) != "VERB"; ++hops) clause = head(clause);
    if (clause < 0 || upos(clause) != "VERB" || clause >= m) continue;
    // (A relative clause the parser found on a noun it hung elsewhere, even
    // on the full stop: "..., a move Tehran condemned as ...".)
    if (head(verb) == m && rel(verb) == "acl:relcl") {
      if (head(m) >= 0 && upos(head(m)) == "VERB" && (rel(m) == "appos" || rel(m) == "parataxis")) continue;
      SetHead(m, clause, "appos");
      Rebuild();
      ++repaired;
      continue;
    }
    SetHead(m, clause, "appos");
    for (int t = m + 1; t < subject; ++t) {
      if (head(t) >= m + 1 && head(t) <= subject) continue;
      if (upos(t) == "DET") SetHead(t, subject, "det");
      else if (upos(t) == "ADJ") SetHead(t, subject, "amod");
      else SetHead(t, subject, "compound");
    }
    SetHead(subject, verb, "nsubj");
    for (int t = subject + 1; t < verb; ++t) SetHead(t, verb, "aux");
    SetHead(verb, m, "acl:relcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

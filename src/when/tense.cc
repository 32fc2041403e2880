// ClauseTense: which way to anchor a clause's time expressions.
//
// future:  "will/'ll/shall/won't + verb"; "is going to + verb"; the infinitive
//          under an intention verb that is not itself past ("plans to meet",
//          "is scheduled to attend", "wants to attack"); "would + verb" in
//          reported speech ("said it would free").
// past:    VBD; VBN with have/had/was/were/did (present perfect counts as
//          past: it reports a completed act); a bare participle ("a report
//          released Tuesday").
// present: everything else (VBZ/VBP, is + VBG, modals can/may/might/must,
//          conditional "would" outside reported speech, nouns).
// Bare conjuncts and xcomps share the tense of the clause they depend on.
#include <string_view>

#include "dyad/when.h"
#include "when/tense.h"
#include "when/tree.h"

namespace dyad {
namespace {

using when::Tree;

bool IsFutureAux(std::string_view form, std::string_view lemma) {
  return form == "will" || form == "'ll" || form == "ll" || form == "shall" || form == "wo" ||
         form == "sha" || lemma == "will" || lemma == "shall";
}

bool IsPastAux(std::string_view form) {
  return form == "was" || form == "were" || form == "did" || form == "had" || form == "has" ||
         form == "have" || form == "'ve" || form == "'d've" || form == "having";
}

bool IsPresentAux(std::string_view form) {
  return form == "is" || form == "are" || form == "am" || form == "'re" || form == "'m" ||
         form == "do" || form == "does" || form == "be" || form == "being" || form == "can" ||
         form == "may" || form == "might" || form == "must" || form == "should" ||
         form == "could" || form == "ca";
}

// Verbs whose infinitive complement happens after them.
bool IsIntention(std::string_view lemma) {
  static constexpr std::string_view kWords[] = {
      "plan",    "intend", "expect", "schedule", "set",     "due",    "aim",
      "prepare", "hope",   "want",   "seek",     "vow",     "pledge", "promise",
      "threaten", "agree", "decide", "propose",  "offer",   "wish",   "poise",
      "ready",   "likely", "resolve", "vote",    "scheduled", "poised", "expected"};
  for (std::string_view w : kWords)
    if (w == lemma) return true;
  return false;
}

// The verb (or a clause it is an xcomp/conj of) is the complement of a
// reporting verb: "said it would free", "announced it would".
bool InReportedSpeech(const Tree& t, int v) {
  for (int steps = 0; steps < 16 && t.valid(v); ++steps) {
    std::string_view rel = t.base_rel(v);
    if (rel == "ccomp" || rel == "parataxis") return true;
    if (rel != "xcomp" && rel != "conj") return false;
    v = t.head(v);
  }
  return false;
}

}  // namespace

namespace when {

Tense TenseOf(const Tree& t, int v, int depth) {
  if (!t.valid(v) || depth > 16) return Tense::kPresent;
  bool has_aux = false, past = false, present = false, would = false;
  for (int c : t.children(v)) {
    std::string_view rel = t.base_rel(c);
    if (rel != "aux" && rel != "auxpass" && rel != "cop") continue;
    has_aux = true;
    const std::string& f = t.form(c);
    if (IsFutureAux(f, t.lemma(c))) return Tense::kFuture;
    if (f == "would" || f == "'d") would = true;
    else if (f == "'s") (t.lemma(c) == "have" ? past : present) = true;
    else if (IsPastAux(f)) past = true;
    else if (IsPresentAux(f)) present = true;
  }
  if (would) return InReportedSpeech(t, v) ? Tense::kFuture : Tense::kPresent;
  if (past) return Tense::kPast;
  if (present) return Tense::kPresent;

  std::string_view rel = t.base_rel(v);
  int h = t.head(v);
  if (rel == "xcomp" && h >= 0) {
    const Token& head = t.token(h);
    if (t.lemma(h) == "go" && head.xpos == "VBG") return Tense::kFuture;  // is going to
    if (IsIntention(t.lemma(h)) || IsIntention(t.form(h)))
      return TenseOf(t, h, depth + 1) == Tense::kPast ? Tense::kPresent : Tense::kFuture;
    return TenseOf(t, h, depth + 1);
  }
  const std::string& xpos = t.token(v).xpos;
  if (rel == "conj" && !has_aux && h >= 0 && xpos != "VBD" && xpos != "VBZ" && xpos != "VBP")
    return TenseOf(t, h, depth + 1);  // "will meet and discuss", "had attacked and taken"
  if (rel == "advcl" && h >= 0 && t.child_with(v, "mark") >= 0 &&
      t.form(t.child_with(v, "mark")) == "to")
    return TenseOf(t, h, depth + 1);  // purpose: "met ... to discuss"
  if (xpos == "VBD" || xpos == "VBN") return Tense::kPast;
  if (xpos.empty()) {
    const std::string& feats = t.token(v).feats;
    if (feats.find("Tense=Past") != std::string::npos) return Tense::kPast;
  }
  return Tense::kPresent;
}

}  // namespace when

Tense ClauseTense(const Sentence& sentence, int verb) {
  if (verb < 0 || verb >= static_cast<int>(sentence.tokens.size())) return Tense::kPresent;
  Tree tree(sentence);
  return when::TenseOf(tree, verb, 0);
}

}  // namespace dyad

// Repairs of verbs the parser hung as something else, or hung on the wrong
// word:
//
// ParseTree::RepairVerbsReadAsCase: "Sudan recalled its ambassador ...,
// accusing President William Ruto's government of complicity", parsed with
// "accusing" a case marker of "President" and "government" a loose phrase
// of the sentence. A verb is no case marker: it heads a clause on what the
// noun phrase hung on, and the phrase is its object.
//
// ParseTree::RepairSubjunctiveClauses, RepairPartnersOnMeans and
// RepairActiveConjunctsOfPassiveComplements: described where they stand.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {
namespace {

constexpr std::string_view kDemandingVerbList[] = {"demand",  "insist",    "ask",     "urge",    "request",
                                                   "require", "recommend", "propose", "suggest", "order"};
constexpr SmallWordSet kDemandingVerbs(kDemandingVerbList);
constexpr std::string_view kMeansOfTalkingList[] = {"link", "phone",     "telephone", "videoconference",
                                                    "videolink", "call", "conference"};
constexpr SmallWordSet kMeansOfTalking(kMeansOfTalkingList);
// The participles that are prepositions ("following the vote", "including
// Iran", "regarding Gaza").
constexpr std::string_view kPrepositionalParticipleList[] = {
    "follow", "include", "regard", "concern", "consider", "accord", "exclude", "give",
    "pend",   "bar",     "respect", "involve", "compare", "start",  "begin",   "end"};
constexpr SmallWordSet kPrepositionalParticiples(kPrepositionalParticipleList);

}  // namespace

int ParseTree::RepairVerbsReadAsCase() {
  // (Most often a gerund: "accusing".)
  if (!(has_vbg_ || has_vbn_) || !MayHave("case")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = 0; v < tokens; ++v) {
    if (rel(v) != "case" || upos(v) != "VERB" || (xpos(v) != "VBG" && xpos(v) != "VBN")) continue;
    if (kPrepositionalParticiples.Contains(lemma(v), lemma_hash(v))) continue;
    // The noun phrase it marks, up to its top: through the nominal
    // relations that build one phrase ("President" -> "William" ->
    // "government").
    int top = head(v);
    if (top < 0 || top < v) continue;
    for (int hops = 0; hops < 6 && head(top) >= 0; ++hops) {
      const Rel r = BaseRel(rel(top));
      const int up = head(top);
      if (!(r == "nmod" || r == "compound" || r == "flat") || up < v ||
          !(upos(up) == "NOUN" || upos(up) == "PROPN"))
        break;
      top = up;
    }
    const int clause = head(top);
    if (clause < 0 || clause >= v || !(upos(clause) == "VERB" || upos(clause) == "AUX")) continue;
    SetHead(v, clause, "advcl");
    SetHead(top, v, "obj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairSubjunctiveClauses: "The opposition demanded that
// Mohamud step down", parsed as the noun phrase "that Mohamud step" (the
// tagger's "step" a noun, "that" its determiner). After a verb of demanding,
// "that" + a name or noun + a bare noun is a clause: the noun its verb, the
// name its subject, a particle after it ("down", "aside") its own.
int ParseTree::RepairSubjunctiveClauses() {
  if (!MayHaveLemmaOf(kDemandingVerbs) || !MayHave("det")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int d = 0; d + 2 < tokens; ++d) {
    if (rel(d) != "det" || upos(d) != "SCONJ" || form(d) != "that") continue;
    const int o = head(d);
    if (o <= d + 1 || upos(o) != "NOUN" || xpos(o) != "NN" || rel(o) != "obj") continue;
    const int v = head(o);
    if (v < 0 || !kDemandingVerbs.Contains(lemma(v), lemma_hash(v))) continue;
    // The subject: the words between, one phrase hung on the noun.
    int subject = -1;
    for (int t = d + 1; t < o; ++t)
      if (head(t) == o) subject = t;
    if (subject < 0 || !(upos(subject) == "PROPN" || upos(subject) == "NOUN" || upos(subject) == "PRON")) continue;
    SetHead(o, v, "ccomp");
    SetHead(d, o, "mark");
    SetHead(subject, o, "nsubj");
    if (o + 1 < tokens && head(o + 1) == v && (form(o + 1) == "down" || form(o + 1) == "aside"))
      SetHead(o + 1, o, "compound:prt");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairPartnersOnMeans: "held talks by video link with U.S.
// Treasury officials", parsed with the with-phrase on "link": the partner of
// a means of talking ("by video link", "by phone") is the talks' (or the
// verb's), where the patterns look for it.
int ParseTree::RepairPartnersOnMeans() {
  if (!MayHaveLemmaOf(kMeansOfTalking) || !MayHave("nmod")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int w = 1; w < tokens; ++w) {
    if (BaseRel(rel(w)) != "nmod" || CaseOf(w) != "with") continue;
    const int means = head(w);
    if (means < 0 || head(means) < 0 || CaseOf(means) != "by") continue;
    if (!kMeansOfTalking.Contains(lemma(means), lemma_hash(means))) continue;
    SetHead(w, head(means), rel(w));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairActiveConjunctsOfPassiveComplements: "Hovenier said
// Washington had not been informed in advance and criticized the move",
// parsed with "criticized" a conjunct of "informed": a past-tense active
// verb with an object of its own, joined to a passive complement of a
// verb of saying, is the sayer's second act (and shares no "not").
int ParseTree::RepairActiveConjunctsOfPassiveComplements() {
  if (!MayHave("aux:pass") || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = 1; v < tokens; ++v) {
    if (rel(v) != "conj" || upos(v) != "VERB" || xpos(v) != "VBD") continue;
    const int h = head(v);
    if (h < 0 || h >= v || rel(h) != "ccomp" || Child(h, "aux:pass") < 0 || head(h) < 0) continue;
    const int say = head(h);
    if (!IsAttributionVerb(lemma(say))) continue;
    if (Child(v, "obj") < 0 || Child(v, "nsubj") >= 0 || Child(v, "aux") >= 0 || Child(v, "aux:pass") >= 0) continue;
    SetHead(v, say, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

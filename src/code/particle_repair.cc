// ParseTree::RepairStrandedParticles: "shot down 45 of 60 drones" read as
// "shot [down 45 drones]", a preposition phrase, by the parser.
//
// ParseTree::RepairAgainstPhrasesOnPlaces: "marched through The Hague
// against NATO", parsed with "against NATO" on "Hague".
#include <array>

#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

int ParseTree::RepairStrandedParticles() {
  static constexpr std::string_view kParticleWords[] = {"down", "off", "up", "out"};
  static constexpr SmallWordSet kParticles(kParticleWords);
  if ((!MayHave("case") && !MayHave("advmod")) || !MayHaveLemmaOf(kParticles)) return 0;
  const int tokens = size();
  int repaired = 0;
  // (The particle was made a case marker or an adverb: NextWith.)
  for (int p = NextWith({"case", "advmod"}, 1); p + 1 < tokens; p = NextWith({"case", "advmod"}, p + 1)) {
    const int v = p - 1;
    const int x = head(p);
    if (upos(v) != "VERB" || x <= p) continue;
    const std::string_view l = lemma(p);
    if (l != "down" && l != "off" && l != "up" && l != "out") continue;
    // ("pulled out of Afghanistan": a preposition of two words.)
    if (upos(p + 1) == "ADP") continue;
    if (rel(p) == "case" && head(x) == v) {
      // What it took for the preposition's noun is the verb's object, unless
      // the verb has one ("cut off aid", "shot down drones", "stepped up patrols").
      if (Child(v, "obj") >= 0 || (upos(x) != "NUM" && upos(x) != "NOUN" && upos(x) != "PROPN")) continue;
      SetHead(p, v, "compound:prt");
      SetHead(x, v, "obj");
    } else if (rel(p) == "advmod" && (upos(x) == "NUM" || upos(x) == "NOUN") && Child(v, "obj") >= 0 &&
               x <= Child(v, "obj")) {
      // "shot down five Indian jets", "down" an adverb of "five".
      SetHead(p, v, "compound:prt");
    } else {
      continue;
    }
    // An active verb then: "it shot down" has no passive auxiliary.
    const int subj = Child(v, "nsubj:pass");
    if (subj >= 0 && Child(v, "aux:pass") < 0) SetHead(subj, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Romendacil clashed over the efforts of Eriadori", "The Philippines was
// criticized over its dispute with Eriador", parsed (news-trained model) with
// "over" a particle of the verb and the noun phrase right after it the verb's
// object. "over" is a particle of few verbs ("handed over the prisoners",
// "took over the city", "won over voters"); after any other verb it is the
// preposition of the noun after it, an oblique of the verb.
int ParseTree::RepairOverReadAsParticle() {
  static constexpr std::string_view kOverWords[] = {"over"};
  static constexpr SmallWordSet kOver(kOverWords);
  if (!MayHave("compound:prt") || !MayHave("obj") || !MayHaveLemmaOf(kOver)) return 0;
  static constexpr std::string_view kOverVerbWords[] = {
      "hand",  "take", "turn", "win",  "look", "think", "talk", "pass",  "sign",  "give", "hold", "pull",
      "knock", "run",  "blow", "mull", "carry", "bring", "read", "check", "paper", "smooth", "tip", "roll"};
  static constexpr SmallWordSet kOverVerbs(kOverVerbWords);
  const int tokens = size();
  int repaired = 0;
  for (int p = NextWith("compound:prt", 1); p + 1 < tokens; p = NextWith("compound:prt", p + 1)) {
    if (rel(p) != "compound:prt" || lemma(p) != "over") continue;
    const int v = head(p);
    if (v < 0 || v > p || upos(v) != "VERB" || kOverVerbs.Contains(lemma(v), lemma_hash(v))) continue;
    // The object's phrase starts right after "over".
    const int obj = Child(v, "obj");
    if (obj <= p || !(upos(obj) == "NOUN" || upos(obj) == "PROPN" || upos(obj) == "PRON")) continue;
    bool starts = obj == p + 1;
    for (int k : kids(obj)) starts |= k == p + 1;
    if (!starts) continue;
    SetHead(p, obj, "case");
    SetHead(obj, v, "obl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

// "police shot dead 31 people", parsed with "people" the object of "dead":
// an adjective takes no object; the verb whose predicate it is does.
int ParseTree::RepairObjectsOfPredicateAdjectives() {
  if (!MayHave("xcomp") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("xcomp", 1); a + 1 < tokens; a = NextWith("xcomp", a + 1)) {
    if (rel(a) != "xcomp" || upos(a) != "ADJ" || head(a) < 0 || upos(head(a)) != "VERB") continue;
    const int v = head(a);
    if (Child(v, "obj") >= 0) continue;
    for (int k : kids(a))
      if (k > a && rel(k) == "obj") {
        SetHead(k, v, "obj");
        ++repaired;
      }
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

namespace {

// Words that are only prepositions, which a tagger trained on web text
// sometimes reads as nouns.
// (Compared by the lemma's hash, which every token has, then by its letters:
// the repair looks at every word.)
constexpr std::string_view kPrepositionsOnlyWords[] = {"alongside", "amid",   "amidst", "despite", "via",
                                                       "toward",    "towards", "among",  "amongst", "beside",
                                                       "onto",      "upon",   "within", "throughout"};
constexpr SmallWordSet kPrepositionsOnly(kPrepositionsOnlyWords);

}  // namespace

// "fighting alongside Malian troops", parsed with "alongside" a noun object
// and "troops" a second object: the word is the troops' preposition.
int ParseTree::RepairPrepositionsReadAsNouns() {
  if (!MayHaveLemmaOf(kPrepositionsOnly)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = 1; p + 1 < tokens; ++p) {
    if (!kPrepositionsOnly.Contains(lemma(p), lemma_hash(p)) || upos(p) == "ADP") continue;
    const int h = head(p);
    if (h < 0 || Child(p, "case") >= 0) continue;
    // The noun after it, hung on the same head (or on the word itself).
    int noun = -1;
    for (int k = p + 1; k < tokens && noun < 0; ++k) {
      if (upos(k) == "PUNCT" || upos(k) == "VERB" || upos(k) == "AUX") break;
      if ((upos(k) == "NOUN" || upos(k) == "PROPN" || upos(k) == "PRON") && (head(k) == h || head(k) == p)) noun = k;
    }
    if (noun < 0) continue;
    const Rel r = upos(h) == "VERB" ? Rel("obl") : Rel("nmod");
    for (int k : std::vector<int>(kids(p).begin(), kids(p).end()))
      if (k != noun) SetHead(k, noun, rels_[k]);
    SetHead(noun, h, r);
    SetHead(p, noun, "case");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairAgainstPhrasesOnPlaces() {
  static constexpr std::string_view kAgainstWord[] = {"against"};
  static constexpr SmallWordSet kAgainst(kAgainstWord);
  if (!MayHave("nmod") || !MayHaveLemmaOf(kAgainst)) return 0;
  int repaired = 0;
  for (int a = NextWith("nmod", 1); a >= 0 && a < size(); a = NextWith("nmod", a + 1)) {
    if (rel(a) != "nmod" || CaseOf(a) != "against") continue;
    // A name a verb's phrase of place ends in ("through The Hague", "in
    // Tbilisi"): what is "against" someone is the act, not the place.
    const int place = head(a);
    if (place < 0 || place > a || upos(place) != "PROPN" || BaseRel(rel(place)) != "obl") continue;
    const std::string_view c = CaseOf(place);
    if (c != "through" && c != "in" && c != "across" && c != "outside" && c != "near") continue;
    const int v = head(place);
    if (v < 0 || upos(v) != "VERB") continue;
    SetHead(a, v, "obl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

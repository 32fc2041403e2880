// ParseTree::RepairFiniteVerbsUnderNounRoots: "Serbian riot police used
// pepper spray against protesters." parsed as one noun phrase, "police" its
// root and "used ... protesters" a relative clause on it. A finite past or
// present verb (the tagger's VBD or VBZ, not a participle) right after the
// root noun, with an object or a clause of its own, is the sentence's verb
// and the noun its subject.
//
// ParseTree::RepairFiniteVerbsReadAsModifiers: "Zakharova, meanwhile, voiced
// support for Vucic", parsed with "voiced" an adjective of "support".
//
// ParseTree::RepairTitlesEndingInGeneral: "Pakistan's director general of
// military operations had telephoned his Indian counterpart", parsed with
// "general" an adjective predicate of "director" and the verb its clause.
//
// ParseTree::RepairVerbsOnAppositions: "Kim Yo Jong, the powerful sister of
// leader Kim Jong Un, on Thursday denounced Seoul ..., KCNA reported",
// parsed with "denounced" a clause on "sister" and the name the subject of
// "reported".
//
// ParseTree::RepairRelativeClausesReadAsComplements: "Mali, Burkina Faso
// and Niger, which form the Alliance of Sahel States, said ...", parsed with
// "form" the complement of "said" and both "Mali" and "which" its subjects.
//
// ParseTree::RepairVerbsAfterParticipleAsides and
// RepairRelativeClausesReadAsParataxis: "Zelensky, visiting Berlin, met
// Merz, who pledged ...", parsed with the name as root and the clauses beside
// each other.
#include "code/parse_tree.h"
#include "code/pattern_words.h"
#include "when/calendar_words.h"

namespace dyad::code {

int ParseTree::RepairFiniteVerbsUnderNounRoots() {
  if (!MayHave("acl")) return 0;
  const int tokens = size();
  int repaired = 0;
  // The verb v becomes the root and the root noun r its subject; what
  // follows the verb (the full stop) is the verb's.
  auto promote = [&](int v, int r) {
    SetHead(v, -1, "root");
    SetHead(r, v, "nsubj");
    MoveKidsAfter(r, v, v);
    Rebuild();
    ++repaired;
  };
  for (int r = NextRoot(0); r + 1 < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || (upos(r) != "NOUN" && upos(r) != "PROPN")) continue;
    const int v = r + 1;
    if (head(v) != r || rel(v) != "acl" || (xpos(v) != "VBD" && xpos(v) != "VBZ" && xpos(v) != "VBN")) continue;
    bool complete = false, own_subject = false;
    // "The two leaders held nearly two hours of talks", tagged a participle:
    // with no other verb the noun could hang on, a bare noun phrase after it
    // (no preposition, no time word) is its object.
    int bare = -1;
    for (int k : kids(v)) {
      const Rel kr = rel(k);
      complete |= kr == "obj" || kr == "ccomp";
      own_subject |= BaseRel(kr) == "nsubj" || kr == "mark";
      if (bare < 0 && k > v && kr == "obl:unmarked" && upos(k) == "NOUN" && Child(k, "case") < 0) bare = k;
    }
    if (xpos(v) == "VBN" && !complete && !own_subject && bare < 0 && Child(v, "aux", true) < 0 &&
        !HasFiniteVerb(false)) {
      // "French protesters rioted to protest the killing", tagged a
      // participle, in a sentence with no finite verb: with a purpose clause
      // of its own it is the sentence's verb. (Not with a phrase alone:
      // "Five soldiers killed in attack" is a headline's passive.)
      bool own_phrase = false;
      for (int k : kids(v)) {
        const Rel kr = rel(k);
        own_phrase |= (kr == "xcomp" || BaseRel(kr) == "advcl") && Child(k, "mark") >= 0 &&
                      lemma(Child(k, "mark")) == "to" && Child(v, "obj") < 0;
      }
      if (own_phrase) {
        promote(v, r);
        continue;
      }
    }
    if (xpos(v) == "VBN") {
      if (complete || own_subject || bare < 0 || Child(v, "aux", true) >= 0) continue;
      bool time = false;
      for (std::string_view w : {"day", "week", "month", "year", "time", "morning", "evening", "night"})
        time |= lemma(bare) == w;
      if (time) continue;
      SetHead(bare, v, "obj");
      complete = true;
    }
    if (!complete || own_subject) continue;
    promote(v, r);
  }
  // "A spokesperson for the European Union called on Pristina to refrain
  // ...", parsed with "called" a clause on "Union": a finite verb (VBD or
  // VBZ) hung on the last noun of the root's own phrase, right after it, with
  // a phrase of its own and no subject, is the sentence's verb. (Only when
  // the phrase between is the root's modifiers: no comma, no other verb.)
  // (A participle too when the sentence has no finite verb at all: "Dozens
  // of people protested outside the US consulate", tagged VBN.)
  // (Not counting a quotation's: "holding signs reading 'Greenland is not
  // for sale'". Asked only of a participle, the rare case.)
  int finite = -1;  // unknown
  auto has_finite = [&]() {
    if (finite < 0) finite = HasFiniteVerb(/*outside_quotes=*/true);
    return finite == 1;
  };
  for (int r = NextRoot(0); r + 1 < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || (upos(r) != "NOUN" && upos(r) != "PROPN")) continue;
    int v = -1;
    for (int t = r + 1; t < tokens; ++t) {
      // (Or on the head of a conjunct of the root: "Syria's defence minister
      // and the commander of the SDF agreed", "agreed" on "commander".)
      const bool on_conjunct = head(t) > r && head(t) < t && rel(head(t)) == "conj" && head(head(t)) == r;
      if (rel(t) == "acl" && head(t) > r && (head(t) == t - 1 || on_conjunct) &&
          (xpos(t) == "VBD" || xpos(t) == "VBZ" || (xpos(t) == "VBN" && !has_finite()))) {
        v = t;
        break;
      }
      // The root's phrase: its modifiers and their own, nothing else.
      // (A hyphenated participle among them: "the Kurdish-led Syrian
      // Democratic Forces", "Iran-backed groups".)
      const Rel tr = BaseRel(rel(t));
      const bool hyphenated = xpos(t) == "HYPH" || (xpos(t) == "VBN" && tr == "amod" && t > 0 && xpos(t - 1) == "HYPH");
      if (hyphenated && head(t) > r && head(t) < t + 8) continue;
      // (With one conjunct of the root and its "and".)
      const bool conjunct = (tr == "conj" && head(t) == r) || (tr == "cc" && head(t) > t && rel(head(t)) == "conj");
      if (upos(t) == "PUNCT" || upos(t) == "VERB" || upos(t) == "AUX" || head(t) < r || head(t) >= t + 8 ||
          !(tr == "nmod" || tr == "case" || tr == "det" || tr == "amod" || tr == "compound" || tr == "flat" ||
            conjunct))
        break;
    }
    if (v < 0) continue;
    bool own_phrase = false, own_subject = false;
    for (int k : kids(v)) {
      const Rel kr = BaseRel(rel(k));
      own_phrase |= k > v && (kr == "obj" || kr == "ccomp" || kr == "obl" || kr == "xcomp");
      own_subject |= kr == "nsubj" || kr == "mark" || kr == "aux";
    }
    if (!own_phrase || own_subject) continue;
    promote(v, r);
  }
  return repaired;
}

int ParseTree::RepairVerbsAfterParticipleAsides() {
  if (!MayHave("advcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int r = NextRoot(0); r + 1 < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || (upos(r) != "NOUN" && upos(r) != "PROPN")) continue;
    // The aside: an -ing or -ed clause on the noun, set off by a comma.
    int aside = -1;
    for (int k : kids(r))
      if (k > r + 1 && (rel(k) == "advcl" || rel(k) == "acl") && (xpos(k) == "VBG" || xpos(k) == "VBN") &&
          form(k - 1) == ",") {
        aside = k;
        break;
      }
    if (aside < 0) continue;
    // The verb: finite, after the aside and a comma, hung on the noun, with no
    // subject or marker of its own.
    int v = -1;
    for (int k : kids(r)) {
      if (k <= aside || upos(k) != "VERB" || (xpos(k) != "VBD" && xpos(k) != "VBZ" && xpos(k) != "VBP") ||
          form(k - 1) != ",")
        continue;
      const Rel kr = BaseRel(rel(k));
      if (kr != "conj" && kr != "parataxis" && kr != "dep" && kr != "acl") continue;
      if (Child(k, "nsubj", true) >= 0 || Child(k, "mark") >= 0) continue;
      v = k;
      break;
    }
    // "The eastern-based parliament, allied with strongman Khalifa Haftar,
    // called on Dbeibah to step down": or the first verb after the aside's
    // closing comma, read as a participle on the aside's last noun, with a
    // phrase of its own and no auxiliary.
    if (v < 0 && rel(aside) == "acl")
      for (int k = aside + 2; k < tokens && v < 0; ++k) {
        if (form(k - 1) != "," || upos(k) != "VERB") continue;
        if (xpos(k) != "VBD" && xpos(k) != "VBN") break;
        if (!Under(k, aside) || rel(k) != "acl" || Child(k, "nsubj", true) >= 0 || Child(k, "mark") >= 0 ||
            Child(k, "aux", true) >= 0)
          break;
        bool complement = false;
        for (int kk : kids(k)) complement |= rel(kk) == "obj" || BaseRel(rel(kk)) == "obl" || rel(kk) == "xcomp";
        if (complement) v = k;
        break;
      }
    if (v < 0) continue;
    SetHead(v, -1, "root");
    SetHead(r, v, "nsubj");
    SetHead(aside, v, "advcl");
    for (int k : std::vector<int>(kids(r).begin(), kids(r).end()))
      if (k > v) SetHead(k, v, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairRelativeClausesReadAsParataxis() {
  if (!MayHave("parataxis") && !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int who = NextWith("nsubj", 2); who + 1 < tokens; who = NextWith("nsubj", who + 1)) {
    if ((lemma(who) != "who" && lemma(who) != "which") || form(who - 1) != ",") continue;
    const int v = head(who);
    if (v != who + 1 || upos(v) != "VERB" || (rel(v) != "parataxis" && rel(v) != "conj")) continue;
    // The name before the comma, in the verb's head's clause.
    const int name = who - 2;
    if (upos(name) != "PROPN" && upos(name) != "NOUN") continue;
    int n = name;
    while (head(n) >= 0 && head(n) > n && head(n) < who && rel(n) == "flat") n = head(n);
    if (head(n) >= 0 && rel(n) == "flat") n = head(n);
    if (n == v || head(v) == n) continue;
    SetHead(v, n, "acl:relcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairVerbsOnAppositions() {
  if (!MayHave("acl") || !MayHave("appos")) return 0;
  int repaired = 0;
  for (int v = NextWith("acl", 0); v >= 0 && v < size(); v = NextWith("acl", v + 1)) {
    if (upos(v) != "VERB" || xpos(v) != "VBD") continue;
    const int apposition = head(v);
    if (apposition < 0 || rel(apposition) != "appos") continue;
    const int subject = head(apposition);
    if (subject < 0 || subject > apposition) continue;
    // The subject's own head: none (the name read as the sentence's root),
    // or a report after the clause ("..., KCNA reported").
    const int report = head(subject);
    const bool root_name = report < 0 && (upos(subject) == "PROPN" || upos(subject) == "NOUN");
    if (!root_name && (BaseRel(rel(subject)) != "nsubj" || report < v ||
                       (xpos(report) != "VBD" && xpos(report) != "VBZ" && xpos(report) != "VBP") ||
                       !IsAttributionVerb(lemma(report))))
      continue;
    // A verb of its own: an object or clause, and no subject or marker.
    bool complete = false, own_subject = false;
    for (int k : kids(v)) {
      const Rel kr = rel(k);
      complete |= kr == "obj" || kr == "ccomp" || BaseRel(kr) == "obl";
      own_subject |= BaseRel(kr) == "nsubj" || kr == "mark";
    }
    if (!complete || own_subject) continue;
    SetHead(v, -1, "root");
    SetHead(subject, v, "nsubj");
    // "on Thursday" after the apposition's comma is the verb's time.
    for (int k : std::vector<int>(kids(apposition).begin(), kids(apposition).end())) {
      int first = k;
      for (int c : kids(k))
        if (upos(c) != "PUNCT") first = std::min(first, c);
      if (k > apposition && k < v && BaseRel(rel(k)) == "nmod" && first > 0 && form(first - 1) == ",")
        SetHead(k, v, "obl");
    }
    if (root_name) {
      // What follows the verb (the full stop) is the verb's.
      for (int k : std::vector<int>(kids(subject).begin(), kids(subject).end()))
        if (k > v) SetHead(k, v, rel(k));
    } else {
      // The report beside it, with the outlet (hung on the name) its subject.
      for (int k : std::vector<int>(kids(subject).begin(), kids(subject).end()))
        if (k > v && k < report) {
          if (upos(k) == "PUNCT") SetHead(k, v, "punct");
          else SetHead(k, report, "nsubj");
        }
      for (int k : std::vector<int>(kids(report).begin(), kids(report).end()))
        if (k > report) SetHead(k, v, rel(k));
      SetHead(report, v, "parataxis");
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairTitlesEndingInGeneral() {
  // (A sentence with no "general", most, is passed over without a look at its words.)
  static constexpr std::string_view kGeneralWord[] = {"general"};
  static constexpr SmallWordSet kGeneral(kGeneralWord);
  if (!MayHaveLemmaOf(kGeneral)) return 0;
  int repaired = 0;
  for (int g = 1; g + 1 < size(); ++g) {
    if (lemma(g) != "general" || upos(g) != "ADJ") continue;
    const std::string_view title = lemma(g - 1);
    if (title != "director" && title != "secretary" && title != "attorney" && title != "inspector" &&
        title != "solicitor" && title != "surgeon" && title != "consul" && title != "governor")
      continue;
    if (head(g - 1) != g || BaseRel(rel(g - 1)) != "nsubj") continue;
    // The title's verb: a clause the parser hung on "general", with no subject.
    int v = -1;
    for (int k : kids(g))
      if (k > g && upos(k) == "VERB" && (rel(k) == "ccomp" || rel(k) == "conj" || rel(k) == "parataxis") &&
          Child(k, "nsubj", true) < 0 && v < 0)
        v = k;
    if (v < 0) continue;
    SetHead(v, head(g), rel(g));
    SetHead(g, v, "nsubj");
    SetHead(g - 1, g, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairRelativeClausesReadAsComplements() {
  if (!MayHave("nsubj") || !has_comma_) return 0;
  int repaired = 0;
  for (int who = NextWith("nsubj", 2); who >= 0 && who + 1 < size(); who = NextWith("nsubj", who + 1)) {
    if ((lemma(who) != "which" && lemma(who) != "who") || form(who - 1) != ",") continue;
    const int v = head(who);
    if (v < 0 || upos(v) != "VERB" || (rel(v) != "ccomp" && rel(v) != "parataxis")) continue;
    // The antecedent: a second subject of the clause, before the pronoun.
    int antecedent = -1;
    for (int k : kids(v))
      if (k < who && BaseRel(rel(k)) == "nsubj" && (upos(k) == "PROPN" || upos(k) == "NOUN")) antecedent = k;
    // The verb it is the complement of: after it, with no subject of its own.
    const int said = head(v);
    if (antecedent < 0 || said <= v || Child(said, "nsubj", true) >= 0) continue;
    SetHead(antecedent, said, "nsubj");
    SetHead(v, antecedent, "acl:relcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairFiniteVerbsReadAsModifiers() {
  if (!MayHave("amod")) return 0;
  int repaired = 0;
  for (int v = NextWith("amod", 1); v >= 0 && v + 1 < size(); v = NextWith("amod", v + 1)) {
    // A past-tense verb (the tagger's VBD, not a participle) right before the
    // noun it was hung on, with the clause's subject on that noun.
    const int noun = v + 1;
    if (rel(v) != "amod" || xpos(v) != "VBD" || head(v) != noun || upos(noun) != "NOUN") continue;
    int subject = -1;
    for (int k : kids(noun))
      if (k < v && BaseRel(rel(k)) == "nsubj") subject = k;
    // ("such a step enjoyed support": the subject, a determined noun, hung
    // on the object as a modifier.)
    if (subject < 0)
      for (int k : kids(noun))
        if (k < v && upos(k) == "NOUN" && (rel(k) == "amod" || rel(k) == "compound") && Child(k, "det") >= 0) subject = k;
    if (subject < 0) continue;
    SetHead(v, head(noun), rel(noun));
    SetHead(noun, v, "obj");
    // The subject and what stood at the clause's level (the noun's dependents
    // other than its own modifiers after it) are the verb's.
    for (int k : std::vector<int>(kids(noun).begin(), kids(noun).end()))
      if (k < v || (k > noun && (upos(k) == "PUNCT" || upos(k) == "VERB" || BaseRel(rel(k)) == "advcl" ||
                                 BaseRel(rel(k)) == "parataxis")))
        SetHead(k, v, rel(k));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "The government condemned an attack ... on Thursday and promised aid to
// the affected villages", parsed with "promised" (VBN) an adjective of "aid"
// and "aid" a conjunct of the verb or of its time word ("Thursday and ...
// aid"). A noun is no conjunct of a verb, and a day no list with aid: a
// past form right after the conjunction, right before the noun, is the
// verb's conjunct and the noun its object. (Not after an object: "killed
// five soldiers and wounded civilians" may be a list of the killed.)
int ParseTree::RepairConjoinedVerbsReadAsModifiers() {
  if (!MayHave("amod") || !MayHave("conj") || !MayHave("cc")) return 0;
  int repaired = 0;
  for (int p = NextWith("amod", 2); p >= 0 && p + 1 < size(); p = NextWith("amod", p + 1)) {
    const int noun = p + 1, cc = p - 1;
    if (rel(p) != "amod" || head(p) != noun || (xpos(p) != "VBN" && xpos(p) != "VBD") || !kids(p).empty()) continue;
    if (rel(noun) != "conj" || (upos(noun) != "NOUN" && upos(noun) != "PROPN")) continue;
    if (upos(cc) != "CCONJ" || head(cc) != noun) continue;
    int v = head(noun);
    if (v < 0 || v >= cc) continue;
    if (upos(v) != "VERB") {
      const std::string_view l = lemma(v);
      const bool time = when::IsFullWeekdayName(l) || when::IsFullMonthName(l) || l == "yesterday" || l == "today" ||
                        l == "night" || l == "morning" || l == "evening" || l == "afternoon" || l == "weekend";
      if (!time || BaseRel(rel(v)) != "obl" || head(v) < 0) continue;
      v = head(v);
    }
    if (upos(v) != "VERB" || v >= cc) continue;
    const int aux = Child(v, "aux");
    if (!(xpos(v) == "VBD" || (xpos(v) == "VBN" && aux >= 0 && Child(v, "aux:pass") < 0))) continue;
    SetHead(p, v, "conj");
    SetHead(cc, p, "cc");
    SetHead(noun, p, "obj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

namespace dyad::code {

// ParseTree::RepairAdjectiveRoots: "Turkish President Recep Tayyip Erdogan,
// who received Zelensky ..., offered on Tuesday to mediate", parsed with the
// adjective "Turkish" as root and "offered" a parataxis of it: an adjective
// root with no subject or copula of its own, right before the subject of a
// verb hung on it, modifies that subject; the verb is the root.
int ParseTree::RepairAdjectiveRoots() {
  const int tokens = size();
  int repaired = 0;
  for (int r = NextRoot(0); r + 1 < tokens; r = NextRoot(r + 1)) {
    if (head(r) >= 0 || upos(r) != "ADJ") continue;
    if (Child(r, "nsubj", true) >= 0 || Child(r, "cop") >= 0) continue;
    int verb = -1;
    for (int k : kids(r)) {
      const Rel kr = BaseRel(rel(k));
      if (k > r && upos(k) == "VERB" && (kr == "parataxis" || kr == "dep" || kr == "conj")) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    const int subject = Child(verb, "nsubj");
    if (subject < 0 || subject <= r || subject > r + 3 || !(upos(subject) == "PROPN" || upos(subject) == "NOUN"))
      continue;
    // (Only the subject's own words between: "Turkish President Recep".)
    bool inside = true;
    for (int t = r + 1; t < subject; ++t) inside &= Under(t, subject);
    if (!inside) continue;
    SetHead(verb, -1, "root");
    MoveKidsAfter(r, verb, -1);
    SetHead(r, subject, "amod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairPastVerbsTaggedAsAdjectives: "Mahdi al-Mashat, head of
// the Huthis' Supreme Political Council, vowed revenge in a televised
// speech", tagged with "vowed" an adjective of "revenge" and the name the
// root of a sentence with no verb. A word in -ed the tagger read as an
// adjective but lemmatized as a verb ("vowed" -> "vow"), right after a
// comma and before the noun it was hung on, in a sentence with no finite
// verb, is the sentence's verb: the root noun its subject, the noun its
// object.
int ParseTree::RepairPastVerbsTaggedAsAdjectives() {
  if (!MayHave("amod") || HasFiniteVerb(/*outside_quotes=*/false)) return 0;
  int repaired = 0;
  for (int v = NextWith("amod", 1); v >= 0 && v + 1 < size(); v = NextWith("amod", v + 1)) {
    const int noun = v + 1;
    if (rel(v) != "amod" || xpos(v) != "JJ" || head(v) != noun || upos(noun) != "NOUN" || form(v - 1) != ",")
      continue;
    const std::string_view f = form(v), l = lemma(v);
    if (f.size() < 4 || !f.ends_with("ed") || l.size() + 1 >= f.size() || f.substr(0, l.size()) != l) continue;
    const int root = head(noun);
    if (root < 0 || root >= v || head(root) >= 0 || !(upos(root) == "PROPN" || upos(root) == "NOUN")) continue;
    SetHead(v, -1, "root");
    SetHead(noun, v, "obj");
    MoveKidsAfter(root, v, v);
    SetHead(root, v, "nsubj");
    Rebuild();
    ++repaired;
    break;
  }
  return repaired;
}

// ParseTree::RepairChargesDAffaires: "summoned Iran's charge d'affaires to
// protest", tagged with "d'affaires" a verb in -s whose subject is "charge":
// the title is one noun phrase, headed by its first word, which takes the
// place the parser gave the second.
int ParseTree::RepairChargesDAffaires() {
  // (Only in a sentence with the title's first word.)
  static constexpr std::string_view kChargeWord[] = {"charge", "chargé"};
  static constexpr SmallWordSet kCharge(kChargeWord);
  if (!MayHaveLemmaOf(kCharge)) return 0;
  int repaired = 0;
  for (int t = 1; t < size(); ++t) {
    // (By size first: asked of every token of every sentence.)
    const std::string_view f = form(t);
    if ((f.size() != 10 && f.size() != 12) || f[0] != 'd') continue;
    if (!(f == "d'affaires" || f == "d’affaires") || head(t - 1) != t) continue;
    const int title = t - 1;
    // (A clause the parser made of it is an object: "summoned ... d'affaires".)
    SetHead(title, head(t), rel(t) == "ccomp" ? Rel("obj") : rel(t));
    for (int k : std::vector<int>(kids(t).begin(), kids(t).end()))
      // (The to-clause right after it is the summoning verb's purpose.)
      if (k != title) SetHead(k, k == t + 2 && rel(k) == "xcomp" && head(title) >= 0 ? head(title) : title, rel(k));
    SetHead(t, title, "flat");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairMainVerbsReadAsModifiers: "Syria's defence minister and
// the commander of the SDF agreed on Tuesday to a ceasefire, hours after
// clashes in Aleppo killed two people", parsed with "agreed" a clause on
// "Forces" and "killed" the root with the minister its subject. A past-tense
// verb (VBD) hung as a clause on a noun of the root's subject phrase, before
// a time clause ("after clashes ... killed") that holds the root, is the
// main verb; the root is the time clause's, its noun the subject.
int ParseTree::RepairMainVerbsReadAsModifiers() {
  if (!MayHave("acl")) return 0;
  int repaired = 0;
  for (int root = NextRoot(0); root < size(); root = NextRoot(root + 1)) {
    if (head(root) >= 0 || upos(root) != "VERB" || xpos(root) != "VBD") continue;
    const int subject = Child(root, "nsubj");
    if (subject < 0 || subject > root) continue;
    int verb = -1;
    for (int a = subject + 1; a < root && verb < 0; ++a)
      if (rel(a) == "acl" && xpos(a) == "VBD" && Under(a, subject) && Child(a, "nsubj") < 0) verb = a;
    if (verb < 0) continue;
    // The time marker and its noun, the root's new subject, between them.
    int marker = -1;
    for (int t = verb + 1; t < root && marker < 0; ++t) {
      const std::string_view l = lemma(t);
      if ((l == "after" || l == "before" || l == "since" || l == "until" || l == "when" || l == "as") &&
          (rel(t) == "case" || rel(t) == "mark") && head(t) > t && head(t) < root &&
          (upos(head(t)) == "NOUN" || upos(head(t)) == "PROPN"))
        marker = t;
    }
    if (marker < 0) continue;
    const int noun = head(marker);
    SetHead(verb, -1, "root");
    SetHead(subject, verb, "nsubj");
    SetHead(root, verb, "advcl");
    SetHead(noun, root, "nsubj");
    SetHead(marker, root, "mark");
    // The sentence's end is the main verb's; what the marker's phrase
    // brought along ("hours") too.
    for (int k : std::vector<int>(kids(root).begin(), kids(root).end()))
      if (upos(k) == "PUNCT" && k == size() - 1) SetHead(k, verb, "punct");
    for (int t = verb + 1; t < marker; ++t)
      if (head(t) >= 0 && head(t) < verb && !Under(t, verb)) SetHead(t, verb, rel(t));
    Rebuild();
    ++repaired;
    break;
  }
  return repaired;
}

// ParseTree::RepairSubjectsTaggedAsVerbs: "US envoys Steve Witkoff and Jared
// Kushner arrived in Israel", tagged with "envoys" a verb whose subject is
// "US" and object the names, itself the subject of "arrived". A verb in -s
// (VBZ) that is the subject of another verb, with no auxiliary or marker of
// its own, is a plural noun: the word before it its modifier, the name
// after it its apposition.
int ParseTree::RepairSubjectsTaggedAsVerbs() {
  int repaired = 0;
  for (int t = NextWith("nsubj", 1); t < size(); t = NextWith("nsubj", t + 1)) {
    if (xpos(t) != "VBZ" || BaseRel(rel(t)) != "nsubj" || head(t) <= t || upos(head(t)) != "VERB") continue;
    bool clause = false;
    for (int k : kids(t)) clause |= rel(k) == "aux" || rel(k) == "mark" || rel(k) == "cop";
    // (Its "subject" the word right before it: "US envoys".)
    if (clause || head(t - 1) != t || BaseRel(rel(t - 1)) != "nsubj") continue;
    for (int k : std::vector<int>(kids(t).begin(), kids(t).end())) {
      if (k == t - 1 && BaseRel(rel(k)) == "nsubj") SetHead(k, t, "compound");
      else if (k == t + 1 && rel(k) == "obj" && upos(k) == "PROPN") SetHead(k, t, "appos");
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

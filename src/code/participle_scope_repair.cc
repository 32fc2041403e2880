// ParseTree::RepairParticiplesAfterRelativeClauses: "Israel struck a building
// where Hamas leaders had gathered to discuss a proposal, killing five
// members": the parser hangs the comma's -ing clause on the last verb, inside
// the relative clause, whose subject would then have done the killing. After
// a comma, a bare -ing clause at the end of a relative clause says what the
// main clause's act did: it hangs on the verb whose object or oblique the
// relative clause modifies.
//
// ParseTree::RepairParticiplesOnObjects: "Trump told a news conference,
// threatening to make Madrid pay": an adverbial clause hangs on a verb, not
// on the verb's object.
//
// ParseTree::RepairAgentsWithoutBy: "a day after Polish jets shot down
// Russian drones", parsed as "jets shot down by drones" with no "by".
//
// ParseTree::RepairMeasuredAfterClauses: "expelled Indian diplomats, a day
// after New Delhi downgraded ties", parsed with "after" the case of "Delhi"
// and "downgraded" a conjunct of the main verb.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

// "A Pakistani woman believed linked to Al-Qaeda who shot at US officers",
// parsed with both participles modifiers of "woman": a participle right
// after a participle of believing or reporting ("believed linked",
// "reported killed", "thought captured") on the same noun is its
// complement, what is believed of the noun.
int ParseTree::RepairParticiplesAfterReportParticiples() {
  static constexpr std::string_view kReportWords[] = {
      "believe", "think", "say", "report", "allege", "suspect", "fear", "know", "understand", "presume", "rumor", "rumour"};
  static constexpr SmallWordSet kReport(kReportWords);
  if ((!MayHave("acl") && !MayHave("advcl")) || !MayHaveLemmaOf(kReport)) return 0;
  int repaired = 0;
  for (int p = NextWith("acl", 1); p >= 0 && p + 1 < size(); p = NextWith("acl", p + 1)) {
    const int q = p + 1;
    if (rel(p) != "acl" || xpos(p) != "VBN" || !kReport.Contains(lemma(p), lemma_hash(p))) continue;
    if (rel(q) != "acl" || xpos(q) != "VBN" || head(q) != head(p) || head(p) < 0 || head(p) > p) continue;
    SetHead(q, p, "xcomp");
    Rebuild();
    ++repaired;
  }
  // "was blown up by a surface-to-air missile believed to be fired by
  // pro-Russia rebels", parsed with "believed" an adverbial of "blown": such
  // a participle with no subject, marker or auxiliary, right after a noun
  // (no comma between), is said of that noun (a reduced relative).
  for (int p = NextWith("advcl", 1); p >= 0 && p < size(); p = NextWith("advcl", p + 1)) {
    const int noun = p - 1;
    if (rel(p) != "advcl" || xpos(p) != "VBN" || !kReport.Contains(lemma(p), lemma_hash(p))) continue;
    if (!(upos(noun) == "NOUN" || upos(noun) == "PROPN") || head(noun) != head(p) || head(p) < 0 || head(p) > noun)
      continue;
    bool own = false;
    for (int k : kids(p)) {
      const Rel kr = BaseRel(rel(k));
      own |= k < p || kr == "nsubj" || kr == "aux" || kr == "mark" || kr == "cop";
    }
    if (own || Child(p, "xcomp") < 0) continue;
    SetHead(p, noun, "acl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairParticiplesAfterRelativeClauses() {
  if (!has_vbg_ || !has_comma_ || !(MayHave("acl:relcl") || MayHave("acl"))) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith("advcl", 2); g < tokens; g = NextWith("advcl", g + 1)) {
    if (xpos(g) != "VBG" || BaseRel(rel(g)) != "advcl" || form(g - 1) != ",") continue;
    bool clause = false;
    for (int k : kids(g)) {
      const Rel kr = BaseRel(rel(k));
      clause |= kr == "nsubj" || kr == "mark" || kr == "aux";
    }
    if (clause) continue;
    // Up from the -ing clause's head through the relative clause's own verbs.
    // (Or through a to-clause on a noun: "launched a process to reimpose
    // sanctions on Iran, accusing Tehran of ..." is the launchers' accusation.)
    auto modifies_noun = [&](int c) {
      if (rel(c) == "acl:relcl") return true;
      if (rel(c) != "acl") return false;
      const int m = Child(c, "mark");
      return m >= 0 && lemma(m) == "to";
    };
    int r = head(g);
    for (int hops = 0; r >= 0 && hops < 4 && !modifies_noun(r); ++hops) {
      const Rel up = rel(r);
      if (up != "xcomp" && BaseRel(up) != "advcl" && up != "conj") {
        r = -1;
        break;
      }
      r = head(r);
    }
    if (r < 0 || !modifies_noun(r)) continue;
    const int noun = head(r);
    if (noun < 0) continue;
    const Rel nr = BaseRel(rel(noun));
    const int verb = head(noun);
    if (verb < 0 || upos(verb) != "VERB" || !(nr == "obj" || nr == "obl")) continue;
    SetHead(g, verb, "advcl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairParticiplesOnObjects() {
  if (!has_vbg_ || !has_comma_ || !MayHave("advcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith("advcl", 2); g < tokens; g = NextWith("advcl", g + 1)) {
    if (xpos(g) != "VBG" || BaseRel(rel(g)) != "advcl" || form(g - 1) != ",") continue;
    const int noun = head(g);
    if (noun < 0 || noun > g || (upos(noun) != "NOUN" && upos(noun) != "PROPN")) continue;
    const Rel nr = BaseRel(rel(noun));
    const int verb = head(noun);
    if (verb < 0 || upos(verb) != "VERB" || !(nr == "obj" || nr == "obl" || nr == "iobj")) continue;
    SetHead(g, verb, "advcl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairAgentsWithoutBy() {
  if (!MayHave("obl:agent")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("obl:agent", 1); a < tokens; a = NextWith("obl:agent", a + 1)) {
    if (rel(a) != "obl:agent" || !CaseOf(a).empty()) continue;
    const int v = head(a);
    if (v < 0 || v > a || upos(v) != "VERB" || Child(v, "obj") >= 0 || Child(v, "aux:pass") >= 0) continue;
    SetHead(a, v, "obj");
    // "a day after Polish jets shot down ...": the participle on a noun of an
    // "after" phrase is that phrase's clause, the noun its subject.
    const int noun = head(v);
    if (rel(v) == "acl" && noun >= 0 && noun < v && (xpos(v) == "VBD" || xpos(v) == "VBN")) {
      const int marker = Child(noun, "case");
      const int above = head(noun);
      if (marker >= 0 && above >= 0 && (lemma(marker) == "after" || lemma(marker) == "before" || lemma(marker) == "since")) {
        SetHead(v, above, "advcl");
        SetHead(noun, v, "nsubj");
        SetHead(marker, v, "mark");
      }
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

namespace {

// "a day after", "two weeks before": the markers of a measured clause, which
// the two repairs below need (and most sentences lack).
constexpr std::string_view kAfterBeforeWords[] = {"after", "before"};
constexpr SmallWordSet kAfterBefore(kAfterBeforeWords);

}  // namespace

int ParseTree::RepairMeasuredAfterClauses() {
  if (!MayHave("conj") || !MayHave("nsubj") || !MayHaveLemmaOf(kAfterBefore)) return 0;
  int repaired = 0;
  for (int m = NextWith("case", 2); m >= 0 && m + 1 < size(); m = NextWith("case", m + 1)) {
    if ((lemma(m) != "after" && lemma(m) != "before") || rel(m) != "case") continue;
    // "a day", "two days", "hours" just before it.
    const std::string_view unit = lemma(m - 1);
    if (unit != "day" && unit != "week" && unit != "hour") continue;
    const int subject = head(m);
    if (subject <= m) continue;
    // The clause's verb: the subject's head, or (the subject hung elsewhere,
    // "days after the group seized the city" with "group" an oblique) the
    // finite verb right after it with no subject of its own.
    int v = BaseRel(rel(subject)) == "nsubj" ? head(subject) : -1;
    if (v < 0 && subject + 1 < size() && (xpos(subject + 1) == "VBD" || xpos(subject + 1) == "VBZ") &&
        Child(subject + 1, "nsubj", true) < 0)
      v = subject + 1;
    if (v <= subject || rel(v) != "conj" || upos(v) != "VERB" || head(v) < 0 || head(v) > m) continue;
    SetHead(v, head(v), "advcl");
    SetHead(subject, v, "nsubj");
    SetHead(m, v, "mark");
    SetHead(m - 1, v, "obl:npmod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "five years after crowds burned down its embassy" parsed with "years" a
// subject (or object) of "burned" and that clause a conjunct: the measure is
// how long after, and the clause an adverbial one.
int ParseTree::RepairMeasuresReadAsArguments() {
  if (!MayHave("mark") || !MayHaveLemmaOf(kAfterBefore)) return 0;
  int repaired = 0;
  for (int m = NextWith("mark", 1); m >= 0 && m < size(); m = NextWith("mark", m + 1)) {
    if ((lemma(m) != "after" && lemma(m) != "before") || rel(m) != "mark") continue;
    const int unit = m - 1;
    const std::string_view u = lemma(unit);
    if (u != "day" && u != "week" && u != "month" && u != "year" && u != "hour") continue;
    const int v = head(m);
    if (v <= m) continue;
    // "restore full diplomatic ties with Gondor almost five years after
    // crowds burned down its embassy", with "years" a second object of
    // "restore": a verb's second object right before the marker is the
    // measure of the marked clause too.
    if (head(unit) == head(v) && rel(unit) == "obj" && head(v) >= 0) {
      bool other = false;
      for (int k : kids(head(v))) other |= k < unit && rel(k) == "obj";
      if (other) SetHead(unit, v, "obj");
    }
    if (head(unit) != v) continue;
    const Rel r = rel(unit);
    if (r != "nsubj" && r != "nsubj:pass" && r != "obj") continue;
    SetHead(unit, v, "obl:unmarked");
    if (rel(v) == "conj" && head(v) >= 0 && head(v) < unit) SetHead(v, head(v), "advcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

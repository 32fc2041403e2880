// Time words a parser took for parts of nouns.
//
// ParseTree::RepairThatAfterTimeWords: "Chadema said on Friday that hundreds
// of people had been killed", parsed with "that" a relative pronoun, the
// subject of a clause "hundreds" on "Friday". A day, month or time of day is
// rarely modified by a clause whose head is a noun: "that" opens the content
// clause of the verb after it, whose subject the noun is.
//
// ParseTree::RepairWeekdaysBeforeSubjects: "On Saturday Trump spoke ...",
// parsed with "Saturday Trump" one name in an "on" phrase.
#include "code/parse_tree.h"
#include "when/calendar_words.h"

namespace dyad::code {

namespace {

bool IsTimeNoun(std::string_view lemma) {
  if (when::IsFullWeekdayName(lemma) || when::IsFullMonthName(lemma)) return true;
  for (std::string_view w : {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
                             "today", "yesterday"})
    if (lemma == w) return true;
  return false;
}

}  // namespace

int ParseTree::RepairThatAfterTimeWords() {
  if (!MayHave("acl:relcl")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int that = NextWith("nsubj", 1); that + 2 < tokens; that = NextWith("nsubj", that + 1)) {
    if (lemma(that) != "that" || BaseRel(rel(that)) != "nsubj") continue;
    const int noun = head(that);
    if (noun <= that || rel(noun) != "acl:relcl" || (upos(noun) != "NOUN" && upos(noun) != "PRON" && upos(noun) != "PROPN"))
      continue;
    const int time = head(noun);
    if (time < 0 || time >= that || !IsTimeNoun(lemma(time))) continue;
    // The clause's verb: the first verb after the noun with no subject,
    // hung outside the noun's phrase.
    // (Not a verb inside the noun's own phrase: "jihadists of the
    // al-Qaeda-linked group had killed" is "killed", not "linked".)
    int v = -1;
    for (int k = noun + 1; k < tokens && v < 0; ++k)
      if (upos(k) == "VERB" && !IsWithin(k, noun)) v = k;
    if (v < 0 || head(v) == noun) continue;
    bool has_subject = false;
    for (int k : kids(v)) has_subject |= BaseRel(rel(k)) == "nsubj";
    if (has_subject) continue;
    SetHead(noun, v, IsPassive(v) ? Rel("nsubj:pass") : Rel("nsubj"));
    SetHead(that, v, "mark");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairWeekdaysBeforeSubjects() {
  if (!MayHave("compound")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int day = NextWith("compound", 1); day + 1 < tokens; day = NextWith("compound", day + 1)) {
    if (!when::IsFullWeekdayName(lemma(day)) || rel(day) != "compound") continue;
    const int name = head(day);
    if (name != day + 1 || upos(name) != "PROPN" || BaseRel(rel(name)) != "obl") continue;
    const int on = Child(name, "case");
    const int v = head(name);
    if (on != day - 1 || lemma(on) != "on" || v <= name || upos(v) != "VERB") continue;
    bool has_subject = false;
    for (int k : kids(v)) has_subject |= BaseRel(rel(k)) == "nsubj";
    if (has_subject) continue;
    SetHead(day, v, "obl");
    SetHead(on, day, "case");
    SetHead(name, v, IsPassive(v) ? Rel("nsubj:pass") : Rel("nsubj"));
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

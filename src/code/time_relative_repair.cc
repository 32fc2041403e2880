// ParseTree::RepairThatAfterTimeWords: "Chadema said on Friday that hundreds
// of people had been killed", parsed with "that" a relative pronoun, the
// subject of a clause "hundreds" on "Friday". A day, month or time of day is
// rarely modified by a clause whose head is a noun: "that" opens the content
// clause of the verb after it, whose subject the noun is.
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
    int v = -1;
    for (int k = noun + 1; k < tokens && v < 0; ++k)
      if (upos(k) == "VERB") v = k;
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

}  // namespace dyad::code

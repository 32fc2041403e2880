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
#include "code/pattern_words.h"
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
  static constexpr std::string_view kThatWord[] = {"that"};
  static constexpr SmallWordSet kThat(kThatWord);
  if (!MayHave("acl:relcl") || !MayHaveLemmaOf(kThat)) return 0;
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
  // (when::IsFullWeekdayName's words: most sentences name no day.)
  static constexpr std::string_view kWeekdayWords[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};
  static constexpr SmallWordSet kWeekdays(kWeekdayWords);
  if (!MayHave("compound") || !MayHaveLemmaOf(kWeekdays)) return 0;
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

// "On Wednesday Saudi Arabia and Qatar, both close backers of Syria's new
// authorities, praised Washington's mediation", "On Wednesday Germany, the
// Netherlands and Norway pledged ...": the parser takes the names after a
// fronted "On <weekday>" for conjuncts of the day, and often an apposition
// after them for the root. The names are the subject list of the first
// finite verb after them, the apposition the first name's, the day the
// verb's time.
int ParseTree::RepairListsAfterFrontedDays() {
  const int tokens = size();
  if (tokens < 6 || upos(0) != "ADP") return 0;
  int day = 1;
  // (Also a list of names after any fronted phrase and its comma: "In a
  // joint statement after the vote, Britain, France and Germany called on
  // Tehran", parsed with the names an apposition of "vote". The phrase's
  // top stands for the day.)
  int phrase_end = -1;
  if ((lemma(0) != "on" && lemma(0) != "in") ||
      !(when::IsFullWeekdayName(lemma(1)) || when::IsFullMonthName(lemma(1)))) {
    for (int t = 1; t < tokens && t < 12 && phrase_end < 0; ++t) {
      if (upos(t) == "VERB" || upos(t) == "AUX" || upos(t) == "PRON") return 0;
      if (form(t) == ",") phrase_end = t;
    }
    if (phrase_end < 3) return 0;
    int top = -1;
    for (int t = 0; t < phrase_end; ++t)
      if (head(t) < 0 || head(t) >= phrase_end) {
        if (top >= 0) return 0;
        top = t;
      }
    if (top < 0 || !(upos(top) == "NOUN" || upos(top) == "PROPN")) return 0;
    day = top;
  }
  // The names: from the token after the day (and its comma: "In May,
  // Copenhagen summoned", parsed with the city a part of the month's name),
  // over names, "and", commas and "the".
  const bool comma = phrase_end >= 0 || form(day + 1) == ",";
  int end = phrase_end >= 0 ? phrase_end + 1 : day + 1 + (comma ? 1 : 0);
  const int names_begin = end;
  while (end < tokens && (upos(end) == "PROPN" || lemma(end) == "and" || form(end) == "," || lemma(end) == "the" ||
                          (upos(end) == "ADJ" && end + 1 < tokens && upos(end + 1) == "PROPN")))
    ++end;
  while (end > names_begin && (form(end - 1) == "," || lemma(end - 1) == "and" || lemma(end - 1) == "the")) --end;
  if (end <= names_begin) return 0;
  // The first name's head word, and the others: names after "," or "and"
  // (their own phrase's last word, as English names end in their head).
  std::vector<int> names;
  for (int t = names_begin; t < end; ++t) {
    if (upos(t) != "PROPN") continue;
    const bool last_of_name = t + 1 >= end || upos(t + 1) != "PROPN";
    if (last_of_name) names.push_back(t);
  }
  // (One name only when the parser made it a part of the day's: "In May, Copenhagen".)
  if (names.empty() || (names.size() < 2 && !(head(names[0]) == day && BaseRel(rel(names[0])) == "flat"))) return 0;
  // (After a phrase: a list hung inside it, or the parse is left alone.)
  if (phrase_end >= 0 && (names.size() < 2 || head(names[0]) < 0 || head(names[0]) >= phrase_end)) return 0;
  // The verb: the first finite verb after the names (or a participle tag
  // after a comma: "..., praised"), with no subject of its own.
  int v = -1;
  for (int t = end; t < tokens && v < 0; ++t)
    if (upos(t) == "VERB" && (xpos(t) == "VBD" || xpos(t) == "VBZ" || xpos(t) == "VBP" ||
                              (xpos(t) == "VBN" && form(t - 1) == ",")))
      v = t;
  if (v < 0 || Child(v, "mark") >= 0) return 0;
  // (Or only the apposition for its subject: "Saudi Arabia and Qatar, both
  // close backers of Syria's new authorities, praised", parsed with the
  // names a part of the day's and "backers" the subject.)
  if (const int s = Child(v, "nsubj", true); s >= 0 && !(s > end && s < v - 1 && form(end) == "," && form(v - 1) == ","))
    return 0;
  // What lies between the names and the verb: nothing, or one apposition
  // set off by commas.
  int apposition = -1;
  if (v > end + 1) {
    if (form(end) != "," || form(v - 1) != ",") return 0;
    for (int t = end + 1; t < v - 1; ++t)
      if (head(t) < end + 1 || head(t) >= v - 1) {
        if (apposition >= 0 || (upos(t) != "NOUN" && upos(t) != "PROPN")) return 0;
        apposition = t;
      }
    if (apposition < 0) return 0;
  }
  const int first = names.front();
  // The verb takes the place of the apposition's (or its own) top.
  if (apposition >= 0 && (head(v) == apposition || head(apposition) == v || head(apposition) < 0)) {
    const int outer = head(apposition) == v ? head(v) : head(apposition);
    SetHead(v, outer == v ? -1 : outer, outer < 0 || outer == v ? Rel("root") : rel(apposition));
  } else if (head(v) >= 0 && head(v) < end) {
    SetHead(v, -1, "root");
  }
  SetHead(first, v, "nsubj");
  for (size_t i = 1; i < names.size(); ++i) SetHead(names[i], first, "conj");
  for (int t = day + 1; t < end; ++t)
    if (lemma(t) == "and") SetHead(t, names.back(), "cc");
  SetHead(day, v, "obl");
  if (apposition >= 0) SetHead(apposition, first, "appos");
  // After a phrase, what the parser hung on it after the verb is the
  // verb's ("called on Tehran to give inspectors access": the to-clause).
  if (phrase_end >= 0)
    for (int t = v + 1; t < tokens; ++t)
      if (head(t) >= 0 && head(t) < phrase_end && upos(t) == "VERB")
        SetHead(t, v, Child(t, "mark") >= 0 && lemma(Child(t, "mark")) == "to" ? Rel("xcomp") : rels_[t]);
  // Whatever else hung on the names' old heads outside them stays; a root
  // left hanging below the verb goes to it (a verb after it: a conjunct,
  // "called on Tehran ... and said").
  for (int t = 0; t < tokens; ++t)
    if (t != v && head(t) < 0)
      SetHead(t, v, t < v ? Rel("dep") : (phrase_end >= 0 && upos(t) == "VERB") ? Rel("conj") : Rel("punct"));
  Rebuild();
  return 1;
}

int ParseTree::RepairPhrasesOnTimeWords() {
  static constexpr std::string_view kCaseWords[] = {"with", "to", "against", "into", "toward", "towards"};
  static constexpr SmallWordSet kCases(kCaseWords);
  if (!MayHave("nmod") || !MayHaveLemmaOf(kCases)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int x = NextWith("nmod", 1); x < tokens; x = NextWith("nmod", x + 1)) {
    if (rel(x) != "nmod" || !(upos(x) == "PROPN" || upos(x) == "NOUN")) continue;
    const int time = head(x);
    if (time < 0 || time >= x || BaseRel(rel(time)) != "obl") continue;
    const int c = Child(x, "case");
    if (c < 0 || c > x) continue;
    const std::string_view p = lemma(c);
    if (p != "with" && p != "to" && p != "against" && p != "into" && p != "toward" && p != "towards") continue;
    const int v = head(time);
    if (v < 0 || upos(v) != "VERB" || !IsTimeNoun(lemma(time))) continue;
    SetHead(x, v, "obl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// ParseTree::RepairFrontedTimeSubjects: "Hours before the talks, Israeli
// troops raided the village", parsed with "Hours" a second subject of
// "raided". A time word opening the sentence, set off by a comma before
// the verb's other subject, is the verb's time.
int ParseTree::RepairFrontedTimeSubjects() {
  if (!MayHave("nsubj")) return 0;
  const int tokens = size();
  if (tokens < 5 || BaseRel(rel(0)) != "nsubj" || (upos(0) != "NOUN" && upos(0) != "PROPN")) return 0;
  const std::string_view l = lemma(0);
  if (!IsTimeNoun(l) && l != "hour" && l != "minute" && l != "moment") return 0;
  const int v = head(0);
  if (v < 0) return 0;
  int other = -1;
  for (int k : kids(v))
    if (k > 0 && k < v && BaseRel(rel(k)) == "nsubj") other = k;
  if (other < 0) return 0;
  // (The comma closes the time phrase: every word before it is the day's.)
  int comma = -1;
  for (int t = 1; t < other && comma < 0; ++t)
    if (form(t) == ",") comma = t;
  if (comma < 0) return 0;
  for (int t = 1; t < comma; ++t)
    if (!IsWithin(t, 0)) return 0;
  SetHead(0, v, "obl");
  Rebuild();
  return 1;
}

// ParseTree::RepairThatClausesOnSpeechPhrases: "Abdi said after the meeting
// that the two sides had agreed to resume talks", parsed with the that-clause
// a relative clause of "meeting". A clause with "that" as its marker and a
// subject of its own, hung on the noun of a phrase of a verb of saying, is
// what was said: the verb's complement.
int ParseTree::RepairThatClausesOnSpeechPhrases() {
  static constexpr std::string_view kSayingWords[] = {"say", "tell", "announce", "state", "add",
                                                      "confirm", "insist", "warn", "stress"};
  static constexpr SmallWordSet kSaying(kSayingWords);
  static constexpr std::string_view kThatWord[] = {"that"};
  static constexpr SmallWordSet kThat(kThatWord);
  if (!(MayHave("acl") || MayHave("acl:relcl")) || !MayHaveLemmaOf(kThat) || !MayHaveLemmaOf(kSaying)) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int that = NextWith("mark", 1); that + 2 < tokens; that = NextWith("mark", that + 1)) {
    if (lemma(that) != "that" || rel(that) != "mark" || upos(that) != "SCONJ") continue;
    const int clause = head(that);
    if (clause <= that || BaseRel(rel(clause)) != "acl" || Child(clause, "nsubj") < 0) continue;
    const int noun = head(clause);
    if (noun < 0 || noun >= that || BaseRel(rel(noun)) != "obl") continue;
    const int verb = head(noun);
    if (verb < 0 || verb >= noun || !kSaying.Contains(lemma(verb), lemma_hash(verb)) || Child(verb, "ccomp") >= 0)
      continue;
    SetHead(clause, verb, "ccomp");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

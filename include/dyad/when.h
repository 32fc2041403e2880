// Event dates: temporal expressions attached to the event in the parse,
// resolved against the story date.
#ifndef DYAD_WHEN_H_
#define DYAD_WHEN_H_

#include <optional>
#include <string>
#include <string_view>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/token.h"

namespace dyad {

enum class Tense { kPast, kPresent, kFuture };

struct ResolvedDate {
  Date date;
  DatePrecision precision = DatePrecision::kStory;
  std::string expression;  // "on Saturday"; empty for the story-date fallback
  Span span;               // tokens of the expression in the sentence
};

// Resolves one expression ("on Saturday", "last week", "Nov. 18, 2022",
// "in May", "two days ago") against the story date; nullopt when it is not a
// resolvable point or period (ranges such as "since 2014" are skipped).
std::optional<ResolvedDate> ResolveDateExpression(std::string_view expression, Date story_date,
                                                  Tense tense);

// Tense of the clause headed by token `verb` (from xpos/aux: will/'ll/plan to -> future).
Tense ClauseTense(const Sentence& sentence, int verb);

// The date of the event whose predicate is token `verb` of a parsed sentence:
// the temporal dependents of the verb or its clause (obl:tmod, obl with on/in/
// last, "Monday's meeting", ...), resolved; the story date with precision
// kStory when there is none.
ResolvedDate DateEvent(const Sentence& sentence, int verb, Date story_date);

// Dating by context (precision kContext), for events whose clause names no
// date. True when token `predicate` (a verb, or an event noun: then the verb
// it hangs from) is in a past clause, the narrative past that context dates.
bool InPastNarrative(const Sentence& sentence, int predicate);
// The date of a sentence's main clause: DateEvent on its root.
ResolvedDate SentenceDate(const Sentence& sentence, Date story_date);

}  // namespace dyad

#endif  // DYAD_WHEN_H_

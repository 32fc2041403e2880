// Punctuation as leaves. UD attaches punctuation to the word it belongs with
// and gives it no dependents; the greedy parser sometimes hangs a clause or a
// conjunct on a comma or the full stop ("Qatar has pledged to expel ..." with
// "expel" under the final "."), and later stages, which walk the tree from
// verbs, then lose that clause's arguments.
#ifndef DYAD_SYNTAX_PUNCT_HEADS_H_
#define DYAD_SYNTAX_PUNCT_HEADS_H_

#include "dyad/token.h"

namespace dyad::syntax {

// Re-hangs every word whose head is punctuation: a noun right after "X and"
// becomes X's conjunct (the conjunction its cc); any other word goes up to
// the first head above the punctuation. Leaves a tree a tree.
void HangOffPunctuation(Sentence* sentence);

// "met Abbas, the Palestinian leader, in Cairo", parsed with "leader" an
// oblique of "met": a determined noun phrase with no preposition between
// commas, right after a name that is an argument of the same verb, is that
// name's apposition.
void HangCommaAppositions(Sentence* sentence);

// "brokered by the United States, Egypt, Qatar and Turkey", parsed with
// "Qatar" a conjunct of the verb: a name after a comma that follows a
// conjunct of a list of names belongs to that list (with its own conjuncts).
void JoinSplitLists(Sentence* sentence);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PUNCT_HEADS_H_

// Dating by context: news states the day of a happening once, in the lead,
// and tells the rest of it in past clauses that name no date ("Saudi Arabia
// hosted the meeting", "Lavrov told reporters"). Such an event happened on
// the day named for its sentence's main clause, else on the latest day named
// in the sentences before it, not on the story date.
#include "dyad/when.h"
#include "when/tense.h"
#include "when/tree.h"

namespace dyad {

bool InPastNarrative(const Sentence& sentence, int predicate) {
  const when::Tree tree(sentence);
  int v = predicate;
  // An event noun ("hosted the meeting between ...") is told in the tense
  // of the verb it hangs from.
  for (int steps = 0; tree.valid(v) && steps < 4; ++steps) {
    const std::string& upos = tree.token(v).upos;
    if (upos == "VERB" || upos == "AUX") break;
    v = tree.head(v);
  }
  if (!tree.valid(v)) return false;
  const std::string& upos = tree.token(v).upos;
  if (upos != "VERB" && upos != "AUX") return false;
  // The past perfect tells what came before the narrative's day ("the
  // batteries it had offered Warsaw"), except in reported speech, where it
  // is the reporter's past ("the army said on Sunday it had killed 120").
  const std::string_view rel = tree.base_rel(v);
  if (rel != "ccomp" && rel != "parataxis")
    for (int c : tree.children(v))
      if (tree.base_rel(c) == "aux" && tree.form(c) == "had") return false;
  // The present perfect tells what holds now, not the narrative's day
  // ("Beijing has demanded that she retract the comments").
  for (int c : tree.children(v))
    if (tree.base_rel(c) == "aux" && (tree.form(c) == "has" || tree.form(c) == "have" || tree.form(c) == "'ve"))
      return false;
  return when::TenseOf(tree, v, 0) == Tense::kPast;
}

ResolvedDate SentenceDate(const Sentence& sentence, Date story_date) {
  int root = -1;
  for (int i = 0; i < static_cast<int>(sentence.tokens.size()) && root < 0; ++i)
    if (sentence.tokens[i].head < 0) root = i;
  if (root < 0) {
    ResolvedDate none;
    none.date = story_date;
    return none;
  }
  ResolvedDate date = DateEvent(sentence, root, story_date);
  // "Sharaa and Abdi signed an agreement on Monday, the presidency said": a
  // report with no day of its own tells of the day its reported clause names.
  if (date.precision == DatePrecision::kStory) {
    const std::string& lemma = sentence.tokens[root].lemma;
    if (lemma == "say" || lemma == "report" || lemma == "announce" || lemma == "tell" || lemma == "state" ||
        lemma == "confirm" || lemma == "add")
      for (int i = 0; i < static_cast<int>(sentence.tokens.size()); ++i) {
        const Token& t = sentence.tokens[i];
        if (t.head != root || (t.deprel != "ccomp" && t.deprel != "parataxis")) continue;
        ResolvedDate reported = DateEvent(sentence, i, story_date);
        if (reported.precision == DatePrecision::kDay) return reported;
      }
  }
  return date;
}

}  // namespace dyad

// The event coder: from a parsed sentence and the dictionaries to events.
// Verb patterns are matched on lemmas and dependency relations (docs/
// dictionaries.md); actors come from the ActorFinder; negation, refusal,
// conditionals and reported speech are handled here.
#ifndef DYAD_CODE_CODER_H_
#define DYAD_CODE_CODER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "code/actor_finder.h"
#include "code/pattern_words.h"
#include "code/verb_forms.h"
#include "dict/dictionary.h"
#include "dict/fold.h"
#include "dyad/event.h"
#include "dyad/token.h"

namespace dyad {

// What the coder remembers across the sentences of one article (for
// pronouns and short references).
struct ArticleContext {
  std::vector<ActorMention> last_subjects;   // actors of the previous sentence's subjects
  std::vector<ActorMention> recent;          // recent actors, newest last
  // People named in full earlier in the article, by the short form news
  // uses later ("Machado", "Kim" for Kim Jong Un); an empty code marks a
  // short form two of them share.
  std::vector<std::pair<std::string, ActorMention>> short_names;
  std::string last_person_code;
  // The maker of the article's latest act of force (roots 18-20), for
  // reactions to "the attack" in later sentences.
  std::optional<ActorMention> last_attacker;
  // The attacker before it of another country: "the strikes" a side
  // condemns are the other side's, when it struck back since.
  std::optional<ActorMention> earlier_attacker;
  // The latest attacker (roots 18-20) of each country attacked so far, by
  // the victim's country: "Greece condemned the attack on the Greek-owned
  // vessel" answers whoever sank it, not the article's latest dyad.
  struct AttackerOf {
    std::string victim;
    ActorMention attacker;
  };
  std::vector<AttackerOf> attackers_of;
  // The same for the latest sanctions (16x), for "the measures" later on.
  std::optional<ActorMention> last_sanctioner;
  // And for the latest show of force (15x: a missile launch, drills), for
  // "condemned the launch".
  std::optional<ActorMention> last_show_of_force;
  // The one before it of another country: "condemned the launch" after the
  // North's launch and the South's drills is the North's.
  std::optional<ActorMention> earlier_show_of_force;
  // Who made the latest incursion (192): "the incursion" later on.
  std::optional<ActorMention> last_intruder;
  // And for the latest criticism or accusation (11x: "rejected the
  // accusation") and the latest arrest or coercion (17x: "demanded his
  // release").
  std::optional<ActorMention> last_accuser;
  std::string last_accused;  // the target of the latest accusation (112x)
  std::optional<ActorMention> last_detainer;
  // And of the latest appeal or demand (02, 10: "rejected the demand") and
  // the latest offer (03: "Warsaw rejected the offer").
  std::optional<ActorMention> last_asker;
  std::optional<ActorMention> last_offerer;
  // And the author of the latest report the article quotes ("In its annual
  // report, the European Commission said ..."): "called the report biased".
  std::optional<ActorMention> last_reporter;
  // And of the latest expulsion (161 of diplomats, 174): "backed the expulsion".
  std::optional<ActorMention> last_expeller;
  // And of the latest move of any kind that is no reaction (roots 05-09,
  // 14-20, not praise), for "criticised the move" from outside the dyad.
  std::optional<ActorMention> last_mover;
  // The source and target codes of the article's latest dyad of two states,
  // for "the two leaders", "both countries".
  std::pair<std::string, std::string> last_pair;
  // The two people of two states the previous sentence named, if it named
  // exactly two ("Koizumi raised the incident with his Australian
  // counterpart Richard Marles ... The two ministers agreed"); else empty.
  std::pair<std::string, std::string> last_people;
  // Its sides as the sentence that made it named them, for a compound
  // ("Britain, France and Germany accused Tehran ... Araghchi called the move
  // illegal": all three); each holds at least the pair's own code.
  std::vector<std::string> last_pair_firsts, last_pair_seconds;
  // The same for the latest material conflict (roots 14-20: "the escalation
  // between the two sides") and the latest agreement (057 signed, or
  // material cooperation, 06-08: "welcomed the accord"); empty when there
  // was none.
  std::pair<std::string, std::string> last_conflict_pair;
  std::pair<std::string, std::string> last_agreement_pair;
  // How many events each dyad of two states had in the article so far, for
  // "both sides": the article's main dyad. Keyed by the two countries in
  // code order; `codes` are the dyad's actors as last coded.
  struct PairCount {
    std::pair<std::string, std::string> countries, codes;
    int count = 0;
  };
  std::vector<PairCount> pair_counts;
  // Whether a sentence so far named an election, vote, poll, referendum or
  // ballot: "the result(s)" a later reaction names are then its results.
  bool election_story = false;
  // The country whose election the story is about, when a sentence named it
  // ("Myanmar holds ... election", "Uganda's election"): the holder of "the
  // election" that a later reaction names bare.
  std::string election_country;
  // The latest sentence's three or four state actors ("Xi hosted Putin and
  // Kim"), for "the three leaders", "the three" later on.
  std::vector<std::string> last_group;
  // The same of people only, the latest sentence naming three or four
  // leaders of different states: "Kim stood beside Xi and Putin ... Kim said
  // North Korea would support China's position on Taiwan ... Trump accused
  // the three leaders" are Kim, Xi and Putin.
  std::vector<std::string> last_leader_group;
  // Article::new_actor_length (PETRARCH's option): a source or target phrase
  // of at most this many words that names no dictionary actor is coded as
  // its upper-case text in quotes. 0: off.
  int new_actor_length = 0;
  // Article::require_dyad: the coder drops the one-sided events of an actor
  // with no country ("---"). Off: it keeps them.
  bool require_dyad = false;
  // The dictionary actors of the sentence coded last (token spans), so that
  // placing its events need not look them up again.
  std::vector<Span> sentence_actor_spans;
  // Each sentence's folded words and sentence-level discard phrase (or
  // null), found by DiscardStory in the same scan as the story-level ones,
  // so that coding a sentence need not fold or scan it again. Indexed by
  // sentence index.
  struct NotedSentence {
    const Sentence* sentence = nullptr;
    const DiscardPhrase* discard = nullptr;
    uint32_t words_begin = 0, words_end = 0;  // in `folded`
  };
  std::vector<NotedSentence> noted;
  FoldedWords folded;
  // The coder's parse repairs of the sentence coded last, when any applied:
  // every token's head and relation (a view of the sentence's label or of
  // a static name), so that dating and placing its events walk the same
  // tree the coder did. `repaired_from` is the sentence they belong to. Only
  // a sentence with events is copied with them (CopyParse).
  std::vector<int> repaired_heads;
  std::vector<std::string_view> repaired_rels;
  const Sentence* repaired_from = nullptr;
  // Whether the coder repaired the parse of `s`.
  bool Repaired(const Sentence& s) const { return repaired_from == &s; }
  // `s` with the coder's repairs, when Repaired(s).
  void CopyParse(const Sentence& s, Sentence* out) const {
    *out = s;
    for (size_t i = 0; i < out->tokens.size(); ++i) {
      out->tokens[i].head = repaired_heads[i];
      // (A relation no repair changed is a view of the sentence's own
      // label, copied already.)
      const std::string& label = s.tokens[i].deprel;
      if (repaired_rels[i].data() != label.data() || repaired_rels[i].size() != label.size())
        out->tokens[i].deprel.assign(repaired_rels[i]);
    }
  }
  // The parse the coder used for `s`: `s` itself, or a copy with the
  // repairs (made by this call, in `repaired`).
  Sentence repaired;
  const Sentence& ParseOf(const Sentence& s) {
    if (!Repaired(s)) return s;
    CopyParse(s, &repaired);
    return repaired;
  }

  // As new, for the next article, but with the buffers' room kept (one
  // thread codes article after article with one context). Cleared in place:
  // moving a whole context costs more than coding a short article. (A field
  // added above must be cleared here too.)
  void Reset() {
    last_subjects.clear();
    recent.clear();
    short_names.clear();
    last_person_code.clear();
    last_attacker.reset();
    attackers_of.clear();
    earlier_attacker.reset();
    earlier_show_of_force.reset();
    last_pair.first.clear();
    last_pair.second.clear();
    last_pair_firsts.clear();
    last_pair_seconds.clear();
    last_conflict_pair.first.clear();
    last_conflict_pair.second.clear();
    last_agreement_pair.first.clear();
    last_agreement_pair.second.clear();
    pair_counts.clear();
    last_group.clear();
    last_leader_group.clear();
    election_story = false;
    election_country.clear();
    last_sanctioner.reset();
    last_show_of_force.reset();
    last_intruder.reset();
    last_accuser.reset();
    last_accused.clear();
    last_detainer.reset();
    last_expeller.reset();
    last_asker.reset();
    last_offerer.reset();
    last_reporter.reset();
    last_mover.reset();
    new_actor_length = 0;
    require_dyad = false;
    sentence_actor_spans.clear();
    noted.clear();
    folded.clear();
    repaired_from = nullptr;
  }

  // What DiscardStory noted of sentence `index`, if that is `s`; else null.
  const NotedSentence* Noted(const Sentence& s, int index) const {
    if (index < 0 || index >= static_cast<int>(noted.size()) || noted[index].sentence != &s) return nullptr;
    return &noted[index];
  }
};

// An event before dating and placing: the coder's output.
struct CodedEvent {
  Event event;   // source, target, cameo, evidence, reported_by, sentence fields
  int verb = -1; // token of the predicate (for dates and places)
};

// CAMEO conventions that use the event's place (e.location): a domestic
// protest (root 14) by a non-state actor with no target (placed at home or
// not placed), or one whose target is only its own country as the clause's
// place, targets that country's government ("Thousands protested in Caracas"
// -> VENCVL -> VENGOV 141); a show of force (15x) with no target placed by
// its clause near, off, around, over, into or toward another state targets
// that state; a meeting (040) placed by its clause in a third country is 044. Call after the event is placed (or not) and its roles have
// their country.
void ApplyPlaceConventions(Event* e);

class Coder {
 public:
  explicit Coder(Dictionaries dicts);
  // Built-in dictionaries from data_dir, replaced by kind by `dict_files`.
  static std::unique_ptr<Coder> Load(const std::string& data_dir, const std::vector<std::string>& dict_files,
                                     std::string* error);

  // Codes one parsed sentence. `explain`, when not null, receives a trace.
  std::vector<CodedEvent> CodeSentence(const Sentence& sentence, int index, const Date& date,
                                       ArticleContext* context, std::string* explain) const;
  // The same, appending the events to `events` and their predicates' tokens
  // to `verbs` (made in place: an event is large, and a move costs as much
  // as filling it).
  void CodeSentence(const Sentence& sentence, int index, const Date& date, ArticleContext* context,
                    std::string* explain, std::vector<Event>* events, std::vector<int>* verbs) const;
  // True when a story discard phrase occurs in the document. With a
  // context, also notes each sentence's sentence-level discard phrase there
  // for CodeSentence.
  bool DiscardStory(const Document& doc, std::string* phrase, ArticleContext* context = nullptr) const;
  // Actor mentions of a sentence (for explain and places).
  std::vector<ActorMention> FindActors(const Sentence& sentence, const Date& date) const {
    return finder_.Find(sentence, date);
  }
  const Dictionaries& dicts() const { return dicts_; }

 private:
  // The first discard phrase of each level in a sentence, or null.
  struct Discards {
    const DiscardPhrase* story = nullptr;
    const DiscardPhrase* sentence = nullptr;
  };
  Discards FindDiscards(const FoldedSpan& words) const;

  Dictionaries dicts_;
  ActorFinder finder_;
  code::VerbForms verb_forms_;
  code::PatternWords pattern_words_;  // after dicts_: views into its patterns
  // Per pattern: whether its target slots name the clause's subject
  // ("xsubj"), found once instead of scanning the slots per sentence.
  std::vector<char> targets_clause_subject_;
  // Per pattern: whether its xcomp= holds "*", a clause of any verb.
  std::vector<char> xcomp_any_verb_;
  // Per pattern, what its target slots (tgt=, or the object) can name, for
  // TargetSlotFill: whether one is the object, the indirect object or empty
  // (any phrase), and the first letters of all, as bits of (letter & 31).
  // A pattern with no such slot and no letter among a verb's phrases'
  // markers fills none, known without a look at each slot.
  struct TargetSlots {
    bool object = false, indirect_object = false, empty = false;
    uint32_t initials = 0;
  };
  std::vector<TargetSlots> target_slots_;
  // Per pattern: bit i set when its target slot i (of the first 64) names
  // a preposition ("in", "against"; not "subj", "obj", ..., "next:..."):
  // once a verb's phrases are found, a slot none of whose markers begins
  // with its letter is passed over without a look (an imported pattern
  // lists a dozen).
  std::vector<uint64_t> preposition_target_slots_;
  // The patterns of each lemma (a value of dicts_.verbs_by_lemma or
  // nouns_by_lemma), as positions into its pattern ids, grouped so that a
  // verb tries only those that may hold: an imported verb has hundreds of
  // patterns, most with an obj= list of their own, and many need a particle,
  // a prepositional phrase or a clause the verb does not have.
  struct LemmaPatterns {
    // With no imported obj= list, by the kinds of dependent they need
    // (kNeeds* bits in coder.cc).
    std::vector<uint32_t> unlisted[8];
    std::vector<std::pair<int, uint32_t>> listed;  // (imported obj= list, position), sorted
  };
  std::unordered_map<const std::vector<int>*, LemmaPatterns> lemma_patterns_;
  // Per pattern: "origin: text", an event's evidence of the pattern that coded it.
  std::vector<std::string> pattern_labels_;
  // An imported verb's own code, by lemma ("say" -> "010"): the governing
  // verb of a transformation (Dictionaries::transformations). Empty without.
  std::unordered_map<std::string, std::string> own_codes_;
  // The lemmas dicts_.verbs_by_lemma and nouns_by_lemma index.
  code::WordHashFilter verb_lemmas_, noun_lemmas_;
  // The alternatives of each pattern word ("a|b|c", VerbPattern::words), split
  // once at load: the coder tries them for every candidate pattern. Pattern
  // pid's are word_alts_[word_alts_begin_[pid] .. word_alts_begin_[pid + 1]),
  // word after word; positions into the word's string (not views, which a
  // move of a short string would leave dangling).
  struct WordAlternative {
    uint32_t pos = 0, len = 0;
    bool glued = false;  // holds '_': words in a row ("most_certainly")
    bool last = false;   // the word's last alternative
  };
  std::vector<WordAlternative> word_alts_;
  std::vector<uint32_t> word_alts_begin_;
};

}  // namespace dyad

#endif  // DYAD_CODE_CODER_H_

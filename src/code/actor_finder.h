// Finds actor mentions in a sentence: dictionary names (longest match),
// agents combined with countries ("Chinese troops", "police in Kabul"),
// roles before persons ("US President Joe Biden" is one actor).
#ifndef DYAD_CODE_ACTOR_FINDER_H_
#define DYAD_CODE_ACTOR_FINDER_H_

#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "dict/fold.h"
#include "dict/word_index.h"
#include "dyad/date.h"
#include "dyad/token.h"

namespace dyad {

struct ActorMention {
  int begin = 0, end = 0;      // token span [begin, end)
  std::string code;            // "CHNMIL"; "---MIL" for an agent with no country
  ActorKind kind = ActorKind::kCountry;  // kind of the base name (kAgent when only an agent)
  bool has_agent = false;
  bool seat_as_place = false;  // ActorEntry::seat_as_place of the base name
  bool imported = false;       // ActorEntry::imported of the base name (kind guessed)
  std::vector<std::string> entries;  // "states.txt:12 China", ...
};

// Country part of a code: "CHN" for "CHNGOV"; "" for IGO/NGO/... and "---".
std::string CountryOfCode(const std::string& code);
// Sector parts: "CHNGOVMIL" -> {"GOV", "MIL"}; "IGOUNO" -> {"IGO", "UNO"}.
std::vector<std::string> SectorsOfCode(const std::string& code);

class ActorFinder {
 public:
  explicit ActorFinder(const Dictionaries& dicts);
  // Mentions in token order, non-overlapping. `date` picks dated codes.
  std::vector<ActorMention> Find(const Sentence& sentence, const Date& date) const;
  // The same with the sentence's words already folded by FoldWords.
  std::vector<ActorMention> Find(const Sentence& sentence, const Date& date, const FoldedSpan& folded) const;
  // Appends the folded words of the tokens to *out (FoldSentenceWords), each
  // with its ids in the actor, agent and discard tries: one lookup for all;
  // punctuation between them as FoldedWord says.
  void FoldWords(const std::vector<Token>& tokens, FoldedWords* out) const;

 private:
  // Appends "states.txt:12 China", the entry as explanations name it.
  void AddLabel(const ActorEntry& e, std::vector<std::string>* entries) const;

  const Dictionaries& dicts_;
  WordIndex word_index_;  // the words of dicts_'s actor, agent and discard tries
  // Labels made once, per entry of dicts_.actors and dicts_.agents.
  std::vector<std::string> actor_labels_, agent_labels_;
  // ActorEntry::open_names as actor-trie word ids, with their entry.
  struct OpenName {
    std::vector<int> words;
    std::vector<int> ids;  // the entry, as the trie's value lists are
  };
  std::vector<OpenName> open_names_;  // sorted by first word id
  // The open names a word starts, by actor-trie word id: open_names_
  // [open_from_[id], open_from_[id + 1]) (empty when no open names).
  std::vector<uint32_t> open_from_;
};

}  // namespace dyad

#endif  // DYAD_CODE_ACTOR_FINDER_H_

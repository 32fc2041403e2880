// Folding of words for dictionary matching: case, diacritics and the dots of
// acronyms do not matter ("U.S." = "us", "Côte" = "cote").
#ifndef DYAD_DICT_FOLD_H_
#define DYAD_DICT_FOLD_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/word_index.h"
#include "dyad/token.h"

namespace dyad {

// One word, folded. Returns "" for pure punctuation other than "'s"-like clitics.
std::string FoldWord(std::string_view word);
// The same into *out, replacing its contents without allocating once *out
// has grown (the hot path folds every token this way into one buffer).
// Returns false, with *out empty, for punctuation.
bool FoldWordInto(std::string_view word, std::string* out);

// The word a comma inside a name folds to: the comma token of the text.
inline constexpr std::string_view kNameComma = ",";

// A dictionary name or phrase split into folded words the way the tokenizer
// splits text: on spaces and hyphens, with "'s" separate, punctuation dropped
// except a comma inside the name, which is a word of its own (kNameComma).
std::vector<std::string> FoldName(std::string_view name);

// A text token into folded parts: a hyphenated token gives its parts.
void FoldTokenParts(std::string_view token, std::vector<std::string>* parts);

// The words of sentences folded for dictionary lookup, split and folded as
// FoldTokenParts does, each as its ids in the name tries: a sentence is
// folded and looked up once, for the discard phrases and then for the actor
// names.
//
// Names do not run across punctuation, discard phrases do: a token that
// gives no word is one record that is no word, with no ids, save
//  - a comma, which continues names written with one ("Foreign, Commonwealth
//    and Development Office"): its record has kNameComma's actor and agent ids;
//  - a hyphen inside a word ("Guinea-Bissau", split by the UD tokenizer),
//    which joins its neighbours and gives no record.
struct FoldedWord {
  // `discard` of a record that is no word.
  static constexpr int kPunctuation = -2;

  int token = 0;  // the token it comes from
  // Its ids in the actor, agent and discard name tries (WordIndex::Ids);
  // -1: in none of that trie's names.
  int actor = -1, agent = -1, discard = -1;

  bool is_word() const { return discard != kPunctuation; }
};
struct FoldedWords {
  std::vector<FoldedWord> words;

  void clear() { words.clear(); }
};
// Appends the records of the tokens to *out, with ids from `index`.
void FoldSentenceWords(const std::vector<Token>& tokens, const WordIndex& index, FoldedWords* out);

// A run of records of a FoldedWords: one sentence's.
struct FoldedSpan {
  const FoldedWords* all = nullptr;
  uint32_t begin = 0, end = 0;  // in all->words

  std::span<const FoldedWord> words() const { return {all->words.data() + begin, all->words.data() + end}; }
};

}  // namespace dyad

#endif  // DYAD_DICT_FOLD_H_

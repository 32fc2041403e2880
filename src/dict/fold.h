// Folding of words for dictionary matching: case, diacritics and the dots of
// acronyms do not matter ("U.S." = "us", "Côte" = "cote").
#ifndef DYAD_DICT_FOLD_H_
#define DYAD_DICT_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

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

}  // namespace dyad

#endif  // DYAD_DICT_FOLD_H_

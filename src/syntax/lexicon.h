// A word-class lexicon from the project's own data (data/syntax/
// tagger-lexicon.tsv, written by tools/build_tagger_lexicon.sh): name words,
// nationality adjectives and irregular verb forms. Training compiles it into
// the model: the tagger uses the classes as features for words outside its
// training vocabulary, the lemmatizer takes irregular past forms from it.
#ifndef DYAD_SYNTAX_LEXICON_H_
#define DYAD_SYNTAX_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::syntax {

enum LexiconClass : uint32_t {
  kLexName = 1,   // a word of a place, state, organization or person name
  kLexNat = 2,    // nationality adjective or demonym
  kLexBase = 4,   // base form of an irregular verb
  kLexPast = 8,   // past tense of an irregular verb
  kLexPart = 16,  // past participle of an irregular verb
  kLexAgent = 32, // common noun naming a kind of actor ("militants")
  kLexVerbForms = kLexBase | kLexPast | kLexPart,
};

struct LexiconEntry {
  std::string word;     // lower-cased
  uint32_t classes = 0;  // LexiconClass bits
  std::string past_of;  // lemma when a past tense ("froze" -> "freeze")
  std::string part_of;  // lemma when a past participle
};

// Lines "word<TAB>CLASS[,CLASS...]" with CLASS one of NAME, NAT, AGENT, BASE,
// PAST=lemma, PART=lemma; '#' starts a comment line. Unknown classes are
// reported in *error (if not null) and skipped.
std::vector<LexiconEntry> ParseLexicon(std::string_view text, std::string* error);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_LEXICON_H_

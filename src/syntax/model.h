// The concrete SyntaxModel: tagger, lemmatizer and parser in one file.
#ifndef DYAD_SYNTAX_MODEL_H_
#define DYAD_SYNTAX_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/syntax.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad::syntax {

inline constexpr char kDefaultModelFile[] = "syntax-en-ewt.bin";

class Model final : public SyntaxModel {
 public:
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;

  void Annotate(Sentence& sentence) const override;
  std::string Lemmatize(const std::string& form, const std::string& upos) const override;

  // Tags only (upos, xpos, lemma, feats).
  void Tag(Sentence& sentence) const;
  size_t MemoryBytes() const { return tagger.MemoryBytes() + parser.MemoryBytes(); }

  // The model file bytes (header included), and back. `file_mapping`: `file`
  // is a private read-only mapping of the file, whose pages may be dropped
  // once read (never for other memory).
  std::string Serialize() const;
  bool Deserialize(std::string_view file, std::string* error, bool file_mapping = false);

 private:
  // Tags the words of `sentence` (their `infos`) but its scare quotes
  // (FindScareQuotes; not a pair that, as read without them, opens right
  // after a noun or pronoun). Returns how many words were tagged: the kept
  // ones, moved to the front of `infos` and `tags`, their indexes in `kept`
  // (empty when all were).
  int TagAroundQuotes(const Sentence& sentence, std::vector<WordInfo>* infos, uint8_t* tags,
                      std::vector<uint8_t>* quote, std::vector<int>* kept) const;
  // Fills in the tags, lemmas and features of all tokens, the dropped quote
  // marks as opening or closing punctuation.
  void FillTags(Sentence& sentence, const std::vector<uint8_t>& quote, const std::vector<int>& kept,
                const uint8_t* tags) const;
};

// Scare quotes: pairs of quote marks around 1 to kMaxScareQuoted tokens
// ("a "hostile act"", headlines' "strikes 'terror camps' in"), which the
// tagger and parser do not see; not a pair around the whole sentence. (8:
// the best LAS on dyad's news treebank of 4, 6, 8, 12 and any length; EWT's
// dev set alike.) Marks each token of `sentence` in `quote`; returns the
// number of pairs.
inline constexpr int kMaxScareQuoted = 8;
inline constexpr uint8_t kNotQuote = 0, kOpeningQuote = 1, kClosingQuote = 2;
int FindScareQuotes(const Sentence& sentence, std::vector<uint8_t>* quote);
// The closing mark of the pair `quote` (FindScareQuotes) opens at `open`.
inline int ClosingQuote(const std::vector<uint8_t>& quote, int open) {
  int close = open + 1;
  while (close < static_cast<int>(quote.size()) && quote[close] != kClosingQuote) ++close;
  return close;
}

// What the parser sees of tagged words.
void ToParserWords(const std::vector<WordInfo>& infos, const uint8_t* tags, std::vector<ParserWord>* out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MODEL_H_

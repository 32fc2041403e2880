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
};

// What the parser sees of tagged words.
void ToParserWords(const std::vector<WordInfo>& infos, const uint8_t* tags, std::vector<ParserWord>* out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MODEL_H_

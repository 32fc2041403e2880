// The tagger, lemmatizer and dependency parser: one model file.
#ifndef DYAD_SYNTAX_H_
#define DYAD_SYNTAX_H_

#include <memory>
#include <string>

#include "dyad/token.h"

namespace dyad {

class SyntaxModel {
 public:
  // Loads a model file; on failure returns null and sets *error
  // ("model file X: bad magic / version N unsupported / truncated / checksum").
  static std::unique_ptr<SyntaxModel> Load(const std::string& path, std::string* error);
  // The model shipped with dyad (data/model/), searched as documented in the README.
  static std::string DefaultPath();

  virtual ~SyntaxModel() = default;
  // Fills upos, xpos, lemma, feats, head, deprel of every token. Thread-safe.
  virtual void Annotate(Sentence& sentence) const = 0;
  // Lemma of a word given its UPOS (used by dictionaries for verb forms).
  virtual std::string Lemmatize(const std::string& form, const std::string& upos) const = 0;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_H_

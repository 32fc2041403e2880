// Lemmas and morphological features learned from a treebank: exact
// (form, tag) tables for seen words (this is where irregular forms like
// "fought" -> "fight" live) and suffix edit rules per tag for unseen ones.
#ifndef DYAD_SYNTAX_LEMMATIZER_H_
#define DYAD_SYNTAX_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"
#include "syntax/key_map.h"
#include "syntax/lexicon.h"

namespace dyad::syntax {

class Lemmatizer {
 public:
  // Lemma of `form` tagged (upos, xpos).
  std::string Lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // UD features of `form` tagged (upos, xpos), "_" when none. A reference
  // into the model (valid while it lives): assigning it to a token reuses
  // the token's buffer instead of allocating.
  const std::string& Feats(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // True when (form, xpos) was seen in training.
  bool Knows(std::string_view form, std::string_view xpos) const;

  // `lexicon` (may be null): irregular past forms the treebank lacks.
  void Train(const std::vector<const Sentence*>& train, const std::vector<LexiconEntry>* lexicon = nullptr);
  void Save(ByteWriter* out) const;
  bool Load(ByteReader* in);

 private:
  struct Rule {
    uint32_t strip;
    std::string add;
  };
  static constexpr int kMaxSuffix = 5;
  uint32_t Intern(const std::string& s);
  std::string ApplyRules(std::string_view form, std::string_view source, std::string_view lower,
                         std::string_view xpos) const;

  void IndexLemmas();

  std::vector<std::string> strings_;  // lemmas and feature strings
  KeyMap known_lemmas_;               // hashes of strings_ (built at load): lemmas seen in training
  std::vector<Rule> rules_;
  KeyMap exact_;        // (form, xpos) -> lemma string
  KeyMap lower_;        // (lower form, xpos) -> lemma string
  // (xpos, suffix length, suffix) -> 2 * rule + keep-case bit. Rules edit
  // the lower-cased form; with the bit, a capitalized form keeps its
  // capitals ("Ukrainian" -> "Ukrainian", like "Iranian" in the treebank).
  KeyMap suffix_rule_;
  KeyMap word_feats_;   // (lower form, upos, xpos) -> feats string
  KeyMap tag_feats_;    // (upos, xpos) -> feats string
};

// Whether a Penn tag marks a proper noun (whose lemma keeps its case).
bool IsProperNounTag(std::string_view xpos);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_LEMMATIZER_H_

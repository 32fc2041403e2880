// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint
// UPOS+XPOS classes, with affix, shape, context and tag-dictionary features.
#ifndef DYAD_SYNTAX_TAGGER_H_
#define DYAD_SYNTAX_TAGGER_H_

#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/token.h"
#include "syntax/key_map.h"
#include "syntax/lexicon.h"
#include "syntax/weights.h"
#include "syntax/word_info.h"

namespace dyad::syntax {

// The joint tag classes ("NOUN"+"NN", "AUX"+"VBZ", ...).
struct TagSet {
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
  int size() const { return static_cast<int>(upos.size()); }
  int Find(const std::string& u, const std::string& x) const;
};

// Words of a sentence with their infos, ready for tagging.
void ComputeWordInfos(const Sentence& s, std::vector<WordInfo>* out);

class Tagger {
 public:
  const TagSet& tagset() const { return tagset_; }
  // Sets words[i].ambiguity and writes one class per word.
  void Tag(WordInfo* words, int n, uint8_t* tags) const;
  // Repairs applied after Tag() when tagging for use, not in training (added
  // after the shipped model was trained; see tagger.cc).
  void RepairForUse(const WordInfo* words, int n, uint8_t* tags) const;
  size_t MemoryBytes() const { return weights_.MemoryBytes(); }

  void Save(ByteWriter* out) const;
  bool Load(ByteReader* in);
  void Prune(int min_abs) { weights_.Prune(min_abs); }

  struct TrainOptions {
    int epochs = 10;
    float prune = 0.f;
    uint64_t seed = 1;
    int min_dictionary_count = 5;  // words seen less often get no tag-dictionary entry
    // Words seen at least this often, with one class in at least
    // sure_share of their occurrences, are tagged from the dictionary
    // without scoring ("the", ",", "of"): about 29% of EWT tokens.
    int sure_min_count = 20;
    double sure_share = 0.995;
    // Words seen fewer times are unknown words to the tagger, in training as
    // at run time, so that it learns to tag unknown words from their
    // spelling, context and lexicon class rather than from nothing.
    int vocabulary_min_count = 1;
    // Every n-th training sentence is also learned in capitals (headlines);
    // 0: none.
    int caps_copy_every = 8;
  };
  // Trains on `train`, keeping the epoch that tags `dev` best (UPOS+XPOS);
  // progress lines go to `log` when not null. The tag set comes from `tagset`
  // if non-empty, else from `train`.
  // `lexicon` (may be null) gives word classes for words outside the
  // training vocabulary.
  void Train(const std::vector<const Sentence*>& train, const std::vector<const Sentence*>& dev,
             const TrainOptions& options, const TagSet* tagset, const std::vector<LexiconEntry>* lexicon,
             std::ostream* log);

  // Builds the tag set of a corpus (classes in order of first appearance).
  static TagSet CollectTagSet(const std::vector<const Sentence*>& corpus);

 private:
  static constexpr int kMaxFeatures = 48;
  int Features(const WordInfo* w, int n, int i, int t1, int t2, uint32_t* f) const;
  void SetAmbiguity(WordInfo* words, int n) const;
  // Whether class `tag`'s Penn tag is one of `xpos` (the repairs below test tags this way).
  bool XposIn(uint8_t tag, std::initializer_list<const char*> xpos) const;
  // (`of_phrases`: an opening noun phrase may hold "of", as RepairForUse asks.)
  void RepairFiniteVerb(const WordInfo* words, int n, uint8_t* tags, bool of_phrases = false) const;
  void RepairHeadlineVerbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairHeadlineVerbsAfterSubordinators(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairNamedGerunds(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairImpossibleParticiples(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairPhrasalPastVerbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairPastReadAsPresent(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairRelativeClauseVerbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairParticiplesWithAgents(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairAdjectivesOfVerblessClauses(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairAttributiveGerunds(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairSubjunctiveVerbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairNounsAfterArticle(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairCompassAdverbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairAfterwards(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairVerbsAfterAsides(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairNamesReadAsGerunds(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairGerundsAfterBy(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairCompoundGerunds(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairPluralsBeforePastVerbs(const WordInfo* words, int n, uint8_t* tags) const;
  void RepairPossessedAdjectives(const WordInfo* words, int n, uint8_t* tags) const;
  void IndexTagSet();

  TagSet tagset_;
  // FeatureKey(lower) -> ambiguity class hash; words of the vocabulary seen
  // too rarely for a dictionary entry map to kUnknownAmbiguity, words
  // outside the vocabulary are missing.
  KeyMap ambiguity_;
  KeyMap sure_;       // FeatureKey(lower) -> 1 + the class of a word whose tag is practically certain
  KeyMap lexicon_;    // FeatureKey(lower) -> LexiconClass bits
  KeyMap closed_ok_;  // FeatureKey(lower) -> 1 for words seen with a closed-class tag
  WeightTable weights_;
  unsigned __int128 punct_classes_ = 0;  // bit c: class c is PUNCT
  unsigned __int128 closed_classes_ = 0; // bit c: class c is closed (AUX, DET, PRON, ADP, CCONJ, SCONJ, PART)
  uint8_t class_kind_[256] = {};         // per class: 1 closed, 2 punctuation
  int vbd_class_ = -1;                   // VERB+VBD
  int vbz_class_ = -1;                   // VERB+VBZ
  int nn_class_ = -1;                    // NOUN+NN
  int nns_class_ = -1;                   // NOUN+NNS
  int vbp_class_ = -1;                   // VERB+VBP
  int jj_class_ = -1;                    // ADJ+JJ
  int vb_class_ = -1;                    // VERB+VB
  int rb_class_ = -1;                    // ADV+RB
  int vbn_class_ = -1;                   // VERB+VBN
  int nnp_class_ = -1;                   // PROPN+NNP
  int vbg_class_ = -1;                   // VERB+VBG
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TAGGER_H_

// Training the whole syntax model from CoNLL-U treebanks.
#ifndef DYAD_SYNTAX_TRAIN_H_
#define DYAD_SYNTAX_TRAIN_H_

#include <ostream>
#include <vector>

#include "dyad/token.h"
#include "syntax/lexicon.h"
#include "syntax/model.h"

namespace dyad::syntax {

struct TrainConfig {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int folds = 4;               // jackknifing: the parser trains on tags predicted by taggers that never saw the sentence
  int fold_tagger_epochs = 6;
  int tagger_prune = 0;         // after training: drop quantized weights below this (of 32000)
  int parser_prune = 0;
  int parser_runs = 1;          // parser trainings averaged (Parser::TrainOptions::runs)
  int parser_beam = 1;          // Parser::TrainOptions::beam
  bool non_monotonic = false;   // Parser::TrainOptions::non_monotonic
  int beam_margin = 0;          // Parser::set_margin, stored in the model (run-time beam pruning)
  int relabel_epochs = 0;       // Parser::TrainRelabeler (0: no tree relabeler)
  bool relabel_only = false;     // the model already holds a trained tagger and parser: train the relabeler only
  int tagger_vocabulary_min = 1;  // Tagger::TrainOptions::vocabulary_min_count
  int caps_copy_every = 8;        // Tagger::TrainOptions::caps_copy_every
  std::vector<LexiconEntry> lexicon;  // word classes from the project's data (may be empty)
};

// Deterministic: the same sentences and config give the same model.
void TrainModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const TrainConfig& config,
                std::ostream* log, Model* model);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TRAIN_H_

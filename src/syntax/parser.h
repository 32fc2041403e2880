// Labeled transition-based dependency parser: arc-eager with the root at the
// end of the buffer (Ballesteros & Nivre 2013), greedy decoding, trained as an
// averaged perceptron with the dynamic oracle of Goldberg & Nivre (2012).
// Transitions are scored with Zhang & Nivre (2011) style features; the label
// of each new arc comes from a second classifier that sees head, dependent
// and the children already attached.
#ifndef DYAD_SYNTAX_PARSER_H_
#define DYAD_SYNTAX_PARSER_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/token.h"
#include "syntax/weights.h"

namespace dyad::syntax {

// What the parser sees of each word.
struct ParserWord {
  uint64_t word = 0;    // hash of the lower-cased form
  uint64_t suffix = 0;  // hash of its last three bytes
  uint32_t tag = 0;     // tagger class
};

class Parser {
 public:
  const std::vector<std::string>& labels() const { return labels_; }  // labels_[0] == "root"
  // heads[i]: 0-based head or -1 for the root; labels[i]: index into labels().
  // Exactly one word gets head -1.
  void Parse(const ParserWord* words, int n, int* heads, uint8_t* labels) const;
  // Beam width used by Parse: 1 (greedy) unless the model was trained with a
  // beam; set_beam overrides it at run time (1 to 64).
  int beam() const { return beam_; }
  void set_beam(int width) { beam_ = width < 1 ? 1 : width > 64 ? 64 : width; }
  // Beam pruning: candidates scoring more than `margin` below the best are
  // dropped (0: none). Scores are sums of int16 weights.
  int margin() const { return margin_; }
  void set_margin(int margin) { margin_ = margin < 0 ? 0 : margin; }
  // Whether the model parses with the non-monotonic arc-eager system
  // (greedy models only; TrainOptions::non_monotonic).
  bool non_monotonic() const { return non_monotonic_; }
  size_t MemoryBytes() const {
    return transitions_.MemoryBytes() + labeler_.MemoryBytes() + relabeler_.MemoryBytes();
  }

  // Format 6 (non-monotonic parsers) adds a byte after the beam margin;
  // arc-eager parsers are saved as format 5.
  void Save(ByteWriter* out) const;
  // `version`: the model file's format (5: arc-eager, no transition byte).
  bool Load(ByteReader* in, uint32_t version);
  void Prune(int min_abs) {
    transitions_.Prune(min_abs);
    labeler_.Prune(min_abs);
    if (relabeler_.num_features() > 0) relabeler_.Prune(min_abs);
  }
  void PruneRelabeler(int min_abs) { relabeler_.Prune(min_abs); }

  struct TrainOptions {
    int epochs = 15;
    float prune = 0.f;
    uint64_t seed = 7;
    double explore = 0.9;  // probability of following a wrong prediction
    int explore_after = 1; // epochs of pure teacher forcing first
    // Independent runs (different shuffles and exploration) whose weights
    // are averaged: greedy perceptron parsers vary by several tenths of a
    // point between runs, and the average is steadier and better.
    int runs = 1;
    // Beam width: above 1, the parser is trained globally with a beam and
    // max-violation updates (Huang et al. 2012) instead of greedily with the
    // dynamic oracle, and parses with that beam.
    int beam = 1;
    // Greedy only: the non-monotonic arc-eager system (State::non_monotonic
    // in parser.cc), trained with approximate dynamic-oracle costs.
    bool non_monotonic = false;
  };
  // Trains on sentences whose words carry (predicted) tags in `train_words`
  // and gold heads/labels in the sentences; keeps the epoch with the best dev
  // LAS. `dev_words` are tagged like at run time.
  void Train(const std::vector<const Sentence*>& train, const std::vector<std::vector<ParserWord>>& train_words,
             const std::vector<const Sentence*>& dev, const std::vector<std::vector<ParserWord>>& dev_words,
             const TrainOptions& options, std::ostream* log);
  // After Train: a second labeler that relabels each finished tree with the
  // children of both words in view (trained on gold trees; the epoch with
  // the best dev LAS is kept). 0 epochs: none (labels from parsing).
  void TrainRelabeler(const std::vector<const Sentence*>& train,
                      const std::vector<std::vector<ParserWord>>& train_words, const std::vector<const Sentence*>& dev,
                      const std::vector<std::vector<ParserWord>>& dev_words, int epochs, float prune, uint64_t seed,
                      std::ostream* log);
  bool has_relabeler() const { return relabeler_.num_features() > 0; }
  // Run-time switch: labels from parsing only, the relabeler unused.
  void set_relabel(bool on) { relabel_ = on; }

 private:
  void IndexLabels();
  // Beam or greedy parse; arc_scores_out (n * labels, may be null) receives
  // the arc-time labeler's scores of each word's final arc; `relabel`: run
  // the tree relabeler.
  void ParseBeam(const ParserWord* words, int n, int* heads, uint8_t* labels, int32_t* arc_scores_out,
                 bool relabel) const;
  void ParseGreedy(const ParserWord* words, int n, int* heads, uint8_t* labels, int32_t* arc_scores_out,
                   bool relabel) const;
  void TrainBeamEpoch(const std::vector<const Sentence*>& train, const std::vector<std::vector<ParserWord>>& train_words,
                      const std::vector<std::vector<int>>& gold_heads, const std::vector<std::vector<uint8_t>>& gold_labels,
                      const std::vector<size_t>& order, int beam, Perceptron* trans, Perceptron* labeler,
                      size_t* updates, size_t* sentences) const;

  std::vector<std::string> labels_;
  uint64_t subject_labels_ = 0;  // bit (label & 63) for the subject relations
  uint64_t argument_labels_ = 0;  // the same for subjects, objects and obliques
  int margin_ = 0;                // beam pruning margin (stored in the model)
  int beam_ = 1;                  // trained beam width (stored in the model), or the run-time override
  bool non_monotonic_ = false;    // transition system (stored in the model; greedy parsers only)
  WeightTable transitions_;
  WeightTable labeler_;
  WeightTable relabeler_;  // empty: none
  // Weight of the relabeler's scores against 8 for the arc-time labeler's
  // (greedy parsing); kRelabelOnly: the relabeler alone.
  static constexpr int kRelabelOnly = 255;
  int relabel_mix_ = kRelabelOnly;
  // Words whose arc-time label leads by more than this keep it (-1: none).
  int relabel_skip_ = -1;
  bool relabel_ = true;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PARSER_H_

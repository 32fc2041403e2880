// Linear classifiers over hashed features: the averaged perceptron used in
// training, and the compact quantized table used at run time.
#ifndef DYAD_SYNTAX_WEIGHTS_H_
#define DYAD_SYNTAX_WEIGHTS_H_

#include <cstdint>
#include <vector>

#include "syntax/bucket_table.h"
#include "syntax/byte_io.h"
#include "syntax/table_array.h"

namespace dyad::syntax {

// Run-time weights: open-addressing table from a feature key to its weights.
// Scores are int32 sums of int16 weights.
//
// Tables of at most kDenseClasses classes (the parser's moves) keep the
// weights inside the hash slot: one cache miss per feature. Larger tables
// (tagger, labeler) store each row either sparse, as (class, weight) pairs,
// or, when it has weights for many classes, "wide": all classes in a row of
// int16 added with SIMD. Features that fire often (bias, previous tag, common
// words) have weights for most classes, and adding those as a vector costs a
// fraction of the scattered scalar adds.
class WeightTable {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t MemoryBytes() const {
    return slots_.MemoryBytes() + entries_.size() * sizeof(Entry) + dense_.MemoryBytes() + wide_.size() * sizeof(int16_t);
  }
  static constexpr int kDenseClasses = 4;
  // Share of the hash slots used (set before Load or Finish): 50 for speed,
  // 75 where memory counts more (the beam parser, several times slower
  // anyway).
  void set_load_percent(int percent) { load_percent_ = percent < 25 ? 25 : percent > 90 ? 90 : percent; }
  static constexpr int kMaxFeatures = 128;  // per Score call

  // scores[0..num_classes) += weights of the features present (n <= 128).
  // Three passes so the cache misses of all features overlap: prefetch the
  // slots, find the rows (prefetching them), then add.
  void Score(const uint32_t* feats, int n, int32_t* scores) const {
    if (!dense_.empty()) ScoreDense(feats, n, scores);
    else if (!slots_.empty()) ScoreRows(feats, n, scores);
  }

  void Save(ByteWriter* out) const;
  bool Load(ByteReader* in);
  // Drops entries with |weight| < min_abs (and rows left empty): a smaller,
  // faster table at a small cost in accuracy.
  void Prune(int min_abs);

  // Builder interface (used by the trainer): rows must be added with
  // distinct keys; weights are already quantized.
  struct Entry {
    uint16_t cls;  // in the header entry of a row: the row length
    int16_t w;
  };
  void Reset(int num_classes);
  // The mean of tables of the same classes, each table's weights being its
  // float weights times its scale (as returned by Perceptron::Compile),
  // quantized again so the largest mean weight is 32000.
  static WeightTable Average(const std::vector<WeightTable>& tables, const std::vector<double>& scales);
  void AddRow(uint32_t key, const Entry* entries, int n);
  void Finish();  // builds the hash slots

 private:
  // A row: the index of its header entry in entries_, or kWideBit | the
  // index of its wide row.
  static constexpr uint32_t kWideBit = 0x80000000u;
  struct DenseRow {
    int16_t w[kDenseClasses];
  };
  // Rows flattened in key order: keys[i] owns flat[begins[i]] (a header
  // entry holding the length) and the entries after it.
  struct Rows {
    std::vector<uint32_t> keys, begins;
    std::vector<Entry> flat;
  };
  bool dense_mode() const { return num_classes_ <= kDenseClasses; }
  // A row with weights for at least a twelfth of the classes is stored wide:
  // from that length on the vector add (AVX2: one instruction pair per 8
  // classes) beats scattered scalar adds, and it takes little more room.
  static bool IsWideRow(int len, int num_classes) { return len * 12 >= num_classes; }
  bool IsWide(int len) const { return IsWideRow(len, num_classes_); }
  void ScoreDense(const uint32_t* feats, int n, int32_t* scores) const;
  void ScoreRows(const uint32_t* feats, int n, int32_t* scores) const;

  // Dense mode (the weights inside the table; slots_, entries_ and wide_
  // stay empty) or rows mode.
  BucketTable<DenseRow, 5> dense_;
  BucketTable<uint32_t, 7> slots_;
  TableArray<Entry> entries_;
  TableArray<int16_t> wide_;  // wide rows, stride_ weights each
  int num_classes_ = 0;
  int load_percent_ = 50;
  int stride_ = 0;  // int16 per wide row: num_classes_ rounded up to 8
  size_t num_features_ = 0;
  std::vector<Entry> pending_entries_;  // rows added since Reset, until Finish
  std::vector<std::pair<uint32_t, uint32_t>> pending_;  // key, begin in pending_entries_
  void SizeSlots(size_t rows);
  Rows SortedRows() const;
};

// Training: averaged perceptron with sparse rows (most features are seen
// with only a few classes). Averaging uses the standard trick
// avg = w - u / clock, where u accumulates clock * delta.
class Perceptron {
 public:
  explicit Perceptron(int num_classes);
  int num_classes() const { return num_classes_; }

  // scores[c] += current weights (not averaged).
  void Score(const uint32_t* feats, int n, float* scores) const;
  // Adds +1 to class `good` and -1 to class `bad` for every feature.
  void Update(const uint32_t* feats, int n, int good, int bad);
  // Adds `delta` to class `cls` for every feature.
  void Add(const uint32_t* feats, int n, int cls, float delta);
  void Tick() { ++clock_; }

  // Averaged weights quantized into a run-time table; entries whose
  // magnitude is below `prune` (in averaged-weight units) are dropped.
  // Returns the scale (quantized = round(weight * scale)).
  double Compile(float prune, WeightTable* out) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double u;
  };
  int FindRow(uint32_t key) const;
  int AddRow(uint32_t key);
  void AddTo(int row, int cls, float delta);

  int num_classes_;
  double clock_ = 1;
  std::vector<uint32_t> keys_;   // open addressing, 0 = empty
  std::vector<int32_t> rows_of_slot_;
  uint32_t mask_ = 0;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_WEIGHTS_H_

// Linear classifiers over hashed features: the averaged perceptron used in
// training, and the compact quantized table used at run time.
#ifndef DYAD_SYNTAX_WEIGHTS_H_
#define DYAD_SYNTAX_WEIGHTS_H_

#include <cstdint>
#include <vector>

#include "syntax/byte_io.h"
#include "syntax/table_array.h"

namespace dyad::syntax {

// Run-time weights: open-addressing table from a feature key to a short run
// of (class, int16 weight) entries. Scores are int32 sums of those weights.
class WeightTable {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t MemoryBytes() const {
    return slots_.size() * sizeof(Slot) + entries_.size() * sizeof(Entry) + dense_.size() * sizeof(DenseSlot);
  }
  static constexpr int kDenseClasses = 4;

  // scores[0..num_classes) += weights of the features present (n <= 128).
  // Three passes so the cache misses of all features overlap: prefetch the
  // slots, find the rows (prefetching them), then add. Tables of at most
  // kDenseClasses classes keep the weights inside the slot: one miss per
  // feature instead of two.
  void Score(const uint32_t* feats, int n, int32_t* scores) const {
    if (!dense_.empty()) {
      ScoreDense(feats, n, scores);
      return;
    }
    if (slots_.empty()) return;
    for (int i = 0; i < n; ++i) __builtin_prefetch(&slots_[Home(feats[i])]);
    const Entry* rows[128];
    int m = 0;
    for (int i = 0; i < n && m < 128; ++i) {
      const uint32_t key = feats[i];
      for (uint32_t s = Home(key);; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.key == key) {
          rows[m] = &entries_[slot.begin];
          __builtin_prefetch(rows[m]);
          ++m;
          break;
        }
        if (slot.key == 0) break;
      }
    }
    for (int r = 0; r < m; ++r) {
      const Entry* e = rows[r];
      const int len = e->cls;
      for (int j = 1; j <= len; ++j) scores[e[j].cls] += e[j].w;
    }
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
  void AddRow(uint32_t key, const Entry* entries, int n);
  void Finish();  // builds the hash slots

 private:
  struct Slot {
    uint32_t key = 0;
    uint32_t begin = 0;
  };
  struct DenseSlot {
    uint32_t key = 0;
    int16_t w[kDenseClasses] = {0, 0, 0, 0};
  };
  // Rows flattened in key order: keys[i] owns flat[begins[i]] (a header
  // entry holding the length) and the entries after it.
  struct Rows {
    std::vector<uint32_t> keys, begins;
    std::vector<Entry> flat;
  };
  bool dense_mode() const { return num_classes_ <= kDenseClasses; }
  void ScoreDense(const uint32_t* feats, int n, int32_t* scores) const {
    for (int i = 0; i < n; ++i) __builtin_prefetch(&dense_[Home(feats[i])]);
    for (int i = 0; i < n; ++i) {
      const uint32_t key = feats[i];
      for (uint32_t s = Home(key);; s = (s + 1) & mask_) {
        const DenseSlot& slot = dense_[s];
        if (slot.key == key) {
          for (int c = 0; c < num_classes_; ++c) scores[c] += slot.w[c];
          break;
        }
        if (slot.key == 0) break;
      }
    }
  }
  TableArray<DenseSlot> dense_;  // the weights of a dense-mode table (slots_ and entries_ stay empty)
  int num_classes_ = 0;
  size_t num_features_ = 0;
  uint32_t mask_ = 0;
  int shift_ = 31;
  // A key's first slot comes from its high bits, so inserting rows in key
  // order (as Load does) writes the table front to back.
  uint32_t Home(uint32_t key) const { return static_cast<uint32_t>(key >> shift_) & mask_; }
  TableArray<Slot> slots_;
  TableArray<Entry> entries_;
  std::vector<Entry> pending_entries_;  // rows added since Reset, until Finish
  std::vector<Slot> pending_;  // rows added since Reset, until Finish
  void InsertSlot(uint32_t key, uint32_t begin) {
    uint32_t s = Home(key);
    while (slots_[s].key != 0) s = (s + 1) & mask_;
    slots_[s] = Slot{key, begin};
  }
  DenseSlot* InsertDense(uint32_t key) {
    uint32_t s = Home(key);
    while (dense_[s].key != 0) s = (s + 1) & mask_;
    dense_[s].key = key;
    return &dense_[s];
  }
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
  void Tick() { ++clock_; }

  // Averaged weights quantized into a run-time table; entries whose
  // magnitude is below `prune` (in averaged-weight units) are dropped.
  void Compile(float prune, WeightTable* out) const;

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

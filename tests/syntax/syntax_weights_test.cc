// The run-time weight tables score exactly like a plain map of weights, in
// every row layout (4-class rows inside the bucket, sparse rows, wide SIMD
// rows), after a save/load round trip, after pruning, and when averaged.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

#include "syntax/shuffle.h"
#include "syntax/weights.h"

namespace dyad::syntax {
namespace {

using Weights = std::map<uint32_t, std::map<int, int16_t>>;  // key -> class -> weight

// Random rows: most short, some with weights for most classes (wide).
Weights RandomWeights(int num_classes, int rows, uint64_t seed) {
  Rng rng(seed);
  Weights w;
  while (static_cast<int>(w.size()) < rows) {
    const uint32_t key = static_cast<uint32_t>(rng.Next()) | 1u;  // never 0
    const int len = rng.Below(4) == 0 ? 1 + static_cast<int>(rng.Below(num_classes)) : 1 + static_cast<int>(rng.Below(3));
    auto& row = w[key];
    for (int j = 0; j < len; ++j) {
      const int16_t v = static_cast<int16_t>(static_cast<int>(rng.Below(20001)) - 10000);
      if (v != 0) row[static_cast<int>(rng.Below(num_classes))] = v;
    }
    if (row.empty()) w.erase(key);
  }
  return w;
}

WeightTable Build(const Weights& w, int num_classes) {
  WeightTable t;
  t.Reset(num_classes);
  std::vector<WeightTable::Entry> buf;
  for (const auto& [key, row] : w) {
    buf.clear();
    for (const auto& [c, v] : row) buf.push_back(WeightTable::Entry{static_cast<uint16_t>(c), v});
    t.AddRow(key, buf.data(), static_cast<int>(buf.size()));
  }
  t.Finish();
  return t;
}

// Scores of a feature list from the table and from the map.
void ExpectSameScores(const WeightTable& t, const Weights& w, int num_classes, uint64_t seed) {
  Rng rng(seed);
  std::vector<uint32_t> keys;
  for (const auto& [key, row] : w) keys.push_back(key);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint32_t> feats;
    const int n = 1 + static_cast<int>(rng.Below(100));
    for (int i = 0; i < n; ++i)
      feats.push_back(rng.Below(3) == 0 ? static_cast<uint32_t>(rng.Next()) | 1u : keys[rng.Below(keys.size())]);
    std::vector<int32_t> got(num_classes, 0), want(num_classes, 0);
    t.Score(feats.data(), n, got.data());
    for (uint32_t f : feats) {
      auto it = w.find(f);
      if (it == w.end()) continue;
      for (const auto& [c, v] : it->second) want[c] += v;
    }
    ASSERT_EQ(got, want) << "trial " << trial;
  }
}

class WeightTableTest : public ::testing::TestWithParam<int> {};

TEST_P(WeightTableTest, ScoresLikeAMapAndSurvivesSaveLoad) {
  const int nc = GetParam();
  const Weights w = RandomWeights(nc, 5000, 17 + nc);
  const WeightTable t = Build(w, nc);
  EXPECT_EQ(t.num_features(), w.size());
  ExpectSameScores(t, w, nc, 3);

  ByteWriter out;
  t.Save(&out);
  WeightTable loaded;
  ByteReader in(out.bytes());
  ASSERT_TRUE(loaded.Load(&in));
  EXPECT_EQ(in.remaining(), 0u);
  ExpectSameScores(loaded, w, nc, 4);
  ByteWriter again;
  loaded.Save(&again);
  EXPECT_EQ(again.bytes(), out.bytes());  // the file format does not depend on the layout
}

TEST_P(WeightTableTest, PruneDropsSmallWeights) {
  const int nc = GetParam();
  Weights w = RandomWeights(nc, 3000, 99 + nc);
  WeightTable t = Build(w, nc);
  t.Prune(5000);
  for (auto it = w.begin(); it != w.end();) {
    for (auto c = it->second.begin(); c != it->second.end();)
      c = std::abs(c->second) < 5000 ? it->second.erase(c) : std::next(c);
    it = it->second.empty() ? w.erase(it) : std::next(it);
  }
  EXPECT_EQ(t.num_features(), w.size());
  ExpectSameScores(t, w, nc, 5);
}

TEST_P(WeightTableTest, AverageOfTwoTables) {
  const int nc = GetParam();
  const Weights a = RandomWeights(nc, 2000, 7), b = RandomWeights(nc, 2000, 8);
  // Scales 1 and 2: b's float weights are half its stored ones.
  const WeightTable avg = WeightTable::Average({Build(a, nc), Build(b, nc)}, {1.0, 2.0});
  std::map<std::pair<uint32_t, int>, double> mean;
  double max_abs = 0;
  for (const auto& [key, row] : a)
    for (const auto& [c, v] : row) mean[{key, c}] += v / 2.0;
  for (const auto& [key, row] : b)
    for (const auto& [c, v] : row) mean[{key, c}] += v / 4.0;
  for (const auto& [k, v] : mean) max_abs = std::max(max_abs, std::abs(v));
  Weights want;
  for (const auto& [k, v] : mean) {
    const long q = std::lround(v * 32000.0 / max_abs);
    if (q != 0) want[k.first][k.second] = static_cast<int16_t>(q);
  }
  ExpectSameScores(avg, want, nc, 6);
}

// 4 classes: weights in the buckets; 51 and 102: sparse and wide rows (the
// labeler's and the tagger's class counts).
INSTANTIATE_TEST_SUITE_P(Classes, WeightTableTest, ::testing::Values(4, 51, 102));

}  // namespace
}  // namespace dyad::syntax

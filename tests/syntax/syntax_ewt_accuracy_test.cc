// The shipped model still meets its accuracy floor on UD English EWT (gold
// tokenization). The floors sit just under what the shipped model measured
// with `dyad eval-parse`; skips without ../shared.
#include <gtest/gtest.h>

#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax_test_util.h"

namespace dyad::syntax {
namespace {

ParseScores ScorePath(const std::string& path, const std::string& file) {
  std::string text = testing::ReadFileOrDie(path);
  std::vector<std::string> errors;
  auto parsed = ParseConllu(text, &errors);
  EXPECT_TRUE(errors.empty());
  std::vector<Sentence> gold;
  for (auto& s : parsed) gold.push_back(std::move(s.sentence));
  auto sc = EvaluateModel(test::ShippedModel(), gold);
  auto pct = [&](size_t k) { return ParseScores::Pct(k, sc.words); };
  ::testing::Test::RecordProperty("UPOS", std::to_string(pct(sc.upos)));
  ::testing::Test::RecordProperty("LAS", std::to_string(pct(sc.las)));
  std::printf("%s: %zu words, UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f\n", file.c_str(), sc.words,
              pct(sc.upos), pct(sc.xpos), pct(sc.lemma), pct(sc.uas), pct(sc.las));
  return sc;
}

ParseScores Score(const std::string& file) { return ScorePath(testing::SharedDir() + "/ud/EWT/" + file, file); }

struct Floor {
  double upos, lemma, uas, las;
};

void ExpectFloor(const ParseScores& sc, const Floor& f) {
  auto pct = [&](size_t k) { return ParseScores::Pct(k, sc.words); };
  EXPECT_GE(pct(sc.upos), f.upos);
  EXPECT_GE(pct(sc.lemma), f.lemma);
  EXPECT_GE(pct(sc.uas), f.uas);
  EXPECT_GE(pct(sc.las), f.las);
}

// Measured for the shipped model (file format 4 with the tree relabeler, dyad
// eval-parse): dev UPOS 94.99, lemma 97.07, UAS 84.71, LAS 81.12; test UPOS
// 95.29, lemma 97.06, UAS 84.94, LAS 81.59. Floors sit about 0.3 below (test
// UPOS and lemma at the 95.0 and 96.9). The news-trained greedy model
// shipped since session 26: dev 94.96, 97.11, 84.83, 81.27; test 95.25, 97.06,
// 84.95, 81.63. Trained with nine news files since session 27: dev 94.99,
// 97.08, 84.83, 81.33; test 95.33, 97.04, 85.12, 81.96.
constexpr Floor kDevFloor{94.7, 96.8, 84.4, 80.8};
constexpr Floor kTestFloor{95.0, 96.9, 84.6, 81.3};

TEST(SyntaxEwtAccuracy, Dev) {
  DYAD_REQUIRE_SHARED();
  ExpectFloor(Score("en_ewt-ud-dev.conllu"), kDevFloor);
}

TEST(SyntaxEwtAccuracy, Test) {
  DYAD_REQUIRE_SHARED();
  ExpectFloor(Score("en_ewt-ud-test.conllu"), kTestFloor);
}

// dyad's own news treebank (data/treebank/README.md): news-e.conllu is held
// out of all training, so it measures the parser on wire copy. Measured for
// the EWT-only model: UPOS 97.04, lemma 98.58, UAS 84.33, LAS 82.20 (82.71
// with the later punctuation and quote handling). The shipped greedy model,
// trained with news-a/b/c in session 26: UPOS 97.73, lemma 98.93, UAS
// 89.15, LAS 87.39; with the nine training files since session 27: 98.40,
// 99.29, 92.18, 90.65.
constexpr Floor kNewsFloor{98.1, 99.0, 91.8, 90.3};

TEST(SyntaxNewsTreebank, HeldOutFile) {
  ExpectFloor(ScorePath(testing::DataDir() + "/treebank/news-e.conllu", "news-e.conllu"), kNewsFloor);
}

}  // namespace
}  // namespace dyad::syntax

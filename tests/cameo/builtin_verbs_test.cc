// Checks the built-in verb patterns, discards and verb test tables against the
// CAMEO table: every code has patterns and test sentences, and every code used
// is a real CAMEO 1.1b3 code.
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "dyad/cameo.h"
#include "testing/testing.h"

namespace dyad {
namespace {

std::vector<std::vector<std::string>> ReadTable(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(testing::ReadFileOrDie(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream f(line);
    std::string field;
    while (std::getline(f, field, '\t')) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

TEST(BuiltinVerbs, LoadAndCoverEveryCode) {
  Dictionaries dicts;
  DictKind kind;
  std::string error;
  ASSERT_TRUE(LoadDyadDictionary(testing::DataDir() + "/dict/verbs.txt", &dicts, &kind, &error)) << error;
  EXPECT_EQ(kind, DictKind::kVerbs);
  EXPECT_GE(dicts.verbs.size(), 3000u);
  std::map<std::string, int> per_code;
  for (const VerbPattern& p : dicts.verbs) {
    // "---": a null pattern, matched to say "no event" ("tourists visited Paris").
    EXPECT_TRUE(p.code == "---" || IsKnownCameo(p.code)) << p.origin << ": " << p.code;
    EXPECT_FALSE(p.lemma.empty()) << p.origin;
    ++per_code[p.code];
  }
  for (const CameoInfo& info : AllCameoCodes())
    EXPECT_GT(per_code[info.code], 0) << "no verb pattern for " << info.code;
}

TEST(BuiltinVerbs, DiscardsLoad) {
  Dictionaries dicts;
  DictKind kind;
  std::string error;
  ASSERT_TRUE(LoadDyadDictionary(testing::DataDir() + "/dict/discards.txt", &dicts, &kind, &error)) << error;
  EXPECT_EQ(kind, DictKind::kDiscards);
  int story = 0, sentence = 0;
  for (const DiscardPhrase& d : dicts.discards) (d.story ? story : sentence)++;
  EXPECT_GE(story, 200);
  EXPECT_GE(sentence, 30);
}

TEST(BuiltinVerbs, VerbCasesHaveThreeSentencesPerCode) {
  auto rows = ReadTable(testing::TestDataDir() + "/code/data/verb_cases.tsv");
  std::map<std::string, int> per_code;
  std::set<std::string> sentences;
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 5u) << (r.empty() ? "" : r[0]);
    EXPECT_TRUE(IsKnownCameo(r[0])) << r[0];
    EXPECT_TRUE(ParseDate(r[1]).has_value()) << r[1];
    EXPECT_FALSE(r[2].empty() || r[2] == "-") << r[4];
    EXPECT_FALSE(r[3].empty()) << r[4];
    EXPECT_TRUE(sentences.insert(r[4]).second) << "duplicate sentence: " << r[4];
    ++per_code[r[0]];
  }
  for (const CameoInfo& info : AllCameoCodes())
    EXPECT_GE(per_code[info.code], 3) << "fewer than three sentences for " << info.code;
}

TEST(BuiltinVerbs, NegativeCasesAreWellFormed) {
  auto rows = ReadTable(testing::TestDataDir() + "/code/data/verb_negative_cases.tsv");
  EXPECT_GE(rows.size(), 80u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 3u) << (r.empty() ? "" : r[0]);
    EXPECT_TRUE(r[0] == "*" || IsKnownCameo(r[0])) << r[0];
    EXPECT_TRUE(ParseDate(r[1]).has_value()) << r[1];
    EXPECT_FALSE(r[2].empty());
  }
}

}  // namespace
}  // namespace dyad

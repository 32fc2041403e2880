// The bundled example articles read without errors and clean as intended.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/clean.h"
#include "dyad/read.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Cleaned {
  Article article;
  CleanReport report;
};

std::vector<Cleaned> ReadAndClean(const std::string& name, ReadOptions options = {}) {
  std::string path = testing::TestDataDir() + "/../examples/" + name;
  std::string data = testing::ReadFileOrDie(path);
  std::vector<Cleaned> out;
  ReadArticles(
      data, path, options,
      [&](Article&& a) {
        Cleaned c{std::move(a), {}};
        c.report = CleanArticle(c.article);
        out.push_back(std::move(c));
      },
      [&](const ReadError& e) { ADD_FAILURE() << e.ToString(); });
  return out;
}

TEST(ExamplesTest, NewsTextFilesCleanAsIntended) {
  std::map<std::string, size_t> records = {
      {"korea.txt", 3}, {"ukraine.txt", 3}, {"middle_east.txt", 2}, {"africa.txt", 2}};
  for (const auto& [file, count] : records) {
    std::vector<Cleaned> got = ReadAndClean(file);
    ASSERT_EQ(got.size(), count) << file;
    for (const Cleaned& c : got) {
      const Article& a = c.article;
      EXPECT_FALSE(a.title.empty()) << a.id;
      EXPECT_FALSE(a.dateline.empty()) << a.id;  // every example story has one
      EXPECT_FALSE(a.dateline_place.empty()) << a.id;
      EXPECT_EQ(a.text.find("AFP\n"), std::string::npos) << a.id;
      EXPECT_EQ(a.text.find("Please let us know"), std::string::npos) << a.id;
      EXPECT_EQ(a.text.find("All rights reserved"), std::string::npos) << a.id;
      EXPECT_NE(a.text.front(), '.') << a.id;
    }
  }
  std::vector<Cleaned> korea = ReadAndClean("korea.txt");
  const Article& xi = korea[0].article;
  EXPECT_EQ(xi.id, "korea.txt:1");
  EXPECT_EQ(xi.date, (Date{2022, 11, 26}));
  EXPECT_EQ(xi.title, "Xi writes to Kim calling for world peace");
  EXPECT_EQ(xi.dateline, "SEOUL, Nov 26 (AFP) -");
  EXPECT_EQ(xi.agency, "AFP");
  EXPECT_EQ(xi.text.rfind("Chinese President Xi Jinping has written", 0), 0u);
  EXPECT_EQ(xi.text.find("Xi Jinping with Kim Jong Un in Pyongyang"), std::string::npos);  // the caption
  EXPECT_EQ(korea[0].report.dropped.size(), 5u);  // caption, ".", "AFP", footer, dateline
  EXPECT_EQ(korea[2].article.dateline, "WASHINGTON (Reuters) -");
  EXPECT_EQ(korea[2].article.agency, "Reuters");
}

TEST(ExamplesTest, JsonlAndPlain) {
  std::vector<Cleaned> jsonl = ReadAndClean("articles.jsonl");
  ASSERT_EQ(jsonl.size(), 5u);
  EXPECT_EQ(jsonl[0].article.id, "kcna-2022-11-26-xi-letter");
  EXPECT_EQ(jsonl[0].article.title, "Xi writes to Kim calling for world peace");
  EXPECT_NE(jsonl[0].article.text.find("\"for world peace\""), std::string::npos);  // curly quotes normalized

  ReadOptions plain;
  plain.date = Date{2022, 11, 26};
  std::vector<Cleaned> sentences = ReadAndClean("sentences.plain", plain);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].article.title, "");
  EXPECT_EQ(std::count(sentences[0].article.text.begin(), sentences[0].article.text.end(), '\n'), 6);
}

}  // namespace
}  // namespace dyad

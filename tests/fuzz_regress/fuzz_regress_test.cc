// Replays every input kept in fuzz/corpus/<harness>/ (seeds and the crashes
// the fuzzers found) through the function that harness exercises, so a fixed
// crash stays fixed in the ordinary test suite. Directories of harnesses this
// test does not know are skipped.
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "dyad/clean.h"
#include "dyad/read.h"
#include "testing/testing.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

void Read(std::string_view data, InputFormat format, bool dated) {
  ReadOptions options;
  options.format = format;
  options.max_record_bytes = 1 << 16;
  if (dated) options.date = Date{2022, 11, 26};
  size_t seen = 0;
  size_t n = ReadArticles(
      data, "fuzz.in", options,
      [&](Article&& a) {
        ++seen;
        EXPECT_TRUE(a.date.valid());
        EXPECT_FALSE(a.text.empty());
      },
      [&](const ReadError& e) { EXPECT_FALSE(e.ToString().empty()); });
  EXPECT_EQ(n, seen);
}

void Clean(std::string_view data) {
  size_t replaced = 0;
  std::string once = NormalizeText(data);
  EXPECT_EQ(NormalizeText(once, &replaced), once);
  EXPECT_EQ(replaced, 0u);
  Article a;
  a.sentence_level = !data.empty() && data[0] == '!';
  size_t split = data.find('\x01');
  if (split != std::string_view::npos) {
    a.title = std::string(data.substr(0, split));
    a.text = std::string(data.substr(split + 1));
  } else {
    a.text = std::string(data);
  }
  CleanArticle(a);
  NormalizeText(a.text, &replaced);
  EXPECT_EQ(replaced, 0u);
}

TEST(FuzzRegressTest, ReplaysEveryCorpusInput) {
  fs::path corpus = fs::path(testing::TestDataDir()) / ".." / "fuzz" / "corpus";
  ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
  const std::map<std::string, std::function<void(std::string_view)>> replayers = {
      {"read_news_fuzz", [](std::string_view d) { Read(d, InputFormat::kNewsText, false); }},
      {"read_jsonl_fuzz", [](std::string_view d) { Read(d, InputFormat::kJsonl, false); }},
      {"read_petrarch_fuzz", [](std::string_view d) { Read(d, InputFormat::kPetrarchXml, false); }},
      {"read_auto_fuzz", [](std::string_view d) { Read(d, InputFormat::kAuto, false); }},
      {"read_plain_fuzz", [](std::string_view d) { Read(d, InputFormat::kPlain, !d.empty() && (d[0] & 1)); }},
      {"clean_fuzz", [](std::string_view d) { Clean(d); }},
  };
  size_t files = 0, known_dirs = 0;
  for (const auto& dir : fs::directory_iterator(corpus)) {
    if (!dir.is_directory()) continue;
    auto it = replayers.find(dir.path().filename().string());
    if (it == replayers.end()) continue;  // another stage's harness
    ++known_dirs;
    for (const auto& f : fs::directory_iterator(dir.path())) {
      if (!f.is_regular_file()) continue;
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      SCOPED_TRACE(f.path().string());
      it->second(ss.str());
      ++files;
    }
  }
  EXPECT_EQ(known_dirs, replayers.size());
  EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace dyad

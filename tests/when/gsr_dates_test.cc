// DateEvent accuracy on the PETRARCH GSR sentences against the hand
// annotation tests/when/data/gsr_dates.tsv, once on the parses shipped in the
// XML (UD v1, made by another parser: some attachments are wrong) and once on
// dyad's own parse when a trained model is present.
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/segment.h"
#include "dyad/syntax.h"
#include "dyad/when.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Record {
  Date story;
  std::string text;
  Sentence gold_parse;
};

struct Expected {
  std::string id, date, precision, expression, verb;
};

std::string Attribute(const std::string& tag, const std::string& name) {
  std::string key = name + "=\"";
  size_t at = tag.find(key);
  if (at == std::string::npos) return "";
  size_t start = at + key.size();
  size_t end = tag.find('"', start);
  return end == std::string::npos ? "" : tag.substr(start, end - start);
}

std::string Between(const std::string& s, size_t from, size_t to, const std::string& open,
                    const std::string& close) {
  size_t a = s.find(open, from);
  if (a == std::string::npos || a >= to) return "";
  a += open.size();
  size_t b = s.find(close, a);
  if (b == std::string::npos || b > to) return "";
  return s.substr(a, b - a);
}

Sentence FromConllu(const std::string& block) {
  Sentence s;
  std::istringstream in(block);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream fields(line);
    std::string x;
    while (std::getline(fields, x, '\t')) f.push_back(x);
    if (f.size() < 8) continue;
    Token t;
    t.form = f[1];
    t.lemma = f[2];
    t.upos = f[3];
    t.xpos = f[4];
    t.feats = f[5];
    t.head = std::atoi(f[6].c_str()) - 1;
    t.deprel = f[7];
    t.space_after = f.size() < 10 || f[9].find("SpaceAfter=No") == std::string::npos;
    s.tokens.push_back(t);
  }
  return s;
}

std::map<std::string, Record> ReadGsr(const std::string& path) {
  std::string xml = testing::ReadFileOrDie(path);
  std::map<std::string, Record> records;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t tag_end = xml.find('>', pos);
    size_t next = xml.find("<Sentence ", pos + 1);
    if (next == std::string::npos) next = xml.size();
    std::string tag = xml.substr(pos, tag_end - pos);
    Record r;
    if (std::optional<Date> d = ParseDate(Attribute(tag, "date"))) r.story = *d;
    r.text = Between(xml, pos, next, "<Text>", "</Text>");
    for (char& c : r.text)
      if (c == '\n') c = ' ';
    r.gold_parse = FromConllu(Between(xml, pos, next, "<Parse>", "</Parse>"));
    records[Attribute(tag, "id")] = std::move(r);
    pos = next;
  }
  return records;
}

std::vector<Expected> ReadTable() {
  std::string text = testing::ReadFileOrDie(testing::TestDataDir() + "/when/data/gsr_dates.tsv");
  std::vector<Expected> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (f.size() != 5) {
      ADD_FAILURE() << "gsr_dates.tsv: want 5 fields: " << line;
      continue;
    }
    rows.push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return rows;
}

int FindForm(const Sentence& s, const std::string& form) {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].form == form) return static_cast<int>(i);
  return -1;
}

struct Score {
  int correct = 0, total = 0, dated_correct = 0, dated_total = 0;
  void Add(const Expected& e, const ResolvedDate& r, const char* which) {
    bool ok = r.date.ToString() == e.date && DatePrecisionName(r.precision) == e.precision;
    bool dated = e.precision != "story";
    ++total;
    correct += ok;
    dated_total += dated;
    dated_correct += dated && ok;
    if (!ok)
      std::printf("  %s miss %s (%s): want %s %s \"%s\", got %s %s \"%s\"\n", which, e.id.c_str(),
                  e.verb.c_str(), e.date.c_str(), e.precision.c_str(), e.expression.c_str(),
                  r.date.ToString().c_str(), DatePrecisionName(r.precision), r.expression.c_str());
  }
  void Print(const char* which) const {
    std::printf("GSR dates (%s): %d / %d correct (%.1f%%); with a date expression: %d / %d\n",
                which, correct, total, total ? 100.0 * correct / total : 0.0, dated_correct,
                dated_total);
  }
};

TEST(GsrDatesTest, TableCoversTheEventRecords) {
  DYAD_REQUIRE_SHARED();
  auto records = ReadGsr(testing::SharedDir() + "/petrarch/PETR2_GSR_validation.xml");
  std::vector<Expected> rows = ReadTable();
  EXPECT_GE(rows.size(), 60u);
  for (const Expected& e : rows) {
    ASSERT_TRUE(records.count(e.id)) << e.id;
    EXPECT_TRUE(ParseDate(e.date)) << e.id;
    EXPECT_GE(FindForm(records[e.id].gold_parse, e.verb), 0) << e.id << " " << e.verb;
  }
}

TEST(GsrDatesTest, AccuracyOnShippedParses) {
  DYAD_REQUIRE_SHARED();
  auto records = ReadGsr(testing::SharedDir() + "/petrarch/PETR2_GSR_validation.xml");
  Score score;
  for (const Expected& e : ReadTable()) {
    const Record& r = records[e.id];
    int verb = FindForm(r.gold_parse, e.verb);
    score.Add(e, DateEvent(r.gold_parse, verb, r.story), "shipped-parse");
  }
  score.Print("shipped UD v1 parses");

  // Speed: every table row's DateEvent, repeated.
  std::vector<std::pair<const Record*, int>> calls;
  for (const Expected& e : ReadTable()) {
    const Record& r = records[e.id];
    calls.push_back({&r, FindForm(r.gold_parse, e.verb)});
  }
  const int kRounds = 200;
  int dated = 0;
  std::clock_t cpu = std::clock();
  for (int round = 0; round < kRounds; ++round)
    for (const auto& [record, verb] : calls)
      dated += DateEvent(record->gold_parse, verb, record->story).precision != DatePrecision::kStory;
  double ns = 1e9 * (std::clock() - cpu) / CLOCKS_PER_SEC / (kRounds * calls.size());
  std::printf("DateEvent: %.0f ns CPU per call (%zu sentences x %d, %d dated)\n", ns, calls.size(),
              kRounds, dated);
  // Measured 62 / 65 when written (three misses are parse attachments:
  // see docs/dates.md); fail only on a clear regression.
  EXPECT_GE(score.correct, 58);
}

TEST(GsrDatesTest, AccuracyOnDyadParses) {
  DYAD_REQUIRE_SHARED();
  std::string error;
  std::unique_ptr<SyntaxModel> model = SyntaxModel::Load(SyntaxModel::DefaultPath(), &error);
  if (!model) GTEST_SKIP() << "no trained syntax model yet: " << error;
  auto records = ReadGsr(testing::SharedDir() + "/petrarch/PETR2_GSR_validation.xml");
  Score score;
  int unparsed = 0;
  for (const Expected& e : ReadTable()) {
    const Record& r = records[e.id];
    Document doc = Segment("", r.text, /*single_sentence=*/true);
    if (doc.sentences.empty()) {
      ++unparsed;  // abc12_3 has a parse but no text
      continue;
    }
    Sentence& s = doc.sentences[0];
    model->Annotate(s);
    int verb = FindForm(s, e.verb);
    score.Add(e, DateEvent(s, verb, r.story), "dyad-parse");
  }
  score.Print("dyad's parser");
  std::printf("GSR dates (dyad's parser): %d records without text skipped\n", unparsed);
  EXPECT_GT(score.correct, score.total / 2);
}

TEST(HeldOutDatesTest, AccuracyOnDyadParses) {
  std::string error;
  std::unique_ptr<SyntaxModel> model = SyntaxModel::Load(SyntaxModel::DefaultPath(), &error);
  if (!model) GTEST_SKIP() << "no trained syntax model yet: " << error;
  std::string text =
      testing::ReadFileOrDie(testing::TestDataDir() + "/when/data/heldout_dates.tsv");
  std::istringstream in(text);
  std::string line;
  Score score;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    std::string x;
    while (std::getline(fields, x, '\t')) f.push_back(x);
    ASSERT_EQ(f.size(), 5u) << line;
    std::optional<Date> story = ParseDate(f[1]);
    ASSERT_TRUE(story) << line;
    Document doc = Segment("", f[0], /*single_sentence=*/true);
    ASSERT_FALSE(doc.sentences.empty()) << line;
    Sentence& s = doc.sentences[0];
    model->Annotate(s);
    int verb = FindForm(s, f[2]);
    EXPECT_GE(verb, 0) << line;
    score.Add(Expected{f[0].substr(0, 40), f[3], f[4], "", f[2]}, DateEvent(s, verb, *story),
              "held-out");
  }
  score.Print("held-out sentences, dyad's parser");
  EXPECT_GE(score.total, 30);
  EXPECT_GT(score.correct, score.total / 2);
}

}  // namespace
}  // namespace dyad

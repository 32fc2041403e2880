#include "dyad/write.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad {
namespace {

Event Sample() {
  Event e;
  e.id = "abc";
  e.article_id = "a1";
  e.sentence = 2;
  e.sentence_text = "Xi \"wrote\", to Kim\n";
  e.story_date = {2022, 11, 26};
  e.date = {2022, 11, 18};
  e.date_precision = DatePrecision::kDay;
  e.source = {"CHNGOV", "CHN", {"GOV"}, "Xi", {0, 1}, "people.txt:1"};
  e.target = Actor{"PRKGOV", "PRK", {"GOV"}, "Kim, Jong Un", {4, 7}, ""};
  e.cameo = "0231";
  e.root = "02";
  e.quad_class = 1;
  e.goldstein = 3.4;
  e.plover = {"REQUEST", "", "economic"};
  e.mentions = {2, 5};
  return e;
}

TEST(EventWriterTest, JsonHasEveryDocumentedField) {
  std::string j = EventToJson(Sample());
  for (const char* f : {"\"id\":", "\"article_id\":", "\"sentence\":2", "\"sentence_text\":", "\"story_date\":\"2022-11-26\"",
                        "\"date\":\"2022-11-18\"", "\"date_precision\":\"day\"", "\"source\":{\"code\":\"CHNGOV\"",
                        "\"target\":{\"code\":\"PRKGOV\"", "\"cameo\":\"0231\"", "\"root\":\"02\"", "\"quad_class\":1",
                        "\"goldstein\":3.4", "\"plover\":{\"type\":\"REQUEST\",\"mode\":null,\"context\":\"economic\"}",
                        "\"location\":null", "\"reported_by\":null", "\"evidence\":", "\"mentions\":[2,5]"})
    EXPECT_NE(j.find(f), std::string::npos) << f << " in " << j;
  EXPECT_NE(j.find("\\\"wrote\\\""), std::string::npos);
  EXPECT_NE(j.find("\\n"), std::string::npos);
}

TEST(EventWriterTest, NullTargetAndLocation) {
  Event e = Sample();
  e.target.reset();
  e.location = Location{"Bali", "ID-BA", "IDN", -8.3, 115.1, 1650535, "admin1", "in Bali", "clause"};
  std::string j = EventToJson(e);
  EXPECT_NE(j.find("\"target\":null"), std::string::npos);
  EXPECT_NE(j.find("\"location\":{\"name\":\"Bali\""), std::string::npos);
  EXPECT_NE(j.find("\"geonames_id\":1650535"), std::string::npos);
}

TEST(EventWriterTest, JsonEscapeReplacesInvalidUtf8) {
  EXPECT_EQ(JsonEscape("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(JsonEscape("\xC3\xA9"), "\xC3\xA9");            // é stays
  EXPECT_EQ(JsonEscape("\xC0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong NUL
  EXPECT_EQ(JsonEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(JsonEscape(std::string("\x01", 1)), "\\u0001");
  // Any byte string gives printable ASCII or valid UTF-8 with no raw control bytes.
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  for (unsigned char c : JsonEscape(all)) EXPECT_GE(c, 0x20);
}

TEST(EventWriterTest, CsvQuotesAndHeader) {
  std::ostringstream out;
  EventWriter w(out, OutputFormat::kCsv);
  w.Write(Sample());
  w.Write(Sample());
  std::string s = out.str();
  std::string header = s.substr(0, s.find('\n'));
  EXPECT_EQ(header.rfind("id,article_id,sentence,", 0), 0u);
  size_t cols = 1;
  for (char c : header) cols += c == ',';
  EXPECT_EQ(cols, FlatColumns().size());
  EXPECT_NE(s.find("\"Kim, Jong Un\""), std::string::npos);
  EXPECT_NE(s.find("\"Xi \"\"wrote\"\", to Kim\n\""), std::string::npos);
}

TEST(EventWriterTest, TsvAndGdeltRowsHaveHeaderWidth) {
  for (auto f : {OutputFormat::kTsv, OutputFormat::kGdelt}) {
    std::ostringstream out;
    EventWriter w(out, f);
    w.Write(Sample());
    std::istringstream in(out.str());
    std::string header, row;
    std::getline(in, header);
    std::getline(in, row);
    auto count = [](const std::string& s) { return std::count(s.begin(), s.end(), '\t'); };
    EXPECT_EQ(count(header), count(row));
    EXPECT_GT(count(header), 20);
  }
  EXPECT_FALSE(ParseOutputFormat("xml"));
  EXPECT_EQ(ParseOutputFormat("gdelt"), OutputFormat::kGdelt);
}

}  // namespace
}  // namespace dyad

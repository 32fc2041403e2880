#include "dyad/read.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "testing/testing.h"

namespace dyad {
namespace {

struct Result {
  std::vector<Article> articles;
  std::vector<ReadError> errors;
  size_t returned = 0;
};

Result Read(std::string_view data, InputFormat format = InputFormat::kAuto, ReadOptions options = {},
            std::string_view file = "feed.txt") {
  Result r;
  options.format = format;
  r.returned = ReadArticles(
      data, file, options, [&](Article&& a) { r.articles.push_back(std::move(a)); },
      [&](const ReadError& e) { r.errors.push_back(e); });
  EXPECT_EQ(r.returned, r.articles.size());
  return r;
}

std::string ErrorsOf(const Result& r) {
  std::string s;
  for (const auto& e : r.errors) s += e.ToString() + "\n";
  return s;
}

// ---- formats and detection ----

TEST(ReadTest, FormatNamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kNewsText, InputFormat::kJsonl, InputFormat::kPlain,
                        InputFormat::kPetrarchXml})
    EXPECT_EQ(ParseInputFormat(InputFormatName(f)), f);
  EXPECT_FALSE(ParseInputFormat("xml"));
}

TEST(ReadTest, DetectsFormats) {
  EXPECT_EQ(DetectInputFormat(" date 2022-11-26 \nXi writes"), InputFormat::kNewsText);
  EXPECT_EQ(DetectInputFormat("\n\ndate 2022-11-26 Xi writes to Kim"), InputFormat::kNewsText);
  EXPECT_EQ(DetectInputFormat("{\"id\":\"a\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectInputFormat("<?xml version='1.0'?>\n<Validation>"), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectInputFormat("\xEF\xBB\xBF<Sentences>"), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectInputFormat("North Korea fired a missile."), InputFormat::kPlain);
  EXPECT_EQ(DetectInputFormat("Date of the vote was moved."), InputFormat::kPlain);
}

TEST(ReadTest, ErrorToString) {
  ReadError e{"a/feed.txt", 12, "feed.txt:12", "invalid date"};
  EXPECT_EQ(e.ToString(), "a/feed.txt:12: record feed.txt:12: invalid date");
  e.id.clear();
  e.line = 0;
  EXPECT_EQ(e.ToString(), "a/feed.txt: invalid date");
}

// ---- news text ----

constexpr char kNews[] =
    " date 2022-11-26 \n"
    "Xi writes to Kim calling for world peace The Chinese president wants Pyongyang to cooperate.\n"
    "He said so in a letter.\n"
    "\n"
    " date 2022-11-27 Ukraine says grain corridor reopened Kyiv said on Sunday that ships were moving.\n"
    "date 2022-11-28\r\n"
    "Protests spread in Tehran Thousands marched.\r\n";

TEST(ReadNewsTest, SplitsRecordsOnDateLines) {
  Result r = Read(kNews, InputFormat::kAuto, {}, "/data/feeds/asia.txt");
  ASSERT_EQ(r.articles.size(), 3u) << ErrorsOf(r);
  EXPECT_TRUE(r.errors.empty()) << ErrorsOf(r);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "asia.txt:1");
  EXPECT_EQ(a.date, (Date{2022, 11, 26}));
  EXPECT_EQ(a.text,
            "Xi writes to Kim calling for world peace The Chinese president wants Pyongyang to cooperate.\n"
            "He said so in a letter.");
  EXPECT_EQ(a.origin_file, "/data/feeds/asia.txt");
  EXPECT_EQ(a.origin_line, 1u);
  EXPECT_FALSE(a.sentence_level);
  // Title on the date line itself.
  EXPECT_EQ(r.articles[1].id, "asia.txt:5");
  EXPECT_EQ(r.articles[1].text, "Ukraine says grain corridor reopened Kyiv said on Sunday that ships were moving.");
  EXPECT_EQ(r.articles[2].date, (Date{2022, 11, 28}));
  EXPECT_EQ(r.articles[2].text, "Protests spread in Tehran Thousands marched.");
}

TEST(ReadNewsTest, SentencesOptionMarksRecords) {
  ReadOptions o;
  o.sentences = true;
  Result r = Read(kNews, InputFormat::kNewsText, o);
  ASSERT_EQ(r.articles.size(), 3u);
  for (const auto& a : r.articles) EXPECT_TRUE(a.sentence_level);
}

TEST(ReadNewsTest, BadDatesAreReportedAndOthersKept) {
  Result r = Read(
      " date 2022-02-30\nImpossible day here.\n"
      " date 2022-11-26\nGood one.\n"
      " date\nNo date at all.\n"
      " date 2022/11/26\nSlashes are not a date format.\n"
      " date 2022-11-27\nAnother good one.\n");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].text, "Good one.");
  EXPECT_EQ(r.articles[1].text, "Another good one.");
  ASSERT_EQ(r.errors.size(), 3u) << ErrorsOf(r);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].reason.find("invalid date '2022-02-30'"), std::string::npos);
  EXPECT_EQ(r.errors[0].id, "feed.txt:1");
  EXPECT_EQ(r.errors[1].line, 5u);
  EXPECT_NE(r.errors[1].reason.find("missing date"), std::string::npos);
  EXPECT_EQ(r.errors[2].line, 7u);
}

TEST(ReadNewsTest, EmptyRecordIsAnError) {
  Result r = Read(" date 2022-11-26\n\n   \n date 2022-11-27\nText.\n date 2022-11-28 \n");
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].reason, "empty text");
  EXPECT_EQ(r.errors[1].line, 6u);
}

TEST(ReadNewsTest, TextBeforeFirstDateLineIsAnError) {
  Result r = Read("Stray intro line\n date 2022-11-26\nBody.\n", InputFormat::kNewsText);
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].reason.find("without a date"), std::string::npos);
}

TEST(ReadNewsTest, BodyLineStartingWithDateIsNotARecord) {
  Result r = Read(" date 2022-11-26\nTitle here The body.\ndate of the vote was moved to 12 May.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_NE(r.articles[0].text.find("date of the vote"), std::string::npos);
}

TEST(ReadNewsTest, NulBytesAndGarbageAreRejected) {
  std::string data = " date 2022-11-26\nGood.\n date 2022-11-26\nHas a NUL";
  data.push_back('\0');
  data += " byte.\n date 2022-11-26\n";
  const std::string junk = "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x1b\x1f\x80\xff\xc3(";
  for (int i = 0; i < 200; ++i) data.push_back(junk[(i * 7) % junk.size()]);
  data += "\n date 2022-11-26\nAlso good.\n";
  Result r = Read(data);
  ASSERT_EQ(r.articles.size(), 2u) << ErrorsOf(r);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].reason.find("NUL"), std::string::npos);
  EXPECT_NE(r.errors[1].reason.find("binary garbage"), std::string::npos);
}

TEST(ReadNewsTest, InvalidUtf8AloneIsNotGarbage) {
  // A few bad bytes in real text are the cleaner's job (U+FFFD), not an error.
  Result r = Read(" date 2022-11-26\nPresident Macron\xE9 said caf\xE9 prices rose sharply in Paris this week.\n");
  ASSERT_EQ(r.articles.size(), 1u) << ErrorsOf(r);
}

TEST(ReadNewsTest, FiftyMegabyteLineIsRejectedFast) {
  std::string data = " date 2022-11-26\nFirst record.\n date 2022-11-26\n";
  data.append(50u << 20, 'a');
  data += "\n date 2022-11-27\nLast record.\n";
  auto t0 = std::chrono::steady_clock::now();
  Result r = Read(data);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.articles.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_NE(r.errors[0].reason.find("too large"), std::string::npos);
  EXPECT_LT(secs, 2.0);
}

// ---- JSONL ----

TEST(ReadJsonlTest, ReadsFieldsAndEscapes) {
  Result r = Read(
      "{\"id\": \"kcna-1\", \"date\": \"2022-11-26\", \"title\": \"Xi writes to Kim\", "
      "\"text\": \"Xi said \\\"peace\\\".\\nCaf\\u00e9 \\ud83d\\ude00 \\/ done\", \"source\": \"KCNA\", "
      "\"url\": \"https://example.org/a\", \"tags\": [1, {\"x\": [true, null]}], \"score\": -1.5e3}\n"
      "\n"
      "{\"id\": 42, \"date\": \"20221127\", \"text\": \"Second.\"}\n"
      "{\"date\": \"2022-11-28T09:30:00Z\", \"text\": \"Third.\"}\n",
      InputFormat::kAuto, {}, "in/articles.jsonl");
  ASSERT_EQ(r.articles.size(), 3u) << ErrorsOf(r);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "kcna-1");
  EXPECT_EQ(a.title, "Xi writes to Kim");
  EXPECT_EQ(a.text, "Xi said \"peace\".\nCaf\xC3\xA9 \xF0\x9F\x98\x80 / done");
  EXPECT_EQ(a.source, "KCNA");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.origin_line, 1u);
  EXPECT_EQ(r.articles[1].id, "42");
  EXPECT_EQ(r.articles[1].date, (Date{2022, 11, 27}));
  EXPECT_EQ(r.articles[2].id, "articles.jsonl:4");
  EXPECT_EQ(r.articles[2].date, (Date{2022, 11, 28}));
}

TEST(ReadJsonlTest, GoldEventsAreReadAndCheckedPerRecord) {
  Result r = Read(
      "{\"id\":\"g1\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":[{\"source\":\"CHNGOV\","
      "\"target\":\"PRKGOV\",\"code\":\"020\",\"date\":\"2025-11-22\",\"note\":[1]},"
      "{\"source\":\"RUS\",\"target\":\"UKR\",\"code\":\"190\",\"place\":\"Kharkiv\"}]}\n"
      "{\"id\":\"g2\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":[]}\n"
      "{\"id\":\"b1\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":[{\"source\":\"RUS\"}]}\n"
      "{\"id\":\"b2\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":{\"code\":\"020\"}}\n"
      "{\"id\":\"b3\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":[{\"code\":\"020\",\"date\":\"Monday\"}]}\n"
      "{\"id\":\"b4\",\"date\":\"2025-11-26\",\"text\":\"x\",\"events\":[{\"code\":\"020\"}, 7]}\n",
      InputFormat::kJsonl);
  ASSERT_EQ(r.articles.size(), 2u) << ErrorsOf(r);
  const auto& gold = r.articles[0].gold;
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[0].source, "CHNGOV");
  EXPECT_EQ(gold[0].target, "PRKGOV");
  EXPECT_EQ(gold[0].code, "020");
  EXPECT_EQ(gold[0].date, (Date{2025, 11, 22}));
  EXPECT_FALSE(gold[1].date.has_value());
  EXPECT_TRUE(gold[0].place.empty());
  EXPECT_EQ(gold[1].place, "Kharkiv");
  EXPECT_TRUE(r.articles[1].gold.empty());
  ASSERT_EQ(r.errors.size(), 4u) << ErrorsOf(r);
  EXPECT_EQ(r.errors[0].id, "b1");
  EXPECT_NE(r.errors[0].reason.find("has no \"code\""), std::string::npos) << ErrorsOf(r);
  EXPECT_NE(r.errors[1].reason.find("must be an array of objects"), std::string::npos) << ErrorsOf(r);
  EXPECT_NE(r.errors[2].reason.find("'Monday' is not a date"), std::string::npos) << ErrorsOf(r);
  EXPECT_NE(r.errors[3].reason.find("expected '{' at the start of each element"), std::string::npos) << ErrorsOf(r);
}

TEST(ReadJsonlTest, LoneSurrogateBecomesReplacementChar) {
  Result r = Read("{\"date\":\"2022-11-26\",\"text\":\"a\\ud800b\\udc00c\"}\n");
  ASSERT_EQ(r.articles.size(), 1u) << ErrorsOf(r);
  EXPECT_EQ(r.articles[0].text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
}

TEST(ReadJsonlTest, EveryBrokenLineIsOneError) {
  Result r = Read(
      "{\"id\":\"ok1\",\"date\":\"2022-11-26\",\"text\":\"Fine.\"}\n"
      "{\"id\":\"t\",\"date\":\"2022-11-26\",\"text\":\"cut off\n"
      "{\"id\":\"c\",\"date\":\"2022-11-26\" \"text\":\"no comma\"}\n"
      "{\"id\":\"e\",\"date\":\"2022-11-26\",\"text\":\"bad \\q escape\"}\n"
      "{\"id\":\"n\",\"date\":\"2022-11-26\",\"text\":\"x\"} trailing\n"
      "{\"id\":\"d\",\"date\":\"2022-13-01\",\"text\":\"bad month\"}\n"
      "{\"id\":\"m\",\"text\":\"no date\"}\n"
      "{\"id\":\"x\",\"date\":\"2022-11-26\"}\n"
      "{\"id\":\"y\",\"date\":\"2022-11-26\",\"text\":\"   \"}\n"
      "{\"id\":\"z\",\"date\":\"2022-11-26\",\"text\":[\"not\",\"a string\"]}\n"
      "{\"id\":\"u\",\"date\":\"2022-11-26\",\"text\":\"nul \\u0000 inside\"}\n"
      "[1,2,3]\n"
      "{\"id\":\"ok2\",\"date\":\"2022-11-26\",\"text\":\"Also fine.\"}\n",
      InputFormat::kJsonl);
  ASSERT_EQ(r.articles.size(), 2u) << ErrorsOf(r);
  EXPECT_EQ(r.articles[1].id, "ok2");
  ASSERT_EQ(r.errors.size(), 11u) << ErrorsOf(r);
  for (size_t i = 0; i < r.errors.size(); ++i) EXPECT_EQ(r.errors[i].line, i + 2) << ErrorsOf(r);
  EXPECT_NE(r.errors[0].reason.find("truncated"), std::string::npos);
  EXPECT_NE(r.errors[1].reason.find("expected ',' or '}'"), std::string::npos);
  EXPECT_NE(r.errors[4].reason.find("invalid date"), std::string::npos);
  EXPECT_EQ(r.errors[4].id, "d");
  EXPECT_NE(r.errors[5].reason.find("missing \"date\""), std::string::npos);
  EXPECT_NE(r.errors[6].reason.find("missing \"text\""), std::string::npos);
  EXPECT_EQ(r.errors[7].reason, "empty text");
  EXPECT_NE(r.errors[8].reason.find("must be a string"), std::string::npos);
  EXPECT_NE(r.errors[9].reason.find("NUL"), std::string::npos);
}

TEST(ReadJsonlTest, DeepNestingIsRejectedNotRecursed) {
  std::string line = "{\"date\":\"2022-11-26\",\"text\":\"x\",\"deep\":";
  line += std::string(100000, '[');
  line += "\n{\"date\":\"2022-11-26\",\"text\":\"after\"}\n";
  Result r = Read(line, InputFormat::kJsonl);
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("too deep"), std::string::npos);
}

TEST(ReadJsonlTest, FiftyMegabyteLineIsRejectedFast) {
  std::string data = "{\"date\":\"2022-11-26\",\"text\":\"";
  data.append(50u << 20, 'x');
  data += "\"}\n{\"date\":\"2022-11-26\",\"text\":\"after\"}\n";
  auto t0 = std::chrono::steady_clock::now();
  Result r = Read(data, InputFormat::kJsonl);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].reason.find("too long"), std::string::npos);
  EXPECT_LT(secs, 2.0);
}

// ---- plain text ----

TEST(ReadPlainTest, NeedsDateAndUsesId) {
  Result r = Read("North Korea fired a missile.\n", InputFormat::kPlain);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("--date"), std::string::npos);

  ReadOptions o;
  o.date = Date{2022, 11, 26};
  o.id = "story-7";
  r = Read("  North Korea fired a missile.\n\n", InputFormat::kAuto, o);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "story-7");
  EXPECT_EQ(r.articles[0].text, "North Korea fired a missile.");
  EXPECT_EQ(r.articles[0].date, (Date{2022, 11, 26}));

  o.id.clear();
  r = Read("Text.", InputFormat::kPlain, o, "dir/sentences.txt");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "sentences.txt:1");
}

TEST(ReadPlainTest, EmptyAndBinaryInputAreErrors) {
  ReadOptions o;
  o.date = Date{2022, 11, 26};
  EXPECT_EQ(Read("  \n\n", InputFormat::kPlain, o).errors.size(), 1u);
  std::string bin = "\x7f" "ELF\x02\x01\x01";
  bin.push_back('\0');
  Result r = Read(bin, InputFormat::kPlain, o);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
}

// ---- PETRARCH XML ----

constexpr char kPetrarch[] = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
#######################
#  A banner outside elements, with a <Stop> mention.
#######################
<Sentences>
<!-- <Sentence date="19990101" id="COMMENTED"> is not a record -->
<Sentence category="AFP" date="20080804" id="SELF-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader prepared to attend the Beijing
   Olympics &amp; more.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse></Sentence>

<Sentence date ="19950101" id ="NOEV-1"  category="DEMO" sentence="true">
<!-- a comment inside -->
<EventCoding noevents = "True"></EventCoding>
<Text>
Arnor &lt;rebels&gt; met &quot;quietly&quot; &#233;t&#xE9;.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950103" id="PAIR-2" category="DEMO" sentence="true">
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="GON" eventcode="033"></EventCoding>
<Text>Dagolath's minister left for Minas Tirith.</Text>
</Sentence>
<Sentence date="19950101" id="ERR-1" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- Cordova Mayor filed a suit.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(ReadPetrarchTest, ConfigRequireDyadAppliesToTheRecordsAfterIt) {
  Result r = Read(R"(<Sentences>
<Sentence date="19950101" id="A"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="19950101" id="B"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="comma_max" value="4"></Config>
<Sentence date="19950101" id="C"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date="19950101" id="D"><Text>Arnor met Gondor.</Text></Sentence>
</Sentences>)");
  ASSERT_EQ(r.articles.size(), 4u) << ErrorsOf(r);
  EXPECT_TRUE(r.articles[0].require_dyad);
  EXPECT_FALSE(r.articles[1].require_dyad);
  EXPECT_FALSE(r.articles[2].require_dyad);
  EXPECT_TRUE(r.articles[3].require_dyad);
}

TEST(ReadPetrarchTest, ConfigNewActorLengthAppliesToTheRecordsAfterIt) {
  Result r = Read(R"(<Sentences>
<Sentence date="19950101" id="A"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950101" id="B"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="19950101" id="C"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="new_actor_length" value="0"></Config>
<Sentence date="19950101" id="D"><Text>Arnor met Gondor.</Text></Sentence>
</Sentences>)");
  ASSERT_EQ(r.articles.size(), 4u) << ErrorsOf(r);
  EXPECT_EQ(r.articles[0].new_actor_length, 0);
  EXPECT_EQ(r.articles[1].new_actor_length, 4);
  EXPECT_EQ(r.articles[2].new_actor_length, 4);
  EXPECT_EQ(r.articles[3].new_actor_length, 0);
}

TEST(ReadPetrarchTest, TwoDigitYearDatesAndTextFromTheParse) {
  // TABARI's YYMMDD dates; an empty <Text> with a CoNLL-U <Parse> is read
  // from the parse's words (dyad parses them itself).
  Result r = Read("<Sentences>\n"
                  "<Sentence date=\"121108\" id=\"A\"><Text>Arnor met Gondor.</Text></Sentence>\n"
                  "<Sentence date=\"950101\" id=\"B\"><Text>Arnor met Gondor.</Text></Sentence>\n"
                  "<Sentence date=\"20150101\" id=\"C\"><Text>\n</Text><Parse>\n"
                  "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                  "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
                  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                  "4\tmet\tmeet\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                  "5\t(\t(\tPUNCT\t-LRB-\t_\t6\tpunct\t_\t_\n"
                  "6\tGondor\tGondor\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                  "7\t)\t)\tPUNCT\t-RRB-\t_\t6\tpunct\t_\t_\n"
                  "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
                  "</Parse></Sentence>\n"
                  "<Sentence date=\"1211\" id=\"D\"><Text>Arnor met Gondor.</Text></Sentence>\n"
                  "</Sentences>\n");
  ASSERT_EQ(r.articles.size(), 3u) << ErrorsOf(r);
  EXPECT_EQ(r.articles[0].date, (Date{2012, 11, 8}));
  EXPECT_EQ(r.articles[1].date, (Date{1995, 1, 1}));
  EXPECT_EQ(r.articles[2].text, "Arnor hasn't met (Gondor).");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("invalid date '1211'"), std::string::npos);
}

TEST(ReadPetrarchTest, ReadsAllVariants) {
  Result r = Read(kPetrarch);
  ASSERT_EQ(r.articles.size(), 4u) << ErrorsOf(r);
  EXPECT_TRUE(r.errors.empty()) << ErrorsOf(r);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "SELF-1");
  EXPECT_EQ(a.date, (Date{2008, 8, 4}));
  EXPECT_TRUE(a.sentence_level);
  EXPECT_EQ(a.text, "The US leader prepared to attend the Beijing Olympics & more.");
  ASSERT_EQ(a.gold.size(), 1u);
  EXPECT_EQ(a.gold[0].source, "USA");
  EXPECT_EQ(a.gold[0].target, "CHN");
  EXPECT_EQ(a.gold[0].code, "042");
  EXPECT_EQ(a.origin_line, 8u);

  EXPECT_EQ(r.articles[1].id, "NOEV-1");
  EXPECT_TRUE(r.articles[1].gold.empty());
  EXPECT_EQ(r.articles[1].text, "Arnor <rebels> met \"quietly\" \xC3\xA9t\xC3\xA9.");

  ASSERT_EQ(r.articles[2].gold.size(), 2u);
  EXPECT_EQ(r.articles[2].gold[1].source, "\"INJURY TOLL\"");
  EXPECT_EQ(r.articles[2].gold[1].code, "033");
  EXPECT_TRUE(r.articles[3].gold.empty());
}

TEST(ReadPetrarchTest, BadRecordsAreReportedOthersKept) {
  Result r = Read(R"(<Sentences>
<Sentence date="20081332" id="BADDATE"><Text>x y z</Text></Sentence>
<Sentence id="NODATE"><Text>x y z</Text></Sentence>
<Sentence date="20080101" id="NOTEXT"><EventCoding eventcode="010" sourcecode="A" targetcode="B"/></Sentence>
<Sentence date="20080101" id="EMPTY"><Text>   </Text></Sentence>
<Sentence date="20080101" id="UNCLOSED-TEXT"><Text>runs on
<Sentence date="20080102" id="GOOD"><Text>Fine text.</Text></Sentence>
<Sentence date="20080103" id="TRUNC"><Text>Cut off here
)");
  ASSERT_EQ(r.articles.size(), 1u) << ErrorsOf(r);
  EXPECT_EQ(r.articles[0].id, "GOOD");
  ASSERT_EQ(r.errors.size(), 6u) << ErrorsOf(r);
  EXPECT_EQ(r.errors[0].id, "BADDATE");
  EXPECT_EQ(r.errors[0].line, 2u);
  EXPECT_NE(r.errors[1].reason.find("missing date"), std::string::npos);
  EXPECT_NE(r.errors[2].reason.find("no <Text>"), std::string::npos);
  EXPECT_EQ(r.errors[3].reason, "empty text");
  EXPECT_EQ(r.errors[4].id, "UNCLOSED-TEXT");
  EXPECT_NE(r.errors[4].reason.find("truncated"), std::string::npos);
  EXPECT_EQ(r.errors[5].id, "TRUNC");
  EXPECT_EQ(r.errors[5].line, 8u);
}

TEST(ReadPetrarchTest, TruncatedTagAndComment) {
  Result r = Read("<Sentences>\n<Sentence date=\"20080101\" id=\"A\"><Text>Good.</Text></Sentence>\n"
                  "<Sentence date=\"2008");
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 3u);
  r = Read("<Sentences>\n<!-- never closed <Sentence date=\"20080101\" id=\"A\"><Text>Good.</Text>");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("comment"), std::string::npos);
}

int CountSentenceTags(const std::string& xml) {
  int n = 0;
  for (size_t p = 0; (p = xml.find("<Sentence ", p)) != std::string::npos; ++p) ++n;
  return n;
}

TEST(ReadPetrarchTest, SharedGoldFiles) {
  DYAD_REQUIRE_SHARED();
  const std::string dir = testing::SharedDir() + "/petrarch/";
  struct Expect {
    const char* file;
    size_t records;
    size_t errors;
  } files[] = {// Two GSR records are odd in the file itself, and read: AFP0808020905_1 has a TABARI
               // date="121108" (YYMMDD), abc12_3 an empty <Text> beside its <Parse> (read from the
               // parse's words); in the GigaWord sample TEST_1..TEST_9 have empty <Text> and no parse.
               {"PETR2_GSR_validation.xml", 78, 0},
               {"PETR.UnitTest.records.xml", 284, 0},
               {"GigaWord.sample.PETR.xml", 67, 9}};
  for (const auto& f : files) {
    std::string xml = testing::ReadFileOrDie(dir + f.file);
    Result r = Read(xml, InputFormat::kAuto, {}, dir + f.file);
    EXPECT_EQ(r.errors.size(), f.errors) << f.file << "\n" << ErrorsOf(r);
    EXPECT_EQ(r.articles.size(), f.records) << f.file;
    // The unit-test file has one commented-out "<Sentence " mention per example in its banner; all
    // real <Sentence> start tags must be read.
    EXPECT_LE(r.articles.size(), static_cast<size_t>(CountSentenceTags(xml))) << f.file;
    size_t gold = 0;
    for (const auto& a : r.articles) {
      EXPECT_TRUE(a.date.valid());
      EXPECT_FALSE(a.text.empty());
      EXPECT_EQ(a.text.find('\n'), std::string::npos);
      EXPECT_EQ(a.text.find("  "), std::string::npos);
      gold += a.gold.size();
    }
    // GSR: 80 coded EventCoding elements. Unit tests: 354 + 5 coded ones; noevents (19) and error (7)
    // carry no gold. GigaWord sample: no gold at all.
    const std::string name = f.file;
    const size_t want = name == "PETR2_GSR_validation.xml" ? 80 : name == "PETR.UnitTest.records.xml" ? 359 : 0;
    EXPECT_EQ(gold, want) << name;
  }
}

// ---- speed (reported, loosely bounded) ----

TEST(ReadSpeedTest, Throughput) {
  const std::string body =
      "Xi writes to Kim calling for world peace The Chinese president wants Pyongyang to cooperate with "
      "Beijing, state media KCNA reported on Saturday. The letter came after North Korea launched an "
      "intercontinental ballistic missile on November 18.\n"
      "The United States, Britain and France condemned the launch after Monday's Security Council meeting.\n";
  std::string news, jsonl, xml = "<Sentences>\n";
  size_t n = 0;
  while (xml.size() < (size_t{32} << 20)) {
    xml += "<Sentence date=\"20221126\" id=\"s" + std::to_string(n++) +
           "\" category=\"X\" sentence=\"true\">\n<EventCoding sourcecode=\"CHN\" targetcode=\"PRK\" "
           "eventcode=\"036\"></EventCoding>\n<Text>\n" + body.substr(0, 250) +
           "\n</Text>\n<Parse>\n(ROOT (S (NP (NNP Xi)) (VP (VBZ writes) (PP (TO to) (NP (NNP Kim))))))\n</Parse>\n"
           "</Sentence>\n";
  }
  xml += "</Sentences>\n";
  n = 0;
  while (news.size() < (size_t{64} << 20)) {
    news += " date 2022-11-26 \n" + body + "\n";
    std::string escaped;
    for (char c : body) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    jsonl += "{\"id\":\"r" + std::to_string(n++) + "\",\"date\":\"2022-11-26\",\"text\":\"" + escaped + "\"}\n";
  }
  for (const auto& [name, data] : {std::pair<const char*, const std::string*>{"news", &news},
                                   {"jsonl", &jsonl},
                                   {"petrarch", &xml}}) {
    size_t records = 0;
    auto t0 = std::chrono::steady_clock::now();
    ReadArticles(*data, "bench", {}, [&](Article&&) { ++records; }, [](const ReadError&) {});
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("[ speed ] read %s: %.1f MB in %.3f s = %.0f MB/s, %.0f records/s\n", name, data->size() / 1e6, secs,
                data->size() / 1e6 / secs, records / secs);
    EXPECT_GT(records, 50000u);
    EXPECT_LT(secs, 30.0);  // a quadratic reader would not finish
  }
}

}  // namespace
}  // namespace dyad

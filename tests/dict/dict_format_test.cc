#include <gtest/gtest.h>

#include <fstream>

#include <unistd.h>

#include "dict/dictionary.h"
#include "dict/fold.h"
#include "testing/testing.h"

namespace dyad {
namespace {

TEST(FoldTest, CaseDiacriticsDotsHyphens) {
  EXPECT_EQ(FoldWord("U.S."), "us");
  EXPECT_EQ(FoldWord("C\xC3\xB4te"), "cote");
  EXPECT_EQ(FoldName("Kim Jong-un"), (std::vector<std::string>{"kim", "jong", "un"}));
  EXPECT_EQ(FoldName("People's Republic of China"),
            (std::vector<std::string>{"people", "'s", "republic", "of", "china"}));
  EXPECT_EQ(FoldName("KIM_JONG_UN_"), (std::vector<std::string>{"kim", "jong", "un"}));
}

TEST(DatedCodeTest, ParsesRangesAndRejectsBadOnes) {
  std::vector<DatedCode> c;
  std::string err;
  ASSERT_TRUE(ParseDatedCodes("CHNELI@..2012-11-14,CHNGOV@2012-11-15..", &c, &err)) << err;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[0].InForce({2010, 1, 1}));
  EXPECT_FALSE(c[0].InForce({2013, 1, 1}));
  EXPECT_TRUE(c[1].InForce({2022, 11, 26}));
  c.clear();
  ASSERT_TRUE(ParseDatedCodes("ZAR@1971..1997", &c, &err));
  EXPECT_EQ(c[0].to, (Date{1997, 12, 31}));
  for (const char* bad : {"chn", "CH", "CHN@2020", "CHN@2020-13-01..", "CHN@2020..2019", ""}) {
    c.clear();
    EXPECT_FALSE(ParseDatedCodes(bad, &c, &err)) << bad;
  }
}

TEST(DyadFormatTest, LoadsEveryKind) {
  Dictionaries d;
  DictKind kind;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText("# dyad actors\nCHN country China | PRC  # comment\n\nCHN adj Chinese\n"
                                     "PRKGOV capital Pyongyang\n",
                                     "a.txt", &d, &kind, &err))
      << err;
  EXPECT_EQ(kind, DictKind::kActors);
  EXPECT_EQ(d.actors.size(), 3u);
  EXPECT_EQ(d.actors[0].names, (std::vector<std::string>{"China", "PRC"}));
  EXPECT_EQ(d.actors[0].origin, "a.txt:2");
  ASSERT_TRUE(LoadDyadDictionaryText("# dyad agents\nMIL agent soldier | army\nGOV agent spokesman\n", "g.txt", &d,
                                     &kind, &err));
  // Regular plurals come from the loader.
  const std::vector<int>* v = nullptr;
  std::vector<int> ids = {d.agent_names.WordId("soldiers")};
  EXPECT_EQ(d.agent_names.LongestMatch(ids, 0, &v), 1u);
  ids = {d.agent_names.WordId("spokesmen")};
  EXPECT_EQ(d.agent_names.LongestMatch(ids, 0, &v), 1u);
  ASSERT_TRUE(LoadDyadDictionaryText("# dyad verbs\n043 hold obj=talk|meeting tgt=with\n042 noun:visit src=poss tgt=to\n",
                                     "v.txt", &d, &kind, &err))
      << err;
  ASSERT_EQ(d.verbs.size(), 2u);
  EXPECT_EQ(d.verbs[0].obj, (std::vector<std::string>{"talk", "meeting"}));
  EXPECT_EQ(d.verbs[0].specificity, 1);
  EXPECT_TRUE(d.verbs[1].nominal);
  ASSERT_TRUE(LoadDyadDictionaryText("# dyad discards\nstory world cup | box office\nsentence stock market\n", "x.txt",
                                     &d, &kind, &err));
  EXPECT_EQ(d.discards.size(), 3u);
  EXPECT_TRUE(d.discards[0].story);
  EXPECT_FALSE(d.discards[2].story);
}

// A transformation in dyad's format names codes where PETRARCH 2 names verbs.
TEST(DyadFormatTest, TransformationsReadAndErrors) {
  Dictionaries d;
  DictKind kind;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText("# dyad verbs\n010 say\n~ a (a b 190) 010 = a b 015  # claim\n"
                                     "~ a (b . 190) 030 = a b 021\n~ a (a b Q) 010 = a b Q\n",
                                     "v.txt", &d, &kind, &err))
      << err;
  ASSERT_EQ(d.transformations.size(), 3u);
  const VerbTransformation& t = d.transformations[0];
  EXPECT_EQ(t.outer_code, "010");
  EXPECT_EQ(t.inner_source, 'a');
  EXPECT_EQ(t.inner_target, 'b');
  EXPECT_EQ(t.inner_code, "190");
  EXPECT_EQ(t.result_code, "015");
  EXPECT_EQ(t.origin, "v.txt:3");
  EXPECT_EQ(d.transformations[1].inner_source, 'b');
  EXPECT_EQ(d.transformations[1].inner_target, '.');
  EXPECT_EQ(d.transformations[2].result_code, "Q");
  EXPECT_TRUE(CodeUnder("190", "195"));
  EXPECT_TRUE(CodeUnder("190", "1951"));
  EXPECT_FALSE(CodeUnder("190", "180"));
  EXPECT_TRUE(CodeUnder("186", "186"));
  EXPECT_FALSE(CodeUnder("186", "185"));
  EXPECT_TRUE(CodeUnder("Q", "043"));
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad verbs\n~ a (a b SAY) 010 = a b 015\n", "t.txt", &d, &kind, &err));
  EXPECT_EQ(err.rfind("t.txt:2: a transformation's verb", 0), 0u) << err;
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad verbs\n~ a (a b 190) 010 = a b\n", "t.txt", &d, &kind, &err));
  EXPECT_EQ(err.rfind("t.txt:2: not a transformation", 0), 0u) << err;
}

TEST(DyadFormatTest, ErrorsNameFileAndLine) {
  Dictionaries d;
  DictKind kind;
  std::string err;
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad actors\nCHN country China\nCHN planet Mars\n", "bad.txt", &d, &kind, &err));
  EXPECT_EQ(err.rfind("bad.txt:3: unknown kind 'planet'", 0), 0u) << err;
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad verbs\n04x meet\n", "v.txt", &d, &kind, &err));
  EXPECT_EQ(err.rfind("v.txt:2:", 0), 0u) << err;
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad verbs\n043 meet with=X\n", "v.txt", &d, &kind, &err));
  EXPECT_NE(err.find("unknown constraint"), std::string::npos);
  EXPECT_FALSE(LoadDyadDictionaryText("hello\n", "h.txt", &d, &kind, &err));
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad actors\nCHN country\n", "n.txt", &d, &kind, &err));
  EXPECT_FALSE(LoadDyadDictionaryText("# dyad discards\nmaybe x\n", "n.txt", &d, &kind, &err));
}

TEST(DyadFormatTest, ConvertRoundTrips) {
  Dictionaries d;
  DictKind kind;
  std::string err;
  const char* text = "# dyad verbs\n043 hold obj=talk tgt=with\n1381 threaten xcomp=attack tgt=xobj\n";
  ASSERT_TRUE(LoadDyadDictionaryText(text, "v.txt", &d, &kind, &err));
  std::string out = WriteDyadDictionary(d, DictKind::kVerbs);
  Dictionaries again;
  ASSERT_TRUE(LoadDyadDictionaryText(out, "out.txt", &again, &kind, &err)) << err << "\n" << out;
  ASSERT_EQ(again.verbs.size(), 2u);
  EXPECT_EQ(again.verbs[1].xcomp, d.verbs[1].xcomp);
  EXPECT_EQ(again.verbs[1].tgt, d.verbs[1].tgt);
}

TEST(DetectFormatTest, KnowsEachFormat) {
  EXPECT_EQ(DetectDictionaryFormat("# dyad verbs\n"), "dyad-verbs");
  EXPECT_EQ(DetectDictionaryFormat("AFGHANISTAN_ [AFG]\n+AFGHAN_\n"), "tabari-actors");
  EXPECT_EQ(DetectDictionaryFormat("PRESIDENT [~GOV]\n"), "tabari-agents");
  EXPECT_EQ(DetectDictionaryFormat("####### VERB PATTERNS #######\n---  ADD   [---]  ---\nADD\n"), "petrarch-verbs");
  EXPECT_EQ(DetectDictionaryFormat("+TYPHOON\nBASEBALL\n"), "petrarch-discards");
  EXPECT_EQ(DetectDictionaryFormat(""), "");
}

// The reference dictionaries users already have load directly.
TEST(ForeignFormatTest, LoadsPhoenixAndValidateDictionaries) {
  DYAD_REQUIRE_SHARED();
  const std::string dir = testing::SharedDir() + "/petrarch/";
  struct Case {
    const char* file;
    DictKind kind;
    size_t min_entries;
  } cases[] = {{"Phoenix.Countries.actors.txt", DictKind::kActors, 10000},
               {"Phoenix.International.actors.txt", DictKind::kActors, 1000},
               {"Phoenix.MilNonState.actors.txt", DictKind::kActors, 300},
               {"Phoenix.agents.txt", DictKind::kAgents, 500},
               {"CAMEO.2.0.txt", DictKind::kVerbs, 5000},
               {"Phoenix.discards.txt", DictKind::kDiscards, 50},
               {"PETR.Validate.actors.txt", DictKind::kActors, 50},
               {"PETR.Validate.agents.txt", DictKind::kAgents, 20},
               {"PETR.Validate.verbs.txt", DictKind::kVerbs, 100}};
  for (const auto& c : cases) {
    Dictionaries d;
    DictKind kind;
    std::string err;
    ASSERT_TRUE(LoadForeignDictionary(dir + c.file, &d, &kind, &err)) << c.file << ": " << err;
    EXPECT_EQ(kind, c.kind) << c.file;
    size_t n = d.actors.size() + d.agents.size() + d.verbs.size() + d.discards.size();
    EXPECT_GE(n, c.min_entries) << c.file;
    std::cout << c.file << ": " << n << " entries, " << d.unmapped_patterns << " patterns approximated/unmapped\n";
  }
}

TEST(ForeignFormatTest, TabariDatesAndAgentSubstitutions) {
  Dictionaries d;
  DictKind kind;
  std::string err;
  std::string path = ::testing::TempDir() + "/t" + std::to_string(getpid()) + ".actors";
  {
    std::ofstream f(path);
    f << "HAMID_KARZAI_\n+KARZAI_\n\t[AFGELI 570101-011221]\n\t[AFGGOV 011222-140929]\n\t[AFGELI]\nISRAEL [ISR]\n";
  }
  ASSERT_TRUE(LoadForeignDictionary(path, &d, &kind, &err)) << err;
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].CodeAt({2005, 1, 1})->code, "AFGGOV");
  EXPECT_EQ(d.actors[0].CodeAt({1990, 1, 1})->code, "AFGELI");
  EXPECT_EQ(d.actors[0].CodeAt({2020, 1, 1})->code, "AFGELI");
  std::string agents = ::testing::TempDir() + "/t" + std::to_string(getpid()) + ".agents";
  {
    std::ofstream f(agents);
    f << "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPEACEKEEPING_TROOPS {} [IGO~]\n";
  }
  Dictionaries g;
  ASSERT_TRUE(LoadForeignDictionary(agents, &g, &kind, &err)) << err;
  ASSERT_EQ(g.agents.size(), 2u);
  EXPECT_EQ(g.agents[0].names, (std::vector<std::string>{"CONGRESSMAN", "CONGRESSWOMAN"}));
  EXPECT_EQ(g.agents[0].codes[0].code, "LEG");
  EXPECT_TRUE(g.agents[1].agent_first);
}

}  // namespace
}  // namespace dyad

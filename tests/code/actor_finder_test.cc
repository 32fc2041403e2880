// The actor finder on hand-built parses (independent of the trained parser):
// which agents join which countries, and the coder's events that depend on it.
#include "code/actor_finder.h"

#include <gtest/gtest.h>

#include "code/coder.h"
#include "dict/fold.h"
#include "dict/name_trie.h"
#include "dict/word_index.h"
#include "dyad/segment.h"
#include "testing/conll.h"

namespace dyad {
namespace {

using testing::ParsedSentence;

constexpr const char* kActors = R"(# dyad actors
CHN country China
CHN adj Chinese
TWN country Taiwan
MMR country Myanmar
EGY country Egypt
RUS country Russia
SYR country Syria
AFG country Afghanistan
AFGGOV capital Kabul
GMWGOV seat West German
GONGMO group:append Gonzo GMO
RURMED group ~Ruritania Television
PRK country North Korea
USA country United States | US
USA adj American
USAGOV person Joe Biden
USAOPP person Jane Doe
USAMIL org Joint Chiefs of Staff
IMGMUSMBR group Muslim Brotherhood
EGYOPPMBR group Egyptian Muslim Brotherhood | Egypt's Muslim Brotherhood
IGOUNO org United Nations | UN
IGOUNESCO org United Nations Educational, Scientific and Cultural Organization | UNESCO
GBRGOV org Foreign, Commonwealth and Development Office | FCDO
CHN country Xiland
WST country the West
PSE city West Bank
WAF adj West African
)";
constexpr const char* kAgents = R"(# dyad agents
GOV agent leader | president | official | government
MIL agent troop | soldier | missile | helicopter
UAF agent militant
REB agent rebel | fighter
COP agent police
CVL agent minority | civilian | person
NGO agent:first MSF
OPP agent rights activist
WGO agent world government
BUS agent chairman
)";
constexpr const char* kVerbs = R"(# dyad verbs
0332 pledge xcomp=supply xobj=missile tgt=to|iobj|xobj|with
1122 condemn obj=persecution tgt=by|poss|amod|of|in
1211 reject tgt=obj
190 attack tgt=obj
)";

Dictionaries MakeDicts() {
  Dictionaries d;
  DictKind k;
  std::string err;
  EXPECT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  EXPECT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  EXPECT_TRUE(LoadDyadDictionaryText(kVerbs, "verbs.txt", &d, &k, &err)) << err;
  return d;
}

const Dictionaries& Dicts() {
  static const Dictionaries* d = new Dictionaries(MakeDicts());
  return *d;
}

const Date kDate{2022, 11, 26};

// "text=CODE" for every mention, in order: "Taiwan=TWN".
std::string Mentions(const Sentence& s) {
  ActorFinder finder(Dicts());
  std::string out;
  for (const auto& m : finder.Find(s, kDate)) {
    if (!out.empty()) out += " ";
    for (int t = m.begin; t < m.end; ++t) out += (t > m.begin ? "_" : "") + s.tokens[t].form;
    out += "=" + m.code;
  }
  return out;
}

std::string MentionsOfText(const std::string& text) {
  Sentence s;
  s.text = text;
  s.tokens = Tokenize(text);
  return Mentions(s);
}

// "SOURCE>TARGET:CODE" for every event.
std::string Events(const std::string& rows) {
  Coder coder(MakeDicts());
  Sentence s = ParsedSentence(rows);
  ArticleContext ctx;
  std::string out;
  for (const auto& e : coder.CodeSentence(s, 0, kDate, &ctx, nullptr)) {
    if (!out.empty()) out += " ";
    out += e.event.source.code + ">" + (e.event.target ? e.event.target->code : "") + ":" + e.event.cameo;
  }
  return out;
}

constexpr const char* kMissilesToTaiwan = R"(China China PROPN 2 nsubj
pledged pledge VERB 0 root
to to PART 4 mark
supply supply VERB 2 xcomp
missiles missile NOUN 4 obj
to to ADP 7 case
Taiwan Taiwan PROPN 5 nmod
. . PUNCT 2 punct
)";

constexpr const char* kPersecutionByMyanmar = R"(The the DET 2 det
UN UN PROPN 3 nsubj
condemned condemn VERB 0 root
the the DET 5 det
persecution persecution NOUN 3 obj
of of ADP 7 case
minorities minority NOUN 5 nmod
by by ADP 9 case
Myanmar Myanmar PROPN 7 nmod
. . PUNCT 3 punct
)";

// An agent never joins a country across "to": the missiles are not Taiwan's.
// Two people of one name: the entry whose dates name the day beats another's
// undated fallback, whatever the file order.
TEST(ActorFinderTest, ADatedCodeBeatsAnUndatedFallbackOfTheSameName) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(R"(# dyad actors
USAGOV@1989-01-20..1993-01-20,USAELI  person  George H. W. Bush | President Bush
USAGOV@2001-01-20..2009-01-20,USAELI  person  George W. Bush | President Bush
)", "people.txt", &d, &k, &err)) << err;
  ActorFinder finder(d);
  auto code_on = [&](Date date) {
    Sentence s;
    s.text = "President Bush";
    s.tokens = Tokenize(s.text);
    auto found = finder.Find(s, date);
    return found.empty() ? std::string() : found[0].code;
  };
  EXPECT_EQ(code_on({2008, 8, 6}), "USAGOV");
  EXPECT_EQ(code_on({1990, 1, 1}), "USAGOV");
  EXPECT_EQ(code_on({2015, 1, 1}), "USAELI");
}

// A role held before is an elite: "former US officials" -> USAELI.
// A country's name inside a sea's name is no actor ("the South China Sea",
// "the Sea of Japan"), with a dictionary that does not list the sea.
TEST(ActorFinderTest, ACountryInsideASeasNameIsNoActor) {
  EXPECT_EQ(MentionsOfText("China sent ships into the South China Sea ."), "China=CHN");
  EXPECT_EQ(MentionsOfText("ships of China sailed the Gulf of China ."), "China=CHN");
}

// A name that begins with "the" yields to a longer name right after the
// article: "the West Bank" is not "the West" and a bank.
TEST(ActorFinderTest, ANameWithTheArticleYieldsToALongerNameAfterIt) {
  EXPECT_EQ(MentionsOfText("soldiers raided the West Bank ."), "soldiers=---MIL West_Bank=PSE");
  EXPECT_EQ(MentionsOfText("the West African states met ."), "West_African=WAF");
  EXPECT_EQ(MentionsOfText("the West imposed sanctions ."), "the_West=WST");
}

// An adjective names no role ("the official results"), except before a word
// for a group: "the militant group" is militants.
TEST(ActorFinderTest, AnAdjectiveRoleBeforeAGroupWordNamesItsMembers) {
  EXPECT_EQ(Mentions(ParsedSentence(R"(The the DET 4 det
Chinese Chinese ADJ 4 amod
militant militant ADJ 4 amod
group group NOUN 5 nsubj
attacked attack VERB 0 root
Taiwan Taiwan PROPN 5 obj
. . PUNCT 5 punct
)")),
            "Chinese_militant_group=CHNUAF Taiwan=TWN");
  EXPECT_EQ(Mentions(ParsedSentence(R"(The the DET 4 det
Chinese Chinese ADJ 4 amod
militant militant ADJ 4 amod
results result NOUN 5 nsubj
came come VERB 0 root
. . PUNCT 5 punct
)")),
            "Chinese=CHN");
}

// Capitalized words of a title between a nationality and its capitalized
// role join them ("Israeli Strategic Affairs Minister Ron Dermer" is
// Israel's minister); lower-case words do not.
TEST(ActorFinderTest, TitleWordsBetweenANationalityAndItsRole) {
  EXPECT_EQ(Mentions(ParsedSentence(R"(Chinese Chinese ADJ 4 amod
Strategic Strategic ADJ 3 amod
Affairs Affairs PROPN 4 compound
Official Official PROPN 5 nsubj
spoke speak VERB 0 root
. . PUNCT 5 punct
)")),
            "Chinese_Strategic_Affairs_Official=CHNGOV");
  EXPECT_EQ(Mentions(ParsedSentence(R"(Chinese Chinese ADJ 4 amod
strategic strategic ADJ 3 amod
affairs affair NOUN 4 compound
official official NOUN 5 nsubj
spoke speak VERB 0 root
. . PUNCT 5 punct
)")),
            "Chinese=CHN official=---GOV");
}

// A model's designation between a nationality and a weapon or craft joins
// them, and makes "fighters" jets: "Chinese J-10 fighters" are CHNMIL.
TEST(ActorFinderTest, AModelDesignationBetweenANationalityAndItsCraft) {
  EXPECT_EQ(Mentions(ParsedSentence(R"(Chinese Chinese ADJ 5 amod
J J PROPN 5 compound
- - PUNCT 4 punct
10 10 NUM 2 nummod
fighters fighter NOUN 6 nsubj
flew fly VERB 0 root
. . PUNCT 6 punct
)")),
            "Chinese_J_-_10_fighters=CHNMIL");
}

// An institution coded as one country's organ, owned by another country in
// the possessive, is the owner's.
TEST(ActorFinderTest, AnInstitutionOwnedByAnotherCountryIsItsOwners) {
  EXPECT_EQ(MentionsOfText("China's Joint Chiefs of Staff said ."), "China_'s_Joint_Chiefs_of_Staff=CHNMIL");
  EXPECT_EQ(MentionsOfText("the Joint Chiefs of Staff said ."), "Joint_Chiefs_of_Staff=USAMIL");
  EXPECT_EQ(MentionsOfText("the US's Joint Chiefs of Staff said ."), "US=USA Joint_Chiefs_of_Staff=USAMIL");
}

// A person named in the possessive of his own country is one actor.
TEST(ActorFinderTest, APersonOfHisCountrysPossessiveIsOneActor) {
  EXPECT_EQ(MentionsOfText("the US's Joe Biden said ."), "US_'s_Joe_Biden=USAGOV");
  EXPECT_EQ(MentionsOfText("Russia's Joe Biden said ."), "Russia=RUS Joe_Biden=USAGOV");
}

// A person in government owns the government agent after his possessive.
TEST(ActorFinderTest, APersonInGovernmentOwnsHisGovernment) {
  EXPECT_EQ(MentionsOfText("President Joe Biden's government said ."), "President_Joe_Biden_'s_government=USAGOV");
  EXPECT_EQ(MentionsOfText("Joe Biden's officials said ."), "Joe_Biden_'s_officials=USAGOV");
  // Not an opposition figure's: no state's government.
  EXPECT_EQ(MentionsOfText("Jane Doe's government said ."), "Jane_Doe=USAOPP government=---GOV");
}

// A country's role before a hyphenated backing participle qualifies the
// noun after it, which is the country's ("Sudan's army-backed government").
TEST(ActorFinderTest, ACountrysRoleBackingANounLeavesItTheCountrys) {
  EXPECT_EQ(MentionsOfText("China's troop-backed government said ."), "China_'s_troop_-_backed_government=CHNGOV");
  // (Not without the possessive: "the troop-backed government" is no one's.)
  EXPECT_EQ(MentionsOfText("Chinese troop-backed government said ."), "Chinese_troop=CHNMIL government=---GOV");
}

// A role word in an adverbial phrase names no one ("attended in person").
TEST(ActorFinderTest, InPersonNamesNoOne) {
  EXPECT_EQ(MentionsOfText("the president attended in person ."), "president=---GOV");
  EXPECT_EQ(MentionsOfText("the person said ."), "person=---CVL");
  // (Nor a means of travel: "flew by helicopter from Beijing".)
  EXPECT_EQ(MentionsOfText("Joe Biden flew by helicopter from Kabul ."), "Joe_Biden=USAGOV");
  EXPECT_EQ(MentionsOfText("shot down by Chinese helicopters ."), "Chinese_helicopters=CHNMIL");
}

// An international body's chairman leads it: no business sector.
TEST(ActorFinderTest, AnInternationalBodysChairmanIsNoBusiness) {
  EXPECT_EQ(MentionsOfText("the UN chairman said ."), "UN_chairman=IGOUNO");
  EXPECT_EQ(MentionsOfText("the Chinese chairman said ."), "Chinese_chairman=CHNBUS");
}

// A role word right before a nationality is that nation's role.
TEST(ActorFinderTest, ARoleBeforeANationalityIsThatNations) {
  EXPECT_EQ(MentionsOfText("the rebel Chinese group said ."), "rebel_Chinese=CHNREB");
}

// A name right after a ship prefix is the ship's.
TEST(ActorFinderTest, AShipsNameIsNoActor) {
  EXPECT_EQ(MentionsOfText("the destroyer USS China docked ."), "");
  EXPECT_EQ(MentionsOfText("the destroyer from China docked ."), "China=CHN");
}

TEST(ActorFinderTest, AFormerRoleIsAnElite) {
  EXPECT_EQ(MentionsOfText("former US officials"), "US_officials=USAELI");
  EXPECT_EQ(MentionsOfText("a former American leader"), "American_leader=USAELI");
  EXPECT_EQ(MentionsOfText("US officials"), "US_officials=USAGOV");
}

// A group's own sectors are not repeated by its agents.
TEST(ActorFinderTest, AgentsDoNotRepeatAGroupsSectors) {
  EXPECT_EQ(MentionsOfText("FCDO officials"), "FCDO_officials=GBRGOV");
  EXPECT_EQ(MentionsOfText("Muslim Brotherhood officials"), "Muslim_Brotherhood_officials=IMGMUSMBRGOV");
}

TEST(ActorFinderTest, NoJoinAcrossTo) {
  EXPECT_EQ(Mentions(ParsedSentence(kMissilesToTaiwan)), "China=CHN Taiwan=TWN");
  EXPECT_EQ(Events(kMissilesToTaiwan), "CHN>TWN:0332");
}

// ... nor across "by": Myanmar persecutes, its civilians are not the target.
TEST(ActorFinderTest, NoJoinAcrossBy) {
  EXPECT_EQ(Mentions(ParsedSentence(kPersecutionByMyanmar)), "UN=IGOUNO Myanmar=MMR");
  EXPECT_EQ(Events(kPersecutionByMyanmar), "IGOUNO>MMR:1122");
}

// Without a parse nothing is dropped: the finder cannot tell the attachment.
TEST(ActorFinderTest, UnparsedKeepsAgents) {
  EXPECT_EQ(MentionsOfText("missiles to Taiwan"), "missiles=---MIL Taiwan=TWN");
}

// The right joins stay, with or without a parse.
TEST(ActorFinderTest, RightJoinsStay) {
  EXPECT_EQ(MentionsOfText("troops from China"), "troops_from_China=CHNMIL");
  EXPECT_EQ(MentionsOfText("police in Kabul"), "police_in_Kabul=AFGCOP");
  EXPECT_EQ(MentionsOfText("rebels in Kabul"), "rebels_in_Kabul=AFGREB");
  // (But "the rebels in Doha" are the article's rebels, somewhere.)
  EXPECT_EQ(MentionsOfText("the rebels in Kabul"), "rebels=---REB Kabul=AFGGOV");
  EXPECT_EQ(MentionsOfText("the leader of North Korea"), "leader_of_North_Korea=PRKGOV");
  EXPECT_EQ(MentionsOfText("Chinese troops"), "Chinese_troops=CHNMIL");
  EXPECT_EQ(MentionsOfText("US President Joe Biden"), "US_President_Joe_Biden=USAGOV");
  EXPECT_EQ(Mentions(ParsedSentence(R"(troops troop NOUN 0 root
from from ADP 3 case
China China PROPN 1 nmod
)")),
            "troops_from_China=CHNMIL");
}

// A place preposition places the agent in the country: "militants near
// Kabul" are militants (in Afghanistan), not a strike on Kabul.
TEST(ActorFinderTest, AnAgentNearAPlaceIsKept) {
  const char* kMilitantsNearKabul = R"(Troops troop NOUN 2 nsubj
attacked attack VERB 0 root
militants militant NOUN 2 obj
near near ADP 5 case
Kabul Kabul PROPN 3 nmod
. . PUNCT 2 punct
)";
  EXPECT_EQ(Mentions(ParsedSentence(kMilitantsNearKabul)), "Troops=---MIL militants=---UAF Kabul=AFGGOV");
  EXPECT_EQ(Events(kMilitantsNearKabul), "AFGMIL>AFGUAF:190");
}

// An agent with a country across "of" in the parse keeps it even when another
// country hangs on it across "to" (the coder joins the "of" one).
TEST(ActorFinderTest, AgentWithRightAndWrongJoinIsKept) {
  EXPECT_EQ(Mentions(ParsedSentence(R"(soldiers soldier NOUN 0 root
to to ADP 3 case
Syria Syria PROPN 1 nmod
of of ADP 5 case
Russia Russia PROPN 1 nmod
)")),
            "soldiers=---MIL Syria=SYR Russia=RUS");
}

// A named group nearer the agent wins over the group's country.
TEST(ActorFinderTest, NamedGroupWinsOverItsCountry) {
  EXPECT_EQ(MentionsOfText("leaders of Egypt's Muslim Brotherhood"),
            "leaders_of_Egypt_'s_Muslim_Brotherhood=EGYOPPMBR");
  EXPECT_EQ(MentionsOfText("officials of the Muslim Brotherhood"), "officials_of_the_Muslim_Brotherhood=IMGMUSMBR");
  EXPECT_EQ(MentionsOfText("the leaders of Egypt"), "leaders_of_Egypt=EGYGOV");
}

// A name written with a comma matches across the comma token of the text,
// and also without it; a comma never joins two other names.
TEST(ActorFinderTest, NamesWithCommas) {
  EXPECT_EQ(MentionsOfText("the United Nations Educational, Scientific and Cultural Organization"),
            "United_Nations_Educational_,_Scientific_and_Cultural_Organization=IGOUNESCO");
  EXPECT_EQ(MentionsOfText("United Nations Educational Scientific and Cultural Organization"),
            "United_Nations_Educational_Scientific_and_Cultural_Organization=IGOUNESCO");
  EXPECT_EQ(MentionsOfText("Britain's Foreign, Commonwealth and Development Office said"),
            "Foreign_,_Commonwealth_and_Development_Office=GBRGOV");
  EXPECT_EQ(MentionsOfText("the United Nations, Scientific"), "United_Nations=IGOUNO");
  EXPECT_EQ(MentionsOfText("China, Taiwan"), "China=CHN Taiwan=TWN");
  EXPECT_EQ(FoldName("Foreign, Commonwealth and Development Office"),
            (std::vector<std::string>{"foreign", ",", "commonwealth", "and", "development", "office"}));
  EXPECT_EQ(FoldName("Acme Inc.,"), (std::vector<std::string>{"acme", "inc"}));
}

// The trie's flat tables grow from 64 slots: thousands of names must all
// still be found, and words that are in no name are not.
TEST(NameTrieTest, ManyNamesSurviveRehashing) {
  NameTrie trie;
  for (int i = 0; i < 5000; ++i) trie.Add({"w" + std::to_string(i), "x" + std::to_string(i % 7)}, i);
  EXPECT_EQ(trie.size(), 5000u);
  for (int i = 0; i < 5000; i += 37) {
    std::vector<int> ids = {trie.WordId("w" + std::to_string(i)), trie.WordId("x" + std::to_string(i % 7))};
    const std::vector<int>* v = nullptr;
    ASSERT_EQ(trie.LongestMatch(ids, 0, &v), 2u) << i;
    EXPECT_EQ(v->front(), i);
  }
  EXPECT_EQ(trie.WordId("w5000"), -1);
  EXPECT_EQ(trie.WordId(""), -1);
  std::vector<int> ids = {trie.WordId("w1"), trie.WordId("x2")};  // w1 goes with x1 only
  const std::vector<int>* v = nullptr;
  EXPECT_EQ(trie.LongestMatch(ids, 0, &v), 0u);
  EXPECT_EQ(v, nullptr);
}

// A sentence's words found by FoldSentenceWords (8 bytes at a time for
// letters, a table pass for other ASCII, the general path for the rest)
// are the words FoldTokenParts gives, with the ids WordIndex::Find gives.
TEST(FoldTest, SentenceWordsAgreeWithFoldTokenParts) {
  const std::vector<std::string> forms = {
      "Hi",        "GERMANY",   "Bosnia",       "Herzegovina",   "abcdefgh",  "ABCDEFGHI",
      "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQ", "U.S.",     "'s",        "Al-Qaeda", "Dol_Amroth",
      "Côte",      "a",         "x1",           "Zz@",           "zz[",       "`ab",
      "Foreign",   ",",         "Commonwealth", "--",            "-",         "Guinea",
  };
  NameTrie actors, agents, discards;
  for (size_t i = 0; i < forms.size(); i += 2) {
    std::vector<std::string> parts;
    FoldTokenParts(forms[i], &parts);
    if (!parts.empty()) actors.Add(parts, static_cast<int>(i));
  }
  agents.Add({"herzegovina"}, 0);
  discards.Add({"abcdefghijklmnopq"}, 0);
  const WordIndex index(actors, agents, discards);
  std::vector<Token> tokens;
  for (const std::string& f : forms) {
    // (Offsets with a space between tokens: the "-" is no hyphen inside a word.)
    const uint32_t begin = tokens.empty() ? 0 : tokens.back().end + 1;
    Token t;
    t.form = f;
    t.begin = begin;
    t.end = begin + static_cast<uint32_t>(f.size());
    tokens.push_back(std::move(t));
  }
  FoldedWords folded;
  FoldSentenceWords(tokens, index, &folded);
  size_t w = 0;
  for (int t = 0; t < static_cast<int>(forms.size()); ++t) {
    std::vector<std::string> parts;
    FoldTokenParts(forms[t], &parts);
    for (const std::string& part : parts) {
      ASSERT_LT(w, folded.words.size()) << forms[t];
      const FoldedWord& fw = folded.words[w++];
      const WordIndex::Ids ids = index.Find(part);
      EXPECT_TRUE(fw.is_word()) << forms[t];
      EXPECT_EQ(fw.token, t) << forms[t];
      EXPECT_EQ(fw.actor, ids.actor) << forms[t];
      EXPECT_EQ(fw.agent, ids.agent) << forms[t];
      EXPECT_EQ(fw.discard, ids.discard) << forms[t];
      EXPECT_EQ(fw.actor, actors.WordId(part)) << forms[t];
    }
    // A token with no word is one punctuation record.
    if (parts.empty()) {
      ASSERT_LT(w, folded.words.size()) << forms[t];
      EXPECT_FALSE(folded.words[w++].is_word()) << forms[t];
    }
  }
  EXPECT_EQ(w, folded.words.size());
}

// The fast ASCII folding agrees with the general one.
TEST(FoldTest, FastPathAgreesWithUnicodePath) {
  std::string out;
  EXPECT_TRUE(FoldWordInto("U.S.", &out));
  EXPECT_EQ(out, "us");
  EXPECT_FALSE(FoldWordInto("'", &out));
  EXPECT_FALSE(FoldWordInto("--", &out));
  EXPECT_FALSE(FoldWordInto("\xE2\x80\x99", &out));  // typographic apostrophe alone
  EXPECT_TRUE(FoldWordInto("\xE2\x80\x99s", &out));
  EXPECT_EQ(out, "'s");
  EXPECT_EQ(FoldWord("C\xC3\xB4TE"), "cote");
  std::string long_word(100, 'A');
  EXPECT_EQ(FoldWord(long_word), std::string(100, 'a'));
  std::vector<std::string> parts;
  FoldTokenParts("Guinea-Bissau's", &parts);
  EXPECT_EQ(parts, (std::vector<std::string>{"guinea", "bissau's"}));
  parts.clear();
  FoldTokenParts("'", &parts);
  EXPECT_TRUE(parts.empty());
  FoldTokenParts("KCNA", &parts);
  EXPECT_EQ(parts, (std::vector<std::string>{"kcna"}));
}

// PETRARCH-style input writes a multi-word name as one token with
// underscores ("Dol_Amroth"); its words match the name one by one.
TEST(ActorFinderTest, AnUnderscoreJoinsTheWordsOfAName) {
  std::vector<std::string> parts;
  FoldTokenParts("North_Korea", &parts);
  EXPECT_EQ(parts, (std::vector<std::string>{"north", "korea"}));
  EXPECT_EQ(MentionsOfText("North_Korea said"), "North_Korea=PRK");
  EXPECT_EQ(MentionsOfText("the United_States and Russia"), "United_States=USA Russia=RUS");
}

TEST(ActorFinderTest, ALowerCaseWordIsNoAcronym) {
  // "us" is not the US; "UNESCO" written "unesco" is not either; but a name
  // the dictionary writes in words still matches in lower case.
  EXPECT_EQ(MentionsOfText("Russia told us that the US would act"), "Russia=RUS US=USA");
  EXPECT_EQ(MentionsOfText("russia and china met"), "russia=RUS china=CHN");
  // Nor is a short word in title case, as a sentence's first ("Un" is no UN;
  // "Who else deserves it?" names no WHO); written in capitals it is.
  EXPECT_EQ(MentionsOfText("Un said that the UN would act"), "UN=IGOUNO");
  EXPECT_EQ(MentionsOfText("Us and the US"), "US=USA");
}

TEST(ActorFinderTest, ANameCodedWithItsCountryAfterARoleIsTheSameActor) {
  // TABARI files code some people with the bare country ("ROMENDACIL [BRE]").
  Sentence s = ParsedSentence(R"(Chinese Chinese ADJ 3 amod
president president NOUN 3 compound
Xiland Xiland PROPN 4 nsubj
spoke speak VERB 0 root)");
  EXPECT_EQ(Mentions(s), "Chinese_president_Xiland=CHNGOV");
}

TEST(ActorFinderTest, APossessiveCountryOwnsTheRoleOfANameCodedWithAnotherCountry) {
  // "Ithilen's awful and evil minister Calimehtar [CAL]": the possessor
  // names the office, past coordinated adjectives (PETRARCH: ITHGOV).
  Sentence s = ParsedSentence(R"(Russia Russia PROPN 7 nmod:poss
's 's PART 1 case
awful awful ADJ 6 amod
and and CCONJ 5 cc
evil evil ADJ 3 conj
leader leader NOUN 7 compound
Xiland Xiland PROPN 8 nsubj
spoke speak VERB 0 root)");
  EXPECT_EQ(Mentions(s), "Russia_'s_awful_and_evil_leader_Xiland=RUSGOV");
  // Without the possessive a name coded with another country stays apart.
  Sentence t = ParsedSentence(R"(Russia Russia PROPN 2 compound
leader leader NOUN 3 compound
Xiland Xiland PROPN 4 nsubj
spoke speak VERB 0 root)");
  EXPECT_EQ(Mentions(t), "Russia_leader=RUSGOV Xiland=CHN");
}

TEST(ActorFinderTest, AnAgentMarkedFirstGoesBeforeTheCountry) {
  // PETRARCH's "MSF [NGO~]": NGO + the country, whichever comes first.
  EXPECT_EQ(MentionsOfText("MSF Russia restored ties"), "MSF_Russia=NGORUS");
  EXPECT_EQ(MentionsOfText("the Chinese MSF official spoke"), "Chinese_MSF_official=NGOCHNGOV");
}

TEST(ActorFinderTest, APossessiveCountryReachesItsRolePastAdjectives) {
  Sentence s = ParsedSentence(R"(China China PROPN 5 nmod:poss
's 's PART 1 case
new new ADJ 5 amod
deputy deputy NOUN 5 compound
leader leader NOUN 6 nsubj
spoke speak VERB 0 root)");
  EXPECT_EQ(Mentions(s), "China_'s_new_deputy_leader=CHNGOV");
}

TEST(ActorFinderTest, AnOwnedRoleDoesNotTakeTheCountryAfterFrom) {
  // "troops from Syria" are Syria's; "its troops from Syria" were withdrawn from it.
  EXPECT_EQ(MentionsOfText("Russia pulled troops from Syria"), "Russia=RUS troops_from_Syria=SYRMIL");
  EXPECT_EQ(MentionsOfText("Russia pulled its troops from Syria"), "Russia=RUS troops=---MIL Syria=SYR");
}

}  // namespace
TEST(ActorFinderTest, AnImportedSeatOrGroupKeepsItsCodeAndTakesTheAgents) {
  // PETRARCH: the actor's code, then the agent's (UnitTest AGENTS-23).
  EXPECT_EQ(MentionsOfText("West German world government activists met"), "West_German_world_government=GMWGOVWGO");
  EXPECT_EQ(MentionsOfText("rights activists of Gonzo GMO met"), "rights_activists_of_Gonzo_GMO=GONGMOOPP");
  // dyad's own capitals and groups: the country + agent, the group alone.
  EXPECT_EQ(MentionsOfText("Kabul officials met"), "Kabul_officials=AFGGOV");
  EXPECT_EQ(MentionsOfText("leaders of the Muslim Brotherhood met"), "leaders_of_the_Muslim_Brotherhood=IMGMUSMBR");
}

TEST(ActorFinderTest, AnOpenNamesWordsMayStandApartInOneNounPhrase) {
  // TABARI's "ITHILEN TELEVISION" (a space, not "_"): "Ithilen state-run
  // television" is the name (UnitTest PATTERN-09).
  Sentence s = ParsedSentence(R"(Ruritania Ruritania PROPN 3 compound
state-run state-run ADJ 3 amod
television television NOUN 4 nsubj
reported report VERB 0 root)");
  EXPECT_EQ(Mentions(s), "Ruritania_state-run_television=RURMED");
  // Not across phrases: "Ruritania said on television".
  Sentence t = ParsedSentence(R"(Ruritania Ruritania PROPN 2 nsubj
said say VERB 0 root
on on ADP 4 case
television television NOUN 2 obl)");
  EXPECT_EQ(Mentions(t), "");
  EXPECT_EQ(MentionsOfText("Ruritania Television reported"), "Ruritania_Television=RURMED");
}

// "F-35 fighters" are warplanes (the tokenizer splits the designation at its
// hyphen); fighters with no designation are still armed men.
TEST(ActorFinderTest, FightersAfterAnAircraftDesignationAreWarplanes) {
  EXPECT_EQ(MentionsOfText("Chinese J - 20 fighters patrolled ."), "Chinese=CHN fighters=---MIL");
  EXPECT_EQ(MentionsOfText("Chinese fighters patrolled ."), "Chinese_fighters=CHNREB");
}

}  // namespace dyad

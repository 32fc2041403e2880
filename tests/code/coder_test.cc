#include <iostream>
// The coder on hand-built parses (independent of the trained parser).
#include "code/coder.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "testing/conll.h"

namespace dyad {
namespace {

using testing::ParsedSentence;

constexpr const char* kActors = R"(# dyad actors
CHN country China
CHN adj Chinese
CHNGOV capital Beijing
RUS country Russia
RUSGOV capital Moscow
IND adj Indian

USA country United States | US
USA adj American
PRK country North Korea
PRK adj North Korean
PRKGOV capital Pyongyang
PRKMED media KCNA
UKR country Ukraine
CHNELI@..2012-11-14,CHNGOV@2012-11-15..  person  Xi Jinping | Xi
PRKGOV person Kim Jong Un
IGOUNO org United Nations | UN
KENGOV capital Nairobi
UKRGOV capital Kyiv
KEN adj Kenyan
DNK adj Danish
--- country state of emergency
)";
constexpr const char* kAgents = R"(# dyad agents
GOV agent leader | president | official | government
MIL agent troops | soldier
GOV agent ambassador
MED agent media
)";
constexpr const char* kVerbs = R"(# dyad verbs
190 attack tgt=obj
1121 accuse tgt=obj
020 ask tgt=obj
0231 ask tgt=obj xcomp=provide
036 agree xcomp=meet tgt=xobj|with
042 visit tgt=obj
044 attend obj=summit tgt=with
043 meet tgt=with|obj
111 condemn tgt=obj
128 refuse xcomp=join
163 impose obj=sanction tgt=on|against
163 impose obj=curfew tgt=on
043 noun:talk src=between tgt=between
1233 veto tgt=obj
030 plan
1123 condemn obj=invasion tgt=poss|amod
192 noun:invasion src=poss|amod tgt=of
0813 end obj=curfew tgt=in
0311 sign obj=new_trade_deal tgt=with
160 warn tgt=obj|of
030 seek
060 deepen
043 mend obj=tie tgt=with rev=043
0233 want xcomp=help tgt=obj|xobj
0874 say xcomp=withdraw tgt=obj|from
0874 withdraw tgt=from
183 fire tgt=at
070 help tgt=obj
190 kill tgt=obj
190 noun:strike src=poss|amod|by tgt=on|against
0351 lift obj=sanction tgt=on
085 lift obj=sanctions tgt=on
015 claim obj=responsibility
)";

// A coder with these verb patterns (and actors), the test agents.
Coder MakeCoderWith(const std::string& verbs, const std::string& actors = kActors) {
  Dictionaries d;
  DictKind k;
  std::string err;
  EXPECT_TRUE(LoadDyadDictionaryText(actors, "actors.txt", &d, &k, &err)) << err;
  EXPECT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  EXPECT_TRUE(LoadDyadDictionaryText(verbs, "verbs.txt", &d, &k, &err)) << err;
  return Coder(std::move(d));
}

Coder MakeCoder() { return MakeCoderWith(kVerbs); }

// A coder with the test agents (and, with `own_actors`, the test actors)
// plus TABARI/PETRARCH texts, each loaded as the named file.
Coder MakeForeignCoder(std::initializer_list<std::pair<const char*, std::string>> files, bool own_actors = false) {
  Dictionaries d;
  DictKind k;
  std::string err;
  if (own_actors) {
    EXPECT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  }
  EXPECT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  for (const auto& [name, text] : files)
    EXPECT_TRUE(LoadForeignDictionaryText(text, name, &d, &k, &err)) << name << ": " << err;
  return Coder(std::move(d));
}

struct Got {
  std::string source, target, code;
};

std::vector<Got> Code(const Coder& coder, const std::string& rows, Date date = {2022, 11, 26},
                      std::string* reported_by = nullptr) {
  Sentence s = ParsedSentence(rows);
  ArticleContext ctx;
  std::string trace;
  std::vector<Got> out;
  auto coded = coder.CodeSentence(s, 0, date, &ctx, &trace);
  for (const auto& e : coded) {
    out.push_back({e.event.source.code, e.event.target ? e.event.target->code : "", e.event.cameo});
    if (reported_by) *reported_by = e.event.reported_by;
  }
  if (getenv("DYAD_TRACE")) std::cerr << trace;
  return out;
}

TEST(CoderTest, SubjectVerbObject) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root
Indian Indian ADJ 5 amod
soldiers soldier NOUN 3 obj
. . PUNCT 3 punct)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNMIL");
  EXPECT_EQ(ev[0].target, "INDMIL");
  EXPECT_EQ(ev[0].code, "190");
}

// A capital struck by force is its country, not the government it seats; a
// capital that acts or is spoken to stays the government.
TEST(CoderTest, ACapitalStruckByForceIsTheCountry) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Kyiv Kyiv PROPN 2 obj
. . PUNCT 2 punct)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "UKR");
  ev = Code(c, R"(Moscow Moscow PROPN 2 nsubj
accused accuse VERB 0 root
Kyiv Kyiv PROPN 2 obj
. . PUNCT 2 punct)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUSGOV");
  EXPECT_EQ(ev[0].target, "UKRGOV");
}

TEST(CoderTest, NegationGivesNoEvent) {
  Coder c = MakeCoder();
  EXPECT_TRUE(Code(c, R"(Russia Russia PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Ukraine Ukraine PROPN 4 obj)").empty());
}

TEST(CoderTest, RefusalBlocksTheComplementAndIsItselfCoded) {
  Coder c = MakeCoder();
  // "China refused to join the US in condemning Pyongyang"
  auto ev = Code(c, R"(China China PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
join join VERB 2 xcomp
the the DET 6 det
US US PROPN 4 obj
in in SCONJ 8 mark
condemning condemn VERB 4 advcl
Pyongyang Pyongyang PROPN 8 obj)");
  for (const auto& e : ev) EXPECT_NE(e.code, "111") << e.source << " " << e.target;
}

TEST(CoderTest, PassiveAgentIsTheSource) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB 0 root
by by ADP 5 case
Russia Russia PROPN 3 obl:agent)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "UKR");
}

TEST(CoderTest, CompoundSubjectsGiveOneEventPerPairAndNeverSelfPairs) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(China China PROPN 4 nsubj
and and CCONJ 3 cc
Russia Russia PROPN 1 conj
condemned condemn VERB 0 root
the the DET 6 det
United United PROPN 4 obj
States States PROPN 6 flat)");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[1].source, "RUS");
  EXPECT_EQ(ev[1].target, "USA");
  // "Beijing and Moscow vetoed a resolution": no target actor, so one
  // one-sided event for each member, never a pair of the two.
  auto vetoes = Code(c, R"(Beijing Beijing PROPN 4 nsubj
and and CCONJ 3 cc
Moscow Moscow PROPN 1 conj
vetoed veto VERB 0 root
a a DET 6 det
resolution resolution NOUN 4 obj)");
  ASSERT_EQ(vetoes.size(), 2u);
  for (const auto& e : vetoes) EXPECT_EQ(e.target, "") << e.source << " " << e.code;
}

TEST(CoderTest, XcompPatternConsumesTheComplement) {
  Coder c = MakeCoder();
  // "Xi asked Kim Jong Un to provide ..." -> 0231 only, not a separate event of "provide".
  auto ev = Code(c, R"(Xi Xi PROPN 2 nsubj
asked ask VERB 0 root
Kim Kim PROPN 2 obj
Jong Jong PROPN 3 flat
Un Un PROPN 3 flat
to to PART 7 mark
provide provide VERB 2 xcomp
aid aid NOUN 7 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "0231");
  EXPECT_EQ(ev[0].source, "CHNGOV");
  EXPECT_EQ(ev[0].target, "PRKGOV");
}

TEST(CoderTest, DatedPersonCodes) {
  Coder c = MakeCoder();
  const char* rows = R"(Xi Xi PROPN 2 nsubj
visited visit VERB 0 root
Moscow Moscow PROPN 2 obj)";
  auto now = Code(c, rows, {2022, 11, 26});
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].source, "CHNGOV");
  auto then = Code(c, rows, {2010, 5, 1});
  ASSERT_EQ(then.size(), 1u);
  EXPECT_EQ(then[0].source, "CHNELI");
}

TEST(CoderTest, RoleBeforePersonIsOneActor) {
  Coder c = MakeCoder();
  // "North Korean leader Kim Jong Un met Xi"
  auto ev = Code(c, R"(North North ADJ 3 amod
Korean Korean ADJ 3 amod
leader leader NOUN 7 nsubj
Kim Kim PROPN 3 appos
Jong Jong PROPN 4 flat
Un Un PROPN 4 flat
met meet VERB 0 root
Xi Xi PROPN 7 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "PRKGOV");
  EXPECT_EQ(ev[0].target, "CHNGOV");
}

TEST(CoderTest, LightVerbAndPrepositionTarget) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(The the DET 2 det
US US PROPN 3 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Russia Russia PROPN 3 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "163");
  EXPECT_EQ(ev[0].source, "USA");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, NominalTalksBetween) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Talks talk NOUN 0 root
between between ADP 3 case
China China PROPN 1 nmod
and and CCONJ 5 cc
India India PROPN 3 conj)");
  // India is not in this dictionary: no pair, no event.
  EXPECT_TRUE(ev.empty());
  auto ev2 = Code(c, R"(Talks talk NOUN 0 root
between between ADP 3 case
China China PROPN 1 nmod
and and CCONJ 5 cc
Russia Russia PROPN 3 conj)");
  ASSERT_EQ(ev2.size(), 1u);
  EXPECT_EQ(ev2[0].source, "CHN");
  EXPECT_EQ(ev2[0].target, "RUS");
}

TEST(CoderTest, MediaReporterGoesToReportedBy) {
  Coder c = MakeCoder();
  std::string reported_by;
  // "Pyongyang condemned Washington, KCNA reported"
  auto ev = Code(c, R"(Pyongyang Pyongyang PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
US US PROPN 2 obj
, , PUNCT 7 punct
KCNA KCNA PROPN 7 nsubj
reported report VERB 2 parataxis)",
                 {2022, 11, 26}, &reported_by);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "PRKGOV");
  EXPECT_EQ(reported_by, "KCNA");
}

// An outlet told something in an interview reports it; it is no one's
// counterpart: "Kim told KCNA that China attacked the US".
TEST(CoderTest, AnOutletToldSomethingReportsIt) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "010 tell tgt=obj|iobj\n");
  std::string reported_by;
  auto ev = Code(c, R"(Kim Kim PROPN 2 nsubj
told tell VERB 0 root
KCNA KCNA PROPN 2 iobj
that that SCONJ 6 mark
China China PROPN 6 nsubj
attacked attack VERB 2 ccomp
the the DET 8 det
US US PROPN 6 obj)",
                 {2022, 11, 26}, &reported_by);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "USA");
  EXPECT_EQ(reported_by, "KCNA");
  // Nor is the press: "Kim told the media" is no statement to anyone.
  ev = Code(c, R"(Kim Kim PROPN 2 nsubj
told tell VERB 0 root
the the DET 4 det
media media NOUN 2 iobj)");
  EXPECT_TRUE(ev.empty());
}

// A named body in apposition is who the noun is; the noun's modifiers only
// describe it: "the American group UN" is the UN, not the United States.
TEST(CoderTest, ANamedBodyInAppositionIsTheNoun) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(The the DET 3 det
American American ADJ 3 amod
group group NOUN 5 nsubj
UN UN PROPN 3 appos
condemned condemn VERB 0 root
Russia Russia PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "IGOUNO");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, ConditionalAndModalAreNotEvents) {
  Coder c = MakeCoder();
  EXPECT_TRUE(Code(c, R"(if if SCONJ 3 mark
Russia Russia PROPN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)").empty());
  EXPECT_TRUE(Code(c, R"(Russia Russia PROPN 3 nsubj
may may AUX 3 aux
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)").empty());
}

TEST(CoderTest, AgentOfCountry) {
  Coder c = MakeCoder();
  // "The leader of North Korea condemned the UN"
  auto ev = Code(c, R"(The the DET 2 det
leader leader NOUN 6 nsubj
of of ADP 4 case
North North PROPN 2 nmod
Korea Korea PROPN 4 flat
condemned condemn VERB 0 root
the the DET 8 det
UN UN PROPN 6 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "PRKGOV");
  EXPECT_EQ(ev[0].target, "IGOUNO");
}

TEST(CoderTest, PronounResolvesToThePreviousActor) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  std::string trace;
  Sentence s1 = ParsedSentence(R"(Xi Xi PROPN 2 nsubj
spoke speak VERB 0 root)");
  c.CodeSentence(s1, 0, {2022, 11, 26}, &ctx, &trace);
  Sentence s2 = ParsedSentence(R"(He he PRON 2 nsubj
condemned condemn VERB 0 root
Ukraine Ukraine PROPN 2 obj)");
  auto ev = c.CodeSentence(s2, 1, {2022, 11, 26}, &ctx, &trace);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "CHNGOV");
  EXPECT_FALSE(ev[0].event.evidence.pattern.empty());
  EXPECT_FALSE(ev[0].event.evidence.dict_entries.empty());
}

// "the leader" after "Hezbollah's leader": a singular role names the actor
// named before in that role, which refines the country the article's state
// organs give (LBN); it never chooses between two countries.
TEST(CoderTest, ASingularRoleNamesTheActorNamedBeforeInThatRole) {
  Coder c = MakeCoderWith(kVerbs, std::string(kActors) + "LBNREBHEZ group Hezbollah\nLBNGOV capital Beirut\nISR country Israel\n");
  ArticleContext ctx;
  std::string trace;
  c.CodeSentence(ParsedSentence(R"(Israel Israel PROPN 2 nsubj
attacked attack VERB 0 root
Hezbollah Hezbollah PROPN 6 nmod:poss
's 's PART 3 case
top top ADJ 6 amod
leader leader NOUN 2 obj
in in ADP 8 case
Beirut Beirut PROPN 2 obl)"),
                 0, {2022, 11, 26}, &ctx, &trace);
  auto ev = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
leader leader NOUN 3 nsubj
condemned condemn VERB 0 root
Israel Israel PROPN 3 obj)"),
                           1, {2022, 11, 26}, &ctx, &trace);
  ASSERT_EQ(ev.size(), 1u) << trace;
  EXPECT_EQ(ev[0].event.source.code, "LBNREBHEZGOV") << trace;
}

TEST(CoderTest, ARoleWithNoCountryRefersBackToTheArticlesOnlyState) {
  Coder c = MakeCoder();
  auto second = [&](const std::string& first_rows, const std::string& rows) {
    ArticleContext ctx;
    std::string trace;
    c.CodeSentence(ParsedSentence(first_rows), 0, {2022, 11, 26}, &ctx, &trace);
    return c.CodeSentence(ParsedSentence(rows), 1, {2022, 11, 26}, &ctx, &trace);
  };
  const std::string chinese = R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
spoke speak VERB 0 root)";
  const std::string the_government = R"(The the DET 2 det
government government NOUN 3 nsubj
condemned condemn VERB 0 root
Ukraine Ukraine PROPN 3 obj)";
  auto ev = second(chinese, the_government);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "CHNGOV");
  // Troops are an organ of the same state.
  ev = second(chinese, R"(The the DET 2 det
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "CHNMIL");
  // Two states named before: whose government it is cannot be told.
  ev = second(R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
Indian Indian ADJ 5 amod
officials official NOUN 3 obj)", the_government);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "---GOV");
  // Another state's actor in its own clause makes it ambiguous.
  ev = second(chinese, R"(Indian Indian ADJ 2 amod
officials official NOUN 3 nsubj
condemned condemn VERB 0 root
the the DET 5 det
government government NOUN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.target ? ev[0].event.target->code : "", "---GOV");
  // A role qualified in its own phrase is not a reference back.
  ev = second(chinese, R"(Foreign foreign ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "---MIL");
}

TEST(CoderTest, WhoseTheObjectIsIsTheTargetWhenNoSlotNamesOne) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
ended end VERB 0 root
Ukraine Ukraine PROPN 5 nmod:poss
's 's PART 3 case
curfew curfew NOUN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "UKR");
  EXPECT_EQ(ev[0].code, "0813");
  // Its own: no target.
  ev = Code(c, R"(Russia Russia PROPN 2 nsubj
ended end VERB 0 root
Russia Russia PROPN 5 nmod:poss
's 's PART 3 case
curfew curfew NOUN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "");
}

TEST(CoderTest, AReactionToTheAttackIsAimedAtTheArticlesLatestAttacker) {
  Coder c = MakeCoder();
  auto second = [&](const std::string& rows) {
    ArticleContext ctx;
    std::string trace;
    c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)"),
                   0, {2022, 11, 26}, &ctx, &trace);
    auto out = c.CodeSentence(ParsedSentence(rows), 1, {2022, 11, 26}, &ctx, &trace);
    if (std::getenv("DYAD_TRACE")) std::cerr << trace;
    return out;
  };
  auto ev = second(R"(Indian Indian ADJ 2 amod
officials official NOUN 3 nsubj
condemned condemn VERB 0 root
the the DET 5 det
attack attack NOUN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].event.source.code, "INDGOV");
  EXPECT_EQ(ev[0].event.target ? ev[0].event.target->code : "", "CHNMIL");
  // An attack named by its maker is that one's; the attacker's own side
  // reacting has no target.
  ev = second(R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
condemned condemn VERB 0 root
the the DET 5 det
attack attack NOUN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0].event.target);
}

TEST(CoderTest, AGroupInDyadsOwnFilesIsNeverTakenForAPerson) {
  // dyad's files say what a name is: "its" can be a group's, whose name is
  // proper nouns with a role code (imported files' guess for persons).
  Coder c = MakeCoderWith(kVerbs, std::string(kActors) + "SDNREBRSF group Rapid Support Forces | RSF\n");
  auto ev = Code(c, R"(The the DET 2 det
RSF RSF PROPN 3 nsubj
said say VERB 0 root
its its PRON 5 nmod:poss
troops troops NOUN 6 nsubj
attacked attack VERB 3 ccomp
Ukraine Ukraine PROPN 6 obj)");
  ASSERT_FALSE(ev.empty());
  // (An armed group's own armed men are the group, session 27: not SDNMIL.)
  EXPECT_EQ(ev[0].source, "SDNREBRSF");
  EXPECT_EQ(ev[0].target, "UKR");
}

TEST(CoderTest, TheTwoCountriesAreTheLatestDyadsSides) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  std::string trace;
  c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
Indian Indian ADJ 5 amod
officials official NOUN 3 obj)"),
                 0, {2022, 11, 26}, &ctx, &trace);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 3 det
two two NUM 3 nummod
countries country NOUN 4 nsubj
condemned condemn VERB 0 root
Ukraine Ukraine PROPN 4 obj)"),
                              1, {2022, 11, 26}, &ctx, &trace);
  std::set<std::string> got;
  for (const auto& ce : coded)
    got.insert(ce.event.source.code + ">" + (ce.event.target ? ce.event.target->code : "-") + ":" + ce.event.cameo);
  EXPECT_EQ(got, (std::set<std::string>{"CHN>UKR:111", "IND>UKR:111"}));
  // A reaction to "the meeting" is aimed at both sides of the latest dyad.
  ArticleContext ctx2;
  c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
Indian Indian ADJ 5 amod
officials official NOUN 3 obj)"),
                 0, {2022, 11, 26}, &ctx2, &trace);
  coded = c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
meeting meeting NOUN 2 obj)"),
                         1, {2022, 11, 26}, &ctx2, &trace);
  got.clear();
  for (const auto& ce : coded)
    got.insert(ce.event.source.code + ">" + (ce.event.target ? ce.event.target->code : "-") + ":" + ce.event.cameo);
  EXPECT_EQ(got, (std::set<std::string>{"RUS>CHNGOV:111", "RUS>INDGOV:111"}));
}

TEST(CoderTest, ASideReportingItsForcesActClaimsNothing) {
  // "Chinese troops attacked Ukraine, the troops said": the same code under
  // another name reports the act; only "said it attacked" or the same name
  // repeated is a claim of responsibility (015).
  Coder c = MakeCoder();
  ArticleContext ctx;
  std::string trace;
  c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
spoke speak VERB 0 root)"),
                 0, {2022, 11, 26}, &ctx, &trace);
  auto coded = c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 8 ccomp
Ukraine Ukraine PROPN 3 obj
, , PUNCT 8 punct
the the DET 7 det
troops troops NOUN 8 nsubj
said say VERB 0 root)"),
                              1, {2022, 11, 26}, &ctx, &trace);
  bool attack = false, claim = false;
  for (const auto& ce : coded) {
    attack |= ce.event.cameo == "190";
    claim |= ce.event.cameo == "015";
  }
  EXPECT_TRUE(attack) << trace;
  EXPECT_FALSE(claim) << trace;
}

TEST(CoderTest, IntentionsAreCodedAsIntentsNotActs) {
  Coder c = MakeCoder();
  // "China plans to visit Russia": the intent to meet (036) replaces the
  // generic intent (030) of "plan"; no visit (042).
  auto ev = Code(c, R"(China China PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
visit visit VERB 2 xcomp
Russia Russia PROPN 4 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "036");
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "RUS");
  // "China wants to attack Russia": intended force is a threat (1384), not an attack.
  auto want = Code(c, R"(China China PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Russia Russia PROPN 4 obj)");
  ASSERT_EQ(want.size(), 1u);
  EXPECT_EQ(want[0].code, "1384");
  EXPECT_EQ(want[0].target, "RUS");
  // "China wants Russia to attack Ukraine": someone else's act, wished for: nothing.
  EXPECT_TRUE(Code(c, R"(China China PROPN 2 nsubj
wants want VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
attack attack VERB 2 xcomp
Ukraine Ukraine PROPN 5 obj)").empty());
  // "China did not plan to visit Russia": the negation of the intent holds.
  EXPECT_TRUE(Code(c, R"(China China PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
plan plan VERB 0 root
to to PART 6 mark
visit visit VERB 4 xcomp
Russia Russia PROPN 6 obj)").empty());
}

TEST(CoderTest, AnIntentIsTheSubjectsOwnAndSharedByASplitSubject) {
  Coder c = MakeCoder();
  // "China and Russia are seeking to deepen ...": the parser split the
  // subject; both seek, so the intent (031) is mutual, and it replaces the
  // generic intent of "seek".
  auto ev = Code(c, R"(China China PROPN 5 nsubj
and and CCONJ 3 cc
Russia Russia PROPN 5 nsubj
are be AUX 5 aux
seeking seek VERB 0 root
to to PART 7 mark
deepen deepen VERB 5 xcomp
cooperation cooperation NOUN 7 obj)");
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) EXPECT_EQ(e.code, "031");
  EXPECT_NE(ev[0].source, ev[1].source);
  // "China is seeking to mend ties with Russia": a reciprocal pattern
  // ("[043:043]") read as an intent says nothing of what Russia does.
  auto mend = Code(c, R"(China China PROPN 3 nsubj
is be AUX 3 aux
seeking seek VERB 0 root
to to PART 5 mark
mend mend VERB 3 xcomp
ties tie NOUN 5 obj
with with ADP 8 case
Russia Russia PROPN 5 obl)");
  ASSERT_EQ(mend.size(), 1u);
  EXPECT_EQ(mend[0].source, "CHN");
  EXPECT_EQ(mend[0].code, "036");
  // "China wants Russia to help Ukraine" asks Russia for aid (0233);
  // "China wants to help Ukraine" is China's own intent (033).
  auto asks = Code(c, R"(China China PROPN 2 nsubj
wants want VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
help help VERB 2 xcomp
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_FALSE(asks.empty());
  EXPECT_EQ(asks[0].code, "0233");
  EXPECT_EQ(asks[0].target, "RUS");
  auto own = Code(c, R"(China China PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
help help VERB 2 xcomp
Ukraine Ukraine PROPN 4 obj)");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].code, "033");
  EXPECT_EQ(own[0].target, "UKR");
}

TEST(CoderTest, ListsRolesAndTargetPhrasesTheParserSplits) {
  Coder c = MakeCoder();
  // "China, Russia, Ukraine and North attacked the US": the parser made the
  // second member an apposition holding the rest as conjuncts.
  auto list = Code(c, R"(China China PROPN 8 nsubj
, , PUNCT 3 punct
Russia Russia PROPN 1 appos
, , PUNCT 5 punct
Ukraine Ukraine PROPN 3 conj
and and CCONJ 7 cc
North North PROPN 3 conj
attacked attack VERB 0 root
US US PROPN 8 obj)");
  std::set<std::string> sources;
  for (const auto& e : list) sources.insert(e.source);
  EXPECT_EQ(sources, (std::set<std::string>{"CHN", "RUS", "UKR"}));
  // An apposition with no conjuncts is not a list: "Kim Jong Un, ..." stays one actor.
  auto appos = Code(c, R"(China China PROPN 4 nsubj
, , PUNCT 3 punct
Russia Russia PROPN 1 appos
attacked attack VERB 0 root
US US PROPN 4 obj)");
  ASSERT_EQ(appos.size(), 1u);
  EXPECT_EQ(appos[0].source, "CHN");
  // "the leader of the capital city of Pyongyang": the role takes its
  // country through the noun "city".
  auto mayor = Code(c, R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
the the DET 4 det
leader leader NOUN 2 obj
of of ADP 7 case
the the DET 7 det
city city NOUN 4 nmod
of of ADP 9 case
Kyiv Kyiv PROPN 7 nmod)");
  ASSERT_EQ(mayor.size(), 1u);
  EXPECT_EQ(mayor[0].target, "UKRGOV");
  // "China warned of Russia, of Ukraine": the first phrase of the slot with
  // an actor is the target, not every phrase with that preposition.
  auto first = Code(c, R"(China China PROPN 2 nsubj
warned warn VERB 0 root
of of ADP 4 case
Russia Russia PROPN 2 obl
of of ADP 6 case
Ukraine Ukraine PROPN 2 obl)");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].target, "RUS");
}

TEST(CoderTest, AReportedClauseWithItsOwnSubjectIsNotTheSpeakersToClause) {
  Coder c = MakeCoder();
  // "Chinese troops withdrew from Ukraine, Russia said": the troops withdraw;
  // a "say * WITHDRAW" pattern does not make Russia the one withdrawing.
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
withdrew withdraw VERB 8 ccomp
from from ADP 5 case
Ukraine Ukraine PROPN 3 obl
, , PUNCT 8 punct
Russia Russia PROPN 8 nsubj
said say VERB 0 root)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNMIL");
  EXPECT_EQ(ev[0].target, "UKR");
  // "Russia said it would withdraw from Ukraine": the pronoun is the speaker.
  auto own = Code(c, R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
withdraw withdraw VERB 2 ccomp
from from ADP 7 case
Ukraine Ukraine PROPN 5 obl)");
  ASSERT_FALSE(own.empty());
  EXPECT_EQ(own[0].source, "RUS");
  EXPECT_EQ(own[0].target, "UKR");
}

TEST(CoderTest, ForceWithNoAgentComesFromWhereItWasFired) {
  Coder c = MakeCoder();
  // "A rocket was fired at Ukraine from Russia"
  auto ev = Code(c, R"(A a DET 2 det
rocket rocket NOUN 4 nsubj:pass
was be AUX 4 aux:pass
fired fire VERB 0 root
at at ADP 6 case
Ukraine Ukraine PROPN 4 obl
from from ADP 8 case
Russia Russia PROPN 4 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "UKR");
  EXPECT_EQ(ev[0].code, "183");
  // "Troops were withdrawn from Ukraine": a place left, not who withdrew.
  auto left = Code(c, R"(Troops troops NOUN 3 nsubj:pass
were be AUX 3 aux:pass
withdrawn withdraw VERB 0 root
from from ADP 5 case
Ukraine Ukraine PROPN 3 obl)");
  for (const auto& e : left) EXPECT_NE(e.source, "UKR");
}

TEST(CoderTest, AnImportedPatternsNamedObjectIsTheTargetWhenItIsAnActor) {
  // PETRARCH: "- * SOLDIERS [0841]" under RELEASE; "Russia released the
  // soldiers" releases them (---MIL). In dyad's own format obj= names what
  // was done, so a pattern written by hand takes no countryless target from
  // the object it names (unless its tgt= names the object slot: below).
  auto make = [](bool foreign) {
    return MakeCoderWith(std::string("# dyad verbs\n0841 release obj=soldier") + (foreign ? " tgt=obj objtgt=yes" : "") + "\n");
  };
  const char* rows = R"(Russia Russia PROPN 2 nsubj
released release VERB 0 root
the the DET 4 det
soldiers soldier NOUN 2 obj)";
  auto own = Code(make(false), rows);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].target, "");
  auto ev = Code(make(true), rows);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "---MIL");
  EXPECT_EQ(ev[0].code, "0841");
}

TEST(CoderTest, AnObjectSlotTargetTakesTheActorItsObjectConstraintNames) {
  // "Russia attacked media" (obj=media tgt=obj): the media are the target;
  // "Russia fired media" (obj=media, no tgt=) has none, nor has "attacked
  // soldiers" (obj=soldier tgt=obj): a state organ with no country is most
  // often the subject's own.
  Coder coder = MakeCoderWith("# dyad verbs\n182 attack obj=media|soldier tgt=obj\n0831 fire obj=media\n");
  auto ev = Code(coder, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
media media NOUN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "---MED");
  auto none = Code(coder, R"(Russia Russia PROPN 2 nsubj
fired fire VERB 0 root
media media NOUN 2 obj)");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].target, "");
  auto organ = Code(coder, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
soldiers soldier NOUN 2 obj)");
  ASSERT_EQ(organ.size(), 1u);
  EXPECT_EQ(organ[0].target, "");
}

TEST(CoderTest, AVerbOfNamingWithItsPredicateIsNoPhoneCall) {
  // A bare "call [041]" (as PETRARCH's CALL) codes "Russia called Ukraine",
  // not "Russia called the move illegal".
  Coder coder = MakeCoderWith("# dyad verbs\n041 call tgt=obj\n");
  auto call = Code(coder, R"(Russia Russia PROPN 2 nsubj
called call VERB 0 root
Ukraine Ukraine PROPN 2 obj)");
  ASSERT_EQ(call.size(), 1u);
  EXPECT_EQ(call[0].code, "041");
  auto naming = Code(coder, R"(Russia Russia PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
move move NOUN 2 obj
illegal illegal ADJ 2 xcomp)");
  EXPECT_TRUE(naming.empty());
}

TEST(CoderTest, AReducedPassiveReadAsARelativeClauseHasNoSource) {
  // "..., the first hostages released under a ceasefire": the hostages are
  // released, they release no one.
  Coder coder = MakeCoderWith("# dyad verbs\n0841 release tgt=obj\n");
  auto ev = Code(coder, R"(Russia Russia PROPN 2 nsubj
freed free VERB 0 root
soldiers soldier NOUN 2 obj
, , PUNCT 6 punct
the the DET 6 det
troops troops NOUN 7 nsubj
released release VERB/VBN 3 acl:relcl
by by ADP 9 case
Ukraine Ukraine PROPN 7 obl)");
  for (const auto& e : ev) EXPECT_NE(e.source, "---MIL") << e.code;
}

TEST(CoderTest, ANeitherSubjectMatchesANegatedPattern) {
  // PETRARCH's "- NEITHER * [081]" under BOYCOTT [191]: the subject's
  // "neither" negates the verb; a plain subject does not.
  Coder coder = MakeCoderWith("# dyad verbs\n191 boycott tgt=obj\n081 boycott tgt=obj neg=yes\n");
  auto ev = Code(coder, R"(Neither neither DET 2 cc:preconj
China China PROPN 5 nsubj
nor nor CCONJ 4 cc
Russia Russia PROPN 2 conj
boycotted boycott VERB 0 root
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].code, "081");
  EXPECT_EQ(ev[1].code, "081");
  auto plain = Code(coder, R"(China China PROPN 2 nsubj
boycotted boycott VERB 0 root
Ukraine Ukraine PROPN 2 obj)");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].code, "191");
}

TEST(CoderTest, ANegatedPatternMatchesTheToClauseOfANegatedVerb) {
  // "China won't try to boycott Ukraine": the boycott is negated.
  Coder coder = MakeCoderWith("# dyad verbs\n191 boycott tgt=obj\n081 boycott tgt=obj neg=yes\n");
  auto ev = Code(coder, R"(China China PROPN 4 nsubj
wo will AUX 4 aux
n't not PART 4 advmod
try try VERB 0 root
to to PART 6 mark
boycott boycott VERB 4 xcomp
Ukraine Ukraine PROPN 6 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "081");
}

TEST(CoderTest, AnImportedPatternsGluedWordsStandInSequenceBeforeTheVerb) {
  // "MOST_CERTAINLY_&NEGATVAUXVRB_EVER * [907]": "most certainly did n't
  // ever clash" matches; "did n't even ever clash" breaks the sequence and
  // falls to "&NEGATVAUXVRB EVER * [905]".
  Coder coder = MakeCoderWith(
      "# dyad verbs\n907 clash tgt=with neg=yes words=most_certainly_did_n't_ever|most_certainly_will_not_ever\n"
      "905 clash tgt=with neg=yes words=ever\n");
  auto in_sequence = Code(coder, R"(Russia Russia PROPN 7 nsubj
most most ADV 3 advmod
certainly certainly ADV 7 advmod
did do AUX 7 aux
n't not PART 7 advmod
ever ever ADV 7 advmod
clash clash VERB 0 root
with with ADP 9 case
Ukraine Ukraine PROPN 7 obl)");
  ASSERT_EQ(in_sequence.size(), 1u);
  EXPECT_EQ(in_sequence[0].code, "907");
  auto broken = Code(coder, R"(Russia Russia PROPN 8 nsubj
most most ADV 3 advmod
certainly certainly ADV 8 advmod
did do AUX 8 aux
n't not PART 8 advmod
even even ADV 8 advmod
ever ever ADV 8 advmod
clash clash VERB 0 root
with with ADP 10 case
Ukraine Ukraine PROPN 8 obl)");
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].code, "905");
}

TEST(CoderTest, AnImportedPatternsPhraseNounMayModifyThePhrasesNoun) {
  // PETRARCH's "- * MEMOS_ON_&TIETYPES [912]" reads "memos on economic
  // issues"; a pattern of dyad's own names the phrase's head.
  const char* rows = R"(Russia Russia PROPN 2 nsubj
welcomed welcome VERB 0 root
memos memo NOUN 2 obj
on on ADP 6 case
economic economic ADJ 6 amod
issues issue NOUN 3 nmod
from from ADP 8 case
Ukraine Ukraine PROPN 2 obl)";
  auto imported = Code(MakeCoderWith("# dyad verbs\n912 welcome pp=on:economic tgt=from objtgt=yes\n"), rows);
  ASSERT_EQ(imported.size(), 1u);
  EXPECT_EQ(imported[0].code, "912");
  EXPECT_TRUE(Code(MakeCoderWith("# dyad verbs\n912 welcome pp=on:economic tgt=from\n"), rows).empty());
}

TEST(CoderTest, APhraseNounOfSeveralWordsNeedsItsWords) {
  // "- * FOR &ECONSANCT [172]" with "TOTAL BOYCOTT": a total boycott is a
  // sanction, a bare "boycott" is not this pattern.
  Coder coder = MakeCoderWith("# dyad verbs\n172 call pp=for:total_boycott|embargo tgt=against objtgt=yes\n"
                              "096 call pp=for tgt=against objtgt=yes\n");
  auto total = Code(coder, R"(Russia Russia PROPN 2 nsubj
called call VERB 0 root
for for ADP 6 case
a a DET 6 det
total total ADJ 6 amod
boycott boycott NOUN 2 obl
against against ADP 8 case
Ukraine Ukraine PROPN 6 nmod)");
  ASSERT_EQ(total.size(), 1u);
  EXPECT_EQ(total[0].code, "172");
  auto bare = Code(coder, R"(Russia Russia PROPN 2 nsubj
called call VERB 0 root
for for ADP 5 case
a a DET 5 det
boycott boycott NOUN 2 obl
against against ADP 7 case
Ukraine Ukraine PROPN 5 nmod)");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].code, "096");
}

TEST(CoderTest, AGovernedPatternsTargetIsItsClausesSubject) {
  // PETRARCH's "- NOTED + * [115]" under REGRET: "China noted that Russia
  // regretted ..." is China's, about Russia; the reported clause is part
  // of the pattern, no event of its own.
  Coder coder = MakeCoderWith("# dyad verbs\n115 note xcomp=regret tgt=xobj|xsubj objtgt=yes\n"
                              "111 regret tgt=obj objtgt=yes\n");
  auto ev = Code(coder, R"(China China PROPN 2 nsubj
noted note VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
regretted regret VERB 2 ccomp
the the DET 7 det
refusal refusal NOUN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "RUS");
  EXPECT_EQ(ev[0].code, "115");
}

TEST(CoderTest, ANounWithAnAuxiliaryAndAnObjectIsAVerb) {
  // "Russia will attack Ukraine" with "attack" tagged as a noun.
  auto ev = Code(MakeCoder(), R"(Russia Russia PROPN 3 nsubj
will will AUX 3 aux
attack attack NOUN 0 root
Ukraine Ukraine PROPN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "190");
  EXPECT_EQ(ev[0].target, "UKR");
  // Without the auxiliary it stays a noun: "the attack" names no event here.
  EXPECT_TRUE(Code(MakeCoder(), R"(Russia Russia PROPN 2 compound
attack attack NOUN 0 root
Ukraine Ukraine PROPN 2 obj)").empty());
}

TEST(CoderTest, AGovernedPatternsObjectOfSeveralWordsAndTheActorAfterIt) {
  // PETRARCH's "- + HOSTING * MAY_DAY $ [046]" under CELEBRATE: "Russia will
  // be hosting Ukraine to celebrate May Day with China" is China's act
  // toward Russia.
  Coder coder = MakeCoderWith(
      "# dyad verbs\n046 host xcomp=celebrate xobj=may_day tgt=xobj|subj src=xobj|with objtgt=yes\n");
  const char* rows = R"(Russia Russia PROPN 4 nsubj
will will AUX 4 aux
be be AUX 4 aux
hosting host VERB 0 root
Ukraine Ukraine PROPN 4 obj
to to PART 7 mark
celebrate celebrate VERB 4 xcomp
May May PROPN 9 compound
Day Day PROPN 7 obj
with with ADP 11 case
China China PROPN 7 obl)";
  auto ev = Code(coder, rows);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "046");
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, AnImportedSkipTakesTheActorAfterTheSkippedPhrase) {
  // PETRARCH's "- * AT ^ +" under WARN: "China warned at the Russia of the
  // United States" warns of the US, past the at-phrase's Russia.
  Coder coder = MakeCoderWith("# dyad verbs\n162 warn pp=at tgt=next:at:0|at objtgt=yes\n");
  auto ev = Code(coder, R"(China China PROPN 2 nsubj
warned warn VERB 0 root
at at ADP 5 case
the the DET 5 det
Russia Russia PROPN 2 obl
of of ADP 9 case
the the DET 9 det
United United PROPN 9 compound
States States PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "USA");
  // With nothing after the phrase, the phrase itself.
  auto alone = Code(coder, R"(China China PROPN 2 nsubj
warned warn VERB 0 root
at at ADP 4 case
Russia Russia PROPN 2 obl)");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].target, "RUS");
  // "^" skips a phrase, with or without an actor: "- * AT ^ ^ +" in
  // "warned at Russia with the leader of China in the United States" is
  // China, its country alone (UnitTest PATTERN-25).
  Coder two = MakeCoderWith("# dyad verbs\n162 warn pp=at tgt=next:at:1|at objtgt=yes\n");
  auto skipped = Code(two, R"(Ukraine Ukraine PROPN 2 nsubj
warned warn VERB 0 root
at at ADP 4 case
Russia Russia PROPN 2 obl
with with ADP 7 case
the the DET 7 det
leader leader NOUN 2 obl
of of ADP 9 case
China China PROPN 7 nmod
in in ADP 13 case
the the DET 13 det
United United PROPN 13 compound
States States PROPN 7 nmod)");
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].target, "CHN");
}

TEST(CoderTest, ARoleModifyingASpeakerNamesWhoSpeaks) {
  // "A government spokesman told Russia": the government speaks; a role
  // word modifying another subject names no actor ("government buildings").
  Coder coder = MakeCoderWith("# dyad verbs\n010 tell tgt=obj\n190 face tgt=obj\n");
  auto told = Code(coder, R"(A a DET 3 det
government government NOUN 3 compound
spokesman spokesman NOUN 4 nsubj
told tell VERB 0 root
Russia Russia PROPN 4 obj)");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].source, "---GOV");
  EXPECT_EQ(told[0].target, "RUS");
  EXPECT_TRUE(Code(coder, R"(Government government NOUN 2 compound
buildings building NOUN 3 nsubj
faced face VERB 0 root
Russia Russia PROPN 3 obj)").empty());
}

TEST(CoderTest, AnImportedPatternsWordMayModifyTheObject) {
  // PETRARCH reads "- * DIPLOMATIC [064]" as words after the verb:
  // "renewed diplomatic ties" matches; a pattern of dyad's own names heads.
  auto make = [](const char* verbs) { return MakeCoderWith(verbs); };
  const char* rows = R"(Russia Russia PROPN 2 nsubj
renewed renew VERB 0 root
diplomatic diplomatic ADJ 4 amod
ties tie NOUN 2 obj
with with ADP 6 case
Ukraine Ukraine PROPN 4 nmod)";
  auto imported = Code(make("# dyad verbs\n064 renew obj=diplomatic tgt=with objtgt=yes\n"), rows);
  ASSERT_EQ(imported.size(), 1u);
  EXPECT_EQ(imported[0].code, "064");
  EXPECT_EQ(imported[0].target, "UKR");
  EXPECT_TRUE(Code(make("# dyad verbs\n064 renew obj=diplomatic tgt=with\n"), rows).empty());
}

TEST(CoderTest, AnImportedPatternWithNoTargetTakesTheFirstActorAfterTheVerb) {
  auto make = [](const char* verbs) { return MakeCoderWith(verbs); };
  // "Russia signed an accord supplying Ukraine": PETRARCH's SIGN [081]
  // codes the first actor after the verb; not one in a clause of its own.
  const char* rows = R"(Russia Russia PROPN 2 nsubj
signed sign VERB 0 root
an a DET 4 det
accord accord NOUN 2 obj
supplying supply VERB 4 acl
Ukraine Ukraine PROPN 5 obj)";
  auto imported = Code(make("# dyad verbs\n081 sign tgt=with objtgt=yes\n"), rows);
  ASSERT_EQ(imported.size(), 1u);
  EXPECT_EQ(imported[0].target, "UKR");
  auto own = Code(make("# dyad verbs\n081 sign tgt=with\n"), rows);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].target, "");
  const char* reported = R"(Russia Russia PROPN 2 nsubj
signed sign VERB 0 root
as as SCONJ 5 mark
Ukraine Ukraine PROPN 5 nsubj
protested protest VERB 2 advcl)";
  auto clause = Code(make("# dyad verbs\n081 sign tgt=with objtgt=yes\n"), reported);
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].target, "");
  // Its conjuncts too: "Russia signed an accord supplying Ukraine and China".
  const char* both = R"(Russia Russia PROPN 2 nsubj
signed sign VERB 0 root
an a DET 4 det
accord accord NOUN 2 obj
supplying supply VERB 4 acl
Ukraine Ukraine PROPN 5 obj
and and CCONJ 8 cc
China China PROPN 6 conj)";
  auto pair = Code(make("# dyad verbs\n081 sign tgt=with objtgt=yes\n"), both);
  ASSERT_EQ(pair.size(), 2u);
  EXPECT_EQ(pair[0].target, "UKR");
  EXPECT_EQ(pair[1].target, "CHN");
  // A purpose to-clause parsed as an adverbial clause holds it too.
  const char* purpose = R"(Russia Russia PROPN 2 nsubj
signed sign VERB 0 root
an a DET 4 det
accord accord NOUN 2 obj
to to PART 6 mark
supply supply VERB 2 advcl
Ukraine Ukraine PROPN 6 obj)";
  auto to_clause = Code(make("# dyad verbs\n081 sign tgt=with objtgt=yes\n"), purpose);
  ASSERT_EQ(to_clause.size(), 1u);
  EXPECT_EQ(to_clause[0].target, "UKR");
  // The to-clause a pattern names is the verb's own phrase ("- BEGUN *"
  // under QUESTION): "began to question whether it has a future with Ukraine".
  const char* begun = R"(Russia Russia PROPN 2 nsubj
began begin VERB 0 root
to to PART 4 mark
question question VERB 2 xcomp
whether whether SCONJ 7 mark
it it PRON 7 nsubj
has have VERB 4 ccomp
a a DET 9 det
future future NOUN 7 obj
with with ADP 11 case
Ukraine Ukraine PROPN 9 nmod)";
  auto governed = Code(make("# dyad verbs\n212 begin xcomp=question tgt=xobj objtgt=yes\n"), begun);
  ASSERT_EQ(governed.size(), 1u);
  EXPECT_EQ(governed[0].code, "212");
  EXPECT_EQ(governed[0].target, "UKR");
}

TEST(CoderTest, AnImportedPatternsGluedWordsMayStandAnywhereAfterTheVerb) {
  auto make = [](const char* verbs) { return MakeCoderWith(verbs); };
  // PETRARCH's "- * REALLY_PLEASANT [024]" under ALLOW.
  const char* rows = R"(Russia Russia PROPN 2 nsubj
allowed allow VERB 0 root
that that SCONJ 7 mark
Ukraine Ukraine PROPN 7 nsubj
is be AUX 7 cop
really really ADV 7 advmod
pleasant pleasant ADJ 2 ccomp)";
  auto ev = Code(make("# dyad verbs\n080 allow objtgt=yes\n024 allow obj=really_pleasant objtgt=yes\n"), rows);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "024");
  EXPECT_EQ(ev[0].target, "UKR");
  // A single word is not looked for anywhere: "- * PLEASANT" needs the object.
  auto single = Code(make("# dyad verbs\n080 allow objtgt=yes\n024 allow obj=pleasant objtgt=yes\n"), rows);
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].code, "080");
}

TEST(CoderTest, ACapitalAsAPlaceIsTheCountryButASeatKeepsItsCode) {
  auto make = [](bool seat) {
    std::string actors = kActors;
    if (seat) actors.replace(actors.find("RUSGOV capital Moscow"), 21, "RUSGOV seat Moscow");
    return MakeCoderWith("# dyad verbs\n190 strike tgt=in\n", actors);
  };
  const char* rows = R"(Ukraine Ukraine PROPN 2 nsubj
struck strike VERB 0 root
in in ADP 4 case
Moscow Moscow PROPN 2 obl)";
  auto capital = Code(make(false), rows);
  ASSERT_EQ(capital.size(), 1u);
  EXPECT_EQ(capital[0].target, "RUS");
  auto seat = Code(make(true), rows);
  ASSERT_EQ(seat.size(), 1u);
  EXPECT_EQ(seat[0].target, "RUSGOV");
}

TEST(CoderTest, AnImportedPatternsObjectMayBeInItsToClause) {
  Coder c = MakeCoderWith("# dyad verbs\n170 vow objtgt=yes\n173 vow obj=war tgt=obj|on objtgt=yes\n");
  // PETRARCH's "- * WAR [173]" under VOW: "Russia vowed to wage war on Ukraine".
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
wage wage VERB 2 xcomp
war war NOUN 4 obj
on on ADP 7 case
Ukraine Ukraine PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "173");
  EXPECT_EQ(ev[0].target, "UKR");
}

TEST(CoderTest, ThePurposeOfAPurposeIsNotDone) {
  Coder c = MakeCoder();
  // "Russia met Ukraine to discuss ways to attack the UN"
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
met meet VERB 0 root
Ukraine Ukraine PROPN 2 obj
to to PART 5 mark
discuss discuss VERB 2 advcl
ways way NOUN 5 obj
to to PART 8 mark
attack attack VERB 5 advcl
the the DET 10 det
UN UN PROPN 8 obj)");
  for (const auto& e : ev) EXPECT_NE(e.code, "190");
  // "Russia attacked the UN" itself is coded.
  auto plain = Code(c, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
the the DET 4 det
UN UN PROPN 2 obj)");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].code, "190");
}

TEST(CoderTest, AMishapIsNoAgent) {
  Coder c = MakeCoder();
  // "Indian soldiers were killed by a Chinese train crash": no attacker.
  auto ev = Code(c, R"(Indian Indian ADJ 2 amod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
by by ADP 9 case
a a DET 9 det
Chinese Chinese ADJ 9 amod
train train NOUN 9 compound
crash crash NOUN 4 obl:agent)");
  EXPECT_TRUE(ev.empty());
  // "... killed by Chinese troops" has one.
  auto troops = Code(c, R"(Indian Indian ADJ 2 amod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
by by ADP 7 case
Chinese Chinese ADJ 7 amod
troops troops NOUN 4 obl:agent)");
  ASSERT_EQ(troops.size(), 1u);
  EXPECT_EQ(troops[0].source, "CHNMIL");
}

TEST(CoderTest, AClaimOfResponsibilityTargetsWhomTheActWasAimedAt) {
  Coder c = MakeCoder();
  // "Russia claimed responsibility for the attack on Danish troops"
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
claimed claim VERB 0 root
responsibility responsibility NOUN 2 obj
for for ADP 6 case
the the DET 6 det
attack attack NOUN 2 obl
on on ADP 9 case
Danish Danish ADJ 9 amod
troops troops NOUN 6 nmod)");
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "DNKMIL");
  EXPECT_EQ(ev[0].code, "015");
}

TEST(CoderTest, AnObjectWrittenAsInTheTextWinsATie) {
  Coder c = MakeCoder();
  // PETRARCH files list "- * SANCTION [0351]" and "- * SANCTIONS [085]"
  // under LIFT; the plural in the text picks the plural's code.
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
lifted lift VERB 0 root
the the DET 4 det
sanctions sanction NOUN 2 obj
on on ADP 6 case
Ukraine Ukraine PROPN 4 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "085");
}

TEST(CoderTest, HarmInANamedAttackComesFromTheAttacker) {
  Coder c = MakeCoder();
  // "Indian soldiers were killed in a Chinese strike"
  auto ev = Code(c, R"(Indian Indian ADJ 2 amod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
in in ADP 8 case
a a DET 8 det
Chinese Chinese ADJ 8 amod
strike strike NOUN 4 obl)");
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "INDMIL");
  EXPECT_EQ(ev[0].code, "190");
  // "killed in Kyiv": a place, not an attack, names no attacker.
  auto place = Code(c, R"(Indian Indian ADJ 2 amod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
in in ADP 6 case
Kyiv Kyiv PROPN 4 obl)");
  EXPECT_TRUE(place.empty());
}

TEST(CoderTest, AReducedPassiveModifiesItsPatient) {
  Coder c = MakeCoder();
  auto code_vbn = [&](const std::string& rows) {
    Sentence s = testing::ParsedSentence(rows);
    s.tokens[2].xpos = "VBN";  // the participle
    ArticleContext ctx;
    std::vector<Got> out;
    for (const auto& e : c.CodeSentence(s, 0, {2022, 11, 26}, &ctx, nullptr))
      out.push_back({e.event.source.code, e.event.target ? e.event.target->code : "", e.event.cameo});
    return out;
  };
  // "Chinese troops attacked by Russia": the troops are attacked.
  auto ev = code_vbn(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 0 root
attacked attack VERB 2 acl
by by ADP 5 case
Russia Russia PROPN 3 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUS");
  EXPECT_EQ(ev[0].target, "CHNMIL");
  // "China attacked troops sent by Russia": the troops are Russia's.
  Sentence sent = testing::ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
troops troops NOUN 2 obj
sent send VERB 3 acl
by by ADP 6 case
Russia Russia PROPN 4 obl)");
  sent.tokens[3].xpos = "VBN";
  ArticleContext sent_ctx;
  auto sent_events = c.CodeSentence(sent, 0, {2022, 11, 26}, &sent_ctx, nullptr);
  ASSERT_FALSE(sent_events.empty());
  ASSERT_TRUE(sent_events[0].event.target.has_value());
  EXPECT_EQ(sent_events[0].event.target->code, "RUSMIL");
  // "Chinese troops attacked in Ukraine": no attacker named, and the troops
  // are not the attackers.
  for (const auto& e : code_vbn(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 0 root
attacked attack VERB 2 acl
in in ADP 5 case
Ukraine Ukraine PROPN 3 obl)"))
    EXPECT_NE(e.source, "CHNMIL");
}

TEST(CoderTest, APronounSubjectOfARelativeClauseIsTheClauseMatesSubject) {
  Coder c = MakeCoder();
  // "China asked Russia to end the curfew it imposed on Ukraine": "it" is
  // Russia (who is to end it), not China, the nearer subject.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
asked ask VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
end end VERB 2 xcomp
the the DET 7 det
curfew curfew NOUN 5 obj
it it PRON 9 nsubj
imposed impose VERB 7 acl:relcl
on on ADP 11 case
Ukraine Ukraine PROPN 9 obl)");
  bool found = false;
  for (const auto& e : ev)
    if (e.code == "163") {
      found = true;
      EXPECT_EQ(e.source, "RUS");
      EXPECT_EQ(e.target, "UKR");
    }
  EXPECT_TRUE(found);
}

TEST(CoderTest, WhatSomeoneIsAskedToDoIsNotDone) {
  Coder c = MakeCoder();
  // "China asked Russia to attack Ukraine", with the to-clause parsed as a
  // modifier of "Russia" (a common parser error): only the request.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
asked ask VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
attack attack VERB 3 acl
Ukraine Ukraine PROPN 5 obj)");
  for (const auto& e : ev) EXPECT_NE(e.code, "190") << e.source << ">" << e.target;
  // Also with the asker as a passive agent: "Russia was asked by China to attack Ukraine".
  auto passive = Code(c, R"(Russia Russia PROPN 3 nsubj:pass
was be AUX 3 aux:pass
asked ask VERB 0 root
by by ADP 5 case
China China PROPN 3 obl:agent
to to PART 7 mark
attack attack VERB 5 acl
Ukraine Ukraine PROPN 7 obj)");
  for (const auto& e : passive) EXPECT_NE(e.code, "190") << e.source << ">" << e.target;
  // ... and as an adverbial to-clause of the asking verb.
  auto advcl = Code(c, R"(Russia Russia PROPN 3 nsubj:pass
was be AUX 3 aux:pass
asked ask VERB 0 root
by by ADP 5 case
China China PROPN 3 obl:agent
to to PART 7 mark
attack attack VERB 3 advcl
Ukraine Ukraine PROPN 7 obj)");
  for (const auto& e : advcl) EXPECT_NE(e.code, "190") << e.source << ">" << e.target;
  // "China gave permission to Russia to attack Ukraine": permitted, not done.
  auto permitted = Code(c, R"(China China PROPN 2 nsubj
gave give VERB 0 root
permission permission NOUN 2 obj
to to ADP 5 case
Russia Russia PROPN 3 nmod
to to PART 7 mark
attack attack VERB 3 acl
Ukraine Ukraine PROPN 7 obj)");
  for (const auto& e : permitted) EXPECT_NE(e.code, "190") << e.source << ">" << e.target;
}

TEST(CoderTest, AVisitAbroadHasTheHostForTarget) {
  Coder c = MakeCoder();
  // "China attended a summit in Russia"
  auto ev = Code(c, R"(China China PROPN 2 nsubj
attended attend VERB 0 root
a a DET 4 det
summit summit NOUN 2 obj
in in ADP 6 case
Russia Russia PROPN 4 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "RUS");
  EXPECT_EQ(ev[0].code, "044");
}

TEST(CoderTest, AClauseDatedYearsBeforeIsBackground) {
  Coder c = MakeCoder();
  // "China visited Russia, five years after Ukraine attacked Russia": the
  // visit is news, the attack background.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
visited visit VERB 0 root
Russia Russia PROPN 2 obj
, , PUNCT 9 punct
five five NUM 6 nummod
years year NOUN 9 obl:npmod
after after SCONJ 9 mark
Ukraine Ukraine PROPN 9 nsubj
attacked attack VERB 2 advcl
Russia Russia PROPN 9 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  // The same with the duration hung on the main verb: the visit stays.
  auto main_verb = Code(c, R"(China China PROPN 2 nsubj
visited visit VERB 0 root
Russia Russia PROPN 2 obj
five five NUM 5 nummod
years year NOUN 2 obl:npmod
after after SCONJ 8 mark
Ukraine Ukraine PROPN 8 nsubj
attacked attack VERB 2 advcl
Russia Russia PROPN 8 obj)");
  bool visit = false;
  for (const auto& e : main_verb) visit |= e.code == "042";
  EXPECT_TRUE(visit);
}

TEST(CoderTest, AParticipleModifyingANounIsNoEvent) {
  Coder c = MakeCoder();
  // "the China-attacked Russian troops": the parser may give the participle
  // a subject and an object; it still only describes the noun.
  auto ev = Code(c, R"(China China PROPN 3 nsubj
- - PUNCT 3 punct
attacked attack VERB 5 amod
Russian Russian ADJ 5 amod
troops troops NOUN 0 root)");
  EXPECT_TRUE(ev.empty());
}

TEST(CoderTest, SplitCoordinatedSubjectsAllAct) {
  Coder c = MakeCoder();
  // The parser gave "met" two subjects: "The US, Russia, and China met".
  auto ev = Code(c, R"(US US PROPN 6 nsubj
, , PUNCT 3 punct
Russia Russia PROPN 1 conj
and and CCONJ 5 cc
China China PROPN 6 nsubj
met meet VERB 0 root)");
  EXPECT_EQ(ev.size(), 6u);  // every ordered pair of the three
  for (const auto& e : ev) EXPECT_NE(e.source, e.target);
}

TEST(CoderTest, TheNounAPatternNamesIsPartOfItsEvent) {
  Coder c = MakeCoder();
  // "Ukraine condemned Russia's invasion": the target is the object's
  // possessor, and the invasion is not coded again on its own.
  auto ev = Code(c, R"(Ukraine Ukraine PROPN 2 nsubj
condemned condemn VERB 0 root
Russia Russia PROPN 5 nmod:poss
's 's PART 3 case
invasion invasion NOUN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "1123");
  EXPECT_EQ(ev[0].source, "UKR");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, SelfPairsBecomeOneSidedAndNullEntriesNeverTake_part) {
  Coder c = MakeCoder();
  // "China ended the curfew in China": the target is the source itself, so
  // the event is one-sided.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
ended end VERB 0 root
the the DET 4 det
curfew curfew NOUN 2 obj
in in ADP 6 case
China China PROPN 2 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "");
  // A null entry ("state of emergency" -> ---) is never a participant.
  auto null = Code(c, R"(Kenya Kenya PROPN 2 nsubj
ended end VERB 0 root
the the DET 4 det
curfew curfew NOUN 2 obj
in in ADP 9 case
the the DET 9 det
state state NOUN 9 compound
of of ADP 9 case
emergency emergency NOUN 2 obl)");
  for (const auto& e : null) EXPECT_NE(e.target, "---");
}

TEST(CoderTest, SharedAgentsAndSharedCountriesInCoordination) {
  Coder c = MakeCoder();
  // "The ambassadors of China and Russia condemned Ukraine": one agent, two countries.
  auto ev = Code(c, R"(The the DET 2 det
ambassadors ambassador NOUN 7 nsubj
of of ADP 4 case
China China PROPN 2 nmod
and and CCONJ 6 cc
Russia Russia PROPN 4 conj
condemned condemn VERB 0 root
Ukraine Ukraine PROPN 7 obj)");
  std::set<std::string> sources;
  for (const auto& e : ev) sources.insert(e.source);
  EXPECT_EQ(sources, (std::set<std::string>{"CHNGOV", "RUSGOV"}));
  // "Danish media and government warned Russia": one country, two agents.
  auto ev2 = Code(c, R"(Danish Danish ADJ 2 amod
media media NOUN 5 nsubj
and and CCONJ 4 cc
government government NOUN 2 conj
warned warn VERB 0 root
Russia Russia PROPN 5 obj)");
  std::set<std::string> sources2;
  for (const auto& e : ev2) sources2.insert(e.source);
  EXPECT_EQ(sources2, (std::set<std::string>{"DNKMED", "DNKGOV"}));
}

TEST(CoderTest, ClaimsAboutForceAccuseOrClaimResponsibility) {
  Coder c = MakeCoder();
  // The events as "source>target:code".
  auto triples = [](const auto& events) {
    std::set<std::string> out;
    for (const auto& e : events) out.insert(e.source + ">" + e.target + ":" + e.code);
    return out;
  };
  // "Russia said Ukraine attacked China": Ukraine's attack, and Russia accusing Ukraine.
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 4 nsubj
attacked attack VERB 2 ccomp
China China PROPN 4 obj)");
  EXPECT_EQ(triples(ev), (std::set<std::string>{"UKR>CHN:190", "RUS>UKR:112"}));
  // "Russia said it attacked Ukraine": a side reporting its own act; the
  // attack alone (annotators of four gold files never code a claim here).
  auto own = Code(c, R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 4 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 4 obj)");
  EXPECT_EQ(triples(own), (std::set<std::string>{"RUS>UKR:190"}));
  // "Russia claimed it attacked Ukraine": Russia's claim (015), which takes
  // the claimed act's place.
  auto claimed = Code(c, R"(Russia Russia PROPN 2 nsubj
claimed claim VERB 0 root
it it PRON 4 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 4 obj)");
  EXPECT_EQ(triples(claimed), (std::set<std::string>{"RUS>UKR:015"}));
  // "Russian officials said Russia imposed sanctions on Ukraine": a state
  // reporting its own sanction claims no responsibility.
  auto sanction = Code(c, R"(Russian Russian ADJ 2 amod
officials official NOUN 3 nsubj
said say VERB 0 root
Russia Russia PROPN 5 nsubj
imposed impose VERB 3 ccomp
sanctions sanction NOUN 5 obj
on on ADP 8 case
Ukraine Ukraine PROPN 5 obl)");
  EXPECT_EQ(triples(sanction), (std::set<std::string>{"RUS>UKR:163"}));
  // "Russia accused Ukraine of attacking China": the accusation only.
  auto alleged = Code(c, R"(Russia Russia PROPN 2 nsubj
accused accuse VERB 0 root
Ukraine Ukraine PROPN 2 obj
of of SCONJ 5 mark
attacking attack VERB 2 advcl
China China PROPN 5 obj)");
  ASSERT_EQ(alleged.size(), 1u);
  EXPECT_EQ(alleged[0].code, "1121");
}

TEST(CoderTest, AWilfulRefusalOfCooperationIsARejection) {
  Coder c = MakeCoder();
  // "China will not meet Russia": a rejection of a meeting (125).
  auto ev = Code(c, R"(China China PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
meet meet VERB 0 root
Russia Russia PROPN 4 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "125");
  EXPECT_EQ(ev[0].target, "RUS");
  // "China did not meet Russia": nothing happened, nothing is coded.
  EXPECT_TRUE(Code(c, R"(China China PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
meet meet VERB 0 root
Russia Russia PROPN 4 obj)").empty());
}

TEST(CoderTest, AnAnnouncedActOfOnesOwnIsAnIntent) {
  Coder c = MakeCoderWith("# dyad verbs\n010 announce\n084 free tgt=obj\n190 attack tgt=obj\n");
  // "Russia announced it would free Ukraine": intent to release (0353),
  // even with "free" tagged an adjective.
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
announced announce VERB/VBD 0 root
it it PRON/PRP 5 nsubj
would would AUX/MD 5 aux
free free ADJ/JJ 2 ccomp
Ukraine Ukraine PROPN 5 obj)");
  bool intent = false;
  for (const auto& e : ev) intent |= e.code == "0353" && e.source == "RUS" && e.target == "UKR";
  EXPECT_TRUE(intent);
  // "China announced Russia would attack Ukraine": another's act, predicted.
  auto ev2 = Code(c, R"(China China PROPN 2 nsubj
announced announce VERB/VBD 0 root
Russia Russia PROPN 5 nsubj
would would AUX/MD 5 aux
attack attack VERB/VB 2 ccomp
Ukraine Ukraine PROPN 5 obj)");
  for (const auto& e : ev2) EXPECT_NE(e.code.substr(0, 2), "19");
  for (const auto& e : ev2) EXPECT_NE(e.code.substr(0, 2), "13");
}

TEST(CoderTest, AConjunctsAgentIsSharedByItsCoordinatedCountries) {
  Coder c = MakeCoder();
  // "Troops and officials in Russia and China attacked Ukraine".
  auto ev = Code(c, R"(Troops troop NOUN 8 nsubj
and and CCONJ 3 cc
officials official NOUN 1 conj
in in ADP 5 case
Russia Russia PROPN 3 nmod
and and CCONJ 7 cc
China China PROPN 5 conj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 8 obj)");
  std::set<std::string> sources;
  for (const auto& e : ev) sources.insert(e.source);
  EXPECT_TRUE(sources.count("RUSGOV"));
  EXPECT_TRUE(sources.count("CHNGOV"));
  // "China and the government of Russia": the conjunct's agent does not
  // reach back to the first country.
  auto ev2 = Code(c, R"(China China PROPN 7 nsubj
and and CCONJ 4 cc
the the DET 4 det
government government NOUN 1 conj
of of ADP 6 case
Russia Russia PROPN 4 nmod
attacked attack VERB 0 root
Ukraine Ukraine PROPN 7 obj)");
  ASSERT_FALSE(ev2.empty());
  for (const auto& e : ev2) EXPECT_NE(e.source, "CHNGOV");
}

TEST(CoderTest, TheAuthorBeforeAHyphenatedParticipleIsAnAmodTarget) {
  Coder c = MakeCoderWith("# dyad verbs\n129 veto obj=resolution tgt=poss|amod\n");
  // "China vetoed a US-drafted resolution": the resolution's author.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
vetoed veto VERB/VBD 0 root
a a DET 7 det
US US PROPN 6 obl:unmarked
- - PUNCT/HYPH 4 punct
drafted draft VERB/VBN 7 amod
resolution resolution NOUN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "USA");
  EXPECT_EQ(ev[0].code, "129");
}

TEST(CoderTest, AQuantitysOfPhraseIsTheObject) {
  Coder c = MakeCoder();
  // "Russia fired dozens of missiles at Ukraine": the at-phrase hangs on the
  // counted noun, not on the quantity.
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
fired fire VERB 0 root
dozens dozen NOUN 2 obj
of of ADP 5 case
missiles missile NOUN 3 nmod
at at ADP 7 case
Ukraine Ukraine PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "UKR");
  EXPECT_EQ(ev[0].code, "183");
}

TEST(CoderTest, AnActorWithItsOwnRoleInARolesListStandsForItself) {
  Coder c = MakeCoderWith("# dyad verbs\n040 meet tgt=obj\n", std::string(kActors) + "PSEREBHMS group Hamas\n");
  // "Chinese officials met ambassadors of Russia and Hamas".
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
ambassadors ambassador NOUN 3 obj
of of ADP 6 case
Russia Russia PROPN 4 nmod
and and CCONJ 8 cc
Hamas Hamas PROPN 6 conj)");
  std::set<std::string> targets;
  for (const auto& e : ev) targets.insert(e.target);
  EXPECT_TRUE(targets.count("RUSGOV"));
  EXPECT_TRUE(targets.count("PSEREBHMS"));
}

TEST(CoderTest, ARelativePronounFindsItsClauseMateWhenTheClauseHangsOnAVerb) {
  Coder c = MakeCoderWith("# dyad verbs\n020 urge tgt=obj\n163 impose tgt=on\n");
  // "Russia urged China to lift the sanctions it had imposed on Ukraine",
  // with the relative clause hung on "lift": "it" is China, who lifts.
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
urged urge VERB 0 root
China China PROPN 2 obj
to to PART 5 mark
lift lift VERB 2 advcl
the the DET 7 det
sanctions sanction NOUN 5 obj
it it PRON/PRP 10 nsubj
had have AUX 10 aux
imposed impose VERB/VBN 5 acl:relcl
on on ADP 12 case
Ukraine Ukraine PROPN 10 obl)");
  bool found = false;
  for (const auto& e : ev) found |= e.code == "163" && e.source == "CHN" && e.target == "UKR";
  EXPECT_TRUE(found);
}

TEST(CoderTest, ForceWithNoTargetStrikesTheCountryWhereItWasUsed) {
  Coder c = MakeCoder();
  auto code = [&](const char* place) {
    return Code(c, std::string(R"(Chinese Chinese ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root
positions position NOUN 3 obj
in in ADP 6 case
)") + place + " " + place + " PROPN 3 obl");
  };
  // "Chinese troops attacked positions in Ukraine" -> UKR.
  auto ev = code("Ukraine");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "UKR");
  // "... positions in China": their own country is no target.
  auto ev2 = code("China");
  ASSERT_EQ(ev2.size(), 1u);
  EXPECT_EQ(ev2[0].target, "");
}

TEST(CoderTest, ACountrySharingAGroupsRoleTakesTheRoleOnly) {
  Coder c = MakeCoderWith("# dyad verbs\n040 meet tgt=obj\n", std::string(kActors) + "PSEREBHMS group Hamas\n");
  // "Chinese officials met Indian and Hamas ambassadors": INDGOV, not IND + REBHMSGOV.
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
Indian Indian ADJ 7 amod
and and CCONJ 6 cc
Hamas Hamas PROPN 4 conj
ambassadors ambassador NOUN 3 obj)");
  std::set<std::string> targets;
  for (const auto& e : ev) targets.insert(e.target);
  EXPECT_TRUE(targets.count("INDGOV")) << ::testing::PrintToString(targets);
  EXPECT_FALSE(targets.count("INDREBHMSGOV"));
}

TEST(CoderTest, AmongEqualPatternsOneWhoseTargetSlotNamesAnActorWins) {
  Coder c = MakeCoderWith(
      "# dyad verbs\n150 fire obj=rocket tgt=toward\n150 fire obj=rocket pp=into:sea\n194 fire obj=rocket tgt=at|on|into\n");
  auto code = [&](const char* prep, const char* word, const char* upos) {
    return Code(c, std::string(R"(Russia Russia PROPN 2 nsubj
fired fire VERB 0 root
rockets rocket NOUN 2 obj
)") + prep + " " + prep + " ADP 5 case\n" + word + " " + word + " " + upos + " 2 obl");
  };
  auto ev = code("into", "Ukraine", "PROPN");  // an attack on Ukraine
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "194");
  EXPECT_EQ(ev[0].target, "UKR");
  ev = code("into", "sea", "NOUN");  // a show of force
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "150");
  ev = code("on", "Friday", "PROPN");  // a time phrase is no target phrase
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "150");
}

TEST(CoderTest, ARolePlacedInACapitalKeepsItsRole) {
  Coder c = MakeCoderWith("# dyad verbs\n175 fire obj=gas tgt=at\n", std::string(kActors) + "KEN country Kenya\n");
  // "China fired gas at officials in Nairobi": KENGOV, not the place KEN.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
fired fire VERB 0 root
gas gas NOUN 2 obj
at at ADP 5 case
officials official NOUN 2 obl
in in ADP 7 case
Nairobi Nairobi PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "KENGOV");
}

TEST(CoderTest, SummoningToProtestIsOneProtestByTheSummoner) {
  Coder c = MakeCoderWith("# dyad verbs\n114 summon tgt=obj\n114 protest obj=visit tgt=poss|amod|to\n");
  // "Beijing summoned the Indian ambassador to protest the visit", with
  // "Beijing" tagged VBG (a bare adverbial clause) and the to-clause hung on
  // the ambassador: Beijing summons and protests; one event, to India.
  auto ev = Code(c, R"(Beijing beij VERB/VBG 2 advcl
summoned summon VERB/VBD 0 root
the the DET 5 det
Indian Indian ADJ 5 amod
ambassador ambassador NOUN 2 obj
to to PART 7 mark
protest protest VERB/VB 5 acl
the the DET 9 det
visit visit NOUN 7 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNGOV");
  EXPECT_EQ(ev[0].target, "INDGOV");
  EXPECT_EQ(ev[0].code, "114");
}

TEST(CoderTest, AnActorOpeningTheSentenceParsedAsAnAdverbialIsTheSubject) {
  Coder c = MakeCoder();
  // "Chinese President Xi on Sunday attacked Russia", with "Chinese" an
  // adverbial clause holding the name.
  auto ev = Code(c, R"(Chinese Chinese ADJ 6 advcl
President President PROPN 3 compound
Xi Xi PROPN 1 appos
on on ADP 5 case
Sunday Sunday PROPN 3 nmod
attacked attack VERB/VBD 0 root
Russia Russia PROPN 6 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNGOV");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, AMislemmatizedRegularVerbStillFindsItsPatterns) {
  Coder c = MakeCoder();
  // The lemmatizer gave "attacke"; the regular forms of "attacked" include "attack".
  auto ev = Code(c, R"(China China PROPN 2 nsubj
attacked attacke VERB 0 root
Russia Russia PROPN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "190");
  // "vetoing" -> veto (the stem itself).
  auto ev2 = Code(c, R"(China China PROPN 2 nsubj
vetoing vetoinge VERB 0 root
Russia Russia PROPN 2 obj)");
  ASSERT_EQ(ev2.size(), 1u);
  EXPECT_EQ(ev2[0].code, "1233");
}

TEST(CoderTest, TheReasonForAJudgementIsNotAnEvent) {
  Coder c = MakeCoder();
  // "China condemned Russia for attacking Ukraine": the condemnation only.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
condemned condemn VERB 0 root
Russia Russia PROPN 2 obj
for for SCONJ 5 mark
attacking attack VERB 2 advcl
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "111");
  EXPECT_EQ(ev[0].target, "RUS");
}

TEST(CoderTest, AMultiWordObjectMustStandRightBeforeTheHead) {
  Coder c = MakeCoder();
  // obj=new_trade_deal: "signed a new trade deal with Russia" matches ...
  auto ev = Code(c, R"(China China PROPN 2 nsubj
signed sign VERB 0 root
a a DET 6 det
new new ADJ 6 amod
trade trade NOUN 6 compound
deal deal NOUN 2 obj
with with ADP 8 case
Russia Russia PROPN 2 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "0311");
  // ... "signed a new big trade deal" does not.
  EXPECT_TRUE(Code(c, R"(China China PROPN 2 nsubj
signed sign VERB 0 root
a a DET 7 det
new new ADJ 7 amod
big big ADJ 7 amod
trade trade NOUN 7 compound
deal deal NOUN 2 obj
with with ADP 9 case
Russia Russia PROPN 2 obl)").empty());
}

// Verbs for the content-clause, threat, intent and tell rules.
constexpr const char* kClauseVerbs = R"(# dyad verbs
1056 demand xcomp=withdraw tgt=obj
130 warn tgt=obj xcomp=*
190 retaliate tgt=against|on
190 attack tgt=obj
190 kill tgt=obj
163 impose obj=sanction tgt=on|against
0841 release tgt=obj
010 tell tgt=obj|iobj
100 tell xcomp=* tgt=obj
0356 promise xcomp=withdraw
040 meet tgt=with|obj
141 rally tgt=against|in
)";

std::set<std::string> Keys(const std::vector<Got>& ev) {
  std::set<std::string> out;
  for (const auto& e : ev) out.insert(e.source + ">" + e.target + ":" + e.code);
  return out;
}

// "source>target" of the events (of CAMEO code `code` only, when given).
std::set<std::string> Pairs(const std::vector<Got>& ev, const std::string& code = "") {
  std::set<std::string> out;
  for (const auto& e : ev)
    if (code.empty() || e.code == code) out.insert(e.source + ">" + e.target);
  return out;
}

// Codes sentence `index` of an article whose context so far is `ctx`.
std::vector<Got> CodeIn(const Coder& coder, ArticleContext* ctx, int index, const std::string& rows, Date date) {
  std::vector<Got> out;
  for (const auto& e : coder.CodeSentence(ParsedSentence(rows), index, date, ctx, nullptr))
    out.push_back({e.event.source.code, e.event.target ? e.event.target->code : "", e.event.cameo});
  return out;
}

TEST(CoderTest, ADemandThatSomeoneActTargetsThem) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "China demanded that Russia withdraw": the demand is made of Russia.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
withdraw withdraw VERB 2 ccomp)")),
            (std::set<std::string>{"CHN>RUS:1056"}));
  // "China demanded that troops withdraw": no actor with a country, no target.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
that that SCONJ 5 mark
troops troops NOUN 5 nsubj
withdraw withdraw VERB 2 ccomp)")),
            (std::set<std::string>{"CHN>:1056"}));
  // "North Korea warned it would attack Ukraine": the threat's target is
  // the clause's object, not the warner itself.
  EXPECT_EQ(Keys(Code(c, R"(North North PROPN 2 compound
Korea Korea PROPN 3 nsubj
warned warn VERB 0 root
it it PRON 6 nsubj
would would AUX 6 aux
attack attack VERB 3 ccomp
Ukraine Ukraine PROPN 6 obj)")),
            (std::set<std::string>{"PRK>UKR:130"}));
}

TEST(CoderTest, ForcePromisedOnAConditionIsAThreat) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "Russia will retaliate if attacked by Ukraine": a threat (1384) against Ukraine.
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 3 nsubj
will will AUX 3 aux
retaliate retaliate VERB 0 root
if if SCONJ 5 mark
attacked attack VERB 3 advcl
by by ADP 7 case
Ukraine Ukraine PROPN 5 obl)")),
            (std::set<std::string>{"RUS>UKR:1384"}));
  // "China will impose sanctions on Russia if it invades Ukraine": 1312.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 3 nsubj
will will AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Russia Russia PROPN 3 obl
if if SCONJ 9 mark
it it PRON 9 nsubj
invades invade VERB 3 advcl
Ukraine Ukraine PROPN 9 obj)")),
            (std::set<std::string>{"CHN>RUS:1312"}));
  // "Russia could attack Ukraine if ...": a guess, not a threat.
  EXPECT_TRUE(Code(c, R"(Russia Russia PROPN 3 nsubj
could could AUX 3 aux
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
if if SCONJ 7 mark
China China PROPN 7 nsubj
intervenes intervene VERB 3 advcl)").empty());
  // "Russia would have attacked Ukraine if ...": what did not happen.
  EXPECT_TRUE(Code(c, R"(Russia Russia PROPN 4 nsubj
would would AUX 4 aux
have have AUX 4 aux
attacked attack VERB 0 root
Ukraine Ukraine PROPN 4 obj
if if SCONJ 8 mark
China China PROPN 8 nsubj
intervened intervene VERB 4 advcl)").empty());
  // "Russia will not attack Ukraine if ...": no threat either.
  EXPECT_TRUE(Code(c, R"(Russia Russia PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Ukraine Ukraine PROPN 4 obj
if if SCONJ 8 mark
China China PROPN 8 nsubj
agrees agree VERB 4 advcl)").empty());
}

TEST(CoderTest, AnAnnouncedOwnFutureActIsAnIntent) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "China said it would release Indian troops": intent to release (0353), not a release.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
release release VERB 2 ccomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"CHN>INDMIL:0353"}));
  // "China said Russia would release ...": another's act, hypothetical: nothing.
  EXPECT_TRUE(Code(c, R"(China China PROPN 2 nsubj
said say VERB 0 root
Russia Russia PROPN 5 nsubj
would would AUX 5 aux
release release VERB 2 ccomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)").empty());
}

TEST(CoderTest, TellingSomeoneThatIsAStatementToThem) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "China told Russia that it ...": a statement to Russia, not a demand.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
told tell VERB 0 root
Russia Russia PROPN 2 obj
that that SCONJ 7 mark
it it PRON 7 nsubj
was be AUX 7 cop
ready ready ADJ 2 ccomp)")),
            (std::set<std::string>{"CHN>RUS:010"}));
  // "China told Russia to leave": a demand.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
told tell VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
leave leave VERB 2 xcomp)")),
            (std::set<std::string>{"CHN>RUS:100"}));
  // "China told Russia it must leave": also a demand.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
told tell VERB 0 root
Russia Russia PROPN 2 obj
it it PRON 6 nsubj
must must AUX 6 aux
leave leave VERB 2 ccomp)")),
            (std::set<std::string>{"CHN>RUS:100"}));
}

TEST(CoderTest, ARoleOwnedByAPronounBelongsToTheOwner) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "Russia said its troops killed Indian soldiers": RUSMIL.
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
its its PRON 4 nmod:poss
troops troops NOUN 5 nsubj
killed kill VERB 2 ccomp
Indian Indian ADJ 7 amod
soldiers soldier NOUN 5 obj)")),
            (std::set<std::string>{"RUSMIL>INDMIL:190"}));
  // "Russia promised to withdraw its troops": its own troops are no target.
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
promised promise VERB 0 root
to to PART 4 mark
withdraw withdraw VERB 2 xcomp
its its PRON 6 nmod:poss
troops troops NOUN 4 obj)")),
            (std::set<std::string>{"RUS>:0356"}));
}

TEST(CoderTest, AStateReportingItsOwnSidesNamedActClaimsNothing) {
  Coder c = MakeCoder();
  // "US military officials said the United States attacked Russia": the
  // attack only; "said it attacked" would be a claim (015).
  EXPECT_EQ(Keys(Code(c, R"(US US PROPN 2 compound
officials official NOUN 3 nsubj
said say VERB 0 root
the the DET 6 det
United United PROPN 6 compound
States States PROPN 7 nsubj
attacked attack VERB 3 ccomp
Russia Russia PROPN 7 obj)")),
            (std::set<std::string>{"USA>RUS:190"}));
}

TEST(CoderTest, APhraseOnThePlaceCountsAsTheVerbs) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "Chinese media rallied in Kyiv against Russia" (parsed "Kyiv against
  // Russia"; not officials: a state's protest is a complaint, 114).
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
media media NOUN 3 nsubj
rallied rally VERB 0 root
in in ADP 5 case
Kyiv Kyiv PROPN 3 obl
against against ADP 7 case
Russia Russia PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "RUS");
  EXPECT_EQ(ev[0].code, "141");
}

TEST(CoderTest, RolesOfCoordinatedCountriesMeetEachOther) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "The leaders of China and Russia met": one role, two countries.
  EXPECT_EQ(Keys(Code(c, R"(The the DET 2 det
leaders leader NOUN 7 nsubj
of of ADP 4 case
China China PROPN 2 nmod
and and CCONJ 6 cc
Russia Russia PROPN 4 conj
met meet VERB 0 root)")),
            (std::set<std::string>{"CHNGOV>RUSGOV:040", "RUSGOV>CHNGOV:040"}));
}

TEST(CoderTest, MistaggedPredicatesByTheirDependents) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "180 target tgt=obj\n");
  // "China said it would release Indian troops", "release" tagged ADJ: an
  // adjective with an object is a verb.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
release release ADJ 2 ccomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"CHN>INDMIL:0353"}));
  // "China attacked Russia against an Indian target": "target" tagged VERB
  // with an article is a noun, no event of its own.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj
against against ADP 7 case
an a DET 7 det
Indian Indian ADJ 7 amod
target target VERB 2 advcl
India India PROPN 7 obj)")),
            (std::set<std::string>{"CHN>RUS:190"}));
}

TEST(CoderTest, TheHostOfAMeetingIsTheFirstPlaceNamed) {
  Coder c = MakeCoder();
  // "China attended a summit in Russia on the unrest in India" (both places
  // hung on "summit"): the host is Russia.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
attended attend VERB 0 root
a a DET 4 det
summit summit NOUN 2 obj
in in ADP 6 case
Russia Russia PROPN 4 nmod
on on ADP 9 case
the the DET 9 det
unrest unrest NOUN 4 nmod
in in ADP 11 case
India India PROPN 4 nmod)")),
            (std::set<std::string>{"CHN>RUS:044"}));
}

TEST(CoderTest, AClaimedActIsTheClaimOnly) {
  Coder c = MakeCoder();
  // "The US claimed that Russia attacked China": the US accuses Russia; the
  // attack is the US's word.
  EXPECT_EQ(Keys(Code(c, R"(The the DET 2 det
US US PROPN 3 nsubj
claimed claim VERB 0 root
that that SCONJ 6 mark
Russia Russia PROPN 6 nsubj
attacked attack VERB 3 ccomp
China China PROPN 6 obj)")),
            (std::set<std::string>{"USA>RUS:112"}));
  // "Russia claimed that it attacked Ukraine": the claim of responsibility only.
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
claimed claim VERB 0 root
that that SCONJ 5 mark
it it PRON 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj)")),
            (std::set<std::string>{"RUS>UKR:015"}));
}

TEST(CoderTest, WhatIsUrgedInAThatClauseIsAskedNotDone) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "025 urge tgt=obj\n010 say\n");
  // "China urged that Russia release Indian troops": the appeal to Russia; no release.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
urged urge VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
release release VERB 2 ccomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"CHN>RUS:025"}));
  // "China said that Russia released Indian troops": said is no asking verb.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
released release VERB 2 ccomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"RUS>INDMIL:0841"}));
}

TEST(CoderTest, ANameHungOnTheClauseBeforeIsTheSubjectOfTheVerbAfterIt) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "Before leaving on Thursday, China met Russia", parsed with "China" a
  // conjunct of "Thursday".
  EXPECT_EQ(Keys(Code(c, R"(Before before SCONJ 2 mark
leaving leave VERB 7 advcl
on on ADP 4 case
Thursday Thursday PROPN 2 obl
, , PUNCT 6 punct
China China PROPN 4 conj
met meet VERB 0 root
Russia Russia PROPN 7 obj)")),
            (std::set<std::string>{"CHN>RUS:040"}));
}

TEST(CoderTest, ASecondSubjectAfterTheVerbIsItsObject) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "0211 ask xcomp=help tgt=obj\n");
  // "China asked Russia to help", parsed with "Russia" a second subject.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
asked ask VERB 0 root
Russia Russia PROPN 2 nsubj
to to PART 5 mark
help help VERB 2 xcomp)")),
            (std::set<std::string>{"CHN>RUS:0211"}));
}

TEST(CoderTest, ACompoundSubjectMeetsItselfRatherThanARoleWithNoCountry) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "044 gather tgt=with\n");
  // "China and Russia gathered with other leaders".
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 4 nsubj
and and CCONJ 3 cc
Russia Russia PROPN 1 conj
gathered gather VERB 0 root
with with ADP 7 case
other other ADJ 7 amod
leaders leader NOUN 4 obl)")),
            (std::set<std::string>{"CHN>RUS:044", "RUS>CHN:044"}));
}

TEST(CoderTest, TheyUnderACoordinatedSubjectIsTheCoordination) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "China and Russia said they will attack Ukraine": both threaten (1384).
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 4 nsubj
and and CCONJ 3 cc
Russia Russia PROPN 1 conj
said say VERB 0 root
they they PRON 7 nsubj
will will AUX 7 aux
attack attack VERB 4 ccomp
Ukraine Ukraine PROPN 7 obj)")),
            (std::set<std::string>{"CHN>UKR:1384", "RUS>UKR:1384"}));
}

TEST(CoderTest, ReadyOrDeterminedToActIsAnIntent) {
  Coder c = MakeCoderWith(kClauseVerbs);
  // "China is ready to release Indian troops": the intent (0353), not a release.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 3 nsubj
is be AUX 3 cop
ready ready ADJ 0 root
to to PART 5 mark
release release VERB 3 xcomp
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"CHN>INDMIL:0353"}));
}

TEST(CoderTest, ACalledOnPartyParsedAsTheSubjectOfTheToClauseIsTheTarget) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "025 call tgt=on\n");
  // "China called on Russia to release Indian troops", parsed with "on" a
  // marker and "Russia" the subject of the to-clause: the appeal to Russia;
  // the release is only asked for.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
called call VERB 0 root
on on ADP 6 mark
Russia Russia PROPN 6 nsubj
to to PART 6 mark
release release VERB 2 advcl
Indian Indian ADJ 8 amod
troops troops NOUN 6 obj)")),
            (std::set<std::string>{"CHN>RUS:025"}));
}

TEST(CoderTest, AHandedOverObjectParsedAsAnOverPhraseHostsTheTarget) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "0313 promise xcomp=hand tgt=xobj|to\n");
  // "China promised to hand over the troops to Russia", "over the troops" an obl.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
promised promise VERB 0 root
to to PART 4 mark
hand hand VERB 2 xcomp
over over ADP 7 case
the the DET 7 det
troops troops NOUN 4 obl
to to ADP 9 case
Russia Russia PROPN 7 nmod)")),
            (std::set<std::string>{"CHN>RUS:0313"}));
}

TEST(CoderTest, VictimsOfAnAttackWithNoCountryAreOfThePlaceItStruck) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "194 shell tgt=obj\n");
  // "Soldiers were killed in Indian shelling in Ukraine": India's act
  // (the shelling is the killing, not a second event), the victims Ukraine's.
  EXPECT_EQ(Keys(Code(c, R"(Soldiers soldier NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
in in ADP 6 case
Indian Indian ADJ 6 amod
tank tank NOUN 3 obl
shelling shell VERB/VBG 3 advcl
in in ADP 9 case
Ukraine Ukraine PROPN 7 obl)")),
            (std::set<std::string>{"IND>UKRMIL:190"}));
  // Not the attacker's own country: "in Chinese shelling in China" leaves them unknown.
  EXPECT_EQ(Keys(Code(c, R"(Soldiers soldier NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
in in ADP 6 case
Chinese Chinese ADJ 6 amod
shelling shelling NOUN 3 obl
in in ADP 8 case
China China PROPN 6 nmod)")),
            (std::set<std::string>{"CHN>---MIL:190"}));
}

TEST(CoderTest, TheRepairedParseIsKeptForDatingAndPlacing) {
  Coder c = MakeCoderWith(kClauseVerbs);
  Sentence s = ParsedSentence(R"(Soldiers soldier NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
in in ADP 6 case
Indian Indian ADJ 6 amod
tank tank NOUN 3 obl
shelling shell VERB/VBG 3 advcl)");
  ArticleContext ctx;
  c.CodeSentence(s, 0, Date{2022, 11, 26}, &ctx, nullptr);
  const Sentence& parsed = ctx.ParseOf(s);
  ASSERT_NE(&parsed, &s);
  EXPECT_EQ(parsed.tokens[6].head, 2);
  EXPECT_EQ(parsed.tokens[6].deprel, "obl");
  EXPECT_EQ(parsed.tokens[5].deprel, "compound");
  // A sentence needing no repair is its own parse.
  Sentence plain = ParsedSentence(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Ukraine Ukraine PROPN 2 obj)");
  c.CodeSentence(plain, 1, Date{2022, 11, 26}, &ctx, nullptr);
  EXPECT_EQ(&ctx.ParseOf(plain), &plain);
}

TEST(CoderTest, ThePronounSubjectOfWhatASpeakerSaysIsTheSpeaker) {
  Coder c = MakeCoderWith(std::string(kClauseVerbs) + "010 say\n",
                          std::string(kActors) + "PSEREBHMS group Hamas\nISR country Israel\n");
  // "Hamas said it attacked Israel", after a sentence naming China: the
  // attack is Hamas's (a group, "it"), not China's.
  Sentence first = ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Ukraine Ukraine PROPN 2 obj)");
  Sentence s = ParsedSentence(R"(Hamas Hamas PROPN 2 nsubj
said say VERB/VBD 0 root
it it PRON 4 nsubj
attacked attack VERB/VBD 2 ccomp
Israel Israel PROPN 4 obj)");
  ArticleContext ctx;
  c.CodeSentence(first, 0, Date{2022, 11, 26}, &ctx, nullptr);
  std::set<std::string> got;
  for (const auto& e : c.CodeSentence(s, 1, Date{2022, 11, 26}, &ctx, nullptr))
    got.insert(e.event.source.code + ">" + (e.event.target ? e.event.target->code : "") + ":" + e.event.cameo);
  EXPECT_TRUE(got.count("PSEREBHMS>ISR:190")) << ::testing::PrintToString(got);
  EXPECT_FALSE(got.count("CHN>ISR:190")) << ::testing::PrintToString(got);
}

TEST(CoderTest, TheActorOfAQuantityIsTheCountedNoun) {
  // "China jailed dozens of soldiers outside the Indian ambassador's": the
  // soldiers, not the embassy's country.
  Coder c = MakeCoderWith("# dyad verbs\n173 jail tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
jailed jail VERB/VBD 0 root
dozens dozen NOUN 2 obj
of of ADP 5 case
soldiers soldier NOUN 3 nmod
outside outside ADP 8 case
the the DET 8 det
Indian Indian ADJ 9 amod
ambassador ambassador NOUN 3 nmod)")),
            (std::set<std::string>{"CHN>---MIL:173"}));
}

TEST(CoderTest, AThreatsOwnConditionNamesItsTarget) {
  // "China threatened to retaliate if attacked by Russia": against Russia.
  Coder c = MakeCoderWith("# dyad verbs\n138 threaten xcomp=*\n190 attack tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
threatened threaten VERB/VBD 0 root
to to PART 4 mark
retaliate retaliate VERB/VB 2 xcomp
if if SCONJ 6 mark
attacked attack VERB/VBN 4 advcl
by by ADP 8 case
Russia Russia PROPN 6 obl:agent)")),
            (std::set<std::string>{"CHN>RUS:138"}));
}

TEST(CoderTest, WhatIsWarnedAgainstIsNotDone) {
  // "Russia warned China against attacking Ukraine": a warning, no attack.
  Coder c = MakeCoderWith("# dyad verbs\n130 warn tgt=obj\n190 attack tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
warned warn VERB/VBD 0 root
China China PROPN 2 obj
against against SCONJ 5 mark
attacking attack VERB/VBG 2 advcl
Ukraine Ukraine PROPN 5 obj)")),
            (std::set<std::string>{"RUS>CHN:130"}));
}

TEST(CoderTest, AThreatOnAConditionIsStillMade) {
  // "China warned of countermeasures if Russia attacked Ukraine".
  Coder c = MakeCoderWith("# dyad verbs\n130 warn pp=of tgt=obj\n190 attack tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
warned warn VERB/VBD 0 root
of of ADP 4 case
countermeasures countermeasure NOUN 2 obl
if if SCONJ 7 mark
Russia Russia PROPN 7 nsubj
attacked attack VERB/VBD 2 advcl
Ukraine Ukraine PROPN 7 obj)")),
            (std::set<std::string>{"CHN>RUS:130"}));
}

TEST(CoderTest, OnesOwnStateOrgansAreOneselfButNotItsOtherActors) {
  Coder c = MakeCoderWith("# dyad verbs\n173 jail tgt=obj\n");
  // "China jailed its media": a dyad with China's media.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
jailed jail VERB/VBD 0 root
its its PRON 4 nmod:poss
media media NOUN 2 obj)")),
            (std::set<std::string>{"CHN>CHNMED:173"}));
  // "China jailed its soldiers": its own troops are itself.
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
jailed jail VERB/VBD 0 root
its its PRON 4 nmod:poss
soldiers soldier NOUN 2 obj)")),
            (std::set<std::string>{"CHN>:173"}));
}

TEST(CoderTest, AShortFormOfAPersonNamedBeforeInTheArticleIsThatPerson) {
  Coder c = MakeCoderWith(kClauseVerbs, std::string(kActors) + "USAGOV person Ana Maria Lopez\n");
  Sentence first = ParsedSentence(R"(Kim Kim PROPN 4 nsubj
Jong Jong PROPN 1 flat
Un Un PROPN 1 flat
attacked attack VERB/VBD 0 root
Ukraine Ukraine PROPN 4 obj)");
  Sentence second = ParsedSentence(R"(Ana Ana PROPN 4 nsubj
Maria Maria PROPN 1 flat
Lopez Lopez PROPN 1 flat
met meet VERB/VBD 0 root
China China PROPN 4 obj)");
  // "Kim attacked Russia. Lopez met Russia.": the family name, first in a
  // Korean name and last in a Spanish one.
  Sentence third = ParsedSentence(R"(Kim Kim PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Russia Russia PROPN 2 obj)");
  Sentence fourth = ParsedSentence(R"(Lopez Lopez PROPN 2 nsubj
met meet VERB/VBD 0 root
Russia Russia PROPN 2 obj)");
  ArticleContext ctx;
  c.CodeSentence(first, 0, Date{2022, 11, 26}, &ctx, nullptr);
  c.CodeSentence(second, 1, Date{2022, 11, 26}, &ctx, nullptr);
  auto e3 = c.CodeSentence(third, 2, Date{2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(e3.size(), 1u);
  EXPECT_EQ(e3[0].event.source.code, "PRKGOV");
  auto e4 = c.CodeSentence(fourth, 3, Date{2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(e4.size(), 1u);
  EXPECT_EQ(e4[0].event.source.code, "USAGOV");
  // Not in another article.
  ArticleContext fresh;
  EXPECT_TRUE(c.CodeSentence(third, 0, Date{2022, 11, 26}, &fresh, nullptr).empty());
}

// "South Korean President Lee Jae-myung ... Lee asked": a hyphenated given
// name is one word of the name, and a role tagged as a name is none of it.
TEST(CoderTest, AShortFormSkipsTheRoleAndKeepsAHyphenatedGivenName) {
  Coder c = MakeCoderWith(kClauseVerbs, std::string(kActors) + "KOR adj South Korean\nKORGOV person Lee Jae-myung\n");
  Sentence first = ParsedSentence(R"(South South PROPN 2 compound
Korean Korean PROPN 3 compound
President President PROPN 4 compound
Lee Lee PROPN 8 nsubj
Jae Jae PROPN 4 flat SpaceAfter=No
- - PUNCT 7 punct SpaceAfter=No
myung myung NOUN 4 flat
attacked attack VERB/VBD 0 root
Ukraine Ukraine PROPN 8 obj)");
  Sentence second = ParsedSentence(R"(Lee Lee PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Russia Russia PROPN 2 obj)");
  ArticleContext ctx;
  auto e1 = c.CodeSentence(first, 0, Date{2026, 1, 4}, &ctx, nullptr);
  ASSERT_EQ(e1.size(), 1u);
  EXPECT_EQ(e1[0].event.source.code, "KORGOV");
  auto e2 = c.CodeSentence(second, 1, Date{2026, 1, 4}, &ctx, nullptr);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e2[0].event.source.code, "KORGOV");
}

TEST(CoderTest, AnActNamedWithAnEarlierYearIsBackground) {
  Coder c = MakeCoderWith(kVerbs);
  // "Talks since Russia's 2014 invasion" in 2022: the invasion is history;
  // in 2014 it is news.
  const char* rows = R"(Talks talk NOUN 0 root
since since ADP 6 case
Russia Russia PROPN 6 nmod:poss
's 's PART 3 case
2014 2014 NUM 6 nummod
invasion invasion NOUN 1 nmod)";
  EXPECT_EQ(Keys(Code(c, rows, Date{2022, 11, 26})), (std::set<std::string>{}));
  EXPECT_EQ(Keys(Code(c, rows, Date{2014, 3, 2})), (std::set<std::string>{"RUS>:192"}));
}

TEST(CoderTest, AnObjectPronounIsNotItsClausesSubject) {
  // "Xi Jinping wrote to Kim Jong Un asking him to cooperate": Xi asks Kim
  // (the subject Xi, found first, is not "him").
  Coder c = MakeCoderWith("# dyad verbs\n010 write tgt=to\n020 ask xcomp=cooperate tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(Xi Xi PROPN 3 nsubj
Jinping Jinping PROPN 1 flat
wrote write VERB/VBD 0 root
to to ADP 5 case
Kim Kim PROPN 3 obl
Jong Jong PROPN 5 flat
Un Un PROPN 5 flat
asking ask VERB/VBG 3 advcl
him he PRON 8 obj
to to PART 11 mark
cooperate cooperate VERB/VB 8 xcomp)")),
            (std::set<std::string>{"CHNGOV>PRKGOV:020"}));  // (the bare 010 gives way)
}

TEST(CoderTest, AClauseAWeekBeforeIsStillNews) {
  Coder c = MakeCoder();
  // "China visited Russia a week after Ukraine attacked Russia": both are
  // news (the attack dated by its own expression); "two weeks after" is background.
  auto rows = [](const std::string& count) {
    return std::string(R"(China China PROPN 2 nsubj
visited visit VERB 0 root
Russia Russia PROPN 2 obj
)") + count + R"( )" + count + R"( DET 5 det
weeks week NOUN 8 obl:npmod
after after SCONJ 8 mark
Ukraine Ukraine PROPN 8 nsubj
attacked attack VERB 2 advcl
Russia Russia PROPN 8 obj)";
  };
  EXPECT_EQ(Keys(Code(c, rows("a"))), (std::set<std::string>{"CHN>RUS:042", "UKR>RUS:190"}));
  EXPECT_EQ(Keys(Code(c, rows("two"))), (std::set<std::string>{"CHN>RUS:042"}));
}

TEST(CoderTest, AGerundTopicIsNotDone) {
  // "China held talks with Russia about attacking Ukraine": the talks only.
  Coder c = MakeCoderWith("# dyad verbs\n040 hold obj=talk tgt=with\n190 attack tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(China China PROPN 2 nsubj
held hold VERB/VBD 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Russia Russia PROPN 2 obl
about about SCONJ 7 mark
attacking attack VERB/VBG 2 advcl
Ukraine Ukraine PROPN 7 obj)")),
            (std::set<std::string>{"CHN>RUS:040"}));
}

TEST(CoderTest, AnAttackNounUnknownToTheDictionaryStillHasAMaker) {
  // An imported dictionary may have no noun patterns: "killed in an air
  // strike by government troops" is still the troops' act.
  Coder c = MakeCoderWith("# dyad verbs\n190 kill tgt=obj\n");
  EXPECT_EQ(Keys(Code(c, R"(Soldiers soldier NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
in in ADP 6 case
an a DET 6 det
strike strike NOUN 3 obl
by by ADP 9 case
Indian Indian ADJ 9 amod
troops troops NOUN 6 nmod)")),
            (std::set<std::string>{"INDMIL>---MIL:190"}));
}

TEST(CoderTest, AConsequenceClauseRepeatsItsVerbsAct) {
  // "Russia attacked Ukraine, killing eight soldiers": one attack, on Ukraine.
  Coder c = MakeCoderWith(kClauseVerbs);
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Ukraine Ukraine PROPN 2 obj
, , PUNCT 5 punct
killing kill VERB/VBG 2 advcl
eight eight NUM 7 nummod
soldiers soldier NOUN 5 obj)")),
            (std::set<std::string>{"RUS>UKR:190"}));
  // Victims with a country are an actor of their own.
  EXPECT_EQ(Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Kyiv Kyiv PROPN 2 obj
, , PUNCT 5 punct
killing kill VERB/VBG 2 advcl
Indian Indian ADJ 7 amod
troops troops NOUN 5 obj)")),
            (std::set<std::string>{"RUS>UKR:190", "RUS>INDMIL:190"}));
}

Event PlacedEvent(const std::string& cameo, const std::string& source, const std::string& target,
                  const std::string& place) {
  Event e;
  e.cameo = cameo;
  e.source.code = source;
  if (!target.empty()) {
    e.target.emplace();
    e.target->code = target;
  }
  e.one_sided = target.empty();
  e.location.emplace();
  e.location->country = place;
  e.location->from = "clause";
  return e;
}

TEST(CoderTest, PlaceConventionsForProtestsAndMeetings) {
  // "Thousands protested in Caracas": against the government.
  Event e = PlacedEvent("141", "VENCVL", "VEN", "VEN");
  ApplyPlaceConventions(&e);
  ASSERT_TRUE(e.target);
  EXPECT_EQ(e.target->code, "VENGOV");
  // With no target at all, too.
  e = PlacedEvent("145", "FRAOPP", "", "FRA");
  ApplyPlaceConventions(&e);
  ASSERT_TRUE(e.target);
  EXPECT_EQ(e.target->code, "FRAGOV");
  EXPECT_FALSE(e.one_sided);
  // Protest against someone else, or abroad: unchanged.
  e = PlacedEvent("141", "UKROPP", "RUS", "UKR");
  ApplyPlaceConventions(&e);
  EXPECT_EQ(e.target->code, "RUS");
  e = PlacedEvent("141", "JPNOPP", "", "KOR");
  ApplyPlaceConventions(&e);
  EXPECT_FALSE(e.target);
  // Not placed: a non-state protester's own government.
  e = PlacedEvent("141", "RWALEG", "", "");
  e.location.reset();
  ApplyPlaceConventions(&e);
  ASSERT_TRUE(e.target);
  EXPECT_EQ(e.target->code, "RWAGOV");
  // A government that protests makes a complaint: no target added.
  e = PlacedEvent("141", "RUSGOV", "", "RUS");
  ApplyPlaceConventions(&e);
  EXPECT_FALSE(e.target);
  // A meeting in a third country is 044; at home, still 040.
  e = PlacedEvent("040", "USAGOV", "RUSGOV", "CHE");
  ApplyPlaceConventions(&e);
  EXPECT_EQ(e.cameo, "044");
  e = PlacedEvent("040", "USAGOV", "RUSGOV", "RUS");
  ApplyPlaceConventions(&e);
  EXPECT_EQ(e.cameo, "040");
  // A place from the dateline says nothing of where they met.
  e = PlacedEvent("040", "USAGOV", "RUSGOV", "CHE");
  e.location->from = "dateline";
  ApplyPlaceConventions(&e);
  EXPECT_EQ(e.cameo, "040");
}

TEST(CoderTest, NewActorLengthCodesAnUnknownPhraseByItsText) {
  // PETRARCH's new_actor_length (a <Config> of its record files): a source
  // or target phrase of at most N words that no dictionary knows is coded
  // as its upper-case text in quotes (UnitTest ACTOR-01..04, DEMO-22).
  Coder coder = MakeCoderWith("# dyad verbs\n032 leave tgt=for\n190 attack tgt=obj\n");
  auto code = [&](const char* rows, int length) {
    Sentence s = ParsedSentence(rows);
    ArticleContext ctx;
    ctx.new_actor_length = length;
    std::set<std::tuple<std::string, std::string, std::string>> out;
    for (const auto& e : coder.CodeSentence(s, 0, {1995, 1, 3}, &ctx, nullptr))
      out.insert({e.event.source.code, e.event.target ? e.event.target->code : "", e.event.cameo});
    return out;
  };
  const char* left = R"(Gryffindor Gryffindor PROPN/NNP 5 nmod:poss
's 's PART/POS 1 case
head head NOUN 5 compound
Minerva Minerva PROPN 5 compound
McGonagall McGonagall PROPN 6 nsubj
left leave VERB 0 root
for for ADP 9 case
the the DET 9 det
Ministry Ministry PROPN 6 obl
of of ADP 11 case
Magic Magic PROPN 9 nmod)";
  using T = std::tuple<std::string, std::string, std::string>;
  EXPECT_EQ(code(left, 4),
            (std::set<T>{{"\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "\"THE MINISTRY OF MAGIC\"", "032"}}));
  EXPECT_TRUE(code(left, 3).empty());  // both phrases have four words
  EXPECT_TRUE(code(left, 0).empty());  // off: dictionary actors only
  // A conjunct no dictionary knows beside one it does.
  const char* toll = R"(China China PROPN 3 nmod:poss
's 's PART/POS 1 case
death death NOUN 7 nsubj
and and CCONJ 6 cc
injury injury NOUN 6 compound
toll toll NOUN 3 conj
attacked attack VERB 0 root
Russia Russia PROPN 7 obj)";
  EXPECT_EQ(code(toll, 4), (std::set<T>{{"CHN", "RUS", "190"}, {"\"INJURY TOLL\"", "RUS", "190"}}));
  EXPECT_EQ(code(toll, 0), (std::set<T>{{"CHN", "RUS", "190"}}));
}

TEST(CoderTest, AVerbFormWithAWrongEsEndingCodesNothing) {
  // "departes" is no form of "depart" (UnitTest VERB-21); "watches",
  // "goes" and "departs" are forms of their verbs.
  Coder coder = MakeCoderWith("# dyad verbs\n032 depart tgt=from\n032 watch tgt=obj\n");
  auto rows = [](const char* form, const char* lemma, const char* prep) {
    return std::string("China China PROPN 2 nsubj\n") + form + " " + lemma + " VERB 0 root\n" +
           (*prep ? std::string(prep) + " " + prep + " ADP 4 case\nRussia Russia PROPN 2 obl" : "Russia Russia PROPN 2 obj");
  };
  EXPECT_TRUE(Code(coder, rows("departes", "depart", "from")).empty());
  EXPECT_EQ(Code(coder, rows("departs", "depart", "from")).size(), 1u);
  EXPECT_EQ(Code(coder, rows("watches", "watch", "")).size(), 1u);
}

TEST(CoderTest, AnIngClauseOfTimeHasNoSourceOfItsOwn) {
  // "Arnor celebrated with Gondor after leaving Eriador" (UnitTest
  // PATTERN-24): the clause of time is background, not an act of Arnor's.
  Coder coder = MakeCoder();
  auto after = Code(coder, R"(China China PROPN 2 nsubj
met meet VERB 0 root
Russia Russia PROPN 2 obj
after after SCONJ 5 mark
visiting visit VERB/VBG 2 advcl
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].code, "043");
  // A bare participle is still the subject's act: "..., visiting Ukraine".
  auto bare = Code(coder, R"(China China PROPN 2 nsubj
met meet VERB 0 root
Russia Russia PROPN 2 obj
, , PUNCT 5 punct
visiting visit VERB/VBG 2 advcl
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(bare.size(), 2u);
  EXPECT_EQ(bare[1].source + ">" + bare[1].target + ":" + bare[1].code, "CHN>UKR:042");
}

TEST(CoderTest, AnObjectThatGaveTheSourceThroughItsModifiersIsNoTarget) {
  // PETRARCH's "- + * MONEY $" under RECEIVE: "Russia received money from
  // China" is China -> Russia; "money" holds China only through "from".
  Coder coder = MakeCoderWith("# dyad verbs\n071 receive obj=money tgt=obj|subj|from src=obj|from objtgt=yes\n");
  auto ev = Code(coder, R"(Russia Russia PROPN 2 nsubj
received receive VERB 0 root
money money NOUN 2 obj
from from ADP 5 case
China China PROPN 3 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "RUS");
}

// An imported pattern's object may be any word of the object's phrase, but
// one that names only a modifier ("&MILITARY" in "military aid") loses to
// one that names the noun ("AID").
TEST(CoderTest, AnImportedPatternNamingTheObjectsNounBeatsOneNamingAModifier) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadForeignDictionaryText("&MILITARY\n+MILITARY\n+TROOPS\n\n####### VERB PATTERNS #######\n"
                                        "--- SEND [---] ---\nSEND {SENDS SENT SENDING}\n"
                                        "- * &MILITARY [154]\n- * AID [070]\n",
                                        "CAMEO.txt", &d, &k, &err))
      << err;
  Coder c(std::move(d));
  const char* kSent = R"(China China PROPN 2 nsubj
sent send VERB 0 root
military military ADJ 4 amod
aid aid NOUN 2 obj
to to ADP 6 case
Russia Russia PROPN 4 nmod)";
  auto ev = Code(c, kSent);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "070");
  EXPECT_EQ(ev[0].target, "RUS");
  ev = Code(c, R"(China China PROPN 2 nsubj
sent send VERB 0 root
military military NOUN 2 obj
to to ADP 5 case
Russia Russia PROPN 2 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "154");
}

// Victims of force with no country take the place where it struck; an
// imported territory named by that phrase keeps its own code ("the Gaza
// Strip" [PSEGZA] -> PSEGZACVL).
TEST(CoderTest, VictimsStruckInAnImportedTerritoryTakeItsCode) {
  Coder c = MakeForeignCoder({{"actors.txt", "GAZA_STRIP [PSEGZA]\nISRAELI [ISR]\n"},
                               {"agents.txt", "CHILDREN [~CVL]\n"},
                               {"CAMEO.txt", "####### VERB PATTERNS #######\n--- KILL [190] ---\nKILL\n"}},
                              /*own_actors=*/true);
  auto ev = Code(c, R"(Israeli Israeli ADJ 2 amod
shelling shelling NOUN 3 nsubj
killed kill VERB 0 root
children child NOUN 3 obj
in in ADP 8 case
the the DET 8 det
Gaza Gaza PROPN 8 compound
Strip Strip PROPN 3 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "ISR");
  EXPECT_EQ(ev[0].target, "PSEGZACVL");
}

// A short word in title case is no acronym of a dictionary written in
// capitals: "Kim Jong Un condemned China" holds no UN.
TEST(CoderTest, ATitleCaseWordIsNoAcronymOfACapitalsDictionary) {
  Coder c = MakeForeignCoder({{"actors.txt", "UN [IGOUNO]\nCHINA [CHN]\n"},
                               {"CAMEO.txt", "####### VERB PATTERNS #######\n--- CONDEMN [111] ---\nCONDEMN\n"}});
  auto ev = Code(c, R"(Kim Kim PROPN 4 nsubj
Jong Jong PROPN 1 flat
Un Un PROPN 1 flat
condemned condemn VERB 0 root
China China PROPN 4 obj)");
  EXPECT_TRUE(ev.empty() || ev[0].source != "IGOUNO");
  ev = Code(c, R"(UN UN PROPN 2 nsubj
condemned condemn VERB 0 root
China China PROPN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "IGOUNO");
  // Nor is a country's name a person's family name: "UN rights chief Volker
  // China" (as "Volker Turk") is the UN, not China.
  ev = Code(c, R"(UN UN PROPN 3 compound
rights right NOUN 3 compound
chief chief NOUN 4 nmod:desc
Volker Volker PROPN 6 nsubj
China China PROPN 4 flat
condemned condemn VERB 0 root
killings killing NOUN 6 obj)");
  for (const auto& e : ev) EXPECT_NE(e.source, "CHN");
}

// Where an accord is signed is no party, whatever the dictionary calls the
// place (Phoenix lists Doha under Qatar): "Congo and the rebels signed an
// agreement in Doha" is between the two signers.
TEST(CoderTest, WhereAnAccordIsSignedIsNoParty) {
  Coder c = MakeForeignCoder(
      {{"actors.txt", "QATAR [QAT]\n+DOHA\nTURKEY [TUR]\n+ISTANBUL\nCONGO [COD]\nRWANDA [RWA]\nUS [USA]\n"},
       {"CAMEO.txt", "&TREATY\n+AGREEMENT\n+ACCORD\n\n####### VERB PATTERNS #######\n"
                     "--- SIGN [---] ---\nSIGN\n- * &TREATY (IN ^) (WITH) [057:057]\n- * &TREATY [057:057]\n"
                     "--- MEET [040] ---\nMEET {MET}\n- * (IN ^) (FOR TALKS) [036:036]\n"}});
  auto ev = Code(c, R"(Congo Congo PROPN 4 nsubj
and and CCONJ 3 cc
Rwanda Rwanda PROPN 1 conj
signed sign VERB 0 root
an a DET 6 det
agreement agreement NOUN 4 obj
in in ADP 8 case
Doha Doha PROPN 6 nmod)");
  std::set<std::string> pairs;
  for (const auto& e : ev) pairs.insert(e.source + ">" + e.target + " " + e.code);
  EXPECT_EQ(pairs, (std::set<std::string>{"COD>RWA 057", "RWA>COD 057"}));
  // Nor is the broker: "signed a US-brokered agreement".
  ev = Code(c, R"(Congo Congo PROPN 4 nsubj
and and CCONJ 3 cc
Rwanda Rwanda PROPN 1 conj
signed sign VERB 0 root
a a DET 9 det
US US PROPN 8 obl:unmarked
- - PUNCT 6 punct
brokered broker VERB/VBN 9 amod
agreement agreement NOUN 4 obj)");
  pairs.clear();
  for (const auto& e : ev) pairs.insert(e.source + ">" + e.target + " " + e.code);
  EXPECT_EQ(pairs, (std::set<std::string>{"COD>RWA 057", "RWA>COD 057"}));
  // Nor where two meet, when a pattern's phrase names the place: "Congo and
  // Rwanda met in Istanbul for talks". (With no pattern, PETRARCH's first
  // actor after the verb stays the place: GSR TEST_11.)
  ev = Code(c, R"(Congo Congo PROPN 4 nsubj
and and CCONJ 3 cc
Rwanda Rwanda PROPN 1 conj
met meet VERB/VBD 0 root
in in ADP 6 case
Istanbul Istanbul PROPN 4 obl
for for ADP 8 case
talks talk NOUN 4 obl)");
  pairs.clear();
  for (const auto& e : ev) pairs.insert(e.source + ">" + e.target + " " + e.code);
  EXPECT_EQ(pairs, (std::set<std::string>{"COD>RWA 036", "RWA>COD 036"}));
}

// A word of an imported pattern stands in the verb's phrase (or that of the
// verb it completes): "air" of "launched an air strike" is no word of
// "expanding its campaign" for "- * {AIR CAMPAIGN}".
TEST(CoderTest, AnImportedPatternsWordsStandInTheVerbsPhrase) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadForeignDictionaryText("####### VERB PATTERNS #######\n"
                                        "--- BOOST [060] ---\nEXPAND\n- * {AIR CAMPAIGN} [154]\n",
                                        "CAMEO.txt", &d, &k, &err))
      << err;
  Coder c(std::move(d));
  // China launched an air strike, expanding its campaign against Russia.
  const char* kElsewhere = R"(China China PROPN 2 nsubj
launched launch VERB 0 root
an a DET 5 det
air air NOUN 5 compound
strike strike NOUN 2 obj
, , PUNCT 7 punct
expanding expand VERB 2 advcl
its its PRON 9 nmod:poss
campaign campaign NOUN 7 obj
against against ADP 11 case
Russia Russia PROPN 9 nmod)";
  auto ev = Code(c, kElsewhere);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "060");
  ev = Code(c, R"(China China PROPN 2 nsubj
expanded expand VERB 0 root
its its PRON 5 nmod:poss
air air NOUN 5 compound
campaign campaign NOUN 2 obj
against against ADP 7 case
Russia Russia PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "154");
}

// CAMEO 145 codes "protests that turn violent": property destroyed by
// protesters is a riot, whatever verb pattern named the destruction.
TEST(CoderTest, ProtestersWhoDestroyPropertyRiot) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(std::string(kAgents) + "OPP agent protester\n", "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(std::string(kVerbs) + "1712 demolish tgt=obj\n", "verbs.txt", &d, &k, &err)) << err;
  Coder c(std::move(d));
  auto ev = Code(c, R"(The the DET 3 det
Russian Russian ADJ 3 amod
building building NOUN 5 nsubj:pass
was be AUX 5 aux:pass
demolished demolish VERB 0 root
by by ADP 8 case
a a DET 8 det
Chinese Chinese ADJ 8 amod
protester protester NOUN 5 obl:agent)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "145");
  EXPECT_EQ(ev[0].source, "CHNOPP");
  // The same act by troops stays the destruction of property.
  ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
demolished demolish VERB 0 root
the the DET 6 det
Russian Russian ADJ 6 amod
building building NOUN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "1712");
}

// "blown up by a missile believed to be fired by rebels": the thing that
// did it was its own participle's agent's tool, and names the kind of
// force (CAMEO 194: rockets and missiles).
TEST(CoderTest, AToolsAgentDidItAndTheToolNamesTheForce) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "190 blow prt=up tgt=obj\n");
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
ship ship NOUN 4 nsubj:pass
was be AUX 4 aux:pass
blown blow VERB/VBN 0 root
up up ADP 4 compound:prt
by by ADP 7 case
missile missile NOUN 4 obl:agent
believed believe VERB/VBN 4 xcomp
to to PART 11 mark
be be AUX 11 aux:pass
fired fire VERB/VBN 8 xcomp
by by ADP 14 case
North north ADJ 14 amod
Korean Korean ADJ 14 amod
troops troops NOUN 11 obl:agent)");
  bool found = false;
  for (const Got& g : ev)
    if (g.source == "PRKMIL" && g.target == "CHN") {
      found = true;
      EXPECT_EQ(g.code, "194");
    }
  EXPECT_TRUE(found);
}

// An imported dictionary's transformations: the act of the clause a
// pattern took in, seen through the governing verb.
TEST(CoderTest, ImportedTransformationsRecodeAClausesAct) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadForeignDictionaryText("####### VERB PATTERNS #######\n"
                                        "--- EXPLAIN_VERBAL [010] ---\nSAY {SAYS SAID SAYING}\n- * ATTACK [190]\n"
                                        "--- DEMAND [100] ---\nWANT [030]\n- * ATTACK [138]\n"
                                        "--- PHYSICAL_CONFLICT [190] ---\nATTACK\n"
                                        "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n"
                                        "~ a (b . ATTACK ) WANT = a b 021\n",
                                        "CAMEO.txt", &d, &k, &err))
      << err;
  Coder c(std::move(d));
  // "China wants Russia to attack Ukraine": an appeal to Russia (021), not a threat.
  auto ev = Code(c, R"(China China PROPN 2 nsubj
wants want VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
attack attack VERB 2 xcomp
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");
  EXPECT_EQ(ev[0].target, "RUS");
  EXPECT_EQ(ev[0].code, "021");
  // "China said it will attack Ukraine": the speaker's own act, 015.
  ev = Code(c, R"(China China PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
will will AUX 5 aux
attack attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj)");
  bool claim = false;
  for (const Got& g : ev) claim |= g.source == "CHN" && g.target == "UKR" && g.code == "015";
  EXPECT_TRUE(claim);
}

// A document with no author of its own speaks for the one its participle
// names, or the country it was released in; with an imported dictionary an
// allegation is of its content clause's subject.
TEST(CoderTest, ADocumentSpeaksForWhoReleasedItAndAlleges) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(kActors, "actors.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(kAgents, "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadForeignDictionaryText("####### VERB PATTERNS #######\n--- ALLEGE [110] ---\nALLEGE\n",
                                        "CAMEO.txt", &d, &k, &err))
      << err;
  Coder c(std::move(d));
  auto ev = Code(c, R"(A a DET 2 det
report report NOUN 6 nsubj
released release VERB/VBN 2 acl
in in ADP 5 case
Beijing Beijing PROPN 3 obl
alleged allege VERB 0 root
that that SCONJ 10 mark
Russia Russia PROPN 10 nsubj
was be AUX 10 cop
aware aware ADJ 6 ccomp)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHN");  // (a capital as a place is its country)
  EXPECT_EQ(ev[0].target, "RUS");
  EXPECT_EQ(ev[0].code, "110");
  ev = Code(c, R"(A a DET 2 det
report report NOUN 7 nsubj
released release VERB/VBN 2 acl
by by ADP 6 case
the the DET 6 det
UN UN PROPN 3 obl:agent
alleged allege VERB 0 root
that that SCONJ 11 mark
Russia Russia PROPN 11 nsubj
was be AUX 11 cop
aware aware ADJ 7 ccomp)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "IGOUNO");
}

// "will" in what another says: a country's future act foretold by someone
// else has not happened; announced by its own organ, it is a threat.
TEST(CoderTest, AForetoldActIsNoEventAndAnAnnouncedOneAThreat) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Xi Xi PROPN 2 nsubj
said say VERB 0 root
Russia Russia PROPN 5 nsubj
will will AUX 5 aux
attack attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj)");
  for (const Got& g : ev) EXPECT_NE(g.code, "190") << g.source << " " << g.target;
  ev = Code(c, R"(The the DET 2 det
government government NOUN 3 nsubj
said say VERB 0 root
China China PROPN 6 nsubj
will will AUX 6 aux
attack attack VERB 3 ccomp
Ukraine Ukraine PROPN 6 obj)");
  bool threat = false;
  for (const Got& g : ev) {
    EXPECT_NE(g.code, "190");
    threat |= g.source == "CHN" && g.target == "UKR" && g.code.rfind("13", 0) == 0;
  }
  EXPECT_TRUE(threat);
}

// Armed forces named without a country that strike the side the article's
// latest attack struck are that attacker's.
TEST(CoderTest, UnnamedForcesStrikingTheSameSideAreTheAttackers) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(Troops troops NOUN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                              1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.source.code, "CHNMIL");
  // Not when they strike someone else.
  coded = c.CodeSentence(ParsedSentence(R"(Troops troops NOUN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj)"),
                         2, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.source.code, "---MIL");
}

// "the strikes killed 26 civilians": an attack named without its maker is
// the article's latest attacker's; a side that condemns "the strikes" after
// striking back condemns the other side's.
TEST(CoderTest, TheStrikesAreTheLatestAttackersAndNotTheReactingSides) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "1123 condemn obj=strike tgt=obj\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
strikes strike NOUN 3 nsubj
killed kill VERB 0 root
Russian Russian ADJ 5 amod
troops troops NOUN 3 obj)"),
                              1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.source.code, "CHN");
  EXPECT_EQ(coded[0].event.source.span.begin, 1);  // the attack's own word
  // Russia strikes back; then condemns "the strikes": China's.
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
China China PROPN 2 obj)"),
                 2, {2022, 11, 26}, &ctx, nullptr);
  coded = c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
strikes strike NOUN 2 obj)"),
                         3, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "CHN");
}

// "rejected the accusation" answers the article's latest accuser; "demanded
// his release" is aimed at its latest detainer; an arrest in the passive that
// a government reports is the government's.
TEST(CoderTest, AnswersToAnAccusationOrADetentionAreAimedAtTheirMakers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n1053 demand obj=release\n016 reject obj=accusation\n",
                          std::string(kActors) + "RUSOPP group Yabloko\n");
  ArticleContext ctx;
  auto coded = c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
accused accuse VERB 0 root
China China PROPN 2 obj)"),
                              1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  coded = c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
accusation accusation NOUN 2 obj)"),
                         2, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "RUS");
  // An arrest by Russia, then a demand for the release.
  c.CodeSentence(ParsedSentence(R"(Moscow Moscow PROPN 2 nsubj
detained detain VERB 0 root
Chinese Chinese ADJ 4 amod
troops troops NOUN 2 obj)"),
                 3, {2022, 11, 26}, &ctx, nullptr);
  coded = c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
their their PRON 4 nmod:poss
release release NOUN 2 obj)"),
                         4, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "RUSGOV");
  // A denial that names no one answers the latest accusation, from the accused side only.
  {
    Coder d = MakeCoderWith(std::string(kVerbs) + "016 deny\n");
    ArticleContext actx;
    d.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
accused accuse VERB 0 root
China China PROPN 2 obj)"),
                   0, {2022, 11, 26}, &actx, nullptr);
    auto denial = d.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
denied deny VERB 0 root
involvement involvement NOUN 2 obj)"),
                                 1, {2022, 11, 26}, &actx, nullptr);
    ASSERT_EQ(denial.size(), 1u);
    ASSERT_TRUE(denial[0].event.target);
    EXPECT_EQ(denial[0].event.target->code, "RUS");
    denial = d.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
denied deny VERB 0 root
involvement involvement NOUN 2 obj)"),
                            2, {2022, 11, 26}, &actx, nullptr);
    ASSERT_EQ(denial.size(), 1u);
    EXPECT_FALSE(denial[0].event.target);
  }
  // "... condemned the arrest": the detainer, also for a side at home.
  // (Its opposition: a country named bare never answers its own organ.)
  coded = c.CodeSentence(ParsedSentence(R"(Yabloko Yabloko PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
arrest arrest NOUN 2 obj)"),
                         5, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "RUSGOV");
}

// A passive arrest that a state organ reports is the organ's own; a killing
// it reports is not.
TEST(CoderTest, AReportedPassiveArrestIsTheReportingOrgansOwn) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n");
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 4 nsubj:pass
were be AUX 4 aux:pass
detained detain VERB 7 ccomp
, , PUNCT 7 punct
Moscow Moscow PROPN 7 nsubj
said say VERB 0 root)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUSGOV");
  EXPECT_EQ(ev[0].target, "CHNMIL");
  EXPECT_TRUE(Code(c, R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 7 ccomp
, , PUNCT 7 punct
Moscow Moscow PROPN 7 nsubj
said say VERB 0 root)").empty());
}

// "the leaders of both countries": the role of each side of the latest
// dyad; a third side acting on the pair named back leaves the pair as it was.
TEST(CoderTest, TheLeadersOfBothCountriesAreEachSidesLeaders) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "040 speak tgt=to|with\n039 mediate tgt=between\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto mediated = c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
mediated mediate VERB 0 root
between between ADP 6 case
the the DET 6 det
two two NUM 6 nummod
countries country NOUN 2 obl)"),
                                 1, {2022, 11, 26}, &ctx, nullptr);
  EXPECT_EQ(mediated.size(), 2u);
  auto coded = c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
spoke speak VERB 0 root
to to ADP 5 case
the the DET 5 det
leaders leader NOUN 2 obl
of of ADP 8 case
both both DET 8 det
countries country NOUN 5 nmod)"),
                              2, {2022, 11, 26}, &ctx, nullptr);
  std::set<std::string> targets;
  for (const auto& e : coded) targets.insert(e.event.target ? e.event.target->code : "");
  EXPECT_EQ(targets, (std::set<std::string>{"CHNGOV", "RUSGOV"}));
}

// "China agreed with Russia to resume a dialogue": the dialogue is part of
// the agreement (036), not a dialogue held (040).
TEST(CoderTest, TheObjectOfAClauseAPatternTookInIsNoEventOfItsOwn) {
  Coder c = MakeCoderWith(std::string(kVerbs) +
                          "036 agree xcomp=resume words=dialogue tgt=with\n040 noun:dialogue src=poss|between tgt=with|between\n");
  auto ev = Code(c, R"(China China PROPN 2 nsubj
agreed agree VERB 0 root
with with ADP 4 case
Russia Russia PROPN 2 obl
to to PART 6 mark
resume resume VERB 2 xcomp
a a DET 8 det
dialogue dialogue NOUN 6 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "036");
}

// What a ceasefire stops is not done; talks after which it came were held.
TEST(CoderTest, ATimePhraseOnAHaltIsAnActHeld) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "030 accept\n");
  auto ev = Code(c, R"(Ukraine Ukraine PROPN 2 nsubj
accepted accept VERB 0 root
a a DET 4 det
ceasefire ceasefire NOUN 2 obj
after after ADP 6 case
talks talk NOUN 4 nmod
between between ADP 8 case
China China PROPN 6 nmod
and and CCONJ 10 cc
Russia Russia PROPN 8 conj)");
  bool talks = false;
  for (const auto& e : ev) talks |= e.code == "043";
  EXPECT_TRUE(talks);
  ev = Code(c, R"(Ukraine Ukraine PROPN 2 nsubj
accepted accept VERB 0 root
a a DET 4 det
halt halt NOUN 2 obj
to to ADP 6 case
talks talk NOUN 4 nmod
between between ADP 8 case
China China PROPN 6 nmod
and and CCONJ 10 cc
Russia Russia PROPN 8 conj)");
  for (const auto& e : ev) EXPECT_NE(e.code, "043");
}

// "Russia recognised the Taliban ... The United States criticised the move":
// a move answered from outside the latest dyad is its maker's.
TEST(CoderTest, AMoveAnsweredFromOutsideTheDyadIsItsMakers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "054 recognise tgt=obj\n111 criticise tgt=obj\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
recognised recognise VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
condemned condemn VERB 0 root
China China PROPN 2 obj)"),
                 1, {2022, 11, 26}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 3 det
United United PROPN 3 compound
States States PROPN 4 nsubj
criticised criticise VERB 0 root
the the DET 6 det
move move NOUN 4 obj)"),
                              2, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "RUS");
}

// "Soldiers detained the president ... The African Union condemned the coup
// and demanded the release of detained officials": the coup is its
// maker's, and a demand to release people named only by their role is made
// of the detainer.
TEST(CoderTest, ACoupAndADemandToReleaseAreAnsweredByTheDetainer) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n111 condemn tgt=obj\n1053 demand obj=release tgt=of\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
detained detain VERB 0 root
Ukraine Ukraine PROPN 4 nmod:poss
president president NOUN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto condemned = c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
coup coup NOUN 2 obj)"),
                                  1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(condemned.size(), 1u);
  ASSERT_TRUE(condemned[0].event.target);
  EXPECT_EQ(condemned[0].event.target->code, "RUS");
  auto demanded = c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
the the DET 4 det
release release NOUN 2 obj
of of ADP 7 case
detained detained ADJ 7 amod
officials official NOUN 4 nmod)"),
                                 2, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(demanded.size(), 1u);
  ASSERT_TRUE(demanded[0].event.target);
  EXPECT_EQ(demanded[0].event.target->code, "RUS");
}

// "Hezbollah ... The group accused Israel", "the UN ... the organisation":
// a definite word for a kind of organisation is the latest one named.
TEST(CoderTest, TheGroupIsTheLatestGroupNamed) {
  Coder c = MakeCoderWith(kVerbs, std::string(kActors) + "LBNREBHEZ group Hezbollah\nISR country Israel\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Hezbollah Hezbollah PROPN 2 nsubj
attacked attack VERB 0 root
Israel Israel PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
group group NOUN 3 nsubj
condemned condemn VERB 0 root
Israel Israel PROPN 3 obj)"),
                              1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.source.code, "LBNREBHEZ");
  auto org = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
organisation organisation NOUN 3 nsubj
condemned condemn VERB 0 root
Israel Israel PROPN 3 obj)"),
                            2, {2022, 11, 26}, &ctx, nullptr);
  EXPECT_TRUE(org.empty());  // no organisation named yet
}

// A phrase whose noun the pattern names is one constraint more than the bare
// phrase, and what that noun is of holds the target phrase too.
TEST(CoderTest, APhraseWithItsNounNamedIsMoreSpecific) {
  Coder c = MakeCoderWith("# dyad verbs\n063 hand pp=over tgt=to\n0841 hand pp=over:remains|hostage tgt=to\n");
  auto ev = Code(c, R"(China China PROPN 2 nsubj
handed hand VERB 0 root
over over ADP 5 case
the the DET 5 det
remains remains NOUN 2 obl
of of ADP 7 case
hostages hostage NOUN 5 nmod
to to ADP 9 case
Russia Russia PROPN 7 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "0841");
  EXPECT_EQ(ev[0].target, "RUS");
}

// "China attacked Russia in retaliation for Indian strikes on its sites":
// the sites a pronoun owns in a noun's phrase are the owner's.
TEST(CoderTest, AStrikeOnItsSitesIsOnTheOwner) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj
in in ADP 5 case
retaliation retaliation NOUN 2 obl
for for ADP 8 case
Indian Indian ADJ 8 amod
strikes strike NOUN 5 nmod
on on ADP 11 case
its its PRON 11 nmod:poss
sites site NOUN 8 nmod)");
  bool indian = false;
  for (const auto& e : ev)
    if (e.source == "IND") {
      indian = true;
      EXPECT_EQ(e.target, "CHN");
    }
  EXPECT_TRUE(indian);
}

// "Hungary and Ukraine each expelled two diplomats": a lone "each" makes
// the members of a compound subject act on each other; so does a truce the
// sides broke ("both countries violated the ceasefire").
TEST(CoderTest, EachOfACompoundSubjectActsOnTheOther) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "161 expel obj=diplomat\n196 violate obj=ceasefire\n");
  auto pairs = [&](const char* conllu) { return Pairs(Code(c, conllu, {2025, 5, 9})); };
  EXPECT_EQ(pairs(R"(Russia Russia PROPN 5 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
each each DET 5 advmod
expelled expel VERB 0 root
two two NUM 7 nummod
diplomats diplomat NOUN 5 obj)"),
            (std::set<std::string>{"RUS>UKR", "UKR>RUS"}));
  EXPECT_EQ(pairs(R"(China China PROPN 5 nsubj
and and CCONJ 4 cc
United United PROPN 4 compound
States States PROPN 1 conj
violated violate VERB 0 root
the the DET 7 det
ceasefire ceasefire NOUN 5 obj)"),
            (std::set<std::string>{"CHN>USA", "USA>CHN"}));
  // (Without "each", a compound subject's expulsions are each its own.)
  EXPECT_EQ(pairs(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
expelled expel VERB 0 root
two two NUM 6 nummod
diplomats diplomat NOUN 4 obj)"),
            (std::set<std::string>{"RUS>", "UKR>"}));
}

// "Ukraine's air force said Russia had launched drones at the country": a
// bare "the country" is the latest other country the sentence named.
TEST(CoderTest, TheCountryIsTheLatestOtherCountryNamed) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "195 launch obj=drone tgt=at\n");
  const std::set<std::string> got = Pairs(Code(c, R"(Ukraine Ukraine PROPN 4 nmod:poss
's 's PART 1 case
air air NOUN 4 compound
force force NOUN 5 nsubj
said say VERB 0 root
Russia Russia PROPN 8 nsubj
had have AUX 8 aux
launched launch VERB 5 ccomp
drones drone NOUN 8 obj
at at ADP 12 case
the the DET 12 det
country country NOUN 9 nmod)", {2025, 8, 28}));
  EXPECT_TRUE(got.count("RUS>UKR")) << ::testing::PrintToString(got);
}

// "Britain pledged funding for Afghanistan": cooperation with no target is
// with the state it is for. "Iran and the IAEA signed ... following talks
// mediated by Egypt": a mediation is between the sides of the clause whose
// talks it mediated.
TEST(CoderTest, BeneficiaryAndMediatedSidesAreTargets) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "0331 pledge obj=funding\n045 mediate tgt=between\n057 sign obj=deal tgt=with\n");
  auto pairs = [&](const char* conllu) { return Keys(Code(c, conllu, {2025, 9, 2})); };
  EXPECT_EQ(pairs(R"(China China PROPN 2 nsubj
pledged pledge VERB 0 root
funding funding NOUN 2 obj
for for ADP 5 case
Ukraine Ukraine PROPN 3 nmod)"),
            (std::set<std::string>{"CHN>UKR:0331"}));
  EXPECT_EQ(pairs(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
signed sign VERB 0 root
a a DET 6 det
deal deal NOUN 4 obj
after after ADP 8 case
talks talk NOUN 4 obl
mediated mediate VERB/VBN 8 acl
by by ADP 11 case
China China PROPN 9 obl:agent)"),
            (std::set<std::string>{"RUS>UKR:057", "UKR>RUS:057", "CHN>RUS:045", "CHN>UKR:045"}));
}

// In a story of the two Koreas, "the North" and "the South" are North and
// South Korea; elsewhere they name no one.
TEST(CoderTest, TheNorthInAStoryOfTheKoreas) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "046 hold obj=talk tgt=with\n",
                          std::string(kActors) + "KOR country South Korea\n");
  const char* conllu = R"(Pyongyang Pyongyang PROPN 2 nsubj
held hold VERB 0 root
talks talk NOUN 2 obj
with with ADP 6 case
the the DET 6 det
South South PROPN 2 obl)";
  std::set<std::string> got = Pairs(Code(c, conllu, {2025, 8, 1}));
  EXPECT_TRUE(got.count("PRKGOV>KOR")) << ::testing::PrintToString(got);
  // (No Korea named: "the South" is nobody.)
  Coder plain = MakeCoderWith(std::string(kVerbs) + "046 hold obj=talk tgt=with\n");
  got = Pairs(Code(plain, R"(Moscow Moscow PROPN 2 nsubj
held hold VERB 0 root
talks talk NOUN 2 obj
with with ADP 6 case
the the DET 6 det
South South PROPN 2 obl)", {2025, 8, 1}));
  EXPECT_FALSE(got.count("RUSGOV>KOR")) << ::testing::PrintToString(got);
}

// "Russia and Ukraine met in Nairobi and both sides agreed to meet again":
// "both sides" are the two actors its own sentence coordinated before it
// (not the place's state, nor the article's latest pair, China and the US).
TEST(CoderTest, BothSidesAreTheSentencesCoordinatedPair) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
accused accuse VERB 0 root
US US PROPN 2 obj)"),
                 0, {2025, 6, 1}, &ctx, nullptr);
  const std::set<std::string> got = Pairs(CodeIn(c, &ctx, 1, R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
met meet VERB 0 root
in in ADP 6 case
Nairobi Nairobi PROPN 4 obl
and and CCONJ 10 cc
both both DET 9 det
sides side NOUN 10 nsubj
agreed agree VERB 4 conj
to to PART 12 mark
meet meet VERB 10 xcomp
again again ADV 12 advmod)", {2025, 6, 1}), "036");
  EXPECT_EQ(got, (std::set<std::string>{"RUS>UKR", "UKR>RUS"}));
}

// "Maduro said Venezuela will elect a governor, a move Georgetown has called
// illegal", parsed with the capital an oblique of "elect": the summing noun is
// the clause's apposition and the verb its relative clause, whose missing
// object is the move, made by the clause's subject.
TEST(CoderTest, AMoveTheCapitalCalledIllegal) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "111 call xcomp=illegal tgt=obj\n");
  const std::set<std::string> got = Keys(Code(c, R"(Russia Russia PROPN 2 nsubj
said say VERB/VBD 0 root
Ukraine Ukraine PROPN 5 nsubj
will will AUX/MD 5 aux
elect elect VERB/VB 2 ccomp
a a DET 7 det
governor governor NOUN 5 obj
, , PUNCT 10 punct
a a DET 10 det
move move NOUN 11 nmod:desc
Moscow Moscow PROPN 5 obl:unmarked
has have AUX/VBZ 13 aux
called call VERB/VBN 5 advcl
illegal illegal ADJ 13 xcomp)", {2025, 4, 1}));
  EXPECT_TRUE(got.count("RUSGOV>UKR:111")) << ::testing::PrintToString(got);
}

// "Lin Jian dismissed Hanoi's demand": a demand with no target of its own
// was made to whoever answers it, another state.
TEST(CoderTest, ADemandIsMadeToWhoeverAnswersIt) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "120 dismiss tgt=obj\n100 noun:demand src=poss tgt=of|on\n");
  const std::set<std::string> got = Keys(Code(c, R"(Beijing Beijing PROPN 2 nsubj
dismissed dismiss VERB/VBD 0 root
Kyiv Kyiv PROPN 5 nmod:poss
's 's PART 3 case
demand demand NOUN 2 obj)", {2025, 4, 1}));
  EXPECT_TRUE(got.count("CHNGOV>UKRGOV:120")) << ::testing::PrintToString(got);
  EXPECT_TRUE(got.count("UKRGOV>CHNGOV:100")) << ::testing::PrintToString(got);
}

// "tariffs were imposed by Trump over New Delhi's purchases": sanctions with
// no target are on the state whose conduct they answer.
TEST(CoderTest, SanctionsOverAStatesConductAreOnIt) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  std::set<std::string> got = Keys(CodeIn(c, &ctx, 0, R"(US US PROPN 2 nsubj
imposed impose VERB/VBD 0 root
sanctions sanction NOUN 2 obj
over over ADP 7 case
Moscow Moscow PROPN 7 nmod:poss
's 's PART 5 case
purchases purchase NOUN 2 obl)", {2025, 8, 27}));
  EXPECT_TRUE(got.count("USA>RUSGOV:163")) << ::testing::PrintToString(got);
  // "EU imposes new Russia sanctions": the state named on them.
  got = Keys(CodeIn(c, &ctx, 1, R"(US US PROPN 2 nsubj
imposes impose VERB/VBZ 0 root
new new ADJ 5 amod
Russia Russia PROPN 5 compound
sanctions sanction NOUN 2 obj)", {2025, 8, 27}));
  EXPECT_TRUE(got.count("USA>RUS:163")) << ::testing::PrintToString(got);
}

// "Guterres demanded the release of all UN personnel" after the Huthis
// detained them: a call to release only the caller's own is aimed at the
// article's latest detainer.
TEST(CoderTest, ACallToReleaseOnesOwnIsAimedAtTheDetainer) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n1053 demand obj=release\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
detained detain VERB/VBD 0 root
UN UN PROPN 4 compound
staff staff NOUN 2 obj)"),
                 0, {2025, 9, 1}, &ctx, nullptr);
  const std::set<std::string> got = Keys(CodeIn(c, &ctx, 1, R"(The the DET 2 det
UN UN PROPN 3 nsubj
demanded demand VERB/VBD 0 root
the the DET 5 det
release release NOUN 3 obj
of of ADP 8 case
UN UN PROPN 8 compound
staff staff NOUN 5 nmod)", {2025, 9, 1}));
  EXPECT_TRUE(got.count("IGOUNO>CHN:1053")) << ::testing::PrintToString(got);
}

// "China accused the United States of turning ..., a day after American
// forces fired", parsed with "the United States" a second subject of
// "fired": the first of two subjects, right after the verb above, is its
// object.
TEST(CoderTest, TheFirstOfTwoSubjectsIsTheObjectAbove) {
  Coder c = MakeCoder();
  const std::set<std::string> got = Keys(Code(c, R"(China China PROPN 2 nsubj
accused accuse VERB/VBD 0 root
the the DET 4 det
US US PROPN 10 nsubj
, , PUNCT 7 punct
a a DET 7 det
day day NOUN 4 appos
after after ADP 10 mark
troops troops NOUN 10 nsubj
fired fire VERB/VBD 2 ccomp)", {2025, 4, 22}));
  EXPECT_TRUE(got.count("CHN>USA:1121")) << ::testing::PrintToString(got);
}

// "Burundi's government said Rwandan artillery had shelled its territory,
// which Kigali denied": the denial answers the sentence's speaker.
TEST(CoderTest, WhichTheCapitalDeniedAnswersTheSpeaker) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "016 deny tgt=obj\n");
  const std::set<std::string> got = Keys(Code(c, R"(China China PROPN 2 nsubj
said say VERB/VBD 0 root
Russian Russian ADJ 4 amod
troops troops NOUN 5 nsubj
attacked attack VERB/VBD 2 ccomp
a a DET 7 det
town town NOUN 5 obj
, , PUNCT 11 punct
which which PRON/WDT 11 obj
Moscow Moscow PROPN 11 nsubj
denied deny VERB/VBD 7 acl:relcl)", {2025, 12, 5}));
  EXPECT_TRUE(got.count("RUSGOV>CHN:016")) << ::testing::PrintToString(got);
}

// "Qatar, which brokered a ceasefire between the two sides, offered to host
// a new round of talks": the offer is to the sides its sentence names.
TEST(CoderTest, AnOfferToHostIsToTheSidesNamed) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "045 broker obj=ceasefire tgt=between\n039 offer xcomp=host tgt=between\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB/VBD 0 root
Russia Russia PROPN 2 obj)"),
                 0, {2025, 12, 5}, &ctx, nullptr);
  const std::set<std::string> got = Pairs(CodeIn(c, &ctx, 1, R"(Nairobi Nairobi PROPN 11 nsubj
, , PUNCT 4 punct
which which PRON/WDT 4 nsubj
brokered broker VERB/VBD 1 acl:relcl
a a DET 6 det
ceasefire ceasefire NOUN 4 obj
between between ADP 10 case
the the DET 10 det
two two NUM 10 nummod
sides side NOUN 4 obl
offered offer VERB/VBD 0 root
to to PART 13 mark
host host VERB/VB 11 xcomp
talks talk NOUN 13 obj)", {2025, 12, 5}), "039");
  EXPECT_EQ(got, (std::set<std::string>{"KENGOV>CHN", "KENGOV>RUS"}));
}

// "Congo's and Rwanda's ministers signed the deal in a ceremony hosted by
// Rubio": the host hosts the clause's subjects.
TEST(CoderTest, ACeremonyHostedByXHostsTheSigners) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "057 sign obj=deal tgt=with\n043 host tgt=obj rev=042\n");
  const std::set<std::string> got = Keys(Code(c, R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
signed sign VERB/VBD 0 root
the the DET 6 det
deal deal NOUN 4 obj
in in ADP 9 case
a a DET 9 det
ceremony ceremony NOUN 4 obl
hosted host VERB/VBN 9 acl
by by ADP 12 case
China China PROPN 10 obl:agent)", {2025, 6, 27}));
  EXPECT_TRUE(got.count("CHN>RUS:043") && got.count("CHN>UKR:043")) << ::testing::PrintToString(got);
}

// "The UN General Assembly called for an end to the US economic embargo on
// Cuba": a call to ease sanctions is made of the state named on them.
TEST(CoderTest, ACallToEndAnEmbargoIsMadeOfItsImposer) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "0254 call prt=for words=end|lift\n");
  const std::set<std::string> got = Pairs(Code(c, R"(The the DET 2 det
UN UN PROPN 3 nsubj
called call VERB/VBD 0 root
for for ADP 6 case
an an DET 6 det
end end NOUN 3 obl
to to ADP 11 case
the the DET 11 det
US US PROPN 11 compound
economic economic ADJ 11 amod
embargo embargo NOUN 6 nmod
on on ADP 13 case
China China PROPN 11 nmod)", {2025, 10, 29}), "0254");
  EXPECT_TRUE(got.count("IGOUNO>USA")) << ::testing::PrintToString(got);
}

// "both sides accused each other": each side accuses the other; "both
// sides" with no fight before are the article's main dyad (the most
// events), not whoever last spoke to one of them; "both prime ministers"
// are the two governments.
TEST(CoderTest, BothSidesAccusedEachOther) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "051 thank tgt=obj\n040 speak tgt=with|to\n");
  ArticleContext ctx;
  for (int i = 0; i < 2; ++i)
    c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj)"),
                   i, {2025, 5, 12}, &ctx, nullptr);
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
thanked thank VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                 2, {2025, 5, 12}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(both both DET 2 det
sides side NOUN 3 nsubj
accused accuse VERB 0 root
each each DET 5 det
other other ADJ 3 obj)"),
                              3, {2025, 5, 12}, &ctx, nullptr);
  std::set<std::string> got;
  for (const auto& e : coded) got.insert(e.event.source.code + ">" + (e.event.target ? e.event.target->code : ""));
  EXPECT_EQ(got, (std::set<std::string>{"CHN>RUS", "RUS>CHN"}));
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
thanked thank VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                 4, {2025, 5, 12}, &ctx, nullptr);
  coded = c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
spoke speak VERB 0 root
with with ADP 6 case
both both DET 6 det
prime prime ADJ 6 amod
ministers minister NOUN 2 obl)"),
                         5, {2025, 5, 12}, &ctx, nullptr);
  got.clear();
  for (const auto& e : coded) got.insert(e.event.target ? e.event.target->code : "");
  EXPECT_EQ(got, (std::set<std::string>{"UKRGOV", "RUSGOV"}));
}

// "the two countries" and "the two leaders" are the article's main dyad
// too: "Armenia and Azerbaijan signed ... Trump hosted Aliyev and Pashinyan
// ... the two countries asked the OSCE" are the signers, not the host and
// the latest guest.
TEST(CoderTest, TheTwoCountriesAreTheMainDyad) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "051 thank tgt=obj\n");
  ArticleContext ctx;
  for (int i = 0; i < 2; ++i)
    c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj)"),
                   i, {2025, 5, 12}, &ctx, nullptr);
  c.CodeSentence(ParsedSentence(R"(Egypt Egypt PROPN 2 nsubj
thanked thank VERB 0 root
Russia Russia PROPN 2 obj)"),
                 2, {2025, 5, 12}, &ctx, nullptr);
  for (const char* noun : {"countries country", "leaders leader"}) {
    std::string word(noun), lemma = word.substr(word.find(' ') + 1);
    word = word.substr(0, word.find(' '));
    auto coded = c.CodeSentence(ParsedSentence("the the DET 3 det\ntwo two NUM 3 nummod\n" + word + " " + lemma +
                                               " NOUN 4 nsubj\naccused accuse VERB 0 root\nTaiwan Taiwan PROPN 4 obj"),
                                3, {2025, 5, 12}, &ctx, nullptr);
    std::set<std::string> got;
    for (const auto& e : coded) got.insert(e.event.source.code.substr(0, 3));
    EXPECT_EQ(got, (std::set<std::string>{"CHN", "RUS"})) << word;
  }
}

// An event noun modifying another noun names a kind of thing ("the
// displacement camp"); a headline's counted crowd before a harm verb is its
// victims ("Hundreds killed in clashes in Syria"); forces loyal to a state
// are its own.
TEST(CoderTest, KindsCrowdVictimsAndLoyalForces) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "201 noun:displacement src=poss|amod|by tgt=of\n");
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
the the DET 6 det
displacement displacement NOUN 6 compound
camp camp NOUN 3 obj)");
  for (const auto& e : ev) EXPECT_NE(e.code, "201");
  EXPECT_TRUE(Code(c, R"(Hundreds hundred NOUN/NNS 2 nsubj
killed kill VERB/VBD 0 root
in in ADP 4 case
Russia Russia PROPN 2 obl)").empty());
  ev = Code(c, R"(Troops troops NOUN 5 nsubj
loyal loyal ADJ 1 amod
to to ADP 4 case
China China PROPN 2 obl
attacked attack VERB 0 root
Russia Russia PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNMIL");
}

// "The EU imposed sanctions on Russia. The Kremlin said the sanctions were
// illegal": the judged act is its maker's.
TEST(CoderTest, AJudgedActIsItsMakers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "111 say xcomp=illegal tgt=xsubj\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
Russia Russia PROPN 2 obl)"),
                 0, {2025, 7, 14}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(Moscow Moscow PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
sanctions sanction NOUN 6 nsubj
were be AUX 6 cop
illegal illegal ADJ 2 ccomp)"),
                              1, {2025, 7, 14}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "CHN");
  EXPECT_EQ(coded[0].event.cameo, "111");
}

// "Xi met Moscow and Kim ... the US accused the three": the latest group of
// three state actors, one event each.
TEST(CoderTest, TheThreeAreTheLatestGroupOfThree) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Xi Xi PROPN 2 nsubj
met meet VERB 0 root
Moscow Moscow PROPN 2 obj
and and CCONJ 5 cc
Kim Kim PROPN 3 conj
Jong Jong PROPN 5 flat
Un Un PROPN 5 flat)"),
                 0, {2025, 9, 3}, &ctx, nullptr);
  ASSERT_EQ(ctx.last_group.size(), 3u);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
United United PROPN 3 compound
States States PROPN 4 nsubj
accused accuse VERB 0 root
the the DET 6 det
three three NUM 4 obj)"),
                              1, {2025, 9, 3}, &ctx, nullptr);
  std::set<std::string> targets;
  for (const auto& e : coded)
    if (e.event.target) targets.insert(e.event.target->code);
  EXPECT_EQ(targets, (std::set<std::string>{"CHNGOV", "RUSGOV", "PRKGOV"}));
  // A list of three among other states is the group: "sanctions on Ukraine
  // after China, Russia and North Korea acted".
  c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
spoke speak VERB 0 root
after after SCONJ 10 mark
China China PROPN 10 nsubj
, , PUNCT 6 punct
Russia Russia PROPN 4 conj
and and CCONJ 9 cc
North North PROPN 9 compound
Korea Korea PROPN 4 conj
acted act VERB 2 advcl)"),
                 2, {2025, 9, 3}, &ctx, nullptr);
  EXPECT_EQ(ctx.last_group, (std::vector<std::string>{"CHN", "RUS", "PRK"}));
}

// "Kim stood beside Xi and Putin ... Kim said North Korea would support
// China's position on Taiwan ... Trump accused the three leaders": the
// leaders are the latest three people, not the latest three states.
TEST(CoderTest, TheThreeLeadersAreTheLatestThreePeople) {
  Coder c = MakeCoderWith(kVerbs, std::string(kActors) + "RUSGOV person Vladimir Putin\nTWN country Taiwan\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Kim Kim PROPN 4 nsubj
Jong Jong PROPN 1 flat
Un Un PROPN 1 flat
met meet VERB 0 root
Xi Xi PROPN 4 obj
and and CCONJ 8 cc
Vladimir Vladimir PROPN 5 conj
Putin Putin PROPN 7 flat)"),
                 0, {2025, 9, 3}, &ctx, nullptr);
  EXPECT_EQ(ctx.last_leader_group, (std::vector<std::string>{"PRKGOV", "CHNGOV", "RUSGOV"}));
  c.CodeSentence(ParsedSentence(R"(North North PROPN 2 compound
Korea Korea PROPN 3 nsubj
supported support VERB 0 root
China China PROPN 5 nmod:poss
position position NOUN 3 obj
on on ADP 7 case
Taiwan Taiwan PROPN 5 nmod)"),
                 1, {2025, 9, 3}, &ctx, nullptr);
  EXPECT_EQ(ctx.last_group, (std::vector<std::string>{"PRK", "CHN", "TWN"}));
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
US US PROPN 3 nsubj
accused accuse VERB 0 root
the the DET 6 det
three three NUM 6 nummod
leaders leader NOUN 3 obj)"),
                              2, {2025, 9, 3}, &ctx, nullptr);
  std::set<std::string> targets;
  for (const auto& e : coded)
    if (e.event.target) targets.insert(e.event.target->code);
  EXPECT_EQ(targets, (std::set<std::string>{"CHNGOV", "RUSGOV", "PRKGOV"}));
}

// "the El Fasher massacres", "the Istanbul talks": a city naming an act or
// a meeting is where it happened, not who did it.
TEST(CoderTest, ACityNamingAnActIsItsPlaceNotItsMaker) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "202 noun:massacre src=poss|amod|by tgt=of|in\n");
  auto ev = Code(c, R"(the the DET 3 det
Nairobi Nairobi PROPN 3 compound
massacre massacre NOUN 0 root)");
  EXPECT_TRUE(ev.empty()) << ev[0].source;
  ev = Code(c, R"(the the DET 3 det
Kenyan Kenyan ADJ 3 amod
massacre massacre NOUN 0 root)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "KEN");
}

// "The UN condemned the attacks on civilians" after Chinese troops attacked:
// who is condemned is who attacked, not the victims.
TEST(CoderTest, ACondemnedAttackOnVictimsIsTheAttackers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "1123 condemn obj=attack tgt=by|poss|amod|of|on|against\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  const char* kCondemned = R"(The the DET 3 det
United United PROPN 3 compound
Nations Nations PROPN 4 nsubj
condemned condemn VERB 0 root
the the DET 6 det
attacks attack NOUN 4 obj
on on ADP 8 case
Ukraine Ukraine PROPN 6 nmod)";
  auto coded = c.CodeSentence(ParsedSentence(kCondemned), 1, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "CHNMIL");
  // With no attacker named before, the victims stay (PETRARCH's first actor).
  ArticleContext fresh;
  coded = c.CodeSentence(ParsedSentence(kCondemned), 0, {2022, 11, 26}, &fresh, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "UKR");
}

// "'We condemn the attack,' Xi said": "we" in a quote is the speaker's side.
TEST(CoderTest, WeInAQuoteIsTheSpeakersSide) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  std::string trace;
  // (Another actor named before, who must not be taken for "we".)
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(" " PUNCT 3 punct
We we PRON 3 nsubj
condemn condemn VERB 8 advcl
Russia Russia PROPN 3 obj
, , PUNCT 3 punct
" " PUNCT 3 punct
Xi Xi PROPN 8 nsubj
said say VERB 0 root)"),
                              1, {2022, 11, 26}, &ctx, &trace);
  if (getenv("DYAD_TRACE")) std::cerr << trace;
  bool found = false;
  for (const auto& e : coded) found |= e.event.cameo == "111" && e.event.source.code == "CHNGOV";
  EXPECT_TRUE(found);
}

// "The EU adopted sanctions against Russia. The measures also target Chinese
// firms. Beijing condemned the inclusion of Chinese firms": the measures are
// the EU's; Beijing condemns the EU, not its own firms.
TEST(CoderTest, TheMeasuresAreTheSanctionersAndOwnPeopleAreNoTarget) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "163 target tgt=obj\n163 adopt obj=sanction tgt=against\n",
                          std::string(kActors) + "IGOEUR org European Union | EU\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(The the DET 2 det
EU EU PROPN 3 nsubj
adopted adopt VERB 0 root
sanctions sanction NOUN 3 obj
against against ADP 6 case
Russia Russia PROPN 4 nmod)"),
                 0, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_sanctioner);
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
measures measure NOUN 3 nsubj
target target VERB 0 root
Chinese Chinese ADJ 5 amod
refineries refinery NOUN 3 obj)"),
                              1, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_FALSE(coded.empty());
  EXPECT_EQ(coded[0].event.source.code, "IGOEUR");
  coded = c.CodeSentence(ParsedSentence(R"(Beijing Beijing PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
inclusion inclusion NOUN 2 obj
of of ADP 7 case
Chinese Chinese ADJ 7 amod
officials official NOUN 4 nmod)"),
                         2, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "IGOEUR");
}

// "China and Russia agreed to restore embassies": each other's missions,
// a mutual act, not one aimed at countryless ambassadors.
TEST(CoderTest, ACompoundRestoringEmbassiesActsOnEachOther) {
  Coder c = MakeCoderWith(std::string(kVerbs) +
                          "032 agree xcomp=restore xobj=ambassador tgt=xobj|iobj|to|with\n");
  auto ev = Code(c, R"(China China PROPN 4 nsubj
and and CCONJ 3 cc
Russia Russia PROPN 1 conj
agreed agree VERB 0 root
to to PART 6 mark
restore restore VERB 4 xcomp
ambassadors ambassador NOUN 6 obj)");
  std::set<std::string> got;
  for (const Got& g : ev) got.insert(g.source + ">" + g.target);
  EXPECT_EQ(got, (std::set<std::string>{"CHN>RUS", "RUS>CHN"}));
}

// "pledged to raise trade during Russia's visit": a time is no one acted on.
TEST(CoderTest, ATimePhraseNamesNoTarget) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "030 pledge xcomp=* tgt=xobj|iobj|to|with\n");
  auto ev = Code(c, R"(China China PROPN 2 nsubj
pledged pledge VERB 0 root
to to PART 4 mark
raise raise VERB 2 xcomp
trade trade NOUN 4 obj
during during ADP 9 case
Russia Russia PROPN 9 nmod:poss
's 's PART 7 case
visit visit NOUN 5 nmod)");
  for (const Got& g : ev) EXPECT_NE(g.target, "RUS") << g.code;
}

// "Chinese and Indian strikes on its sites" after Ukraine: "its" is none of
// the strikes' makers.
TEST(CoderTest, APossessorInWhatMakersActOnIsNoneOfThem) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "190 noun:strike src=poss|amod|by tgt=on|against|in\n");
  auto ev = Code(c, R"(Ukraine Ukraine PROPN 2 nsubj
recovered recover VERB 0 root
after after ADP 7 case
Chinese Chinese ADJ 7 amod
and and CCONJ 6 cc
Indian Indian ADJ 4 conj
strikes strike NOUN 2 obl
on on ADP 10 case
its its PRON 10 nmod:poss
sites site NOUN 7 nmod)");
  std::set<std::string> got;
  for (const Got& g : ev) got.insert(g.source + ">" + g.target);
  EXPECT_EQ(got, (std::set<std::string>{"CHN>UKR", "IND>UKR"}));
}

// "detained 200 workers, most of them Chinese citizens, in raids in
// Moscow": the workers' nationality is their apposition's, not the place's.
TEST(CoderTest, ARolesAppositionGivesItsCountryBeforeAPlace) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n");
  auto ev = Code(c, R"(Russian Russian ADJ 2 amod
troops troops NOUN 3 nsubj
detained detain VERB 0 root
200 200 NUM 5 nummod
officials official NOUN 3 obj
, , PUNCT 11 punct
most most ADJ 11 amod
of of ADP 9 case
them they PRON 7 nmod
Chinese Chinese ADJ 11 amod
citizens citizen NOUN 5 appos
in in ADP 13 case
Moscow Moscow PROPN 5 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target.substr(0, 3), "CHN");
}

// "The security service detained a cleric ... the Church denounced the
// arrest of the cleric": the arrest of one's own is its maker's, of the same
// country too, not a side of the article's latest dyad.
TEST(CoderTest, ADenouncedArrestOfOnesOwnIsItsMakers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "173 detain tgt=obj\n111 denounce tgt=obj\n",
                          std::string(kActors) + "CHNREL group Chinese Church\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj)"),
                 0, {2025, 5, 20}, &ctx, nullptr);
  c.CodeSentence(ParsedSentence(R"(Beijing Beijing PROPN 2 nsubj
detained detain VERB 0 root
Chinese Chinese ADJ 4 amod
troops troops NOUN 2 obj)"),
                 1, {2025, 5, 20}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_detainer);
  auto coded = c.CodeSentence(ParsedSentence(R"(the the DET 3 det
Chinese Chinese PROPN 3 compound
Church Church PROPN 4 nsubj
denounced denounce VERB 0 root
the the DET 6 det
arrest arrest NOUN 4 obj
of of ADP 9 case
Chinese Chinese ADJ 9 amod
troops troops NOUN 6 nmod)"),
                              2, {2025, 5, 20}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "CHNGOV");
}

// "the Iran-backed group attacked Israel": who backs a group is not the
// group.
TEST(CoderTest, TheBackerOfAGroupIsNotTheGroup) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(the the DET 5 det
Russia Russia PROPN 4 obl:unmarked
- - PUNCT 2 punct
backed back VERB/VBN 5 amod
group group NOUN 6 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 6 obj)");
  for (const Got& g : ev) EXPECT_NE(g.source, "RUS");
  // Nor in a clause: "troops financed by Russia attacked Ukraine".
  ev = Code(c, R"(troops troops NOUN 5 nsubj
financed finance VERB/VBN 1 acl
by by ADP 4 case
Russia Russia PROPN 2 obl:agent
attacked attack VERB 0 root
Ukraine Ukraine PROPN 5 obj)");
  for (const Got& g : ev) EXPECT_NE(g.source, "RUSMIL");
  // But "missiles fired by Russian troops" are Russia's.
  ev = Code(c, R"(troops troops NOUN 5 nsubj
sent send VERB/VBN 1 acl
by by ADP 4 case
Russia Russia PROPN 2 obl:agent
attacked attack VERB 0 root
Ukraine Ukraine PROPN 5 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "RUSMIL");
}

// "The Huthis sank a Greek ship. Israel attacked Yemen. Greece condemned
// the attack on the Greek ship": Greece condemns whoever attacked its own,
// not a side of the article's latest dyad.
TEST(CoderTest, ACondemnedAttackOnOnesOwnIsItsAttackers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "194 sink obj=ship tgt=amod\n",
                          std::string(kActors) + "YEMREBHTI group Huthis\nYEM country Yemen\nGRC adj Greek\n"
                                                 "GRC country Greece\nISR country Israel\n");
  ArticleContext ctx;
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
Huthis Huthis PROPN 3 nsubj
sank sink VERB 0 root
a a DET 6 det
Greek Greek ADJ 6 amod
ship ship NOUN 3 obj)"),
                              0, {2025, 7, 8}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  c.CodeSentence(ParsedSentence(R"(Israel Israel PROPN 2 nsubj
attacked attack VERB 0 root
Yemen Yemen PROPN 2 obj)"),
                 1, {2025, 7, 8}, &ctx, nullptr);
  coded = c.CodeSentence(ParsedSentence(R"(Greece Greece PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
on on ADP 8 case
the the DET 8 det
Greek Greek ADJ 8 amod
ship ship NOUN 4 nmod)"),
                         2, {2025, 7, 8}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "YEMREBHTI");
}

// A state's organ does not praise or talk to its own country named bare
// when another country's actor is there: "Xi praised Russia's role in China"
// is no CHNGOV -> CHN event.
TEST(CoderTest, NoVerbalEventWithOnesOwnCountryNamedBare) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "051 praise tgt=obj|in\n");
  auto ev = Code(c, R"(Xi Xi PROPN 2 nsubj
praised praise VERB 0 root
Russia Russia PROPN 2 obj
in in ADP 5 case
China China PROPN 2 obl)");
  for (const Got& g : ev) EXPECT_NE(g.target, "CHN");
  bool russia = false;
  for (const Got& g : ev) russia |= g.target == "RUS";
  EXPECT_TRUE(russia);
  // Alone, the country at home stays the target (PETRARCH's gold codes it).
  ev = Code(c, R"(Xi Xi PROPN 2 nsubj
praised praise VERB 0 root
China China PROPN 2 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target, "CHN");
}

// "urged all parties to exercise restraint": the sides of the latest fight,
// not political parties; with no fight named before, no one.
TEST(CoderTest, AllPartiesAreTheLatestFightsSides) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "0256 urge xcomp=exercise tgt=obj\n",
                          std::string(kActors) + "IGOAFR org African Union\n");
  const char* kUrged = R"(The the DET 3 det
African African PROPN 3 compound
Union Union PROPN 4 nsubj
urged urge VERB 0 root
all all DET 6 det
parties party NOUN 4 obj
to to PART 8 mark
exercise exercise VERB 4 xcomp
restraint restraint NOUN 8 obj)";
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
attacked attack VERB 0 root
Russia Russia PROPN 2 obj)"),
                 0, {2025, 10, 12}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(kUrged), 1, {2025, 10, 12}, &ctx, nullptr);
  std::set<std::string> targets;
  for (const auto& e : coded)
    if (e.event.target) targets.insert(e.event.target->code);
  EXPECT_EQ(targets, (std::set<std::string>{"CHN", "RUS"}));
}

TEST(CoderTest, ResetForgetsTheArticle) {
  // One context codes article after article: nothing of one may reach the next.
  Coder c = MakeCoder();
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Chinese Chinese ADJ 2 amod
troops troops NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)"),
                 0, {2022, 11, 26}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_attacker);
  ctx.last_sanctioner = *ctx.last_attacker;
  ctx.earlier_attacker = *ctx.last_attacker;
  ctx.last_show_of_force = *ctx.last_attacker;
  ASSERT_FALSE(ctx.last_pair.first.empty());
  ASSERT_FALSE(ctx.last_conflict_pair.first.empty());
  ctx.last_agreement_pair = {"IND", "USA"};
  ctx.last_group = {"IND", "USA", "CHN"};
  ctx.Reset();
  EXPECT_FALSE(ctx.last_attacker);
  EXPECT_FALSE(ctx.last_sanctioner);
  EXPECT_FALSE(ctx.earlier_attacker);
  EXPECT_FALSE(ctx.last_show_of_force);
  EXPECT_TRUE(ctx.last_pair.first.empty() && ctx.last_pair.second.empty());
  EXPECT_TRUE(ctx.last_conflict_pair.first.empty() && ctx.last_conflict_pair.second.empty());
  EXPECT_TRUE(ctx.last_agreement_pair.first.empty() && ctx.last_agreement_pair.second.empty());
  EXPECT_TRUE(ctx.last_group.empty());
  EXPECT_TRUE(ctx.recent.empty());
  EXPECT_TRUE(ctx.last_subjects.empty());
  EXPECT_TRUE(ctx.short_names.empty());
}

// "[042:043]": a place named only as where the verb's object happens ("a
// summit in Russia") is no host; one the verb itself goes to is.
TEST(CoderTest, APlaceOfTheObjectIsNoHost) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "042 attend obj=summit tgt=in rev=043\n042 arrive tgt=in rev=043\n");
  auto ev = Code(c, R"(Xi Xi PROPN 2 nsubj
attended attend VERB 0 root
a a DET 4 det
summit summit NOUN 2 obj
in in ADP 6 case
Russia Russia PROPN 4 nmod)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].target, "RUS");
  ev = Code(c, R"(Xi Xi PROPN 2 nsubj
arrived arrive VERB 0 root
in in ADP 4 case
Russia Russia PROPN 2 obl)");
  bool hosted = false;
  for (const auto& e : ev) hosted |= e.code == "043" && e.source == "RUS";
  EXPECT_TRUE(hosted);
}

// "The EU adopted sanctions against Russia. Peskov said Russia would
// retaliate": a threat of retaliation that names no one answers whoever
// acted against the threatening side; "would respond firmly" is one too,
// "would respond to the letter" none.
TEST(CoderTest, ARetaliationThreatAnswersTheLatestActAgainstItsSide) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "163 adopt obj=sanction tgt=against\n190 retaliate tgt=against|on\n01 respond tgt=to\n",
                          std::string(kActors) + "IGOEUR org European Union | EU\nRUSGOV person Dmitry Peskov\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(The the DET 2 det
EU EU PROPN 3 nsubj
adopted adopt VERB 0 root
sanctions sanction NOUN 3 obj
against against ADP 6 case
Russia Russia PROPN 4 nmod)"),
                 0, {2025, 10, 23}, &ctx, nullptr);
  const std::string said = R"(Dmitry Dmitry PROPN 3 nsubj
Peskov Peskov PROPN 1 flat
said say VERB/VBD 0 root
Russia Russia PROPN 6 nsubj
would would AUX/MD 6 aux
)";
  auto coded = c.CodeSentence(ParsedSentence(said + "retaliate retaliate VERB/VB 3 ccomp"), 1, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.cameo, "130");
  EXPECT_EQ(coded[0].event.source.code, "RUS");
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "IGOEUR");
  coded = c.CodeSentence(ParsedSentence(said + "respond respond VERB/VB 3 ccomp\nfirmly firmly ADV 6 advmod"), 2,
                         {2025, 10, 23}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.cameo, "130");
  // (Not refused or denied: "would not retaliate" threatens nothing.)
  coded = c.CodeSentence(ParsedSentence(said + "not not PART 7 advmod\nretaliate retaliate VERB/VB 3 ccomp"), 3,
                         {2025, 10, 23}, &ctx, nullptr);
  EXPECT_TRUE(coded.empty());
  coded = c.CodeSentence(ParsedSentence(said + "respond respond VERB/VB 3 ccomp\nto to ADP 9 case\nthe the DET 9 det\nletter letter NOUN 6 obl"), 4,
                         {2025, 10, 23}, &ctx, nullptr);
  EXPECT_TRUE(coded.empty());
}

// "Katz vowed to keep striking the Huthis": the intent passes through a verb
// of going on to the act, a threat of force (1384).
TEST(CoderTest, AnIntentPassesThroughAVerbOfGoingOn) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "190 strike tgt=obj\n030 vow xcomp=* tgt=xobj\n");
  auto ev = Code(c, R"(Russia Russia PROPN 2 nsubj
vowed vow VERB/VBD 0 root
to to PART 4 mark
keep keep VERB/VB 2 xcomp
striking strike VERB/VBG 4 xcomp
Ukraine Ukraine PROPN 5 obj)");
  bool threat = false;
  for (const auto& e : ev) threat |= e.code == "1384" && e.source == "RUS" && e.target == "UKR";
  EXPECT_TRUE(threat);
}

// "Russia offered talks to Ukraine. Ukraine rejected the offer": an answer to
// "the offer" or "the demand" that names no one is aimed at whoever made the
// article's latest offer or appeal; "would not accept" a thing is a
// rejection of its maker.
TEST(CoderTest, AnAnswerToTheOfferIsAimedAtItsMaker) {
  Coder c = MakeCoderWith(std::string(kVerbs) +
                          "036 offer obj=talk tgt=to\n125 reject obj=offer tgt=poss\n120 reject tgt=obj\n"
                          "100 demand tgt=obj\n120 accept neg=yes tgt=poss|amod|obj dyad=yes\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Russia Russia PROPN 2 nsubj
offered offer VERB 0 root
talks talk NOUN 2 obj
to to ADP 5 case
Ukraine Ukraine PROPN 2 obl)"),
                 0, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_offerer);
  auto coded = c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
offer offer NOUN 2 obj)"),
                              1, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.cameo, "125");
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "RUS");
  c.CodeSentence(ParsedSentence(R"(China China PROPN 2 nsubj
demanded demand VERB 0 root
concessions concession NOUN 2 obj)"),
                 2, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_asker);
  coded = c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
demand demand NOUN 2 obj)"),
                         3, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_FALSE(coded.empty());
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "CHN");
  coded = c.CodeSentence(ParsedSentence(R"(Ukraine Ukraine PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
accept accept VERB 0 root
Chinese Chinese ADJ 6 amod
troops troop NOUN 4 obj)"),
                         4, {2025, 10, 23}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.cameo, "120");
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code.substr(0, 3), "CHN");
}

// "Britain, France and Germany accused Tehran ... Araghchi called the move
// illegal": the move of a compound is all its members'.
TEST(CoderTest, TheMoveOfACompoundIsAllItsMembers) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "112 accuse tgt=obj\n111 condemn tgt=obj\n",
                          std::string(kActors) + "GBR country Britain\nFRA country France\nIRNGOV capital Tehran\nIRN country Iran\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Britain Britain PROPN 5 nsubj
, , PUNCT 3 punct
France France PROPN 1 conj
and and CCONJ 5 cc
accused accuse VERB 0 root
Tehran Tehran PROPN 5 obj)"),
                 0, {2025, 8, 28}, &ctx, nullptr);
  EXPECT_EQ(ctx.last_pair_firsts.size(), 2u);
  auto coded = c.CodeSentence(ParsedSentence(R"(Iran Iran PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
move move NOUN 2 obj)"),
                              1, {2025, 8, 28}, &ctx, nullptr);
  std::set<std::string> targets;
  for (const auto& e : coded)
    if (e.event.target) targets.insert(e.event.target->code);
  EXPECT_EQ(targets, (std::set<std::string>{"GBR", "FRA"}));
}

// "In a phone call with Kallas on Wednesday, Araghchi warned ...": a
// consultation opening the sentence is the main clause subject's, wherever
// the parser hung it; an act named as where a time is counted from ("for
// the first time since Russian strikes in June") is background.
TEST(CoderTest, AnOpeningCallIsTheSubjectsAndSinceIsBackground) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "041 noun:call tgt=with words=phone rev=041\n130 warn tgt=obj\n");
  auto ev = Code(c, R"(In in ADP 4 case
a a DET 4 det
phone phone NOUN 4 compound
call call NOUN 8 obl
with with ADP 6 case
Moscow Moscow PROPN 4 nmod
, , PUNCT 8 punct
Xi Xi PROPN 9 nsubj
warned warn VERB 0 root)");
  bool call = false;
  for (const auto& e : ev) call |= e.code == "041" && e.source == "CHNGOV" && e.target == "RUSGOV";
  EXPECT_TRUE(call);
  std::string rows = R"(Inspectors inspector NOUN 2 nsubj
returned return VERB 0 root
for for ADP 5 case
the the DET 5 det
time time NOUN 2 obl
since since ADP 8 case
Chinese Chinese ADJ 8 amod
strikes strike NOUN 5 nmod
on on ADP 10 case
Ukraine Ukraine PROPN 8 nmod
in in ADP 12 case
June June PROPN 8 nmod)";
  EXPECT_TRUE(Code(c, rows).empty());
  rows.replace(rows.find("since since"), 11, "after after");
  EXPECT_FALSE(Code(c, rows).empty());  // (counted from "after" is no background)
}

// "Iraq summoned Iran's envoy to protest against the shelling": the protest
// is the summoner's own, one complaint with the summons.
TEST(CoderTest, ASummonsToProtestIsTheSummonersOneComplaint) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "114 summon xcomp=protest tgt=obj\n114 summon tgt=obj\n141 protest tgt=against\n",
                          std::string(kActors) + "IRQ country Iraq\nIRN country Iran\n");
  auto ev = Code(c, R"(Iraq Iraq PROPN 2 nsubj
summoned summon VERB 0 root
Iran Iran PROPN 5 nmod:poss
's 's PART 3 case
ambassador ambassador NOUN 2 obj
to to PART 7 mark
protest protest VERB 2 xcomp)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "IRQ");
  EXPECT_EQ(ev[0].target, "IRNGOV");
  EXPECT_EQ(ev[0].code, "114");
}

// "The commander of the SDF agreed to a truce": an armed group's commander
// is the group; "clashes in the city of Aleppo killed two people" have no
// side in Aleppo.
TEST(CoderTest, AGroupsCommanderIsTheGroupAndAClashsPlaceIsNoSide) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "0871 agree pp=to:truce tgt=with\n",
                          std::string(kActors) + "SYRREBSDF group Syrian Democratic Forces | SDF\nSYR city Aleppo\n");
  auto ev = Code(c, R"(The the DET 2 det
commander commander NOUN 5 nsubj
of of ADP 4 case
SDF SDF PROPN 2 nmod
agreed agree VERB 0 root
to to ADP 7 case
truce truce NOUN 5 obl
with with ADP 9 case
Russia Russia PROPN 5 obl)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "SYRREBSDF");
  ev = Code(c, R"(clashes clash NOUN 6 nsubj
in in ADP 4 case
the the DET 4 det
city city NOUN 1 nmod
of of ADP 6 case
Aleppo Aleppo PROPN 4 nmod
killed kill VERB 0 root
two two NUM 9 nummod
soldiers soldier NOUN 7 obj)");
  for (const auto& e : ev) EXPECT_NE(e.source, "SYR");
}

// "The army said its aircraft had struck Nyala airport in South Darfur": a
// state's organ fights, threatens or coerces no one in its own country named
// bare (roots 10-20; the gold never holds such a pair).
TEST(CoderTest, NoForceOfAStatesOrganOnItsOwnCountryNamedBare) {
  Coder c = MakeCoder();
  auto ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troop NOUN 3 nsubj
killed kill VERB 0 root
China China PROPN 3 obj)");
  EXPECT_TRUE(ev.empty());
  ev = Code(c, R"(Chinese Chinese ADJ 2 amod
troops troop NOUN 3 nsubj
killed kill VERB 0 root
Russia Russia PROPN 3 obj)");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source, "CHNMIL");
}

// "The EU said Georgia remained a candidate in name only, accusing its
// government": a judgement after the reported clause is the speaker's. "In
// its report, the Commission said ... Orban called the report unacceptable":
// a reaction to "the report" is aimed at its author.
TEST(CoderTest, AJudgementAfterAReportedClauseIsTheSpeakersAndAReportHasItsAuthor) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "112 accuse tgt=obj\n111 condemn tgt=obj\n",
                          std::string(kActors) + "IGOEUR org European Union | EU\nHUNGOV person Viktor Orban\n");
  ArticleContext ctx;
  auto coded = c.CodeSentence(ParsedSentence(R"(The the DET 2 det
EU EU PROPN 3 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 5 nsubj
remained remain VERB 3 ccomp
a a DET 7 det
candidate candidate NOUN 5 obj
, , PUNCT 9 punct
accusing accuse VERB/VBG 5 advcl
Kyiv Kyiv PROPN 9 obj)"),
                              0, {2025, 11, 5}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  EXPECT_EQ(coded[0].event.source.code, "IGOEUR");
  c.CodeSentence(ParsedSentence(R"(In in ADP 3 case
its its PRON 3 nmod:poss
report report NOUN 7 obl
, , PUNCT 3 punct
the the DET 6 det
EU EU PROPN 7 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 9 nsubj
stalled stall VERB 7 ccomp)"),
                 1, {2025, 11, 5}, &ctx, nullptr);
  ASSERT_TRUE(ctx.last_reporter);
  coded = c.CodeSentence(ParsedSentence(R"(Viktor Viktor PROPN 3 nsubj
Orban Orban PROPN 1 flat
condemned condemn VERB 0 root
the the DET 5 det
report report NOUN 3 obj)"),
                         2, {2025, 11, 5}, &ctx, nullptr);
  ASSERT_EQ(coded.size(), 1u);
  ASSERT_TRUE(coded[0].event.target);
  EXPECT_EQ(coded[0].event.target->code, "IGOEUR");
}

// "Wang Wentao and GCC Secretary-General Albudaiwi signed the deal": a
// compound signs "the deal" with each other, not with the sides of the
// article's latest dyad.
TEST(CoderTest, ACompoundSignsTheDealWithEachOther) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "057 sign obj=deal tgt=with rev=057\n043 host tgt=obj rev=042\n",
                          std::string(kActors) + "IGOGCC org Gulf Cooperation Council | GCC\nSAU country Saudi Arabia\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Xi Xi PROPN 2 nsubj
hosted host VERB 0 root
Saudi Saudi PROPN 4 compound
Arabia Arabia PROPN 2 obj)"),
                 0, {2026, 5, 27}, &ctx, nullptr);
  auto coded = c.CodeSentence(ParsedSentence(R"(Xi Xi PROPN 4 nsubj
and and CCONJ 3 cc
GCC GCC PROPN 1 conj
signed sign VERB 0 root
the the DET 6 det
deal deal NOUN 4 obj)"),
                              1, {2026, 5, 27}, &ctx, nullptr);
  std::set<std::string> pairs;
  for (const auto& e : coded)
    if (e.event.target) pairs.insert(e.event.source.code + ">" + e.event.target->code);
  EXPECT_EQ(pairs, (std::set<std::string>{"CHNGOV>IGOGCC", "IGOGCC>CHNGOV"}));
}

// "Landau signed the deal after talks with Pashinyan": talks named as what
// the act followed are its subject's; not talks a third side mediated
// ("agreed to a ceasefire after talks mediated by Qatar").
TEST(CoderTest, TalksTheActFollowedAreItsSubjects) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "046 noun:talk src=between|poss tgt=between|with rev=046\n0871 agree pp=to:truce tgt=with\n");
  const std::string rows = R"(Xi Xi PROPN 2 nsubj
agreed agree VERB 0 root
to to ADP 4 case
truce truce NOUN 2 obl
after after ADP 6 case
talks talk NOUN 2 obl
with with ADP 8 case
Moscow Moscow PROPN 6 nmod)";
  bool talks = false;
  for (const auto& e : Code(c, rows)) talks |= e.code == "046" && e.source == "CHNGOV" && e.target == "RUSGOV";
  EXPECT_TRUE(talks);
  std::string mediated = rows;
  mediated.replace(mediated.find("with with ADP 8 case"), 20, "mediated mediate VERB/VBN 6 acl");
  talks = false;
  for (const auto& e : Code(c, mediated)) talks |= e.code == "046";
  EXPECT_FALSE(talks);
}

// "The army and the SDF agreed a ceasefire ... the two sides agreed to resume
// talks": the sides of the latest truce within one country.
TEST(CoderTest, TheTwoSidesOfACivilTruce) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "0871 agree pp=to:truce tgt=with\n036 agree xcomp=resume tgt=with\n",
                          std::string(kActors) + "SYRREBSDF group SDF\nSYR country Syria\nSYR adj Syrian\n");
  ArticleContext ctx;
  c.CodeSentence(ParsedSentence(R"(Syrian Syrian ADJ 2 amod
troops troop NOUN 5 nsubj
and and CCONJ 4 cc
SDF SDF PROPN 2 conj
agreed agree VERB 0 root
to to ADP 7 case
truce truce NOUN 5 obl)"),
                 0, {2025, 10, 7}, &ctx, nullptr);
  EXPECT_FALSE(ctx.last_conflict_pair.first.empty());
  auto coded = c.CodeSentence(ParsedSentence(R"(the the DET 3 det
two two NUM 3 nummod
sides side NOUN 4 nsubj
agreed agree VERB 0 root
to to PART 6 mark
resume resume VERB 4 xcomp
talks talk NOUN 6 obj)"),
                              1, {2025, 10, 7}, &ctx, nullptr);
  std::set<std::string> pairs;
  for (const auto& e : coded)
    if (e.event.target) pairs.insert(e.event.source.code + ">" + e.event.target->code);
  EXPECT_EQ(pairs, (std::set<std::string>{"SYRMIL>SYRREBSDF", "SYRREBSDF>SYRMIL"}));
}

// "Houthi rebels ... Hours later the rebels fired missiles at Israel": a
// definite plural role names the one group named before in it; with two
// such groups of one country only the country is known.
TEST(CoderTest, TheRebelsAreTheOneRebelGroupNamedBefore) {
  Dictionaries d;
  DictKind k;
  std::string err;
  ASSERT_TRUE(LoadDyadDictionaryText(std::string(kActors) +
                                         "YEMREBHTI group Houthi | Houthis\nYEMREBAQP group AQAP\nISR country Israel\n",
                                     "actors.txt", &d, &k, &err))
      << err;
  ASSERT_TRUE(LoadDyadDictionaryText(std::string(kAgents) + "REB agent rebel\n", "agents.txt", &d, &k, &err)) << err;
  ASSERT_TRUE(LoadDyadDictionaryText(kVerbs, "verbs.txt", &d, &k, &err)) << err;
  Coder c(std::move(d));
  const std::string later = R"(the the DET 2 det
rebels rebel NOUN 3 nsubj
attacked attack VERB 0 root
Israel Israel PROPN 3 obj)";
  auto code_after = [&](const std::string& first) {
    ArticleContext ctx;
    c.CodeSentence(ParsedSentence(first), 0, {2025, 9, 1}, &ctx, nullptr);
    std::set<std::string> pairs;
    for (const auto& e : c.CodeSentence(ParsedSentence(later), 1, {2025, 9, 1}, &ctx, nullptr))
      if (e.event.target) pairs.insert(e.event.source.code + ">" + e.event.target->code);
    return pairs;
  };
  EXPECT_EQ(code_after(R"(Houthi Houthi PROPN 2 compound
rebels rebel NOUN 3 nsubj
attacked attack VERB 0 root
Israel Israel PROPN 3 obj)"),
            (std::set<std::string>{"YEMREBHTI>ISR"}));
  EXPECT_EQ(code_after(R"(Houthis Houthis PROPN 4 nsubj
and and CCONJ 3 cc
AQAP AQAP PROPN 1 conj
attacked attack VERB 0 root
Israel Israel PROPN 4 obj)"),
            (std::set<std::string>{"YEMREB>ISR"}));
}


// "Russia and China both backed Havana, calling the embargo 'a relic'": a
// verb of naming with what it names is no call among the compound subject.
TEST(CoderTest, ANamingVerbIsNoMutualCall) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "041 call tgt=obj dyad=yes rev=041\n051 back tgt=obj\n");
  const std::string rows = R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
China China PROPN 1 conj
backed back VERB 0 root
Ukraine Ukraine PROPN 4 obj
calling call VERB/VBG 4 advcl
the the DET 8 det
embargo embargo NOUN 6 obj
a a DET 10 det
relic relic NOUN 6 obj)";
  EXPECT_EQ(Pairs(Code(c, rows), "041"), std::set<std::string>{});
  EXPECT_EQ(Pairs(Code(c, rows), "051"), (std::set<std::string>{"RUS>UKR", "CHN>UKR"}));
}

// "it had begun withdrawing its personnel ... vehicles": a verb of beginning
// passes its own subject to its clause, whatever the parser took for its
// object (no object control as in "asked Xi to tell").
TEST(CoderTest, ABeginningVerbPassesItsSubject) {
  Coder c = MakeCoder();
  EXPECT_EQ(Pairs(Code(c, R"(Russia Russia PROPN 2 nsubj
began begin VERB 0 root
withdrawing withdraw VERB/VBG 2 xcomp
from from ADP 5 case
Ukraine Ukraine PROPN 3 obl
and and CCONJ 7 cc
vehicles vehicle NOUN 2 obj)"), "0874"),
            (std::set<std::string>{"RUS>UKR"}));
}

// "Koizumi raised the incident with his Australian counterpart Richard
// Marles, who criticised China ... The two ministers agreed": the two people
// of two states the sentence before named, not the latest dyad.
TEST(CoderTest, TheTwoLeadersAreThePeopleNamedBefore) {
  Coder c = MakeCoder();
  ArticleContext ctx;
  CodeIn(c, &ctx, 0, R"(Xi Xi PROPN 6 nsubj
and and CCONJ 3 cc
Kim Kim PROPN 1 conj
Jong Jong PROPN 3 flat
Un Un PROPN 3 flat
condemned condemn VERB 0 root
Russia Russia PROPN 6 obj)", {2025, 5, 1});
  EXPECT_EQ(Pairs(CodeIn(c, &ctx, 1, R"(The the DET 3 det
two two NUM 3 nummod
leaders leader NOUN 4 nsubj
agreed agree VERB 0 root
to to PART 6 mark
meet meet VERB 4 xcomp)", {2025, 5, 1}), "036"),
            (std::set<std::string>{"CHNGOV>PRKGOV", "PRKGOV>CHNGOV"}));
}

// "sanctions on two Taiwanese legislators it described as 'diehard
// separatists', barring them": what a verb of naming calls something is no
// antecedent of its own.
TEST(CoderTest, ANamingPredicateIsNoAntecedent) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "174 deport tgt=obj\n");
  EXPECT_EQ(Pairs(Code(c, R"(China China PROPN 2 nsubj
condemned condemn VERB 0 root
American American ADJ 4 amod
officials official NOUN/NNS 2 obj
it it PRON 6 nsubj
described describe VERB 4 acl:relcl
as as ADP 8 case
soldiers soldier NOUN/NNS 6 obl
, , PUNCT 10 punct
deporting deport VERB/VBG 2 advcl
them they PRON 10 obj)"), "174"),
            (std::set<std::string>{"CHN>USAGOV"}));
}

// "delivered 1,000 tents and 15 tonnes of food to Kabul": the target phrase
// the parser hung on what the object's conjunct is of.
TEST(CoderTest, ATargetPhraseOnTheObjectsConjunct) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "073 deliver obj=food|tent tgt=to|iobj\n");
  EXPECT_EQ(Pairs(Code(c, R"(China China PROPN 2 nsubj
delivered deliver VERB 0 root
tents tent NOUN/NNS 2 obj
and and CCONJ 5 cc
tonnes tonne NOUN/NNS 3 conj
of of ADP 7 case
food food NOUN 5 nmod
to to ADP 9 case
Kyiv Kyiv PROPN 7 nmod)"), "073"),
            (std::set<std::string>{"CHN>UKRGOV"}));
}

// "Orban phoned Dodik to express his full support": the purpose of a contact
// names no one and is aimed at the one contacted.
TEST(CoderTest, AContactsPurposeIsAimedAtTheOneContacted) {
  Coder c = MakeCoderWith(std::string(kVerbs) + "041 phone tgt=obj dyad=yes rev=041\n051 express obj=support tgt=for|with\n");
  EXPECT_EQ(Pairs(Code(c, R"(China China PROPN 2 nsubj
phoned phone VERB 0 root
Kyiv Kyiv PROPN 2 obj
to to PART 5 mark
express express VERB 2 advcl
its its PRON 7 nmod:poss
support support NOUN 5 obj)"), "051"),
            (std::set<std::string>{"CHN>UKRGOV"}));
}

// "Youssouf denounced the bombing, as did Turkey and Qatar": those after "as
// did" do it too.
TEST(CoderTest, AsDidAddsSources) {
  Coder c = MakeCoder();
  EXPECT_EQ(Pairs(Code(c, R"(China China PROPN 2 nsubj
condemned condemn VERB 0 root
Ukraine Ukraine PROPN 2 obj
, , PUNCT 2 punct
as as SCONJ 2 mark
did do AUX 2 aux
Russia Russia PROPN 6 obj
and and CCONJ 9 cc
Kyiv Kyiv PROPN 7 conj)"), "111"),
            (std::set<std::string>{"CHN>UKR", "RUS>UKR"}));
}
}  // namespace
}  // namespace dyad

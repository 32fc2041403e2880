// TABARI / PETRARCH dictionary import (src/dict/foreign_format.cc,
// docs/import.md): one small inline snippet per construct, then the real
// files in ../shared (skipped without them).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <random>

#include "dict/dictionary.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Loaded {
  Dictionaries d;
  DictKind kind = DictKind::kActors;
  bool ok = false;
  std::string error;
};

Loaded Load(const std::string& text, const std::string& name = "t.txt") {
  static int n = 0;
  // ctest runs the tests of this program in parallel processes: per-process names.
  std::string path = ::testing::TempDir() + "/foreign_" + std::to_string(getpid()) + "_" + std::to_string(n++) + "_" + name;
  {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }
  Loaded l;
  l.ok = LoadForeignDictionary(path, &l.d, &l.kind, &l.error);
  return l;
}

bool Has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// Patterns indexed under a lemma, in file order.
std::vector<const VerbPattern*> Under(const Dictionaries& d, const std::string& lemma) {
  std::vector<const VerbPattern*> out;
  auto it = d.verbs_by_lemma.find(lemma);
  if (it == d.verbs_by_lemma.end()) return out;
  for (int id : it->second) out.push_back(&d.verbs[id]);
  return out;
}

// The pattern of `lemma` written on the file line holding `code` (first match).
const VerbPattern* WithCode(const Dictionaries& d, const std::string& lemma, const std::string& code) {
  for (const VerbPattern* p : Under(d, lemma))
    if (p->code == code) return p;
  return nullptr;
}

bool Listed(const Dictionaries& d, const std::string& needle) {
  for (const auto& e : d.unmapped_examples)
    if (e.find(needle) != std::string::npos) return true;
  return false;
}

const std::string kVerbHeader = "<!-- SYNSETS -->\n";

// ---------------------------------------------------------------- actors

TEST(ForeignActorsTest, DateRestrictionsOfEveryKind) {
  Loaded l = Load(
      "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n+STINKER\n"
      "\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"
      "HAMID_KARZAI_ [AFGELI 570101-011221] [AFGGOV 011222-140929] [AFGELI]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.kind, DictKind::kActors);
  ASSERT_EQ(l.d.actors.size(), 2u);
  const ActorEntry& g = l.d.actors[0];
  EXPECT_EQ(g.names, (std::vector<std::string>{"GOLLUM", "SMEAGOL", "STINKER"}));
  EXPECT_EQ(g.CodeAt({1995, 5, 31})->code, "HOB");  // '<' is strictly before
  EXPECT_EQ(g.CodeAt({1995, 6, 1})->code, "HOBGOV");
  EXPECT_EQ(g.CodeAt({1999, 8, 15})->code, "HOBGOV");  // ranges are inclusive
  EXPECT_EQ(g.CodeAt({1999, 8, 16}), nullptr);          // '>' is strictly after
  EXPECT_EQ(g.CodeAt({2001, 1, 1})->code, "HOBREB");
  // Several codes on one line; the undated one applies when no dated one does.
  const ActorEntry& k = l.d.actors[1];
  EXPECT_EQ(k.CodeAt({2005, 1, 1})->code, "AFGGOV");
  EXPECT_EQ(k.CodeAt({1990, 1, 1})->code, "AFGELI");
  EXPECT_EQ(k.CodeAt({2020, 1, 1})->code, "AFGELI");
}

TEST(ForeignActorsTest, MediaCodesAreMediaActors) {
  Loaded l = Load("AFP\n+AGENCE_FRANCE-PRESSE\n\t[MED]\nHAARETZ [ISRMED]\nISRAEL [ISR]\n", "media.actors");
  ASSERT_TRUE(l.ok) << l.error;
  int media = 0, others = 0;
  for (const auto& a : l.d.actors) (a.kind == ActorKind::kMedia ? media : others)++;
  EXPECT_EQ(media, 2);
  EXPECT_EQ(others, 1);
}

TEST(ForeignActorsTest, ACountryWithAHistoryIsACountry) {
  // Its first code is a former state's, dated; a country all the same, so
  // "ministers from Georgia" are Georgia's government (GEOGOV), not Georgia.
  Loaded l = Load("GEORGIA_\n\t[USRGEO <910409]\n\t[GEOUNR 910409-911221]\n\t[GEO >911221]\n"
                  "EDUARD_SHEVARDNADZE_ [GEOGOV 950101-031123]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.actors.size(), 2u);
  EXPECT_EQ(l.d.actors[0].kind, ActorKind::kCountry);
  EXPECT_EQ(l.d.actors[1].kind, ActorKind::kPerson);
}

TEST(ForeignActorsTest, AnUndatedGovernmentCodeIsASeatThatKeepsItsCode) {
  Loaded l = Load("MICHEL_DELVING [SHRGOV]\nSHIRE [SHR]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.actors.size(), 2u);
  EXPECT_EQ(l.d.actors[0].kind, ActorKind::kCapital);
  EXPECT_TRUE(l.d.actors[0].seat_as_place);
  EXPECT_FALSE(l.d.actors[1].seat_as_place);
}

TEST(ForeignActorsTest, ANameWrittenWithASpaceIsOpenAndAGroupTakesAgents) {
  // TABARI's open connector: "ITHILEN TELEVISION" (a space) may have words
  // between its words; "DOL_AMROTH" may not. A group takes agents (PETRARCH).
  Loaded l = Load("ITHILEN TELEVISION  [ITHTV]\n+ITHILEN_TV\nDOL_AMROTH [DOL]\nGONZO_GMO [GONGMO]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.actors.size(), 3u);
  EXPECT_EQ(l.d.actors[0].open_names, std::vector<std::string>{"ITHILEN TELEVISION"});
  EXPECT_EQ(l.d.actors[0].names.size(), 2u);
  EXPECT_TRUE(l.d.actors[1].open_names.empty());
  EXPECT_TRUE(l.d.actors[2].agents_append);
  EXPECT_FALSE(l.d.actors[1].agents_append);  // a country
}

TEST(ForeignVerbsTest, AnAdverbGluedBeforeTheVerbStandsRightBeforeIt) {
  Loaded l = Load(kVerbHeader + "--- ALLOW [080] ---\nALLOW\n- RECENTLY_* [025]\n- AGAIN * [026]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* glued = WithCode(l.d, "allow", "025");
  ASSERT_NE(glued, nullptr);
  EXPECT_EQ(glued->before, (std::vector<std::string>{"recently"}));
  const VerbPattern* spaced = WithCode(l.d, "allow", "026");
  ASSERT_NE(spaced, nullptr);
  EXPECT_TRUE(spaced->before.empty());
}

TEST(ForeignVerbsTest, ASynsetOfPrepositionsIsAPreposition) {
  Loaded l = Load(kVerbHeader + "&PREPOSIT1_\n+AGAINST\n+ON\n\n--- ACT [100] ---\nACT\n- * &PREPOSIT1 RESOLUTION [102]\n");
  ASSERT_TRUE(l.ok) << l.error;
  std::set<std::string> preps;
  for (const VerbPattern* p : Under(l.d, "act"))
    if (p->code == "102") {
      preps.insert(p->pp);
      EXPECT_TRUE(Has(p->pp_noun, "resolution"));
    }
  EXPECT_EQ(preps, (std::set<std::string>{"against", "on"}));
}

TEST(ForeignActorsTest, TwoDigitYearsPivotAtThirty) {
  Loaded l = Load("A_ [AAA 291231-300101]\nB_ [BBB 310101-311231]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.actors.size(), 2u);
  EXPECT_EQ(l.d.actors[0].codes[0].from, (Date{2029, 12, 31}));
  EXPECT_EQ(l.d.actors[0].codes[0].to, (Date{2030, 1, 1}));
  EXPECT_EQ(l.d.actors[1].codes[0].from, (Date{1931, 1, 1}));
}

TEST(ForeignActorsTest, CommentsCaseNullCodesAndTypos) {
  Loaded l = Load(
      "<!-- a comment\n# spanning lines\n-->\n"
      "PALESTINIAN [pse]   # lower-case code\n"
      "BOROMIR  [---]\n"
      "<! -- the malformed comment of PETR.Validate.actors.txt -->\n"
      "NOCODE\n"
      "ROHAN [ROH]\n\t[ROH 9999]\n"
      "THE_SHIRE [FRO/BIL/SAM]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.actors.size(), 4u);
  EXPECT_EQ(l.d.actors[0].codes[0].code, "PSE");
  EXPECT_EQ(l.d.actors[1].codes[0].code, "---");
  EXPECT_EQ(l.d.actors[2].names[0], "ROHAN");
  ASSERT_EQ(l.d.actors[2].codes.size(), 1u);  // the bad date line is skipped, not the entry
  EXPECT_EQ(l.d.actors[3].codes[0].code, "FRO/BIL/SAM");  // the coder splits it into three actors
  EXPECT_TRUE(Listed(l.d, "entry without a code"));
  EXPECT_TRUE(Listed(l.d, "bad date restriction"));
}

// ---------------------------------------------------------------- agents

TEST(ForeignAgentsTest, PlacementPluralsAndSubstitutions) {
  Loaded l = Load(
      "!PERSON! = MAN, MEN, WOMAN\n!MINST! = MINISTER, MINISTRY\n"
      "CONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\n"
      "MSF {}  [NGO~]\nPOLICE {} [ ~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
      "SOLDIER [~MIL]\nHUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.kind, DictKind::kAgents);
  ASSERT_EQ(l.d.agents.size(), 7u);
  EXPECT_EQ(l.d.agents[0].names, (std::vector<std::string>{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"}));
  EXPECT_EQ(l.d.agents[1].names, (std::vector<std::string>{"MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"}));
  EXPECT_FALSE(l.d.agents[0].agent_first);
  EXPECT_TRUE(l.d.agents[2].agent_first);
  EXPECT_EQ(l.d.agents[2].codes[0].code, "NGO");
  EXPECT_EQ(l.d.agents[3].codes[0].code, "COP");
  EXPECT_TRUE(l.d.agents[6].agent_first);
  auto matches = [&](const std::vector<std::string>& words) {
    std::vector<int> ids;
    for (auto& w : words) ids.push_back(l.d.agent_names.WordId(w));
    const std::vector<int>* v = nullptr;
    return l.d.agent_names.LongestMatch(ids, 0, &v) == words.size();
  };
  EXPECT_TRUE(matches({"police"}));
  EXPECT_FALSE(matches({"polices"}));  // "{}": no plural
  EXPECT_TRUE(matches({"attorneys", "general"}));
  EXPECT_TRUE(matches({"soldiers"}));  // regular plural
}

// ---------------------------------------------------------------- verbs

TEST(ForeignVerbsTest, BlockAndVerbCodesReverseAndNull) {
  Loaded l = Load(kVerbHeader +
                  "--- ARRIVE  [032:033]  ---\nARRIVE\n"
                  "--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT)  [:173]\n"
                  "--- DELAY [120] [031:031] ---\nDELAY\nDOWNPLAY [014]\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.kind, DictKind::kVerbs);
  const VerbPattern* arrive = WithCode(l.d, "arrive", "032");
  ASSERT_NE(arrive, nullptr);
  EXPECT_EQ(arrive->reverse_code, "033");
  const VerbPattern* court = WithCode(l.d, "appear", "---");
  ASSERT_NE(court, nullptr);  // no forward event; the court acts on the subject
  EXPECT_EQ(court->reverse_code, "173");
  EXPECT_EQ(court->pp, "before");
  EXPECT_TRUE(Has(court->pp_noun, "court"));
  EXPECT_NE(WithCode(l.d, "delay", "120"), nullptr);  // first code of the block line
  EXPECT_NE(WithCode(l.d, "downplay", "014"), nullptr);
  // (The coder emits reverse codes: the import log does not list them as lost.)
  EXPECT_FALSE(Listed(l.d, "reverse code 033 not coded"));
}

TEST(ForeignVerbsTest, CooperationIsNeverWithAnAgainstPhrase) {
  // A bare verb's target is the first actor after it (object, then phrases),
  // but "expanding its campaign against the militants" is no cooperation
  // with them: "against" is a target's phrase only for conflict codes.
  Loaded l = Load(kVerbHeader + "--- EXPAND [060] ---\nEXPAND\n--- CAMPAIGN [120] ---\nCAMPAIGN\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* expand = WithCode(l.d, "expand", "060");
  const VerbPattern* campaign = WithCode(l.d, "campaign", "120");
  ASSERT_NE(expand, nullptr);
  ASSERT_NE(campaign, nullptr);
  EXPECT_TRUE(Has(expand->tgt, "obj"));
  EXPECT_TRUE(Has(expand->tgt, "with"));
  EXPECT_FALSE(Has(expand->tgt, "against"));
  EXPECT_TRUE(Has(campaign->tgt, "against"));
}

TEST(ForeignVerbsTest, APairedCodesBarePhraseIsWhereTheVisitGoes) {
  // "welcomed the prince to the White House": the visitor is the object;
  // "(TO)" only says where. A phrase of a one-way code stays first.
  Loaded l = Load(kVerbHeader + "--- WELCOME [---] ---\nWELCOME\n- * (TO) [043:042]\n"
                                "--- APPEAL [---] ---\nAPPEAL\n- * (TO) [020]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* welcome = WithCode(l.d, "welcome", "043");
  const VerbPattern* appeal = WithCode(l.d, "appeal", "020");
  ASSERT_NE(welcome, nullptr);
  ASSERT_NE(appeal, nullptr);
  ASSERT_GE(welcome->tgt.size(), 2u);
  EXPECT_EQ(welcome->tgt[0], "obj");
  ASSERT_FALSE(appeal->tgt.empty());
  EXPECT_EQ(appeal->tgt[0], "to");
}

TEST(ForeignVerbsTest, SynsetsNestedMultiWordAndDefinedLater) {
  Loaded l = Load(kVerbHeader +
                  "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n+YEN\n\n"
                  "--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURRENCY [903]\n- * &ACCORDSYN [904]\n"
                  "&ACCORDSYN\n+&CURRENCY\n+CLOSER\n\n"
                  "--- ASK [090] ---\nASK\n- * FOR &ECONSANCT [172]\n"
                  "&ECONSANCT\n+ECONOMIC SANCTIONS\n+EMBARGO\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* cur = WithCode(l.d, "contribute", "903");
  ASSERT_NE(cur, nullptr);
  EXPECT_TRUE(Has(cur->obj, "dollar"));
  // A member of several words must stand as written before the object's head.
  EXPECT_TRUE(Has(cur->obj, "swiss_franc"));
  EXPECT_FALSE(Has(cur->obj, "franc"));
  EXPECT_TRUE(Has(cur->obj, "yen"));
  const VerbPattern* nested = WithCode(l.d, "contribute", "904");
  ASSERT_NE(nested, nullptr);
  EXPECT_TRUE(Has(nested->obj, "dollar"));
  EXPECT_TRUE(Has(nested->obj, "closer"));
  // A synset among the other words of a pattern: its members as alternatives.
  Loaded w = Load(kVerbHeader + "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [345] ---\nABANDON\n- * &TIETYPES TIES [902]\n");
  ASSERT_TRUE(w.ok) << w.error;
  const VerbPattern* ties = WithCode(w.d, "abandon", "902");
  ASSERT_NE(ties, nullptr);
  // A plural is matched as written, as PETRARCH does ("TIES" is not "tie").
  EXPECT_TRUE(Has(ties->obj, "ties"));
  EXPECT_FALSE(Has(ties->obj, "tie"));
  EXPECT_EQ(ties->words, (std::vector<std::string>{"military|economic"}));  // spaced: anywhere
  // Glued words ("NEW_&TIETYPES_TIES") must stand right before the head, in order.
  Loaded g = Load(kVerbHeader + "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [345] ---\nABANDON\n- * NEW_&TIETYPES_TIES [903]\n");
  ASSERT_TRUE(g.ok) << g.error;
  const VerbPattern* glued = WithCode(g.d, "abandon", "903");
  ASSERT_NE(glued, nullptr);
  EXPECT_TRUE(Has(glued->obj, "new_military_ties"));
  EXPECT_TRUE(Has(glued->obj, "new_economic_ties"));
  EXPECT_TRUE(glued->words.empty());
  const VerbPattern* ask = WithCode(l.d, "ask", "172");
  ASSERT_NE(ask, nullptr);
  EXPECT_EQ(ask->pp, "for");
  // In a phrase too ("for economic sanctions", not "for sanctions").
  EXPECT_TRUE(Has(ask->pp_noun, "economic_sanction"));
  EXPECT_FALSE(Has(ask->pp_noun, "sanction"));
  EXPECT_TRUE(Has(ask->pp_noun, "embargo"));
}

TEST(ForeignVerbsTest, MultiWordVerbs) {
  Loaded l = Load(kVerbHeader +
                  "--- MEET [031:031] ---\n+MEET_WITH {+MET_WITH +MEETS_WITH}\n"
                  "--- CARRY [---] ---\nCARRY_OUT [180]\n"
                  "--- CONFISCATE [1711] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
                  "--- LASH OUT [122] ---\nLASH OUT\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* meet = WithCode(l.d, "meet", "031");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->pp, "with");
  ASSERT_FALSE(meet->tgt.empty());
  EXPECT_EQ(meet->tgt[0], "with");
  EXPECT_EQ(meet->reverse_code, "031");
  const VerbPattern* carry = WithCode(l.d, "carry", "180");
  ASSERT_NE(carry, nullptr);
  EXPECT_EQ(carry->prt, "out");
  const VerbPattern* tap = WithCode(l.d, "tap", "1711");
  ASSERT_NE(tap, nullptr);
  EXPECT_TRUE(Has(tap->words, "wire"));
  EXPECT_TRUE(Listed(l.d, "words of a multi-word verb not checked"));
  const VerbPattern* lash = WithCode(l.d, "lash", "122");
  ASSERT_NE(lash, nullptr);
  EXPECT_EQ(lash->prt, "out");
}

TEST(ForeignVerbsTest, InflectedHeadsStemsAndIrregularForms) {
  Loaded l = Load(kVerbHeader +
                  "--- SAID [023] ---\nSAID\n--- MET [031:032] ---\nMET\n--- EASED [012] ---\nEASED\n"
                  "--- EXCHANG [---] ---\nEXCHANG\n- * FIRE [223]\n"
                  "--- ACCELERATE [---] ---\nSPEED {SPEEDING SPEEDS SPED }\n- * AID [070]\n");
  ASSERT_TRUE(l.ok) << l.error;
  EXPECT_NE(WithCode(l.d, "say", "023"), nullptr);
  EXPECT_EQ(WithCode(l.d, "say", "023")->forms, (std::vector<std::string>{"said"}));  // TABARI's own verb
  EXPECT_NE(WithCode(l.d, "meet", "031"), nullptr);
  EXPECT_NE(WithCode(l.d, "ease", "012"), nullptr);
  EXPECT_NE(WithCode(l.d, "exchange", "223"), nullptr);
  // An irregular form the lemmatizer may keep is indexed too; regular ones are not needed.
  EXPECT_NE(WithCode(l.d, "sped", "070"), nullptr);
  EXPECT_NE(WithCode(l.d, "speed", "070"), nullptr);
  EXPECT_TRUE(WithCode(l.d, "speed", "070")->forms.empty());
  EXPECT_EQ(l.d.verbs_by_lemma.count("speeding"), 0u);
}

TEST(ForeignVerbsTest, ObjectsParticlesAdjacencyAndPrepositionalGroups) {
  Loaded l = Load(kVerbHeader +
                  "--- SET [---] ---\nSET\n- *_UP COMMITTEE [082]\n- * OFF (FROM ^) [042]\n"
                  "- * (TO) [043]\n- * {MOCK ATTACKS} [062]\n- * POLICE (ON ALERT) [151]\n"
                  "- * (AS NEGOTIATOR) (IN TALK) (WITH +) [045]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* up = WithCode(l.d, "set", "082");
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->prt, "up");
  EXPECT_TRUE(Has(up->obj, "committee"));
  const VerbPattern* off = WithCode(l.d, "set", "042");
  ASSERT_NE(off, nullptr);
  EXPECT_EQ(off->prt, "off");
  EXPECT_EQ(off->pp, "from");  // "^" skips the phrase's words: any noun
  EXPECT_TRUE(off->pp_noun.empty());
  const VerbPattern* to = WithCode(l.d, "set", "043");
  ASSERT_NE(to, nullptr);
  EXPECT_EQ(to->pp, "to");
  EXPECT_TRUE(Has(to->tgt, "to"));
  const VerbPattern* np = WithCode(l.d, "set", "062");
  ASSERT_NE(np, nullptr);
  EXPECT_TRUE(Has(np->obj, "attacks"));
  EXPECT_TRUE(Has(np->words, "mock"));
  const VerbPattern* alert = WithCode(l.d, "set", "151");
  ASSERT_NE(alert, nullptr);
  EXPECT_TRUE(Has(alert->obj, "police"));
  EXPECT_EQ(alert->pp, "on");
  EXPECT_TRUE(Has(alert->pp_noun, "alert"));
  EXPECT_GT(alert->specificity, up->specificity - 1);
  const VerbPattern* neg = WithCode(l.d, "set", "045");
  ASSERT_NE(neg, nullptr);
  EXPECT_EQ(neg->pp, "as");
  ASSERT_FALSE(neg->tgt.empty());
  EXPECT_EQ(neg->tgt[0], "with");
  EXPECT_TRUE(Listed(l.d, "a second prepositional phrase not checked"));
}

TEST(ForeignVerbsTest, SourceAndTargetMarkers) {
  Loaded l = Load(kVerbHeader +
                  "--- FREE [066] ---\nFREE\n- + * FROM $ [067]\n"
                  "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % HAVE * [030:030]\n"
                  "--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n- * + TO HEAD [060]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* from = WithCode(l.d, "free", "067");
  ASSERT_NE(from, nullptr);
  EXPECT_EQ(from->src, (std::vector<std::string>{"from"}));
  ASSERT_GE(from->tgt.size(), 2u);
  EXPECT_EQ(from->tgt[0], "obj");  // the subject of a passive "X was freed from Y"
  EXPECT_EQ(from->tgt[1], "subj");
  const VerbPattern* with = WithCode(l.d, "agree", "031");
  ASSERT_NE(with, nullptr);
  EXPECT_EQ(with->tgt[0], "with");
  const VerbPattern* mutual = WithCode(l.d, "agree", "030");
  ASSERT_NE(mutual, nullptr);
  EXPECT_TRUE(mutual->mutual);
  EXPECT_TRUE(Listed(l.d, "'%' compound subject"));
  const VerbPattern* at = WithCode(l.d, "warn", "162");
  ASSERT_NE(at, nullptr);
  // "AT ^ +": the actor after the at-phrase's noun, else that phrase.
  EXPECT_EQ(at->tgt[0], "next:at:0");
  EXPECT_EQ(at->tgt[1], "at");
  EXPECT_EQ(at->pp, "at");  // "AT ^ +" needs the at-phrase, not just any target
  const VerbPattern* obj = WithCode(l.d, "warn", "060");
  ASSERT_NE(obj, nullptr);
  EXPECT_EQ(obj->tgt[0], "obj");
  // With no marker the target is PETRARCH's first actor after the verb.
  const VerbPattern* plain = WithCode(l.d, "warn", "160");
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->tgt[0], "obj");
  EXPECT_TRUE(Has(plain->tgt, "with"));
  EXPECT_TRUE(Has(plain->tgt, "against"));
}

TEST(ForeignVerbsTest, WordsBeforeTheVerb) {
  Loaded l = Load(kVerbHeader +
                  "&NEGATVAUXVRB\n+DID N'T\n+WILL NOT\n\n"
                  "--- AGREE [081] ---\nAGREE\n- SAID * TO ATTEND [082]\n- FAILED_TO_* [111]\n"
                  "- NOT * [112]\n- &NEGATVAUXVRB * [113]\n- PLANES_* [223]\n"
                  "- &NEGATVAUXVRB EVER * [114]\n- MOST_CERTAINLY * [115]\n");
  ASSERT_TRUE(l.ok) << l.error;
  // A governing verb becomes the head; the verb is its clausal complement.
  const VerbPattern* failed = WithCode(l.d, "fail", "111");
  ASSERT_NE(failed, nullptr);
  EXPECT_TRUE(Has(failed->xcomp, "agree"));
  EXPECT_EQ(failed->tgt[0], "xobj");
  const VerbPattern* said = WithCode(l.d, "agree", "082");
  ASSERT_NE(said, nullptr);  // "SAID * TO ATTEND": the to-clause reading of ATTEND
  // Negated and subject-word patterns carry their condition for the coder.
  const VerbPattern* neg = WithCode(l.d, "agree", "112");
  ASSERT_NE(neg, nullptr);
  EXPECT_TRUE(neg->negated);
  const VerbPattern* aux = WithCode(l.d, "agree", "113");
  ASSERT_NE(aux, nullptr);
  EXPECT_TRUE(aux->negated);
  // Adverbs before the verb are words of the sentence, not its subject.
  const VerbPattern* ever = WithCode(l.d, "agree", "114");
  ASSERT_NE(ever, nullptr);
  EXPECT_TRUE(ever->subj.empty());
  EXPECT_TRUE(ever->negated);
  EXPECT_TRUE(Has(ever->words, "ever"));
  const VerbPattern* certainly = WithCode(l.d, "agree", "115");
  ASSERT_NE(certainly, nullptr);
  EXPECT_TRUE(certainly->subj.empty());
  const VerbPattern* planes = WithCode(l.d, "agree", "223");
  ASSERT_NE(planes, nullptr);
  EXPECT_FALSE(planes->subj.empty());
}

TEST(ForeignVerbsTest, GluedAdverbsAndNegationsStandAsWritten) {
  Loaded l = Load(kVerbHeader +
                  "&NEGATVAUXVRB\n+DID N'T\n+WILL NOT\n\n"
                  "--- CLASH [223] ---\nCLASH\n- MOST_CERTAINLY_&NEGATVAUXVRB_EVER * [907]\n"
                  "- &NEGATVAUXVRB EVER * [905]\n- FAILED_TO_* [111]\n- DEATH_TOTAL * [224]\n");
  ASSERT_TRUE(l.ok) << l.error;
  // One words entry: the run's spellings, one per synset member.
  const VerbPattern* glued = WithCode(l.d, "clash", "907");
  ASSERT_NE(glued, nullptr);
  EXPECT_TRUE(glued->negated);
  EXPECT_TRUE(Has(glued->words, "most_certainly_did_n't_ever|most_certainly_will_not_ever"));
  // Spaced words are no sequence; nor is a governing verb glued to TO.
  const VerbPattern* spaced = WithCode(l.d, "clash", "905");
  ASSERT_NE(spaced, nullptr);
  EXPECT_EQ(spaced->words, (std::vector<std::string>{"ever"}));
  const VerbPattern* failed = WithCode(l.d, "fail", "111");
  ASSERT_NE(failed, nullptr);
  EXPECT_TRUE(failed->words.empty());
  // A glued subject phrase too: "death and injury total" is not it.
  const VerbPattern* total = WithCode(l.d, "clash", "224");
  ASSERT_NE(total, nullptr);
  EXPECT_TRUE(Has(total->words, "death_total"));
}

TEST(ForeignVerbsTest, ASecondBarePrepositionIsAWordOfTheSentence) {
  Loaded l = Load(kVerbHeader + "&TIETYPES\n+ECONOMIC\n+CULTURAL\n\n"
                  "--- WELCOME [041] ---\nWELCOME\n- * ASSURANCES_ON &TIETYPES FROM [913]\n"
                  "- * ASSURANCES_ON &TIETYPES [914]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* from = WithCode(l.d, "welcome", "913");
  ASSERT_NE(from, nullptr);
  EXPECT_EQ(from->pp, "on");
  EXPECT_TRUE(Has(from->words, "from"));
  const VerbPattern* plain = WithCode(l.d, "welcome", "914");
  ASSERT_NE(plain, nullptr);
  EXPECT_FALSE(Has(plain->words, "from"));
}

TEST(ForeignVerbsTest, AnAdverbAfterTheVerbIsAWordNotTheObject) {
  Loaded l = Load(kVerbHeader + "--- ACT [100] ---\nACT\n- INDICATED WOULD * NOW [1010]\n- * NOW TIES [101]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* now = WithCode(l.d, "indicate", "1010");
  ASSERT_NE(now, nullptr);
  EXPECT_TRUE(Has(now->xcomp, "act"));
  EXPECT_TRUE(now->xobj.empty());
  EXPECT_EQ(now->words, (std::vector<std::string>{"now"}));
  const VerbPattern* ties = WithCode(l.d, "act", "101");
  ASSERT_NE(ties, nullptr);
  EXPECT_TRUE(Has(ties->obj, "tie") || Has(ties->obj, "ties"));
}

TEST(ForeignVerbsTest, AGoverningWordNotCheckedAsGovernorIsAWord) {
  // With its own preposition the pattern cannot hang on "known"; the word
  // must still be in the sentence.
  Loaded l = Load(kVerbHeader + "--- BREAK [1717] ---\nBREAK\n- + KNOWN_ * IN_ $ [076]\n- + * IN $ [075]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* known = WithCode(l.d, "break", "076");
  ASSERT_NE(known, nullptr);
  EXPECT_EQ(known->pp, "in");
  EXPECT_TRUE(Has(known->words, "know"));
  const VerbPattern* plain = WithCode(l.d, "break", "075");
  ASSERT_NE(plain, nullptr);
  EXPECT_TRUE(plain->words.empty());
}

TEST(ForeignVerbsTest, APhraseSynsetMemberOfSeveralWordsKeepsItsWords) {
  Loaded l = Load(kVerbHeader + "&ECONSANCT\n+ECONOMIC SANCTIONS\n+TOTAL BOYCOTT\n+EMBARGO\n\n"
                  "--- CALLED [010] ---\nCALLED\n- * FOR &ECONSANCT [172]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* p = WithCode(l.d, "call", "172");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->pp, "for");
  EXPECT_TRUE(Has(p->pp_noun, "total_boycott"));
  EXPECT_TRUE(Has(p->pp_noun, "embargo"));
  EXPECT_FALSE(Has(p->pp_noun, "boycott"));
}

TEST(ForeignVerbsTest, ATargetBeforeAGovernedVerbIsItsClausesSubject) {
  Loaded l = Load(kVerbHeader + "--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n- + HOSTING * [042]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* noted = WithCode(l.d, "note", "115");
  ASSERT_NE(noted, nullptr);
  EXPECT_TRUE(Has(noted->xcomp, "regret"));
  EXPECT_TRUE(Has(noted->tgt, "xsubj"));
  EXPECT_FALSE(Has(noted->tgt, "subj"));
  // A marker after the object words: the actor after the object.
  Loaded h = Load(kVerbHeader + "--- CELEBRATE [181] ---\nCELEBRATE\n- + HOSTING * MAY_DAY $ [046]\n");
  ASSERT_TRUE(h.ok) << h.error;
  const VerbPattern* may_day = WithCode(h.d, "host", "046");
  ASSERT_NE(may_day, nullptr);
  EXPECT_TRUE(Has(may_day->xobj, "may_day"));
  ASSERT_FALSE(may_day->src.empty());
  EXPECT_EQ(may_day->src[0], "xobj");
  EXPECT_TRUE(Has(may_day->src, "with"));
  // "TABASKI ^ $": past one phrase after the object (of the to-clause).
  Loaded k = Load(kVerbHeader + "--- CELEBRATE [181] ---\nCELEBRATE\n- + HOSTING * TABASKI ^ $ [042]\n");
  ASSERT_TRUE(k.ok) << k.error;
  const VerbPattern* tabaski = WithCode(k.d, "host", "042");
  ASSERT_NE(tabaski, nullptr);
  ASSERT_FALSE(tabaski->src.empty());
  EXPECT_EQ(tabaski->src[0], "next:xobj:1");
  // Before the governing word, the target is that word's subject.
  const VerbPattern* hosting = WithCode(l.d, "host", "042");
  ASSERT_NE(hosting, nullptr);
  EXPECT_TRUE(Has(hosting->tgt, "subj"));
  EXPECT_FALSE(Has(hosting->tgt, "xsubj"));
}

TEST(ForeignVerbsTest, ToClauseReadingOfWordSequences) {
  Loaded l = Load(kVerbHeader + "--- VOW [170] ---\nVOW\n- * RESIST [112]\n- * TO_LET_ESCAPE [066]\n");
  ASSERT_TRUE(l.ok) << l.error;
  bool as_obj = false, as_xcomp = false, let = false;
  for (const VerbPattern* p : Under(l.d, "vow")) {
    if (p->code == "112" && Has(p->obj, "resist")) as_obj = true;
    if (p->code == "112" && Has(p->xcomp, "resist")) as_xcomp = true;
    if (p->code == "066" && Has(p->xcomp, "let")) let = true;
  }
  EXPECT_TRUE(as_obj);
  EXPECT_TRUE(as_xcomp);
  EXPECT_TRUE(let);
}

TEST(ForeignVerbsTest, BlockVerbsShareOnePattern) {
  Loaded l = Load(kVerbHeader + "--- ARRANGE [---] ---\nARRANGE\nPLACE\nPOSE\n- * PRIORITY [014]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* a = WithCode(l.d, "arrange", "014");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a, WithCode(l.d, "place", "014"));
  EXPECT_EQ(a, WithCode(l.d, "pose", "014"));
  EXPECT_EQ(a->other_lemmas, (std::vector<std::string>{"place", "pose"}));
}

// PETRARCH 2 stores a block's patterns by their text: the same pattern
// written again further down replaces the earlier one (CAMEO.2.0's APPROVE
// block has "* &TREATY" as 031:031, then 057:057, then 057 under RATIFY).
TEST(ForeignVerbsTest, ARepeatedPatternInABlockKeepsTheLastCode) {
  Loaded l = Load(kVerbHeader + "####### VERB PATTERNS #######\n" +
                  "--- APPROVE [080] ---\nAPPROVE\nRATIFY\n- * TREATY [031:031]\n- *  treaty [057]  # RATIFY\n"
                  "- * PLAN [030]\n--- OTHER [---] ---\nSIGN\n- * TREATY [031]\n");
  ASSERT_TRUE(l.ok) << l.error;
  const VerbPattern* ratify = WithCode(l.d, "ratify", "057");
  ASSERT_NE(ratify, nullptr);
  EXPECT_EQ(ratify->reverse_code, "");
  EXPECT_EQ(WithCode(l.d, "approve", "057"), ratify);
  EXPECT_EQ(WithCode(l.d, "approve", "031"), nullptr);
  EXPECT_NE(WithCode(l.d, "approve", "030"), nullptr);
  // Another block's pattern of the same text is its own.
  EXPECT_NE(WithCode(l.d, "sign", "031"), nullptr);
  EXPECT_TRUE(Listed(l.d, "replaces the same pattern earlier in its block"));
}

// PETRARCH 2 transformations name verbs; each stands for its own code in
// the file. One naming a verb with no code, or of another shape, is listed.
TEST(ForeignVerbsTest, TransformationsTakeTheirVerbsCodes) {
  Loaded l = Load(kVerbHeader + "####### VERB PATTERNS #######\n" +
                  "--- EXPLAIN_VERBAL [010] ---\nSAY {SAYS SAID SAYING}\n--- DEMAND [100] ---\nWANT [030]\n"
                  "--- ATTEMPT [---] ---\nATTEMPT\n--- PHYSICAL_CONFLICT [190] ---\nATTACK\n"
                  "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK ) WANT = a b 021\n"
                  "~ a (_ b ATTACK) ATTEMPT = a b 185\n~ a (a b WILL_ATTACK) SAY = a b 138\n~ a b = c\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.d.transformations.size(), 2u);
  EXPECT_EQ(l.d.transformations[0].outer_code, "010");
  EXPECT_EQ(l.d.transformations[0].inner_code, "190");
  EXPECT_EQ(l.d.transformations[0].result_code, "015");
  EXPECT_EQ(l.d.transformations[1].outer_code, "030");
  EXPECT_EQ(l.d.transformations[1].inner_source, 'b');
  EXPECT_EQ(l.d.transformations[1].text, "~ a (b . ATTACK ) WANT = a b 021");
  EXPECT_TRUE(Listed(l.d, "a transformation's verb is not in the file, or has no code: ~ a (_ b ATTACK) ATTEMPT"));
  EXPECT_TRUE(Listed(l.d, "WILL_ATTACK"));
  EXPECT_TRUE(Listed(l.d, "not a transformation"));
  // No transformation line became a verb.
  EXPECT_TRUE(Under(l.d, "~").empty());
}

TEST(ForeignVerbsTest, BadLinesAreListedNotFatal) {
  Loaded l = Load(kVerbHeader +
                  "- * ORPHAN [010]\n--- ADD [---] ---\nADD\n- * SANCTIONS\n- * NOSTAR_HERE [020]\n"
                  "- * ((( {{ [021]\n- * SANCTIONS [163]\n&\n+\n---\n[\n");
  ASSERT_TRUE(l.ok) << l.error;
  EXPECT_NE(WithCode(l.d, "add", "163"), nullptr);
  EXPECT_TRUE(Listed(l.d, "pattern before any verb"));
  EXPECT_TRUE(Listed(l.d, "pattern without a code"));
  EXPECT_GT(l.d.unmapped_patterns, 0u);
}

TEST(ForeignDiscardsTest, StoryAndSentenceLevelWithYearsWithoutTimePhrases) {
  Loaded l = Load("MONTHS LATER\n+World Golf Championships   # pas\nBASEBALL\n1914\nYEARS AGO\n+ESPN2\n");
  ASSERT_TRUE(l.ok) << l.error;
  ASSERT_EQ(l.kind, DictKind::kDiscards);
  ASSERT_EQ(l.d.discards.size(), 4u);
  EXPECT_TRUE(l.d.discards[0].story);
  EXPECT_EQ(l.d.discards[0].phrase, "World Golf Championships");
  EXPECT_FALSE(l.d.discards[1].story);
  EXPECT_EQ(l.d.discards[1].phrase, "BASEBALL");
  EXPECT_FALSE(l.d.discards[2].story);
  EXPECT_EQ(l.d.discards[2].phrase, "1914");  // a sentence naming a past year is history
  EXPECT_TRUE(l.d.discards[3].story);
}

// Arbitrary bytes never crash or hang any of the loaders.
TEST(ForeignFormatTest, GarbageNeverCrashes) {
  std::mt19937 rng(7);
  const std::string alphabet = "ABC _-+*$%^&!=[]{}()<>#~/:0123456789\n\t\x01\xff";
  const char* heads[] = {"<!-- SYNSETS -->\n", "X [~GOV]\n", "X [ABC]\n", "+Y\n"};
  for (int round = 0; round < 400; ++round) {
    std::string text = heads[round % 4];
    int n = 1 + static_cast<int>(rng() % 300);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    Loaded l = Load(text, "garbage.txt");
    (void)l;
  }
  SUCCEED();
}

// ---------------------------------------------------------------- real files

TEST(ForeignRealFilesTest, PhoenixAndValidateLoad) {
  DYAD_REQUIRE_SHARED();
  const std::string dir = testing::SharedDir() + "/petrarch/";
  struct Case {
    const char* file;
    DictKind kind;
    size_t min_entries;
  } cases[] = {{"Phoenix.Countries.actors.txt", DictKind::kActors, 15000},
               {"Phoenix.International.actors.txt", DictKind::kActors, 5000},
               {"Phoenix.MilNonState.actors.txt", DictKind::kActors, 800},
               {"Phoenix.agents.txt", DictKind::kAgents, 2000},
               {"CAMEO.2.0.txt", DictKind::kVerbs, 8000},
               {"Phoenix.discards.txt", DictKind::kDiscards, 50},
               {"PETR.Validate.actors.txt", DictKind::kActors, 100},
               {"PETR.Validate.agents.txt", DictKind::kAgents, 80},
               {"PETR.Validate.verbs.txt", DictKind::kVerbs, 500},
               {"PETR.Validate.discards.txt", DictKind::kDiscards, 3}};
  for (const auto& c : cases) {
    Dictionaries d;
    DictKind kind;
    std::string err;
    ASSERT_TRUE(LoadForeignDictionary(dir + c.file, &d, &kind, &err)) << c.file << ": " << err;
    EXPECT_EQ(kind, c.kind) << c.file;
    size_t n = d.actors.size() + d.agents.size() + d.verbs.size() + d.discards.size();
    EXPECT_GE(n, c.min_entries) << c.file;
    std::cout << c.file << ": " << n << " entries, " << d.unmapped_patterns << " patterns not mapped exactly, "
              << d.unmapped_examples.size() << " listed\n";
    // Every pattern not mapped exactly is listed.
    EXPECT_GE(d.unmapped_examples.size(), d.unmapped_patterns) << c.file;
  }
}

TEST(ForeignRealFilesTest, KnownEntriesMapAsPetrarchReadsThem) {
  DYAD_REQUIRE_SHARED();
  const std::string dir = testing::SharedDir() + "/petrarch/";
  Dictionaries v;
  DictKind kind;
  std::string err;
  ASSERT_TRUE(LoadForeignDictionary(dir + "PETR.Validate.verbs.txt", &v, &kind, &err)) << err;
  EXPECT_NE(WithCode(v, "say", "023"), nullptr);         // "SAID [023]"
  EXPECT_NE(WithCode(v, "leave", "032"), nullptr);       // "LEFT [032:033]"
  EXPECT_EQ(WithCode(v, "leave", "032")->reverse_code, "033");
  const VerbPattern* ties = WithCode(v, "restore", "064");
  ASSERT_NE(ties, nullptr);
  Dictionaries a;
  ASSERT_TRUE(LoadForeignDictionary(dir + "PETR.Validate.actors.txt", &a, &kind, &err)) << err;
  const ActorEntry* sam = nullptr;
  for (const auto& e : a.actors)
    if (!e.names.empty() && e.names[0] == "SAM GAMGEE") sam = &e;
  ASSERT_NE(sam, nullptr);
  EXPECT_EQ(sam->CodeAt({2010, 1, 9})->code, "ORCHOB");  // listed first, wins over HOBMIL
  EXPECT_EQ(sam->CodeAt({2010, 1, 13})->code, "HOBMIL");
  EXPECT_EQ(sam->CodeAt({2008, 1, 19})->code, "HOBCIV");
  EXPECT_EQ(sam->CodeAt({2014, 1, 4})->code, "HOBELI");
  Dictionaries c;
  ASSERT_TRUE(LoadForeignDictionary(dir + "CAMEO.2.0.txt", &c, &kind, &err)) << err;
  bool meet_with = false;
  for (const VerbPattern* p : Under(c, "meet")) meet_with |= p->pp == "with";
  EXPECT_TRUE(meet_with);
}

TEST(ForeignRealFilesTest, FullPhoenixSetLoadsFast) {
  DYAD_REQUIRE_SHARED();
  const std::string dir = testing::SharedDir() + "/petrarch/";
  auto start = std::chrono::steady_clock::now();
  Dictionaries d;
  DictKind kind;
  std::string err;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"})
    ASSERT_TRUE(LoadForeignDictionary(dir + f, &d, &kind, &err)) << err;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "full Phoenix set: " << secs << " s wall, " << d.verbs.size() << " verb patterns\n";
  // The target is 0.3 s CPU (measured with /usr/bin/time, docs/import.md); wall
  // time on a loaded CI machine gets a wide margin.
  EXPECT_LT(secs, 3.0);
}

}  // namespace
}  // namespace dyad

// The dyad command end to end: formats, bad input, exit status, output.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include <unistd.h>

#include "testing/testing.h"

namespace dyad {
namespace {

using testing::DyadBinary;
using testing::RunCommand;

std::string Write(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + std::to_string(getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

// `dyad code --format tsv` on one article written to a file named `name`.
testing::CommandResult CodeTsv(const std::string& name, const std::string& article) {
  return RunCommand(DyadBinary() + " code --format tsv " + Write(name, article));
}

TEST(CliTest, CodesTheBundledExamples) {
  auto r = RunCommand(DyadBinary() + " code " + testing::DataDir() + "/../examples/*.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(Lines(r.out), 5u) << r.out;
  EXPECT_NE(r.out.find("\"cameo\":"), std::string::npos);
}

TEST(CliTest, VerboseSaysWhichStoriesADiscardKept) {
  const std::string file = Write("sport.txt", " date 2025-06-01 Arsenal beat Chelsea in the Premier League on Sunday.\n");
  auto quiet = RunCommand(DyadBinary() + " code " + file);
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_TRUE(quiet.out.empty()) << quiet.out;
  EXPECT_EQ(quiet.err.find("discarded"), std::string::npos) << quiet.err;
  auto verbose = RunCommand(DyadBinary() + " code --verbose " + file);
  EXPECT_EQ(verbose.exit_code, 0) << verbose.err;
  EXPECT_NE(verbose.err.find("sport.txt:1: story discarded"), std::string::npos) << verbose.err;
}

// A story phrase further down than the lead is a passing mention: only its
// sentence is skipped, and the story's events are coded.
TEST(CliTest, AStoryPhraseAfterTheLeadSkipsOnlyItsSentence) {
  const std::string file = Write("tariff.txt",
                                 " date 2025-10-25 Trump raises tariffs on Canada\n"
                                 "US President Donald Trump on Saturday raised tariffs on Canadian goods.\n"
                                 "He accused Canada of lying about the trade talks.\n"
                                 "The advertisement aired during the World Series, and Canada condemned Mexico.\n"
                                 "China criticised Japan on Friday.\n");
  auto r = RunCommand(DyadBinary() + " code " + file);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"target\":{\"code\":\"JPN\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"target\":{\"code\":\"MEX\""), std::string::npos) << r.out;
  // In the lead, the same phrase says what the story is about.
  const std::string sport = Write("series.txt",
                                  " date 2025-10-25 World Series opens in Toronto\n"
                                  "China criticised Japan on Friday.\n");
  EXPECT_TRUE(RunCommand(DyadBinary() + " code " + sport).out.empty());
}

// A person's family name refers back to him, also past a title inside his
// name ("Hassan Sheikh Mohamud" -> "Mohamud"); "demanded that X step down"
// is a demand for his resignation.
TEST(CliTest, AFamilyNamePastATitleInsideTheNameRefersBack) {
  auto r = RunCommand(DyadBinary() + " code " +
                      Write("somalia.txt", " date 2026-05-16 \nPresident Hassan Sheikh Mohamud met Kenyan President "
                                           "William Ruto in Nairobi on Friday.\nEthiopia demanded that "
                                           "Mohamud step down.\n"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"target\":{\"code\":\"SOMGOV\",\"country\":\"SOM\",\"sectors\":[\"GOV\"],\"text\":\"Mohamud\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"cameo\":\"1041\""), std::string::npos) << r.out;
}

// Forces with no country striking a place of a country at war with its own
// armed group, in an article with no foreign force, are its own.
TEST(CliTest, ForcesWithNoCountryInACountrysOwnWarAreItsOwn) {
  auto r = RunCommand(DyadBinary() + " code --date 2026-01-12 " +
                      Write("myanmar.txt",
                            "YANGON, Jan 12, 2026 (AFP) - Fighters from a local People's Defence Force attacked "
                            "soldiers guarding a polling station in Sagaing region on Sunday.\nThe day before, military "
                            "jets bombed a village in Magway region, killing at least 12 civilians.\n"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\":{\"code\":\"MMRMIL\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("in the country's own war"), std::string::npos) << r.out;
}

// "dismissed the move within hours": a time phrase does not name the move,
// which stays the latest dyad's other side's.
TEST(CliTest, AMoveAnsweredWithinHoursIsTheOtherSides) {
  auto r = RunCommand(DyadBinary() + " code --date 2025-10-28 " +
                      Write("png.txt",
                            "Venezuela's National Assembly on Tuesday declared Trinidad Prime Minister Kamla "
                            "Persad-Bissessar \"persona non grata\".\nShe dismissed the move within hours.\n"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"cameo\":\"161\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"target\":{\"code\":\"VENLEG\""), std::string::npos) << r.out;
}

TEST(CliTest, TheMissionsOwnExample) {
  // The sentence this project was started for: an appeal (02x) from China's
  // government to North Korea's, reported by KCNA.
  auto r = CodeTsv("mission.txt",
                   " date 2022-11-26 \nChinese President Xi Jinping has written to North Korean leader Kim Jong Un "
                   "asking him to cooperate for world peace, KCNA reported on Saturday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tCHNGOV\tCHN\tGOV\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tPRKGOV\tPRK\tGOV\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\t020\t02\t1\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tKCNA\t"), std::string::npos) << r.out;
  // ... and its missile launch "on November 18", a week before the story.
  auto g = Write("launch.txt",
                 " date 2022-11-26 \nThe message came a week after Pyongyang launched an intercontinental "
                 "ballistic missile on November 18, its most powerful weapon yet.\n");
  r = RunCommand(DyadBinary() + " code --format tsv " + g);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\t2022-11-18\tday\tPRKGOV\t"), std::string::npos) << r.out;
}

TEST(CliTest, ForcesStrikingACountryThereAreNotItsOwn) {
  // The event's place gives a countryless role its country ("police in
  // Kisumu"), but forces that strike that country itself are not its own.
  auto r = CodeTsv("natanz.txt", " date 2025-06-22 \nSubmarines fired missiles at Natanz on Saturday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\tIRNMIL\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\t---MIL\t"), std::string::npos) << r.out;
}

TEST(CliTest, AStatesRoleWithNoPlaceTakesTheDatelinesCountry) {
  // "The government" and "opposition leaders" in a BELGRADE story are Serbia's; forces facing
  // Ukraine's own military in a KYIV story are not Ukraine's.
  auto r = CodeTsv("belgrade.txt",
                   " date 2025-11-02 \nBELGRADE, Nov 2 (AFP) - Serbian President Aleksandar Vucic met opposition "
                   "leaders on Saturday. The government accused Croatia of meddling.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tSRBGOV\tSRB\tGOV\tgovernment\tHRV\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tSRBOPP\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("---GOV"), std::string::npos) << r.out;
  // An actor with itself is no event: "the government" met by Vucic in a Belgrade story.
  auto m = CodeTsv("belgrade2.txt",
                   " date 2025-11-02 \nBELGRADE, Nov 2 (AFP) - Vucic met the government on Saturday.\n");
  EXPECT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(m.out.find("GOV\t"), std::string::npos) << m.out;
  auto k = CodeTsv("kyiv.txt",
                   " date 2025-11-02 \nKYIV, Nov 2 (AFP) - Ukraine's military said it shot down 45 drones "
                   "overnight.\n");
  EXPECT_EQ(k.exit_code, 0) << k.err;
  EXPECT_EQ(k.out.find("UKRMIL\tUKR\tMIL\tUkraine's military\tUKRMIL"), std::string::npos) << k.out;
}

TEST(CliTest, VictimsOfTheDatelinesOwnForceInAWarWithAnotherAreNotItsOwn) {
  // "Thai soldiers opened fire on villagers", datelined Bangkok, in a border war with Cambodia:
  // the villagers get no country from the dateline.
  auto r = CodeTsv("bangkok.txt",
                   " date 2025-11-13 \nBANGKOK, Nov 13 (AFP) - Cambodian troops shelled Thai border posts on "
                   "Tuesday. Thai soldiers opened fire on villagers on Wednesday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tKHMMIL\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("THACVL"), std::string::npos) << r.out;
  // In a story of no such war they are the dateline's: police and protesters at home.
  auto h = CodeTsv("bangkok2.txt",
                   " date 2025-11-13 \nBANGKOK, Nov 13 (AFP) - Thai soldiers opened fire on villagers on "
                   "Wednesday.\n");
  EXPECT_EQ(h.exit_code, 0) << h.err;
  EXPECT_NE(h.out.find("THACVL"), std::string::npos) << h.out;
  // Nor are helpers placed in the country they help: "rescue teams arrived in Kingston".
  auto k = CodeTsv("kingston.txt",
                   " date 2025-11-01 \nKINGSTON, Nov 1 (AFP) - Two search-and-rescue teams arrived in Kingston on "
                   "Friday.\n");
  EXPECT_EQ(k.exit_code, 0) << k.err;
  EXPECT_NE(k.out.find("\t073\t"), std::string::npos) << k.out;
  EXPECT_EQ(k.out.find("JAMHLH"), std::string::npos) << k.out;
}

TEST(CliTest, ACivilWarsSidesAndItsSoldiers) {
  // "Both sides" of a civil war are its two armed sides, not a third country that last praised
  // one; soldiers struck by that country's rebels are its own; "it" is never a plural noun.
  auto r = CodeTsv("sudan.txt",
                   " date 2025-03-22 \nPORT SUDAN, March 22 (AFP) - Sudan's army said it seized the presidential "
                   "palace in Khartoum on Friday, driving out the paramilitary Rapid Support Forces.\nHours later, an "
                   "RSF drone strike on the palace killed several soldiers, the army said.\nThe RSF said on Saturday "
                   "that its fighters were still deployed around the palace and vowed to retake it.\nEgypt and Saudi "
                   "Arabia welcomed the army's advance.\nThe UN rights office accused both sides of carrying out "
                   "summary executions of civilians.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tSDNMIL\tSDN\tMIL\tsoldiers\t195\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tSDNREBRSF\tSDN\tREB;RSF\tboth sides\t112\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\tSAU\tSAU\t\tboth sides\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tSDNMIL\tSDN\tMIL\tarmy\t051\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("---REB"), std::string::npos) << r.out;
  // "Backed the expulsion" is of whoever expelled, though an arrest was reported since; police
  // in a Prague story are Czech, not the Russian diplomat's.
  auto p = CodeTsv("prague.txt",
                   " date 2026-03-12 \nPRAGUE (AP) - The Czech Republic on Wednesday ordered a Russian diplomat to "
                   "leave the country within 72 hours. Police detained two Czech citizens last week. Prime Minister "
                   "Andrej Babis said he fully backed the expulsion.\n");
  EXPECT_EQ(p.exit_code, 0) << p.err;
  EXPECT_NE(p.out.find("\tCZECOP\tCZE\tCOP\tPolice\tCZECVL\t"), std::string::npos) << p.out;
  EXPECT_EQ(p.out.find("RUSCOP"), std::string::npos) << p.out;
}

TEST(CliTest, AProtestNamingNoTargetIsAgainstItsGovernment) {
  // The dateline gives the protesters their country, and a protest that names no target is
  // against that country's government; with no country at all it is dropped.
  auto r = CodeTsv("tbilisi.txt",
                   " date 2025-10-05 \nTBILISI, Oct 5 (Reuters) - Tens of thousands of opposition supporters "
                   "rallied on Freedom Square on Saturday, demanding new parliamentary elections.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tGEOOPP\tGEO\tOPP\topposition supporters\tGEOGOV\tGEO\tGOV\t\t141\t"), std::string::npos)
      << r.out;
  auto none = CodeTsv("nowhere.txt", " date 2025-10-05 \nOpposition supporters rallied on Saturday.\n");
  EXPECT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out.find("\t141\t"), std::string::npos) << none.out;
}

TEST(CliTest, VictimsOfAForeignStrikeTakeTheirPlaceOrTheDateline) {
  // Victims named by a role with no country: the dateline's country when it fights the attacker
  // in the article; the country a reporting clause opens with ("In Syria, SANA said ...").
  auto r = CodeTsv("beirut.txt",
                   " date 2025-08-08 \nBEIRUT, Aug 8 (Reuters) - Israeli strikes hit southern Lebanon on Thursday. "
                   "In Syria, state news agency SANA said an Israeli drone struck a vehicle near the town of Beit "
                   "Jinn on Thursday, killing two people. An Israeli drone strike on a car near the southern town "
                   "of Nabatieh killed one person on Thursday, the health ministry said.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tISRMIL\tISR\tMIL\tIsraeli drone\tSYRCVL\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tLBNCVL\tLBN\tCVL\tperson\t195\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("---CVL"), std::string::npos) << r.out;
}

TEST(CliTest, ArticleReferencesOnRealText) {
  // "the court" after the International Criminal Court is no state's court;
  // mediators mediate no one among themselves; "Israel's ... minister"
  // resigning is one actor.
  auto r = CodeTsv("icc.txt",
                   " date 2024-11-22 \nThe International Criminal Court issued an arrest warrant for Israeli Prime "
                   "Minister Benjamin Netanyahu. The court also issued a warrant for Hamas military chief Mohammed "
                   "Deif. The ceasefire was brokered by Qatar, Egypt and the United States. Israel's far-right "
                   "National Security Minister Itamar Ben-Gvir resigned in protest. Gang leader Jimmy Cherizier "
                   "threatened to fight any foreign forces.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("ISRJUD"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("PSEJUD"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\tQAT\tQAT\t\tQatar\t\tEGY"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\tISR\tISR\t\tIsrael\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\t045\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Itamar Ben-Gvir"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("HTIMIL"), std::string::npos) << r.out;  // foreign forces are not Haiti's
}

// The fields of the first row of `dyad code`'s tsv output with event SOURCE -> TARGET and CAMEO
// code CODE, or none.
std::vector<std::string> EventRow(const std::string& tsv, const std::string& source, const std::string& target,
                                  const std::string& code) {
  std::istringstream lines(tsv);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    if (f.size() > 14 && f[6] == source && f[10] == target && f[14] == code) return f;
  }
  return {};
}

TEST(CliTest, AnEventWithNoPlaceHappenedWhereTheSamePairWasPlacedThatDay) {
  // The agreement "during Tuesday's talks" is in Washington, where Cho met Rubio on Tuesday,
  // not in Seoul, the dateline.
  auto r = CodeTsv("cho.txt",
                   " date 2025-09-09 \nSEOUL, Sept 9 (AP) - South Korean Foreign Minister Cho Hyun met U.S. "
                   "Secretary of State Marco Rubio in Washington on Tuesday. During Tuesday's talks, Cho and Rubio "
                   "agreed to set up a working group, Seoul's Foreign Ministry said.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto row = EventRow(r.out, "KORGOV", "USAGOV", "030");
  ASSERT_FALSE(row.empty()) << r.out;
  EXPECT_EQ(row[21], "Washington, D.C.") << r.out;  // location_name
  EXPECT_EQ(r.out.find("Seoul\t"), std::string::npos) << r.out;
}

// The location name of the event SOURCE -> TARGET CODE in tsv output; "none" without that event.
std::string PlaceOf(const std::string& tsv, const std::string& source, const std::string& target,
                    const std::string& code) {
  const std::vector<std::string> f = EventRow(tsv, source, target, code);
  return f.empty() ? "none" : f[21];  // location_name
}

TEST(CliTest, ACallMadeFromATownWasMadeThere) {
  // The leaders phoned from Tirana (a summit there); "returned from Moscow" is a journey's start.
  auto r = CodeTsv("call.txt",
                   " date 2025-05-16 \nFrench President Emmanuel Macron spoke by telephone with US President Donald "
                   "Trump from Tirana after the talks ended, his office said.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(PlaceOf(r.out, "FRAGOV", "USAGOV", "041"), "Tirana") << r.out;
}

TEST(CliTest, AVisitHappensInTheTownItIsTo) {
  // Not at the NAIROBI dateline: "travelled to Addis Ababa" for the talks.
  auto r = CodeTsv("visit.txt",
                   " date 2025-05-16 \nNAIROBI (Reuters) - Kenyan President William Ruto travelled to Addis Ababa on "
                   "Monday for talks with Ethiopian Prime Minister Abiy Ahmed.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(PlaceOf(r.out, "KENGOV", "ETHGOV", "042"), "Addis Ababa") << r.out;
}


// Whether the tsv output of `dyad code` has an event SOURCE -> TARGET with CAMEO code CODE.
bool HasEvent(const std::string& tsv, const std::string& source, const std::string& target, const std::string& code) {
  return !EventRow(tsv, source, target, code).empty();
}

// The date and precision of the event SOURCE -> TARGET CODE in tsv output, as "2025-02-18 context".
std::string DateOf(const std::string& tsv, const std::string& source, const std::string& target,
                   const std::string& code) {
  const std::vector<std::string> f = EventRow(tsv, source, target, code);
  return f.empty() ? "none" : f[4] + " " + f[5];
}

TEST(CliTest, AnUndatedPastEventTakesTheDayOfItsSentenceOrTheOneBefore) {
  auto r = CodeTsv("context.txt",
                   " date 2025-02-19 \nRIYADH, Feb 19 (AFP) - Russia and the United States agreed on Tuesday to "
                   "restore their embassies. Saudi Arabia hosted Russian Foreign Minister Sergei Lavrov at Diriyah Palace. "
                   "Later, Turkey criticised Israel. Erdogan, who received Zelensky in Ankara, "
                   "offered on Tuesday to mediate between Moscow and Kyiv. Poland urged Germany on Sunday to deliver "
                   "the tanks it had offered Warsaw to Ukraine instead. Egypt says Israel attacked Lebanon.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The sentence before names Tuesday.
  EXPECT_EQ(DateOf(r.out, "SAU", "RUSGOV", "043"), "2025-02-18 context") << r.out;
  // Two sentences on, the day is no longer known.
  EXPECT_EQ(DateOf(r.out, "TUR", "ISR", "111"), "2025-02-19 story") << r.out;
  // A relative clause takes its sentence's day.
  EXPECT_EQ(DateOf(r.out, "TURGOV", "UKRGOV", "043"), "2025-02-18 context") << r.out;
  // The past perfect outside reported speech is earlier than the sentence's day.
  EXPECT_EQ(DateOf(r.out, "DEU", "UKR", "030"), "2025-02-19 story") << r.out;
  // A present-tense report of a past act: the sentence names no day.
  EXPECT_EQ(DateOf(r.out, "ISR", "LBN", "190"), "2025-02-19 story") << r.out;
}

TEST(CliTest, APronounOpeningASentenceIsTheSubjectOfTheOneBefore) {
  // Not the latest actor named ("Ukrainian" sites): the ministry that spoke. And "said afterwards
  // that he would travel" is an announced intent (036), "afterwards" no noun.
  auto r = CodeTsv("pronoun.txt",
                   " date 2025-09-11 \nRussia's defence ministry said on Wednesday its strikes were aimed at "
                   "Ukrainian military sites. It said it was ready to hold consultations with Poland's defence "
                   "ministry. Zelensky said afterwards that he would travel to Washington to meet Trump.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOVMIL", "POLGOVMIL", "036")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "UKR", "POLGOVMIL", "036")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "UKRGOV", "USAGOV", "036")) << r.out;
}

TEST(CliTest, EmbassiesAreTheirStatesNotTheirHosts) {
  // "the embassies of France, Belgium and the United States": each state's government, not also
  // the bare states; "embassies in Kinshasa" are no Congolese government.
  auto r = CodeTsv("embassies.txt",
                   " date 2025-01-28 \nProtesters attack embassies in Kinshasa as rebels advance Congolese "
                   "protesters attacked the embassies of France, Belgium and the United States in Kinshasa on "
                   "Tuesday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "CODOPP", "BELGOV", "145")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "CODOPP", "USAGOV", "145")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "CODOPP", "BEL", "145")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "CODOPP", "USA", "145")) << r.out;
  EXPECT_EQ(r.out.find("\tCODGOV\t"), std::string::npos) << r.out;
}

TEST(CliTest, ThePressToldIsTheAudienceNotTheTarget) {
  // "told reporters in Belgrade" is no statement to Serbian media; journalists detained are acted on.
  auto r = CodeTsv("press.txt",
                   " date 2025-09-22 \n\"This is pure terror against Serbs,\" Vucic told reporters in Belgrade. "
                   "Turkish police detained seven journalists in Istanbul on Monday. Polish Prime Minister "
                   "Donald Tusk told parliament on Wednesday that the drones had come from Belarus. Zelensky "
                   "told the U.S. Congress that Ukraine needed more air defence.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(HasEvent(r.out, "SRBGOV", "SRBMED", "010")) << r.out;
  // Nor is one's own parliament the target of what one tells it; another country's is.
  EXPECT_FALSE(HasEvent(r.out, "POLGOV", "POLLEG", "010")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "POLGOV", "---LEG", "010")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "UKRGOV", "USALEG", "010")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "TURCOP", "TURMED", "173")) << r.out;
}

TEST(CliTest, ALaunchCondemnedIsTheLaunchersAfterOtherDrills) {
  // "short-range ballistic missiles" is the object (not "range"): a launch into the sea is a show of
  // force (150), not an attack (193); "condemned the launch" after the South's own drills aims at
  // the North, whose launch was the show of force before.
  auto r = CodeTsv("launch.txt",
                   " date 2026-08-22 \nNorth Korea fired several short-range ballistic missiles into the sea on "
                   "Saturday. South Korea and the United States began the drills on Monday, mobilising 19,000 "
                   "troops. Kim Yo Jong denounced Seoul and Washington for the exercises. Pyongyang warned that "
                   "it would take countermeasures against the two allies. Seoul's presidential office condemned "
                   "the launch as a clear provocation.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // "the two allies" are the latest pair that cooperated, not the latest dyad (PRKGOV, USAGOV).
  EXPECT_TRUE(HasEvent(r.out, "PRKGOV", "KOR", "130")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "PRKGOV", "USA", "130")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "PRK", "", "150")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "PRK", "", "193")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "KORGOV", "PRK", "1123")) << r.out;
}

TEST(CliTest, AVerbAfterASubjectsAppositionIsItsVerb) {
  // "Kim Yo Jong, the sister of ..., on Thursday denounced ...": the parser hung "denounced" (and
  // "on Thursday") on "sister"; the verb is the name's, and its day is Thursday.
  auto r = CodeTsv("apposition.txt",
                   " date 2026-08-22 \nKim Yo Jong, the powerful sister of leader Kim Jong Un, on Thursday "
                   "denounced Seoul and Washington for the exercises, calling them a \"rehearsal for invasion\", "
                   "KCNA reported.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "PRKGOV", "KORGOV", "111"), "2026-08-20 day") << r.out;
  EXPECT_EQ(DateOf(r.out, "PRKGOV", "USAGOV", "111"), "2026-08-20 day") << r.out;
}

TEST(CliTest, AClauseADayAfterAnotherIsDatedTheDayBefore) {
  // "a day after X": X happened the day before the day of the clause it is told against; so with
  // "after" read as the case of the clause's subject and the clause as a conjunct.
  auto r = CodeTsv("dayafter.txt",
                   " date 2025-09-11 \nPoland urged its NATO allies on Thursday to send more air defence "
                   "systems to its eastern flank, a day after Polish jets shot down Russian drones that had crossed "
                   "into its airspace. Pakistan on Thursday suspended all "
                   "trade with India and expelled Indian diplomats, a day after New Delhi downgraded ties.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "POLMIL", "RUSMIL", "195"), "2025-09-10 day") << r.out;
  EXPECT_EQ(DateOf(r.out, "PAK", "INDGOV", "161"), "2025-09-11 day") << r.out;
  EXPECT_EQ(DateOf(r.out, "INDGOV", "", "161"), "2025-09-10 day") << r.out;
}

TEST(CliTest, TheFollowingDayCountsFromTheClauseItIsJoinedTo) {
  auto r = CodeTsv("following.txt",
                   " date 2025-11-19 \nChina's Vice Foreign Minister Sun Weidong summoned Japanese ambassador Kenji "
                   "Kanasugi last Thursday to protest against Takaichi's remarks, and Japan's foreign ministry "
                   "summoned China's envoy in return the following day.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "CHNGOV", "JPNGOV", "114"), "2025-11-13 day") << r.out;
  EXPECT_EQ(DateOf(r.out, "JPNGOV", "CHNGOV", "114"), "2025-11-14 day") << r.out;
}

TEST(CliTest, AReportsUndatedRootTellsOfItsReportedDay) {
  // "X signed ... on Monday, the presidency said": the sentence's day is Monday (not the undated
  // "said"), and the next sentence's undated past act takes it by context.
  auto r = CodeTsv("reportday.txt",
                   " date 2025-03-11 \nSyria's interim President Ahmed al-Sharaa and Mazloum Abdi signed an "
                   "agreement on Monday, the presidency said. Abdi flew to Damascus for the signing.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "SYRREBSDF", "SYRGOV", "042"), "2025-03-10 context") << r.out;
}

TEST(CliTest, APresentPerfectIsNotDatedByTheNarrative) {
  // "Beijing has demanded": what holds now, not the day the sentence before names.
  auto r = CodeTsv("perfect.txt",
                   " date 2025-11-19 \nJapanese Prime Minister Sanae Takaichi spoke in parliament on November 7. "
                   "Beijing has demanded that she retract the comments.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "CHNGOV", "JPNGOV", "100"), "2025-11-19 story") << r.out;
}

TEST(CliTest, ForcesReportedByTheirStatesOrganAreItsOwn) {
  // "South Korea's Joint Chiefs of Staff said troops fired warning shots": the troops are
  // South Korea's, no accusation; not forces that entered the reporting state itself.
  auto r = CodeTsv("shots.txt",
                   " date 2025-08-20 \nSouth Korea's Joint Chiefs of Staff said troops fired warning shots on "
                   "Tuesday. Georgia's interior ministry said police detained eight demonstrators.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tKORMIL\tKOR\tMIL\ttroops\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\t112\t"), std::string::npos) << r.out;
  auto e = CodeTsv("jets.txt",
                   " date 2025-09-20 \nThe jets flew into Estonian airspace on Friday, the Estonian military "
                   "said.\n");
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.out.find("ESTMIL\tEST\tMIL\tjets"), std::string::npos) << e.out;
}

TEST(CliTest, AVerbalReactionIsNotDatedByAnOldDayBefore) {
  // "Gazprom stopped deliveries on January 1 ... The Kremlin denied any political motive" in a
  // story of January 9: the cut on the 1st, the denial (verbal, 01-13) not.
  auto r = CodeTsv("gazprom.txt",
                   " date 2025-01-09 \nRussian troops shelled Moldova on January 1. The Kremlin denied the "
                   "attack on Moldova.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "RUSMIL", "MDA", "194"), "2025-01-01 day") << r.out;
  EXPECT_NE(r.out.find("\t2025-01-09\tstory\tRUSGOV"), std::string::npos) << r.out;
}

TEST(CliTest, AClauseSomeDaysAfterAnotherHasNoDayOfItsOwn) {
  // "days after the group seized the city": some days before Wednesday, how many unsaid: neither
  // Wednesday nor the day its sentence names; and the commander of Sudan's RSF is the RSF's.
  auto r = CodeTsv("daysafter.txt",
                   " date 2025-10-29 \nThe commander of Sudan's paramilitary Rapid Support Forces, Mohamed Hamdan "
                   "Daglo, on Wednesday acknowledged \"violations\" by his fighters in El Fasher and said a "
                   "committee had been formed to investigate them, days after the group seized the city from the "
                   "army.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "SDNREBRSF", "SDNMIL", "192"), "2025-10-29 story") << r.out;
  EXPECT_FALSE(HasEvent(r.out, "SDNMIL", "SDNMIL", "192")) << r.out;
}

TEST(CliTest, ADayInASubjectsAsideDatesTheAct) {
  // "Zelensky, on a visit to Ankara on Tuesday, accused Moscow": the aside's day is the act's;
  // a relative clause's day is its own ("Kim, who arrived on Tuesday, praised").
  auto r = CodeTsv("aside.txt",
                   " date 2025-02-20 \nUkrainian President Volodymyr Zelensky, on a visit to Ankara on Tuesday, "
                   "accused Moscow of trying to drive a wedge between Europe and the United States. Kim Jong Un, "
                   "who arrived in Beijing by train on Tuesday, praised China's achievements.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "UKRGOV", "RUSGOV", "112"), "2025-02-18 day") << r.out;
  EXPECT_NE(DateOf(r.out, "PRKGOV", "CHN", "051"), "2025-02-18 day") << r.out;
}

TEST(CliTest, TheBackerOfIranBackedMilitiasIsNoTarget) {
  // "blamed Iran-backed militias", parsed with "Iran" the object and "backed militias" a clause
  // (in the body) or a modifier clause of the verb (in the title): the militias are blamed.
  auto r = CodeTsv("backed.txt",
                   " date 2026-09-15 \nErbil blames Iran-backed militias The Kurdistan Regional Government on "
                   "Monday blamed Iran-backed militias for the strike.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\tIRN\t"), std::string::npos) << r.out;
}

TEST(CliTest, HisRemarksAreTheOfficeHoldersNamedBefore) {
  // "his remarks": what a pronoun owns, condemned, is its owner's; "he" is
  // the one person named by an office ("Pakistan's army chief") before.
  auto r = CodeTsv("remarks.txt",
                   " date 2025-08-12 \nPakistan's army chief said on Sunday that Pakistan would destroy any Indian "
                   "dam built on the Indus. India's foreign ministry condemned his remarks on Monday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "INDGOV", "PAKMIL", "111")) << r.out;
}

TEST(CliTest, AShowOfForceNearAStateIsAimedAtIt) {
  // "fired rockets into waters near Taiwan": the place's state is the target
  // of a show of force that names none; a launch into the sea off one's own
  // coast targets no one.
  auto r = CodeTsv("drills.txt",
                   " date 2025-12-30 \nChina's military fired long-range rockets into waters near Taiwan on "
                   "Tuesday. North Korea fired two ballistic missiles into the sea off its east coast on Tuesday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "CHNMIL", "TWN", "150")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "PRK", "", "150")) << r.out;
}

TEST(CliTest, AnObjectPronounIsNotItsClausesSubjectNamedBefore) {
  // "Putin thanked him ... and invited him": "him" is Kim, named before with
  // Putin; not Putin, the subject of both verbs.
  auto r = CodeTsv("him.txt",
                   " date 2025-09-04 \nOn Wednesday, Kim Jong Un held more than two hours of talks with Vladimir "
                   "Putin in Beijing. Putin thanked him for sending troops and invited him to Moscow, the Kremlin "
                   "said.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOV", "PRKGOV", "051")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOV", "PRKGOV", "036")) << r.out;
}

TEST(CliTest, ARejectedElectionResultIsTheGovernmentsElection) {
  // In an election story, the opposition's rejection of "the result" is
  // aimed at the government that held it; "the summit's outcome" is no
  // election's.
  auto r = CodeTsv("result.txt",
                   " date 2025-11-01 \nTanzania's electoral commission declared President Samia Suluhu Hassan the "
                   "winner of Wednesday's election. Chadema rejected the result on Saturday, calling it fabricated. "
                   "Hamas welcomed the summit's outcome.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "TZAPTY", "TZAGOV", "120")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "PSEREBHMS", "PSEGOV", "051")) << r.out;
}

TEST(CliTest, TheElectionAReactionNamesBareIsTheStorysElection) {
  // "Myanmar held a general election ... China voiced support for the election": the
  // support is for Myanmar's government, the holder of the story's election.
  auto r = CodeTsv("myanmar.txt",
                   " date 2026-01-12 \nMyanmar held a general election on Sunday. China's "
                   "foreign ministry spokesman on Monday voiced Beijing's support for the election.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "CHNGOV", "MMRGOV", "051")) << r.out;
}

TEST(CliTest, AReactionAfterAnActAnswersItsMaker) {
  // "recalled its ambassador ... after Georgian Dream officials accused him":
  // the recall answers the accusers, the subject of its "after" clause.
  auto r = CodeTsv("after.txt",
                   " date 2025-10-20 \nGermany recalled its ambassador for consultations last month after Georgian "
                   "officials accused him of siding with the protesters.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "DEU", "GEOGOV", "161")) << r.out;
}

TEST(CliTest, AnAppealJoinedToATalkIsAddressedToThePartner) {
  // "spoke with Kagame ... and called for an immediate ceasefire": the call
  // is made to whom he spoke with; "called new US sanctions an unfriendly
  // act" speaks to no one.
  auto r = CodeTsv("talk.txt",
                   " date 2025-01-28 \nU.S. Secretary of State Marco Rubio spoke with Rwandan President Paul Kagame on "
                   "Monday and called for an immediate ceasefire, the State Department said.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "USAGOV", "RWAGOV", "0256")) << r.out;
}

TEST(CliTest, HelpIsForWhomItsPurposeClauseHelps) {
  // "promised 20 million euros in emergency support to help Moldova pay":
  // the promise is to Moldova.
  auto r = CodeTsv("help.txt",
                   " date 2025-01-14 \nThe European Union promised 20 million euros in emergency support to help "
                   "Moldova pay for electricity imports.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "IGOEUREEC", "MDA", "0331")) << r.out;
}

TEST(CliTest, TalksMediatedByTwoStatesAreBetweenTheSidesNamedBefore) {
  // "began a new round of peace talks" is a consultation of the two; "The
  // talks, mediated by Turkey and Qatar" mediates between them.
  auto r = CodeTsv("mediated.txt",
                   " date 2025-10-25 \nPakistan and Afghanistan began a new round of peace talks in Istanbul on "
                   "Saturday. The talks, mediated by Turkey and Qatar, lasted two days.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "PAK", "AFG", "046")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "TUR", "PAK", "045")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "QAT", "AFG", "045")) << r.out;
}

TEST(CliTest, ASeizureCalledTheftIsItsMakers) {
  // "called the seizure blatant theft": criticism of whoever made the article's latest seizure.
  auto r = CodeTsv("seizure.txt",
                   " date 2025-12-11 \nU.S. forces seized an oil tanker off the coast of Venezuela on Wednesday. "
                   "Venezuela's government called the seizure \"blatant theft\" and an act of \"international "
                   "piracy\".\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "USAMIL", "", "171")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "VENGOV", "USAMIL", "111")) << r.out;
}

TEST(CliTest, AProtestThroughACityAgainstNatoOnSunday) {
  // "against NATO" is the march's target, not a modifier of The Hague; "On Sunday," fronted before
  // the subject dates it.
  auto r = CodeTsv("march.txt",
                   " date 2025-06-26 \nOn Sunday, thousands of Dutch protesters marched through The Hague against "
                   "NATO and rising military spending.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "NLDOPP", "IGOWSTNAT", "141"), "2025-06-22 day") << r.out;
  EXPECT_FALSE(HasEvent(r.out, "NLDOPP", "NLDGOV", "141")) << r.out;
}

TEST(CliTest, TalksTheCoordinatedSubjectsActAtTheEndOfAreBetweenThem) {
  // "A and B signed the deal at the end of two days of talks": talks between A and B (046); talks
  // "mediated by Qatar" are the mediator's (045), not also the parties' 046.
  auto r = CodeTsv("talksend.txt",
                   " date 2026-11-08 \nUS, China sign deal extending trade truce\nUS Treasury Secretary Scott "
                   "Bessent and Chinese Vice Premier He Lifeng signed the deal in the Malaysian capital at the end of "
                   "two days of talks. Afghanistan and Pakistan agreed early Sunday to an immediate ceasefire after "
                   "talks in Doha mediated by Qatar and Turkey.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "USAGOV", "CHNGOV", "046")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "CHNGOV", "USAGOV", "046")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "AFG", "PAK", "046")) << r.out;
}

TEST(CliTest, NamesAfterAFrontedDayAreTheSubjects) {
  // "On Wednesday Saudi Arabia and Qatar, both close backers of ..., praised": the parser took the
  // names for conjuncts of the day (and "Wednesday Germany" for one name); a compound subject
  // acting "for" another state acts on that state, not on its own members.
  auto r = CodeTsv("frontedday.txt",
                   " date 2025-08-20 \nOn Wednesday Saudi Arabia and Qatar, both close backers of Syria's new "
                   "authorities, praised Washington's mediation in separate statements. On Wednesday Germany, the "
                   "Netherlands and Norway pledged to fund three more Patriot air defence batteries for Ukraine, NATO "
                   "Secretary General Mark Rutte told reporters.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "SAU", "USAGOV", "051"), "2025-08-20 day") << r.out;
  EXPECT_TRUE(HasEvent(r.out, "QAT", "USAGOV", "051")) << r.out;
  // ("pledged to fund": the intent to give economic aid, once "fund" is parsed as the verb it is.)
  EXPECT_TRUE(HasEvent(r.out, "DEU", "UKR", "0331")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "DEU", "NLD", "030")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "DEU", "NLD", "0331")) << r.out;
}

TEST(CliTest, ANameAfterAFrontedMonthAndACallWithAPurpose) {
  // "In May, Copenhagen summoned" (the city parsed as part of the month's name); "he had called
  // Rasmussen to express solidarity" (the name parsed as a naming predicate) is a phone call.
  auto r = CodeTsv("month_call.txt",
                   " date 2025-08-27 \nForeign Minister Lars Lokke Rasmussen spoke on Tuesday. In May, Copenhagen "
                   "summoned the U.S. envoy after the Wall Street Journal reported that U.S. intelligence agencies "
                   "had been told to step up spying on Greenland. French Foreign Minister Jean-Noel Barrot said on "
                   "Wednesday he had called Rasmussen to express France's \"full solidarity\" with Denmark.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DateOf(r.out, "DNKGOV", "USAGOV", "114"), "2025-05-01 month") << r.out;
  EXPECT_TRUE(HasEvent(r.out, "FRAGOV", "DNKGOV", "041")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "FRAGOV", "", "020")) << r.out;
}

TEST(CliTest, AVerbAfterAnAsideIsTheSubjectsVerb) {
  // "Zakharova, meanwhile, voiced support for Vucic": tagged and parsed as an adjective of "support".
  auto r = CodeTsv("aside_verb.txt",
                   " date 2026-03-16 \nPresident Aleksandar Vucic said on Monday that the unrest had been "
                   "orchestrated from abroad. Russia's Foreign Ministry spokeswoman Maria Zakharova, meanwhile, "
                   "voiced support for Vucic.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOV", "SRBGOV", "051")) << r.out;
}

TEST(CliTest, ComitativesAndNamesAreNoTargets) {
  // "along with US forces" acts with the source; "which China calls the Diaoyu" names islands;
  // "would respond to any new NATO deployments" counts no act; "Canadian dollars" are money.
  auto r = CodeTsv("comitative.txt",
                   " date 2026-08-22 \nSouth Korea began the drills on Monday, mobilising 19,000 troops along with "
                   "US forces. Chinese coast guard vessels sailed near the Senkaku islands, which China calls the "
                   "Diaoyu, on Sunday. Peskov said Moscow would respond to any new NATO deployments near its "
                   "borders. Trudeau announced tariffs on 30 billion Canadian dollars of US goods.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(HasEvent(r.out, "KOR", "USAMIL", "154")) << r.out;
  EXPECT_EQ(r.out.find("\t041\t"), std::string::npos) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "IGOWSTNAT", "RUSGOV", "154")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "CANELI", "USA", "163")) << r.out;  // (no longer prime minister in 2026)
}

TEST(CliTest, ImplicitTargetsComeFromTheArticle) {
  // "dismissed the figure" answers the previous sentence's speaker (016); "returned fire" is at
  // the sentence's attacker of another country; "the council" is the Security Council.
  auto r = CodeTsv("implicit.txt",
                   " date 2025-11-03 \nDODOMA, Nov 3 (Reuters) - The opposition Chadema party said around 700 people "
                   "had been killed by security forces. Government spokesman Gerson Msigwa dismissed the figure as "
                   "hugely exaggerated. Afghan forces fired mortars at Pakistani posts on Monday, and Pakistani troops "
                   "returned fire. The U.N. Security Council authorized a new force for Haiti. Kenyan President William "
                   "Ruto welcomed the council's decision.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "TZAGOV", "TZAPTY", "016")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "PAKMIL", "AFGMIL", "193")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "KENGOV", "IGOUNO", "051")) << r.out;
}

TEST(CliTest, AReactionIsAimedAtTheSentencesMainAttack) {
  // The attacker is Iran (the main clause), not the "American strikes" of its
  // reason; "condemned the attack as a violation" still names no other
  // attack; an interception is no attack of Qatar's; "American B-2 bombers"
  // are American.
  auto r = CodeTsv("qatar.txt",
                   " date 2025-06-23 \nIran on Monday fired missiles at the Al Udeid air base in Qatar in retaliation "
                   "for American strikes on its nuclear facilities. Qatar said its air defences intercepted the "
                   "missiles. The Qatari foreign ministry condemned the attack as a flagrant violation of its "
                   "sovereignty. On Sunday, American B-2 bombers struck the Fordow site. Pakistani Prime Minister Shehbaz "
                   "Sharif thanked Trump and Saudi Arabia for their role.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "IRN", "QAT", "194")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "QATGOV", "IRN", "1123")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "USAMIL", "IRN", "195")) << r.out;
  EXPECT_EQ(r.out.find("\tQATMIL\t"), std::string::npos) << r.out;
  // A person's office is not shared with a country conjoined to the person.
  EXPECT_TRUE(HasEvent(r.out, "PAKGOV", "SAU", "051")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "PAKGOV", "SAUGOV", "051")) << r.out;
}

TEST(CliTest, TheTwoSidesOfAFightAndOfADealAreThoseOfTheLatestFightAndDeal) {
  // "the fighting between the two sides" is Hamas and Israel's, not the
  // warning's after it; "the accord" is the one signed, not the pledge after
  // it. "Anwar Ibrahim, who chairs ASEAN, called on ..." is Anwar's call.
  auto r = CodeTsv("pairs.txt",
                   " date 2023-10-09 \nHamas fighters fired rockets at Tel Aviv. Egypt warned Israel against forcing "
                   "Gazans into the Sinai. Saudi Arabia condemned the fighting between the two sides. The DR Congo and "
                   "Rwanda signed a peace agreement in Washington. Malaysian Prime Minister Anwar Ibrahim, who chairs "
                   "ASEAN, called on both countries to respect it. Kinshasa pledged to end support for the FDLR militia. "
                   "Qatar welcomed the accord.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "SAU", "PSEREBHMS", "111")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "SAU", "ISR", "111")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "SAU", "EGY", "111")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "QAT", "RWA", "051")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "QAT", "COD", "051")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "MYSGOV", "RWA", "020")) << r.out;
}

TEST(CliTest, ATruceAnnouncedBetweenOthersIsTheirs) {
  // The announcer is no party; a named group conjoined with a country takes
  // no country from it ("Hamas and Israel" is no Israeli Hamas); a list the
  // parser split after its first name still mediates as a whole; a headline
  // verb in the present is a verb.
  auto r = CodeTsv("truce.txt",
                   " date 2025-10-14 \nQatar bombs Hamas base, kills 3\n\nTrump announced a ceasefire between Israel "
                   "and Iran on Monday. Qatar announced a truce between Hamas and Israel. Israel freed 2,000 prisoners "
                   "under a deal brokered by the United States, Egypt, Qatar and Turkey.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "QAT", "PSEREBHMS", "195")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "ISR", "IRN", "0871")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "USAGOV", "", "0871")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "PSEREBHMS", "ISR", "0871")) << r.out;
  EXPECT_EQ(r.out.find("ISRREBHMS"), std::string::npos) << r.out;
  for (const char* mediator : {"USA", "EGY", "QAT", "TUR"}) EXPECT_TRUE(HasEvent(r.out, mediator, "ISR", "045")) << mediator << r.out;
  // A mediator before a hyphen: "a Turkish-brokered deal" is brokered by
  // Turkey (no deal with Turkey); "a UAE-mediated exchange" too.
  r = CodeTsv("swap.txt",
              " date 2025-06-24 \nRussia and Ukraine signed a Turkish-brokered grain deal. Russia and Ukraine swapped "
              "150 prisoners in a UAE-mediated exchange on Friday.\n");
  EXPECT_TRUE(HasEvent(r.out, "TUR", "RUS", "045")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "TUR", "UKR", "045")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "RUS", "UKR", "057")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "RUS", "TUR", "057")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "ARE", "UKR", "045")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "ARE", "RUS", "045")) << r.out;
}

TEST(CliTest, AnEliteUnitIsTheArticlesCountrysAndOldActsAreHistory) {
  // "an elite army unit" is Madagascar's (an adjective of kind, a role word
  // inside it: no other country); what it did "in 2009" is history.
  auto r = CodeTsv("mdg.txt",
                   " date 2025-10-13 \nMadagascar president flees as army unit joins protesters\n\nMadagascar's "
                   "President Andry Rajoelina said on Monday he had fled after an elite army unit sided with "
                   "anti-government protesters. The CAPSAT unit, which helped Rajoelina seize power in 2009, said it "
                   "had taken control of the armed forces.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "MDGMIL", "---OPP", "052")) << r.out;
  EXPECT_EQ(r.out.find("\t070\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\t171\t"), std::string::npos) << r.out;
}

TEST(CliTest, AnAnnouncedIntentHappenedWhenItWasAnnounced) {
  // The visit is in April; the intent to visit (036) was said on the story's day.
  auto r = CodeTsv("intent.txt",
                   " date 2025-10-31 \nTrump said the meeting was amazing and that he would visit China in April.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "USAGOV", "CHN", "036")) << r.out;
  EXPECT_NE(r.out.find("\t2025-10-31\t2025-10-31\tstory\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("2026-04"), std::string::npos) << r.out;
  // So is an intent stated by an intention verb: the deal is for next year, the hope of today.
  auto h = CodeTsv("hope.txt", " date 2025-10-31 \nChina hopes to sign a trade deal with Australia next year.\n");
  EXPECT_EQ(h.exit_code, 0) << h.err;
  EXPECT_TRUE(HasEvent(h.out, "CHN", "AUS", "032")) << h.out;
  EXPECT_EQ(h.out.find("2026-01-01"), std::string::npos) << h.out;
}

TEST(CliTest, TheRoleNamedBeforeAndItsOwnCountryAsAModifier) {
  // "The crown prince" is the Saudi crown prince named before (not the US
  // president); "Saudi investment" is his own: the partner is the US.
  auto r = CodeTsv("crown.txt",
                   " date 2025-11-18 \nSaudi crown prince visits White House\n\nPresident Donald Trump welcomed Saudi "
                   "Crown Prince Mohammed bin Salman to the White House on Tuesday. The crown prince pledged to "
                   "increase Saudi investment in the United States to nearly $1 trillion.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "SAUGOV", "USA", "0311")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "USAGOV", "SAU", "0311")) << r.out;
}

TEST(CliTest, AMediationOfTheTalksIsBetweenTheirSides) {
  auto r = CodeTsv("talks.txt",
                   " date 2025-05-17 \nRussian and Ukrainian delegations met in Istanbul on Friday, but the meeting "
                   "lasted less than two hours. The talks were mediated by Turkey.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOV", "UKRGOV", "044")) << r.out;  // met in a third country
  EXPECT_TRUE(HasEvent(r.out, "TUR", "RUSGOV", "045")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "TUR", "UKRGOV", "045")) << r.out;
}

TEST(CliTest, TheDecisionWelcomedIsItsMakers) {
  // "Ukraine's" hung on the verb by the parser is the subject's, no target.
  auto r = CodeTsv("eu.txt",
                   " date 2025-07-19 \nThe European Union approved its 18th package of sanctions against Russia on "
                   "Friday. Moscow said the sanctions were illegal. Ukraine's President Volodymyr Zelenskiy "
                   "welcomed the decision.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "UKRGOV", "IGOEUREEC", "051")) << r.out;
}

TEST(CliTest, TheIncursionIsItsIntrudersNotTheLatestAttackers) {
  // Poland shot down the drones (the latest attack); the incursion was Russia's.
  auto r = CodeTsv("incursion.txt",
                   " date 2025-09-11 \nPoland shot down Russian drones that entered its airspace overnight during an "
                   "attack on western Ukraine. NATO Secretary-General Mark Rutte called the incursion reckless.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "IGOWSTNAT", "RUSMIL", "111")) << r.out;
  EXPECT_FALSE(HasEvent(r.out, "IGOWSTNAT", "POL", "111")) << r.out;
}

TEST(CliTest, ACrowdCountedIsPeople) {
  auto r = CodeTsv("crowd.txt",
                   " date 2025-06-01 \nThousands protested in Belgrade against the government on Saturday. Tens "
                   "of thousands rallied in Tbilisi on Sunday. Thousands of Russian troops entered Ukraine.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "SRBCVL", "SRBGOV", "141")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "GEOCVL", "GEOGOV", "141")) << r.out;
  EXPECT_EQ(r.out.find("RUSCVL"), std::string::npos) << r.out;  // troops counted are troops
}

TEST(CliTest, APartOfACapitalIsAPlaceNotItsGovernment) {
  auto r = CodeTsv("nepal.txt", " date 2025-09-10 \nNepal's army took control of the streets of Kathmandu on Wednesday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\tNPLGOV\t"), std::string::npos) << r.out;
}

TEST(CliTest, AReactionToTheMeasuresIsAimedAtTheLatestSanctions) {
  auto r = CodeTsv("sanctions.txt",
                   " date 2025-02-24 \nThe European Union on Monday adopted a 16th package of sanctions against "
                   "Russia. The Kremlin dismissed the measures as illegal.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "IGOEUREEC", "RUS", "163")) << r.out;
  EXPECT_TRUE(HasEvent(r.out, "RUSGOV", "IGOEUREEC", "120")) << r.out;
}

TEST(CliTest, AReactionToTheLaunchIsAimedAtTheLatestShowOfForce) {
  auto r = CodeTsv("launch.txt",
                   " date 2025-11-26 \nNorth Korea fired a ballistic missile into the sea off its east coast on "
                   "Wednesday. Japan's Prime Minister Sanae Takaichi condemned the launch.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(HasEvent(r.out, "JPNGOV", "PRK", "1123")) << r.out;
}

TEST(CliTest, EvalShowsMissesAtTheLevelAsked) {
  auto gold = Write("gold.xml",
                    "<Sentences>\n<Sentence date=\"20221126\" id=\"x1\">\n<EventCoding eventcode=\"193\" "
                    "sourcecode=\"RUSMIL\" targetcode=\"UKRMIL\" />\n<Text>\nRussian troops attacked Ukrainian "
                    "soldiers near Kharkiv on Monday.\n</Text>\n</Sentence>\n</Sentences>\n");
  // 190 coded against 193 in the gold: a miss at the exact level, none at country + root.
  auto exact = RunCommand(DyadBinary() + " eval " + gold + " --show");
  EXPECT_NE(exact.out.find("MISS  x1  RUSMIL UKRMIL 193"), std::string::npos) << exact.out;
  auto root = RunCommand(DyadBinary() + " eval " + gold + " --show --show-level root");
  EXPECT_EQ(root.out.find("MISS"), std::string::npos) << root.out;
  EXPECT_EQ(root.out.find("FALSE"), std::string::npos) << root.out;
  auto bad = RunCommand(DyadBinary() + " eval " + gold + " --show --show-level bogus");
  EXPECT_EQ(bad.exit_code, 2);
}

TEST(CliTest, EvalCodesJsonlArticlesWholeAndScoresEventDatesAndPlaces) {
  // Two sentences, one title: the article is cleaned and segmented as dyad code does, and the
  // gold dates are compared with the dates of the matched events.
  auto gold = Write("gold.jsonl",
                    "{\"id\":\"a1\",\"date\":\"2022-11-26\",\"title\":\"Fighting near Kharkiv\",\"text\":"
                    "\"Russian troops attacked Ukrainian soldiers near Kharkiv on Monday. Poland condemned the "
                    "attack on Wednesday.\",\"events\":[{\"source\":\"RUSMIL\",\"target\":\"UKRMIL\",\"code\":"
                    "\"190\",\"date\":\"2022-11-21\",\"place\":\"Kharkiv\"},{\"source\":\"POL\",\"target\":"
                    "\"RUSMIL\",\"code\":\"111\",\"date\":\"2022-11-24\",\"place\":\"Warsaw\"}]}\n");
  auto r = RunCommand(DyadBinary() + " eval " + gold + " --show --show-level root");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("country + root code            P 1.000  R 1.000"), std::string::npos) << r.out;
  // Wednesday before the story date is 2022-11-23, not the gold's (wrong) 24th: one date miss, shown.
  EXPECT_NE(r.out.find("event dates: 1 of 2 right"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("DATE  a1  POL RUSMIL 111  gold 2022-11-24 coded 2022-11-23"), std::string::npos) << r.out;
  // "near Kharkiv" places the attack; the text names no place for Poland's condemnation.
  EXPECT_NE(r.out.find("event places: 1 of 2 right, 1 with no place"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PLACE a1  POL RUSMIL 111  gold Warsaw coded none"), std::string::npos) << r.out;
}

// A gold place is the coded location's name also before the gazetteer's
// qualifier: "Washington" is "Washington, D.C.".
TEST(CliTest, EvalMatchesAPlaceNameBeforeItsQualifier) {
  auto gold = Write("washington.jsonl",
                    "{\"id\":\"w1\",\"date\":\"2025-06-28\",\"title\":\"\",\"text\":\"WASHINGTON, June 27 (Reuters) - Rwandan President "
                    "Paul Kagame met Donald Trump on Friday.\",\"events\":[{\"source\":\"RWAGOV\",\"target\":"
                    "\"USAGOV\",\"code\":\"040\",\"date\":\"2025-06-27\",\"place\":\"Washington\"}]}\n");
  auto r = RunCommand(DyadBinary() + " eval " + gold + " --show --show-level root");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("event places: 1 of 1 right"), std::string::npos) << r.out;
}

TEST(CliTest, AllFourFormats) {
  const std::string sentence = "Russian troops attacked Ukrainian soldiers near Kharkiv on Monday.";
  auto news = Write("a.txt", " date 2022-11-26 \nRussia attacks Ukraine\n" + sentence + "\n");
  auto jsonl = Write("a.jsonl", "{\"id\":\"j1\",\"date\":\"2022-11-26\",\"title\":\"Attack\",\"text\":\"" + sentence + "\"}\n");
  auto plain = Write("p.txt", sentence + "\n");
  auto xml = Write("s.xml", "<Sentences>\n<Sentence date=\"20221126\" id=\"x1\">\n<Text>\n" + sentence +
                                "\n</Text>\n</Sentence>\n</Sentences>\n");
  for (const std::string& cmd : {DyadBinary() + " code " + news, DyadBinary() + " code " + jsonl,
                                 DyadBinary() + " code --input-format plain --date 2022-11-26 --id p1 " + plain,
                                 DyadBinary() + " code " + xml}) {
    auto r = RunCommand(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.err;
    EXPECT_NE(r.out.find("\"source\":{\"code\":\"RUSMIL\""), std::string::npos) << cmd << "\n" << r.out;
  }
}

TEST(CliTest, BadRecordsAreReportedAndTheRestIsCoded) {
  auto jsonl = Write("bad.jsonl",
                     "{\"id\":\"ok1\",\"date\":\"2022-11-26\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n"
                     "{\"id\":\"bad1\",\"date\":\"2022-02-30\",\"text\":\"x\"}\n"
                     "{not json\n"
                     "{\"id\":\"ok2\",\"date\":\"2022-11-26\",\"text\":\"Chinese troops attacked Indian soldiers.\"}\n");
  auto r = RunCommand(DyadBinary() + " code " + jsonl);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":3:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"article_id\":\"ok1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"article_id\":\"ok2\""), std::string::npos);
  auto strict = RunCommand(DyadBinary() + " code --strict " + jsonl);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_EQ(strict.out.find("ok2"), std::string::npos);
  auto missing = RunCommand(DyadBinary() + " code /nonexistent/file.txt");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/file.txt"), std::string::npos);
  auto usage = RunCommand(DyadBinary() + " code --format xml " + jsonl);
  EXPECT_EQ(usage.exit_code, 2);
}

TEST(CliTest, BinaryGarbageNeverCrashes) {
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  auto f = Write("garbage.bin", garbage);
  auto r = RunCommand(DyadBinary() + " code " + f);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.exit_code << r.err;
}

TEST(CliTest, CsvAndStableIds) {
  auto f = Write("c.jsonl", "{\"id\":\"c1\",\"date\":\"2022-11-26\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n");
  auto a = RunCommand(DyadBinary() + " code " + f);
  auto b = RunCommand(DyadBinary() + " code " + f);
  EXPECT_EQ(a.out, b.out);
  auto csv = RunCommand(DyadBinary() + " code --format csv " + f);
  EXPECT_EQ(csv.out.rfind("id,article_id,", 0), 0u) << csv.out;
}

TEST(CliTest, ExplainShowsParseActorsAndPattern) {
  auto r = RunCommand(DyadBinary() + " explain \"China refused to join the United States in condemning North Korea.\" --date 2022-11-26");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("actors:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("refused"), std::string::npos);
}

TEST(CliTest, ExplainReadsAFile) {
  auto f = Write("explain.txt", "Russian troops attacked Ukrainian soldiers on Monday.");
  auto r = RunCommand(DyadBinary() + " explain --file " + f + " --sentences --date 2022-11-26");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("RUSMIL -> UKRMIL"), std::string::npos) << r.out;
  auto missing = RunCommand(DyadBinary() + " explain --file /nonexistent/dyad-explain.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("dyad explain:"), std::string::npos) << missing.err;
}

TEST(CliTest, DedupGroupsAcrossArticles) {
  auto f = Write("d.jsonl",
                 "{\"id\":\"d1\",\"date\":\"2022-11-26\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n"
                 "{\"id\":\"d2\",\"date\":\"2022-11-26\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n");
  auto plain = RunCommand(DyadBinary() + " code " + f);
  auto dedup = RunCommand(DyadBinary() + " code --dedup " + f);
  EXPECT_EQ(Lines(plain.out), 2 * Lines(dedup.out)) << plain.out << dedup.out;
  EXPECT_NE(dedup.out.find("\"num_articles\":2"), std::string::npos) << dedup.out;
}

}  // namespace
}  // namespace dyad

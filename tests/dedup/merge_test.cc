// MergeArticleEvents: one event per happening within an article.
#include <gtest/gtest.h>

#include "dyad/dedup.h"

namespace dyad {
namespace {

const Date kStory{2022, 11, 26};

Event Make(int sentence, const std::string& source, const std::string& target,
           const std::string& cameo, Date date = kStory,
           DatePrecision precision = DatePrecision::kStory) {
  Event e;
  e.article_id = "a1";
  e.sentence = sentence;
  e.story_date = kStory;
  e.date = date;
  e.date_precision = precision;
  e.source.code = source;
  if (!target.empty()) {
    e.target = Actor{};
    e.target->code = target;
  }
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.mentions = {sentence};
  e.id = "s" + std::to_string(sentence) + cameo;
  return e;
}

Document Doc(int sentences, int titles) {
  Document d;
  d.sentences.resize(sentences);
  for (int i = 0; i < titles; ++i) d.sentences[i].is_title = true;
  return d;
}

TEST(MergeArticleEventsTest, SameHappeningTwiceInBody) {
  std::vector<Event> events = {Make(1, "PRK", "USA", "138"), Make(2, "CHN", "PRK", "036"),
                               Make(3, "PRK", "USA", "138")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].cameo, "138");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{1, 3}));
  EXPECT_EQ(events[0].num_mentions, 2);
  EXPECT_EQ(events[0].sentence, 1);
  EXPECT_EQ(events[1].cameo, "036");
  EXPECT_EQ(events[1].num_mentions, 1);
}

TEST(MergeArticleEventsTest, DifferentDatesAreDifferentHappenings) {
  std::vector<Event> events = {
      Make(1, "PRK", "JPN", "190", Date{2022, 11, 18}, DatePrecision::kDay),
      Make(2, "PRK", "JPN", "190", Date{2022, 11, 25}, DatePrecision::kDay)};
  MergeArticleEvents(events);
  EXPECT_EQ(events.size(), 2u);
}

TEST(MergeArticleEventsTest, DayPrecisionBeatsStoryDate) {
  // "on Saturday" in a Saturday story and an undated mention: one date, one happening.
  std::vector<Event> events = {Make(1, "USA", "CHN", "042"),
                               Make(4, "USA", "CHN", "042", kStory, DatePrecision::kDay)};
  events[1].evidence.date_expression = "on Saturday";
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date_precision, DatePrecision::kDay);
  EXPECT_EQ(events[0].evidence.date_expression, "on Saturday");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{1, 4}));
}

TEST(MergeArticleEventsTest, AnUndatedMentionJoinsTheOneDatedHappening) {
  // "Hamas freed them on the first day of a ceasefire between Israel and Hamas ... The
  // ceasefire took effect on Sunday": the undated mention is Sunday's ceasefire.
  std::vector<Event> one = {Make(1, "ISR", "PSE", "0871"),
                            Make(3, "ISR", "PSE", "0871", Date{2022, 11, 20}, DatePrecision::kDay),
                            Make(5, "ISR", "PSE", "0871", Date{2022, 11, 25}, DatePrecision::kContext)};
  MergeArticleEvents(one);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].date, (Date{2022, 11, 20}));
  EXPECT_EQ(one[0].mentions, (std::vector<int>{1, 3, 5}));
  // With two dated happenings it is not known which one it is: three events stay.
  std::vector<Event> two = {Make(1, "PRK", "JPN", "190"),
                            Make(2, "PRK", "JPN", "190", Date{2022, 11, 18}, DatePrecision::kDay),
                            Make(3, "PRK", "JPN", "190", Date{2022, 11, 25}, DatePrecision::kDay)};
  MergeArticleEvents(two);
  EXPECT_EQ(two.size(), 3u);
}

TEST(MergeArticleEventsTest, NullTargets) {
  std::vector<Event> events = {Make(1, "RUSGOV", "", "0841"), Make(2, "RUSGOV", "", "0841"),
                               Make(3, "RUSGOV", "UKR", "0841")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_FALSE(events[0].target.has_value());
  EXPECT_EQ(events[0].num_mentions, 2);
  ASSERT_TRUE(events[1].target.has_value());
}

TEST(MergeArticleEventsTest, TitleMergesIntoBodyWithSameRoot) {
  // Title "Xi writes to Kim" (030), body "Xi appealed to Kim ..." (0311).
  std::vector<Event> events = {Make(0, "CHNGOV", "PRKGOV", "030"),
                               Make(2, "CHNGOV", "PRKGOV", "0311", Date{2022, 11, 25},
                                    DatePrecision::kDay)};
  MergeArticleEvents(events, Doc(5, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "0311");  // the more specific body code
  EXPECT_EQ(events[0].sentence, 2);
  EXPECT_EQ(events[0].date.ToString(), "2022-11-25");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{0, 2}));
  EXPECT_EQ(events[0].num_mentions, 2);
}

TEST(MergeArticleEventsTest, ATitlesStatesAreTheBodysGovernments) {
  // "Armenia and Azerbaijan sign peace declaration" and the body's leaders signing it.
  std::vector<Event> events = {Make(0, "ARM", "AZE", "057"),
                               Make(2, "ARMGOV", "AZEGOV", "057", Date{2022, 11, 25}, DatePrecision::kDay)};
  MergeArticleEvents(events, Doc(3, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "ARMGOV");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{0, 2}));
  // Not the other way round: a title's government is not the body's state.
  // (Talks: a signing between two states on one day is one whichever names
  // the states, SigningsOfTheSameCountriesOnADayAreOne.)
  std::vector<Event> other = {Make(0, "ARMGOV", "AZEGOV", "046"), Make(2, "ARM", "AZE", "046")};
  MergeArticleEvents(other, Doc(3, 1));
  EXPECT_EQ(other.size(), 2u);
}

// "Armenia and the United States signed an agreement ... Landau signed the
// deal with Grigoryan": one signing, coded with the officials; a signing on
// another day stays.
TEST(MergeArticleEventsTest, SigningsOfTheSameCountriesOnADayAreOne) {
  std::vector<Event> events = {Make(1, "ARM", "USA", "057"), Make(2, "USAGOV", "ARMGOV", "057"),
                               Make(2, "ARMGOV", "USAGOV", "057"), Make(3, "USA", "ARM", "057")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].source.code, "ARMGOV");
  EXPECT_EQ(events[1].source.code, "USAGOV");
  std::vector<Event> days = {Make(1, "ARM", "USA", "057", kStory, DatePrecision::kDay),
                             Make(2, "ARMGOV", "USAGOV", "057", Date{2022, 10, 1}, DatePrecision::kDay)};
  MergeArticleEvents(days);
  EXPECT_EQ(days.size(), 2u);
}

TEST(MergeArticleEventsTest, ATitleWithNoTargetIsTheBodysDyad) {
  // "Russian strike on Kyiv kills 21" (no target) and the body's Russia
  // launching drones at Ukraine: one happening, told with its target.
  Event title = Make(0, "RUS", "", "190");
  title.one_sided = true;
  std::vector<Event> events = {title, Make(2, "RUS", "UKR", "195", Date{2022, 11, 25}, DatePrecision::kDay)};
  MergeArticleEvents(events, Doc(4, 1));
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code, "UKR");
  EXPECT_EQ(events[0].cameo, "195");
  EXPECT_EQ(events[0].sentence, 2);
  EXPECT_EQ(events[0].mentions, (std::vector<int>{0, 2}));
  // Not the other way round: a body event with no target is no title's dyad.
  Event body = Make(2, "RUS", "", "190");
  body.one_sided = true;
  std::vector<Event> other = {Make(0, "RUS", "UKR", "190"), body};
  MergeArticleEvents(other, Doc(4, 1));
  EXPECT_EQ(other.size(), 2u);
}

TEST(MergeArticleEventsTest, TitleNeedsSameActorsRootAndDate) {
  std::vector<Event> events = {Make(0, "CHNGOV", "PRKGOV", "030"),
                               Make(2, "CHNGOV", "PRKGOV", "042"),   // other root
                               Make(3, "CHNGOV", "USAGOV", "0311"),  // other target
                               Make(4, "USAGOV", "PRKGOV", "0311")}; // other source
  MergeArticleEvents(events, Doc(5, 1));
  EXPECT_EQ(events.size(), 4u);

  std::vector<Event> dated = {
      Make(0, "CHNGOV", "PRKGOV", "030", Date{2022, 11, 20}, DatePrecision::kDay),
      Make(2, "CHNGOV", "PRKGOV", "0311", Date{2022, 11, 25}, DatePrecision::kDay)};
  MergeArticleEvents(dated, Doc(5, 1));
  EXPECT_EQ(dated.size(), 2u);  // dated differently: two happenings
}

TEST(MergeArticleEventsTest, WithoutTitleInformationRootsDoNotMerge) {
  std::vector<Event> events = {Make(0, "CHNGOV", "PRKGOV", "030"),
                               Make(2, "CHNGOV", "PRKGOV", "0311")};
  MergeArticleEvents(events);
  EXPECT_EQ(events.size(), 2u);
}

TEST(MergeArticleEventsTest, BodyCodingOverTitleForTheSameCode) {
  std::vector<Event> events = {Make(0, "USA", "IRN", "172"), Make(3, "USA", "IRN", "172")};
  events[0].sentence_text = "US sanctions Iran";
  events[1].sentence_text = "The United States imposed sanctions on Iran on Friday.";
  MergeArticleEvents(events, Doc(6, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sentence, 3);
  EXPECT_EQ(events[0].sentence_text, "The United States imposed sanctions on Iran on Friday.");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{0, 3}));
}

TEST(MergeArticleEventsTest, LocationKeptFromAnyMention) {
  std::vector<Event> events = {Make(1, "USA", "CHN", "040"), Make(2, "USA", "CHN", "040")};
  events[1].location = Location{};
  events[1].location->name = "Bali";
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].location.has_value());
  EXPECT_EQ(events[0].location->name, "Bali");
}

TEST(MergeArticleEventsTest, TheMostPreciseLocationOfTheSameCountry) {
  std::vector<Event> events = {Make(1, "MMRMIL", "MMRCVL", "195"), Make(2, "MMRMIL", "MMRCVL", "195"),
                               Make(3, "MMRMIL", "MMRCVL", "195")};
  auto place = [](const char* name, const char* country, const char* precision) {
    Location l;
    l.name = name;
    l.country = country;
    l.precision = precision;
    l.from = "clause";
    return l;
  };
  events[0].location = place("Rakhine", "MMR", "admin1");
  events[1].location = place("Mrauk-U", "MMR", "place");
  events[2].location = place("Dhaka", "BGD", "place");  // another country: not taken over
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location->name, "Mrauk-U");
}

TEST(MergeArticleEventsTest, AnUnplacedRoleIsTheSameRolePlaced) {
  // "A Myanmar military air strike hit a hospital ... A jet dropped two bombs on the general
  // hospital": ---HLH is MMRHLH, one happening; the placed actor is kept.
  std::vector<Event> events = {Make(1, "MMRMIL", "MMRHLH", "190"), Make(2, "MMRMIL", "---HLH", "195"),
                               Make(3, "MMRMIL", "---CVL", "195")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].target->code, "MMRHLH");
  EXPECT_EQ(events[0].mentions, (std::vector<int>{1, 2}));
  EXPECT_EQ(events[1].target->code, "---CVL");  // no placed civilians to be
}

TEST(MergeArticleEventsTest, AnUnplacedRoleWithTwoCandidatesStays) {
  std::vector<Event> events = {Make(1, "RUSMIL", "UKRCVL", "190"), Make(2, "RUSMIL", "SYRCVL", "193"),
                               Make(3, "RUSMIL", "---CVL", "195")};
  MergeArticleEvents(events);
  EXPECT_EQ(events.size(), 3u);
}

// "US envoys Witkoff and Kushner arrived in Israel and met Netanyahu": each
// envoy's meeting (040) is his visit (042), also when two envoys of one
// country visited; a meeting with no such visit stays.
TEST(MergeArticleEventsTest, AMeetingIsTheSameEnvoysVisit) {
  std::vector<Event> events = {Make(1, "USAGOV", "ISR", "042"), Make(1, "USAELI", "ISR", "042"),
                               Make(1, "USAGOV", "ISRGOV", "040"), Make(1, "USAELI", "ISRGOV", "040"),
                               Make(2, "USAGOV", "EGYGOV", "040")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].cameo, "042");
  EXPECT_EQ(events[1].cameo, "042");
  EXPECT_EQ(events[2].cameo, "040");
  EXPECT_EQ(events[2].target->code, "EGYGOV");
}

TEST(MergeArticleEventsTest, IdempotentAndFirstSeenOrder) {
  std::vector<Event> events = {Make(1, "B", "C", "040"), Make(2, "A", "C", "040"),
                               Make(3, "B", "C", "040"), Make(4, "A", "C", "040"),
                               Make(5, "D", "", "010")};
  MergeArticleEvents(events);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].source.code, "B");
  EXPECT_EQ(events[1].source.code, "A");
  EXPECT_EQ(events[2].source.code, "D");
  std::vector<Event> again = events;
  MergeArticleEvents(again);
  ASSERT_EQ(again.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(again[i].mentions, events[i].mentions);
    EXPECT_EQ(again[i].num_mentions, events[i].num_mentions);
  }
}

TEST(MergeArticleEventsTest, EmptyAndOutOfRangeSentences) {
  std::vector<Event> none;
  MergeArticleEvents(none);
  EXPECT_TRUE(none.empty());
  std::vector<Event> events = {Make(-1, "A", "B", "040"), Make(99, "A", "B", "040")};
  events[0].mentions.clear();
  MergeArticleEvents(events, Doc(2, 1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].mentions, (std::vector<int>{-1, 99}));
}

}  // namespace
}  // namespace dyad

#include <string>

#include <gtest/gtest.h>

#include "clean/dateline.h"
#include "clean/line_filter.h"
#include "clean/title_split.h"
#include "dyad/clean.h"

namespace dyad {
namespace {

Article Clean(std::string text, CleanReport* report = nullptr) {
  Article a;
  a.text = std::move(text);
  CleanReport r = CleanArticle(a);
  if (report) *report = r;
  return a;
}

std::string Dropped(const CleanReport& r) {
  std::string s;
  for (const auto& d : r.dropped) s += d + "\n";
  return s;
}

// ---- run-on titles ----

TEST(TitleSplitTest, SentenceCaseTitleIntoDeterminer) {
  Article a = Clean("Xi writes to Kim calling for world peace The Chinese president wants Pyongyang to cooperate.");
  EXPECT_EQ(a.title, "Xi writes to Kim calling for world peace");
  EXPECT_EQ(a.text, "The Chinese president wants Pyongyang to cooperate.");
}

TEST(TitleSplitTest, ACapitalsDatelineEndsTheTitleAfterAnyWord) {
  // After a function word ("says", "in") and after an acronym the title ends with.
  Article a = Clean("US strike kills 11 on boat, Trump says WASHINGTON (AFP) - The US military struck a boat.");
  EXPECT_EQ(a.title, "US strike kills 11 on boat, Trump says");
  EXPECT_EQ(a.dateline_place, "WASHINGTON");
  EXPECT_EQ(a.text, "The US military struck a boat.");
  a = Clean("China warns US BEIJING (AFP) - China warned the United States on Monday.");
  EXPECT_EQ(a.title, "China warns US");
  EXPECT_EQ(a.dateline_place, "BEIJING");
  // "mine" in a headline is the noun, no pronoun of a sentence.
  a = Clean("Thailand freezes deal after mine blast; villager shot dead BANGKOK, Nov 13, 2025 (AFP) - Thai "
            "Prime Minister Anutin said he had suspended the deal.");
  EXPECT_EQ(a.title, "Thailand freezes deal after mine blast; villager shot dead");
  EXPECT_EQ(a.dateline_place, "BANGKOK");
  a = Clean("Turkey quake toll passes 11,000 as aid pours in ANKARA, Feb 8 (Reuters) - The toll rose.");
  EXPECT_EQ(a.title, "Turkey quake toll passes 11,000 as aid pours in");
  EXPECT_EQ(a.text, "The toll rose.");
}

TEST(TitleSplitTest, TitleCaseHeadline) {
  Article a = Clean("Xi Writes To Kim Calling For World Peace In Asia The Chinese president wants calm.");
  EXPECT_EQ(a.title, "Xi Writes To Kim Calling For World Peace In Asia");
  EXPECT_EQ(a.text, "The Chinese president wants calm.");
}

TEST(TitleSplitTest, BodyOpensWithAName) {
  Article a = Clean("Pyongyang fires missile toward Japan sea North Korea launched a ballistic missile on Friday.");
  EXPECT_EQ(a.title, "Pyongyang fires missile toward Japan sea");
  EXPECT_EQ(a.text, "North Korea launched a ballistic missile on Friday.");
  a = Clean("Western powers condemn launch Britain's ambassador said the council must act.");
  EXPECT_EQ(a.title, "Western powers condemn launch");
  EXPECT_EQ(a.text, "Britain's ambassador said the council must act.");
}

TEST(TitleSplitTest, NoTitleEndsInAPreposition) {
  // "around", "along", "outside" ... take an object: no headline ends there.
  Article a = Clean("China's military drills around Taiwan alarmed Japan. Tokyo lodged a protest on Friday.");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "China's military drills around Taiwan alarmed Japan. Tokyo lodged a protest on Friday.");
}

TEST(TitleSplitTest, NoTitleEndsInAGerundAfterAPreposition) {
  // "by alleging Paris played": the name is the gerund's clause, not a body.
  Article a = Clean(
      "France on Wednesday accused Rwanda of making unacceptable accusations by alleging Paris played an active "
      "role in the genocide.");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text.substr(0, 6), "France");
  // A headline may still end in an -ing noun: "Russia steps up shelling".
  a = Clean("Russia steps up shelling Ukraine's military said attacks rose sharply on Friday.");
  EXPECT_EQ(a.title, "Russia steps up shelling");
}

TEST(TitleSplitTest, BodyOpensWithPrepositionOrPronoun) {
  Article a = Clean("China refuses to join condemnation In a statement, the foreign ministry urged restraint.");
  EXPECT_EQ(a.title, "China refuses to join condemnation");
  EXPECT_EQ(a.text, "In a statement, the foreign ministry urged restraint.");
  a = Clean("Biden presses Xi on North Korea He asked the Chinese leader to use his influence.");
  EXPECT_EQ(a.title, "Biden presses Xi on North Korea");
}

TEST(TitleSplitTest, BodyOpensWithAQuote) {
  Article a = Clean("Kim vows stronger nuclear force \"We will answer nukes with nukes,\" the leader said.");
  EXPECT_EQ(a.title, "Kim vows stronger nuclear force");
  EXPECT_EQ(a.text, "\"We will answer nukes with nukes,\" the leader said.");
}

TEST(TitleSplitTest, TitleThenDateline) {
  Article a = Clean("Xi writes to Kim calling for world peace SEOUL, Nov 26 (AFP) - The Chinese president wants calm.");
  EXPECT_EQ(a.title, "Xi writes to Kim calling for world peace");
  EXPECT_EQ(a.dateline, "SEOUL, Nov 26 (AFP) -");
  EXPECT_EQ(a.dateline_place, "SEOUL");
  EXPECT_EQ(a.agency, "AFP");
  EXPECT_EQ(a.text, "The Chinese president wants calm.");
}

TEST(TitleSplitTest, TitleOnItsOwnLine) {
  Article a = Clean("Security Council split over Pyongyang\nThe United States called the launch reckless.");
  EXPECT_EQ(a.title, "Security Council split over Pyongyang");
  EXPECT_EQ(a.text, "The United States called the launch reckless.");
}

TEST(TitleSplitTest, RealSentencesAreNotCut) {
  const char* bodies[] = {
      "The Chinese president wants Kim to cooperate, KCNA said on Saturday.",
      "President Joe Biden asked Xi last week in Bali to restrain North Korea.",
      "On Monday the United States, Britain and France condemned the launch.",
      "North Korea launched an intercontinental ballistic missile on November 18.",
      "China and Russia vetoed a resolution in May that would have tightened sanctions.",
      "Reporters were told Kim Jong Un has no plans to travel.",
      "It was the first time since 2017 that The Associated Press saw such a test.",
      "Washington said the test was reckless. The envoy added that the council must act.",
  };
  for (const char* body : bodies) {
    Article a = Clean(body);
    EXPECT_EQ(a.title, "") << body;
    EXPECT_EQ(a.text, body);
  }
}

TEST(TitleSplitTest, ExistingTitleIsKept) {
  Article a;
  a.title = "Given title";
  a.text = "Xi writes to Kim calling for world peace The Chinese president wants calm.";
  CleanArticle(a);
  EXPECT_EQ(a.title, "Given title");
  EXPECT_EQ(a.text, "Xi writes to Kim calling for world peace The Chinese president wants calm.");
}

TEST(TitleSplitTest, TrailingCreditLeavesTitle) {
  Article a;
  a.title = "Xi writes to Kim - Reuters";
  a.text = "Body text here.";
  CleanReport r = CleanArticle(a);
  EXPECT_EQ(a.title, "Xi writes to Kim");
  EXPECT_EQ(r.dropped.size(), 1u);
}

TEST(TitleSplitTest, FindTitleEndOffsets) {
  using clean_internal::FindTitleEnd;
  EXPECT_EQ(FindTitleEnd("Kim meets Putin The two leaders met in Vladivostok."), 16u);
  EXPECT_EQ(FindTitleEnd("Hello world"), std::string_view::npos);
  EXPECT_EQ(FindTitleEnd("the lower case start The body of the story."), std::string_view::npos);
  EXPECT_EQ(FindTitleEnd(""), std::string_view::npos);
}

// ---- captions and credits ----

TEST(CaptionTest, CaptionWithCreditIsDropped) {
  CleanReport r;
  Article a = Clean("The letter was read on state TV.\nXi Jinping with Kim Jong Un in 2019. AFP\nKim thanked Xi.", &r);
  EXPECT_EQ(a.text, "The letter was read on state TV.\nKim thanked Xi.");
  ASSERT_EQ(r.dropped.size(), 1u);
  EXPECT_NE(r.dropped[0].find("photo caption"), std::string::npos) << Dropped(r);
}

TEST(CaptionTest, LabelledCaptions) {
  CleanReport r;
  Article a = Clean(
      "Body first.\nKim Jong Un inspects the launch (Photo: KCNA via Reuters)\nFILE PHOTO: Xi Jinping in Beijing\n"
      "File photo\nSoldiers at the border. Photo: AP Photo/Ahn Young-joon\nBody last.",
      &r);
  EXPECT_EQ(a.text, "Body first.\nBody last.");
  EXPECT_EQ(r.dropped.size(), 4u) << Dropped(r);
}

TEST(CaptionTest, InlinePhotoCreditIsCut) {
  CleanReport r;
  Article a = Clean("Kim Jong Un (Photo: KCNA) watched the launch from a bunker, state media said.", &r);
  EXPECT_EQ(a.text, "Kim Jong Un watched the launch from a bunker, state media said.");
  ASSERT_EQ(r.dropped.size(), 1u);
}

TEST(CaptionTest, CaptionsInsideAOneLineRecordAreCut) {
  CleanReport r;
  Article a = Clean(
      "Xi Jinping has written to Kim Jong Un, KCNA reported. Xi Jinping with Kim Jong Un in 2019. AFP The letter "
      "was read on state TV. Photo: Displaced families arrive in Tawila. The two leaders met in 2019.",
      &r);
  EXPECT_EQ(a.text, "Xi Jinping has written to Kim Jong Un, KCNA reported. The letter was read on state TV. "
                    "The two leaders met in 2019.");
  EXPECT_EQ(r.dropped.size(), 1u) << Dropped(r);
  // Story text before an agency that opens a sentence stays.
  a = Clean("The ministry said it would respond. Reuters Television showed the site.", &r);
  EXPECT_EQ(a.text, "The ministry said it would respond. Reuters Television showed the site.");
}

TEST(CaptionTest, ConsecutiveCaptionsWithCreditsAreCutOnce) {
  // Two captions in a row, each with its credit: the cuts overlap and must
  // merge (erasing overlapping ranges once split a character: a fuzz find).
  CleanReport r;
  Article a = Clean(
      "Kim thanked Xi, KCNA reported. Xi with Kim in 2019. AFP Kim in Pyongyang. AFP The letter was read on TV.", &r);
  EXPECT_EQ(a.text, "Kim thanked Xi, KCNA reported. The letter was read on TV.");
  a = Clean(". . AP K. AP K\xBB", &r);
  size_t replaced = 0;
  NormalizeText(a.text, &replaced);
  EXPECT_EQ(replaced, 0u) << a.text;
}

TEST(CreditTest, LoneCreditsAreDropped) {
  const char* credits[] = {"AFP", "Reuters", "(AP)", "AFP/File", "KCNA via REUTERS", "EPA-EFE", "AFP via Getty Images",
                           "Getty Images", "(Yonhap)"};
  for (const char* c : credits) {
    CleanReport r;
    Article a = Clean(std::string("China urged calm on Saturday.\n") + c + "\nMore text follows here.", &r);
    EXPECT_EQ(a.text, "China urged calm on Saturday.\nMore text follows here.") << c;
    EXPECT_EQ(r.dropped.size(), 1u) << c;
  }
}

TEST(CreditTest, LoneAgencyCreditSetsAgency) {
  Article a = Clean("China urged calm on Saturday.\nAFP");
  EXPECT_EQ(a.agency, "AFP");
  EXPECT_EQ(a.text, "China urged calm on Saturday.");
}

TEST(CreditTest, StoryParagraphKeepsTextLosesCredit) {
  CleanReport r;
  Article a = Clean(
      "Seoul said the missile flew 1,000 km. It landed in the sea. Officials are studying the data. AFP", &r);
  EXPECT_EQ(a.text, "Seoul said the missile flew 1,000 km. It landed in the sea. Officials are studying the data.");
  ASSERT_EQ(r.dropped.size(), 1u);
}

TEST(CreditTest, SentencesMentioningAgenciesStay) {
  const char* lines[] = {
      "A spokesman told AFP the talks would resume.",
      "Reuters could not independently verify the report.",
      "The AP reported that Pyongyang had fired two missiles",
      "Photos released by KCNA showed Kim at the site.",
  };
  for (const char* l : lines) {
    Article a = Clean(std::string("First sentence is here.\n") + l);
    EXPECT_EQ(a.text, std::string("First sentence is here.\n") + l) << l;
  }
}

TEST(IsCreditTest, Forms) {
  std::string_view agency;
  bool labelled;
  EXPECT_TRUE(clean_internal::IsCredit("AP Photo/Ahn Young-joon", &agency, &labelled));
  EXPECT_EQ(agency, "AP Photo");
  EXPECT_TRUE(clean_internal::IsCredit("Photo: Reuters", &agency, &labelled));
  EXPECT_TRUE(labelled);
  EXPECT_TRUE(clean_internal::IsCredit("Ed Jones/AFP", &agency, &labelled));
  EXPECT_EQ(agency, "AFP");
  EXPECT_FALSE(clean_internal::IsCredit("Ed Jones", &agency, &labelled));
  EXPECT_FALSE(clean_internal::IsCredit("AFP reported", &agency, &labelled));
  EXPECT_FALSE(clean_internal::IsCredit("Photo", &agency, &labelled));
}

// ---- bylines, footers, stray punctuation ----

TEST(BylineTest, BylinesAreDropped) {
  const char* bylines[] = {"By John Smith", "By Jane Doe and Ahn Young-joon, Reuters", "BY MARIA GARCIA",
                           "By AFP", "By Olena Koval in Kyiv"};
  for (const char* b : bylines) {
    CleanReport r;
    Article a = Clean(std::string(b) + "\nThe talks ended without agreement on Friday.", &r);
    EXPECT_EQ(a.text, "The talks ended without agreement on Friday.") << b;
    EXPECT_EQ(r.dropped.size(), 1u) << b;
  }
}

TEST(BylineTest, SentencesStartingWithByStay) {
  const char* lines[] = {"By Monday the troops had left the city.", "By Tuesday, Russian forces withdrew",
                         "By then it was too late"};
  for (const char* l : lines) {
    Article a = Clean(std::string("First sentence is here.\n") + l);
    EXPECT_EQ(a.text, std::string("First sentence is here.\n") + l) << l;
  }
}

TEST(FooterTest, FootersAreDropped) {
  const char* footers[] = {
      "Did you find an error? Please let us know.",
      "Read more: North Korea fires missile",
      "Subscribe to our daily newsletter",
      "Copyright 2022 Example News. All rights reserved.",
      "\xC2\xA9 2022 Example Media",
      "(Reporting by Josh Smith; Editing by Ed Davies)",
      "Advertisement",
      "Follow us on Twitter",
  };
  for (const char* f : footers) {
    CleanReport r;
    Article a = Clean(std::string("Pyongyang did not respond.\n") + f, &r);
    EXPECT_EQ(a.text, "Pyongyang did not respond.") << f;
    ASSERT_EQ(r.dropped.size(), 1u) << f;
    EXPECT_NE(r.dropped[0].find("footer"), std::string::npos) << f;
  }
}

TEST(FooterTest, SentencesThatLookLikeCuesStay) {
  const char* lines[] = {"Copyright disputes are rare in the region.", "Most readers backed the plan.",
                         "Related talks will resume in Geneva."};
  for (const char* l : lines) {
    Article a = Clean(std::string("First sentence is here.\n") + l);
    EXPECT_EQ(a.text, std::string("First sentence is here.\n") + l) << l;
  }
}

TEST(StrayPunctuationTest, LeadingPunctuationIsRemoved) {
  CleanReport r;
  Article a = Clean("The talks failed.\n. China remains the North's main ally.\n, and more", &r);
  EXPECT_EQ(a.text, "The talks failed.\nChina remains the North's main ally.\nand more");
  EXPECT_EQ(r.dropped.size(), 2u);
  a = Clean("The talks failed.\n...and then silence.");
  EXPECT_EQ(a.text, "The talks failed.\n...and then silence.");
}

TEST(SeparatorTest, LinesWithoutWordsAreDropped) {
  Article a = Clean("First part.\n***\nSecond part.");
  EXPECT_EQ(a.text, "First part.\nSecond part.");
}

// ---- datelines ----

TEST(DatelineTest, AgencyDatelines) {
  Article a = Clean("SEOUL, Nov 26 (AFP) - North Korea's leader received a letter from Xi Jinping.");
  EXPECT_EQ(a.dateline, "SEOUL, Nov 26 (AFP) -");
  EXPECT_EQ(a.dateline_place, "SEOUL");
  EXPECT_EQ(a.agency, "AFP");
  EXPECT_EQ(a.text, "North Korea's leader received a letter from Xi Jinping.");

  a = Clean("WASHINGTON (Reuters) - The United States said on Monday it would seek new sanctions.");
  EXPECT_EQ(a.dateline, "WASHINGTON (Reuters) -");
  EXPECT_EQ(a.dateline_place, "WASHINGTON");
  EXPECT_EQ(a.agency, "Reuters");
}

TEST(DatelineTest, EmDashDatelineWithRegion) {
  Article a = Clean("KYIV, Ukraine \xE2\x80\x94 Russian missiles struck the capital's power grid overnight.");
  EXPECT_EQ(a.dateline, "KYIV, Ukraine -");
  EXPECT_EQ(a.dateline_place, "KYIV");
  EXPECT_EQ(a.agency, "");
  EXPECT_EQ(a.text, "Russian missiles struck the capital's power grid overnight.");
}

TEST(DatelineTest, MultiWordPlaceAndAgencyOnly) {
  Article a = Clean("UNITED NATIONS, United States (AFP) - The Security Council met on Monday.");
  EXPECT_EQ(a.dateline_place, "UNITED NATIONS");
  EXPECT_EQ(a.agency, "AFP");
  a = Clean("(Reuters) - Oil prices rose on Tuesday.");
  EXPECT_EQ(a.dateline, "(Reuters) -");
  EXPECT_EQ(a.dateline_place, "");
  EXPECT_EQ(a.agency, "Reuters");
  a = Clean("Seoul, Nov. 26 (Yonhap) -- South Korea's military said it was on alert.");
  EXPECT_EQ(a.dateline, "Seoul, Nov. 26 (Yonhap) -");
  EXPECT_EQ(a.dateline_place, "Seoul");
  EXPECT_EQ(a.agency, "Yonhap");
}

TEST(DatelineTest, ColonDatelines) {
  using clean_internal::MatchDateline;
  auto m = MatchDateline("LYON: Interpol has said it will send a team.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "LYON");
  m = MatchDateline("GAZA CITY, Palestinian Territories: Four children were killed.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "GAZA CITY");
  EXPECT_EQ(m->dateline, "GAZA CITY, Palestinian Territories:");
}

// A capitals place before a name, with no agency, dash or colon.
TEST(DatelineTest, BareCapitalsDatelines) {
  using clean_internal::MatchDateline;
  auto m = MatchDateline("WARSAW Poland shot down several Russian drones.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "WARSAW");
  EXPECT_EQ(m->dateline, "WARSAW");
  m = MatchDateline("TEHRAN/JERUSALEM Israel launched waves of air strikes.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "TEHRAN/JERUSALEM");
  m = MatchDateline("NEW DELHI India on Wednesday expelled the advisers.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "NEW DELHI");
  // Acronyms, kickers, a capitals word before a lower-case word, no sentence.
  EXPECT_FALSE(MatchDateline("NATO Secretary General Mark Rutte condemned the attack."));
  EXPECT_FALSE(MatchDateline("UNICEF Director Catherine Russell said children died."));
  EXPECT_FALSE(MatchDateline("BREAKING Russia fires missiles at Kyiv."));
  EXPECT_FALSE(MatchDateline("WARSAW said on Monday it would respond."));
  EXPECT_FALSE(MatchDateline("US President Joe Biden said he spoke with Xi."));
  EXPECT_FALSE(MatchDateline("WARSAW Poland Germany France Italy Spain Portugal Greece"));
  m = MatchDateline("PORT-AU-PRINCE Armed gangs attacked the town on Monday.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "PORT-AU-PRINCE");
  // A country of several words after the place.
  m = MatchDateline("GOMA, Democratic Republic of Congo - M23 rebels captured the city.");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place, "GOMA");
  // In a title that runs into the body; an acronym with a digit ends the title.
  EXPECT_EQ(clean_internal::FindTitleEnd(
                "Rwanda denies backing M23 GOMA, Democratic Republic of Congo - M23 rebels captured Bukavu."),
            26u);
  EXPECT_EQ(clean_internal::FindTitleEnd("Poland shoots down Russian drones WARSAW Poland shot down several drones."),
            34u);
}

TEST(DatelineTest, SentenceLevelInputDropsTheDateline) {
  Article a;
  a.sentence_level = true;
  a.text = "LYON: Interpol has said it will send a team.";
  CleanArticle(a);
  EXPECT_EQ(a.text, "Interpol has said it will send a team.");
  EXPECT_EQ(a.dateline_place, "LYON");
}

TEST(DatelineTest, OrdinarySentencesAreNotDatelines) {
  using clean_internal::MatchDateline;
  EXPECT_FALSE(MatchDateline("NATO said on Monday it would send more troops."));
  EXPECT_FALSE(MatchDateline("US President Joe Biden said he spoke with Xi."));
  EXPECT_FALSE(MatchDateline("BREAKING: North Korea fires missile"));
  EXPECT_FALSE(MatchDateline("Kyiv, the capital, was hit - again - overnight."));
  EXPECT_FALSE(MatchDateline("SEOUL -"));
  EXPECT_FALSE(MatchDateline("UPDATE: Kyiv was hit overnight."));
  EXPECT_FALSE(MatchDateline("NOTE: the figures are provisional."));
}

// ---- whole articles ----

TEST(CleanArticleTest, FullFeedRecord) {
  CleanReport r;
  Article a = Clean(
      "Xi writes to Kim calling for world peace SEOUL, Nov 26 (AFP) \xE2\x80\x93 Chinese President Xi Jinping "
      "told Kim Jong Un he wants to \xE2\x80\x9Cwork with\xE2\x80\x9D Pyongyang, state media KCNA reported on "
      "Saturday.\n"
      "Xi Jinping with Kim Jong Un in 2019. AFP\n"
      ". China remains the North's main ally.\n"
      "AFP\n"
      "Did you find an error? Please let us know.",
      &r);
  EXPECT_EQ(a.title, "Xi writes to Kim calling for world peace");
  EXPECT_EQ(a.dateline, "SEOUL, Nov 26 (AFP) -");
  EXPECT_EQ(a.agency, "AFP");
  EXPECT_EQ(a.text,
            "Chinese President Xi Jinping told Kim Jong Un he wants to \"work with\" Pyongyang, state media KCNA "
            "reported on Saturday.\nChina remains the North's main ally.");
  EXPECT_EQ(r.dropped.size(), 5u) << Dropped(r);
}

TEST(CleanArticleTest, OneLineRecordLosesItsFooterAndItsTitleByline) {
  // The whole story on one line, as many feeds give it: the footer is cut
  // where its first sentence starts; the byline leaves the run-on title.
  CleanReport r;
  Article a = Clean(
      "Putin hosts Witkoff in Kremlin By Guy Faulconbridge MOSCOW, Dec 2 (Reuters) - Putin met Witkoff on "
      "Tuesday. Ushakov said the talks were useful. (Reporting by Guy Faulconbridge; Editing by Mark "
      "Trevelyan) Our Standards: The Thomson Reuters Trust Principles.",
      &r);
  EXPECT_EQ(a.title, "Putin hosts Witkoff in Kremlin");
  EXPECT_EQ(a.text, "Putin met Witkoff on Tuesday. Ushakov said the talks were useful.");
  a = Clean("Iran fires missiles at US base DOHA (Reuters) - Iran fired missiles at the base. Qatar condemned "
            "it. Did you find an error? Let us know.");
  EXPECT_EQ(a.text, "Iran fired missiles at the base. Qatar condemned it.");
  // Story words that merely look like a cue stay: "... said. Reporting
  // by state media was delayed for weeks ..." is long enough to be news.
  std::string story = "China said so. Reporting by state media was slow";
  for (int i = 0; i < 70; ++i) story += " and slow";
  story += ".";
  a = Clean(story);
  EXPECT_NE(a.text.find("Reporting by state media"), std::string::npos);
  // A headline in title case keeps its last words: no function word in a name.
  EXPECT_EQ(clean_internal::TrailingTitleByline("Troops Advance By Land And Sea"), "");
  EXPECT_EQ(clean_internal::TrailingTitleByline("Putin hosts Witkoff By Guy Faulconbridge"), " By Guy Faulconbridge");
}

TEST(CleanArticleTest, SentenceLevelRecordsAreOnlyNormalized) {
  Article a;
  a.sentence_level = true;
  a.text = "AFP\nXi writes to Kim The \xE2\x80\x9Cletter\xE2\x80\x9D arrived.";
  CleanReport r = CleanArticle(a);
  EXPECT_EQ(a.text, "AFP Xi writes to Kim The \"letter\" arrived.");
  EXPECT_TRUE(a.title.empty());
  EXPECT_TRUE(r.dropped.empty());
}

TEST(CleanArticleTest, InvalidUtf8IsCountedNeverFatal) {
  Article a;
  a.title = "Caf\xE9";
  a.text = "Bad \xFF\xFE bytes in the body of the story.";
  CleanReport r = CleanArticle(a);
  EXPECT_EQ(r.invalid_utf8, 3u);
  EXPECT_EQ(a.text, "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes in the body of the story.");
}

TEST(CleanArticleTest, ParagraphBreaksSurvive) {
  Article a = Clean("First paragraph here.\n\nAFP\n\nSecond paragraph here.\nStill second.");
  EXPECT_EQ(a.text, "First paragraph here.\n\nSecond paragraph here.\nStill second.");
}

}  // namespace
}  // namespace dyad

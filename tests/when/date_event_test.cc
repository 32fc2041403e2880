// DateEvent and ClauseTense on hand-built parses (UD v2 relations unless a
// test says it imitates UD v1 or a parser error).
#include <cstdint>
#include <iterator>

#include <gtest/gtest.h>

#include "dyad/when.h"
#include "when/parsed.h"

namespace dyad {
namespace {

using testing::Find;
using testing::Parsed;

const Date kSaturday{2022, 11, 26};
const Date kMonday{2022, 11, 21};
const Date kTuesday{2015, 6, 9};
const Date kWednesday{2008, 8, 6};

void ExpectDate(const ResolvedDate& r, const std::string& date, DatePrecision p,
                const std::string& expression) {
  EXPECT_EQ(r.date.ToString(), date);
  EXPECT_EQ(DatePrecisionName(r.precision), std::string(DatePrecisionName(p)));
  EXPECT_EQ(r.expression, expression);
}

void ExpectStory(const ResolvedDate& r, Date story) {
  EXPECT_EQ(r.date, story);
  EXPECT_EQ(r.precision, DatePrecision::kStory);
  EXPECT_EQ(r.expression, "");
  EXPECT_TRUE(r.span.empty());
}

TEST(DateEventTest, ObliqueMonthDay) {
  Sentence s = Parsed(R"(
Pyongyang PROPN NNP 2 nsubj
launched|launch VERB VBD 0 root
an DET DT 4 det
ICBM PROPN NNP 2 obj
on ADP IN 6 case
November PROPN NNP 2 obl
18 NUM CD 6 nummod
. PUNCT . 2 punct)");
  ResolvedDate r = DateEvent(s, Find(s, "launched"), kSaturday);
  ExpectDate(r, "2022-11-18", DatePrecision::kDay, "on November 18");
  EXPECT_EQ(r.span.begin, 4);
  EXPECT_EQ(r.span.end, 7);
}

TEST(DateEventTest, TheDayOfTheStatementAnActIsMadeIn) {
  // "In a joint statement on Sunday, the ministers urged Iran ...": the
  // statement's day is the appeal's, though the phrase comes first.
  Sentence s = Parsed(R"(
In ADP IN 4 case
a DET DT 4 det
joint ADJ JJ 4 amod
statement NOUN NN 11 obl
on ADP IN 6 case
Sunday PROPN NNP 4 nmod
, PUNCT , 4 punct
the DET DT 10 det
foreign ADJ JJ 10 amod
ministers|minister NOUN NNS 11 nsubj
urged|urge VERB VBD 0 root
Iran PROPN NNP 11 obj
. PUNCT . 11 punct)");
  ExpectDate(DateEvent(s, Find(s, "urged"), kSaturday), "2022-11-20", DatePrecision::kDay, "on Sunday");
  // "Despite the statement on Sunday, Russia attacked": not the act's vehicle.
  Sentence r = Parsed(R"(
Despite ADP IN 3 case
the DET DT 3 det
statement NOUN NN 8 obl
on ADP IN 5 case
Sunday PROPN NNP 3 nmod
, PUNCT , 3 punct
Russia PROPN NNP 8 nsubj
attacked|attack VERB VBD 0 root
. PUNCT . 8 punct)");
  ExpectStory(DateEvent(r, Find(r, "attacked"), kSaturday), kSaturday);
}

TEST(DateEventTest, AParticipialClauseSharesItsVerbsTime) {
  // "Hamas attacked Israel on Saturday, killing hundreds": the killing is Saturday's;
  // "... after meeting Blinken" (a marked clause) keeps its own time.
  Sentence s = Parsed(R"(
Hamas PROPN NNP 2 nsubj
attacked|attack VERB VBD 0 root
Israel PROPN NNP 2 obj
on ADP IN 5 case
Saturday PROPN NNP 2 obl
, PUNCT , 7 punct
killing|kill VERB VBG 2 advcl
hundreds NOUN NNS 7 obj
. PUNCT . 2 punct)");
  ResolvedDate r = DateEvent(s, Find(s, "killing"), kSaturday);
  ExpectDate(r, "2022-11-26", DatePrecision::kDay, "on Saturday");
  Sentence m = Parsed(R"(
Hamas PROPN NNP 2 nsubj
attacked|attack VERB VBD 0 root
Israel PROPN NNP 2 obj
on ADP IN 5 case
Saturday PROPN NNP 2 obl
after SCONJ IN 7 mark
meeting|meet VERB VBG 2 advcl
Iran PROPN NNP 7 obj)");
  r = DateEvent(m, Find(m, "meeting"), kSaturday);
  EXPECT_EQ(r.precision, DatePrecision::kStory);
  // A clause of means is the act itself: "retaliated on Friday by imposing".
  Sentence b = Parsed(R"(
China PROPN NNP 2 nsubj
retaliated|retaliate VERB VBD 0 root
on ADP IN 4 case
Friday PROPN NNP 2 obl
by SCONJ IN 6 mark
imposing|impose VERB VBG 2 advcl
sanctions NOUN NNS 6 obj)");
  ExpectDate(DateEvent(b, Find(b, "imposing"), kSaturday), "2022-11-25", DatePrecision::kDay, "on Friday");
}

TEST(DateEventTest, AParticipleOnTheObjectSharesTheVerbsTime) {
  // "adopted a resolution on Monday calling for an end to the war": the call is Monday's.
  Sentence s = Parsed(R"(
Council PROPN NNP 2 nsubj
adopted|adopt VERB VBD 0 root
a DET DT 4 det
resolution NOUN NN 2 obj
on ADP IN 6 case
Monday PROPN NNP 2 obl
calling|call VERB VBG 4 acl
for ADP IN 9 case
end NOUN NN 7 obl
. PUNCT . 2 punct)");
  ExpectDate(DateEvent(s, Find(s, "calling"), kSaturday), "2022-11-21", DatePrecision::kDay, "on Monday");
  // (Not a clause with a subject of its own: "a resolution, its authors calling for ...".)
  Sentence o = Parsed(R"(
Council PROPN NNP 2 nsubj
adopted|adopt VERB VBD 0 root
a DET DT 4 det
resolution NOUN NN 2 obj
on ADP IN 6 case
Monday PROPN NNP 2 obl
authors NOUN NNS 8 nsubj
calling|call VERB VBG 4 acl
for ADP IN 10 case
end NOUN NN 8 obl)");
  EXPECT_EQ(DateEvent(o, Find(o, "calling"), kSaturday).precision, DatePrecision::kStory);
}

// "The commander of the RSF, Mohamed Hamdan Daglo, on Wednesday
// acknowledged": the day hung on the name set off after the subject.
TEST(DateEventTest, ADayHungOnTheSubjectsApposition) {
  Sentence s = Parsed(R"(
The DET DT 2 det
commander NOUN NN 8 nsubj
, PUNCT , 4 punct
Daglo PROPN NNP 2 appos
, PUNCT , 4 punct
on ADP IN 7 case
Wednesday PROPN NNP 4 obl
acknowledged|acknowledge VERB VBD 0 root
violations NOUN NNS 8 obj)");
  ExpectDate(DateEvent(s, Find(s, "acknowledged"), kSaturday), "2022-11-23", DatePrecision::kDay, "on Wednesday");
}

TEST(DateEventTest, FrontedInMay) {
  Sentence s = Parsed(R"(
In ADP IN 2 case
May PROPN NNP 7 obl
, PUNCT , 7 punct
Beijing PROPN NNP 7 nsubj
and CCONJ CC 6 cc
Moscow PROPN NNP 4 conj
vetoed|veto VERB VBD 0 root
a DET DT 9 det
resolution NOUN NN 7 obj)");
  ResolvedDate r = DateEvent(s, Find(s, "vetoed"), kSaturday);
  ExpectDate(r, "2022-05-01", DatePrecision::kMonth, "In May");
  EXPECT_EQ(r.span.begin, 0);
  EXPECT_EQ(r.span.end, 2);
}

// A day phrase opening the sentence dates its main clause wherever the
// parser hung it ("On Sunday Dhaka had summoned ...", "Sunday" a compound of
// the subject), but not a reported clause.
TEST(DateEventTest, AnOpeningDayPhraseDatesTheMainClause) {
  Sentence s = Parsed(R"(
On ADP IN 3 case
Sunday PROPN NNP 3 compound
Dhaka PROPN NNP 5 nsubj
had AUX VBD 5 aux
summoned|summon VERB VBN 0 root
envoys NOUN NNS 5 obj)");
  ExpectDate(DateEvent(s, Find(s, "summoned"), kSaturday), "2022-11-20", DatePrecision::kDay, "On Sunday");
  Sentence r = Parsed(R"(
On ADP IN 2 case
Sunday PROPN NNP 4 obl
, PUNCT , 4 punct
Putin PROPN NNP 4 nsubj
said|say VERB VBD 0 root
Kyiv PROPN NNP 6 nsubj
attacked|attack VERB VBD 4 ccomp
Moscow PROPN NNP 6 obj)");
  ExpectStory(DateEvent(r, Find(r, "attacked"), kSaturday), kSaturday);
}

TEST(DateEventTest, PossessiveInAfterPhrase) {
  Sentence s = Parsed(R"(
Washington PROPN NNP 2 nsubj
condemned|condemn VERB VBD 0 root
the DET DT 4 det
launch NOUN NN 2 obj
after ADP IN 10 case
Monday PROPN NNP 10 nmod:poss
's PART POS 6 case
Security PROPN NNP 9 compound
Council PROPN NNP 10 compound
meeting NOUN NN 2 obl)");
  ResolvedDate r = DateEvent(s, Find(s, "condemned"), kSaturday);
  ExpectDate(r, "2022-11-21", DatePrecision::kDay, "Monday's");
  EXPECT_EQ(r.span.begin, 5);
  EXPECT_EQ(r.span.end, 7);
}

TEST(DateEventTest, LastWeekBeforePlace) {
  Sentence s = Parsed(R"(
Biden PROPN NNP 2 nsubj
asked|ask VERB VBD 0 root
Xi PROPN NNP 2 obj
last ADJ JJ 5 amod
week NOUN NN 2 obl:tmod
in ADP IN 7 case
Bali PROPN NNP 2 obl
to PART TO 9 mark
rein|rein VERB VB 2 xcomp
in ADP RP 9 compound:prt
Pyongyang PROPN NNP 9 obj)");
  ResolvedDate r = DateEvent(s, Find(s, "asked"), kMonday);
  ExpectDate(r, "2022-11-01", DatePrecision::kMonth, "last week");
  // The xcomp inherits its clause's date.
  ResolvedDate x = DateEvent(s, Find(s, "rein"), kMonday);
  EXPECT_EQ(x.expression, "last week");
}

TEST(DateEventTest, ReportingVerbDateIsNotTheEventDate) {
  Sentence s = Parsed(R"(
North PROPN NNP 2 compound
Korea PROPN NNP 3 nsubj
launched|launch VERB VBD 0 root
a DET DT 5 det
missile NOUN NN 3 obj
on ADP IN 7 case
Friday PROPN NNP 3 obl
, PUNCT , 10 punct
KCNA PROPN NNP 10 nsubj
reported|report VERB VBD 3 parataxis
on ADP IN 12 case
Saturday PROPN NNP 10 obl
. PUNCT . 3 punct)");
  ExpectDate(DateEvent(s, Find(s, "launched"), kSaturday), "2022-11-25", DatePrecision::kDay,
             "on Friday");
  ExpectDate(DateEvent(s, Find(s, "reported"), kSaturday), "2022-11-26", DatePrecision::kDay,
             "on Saturday");
}

TEST(DateEventTest, ReportedOnSaturdayThatLaunched) {
  Sentence s = Parsed(R"(
KCNA PROPN NNP 2 nsubj
reported|report VERB VBD 0 root
on ADP IN 4 case
Saturday PROPN NNP 2 obl
that SCONJ IN 7 mark
Pyongyang PROPN NNP 7 nsubj
launched|launch VERB VBD 2 ccomp
an DET DT 9 det
ICBM PROPN NNP 7 obj
. PUNCT . 2 punct)");
  ExpectStory(DateEvent(s, Find(s, "launched"), kSaturday), kSaturday);
  ExpectDate(DateEvent(s, Find(s, "reported"), kSaturday), "2022-11-26", DatePrecision::kDay,
             "on Saturday");
}

TEST(DateEventTest, SaidOnTuesdayVersusFiredOnTuesday) {
  Sentence s = Parsed(R"(
Israel PROPN NNP 2 nsubj
said|say VERB VBD 0 root
a DET DT 5 det
mortar NOUN NN 5 compound
bomb NOUN NN 7 nsubj:pass
was|be AUX VBD 7 aux:pass
fired|fire VERB VBN 2 ccomp
from ADP IN 10 case
the DET DT 10 det
Gaza PROPN NNP 7 obl
on ADP IN 12 case
Monday PROPN NNP 7 obl)");
  ExpectDate(DateEvent(s, Find(s, "fired"), kTuesday), "2015-06-08", DatePrecision::kDay,
             "on Monday");
  ExpectStory(DateEvent(s, Find(s, "said"), kTuesday), kTuesday);
}

TEST(DateEventTest, BareWeekdayBetweenSubjectAndVerb) {
  Sentence s = Parsed(R"(
Ukrainian ADJ JJ 2 amod
lawmakers|lawmaker NOUN NNS 4 nsubj
Tuesday PROPN NNP 4 obl:tmod
endorsed|endorse VERB VBD 0 root
an DET DT 7 det
association NOUN NN 7 compound
agreement NOUN NN 4 obj)");
  ExpectDate(DateEvent(s, Find(s, "endorsed"), kTuesday), "2015-06-09", DatePrecision::kDay,
             "Tuesday");
}

TEST(DateEventTest, Ewt214UnmarkedRelations) {
  // UD EWT 2.14 writes bare temporal noun phrases as obl:unmarked.
  Sentence s = Parsed(R"(
Moscow PROPN NNP 5 nsubj
earlier ADV RBR 4 advmod
this DET DT 4 det
year NOUN NN 5 obl:unmarked
acknowledged|acknowledge VERB VBD 0 root
the DET DT 7 det
strike NOUN NN 5 obj
, PUNCT , 11 punct
a DET DT 10 det
spokesman NOUN NN 11 nsubj
said|say VERB VBD 5 parataxis
last ADJ JJ 13 amod
week NOUN NN 11 obl:unmarked)");
  ExpectDate(DateEvent(s, Find(s, "acknowledged"), kSaturday), "2022-01-01", DatePrecision::kYear,
             "earlier this year");
  ExpectDate(DateEvent(s, Find(s, "said"), kSaturday), "2022-11-01", DatePrecision::kMonth,
             "last week");
}

// "Overnight" is the night that ended on the story day (a Tuesday here).
TEST(DateEventTest, OvernightAdverb) {
  Sentence s = Parsed(R"(
Insurgents|insurgent NOUN NNS 2 nsubj
bombarded|bombard VERB VBD 0 root
Aleppo PROPN NNP 2 obj
overnight ADV RB 2 advmod
. PUNCT . 2 punct)");
  ExpectDate(DateEvent(s, Find(s, "bombarded"), kTuesday), "2015-06-09", DatePrecision::kDay,
             "overnight");
}

TEST(DateEventTest, TwoDaysAgo) {
  Sentence s = Parsed(R"(
The DET DT 2 det
talks|talk NOUN NNS 3 nsubj
collapsed|collapse VERB VBD 0 root
two NUM CD 5 nummod
days|day NOUN NNS 6 obl:npmod
ago ADV RB 3 advmod
. PUNCT . 3 punct)");
  ResolvedDate r = DateEvent(s, Find(s, "collapsed"), kSaturday);
  ExpectDate(r, "2022-11-24", DatePrecision::kDay, "two days ago");
  EXPECT_EQ(r.span.begin, 3);
  EXPECT_EQ(r.span.end, 6);
}

TEST(DateEventTest, EarlierThisMonth) {
  Sentence s = Parsed(R"(
Russia PROPN NNP 2 nsubj
expelled|expel VERB VBD 0 root
the DET DT 4 det
envoy NOUN NN 2 obj
earlier ADV RBR 2 advmod
this DET DT 7 det
month NOUN NN 5 obl:npmod)");
  ExpectDate(DateEvent(s, Find(s, "expelled"), kSaturday), "2022-11-01", DatePrecision::kMonth,
             "earlier this month");
}

TEST(DateEventTest, FutureWeekday) {
  Sentence s = Parsed(R"(
Obama PROPN NNP 3 nsubj
will AUX MD 3 aux
visit VERB VB 0 root
Beijing PROPN NNP 3 obj
on ADP IN 6 case
Monday PROPN NNP 3 obl)");
  EXPECT_EQ(ClauseTense(s, Find(s, "visit")), Tense::kFuture);
  ExpectDate(DateEvent(s, Find(s, "visit"), kSaturday), "2022-11-28", DatePrecision::kDay,
             "on Monday");
}

TEST(DateEventTest, ScheduledToGiveOnThursday) {
  Sentence s = Parsed(R"(
Bush PROPN NNP 3 nsubj:pass
is|be AUX VBZ 3 aux:pass
scheduled|schedule VERB VBN 0 root
to PART TO 5 mark
give VERB VB 3 xcomp
a DET DT 7 det
speech NOUN NN 5 obj
on ADP IN 9 case
Thursday PROPN NNP 5 obl)");
  EXPECT_EQ(ClauseTense(s, Find(s, "give")), Tense::kFuture);
  ExpectDate(DateEvent(s, Find(s, "give"), kWednesday), "2008-08-07", DatePrecision::kDay,
             "on Thursday");
}

TEST(DateEventTest, XcompClimbsToItsClause) {
  Sentence s = Parsed(R"(
Bush PROPN NNP 2 nsubj
plans|plan VERB VBZ 0 root
on ADP IN 4 case
Thursday PROPN NNP 2 obl
to PART TO 6 mark
meet VERB VB 2 xcomp
dissidents|dissident NOUN NNS 6 obj)");
  ExpectDate(DateEvent(s, Find(s, "meet"), kWednesday), "2008-08-07", DatePrecision::kDay,
             "on Thursday");
}

TEST(DateEventTest, ConjunctSharesOrKeepsItsDate) {
  Sentence s = Parsed(R"(
Putin PROPN NNP 2 nsubj
met|meet VERB VBD 0 root
Xi PROPN NNP 2 obj
on ADP IN 5 case
Monday PROPN NNP 2 obl
and CCONJ CC 7 cc
signed|sign VERB VBD 2 conj
a DET DT 9 det
pact NOUN NN 7 obj
; PUNCT : 2 punct
Kim PROPN NNP 12 nsubj
responded|respond VERB VBD 2 conj
on ADP IN 14 case
Wednesday PROPN NNP 12 obl)");
  EXPECT_EQ(DateEvent(s, Find(s, "signed"), kSaturday).date.ToString(), "2022-11-21");
  EXPECT_EQ(DateEvent(s, Find(s, "responded"), kSaturday).date.ToString(), "2022-11-23");
}

TEST(DateEventTest, AfterClauseDates) {
  Sentence s = Parsed(R"(
China PROPN NNP 2 nsubj
protested|protest VERB VBD 0 root
after SCONJ IN 6 mark
the DET DT 5 det
leaders|leader NOUN NNS 6 nsubj
met|meet VERB VBD 2 advcl
on ADP IN 8 case
Monday PROPN NNP 6 obl)");
  ExpectDate(DateEvent(s, Find(s, "protested"), kSaturday), "2022-11-21", DatePrecision::kDay,
             "on Monday");
}

TEST(DateEventTest, BeforeClauseDoesNotDate) {
  Sentence s = Parsed(R"(
Before ADP IN 2 mark
leaving|leave VERB VBG 9 advcl
for ADP IN 4 case
Beijing PROPN NNP 2 obl
on ADP IN 6 case
Thursday PROPN NNP 2 obl
, PUNCT , 9 punct
Bush PROPN NNP 9 nsubj
met|meet VERB VBD 0 root
dissidents|dissident NOUN NNS 9 obj)");
  ExpectStory(DateEvent(s, Find(s, "met"), kWednesday), kWednesday);
}

TEST(DateEventTest, AfterEventNounWithTime) {
  // UD v1 relations, as in the PETRARCH gold parses.
  Sentence s = Parsed(R"(
The DET DT 3 det
State PROPN NNP 3 compound
Department PROPN NNP 5 nsubj
has|have AUX VBZ 5 aux
advised|advise VERB VBN 0 root
against ADP IN 7 case
travel NOUN NN 5 nmod
after ADP IN 10 case
the DET DT 10 det
museum NOUN NN 5 nmod
shooting|shoot VERB VBG 10 acl
last ADJ JJ 13 amod
week NOUN NN 11 nmod:tmod)");
  EXPECT_EQ(ClauseTense(s, Find(s, "advised")), Tense::kPast);
  ExpectDate(DateEvent(s, Find(s, "advised"), kTuesday), "2015-06-01", DatePrecision::kMonth,
             "last week");
}

TEST(DateEventTest, NounModifierIsNotTheVerbsDate) {
  Sentence s = Parsed(R"(
A DET DT 2 det
court NOUN NN 4 nsubj
has|have AUX VBZ 4 aux
issued|issue VERB VBN 0 root
warrants|warrant NOUN NNS 4 obj
in ADP IN 8 case
the DET DT 8 det
slaying NOUN NN 5 nmod
three NUM CD 10 nummod
years|year NOUN NNS 11 obl:npmod
ago ADV RB 8 advmod
, PUNCT , 15 punct
police NOUN NN 14 compound
officer NOUN NN 15 nsubj
said|say VERB VBD 4 parataxis
Wednesday PROPN NNP 15 obl:tmod)");
  ExpectStory(DateEvent(s, Find(s, "issued"), kWednesday), kWednesday);
  ExpectDate(DateEvent(s, Find(s, "said"), kWednesday), "2008-08-06", DatePrecision::kDay,
             "Wednesday");
}

TEST(DateEventTest, PresentPerfectRejectsAgo) {
  // The shipped GSR parse hangs "three years ago" on "has issued".
  Sentence s = Parsed(R"(
A DET DT 2 det
court NOUN NN 4 nsubj
has|have AUX VBZ 4 aux
issued|issue VERB VBN 0 root
warrants|warrant NOUN NNS 4 obj
for ADP IN 7 case
men|man NOUN NNS 4 obl
sought|seek VERB VBN 7 acl
three NUM CD 10 nummod
years|year NOUN NNS 11 obl:npmod
ago ADV RB 4 advmod)");
  ExpectStory(DateEvent(s, Find(s, "issued"), kWednesday), kWednesday);
  // Without "has" the same attachment dates the verb.
  s.tokens[2].deprel = "dep";
  ExpectDate(DateEvent(s, Find(s, "issued"), kWednesday), "2005-01-01", DatePrecision::kYear,
             "three years ago");
}

TEST(DateEventTest, PossessiveSubject) {
  Sentence s = Parsed(R"(
Monday PROPN NNP 3 nmod:poss
's PART POS 1 case
attack NOUN NN 4 nsubj
killed|kill VERB VBD 0 root
ten NUM CD 6 nummod
soldiers|soldier NOUN NNS 4 obj)");
  ExpectDate(DateEvent(s, Find(s, "killed"), kSaturday), "2022-11-21", DatePrecision::kDay,
             "Monday's");
}

TEST(DateEventTest, EventNounOwnDate) {
  Sentence s = Parsed(R"(
Xi PROPN NNP 3 nmod:poss
's PART POS 1 case
visit NOUN NN 0 root
to ADP IN 5 case
Moscow PROPN NNP 3 nmod
on ADP IN 7 case
Tuesday PROPN NNP 3 nmod)");
  ExpectDate(DateEvent(s, Find(s, "visit"), kSaturday), "2022-11-22", DatePrecision::kDay,
             "on Tuesday");
}

TEST(DateEventTest, NoExpressionGivesStoryDate) {
  Sentence s = Parsed(R"(
President PROPN NNP 2 compound
Obama PROPN NNP 3 nsubj
expressed|express VERB VBD 0 root
sorrow NOUN NN 3 obj
for ADP IN 6 case
shootings|shooting NOUN NNS 3 obl)");
  ExpectStory(DateEvent(s, Find(s, "expressed"), kTuesday), kTuesday);
}

TEST(DateEventTest, RangeIsSkipped) {
  Sentence s = Parsed(R"(
Protests|protest NOUN NNS 3 nsubj
have|have AUX VBP 3 aux
continued|continue VERB VBN 0 root
since ADP IN 5 case
2014 NUM CD 3 obl)");
  ExpectStory(DateEvent(s, Find(s, "continued"), kTuesday), kTuesday);
}

TEST(DateEventTest, NounCompoundWeekdayIsNotADate) {
  Sentence s = Parsed(R"(
Sarkozy PROPN NNP 2 nsubj
heads|head VERB VBZ 0 root
to ADP IN 4 case
Beijing PROPN NNP 2 obl
for ADP IN 8 case
the DET DT 8 det
Friday PROPN NNP 8 compound
opening NOUN NN 2 obl)");
  ExpectStory(DateEvent(s, Find(s, "heads"), kWednesday), kWednesday);
}

TEST(DateEventTest, TimeAttachedToSubjectBeforeVerb) {
  // A parser error seen in the PETRARCH gold parses: "on Wednesday" hung on the subject.
  Sentence s = Parsed(R"(
Israel PROPN NNP 4 nsubj
on ADP IN 3 case
Wednesday PROPN NNP 1 nmod
released|release VERB VBD 0 root
the DET DT 6 det
mayor NOUN NN 4 dobj)");
  ExpectDate(DateEvent(s, Find(s, "released"), kWednesday), "2008-08-06", DatePrecision::kDay,
             "on Wednesday");
}

TEST(DateEventTest, NameHungOnWeekdayIsDropped) {
  // A parser error: "with ... Assad Tuesday" with "Tuesday" as the head.
  Sentence s = Parsed(R"(
Advisor PROPN NNP 2 nsubj
met|meet VERB VBD 0 root
with ADP IN 7 case
Syrian ADJ JJ 5 amod
President PROPN NNP 7 compound
Bashar PROPN NNP 7 name
Tuesday PROPN NNP 2 nmod)");
  ResolvedDate r = DateEvent(s, Find(s, "met"), kTuesday);
  ExpectDate(r, "2015-06-09", DatePrecision::kDay, "Tuesday");
  EXPECT_EQ(r.span.begin, 6);
  EXPECT_EQ(r.span.end, 7);
}

TEST(DateEventTest, PrefersDayPrecisionThenCloser) {
  Sentence s = Parsed(R"(
In ADP IN 2 case
November PROPN NNP 3 obl
troops|troop NOUN NNS 4 nsubj
withdrew|withdraw VERB VBD 0 root
on ADP IN 6 case
Friday PROPN NNP 4 obl)");
  ExpectDate(DateEvent(s, Find(s, "withdrew"), kSaturday), "2022-11-25", DatePrecision::kDay,
             "on Friday");
}

TEST(DateEventTest, BadInputNeverCrashes) {
  Sentence s = Parsed(R"(
a X X 2 dep
b X X 1 dep
c X X 99 dep
d X X -5 dep
Monday PROPN NNP 3 obl)");
  for (int v = -3; v < 8; ++v) {
    ResolvedDate r = DateEvent(s, v, kSaturday);
    EXPECT_TRUE(r.date.valid());
    (void)ClauseTense(s, v);
  }
  Sentence empty;
  ExpectStory(DateEvent(empty, 0, kSaturday), kSaturday);
  ResolvedDate no_story = DateEvent(s, 2, Date{});
  EXPECT_EQ(no_story.precision, DatePrecision::kStory);
}

TEST(DateEventTest, DayPhraseHungOnTheObject) {
  // dyad's parser: "on Tuesday" as nmod of "agreement".
  Sentence s = Parsed(R"(
Ukraine PROPN NNP 2 nsubj
ratified|ratify VERB VBD 0 root
a DET DT 4 det
agreement NOUN NN 2 obj
with ADP IN 7 case
the DET DT 7 det
Union PROPN NNP 4 nmod
on ADP IN 9 case
Tuesday PROPN NNP 4 nmod)");
  ExpectDate(DateEvent(s, Find(s, "ratified"), kTuesday), "2015-06-09", DatePrecision::kDay,
             "on Tuesday");
}

TEST(DateEventTest, YearOnTheObjectStaysWithTheNoun) {
  Sentence s = Parsed(R"(
The DET DT 2 det
court NOUN NN 3 nsubj
annulled|annul VERB VBD 0 root
the DET DT 5 det
elections|election NOUN NNS 3 obj
in ADP IN 7 case
2019 NUM CD 5 nmod
, PUNCT , 11 punct
last ADJ JJ 10 amod
week NOUN NN 5 nmod:unmarked)");
  ExpectStory(DateEvent(s, Find(s, "annulled"), kSaturday), kSaturday);
}

TEST(DateEventTest, WeekdayParsedAsSecondSubject) {
  Sentence s = Parsed(R"(
Ukrainian ADJ JJ 2 amod
lawmakers|lawmaker NOUN NNS 4 nsubj
Tuesday PROPN NNP 4 nsubj
endorsed|endorse VERB VBD 0 root
an DET DT 6 det
agreement NOUN NN 4 obj)");
  ExpectDate(DateEvent(s, Find(s, "endorsed"), kTuesday), "2015-06-09", DatePrecision::kDay,
             "Tuesday");
  // A weekday that is the only subject is what the sentence is about.
  Sentence only = Parsed(R"(
Tuesday PROPN NNP 2 nsubj
marked|mark VERB VBD 0 root
the DET DT 4 det
anniversary NOUN NN 2 obj)");
  ExpectStory(DateEvent(only, Find(only, "marked"), kTuesday), kTuesday);
}

TEST(DateEventTest, WeekdayEndingAName) {
  Sentence s = Parsed(R"(
Advisor PROPN NNP 2 nsubj
met|meet VERB VBD 0 root
with ADP IN 5 case
President NOUN NN 5 nmod:desc
Bashar PROPN NNP 2 obl
Assad PROPN NNP 5 flat
Tuesday PROPN NNP 5 flat)");
  ExpectDate(DateEvent(s, Find(s, "met"), kTuesday), "2015-06-09", DatePrecision::kDay, "Tuesday");
  Sentence holiday = Parsed(R"(
Catholics|catholic PROPN NNPS 2 nsubj
marked|mark VERB VBD 0 root
Good PROPN NNP 2 obj
Friday PROPN NNP 3 flat)");
  ExpectStory(DateEvent(holiday, Find(holiday, "marked"), kTuesday), kTuesday);
}

TEST(DateEventTest, NumberHeadedMonthDay) {
  Sentence s = Parsed(R"(
Chief NOUN NN 2 nsubj
met|meet VERB VBD 0 root
the DET DT 4 det
prince NOUN NN 2 obj
on ADP IN 7 case
November PROPN NNP 7 nmod:unmarked
18 NUM CD 2 obl)");
  ExpectDate(DateEvent(s, Find(s, "met"), kSaturday), "2022-11-18", DatePrecision::kDay,
             "on November 18");
}

TEST(DateEventTest, DayPhraseAfterReducedRelative) {
  Sentence s = Parsed(R"(
There PRON EX 2 expl
were|be VERB VBD 0 root
ten NUM CD 4 nummod
soldiers|soldier NOUN NNS 2 nsubj
killed|kill VERB VBN 4 acl
in ADP IN 7 case
Ukraine PROPN NNP 5 obl
today NOUN NN 4 nmod:unmarked)");
  ExpectDate(DateEvent(s, Find(s, "killed"), kTuesday), "2015-06-09", DatePrecision::kDay, "today");
}

TEST(DateEventTest, RandomTreesNeverCrash) {
  // Random heads (cycles, self-loops, out of range), relations and words.
  const char* forms[] = {"on", "Monday", "last", "week", "ago", "two", "days", "'s", "will",
                         "has", "yesterday", "May", "2019", "18th", "after", "earlier", "this",
                         "month", "said", ",", "", "Nov.", "\xE2\x80\x99s", "mid-November"};
  const char* rels[] = {"obl", "obl:tmod", "nmod", "nmod:poss", "advmod", "case", "det", "amod",
                        "nummod", "xcomp", "conj", "ccomp", "advcl", "aux", "mark", "compound",
                        "obj", "nsubj", "acl", "root", "punct", ""};
  const char* xpos[] = {"VBD", "VBN", "VB", "NNP", "CD", "MD", ""};
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  int dated = 0;
  for (int round = 0; round < 3000; ++round) {
    Sentence s;
    int n = 1 + next(14);
    for (int i = 0; i < n; ++i) {
      Token t;
      t.form = forms[next(std::size(forms))];
      t.lemma = next(3) ? t.form : "";
      t.xpos = xpos[next(std::size(xpos))];
      t.upos = next(2) ? "PROPN" : "NOUN";
      t.head = static_cast<int>(next(n + 3)) - 2;
      t.deprel = rels[next(std::size(rels))];
      s.tokens.push_back(t);
    }
    for (int v = -1; v <= n; ++v) {
      ResolvedDate r = DateEvent(s, v, kSaturday);
      ASSERT_TRUE(r.date.valid());
      if (r.precision != DatePrecision::kStory) {
        ++dated;
        ASSERT_FALSE(r.span.empty());
        ASSERT_LE(r.span.end, n);
      }
      (void)ClauseTense(s, v);
    }
  }
  EXPECT_GT(dated, 0);
}

TEST(ClauseTenseTest, Forms) {
  Sentence will = Parsed(R"(
They PRON PRP 3 nsubj
'll|will AUX MD 3 aux
attack VERB VB 0 root
and CCONJ CC 5 cc
seize VERB VB 3 conj)");
  EXPECT_EQ(ClauseTense(will, 2), Tense::kFuture);
  EXPECT_EQ(ClauseTense(will, 4), Tense::kFuture);

  Sentence going = Parsed(R"(
Iran PROPN NNP 3 nsubj
is|be AUX VBZ 3 aux
going|go VERB VBG 0 root
to PART TO 5 mark
respond VERB VB 3 xcomp)");
  EXPECT_EQ(ClauseTense(going, 4), Tense::kFuture);

  Sentence reported = Parsed(R"(
Israel PROPN NNP 2 nsubj
announced|announce VERB VBD 0 root
it PRON PRP 5 nsubj
would AUX MD 5 aux
free VERB VB 2 ccomp
prisoners|prisoner NOUN NNS 5 obj)");
  EXPECT_EQ(ClauseTense(reported, 4), Tense::kFuture);
  EXPECT_EQ(ClauseTense(reported, 1), Tense::kPast);

  Sentence conditional = Parsed(R"(
Russia PROPN NNP 3 nsubj
would AUX MD 3 aux
object VERB VB 0 root)");
  EXPECT_EQ(ClauseTense(conditional, 2), Tense::kPresent);

  Sentence perfect = Parsed(R"(
Qatar PROPN NNP 3 nsubj
has|have AUX VBZ 3 aux
pledged|pledge VERB VBN 0 root
to PART TO 5 mark
expel VERB VB 3 xcomp
leaders|leader NOUN NNS 5 obj)");
  EXPECT_EQ(ClauseTense(perfect, 2), Tense::kPast);
  EXPECT_EQ(ClauseTense(perfect, 4), Tense::kPresent);  // a past pledge: no anchor forward

  Sentence wants = Parsed(R"(
Obama PROPN NNP 2 nsubj
wants|want VERB VBZ 0 root
to PART TO 4 mark
attack VERB VB 2 xcomp
Switzerland PROPN NNP 4 obj)");
  EXPECT_EQ(ClauseTense(wants, 1), Tense::kPresent);
  EXPECT_EQ(ClauseTense(wants, 3), Tense::kFuture);

  Sentence passive = Parsed(R"(
Civilians|civilian NOUN NNS 3 nsubj:pass
were|be AUX VBD 3 aux:pass
released|release VERB VBN 0 root)");
  EXPECT_EQ(ClauseTense(passive, 2), Tense::kPast);

  Sentence progressive = Parsed(R"(
Russia PROPN NNP 3 nsubj
is|be AUX VBZ 3 aux
conducting|conduct VERB VBG 0 root
exercises|exercise NOUN NNS 3 obj)");
  EXPECT_EQ(ClauseTense(progressive, 2), Tense::kPresent);
}

}  // namespace
}  // namespace dyad

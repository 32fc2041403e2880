// The coder's parse view and its repair of closing attributions.
#include "code/parse_tree.h"

#include <string>

#include <gtest/gtest.h>

#include "code/pattern_words.h"
#include "testing/conll.h"

namespace dyad::code {
namespace {

using testing::ParsedSentence;

// "Arnor restored ties with Gondor, a senior official said on Saturday." as
// the parser often gets it: the speaker hung on the main clause, "said" a conjunct.
constexpr char kMisparsed[] = R"(Arnor Arnor PROPN 2 nsubj
restored restore VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Gondor Gondor PROPN 2 obl
, , PUNCT 9 punct
a a DET 9 det
senior senior ADJ 9 amod
official official NOUN 2 obl
said say VERB 2 conj
on on ADP 12 case
Saturday Saturday PROPN 10 obl
. . PUNCT 2 punct)";

TEST(ParseTreeTest, LemmasAreLowerCasedAndHashedAsPatternWordsHashThem) {
  Sentence s = ParsedSentence(kMisparsed);
  s.tokens[4].lemma.clear();  // no lemma: the form, lower-cased
  ParseTree t(s);
  EXPECT_EQ(t.lemma(0), "arnor");
  EXPECT_EQ(t.lemma(4), "gondor");
  EXPECT_EQ(t.lemma(11), "saturday");
  for (int i = 0; i < t.size(); ++i) EXPECT_EQ(t.lemma_hash(i), WordHash(t.lemma(i))) << i;
}

TEST(ParseTreeTest, RepairsAClosingAttribution) {
  Sentence s = ParsedSentence(kMisparsed);
  s.tokens[9].xpos = "VBD";
  ParseTree t(s);
  EXPECT_EQ(t.RepairReportingClause(), 9);
  EXPECT_EQ(t.head(8), 9);
  EXPECT_EQ(t.rel(8).label(), "nsubj");
  EXPECT_EQ(t.head(9), 1);
  EXPECT_EQ(t.rel(9).label(), "parataxis");
  EXPECT_EQ(t.head(6), 8);  // "a" still belongs to "official"
  EXPECT_EQ(t.Child(9, "nsubj"), 8);
  // The sentence's own tokens are untouched.
  EXPECT_EQ(s.tokens[8].head, 1);
  // Idempotent: a second call finds the verb's subject and does nothing.
  EXPECT_EQ(t.RepairReportingClause(), -1);
}

TEST(ParseTreeTest, LeavesOtherShapesAlone) {
  // "Arnor said it restored ties.": no comma before the verb.
  Sentence s = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
said say VERB 0 root
it it PRON 4 nsubj
restored restore VERB 2 ccomp
ties tie NOUN 4 obj
. . PUNCT 2 punct)");
  s.tokens[1].xpos = "VBD";
  s.tokens[3].xpos = "VBD";
  ParseTree t(s);
  EXPECT_EQ(t.RepairReportingClause(), -1);
  // A verb that does not report ("..., the army attacked.") is not repaired.
  Sentence s2 = ParsedSentence(kMisparsed);
  s2.tokens[9].xpos = "VBD";
  s2.tokens[9].lemma = "attack";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairReportingClause(), -1);
}

TEST(ParseTreeTest, RepairsASubjectWithACaseMarker) {
  // "North Korea on Thursday fired shells" parsed with "Thursday" as subject.
  Sentence s = ParsedSentence(R"(North North PROPN 2 compound
Korea Korea PROPN 4 compound
on on ADP 4 case
Thursday Thursday PROPN 5 nsubj
fired fire VERB 0 root
shells shell NOUN 5 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairCaseMarkedSubjects(), 1);
  EXPECT_EQ(t.head(1), 4);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(0), 1);
  EXPECT_EQ(t.head(3), 4);
  EXPECT_EQ(t.rel(3).label(), "obl");
  EXPECT_EQ(t.Child(4, "nsubj"), 1);
  EXPECT_EQ(t.RepairCaseMarkedSubjects(), 0);
}

TEST(ParseTreeTest, AParticipleWithoutAuxiliaryIsPassive) {
  // "the mayor, a member of Hamas jailed a year ago": the member was jailed.
  Sentence s = ParsedSentence(R"(Israel Israel PROPN 2 nsubj
released release VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj
member member NOUN 6 nsubj
jailed jail VERB 2 xcomp)");
  s.tokens[5].xpos = "VBN";
  ParseTree t(s);
  EXPECT_EQ(t.RepairReducedPassives(), 1);
  EXPECT_EQ(t.rel(4).label(), "nsubj:pass");
  EXPECT_TRUE(t.IsPassive(5));
  // With an auxiliary ("had jailed") the subject stays the agent.
  Sentence s2 = ParsedSentence(R"(Israel Israel PROPN 3 nsubj
had have AUX 3 aux
jailed jail VERB 0 root
him he PRON 3 obj)");
  s2.tokens[2].xpos = "VBN";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairReducedPassives(), 0);
}

TEST(ParseTreeTest, APastFormModifyingANounWithNoSubjectOrObjectIsPassive) {
  // "a member of the Hamas movement jailed a year ago", "jailed" tagged VBD.
  Sentence s = ParsedSentence(R"(member member NOUN 0 root
of of ADP 4 case
the the DET 4 det
movement movement NOUN 1 nmod
jailed jail VERB/VBD 1 acl
ago ago ADV 5 advmod)");
  ParseTree t(s);
  EXPECT_TRUE(t.IsPassive(4));
  // "the group that ... ": a past form with an object is active.
  Sentence s2 = ParsedSentence(R"(member member NOUN 0 root
of of ADP 4 case
the the DET 4 det
movement movement NOUN 1 nmod
attacked attack VERB/VBD 1 acl
police police NOUN 5 obj)");
  ParseTree t2(s2);
  EXPECT_FALSE(t2.IsPassive(4));
}

TEST(ParseTreeTest, RepairsAReducedRelativeReadAsAClause) {
  // "The civilians imprisoned in Russia were released by Putin", parsed with
  // "imprisoned" as a clause whose subject is "civilians".
  Sentence s = ParsedSentence(R"(The the DET 2 det
civilians civilian NOUN 3 nsubj
imprisoned imprison VERB 7 advcl
in in ADP 5 case
Russia Russia PROPN 3 obl
were be AUX 7 aux:pass
released release VERB 0 root
by by ADP 9 case
Putin Putin PROPN 7 obl:agent)");
  s.tokens[2].xpos = "VBN";
  ParseTree t(s);
  EXPECT_EQ(t.RepairReducedRelatives(), 1);
  EXPECT_EQ(t.head(1), 6);
  EXPECT_EQ(t.rel(1).label(), "nsubj:pass");
  EXPECT_EQ(t.head(2), 1);
  EXPECT_EQ(t.rel(2).label(), "acl");
  // A released verb with its own subject is left alone.
  Sentence s2 = ParsedSentence(R"(Troops troops NOUN 2 nsubj
arrived arrive VERB 5 advcl
they they PRON 5 nsubj:pass
were be AUX 5 aux:pass
attacked attack VERB 0 root)");
  s2.tokens[1].xpos = "VBD";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairReducedRelatives(), 0);
}

TEST(ParseTreeTest, RepairsABareInfinitiveAfterACausativeObject) {
  // "A court jailed a student for helping militants join a group", parsed
  // with "join" as a complement of "jailed".
  Sentence s = ParsedSentence(R"(A a DET 2 det
court court NOUN 3 nsubj
jailed jail VERB 0 root
a a DET 5 det
student student NOUN 3 obj
for for SCONJ 7 mark
helping help VERB 3 advcl
militants militant NOUN 7 obj
join join VERB 3 xcomp
a a DET 11 det
group group NOUN 9 obj)");
  s.tokens[8].xpos = "VB";
  ParseTree t(s);
  EXPECT_EQ(t.RepairCausativeComplements(), 1);
  EXPECT_EQ(t.head(8), 6);
  EXPECT_EQ(t.rel(8).label(), "xcomp");
  // "urged the army to help refugees leave" is already right; a to-infinitive
  // ("asked them to join") is never moved.
  Sentence s2 = ParsedSentence(R"(Seoul Seoul PROPN 2 nsubj
asked ask VERB 0 root
Tokyo Tokyo PROPN 2 obj
to to PART 5 mark
join join VERB 2 xcomp)");
  s2.tokens[4].xpos = "VB";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairCausativeComplements(), 0);
}

TEST(ParseTreeTest, RepairsAHyphenatedParticipleReadAsAClause) {
  // "The Al Qaeda-linked group attacked a base", parsed with "linked" as a
  // clause whose subject is "Al" and whose object is "group".
  Sentence s = ParsedSentence(R"(The the DET 7 det
Al Al PROPN 4 nsubj
- - PUNCT 4 punct
linked link VERB 7 advcl
Somali Somali PROPN 6 compound
group group NOUN 4 obj
attacked attack VERB 0 root
a a DET 9 det
base base NOUN 7 obj)");
  s.tokens[3].xpos = "VBN";
  ParseTree t(s);
  EXPECT_EQ(t.RepairHyphenatedParticiples(), 1);
  EXPECT_EQ(t.head(5), 6);
  EXPECT_EQ(t.rel(5).label(), "nsubj");
  EXPECT_EQ(t.head(3), 5);
  EXPECT_EQ(t.rel(3).label(), "amod");
  EXPECT_EQ(t.head(0), 5);
  EXPECT_EQ(t.head(1), 3);
  EXPECT_EQ(t.rel(1).label(), "obl:npmod");
  // "Al-Qaeda-linked militants attacked": the name hung on the verb as its
  // subject goes back under the participle.
  Sentence s2 = ParsedSentence(R"(Qaeda Qaeda PROPN 5 nsubj
- - PUNCT 3 punct
linked link VERB 4 amod
militants militant NOUN 5 nsubj
attacked attack VERB 0 root)");
  s2.tokens[2].xpos = "VBN";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairHyphenatedParticiples(), 1);
  EXPECT_EQ(t2.head(0), 2);
  EXPECT_EQ(t2.rel(0).label(), "obl:npmod");
}

TEST(ParseTreeTest, AHyphenatedParticiplePhraseTakesThePlaceOfItsWordOutsideIt) {
  // "Iran-backed Houthi rebels attacked a ship": the name the subject, the
  // participle its clause with the rebels as object.
  Sentence s = ParsedSentence(R"(Iran Iran PROPN 6 nsubj
- - PUNCT 3 punct
backed back VERB 1 acl
Houthi Houthi PROPN 5 compound
rebels rebel NOUN 3 obj
attacked attack VERB 0 root
a a DET 8 det
ship ship NOUN 6 obj)");
  s.tokens[2].xpos = "VBN";
  ParseTree t(s);
  EXPECT_EQ(t.RepairHyphenatedParticiples(), 1);
  EXPECT_EQ(t.head(4), 5);
  EXPECT_EQ(t.rel(4).label(), "nsubj");
  EXPECT_EQ(t.head(2), 4);
  EXPECT_EQ(t.rel(2).label(), "amod");
  EXPECT_EQ(t.head(0), 2);
  EXPECT_EQ(t.rel(0).label(), "obl:npmod");
  // "Troops shelled Pakistan-administered Kashmir": the participle a clausal
  // complement; the noun is the verb's object.
  Sentence s2 = ParsedSentence(R"(Troops troop NOUN 2 nsubj
shelled shell VERB 0 root
Pakistan Pakistan PROPN 5 nsubj
- - PUNCT 5 punct
administered administer VERB 2 ccomp
Kashmir Kashmir PROPN 5 obj)");
  s2.tokens[4].xpos = "VBD";
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairHyphenatedParticiples(), 1);
  EXPECT_EQ(t2.head(5), 1);
  EXPECT_EQ(t2.rel(5).label(), "obj");
  EXPECT_EQ(t2.head(4), 5);
  EXPECT_EQ(t2.head(2), 4);
}

TEST(ParseTreeTest, ThatAfterATimeWordOpensAContentClause) {
  // "Chadema said on Friday that hundreds had been killed", parsed with
  // "that" the subject of a relative clause "hundreds" on "Friday".
  Sentence s = ParsedSentence(R"(Chadema Chadema PROPN 2 nsubj
said say VERB 0 root
on on ADP 4 case
Friday Friday PROPN 2 obl
that that PRON 6 nsubj
hundreds hundred NOUN 4 acl:relcl
had have AUX 9 aux
been be AUX 9 aux:pass
killed kill VERB 2 ccomp)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairThatAfterTimeWords(), 1);
  EXPECT_EQ(t.head(5), 8);
  EXPECT_EQ(t.rel(5).label(), "nsubj:pass");
  EXPECT_EQ(t.head(4), 8);
  EXPECT_EQ(t.rel(4).label(), "mark");
  // A real relative clause on a time word stays: "the day that changed everything".
  Sentence s2 = ParsedSentence(R"(the the DET 2 det
day day NOUN 0 root
that that PRON 4 nsubj
changed change VERB 2 acl:relcl
everything everything PRON 4 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairThatAfterTimeWords(), 0);
}

TEST(ParseTreeTest, TwoNamesJoinedOnOneNounAreAList) {
  // "Ukrainian and U.S. officials met": "and" and "U.S." both hung on "officials".
  Sentence s = ParsedSentence(R"(Ukrainian Ukrainian ADJ 4 amod
and and CCONJ 4 cc
U.S. U.S. PROPN 4 compound
officials official NOUN 5 nsubj
met meet VERB 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSplitModifierLists(), 1);
  EXPECT_EQ(t.head(2), 0);
  EXPECT_EQ(t.rel(2).label(), "conj");
  EXPECT_EQ(t.head(1), 2);
  // Lower-case words are no names of owners: "economic and military aid".
  Sentence s2 = ParsedSentence(R"(economic economic ADJ 4 amod
and and CCONJ 4 cc
military military ADJ 4 amod
aid aid NOUN 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSplitModifierLists(), 0);
}

TEST(ParseTreeTest, AListOfNamesAfterAFrontedPhraseIsTheVerbsSubject) {
  // "In a statement after the vote, Britain, France and Germany called on
  // Tehran to act and said ...", parsed with the names an apposition of
  // "vote", the verb its clause and the to-clause on "vote".
  Sentence s = ParsedSentence(R"(In in ADP 3 case
a a DET 3 det
statement statement NOUN 17 obl
after after ADP 6 case
the the DET 6 det
vote vote NOUN 3 nmod
, , PUNCT 8 punct
Britain Britain PROPN 6 appos
, , PUNCT 10 punct
France France PROPN 8 conj
and and CCONJ 12 cc
Germany Germany PROPN 8 conj
called call VERB/VBD 6 acl
on on ADP 15 case
Tehran Tehran PROPN 13 obl
to to PART 17 mark
act act VERB 6 acl
said say VERB/VBD 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairListsAfterFrontedDays(), 1);
  EXPECT_EQ(t.head(12), -1);
  EXPECT_EQ(t.head(7), 12);
  EXPECT_EQ(t.rel(7).label(), "nsubj");
  EXPECT_EQ(t.head(9), 7);
  EXPECT_EQ(t.head(11), 7);
  EXPECT_EQ(t.head(2), 12);
  EXPECT_EQ(t.head(16), 12);
  EXPECT_EQ(t.rel(16).label(), "xcomp");
  EXPECT_EQ(t.head(17), 12);
  EXPECT_EQ(t.rel(17).label(), "conj");
  // One name after a phrase is left as parsed.
  Sentence s2 = ParsedSentence(R"(In in ADP 3 case
a a DET 3 det
statement statement NOUN 6 obl
, , PUNCT 3 punct
Britain Britain PROPN 6 nsubj
called call VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairListsAfterFrontedDays(), 0);
}

TEST(ParseTreeTest, ANameSplitFromItsTitleObjectIsTheObject) {
  // "Xi met party chairwoman Cheng in Beijing and urged ...", parsed with the
  // role the object and the name the subject of "urged".
  Sentence s = ParsedSentence(R"(Xi Xi PROPN 2 nsubj
met meet VERB/VBD 0 root
party party NOUN 4 compound
chairwoman chairwoman NOUN/NN 2 obj
Cheng Cheng PROPN 9 nsubj
in in ADP 7 case
Beijing Beijing PROPN 5 nmod
and and CCONJ 9 cc
urged urge VERB/VBD 2 conj
voters voter NOUN 9 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairNamesSplitFromTheirTitle(), 1);
  EXPECT_EQ(t.head(4), 1);
  EXPECT_EQ(t.rel(4).label(), "obj");
  EXPECT_EQ(t.head(3), 4);
  // A name that is another verb's own subject stays: "met reporters and Putin said".
  Sentence s2 = ParsedSentence(R"(Xi Xi PROPN 2 nsubj
met meet VERB/VBD 0 root
reporters reporter NOUN/NNS 2 obj
Putin Putin PROPN 5 nsubj
said say VERB/VBD 2 ccomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairNamesSplitFromTheirTitle(), 0);
}

TEST(ParseTreeTest, APhraseAfterMostOfThemIsAnApposition) {
  // "detained 200 workers, most of them Tajik citizens": not a second item.
  Sentence s = ParsedSentence(R"(police police NOUN 2 nsubj
detained detain VERB 0 root
200 200 NUM 4 nummod
workers worker NOUN 2 obj
, , PUNCT 10 punct
most most ADJ 10 amod
of of ADP 8 case
them they PRON 6 nmod
Tajik Tajik ADJ 10 amod
citizens citizen NOUN 4 conj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairPartitiveAppositions(), 1);
  EXPECT_EQ(t.head(9), 3);
  EXPECT_EQ(t.rel(9).label(), "appos");
  // A list stays a list: "workers, students and most teachers".
  Sentence s2 = ParsedSentence(R"(police police NOUN 2 nsubj
detained detain VERB 0 root
workers worker NOUN 2 obj
, , PUNCT 5 punct
students student NOUN 3 conj
and and CCONJ 7 cc
most most ADJ 7 amod
teachers teacher NOUN 3 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairPartitiveAppositions(), 0);
}

TEST(ParseTreeTest, ACommasIngClauseAfterARelativeClauseIsTheMainVerbs) {
  // "Israel struck a building where leaders had gathered, killing five".
  Sentence s = ParsedSentence(R"(Israel Israel PROPN 2 nsubj
struck strike VERB 0 root
a a DET 4 det
building building NOUN 2 obj
where where ADV 8 advmod
leaders leader NOUN 8 nsubj
had have AUX 8 aux
gathered gather VERB 4 acl:relcl
, , PUNCT 10 punct
killing kill VERB 8 advcl
five five NUM 10 obj)");
  s.tokens[7].xpos = "VBN";
  s.tokens[9].xpos = "VBG";
  ParseTree t(s);
  EXPECT_EQ(t.RepairParticiplesAfterRelativeClauses(), 1);
  EXPECT_EQ(t.head(9), 1);
  // Without the comma it may be the relative clause's own: "where leaders had gathered hoping ...".
  s.tokens[8].form = "then";
  ParseTree t2(s);
  EXPECT_EQ(t2.RepairParticiplesAfterRelativeClauses(), 0);
}

TEST(ParseTreeTest, ACommasIngClauseAfterAToClauseOnANounIsTheMainVerbs) {
  // "Arnor launched a process to reimpose sanctions, accusing Gondor".
  Sentence s = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
launched launch VERB/VBD 0 root
a a DET 4 det
process process NOUN 2 obj
to to PART 6 mark
reimpose reimpose VERB/VB 4 acl
sanctions sanction NOUN 6 obj
, , PUNCT 9 punct
accusing accuse VERB/VBG 6 advcl
Gondor Gondor PROPN 9 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairParticiplesAfterRelativeClauses(), 1);
  EXPECT_EQ(t.head(8), 1);
  // Not a clause on a noun with no "to": "a process reimposing sanctions, ...".
  s.tokens[4].form = "now";
  s.tokens[4].lemma = "now";
  s.tokens[4].deprel = "advmod";
  ParseTree t2(s);
  EXPECT_EQ(t2.RepairParticiplesAfterRelativeClauses(), 0);
}

TEST(ParseTreeTest, RepairsAnObjectStrandedOnTheFirstOfTwoVerbs) {
  // "Kenya condemned the attack and promised aid", parsed with "aid" as a
  // second object of "condemned".
  Sentence s = ParsedSentence(R"(Kenya Kenya PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
and and CCONJ 6 cc
promised promise VERB 2 conj
aid aid NOUN 2 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairStrandedObjects(), 1);
  EXPECT_EQ(t.head(6), 5);
  // The stranded object may be labelled a bare oblique.
  Sentence s3 = ParsedSentence(R"(Kenya Kenya PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
and and CCONJ 6 cc
promised promise VERB 2 conj
aid aid NOUN 2 obl:unmarked)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairStrandedObjects(), 1);
  EXPECT_EQ(t3.head(6), 5);
  // "condemned the attack and promised aid" parsed right is left alone.
  Sentence s2 = ParsedSentence(R"(Kenya Kenya PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
and and CCONJ 6 cc
promised promise VERB 2 conj
aid aid NOUN 6 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairStrandedObjects(), 0);
}

TEST(ParseTreeTest, RepairsAListedAdjectiveReadAsAComplement) {
  // "Kenya will restore complete, full ties", parsed with "complete" as a
  // complement of "restore" and "ties" as a conjunct of the root.
  Sentence s = ParsedSentence(R"(Kenya Kenya PROPN 3 nsubj
will will AUX 3 aux
restore restore VERB 0 root
complete complete ADJ 3 xcomp
, , PUNCT 7 punct
full full ADJ 7 amod
ties tie NOUN 3 conj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairListedAdjectives(), 1);
  EXPECT_EQ(t.head(6), 2);
  EXPECT_EQ(t.rel(6).label(), "obj");
  EXPECT_EQ(t.head(3), 6);
  EXPECT_EQ(t.rel(3).label(), "amod");
  // "found the deal fair" keeps its complement.
  Sentence s2 = ParsedSentence(R"(Kenya Kenya PROPN 2 nsubj
found find VERB 0 root
the the DET 4 det
deal deal NOUN 2 obj
fair fair ADJ 2 xcomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairListedAdjectives(), 0);
}

TEST(ParseTreeTest, RepairsASubordinateClauseReadAsAnOblique) {
  // "The stopover came as the US leader prepared to attend", parsed with
  // "as the US leader" an oblique of "came" and "prepared" its complement.
  Sentence s = ParsedSentence(R"(The the DET 2 det
stopover stopover NOUN 3 nsubj
came come VERB/VBD 0 root
as as ADP 7 case
the the DET 7 det
US US PROPN 7 compound
leader leader NOUN 3 obl
prepared prepare VERB/VBN 3 xcomp
to to PART 10 mark
attend attend VERB/VB 8 xcomp
Olympics Olympics PROPN 10 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSubordinateSubjects(), 1);
  EXPECT_EQ(t.head(6), 7);
  EXPECT_EQ(t.rel(6).label(), "nsubj");
  EXPECT_EQ(t.head(3), 7);
  EXPECT_EQ(t.rel(3).label(), "mark");
  EXPECT_EQ(t.head(7), 2);
  EXPECT_EQ(t.rel(7).label(), "advcl");
  // "came as a surprise to Moscow": no verb after the noun.
  Sentence s2 = ParsedSentence(R"(It it PRON 2 nsubj
came come VERB/VBD 0 root
as as ADP 5 case
a a DET 5 det
surprise surprise NOUN 2 obl
to to ADP 7 case
Moscow Moscow PROPN 5 nmod)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSubordinateSubjects(), 0);
  // "returned after talks ended": the parser already has it right.
  Sentence s3 = ParsedSentence(R"(He he PRON 2 nsubj
returned return VERB/VBD 0 root
after after SCONJ 5 mark
talks talk NOUN 5 nsubj
ended end VERB/VBD 2 advcl)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairSubordinateSubjects(), 0);
  // "were killed as police fired on demonstrators", the verb tagged a
  // participle: a phrase aimed at someone makes it the clause's verb.
  Sentence s4 = ParsedSentence(R"(People people NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
as as ADP 5 case
police police NOUN 3 obl
fired fire VERB/VBN 3 advcl
on on ADP 8 case
demonstrators demonstrator NOUN 6 obl)");
  ParseTree t4(s4);
  EXPECT_EQ(t4.RepairSubordinateSubjects(), 1);
  EXPECT_EQ(t4.head(4), 5);
  EXPECT_EQ(t4.rel(4).label(), "nsubj");
  // "as the troops deployed there": a participle that may modify the noun.
  Sentence s5 = ParsedSentence(R"(It it PRON 2 nsubj
came come VERB/VBD 0 root
as as ADP 5 case
the the DET 5 det
troops troops NOUN 2 obl
deployed deploy VERB/VBN 2 advcl
there there ADV 6 advmod)");
  ParseTree t5(s5);
  EXPECT_EQ(t5.RepairSubordinateSubjects(), 0);
  // "takes effect as Hamas frees hostages", the noun an oblique of the
  // verb right after it.
  Sentence s6 = ParsedSentence(R"(ceasefire ceasefire NOUN 2 nsubj
takes take VERB/VBZ 0 root
effect effect NOUN 2 obj
as as ADP 5 case
Hamas Hamas PROPN 6 obl
frees free VERB/VBZ 2 advcl
hostages hostage NOUN 6 obj)");
  ParseTree t6(s6);
  EXPECT_EQ(t6.RepairSubordinateSubjects(), 1);
  EXPECT_EQ(t6.rel(4).label(), "nsubj");
  EXPECT_EQ(t6.rel(3).label(), "mark");
}

TEST(ParseTreeTest, ADoubleSubjectWithAPossessiveIsItsPossessor) {
  // "Israel's far-right minister Ben-Gvir resigned", parsed with two subjects.
  Sentence s = ParsedSentence(R"(Israel Israel PROPN 7 nsubj
's 's PART/POS 1 case
far far ADJ 5 advmod
- - PUNCT 3 punct
right right ADJ 6 amod
minister minister NOUN 7 nsubj
resigned resign VERB/VBD 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairDoubleSubjects(), 1);
  EXPECT_EQ(t.head(0), 5);
  EXPECT_EQ(t.rel(0).label(), "nmod:poss");
}

TEST(ParseTreeTest, AConjoinedClauseTakesTheNounBeforeItForSubject) {
  // "Hamas released hostages on Sunday and Israel freed prisoners", parsed
  // "Sunday and Israel" with "freed" a subjectless conjunct.
  Sentence s = ParsedSentence(R"(Hamas Hamas PROPN 2 nsubj
released release VERB/VBD 0 root
hostages hostage NOUN 2 obj
on on ADP 5 case
Sunday Sunday PROPN 3 nmod
and and CCONJ 7 cc
Israel Israel PROPN 5 conj
freed free VERB/VBD 2 conj
prisoners prisoner NOUN 8 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairConjoinedClauseSubjects(), 1);
  EXPECT_EQ(t.head(6), 7);
  EXPECT_EQ(t.rel(6).label(), "nsubj");
  EXPECT_EQ(t.head(5), 7);
  // A verb with its own subject stays: "Hamas released hostages and Israel
  // and Egypt welcomed it" is not touched here.
  Sentence s2 = ParsedSentence(R"(Hamas Hamas PROPN 2 nsubj
released release VERB/VBD 0 root
hostages hostage NOUN 2 obj
and and CCONJ 6 cc
Israel Israel PROPN 6 nsubj
welcomed welcome VERB/VBD 2 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairConjoinedClauseSubjects(), 0);
}

TEST(ParseTreeTest, AHeadlinesListOfNamesIsThePluralVerbsSubject) {
  Sentence s = ParsedSentence(R"(India India PROPN 4 vocative
, , PUNCT 4 punct
US US PROPN 4 nsubj
sign sign VERB/VBP 0 root
pact pact NOUN 4 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairHeadlineListSubjects(), 1);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(2), 0);
  EXPECT_EQ(t.rel(2).label(), "conj");
  // A singular verb agrees with its one name: "Moscow, Kremlin says ..." stays.
  Sentence s2 = ParsedSentence(R"(Moscow Moscow PROPN 4 vocative
, , PUNCT 4 punct
Kremlin Kremlin PROPN 4 nsubj
says say VERB/VBZ 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairHeadlineListSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAFrontedSubjectReadAsAConjunct) {
  // "Before leaving on Thursday, President Bush met dissidents", parsed with
  // "Bush" a conjunct of "Thursday".
  Sentence s = ParsedSentence(R"(Before before SCONJ 2 mark
leaving leave VERB/VBG 8 advcl
on on ADP 4 case
Thursday Thursday PROPN 2 obl
, , PUNCT 7 punct
President President PROPN 7 compound
Bush Bush PROPN 4 conj
met meet VERB/VBD 0 root
dissidents dissident NOUN 8 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFrontedSubjects(), 1);
  EXPECT_EQ(t.head(6), 7);
  EXPECT_EQ(t.rel(6).label(), "nsubj");
  EXPECT_EQ(t.head(5), 6);
  // "Russia, China and Iran met": a list, the verb hangs on no adverbial.
  Sentence s2 = ParsedSentence(R"(Russia Russia PROPN 6 nsubj
, , PUNCT 3 punct
China China PROPN 1 conj
and and CCONJ 5 cc
Iran Iran PROPN 1 conj
met meet VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairFrontedSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAFrontedSubjectWithATitlesOf) {
  // "On Sunday, Secretary of State Rubio spoke to Sudani", parsed with the
  // name an apposition of "Sunday".
  Sentence s = ParsedSentence(R"(On on ADP 2 case
Sunday Sunday PROPN 8 obl
, , PUNCT 2 punct
Secretary Secretary PROPN 7 compound
of of ADP 6 case
State State PROPN 4 nmod
Rubio Rubio PROPN 2 appos
spoke speak VERB/VBD 0 root
to to ADP 10 case
Sudani Sudani PROPN 8 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFrontedSubjects(), 1);
  EXPECT_EQ(t.head(6), 7);
  EXPECT_EQ(t.rel(6).label(), "nsubj");
}

TEST(ParseTreeTest, RepairsAChargeDAffairesReadAsAClause) {
  // "Iraq summoned Iran's charge d'affaires to protest", parsed with
  // "d'affaires" a verb whose subject is "charge".
  Sentence s = ParsedSentence(R"(Iraq Iraq PROPN 2 nsubj
summoned summon VERB/VBD 0 root
Iran Iran PROPN 5 nmod:poss
's 's PART 3 case
charge charge NOUN 6 nsubj
d'affaires d'affaire VERB/VBZ 2 ccomp
to to PART 8 mark
protest protest VERB/VB 6 xcomp)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairChargesDAffaires(), 1);
  EXPECT_EQ(t.head(4), 1);
  EXPECT_EQ(t.rel(4).label(), "obj");
  EXPECT_EQ(t.head(5), 4);
  EXPECT_EQ(t.head(7), 1);
  EXPECT_EQ(t.rel(7).label(), "xcomp");
}

TEST(ParseTreeTest, RepairsAMainVerbReadAsAModifierBeforeATimeClause) {
  // "Arnor's minister and the commander of the Forces agreed on Tuesday to a
  // truce, hours after clashes killed two people", parsed with "agreed" a
  // clause on "Forces" and "killed" the root.
  Sentence s = ParsedSentence(R"(minister minister NOUN 15 nsubj
and and CCONJ 4 cc
the the DET 4 det
commander commander NOUN 1 conj
of of ADP 7 case
the the DET 7 det
Forces force NOUN 4 nmod
agreed agree VERB/VBD 7 acl
to to ADP 10 case
truce truce NOUN 8 obl
, , PUNCT 12 punct
hours hour NOUN 7 conj
after after ADP 14 case
clashes clash NOUN 1 nmod
killed kill VERB/VBD 0 root
two two NUM 17 nummod
people people NOUN 15 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairMainVerbsReadAsModifiers(), 1);
  EXPECT_EQ(t.head(7), -1);
  EXPECT_EQ(t.head(0), 7);
  EXPECT_EQ(t.head(14), 7);
  EXPECT_EQ(t.rel(14).label(), "advcl");
  EXPECT_EQ(t.head(13), 14);
  EXPECT_EQ(t.rel(13).label(), "nsubj");
  // With no time clause between, the parse stands.
  s.tokens[12].form = "of";
  s.tokens[12].lemma = "of";
  ParseTree t2(s);
  EXPECT_EQ(t2.RepairMainVerbsReadAsModifiers(), 0);
}

TEST(ParseTreeTest, AFiniteVerbOnTheRootsLastNounPassesAHyphenatedParticiple) {
  // "The commander of the Kurdish-led Forces agreed to a truce".
  Sentence s = ParsedSentence(R"(The the DET 2 det
commander commander NOUN 0 root
of of ADP 8 case
the the DET 8 det
Kurdish Kurdish ADJ 7 amod
- - PUNCT/HYPH 5 punct
led lead VERB/VBN 8 amod
Forces force NOUN 2 nmod
agreed agree VERB/VBD 8 acl
to to ADP 11 case
truce truce NOUN 9 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFiniteVerbsUnderNounRoots(), 1);
  EXPECT_EQ(t.head(8), -1);
  EXPECT_EQ(t.head(1), 8);
}

TEST(ParseTreeTest, RepairsASubjectTaggedAsAVerb) {
  // "US envoys Steve Witkoff arrived in Israel", tagged with "envoys" a verb
  // whose subject is "US", itself the subject of "arrived".
  Sentence s = ParsedSentence(R"(US US PROPN 2 nsubj
envoys envoy VERB/VBZ 5 nsubj
Steve Steve PROPN 2 obj
Witkoff Witkoff PROPN 3 flat
arrived arrive VERB/VBD 0 root
in in ADP 7 case
Israel Israel PROPN 5 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSubjectsTaggedAsVerbs(), 1);
  EXPECT_EQ(t.rel(0).label(), "compound");
  EXPECT_EQ(t.rel(2).label(), "appos");
  // A verb that is no one's subject stays: "Arnor says Gondor arrived".
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
says say VERB/VBZ 0 root
Gondor Gondor PROPN 4 nsubj
arrived arrive VERB/VBD 2 ccomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSubjectsTaggedAsVerbs(), 0);
}

TEST(ParseTreeTest, RepairsAThatClauseOnAPhraseOfAVerbOfSaying) {
  // "Abdi said after the meeting that the two sides had agreed", parsed with
  // the that-clause a relative clause of "meeting".
  Sentence s = ParsedSentence(R"(Abdi Abdi PROPN 2 nsubj
said say VERB/VBD 0 root
after after ADP 5 case
the the DET 5 det
meeting meeting NOUN 2 obl
that that SCONJ 9 mark
the the DET 8 det
sides side NOUN 9 nsubj
agreed agree VERB/VBD 5 acl:relcl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairThatClausesOnSpeechPhrases(), 1);
  EXPECT_EQ(t.head(8), 1);
  EXPECT_EQ(t.rel(8).label(), "ccomp");
  // A relative clause of a verb that reports nothing stays: "met after the
  // meeting that the sides held".
  s.tokens[1].lemma = "meet";
  ParseTree t2(s);
  EXPECT_EQ(t2.RepairThatClausesOnSpeechPhrases(), 0);
}

TEST(ParseTreeTest, RepairsAPossessorReadAsTheSubject) {
  // "Russia's foreign minister Lavrov warned Kyiv", parsed with "Russia" the
  // subject and "Lavrov" its apposition.
  Sentence s = ParsedSentence(R"(Russia Russia PROPN 6 nsubj
's 's PART/POS 1 case
foreign foreign ADJ 4 amod
minister minister NOUN 5 compound
Lavrov Lavrov PROPN 1 appos
warned warn VERB/VBD 0 root
Kyiv Kyiv PROPN 6 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairPossessiveSubjects(), 1);
  EXPECT_EQ(t.head(4), 5);
  EXPECT_EQ(t.rel(4).label(), "nsubj");
  EXPECT_EQ(t.head(0), 4);
  EXPECT_EQ(t.rel(0).label(), "nmod:poss");
  // "Russia, a member, warned": an apposition with no possessive stays.
  Sentence s2 = ParsedSentence(R"(Russia Russia PROPN 5 nsubj
, , PUNCT 4 punct
a a DET 4 det
member member NOUN 1 appos
warned warn VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairPossessiveSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAHyphenatedVerbReadAsAModifier) {
  // "North Korea test-fired two missiles", parsed with "fired" a modifier of
  // "missiles", which holds "Korea" as its subject.
  Sentence s = ParsedSentence(R"(North North PROPN 2 compound
Korea Korea PROPN 7 nsubj
test test NOUN 5 compound
- - PUNCT/HYPH 3 punct
fired fire VERB/VBN 7 amod
two two NUM 7 nummod
missiles missile NOUN 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairHyphenatedParticiples(), 0);  // not "Korea test"-linked
  EXPECT_EQ(t.RepairHyphenatedVerbs(), 1);
  EXPECT_EQ(t.head(4), -1);
  EXPECT_EQ(t.rel(4).label(), "root");
  EXPECT_EQ(t.head(1), 4);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(6), 4);
  EXPECT_EQ(t.rel(6).label(), "obj");
  // "the Al Qaeda-linked group": a name before the hyphen, no subject.
  Sentence s2 = ParsedSentence(R"(the the DET 5 det
Qaeda Qaeda PROPN 4 obl:npmod
- - PUNCT/HYPH 2 punct
linked link VERB/VBN 5 amod
group group NOUN 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairHyphenatedVerbs(), 0);
}

TEST(ParseTreeTest, RepairsAParticipleModifierReadAsAClausalSubject) {
  // "Neighbouring Tanzania and Uganda congratulated him".
  Sentence s = ParsedSentence(R"(Neighbouring neighbour VERB/VBG 5 csubj
Tanzania Tanzania PROPN 1 obj
and and CCONJ 4 cc
Uganda Uganda PROPN 2 conj
congratulated congratulate VERB/VBD 0 root
him he PRON 5 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairParticipleModifiers(), 1);
  EXPECT_EQ(t.head(1), 4);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(0), 1);
  EXPECT_EQ(t.rel(0).label(), "amod");
  // "Opening the border helped": a real clausal subject (its object is no name).
  Sentence s2 = ParsedSentence(R"(Opening open VERB/VBG 4 csubj
the the DET 3 det
border border NOUN 1 obj
helped help VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairParticipleModifiers(), 0);
  // "Old foes Gondor and Osgiliath have renewed ties": "foes" tagged VBZ.
  Sentence s3 = ParsedSentence(R"(Old old ADJ 2 amod
foes foe VERB/VBZ 7 nsubj
Gondor Gondor PROPN 2 obj
and and CCONJ 5 cc
Osgiliath Osgiliath PROPN 3 conj
have have AUX/VBP 7 aux
renewed renew VERB/VBN 0 root
ties tie NOUN 7 obj)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairParticipleModifiers(), 1);
  EXPECT_EQ(t3.head(2), 6);
  EXPECT_EQ(t3.rel(2).label(), "nsubj");
  EXPECT_EQ(t3.head(1), 2);
  EXPECT_EQ(t3.rel(1).label(), "compound");
  EXPECT_EQ(t3.head(0), 2);
  // "Russia warns Ukraine": a verb whose object is a name, not its subject.
  Sentence s4 = ParsedSentence(R"(Officials official NOUN 2 nsubj
say say VERB/VBP 0 root
Russia Russia PROPN 4 nsubj
warns warn VERB/VBZ 2 ccomp
Ukraine Ukraine PROPN 4 obj)");
  ParseTree t4(s4);
  EXPECT_EQ(t4.RepairParticipleModifiers(), 0);
}

TEST(ParseTreeTest, RepairsASubjectHungOnAnAuxiliary) {
  // "Russia really did not clash", parsed with "Russia" the subject of "did".
  Sentence s = ParsedSentence(R"(Russia Russia PROPN 3 nsubj
really really ADV 3 advmod
did do AUX/VBD 5 aux
not not PART 5 advmod
clash clash VERB/VB 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairAuxiliarySubjects(), 1);
  EXPECT_EQ(t.head(0), 4);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  // A verb with a subject of its own keeps it.
  Sentence s2 = ParsedSentence(R"(Russia Russia PROPN 2 nsubj
did do AUX/VBD 4 aux
Ukraine Ukraine PROPN 4 nsubj
clash clash VERB/VB 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairAuxiliarySubjects(), 0);
}

TEST(ParseTreeTest, RepairsAGerundNounReadAsAClause) {
  // "Children were killed in Israeli tank shelling in Gaza": "tank" parsed
  // as the phrase, "shelling" as a clause of the verb.
  Sentence s = ParsedSentence(R"(Children child NOUN 3 nsubj:pass
were be AUX 3 aux:pass
killed kill VERB/VBN 0 root
in in ADP 6 case
Israeli Israeli ADJ 6 amod
tank tank NOUN 3 obl
shelling shell VERB/VBG 3 advcl
in in ADP 9 case
Gaza Gaza PROPN 7 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairGerundNouns(), 1);
  EXPECT_EQ(t.head(6), 2);
  EXPECT_EQ(t.rel(6).label(), "obl");
  EXPECT_EQ(t.CaseOf(6), "in");
  EXPECT_EQ(t.head(5), 6);
  EXPECT_EQ(t.rel(5).label(), "compound");
  EXPECT_EQ(t.head(4), 6);
  EXPECT_EQ(t.head(8), 6);
  EXPECT_EQ(t.rel(8).label(), "nmod");
  // "met in Geneva discussing trade": a clause with an object stays one.
  Sentence s2 = ParsedSentence(R"(They they PRON 2 nsubj
met meet VERB/VBD 0 root
in in ADP 4 case
Geneva Geneva PROPN 2 obl
discussing discuss VERB/VBG 2 advcl
trade trade NOUN 5 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairGerundNouns(), 0);
}

TEST(ParseTreeTest, RepairsANounTaggedAsAVerbWithAnArticle) {
  // "launched a strike against an Islamic State target southwest of Baghdad".
  Sentence s = ParsedSentence(R"(US US PROPN 2 nsubj
launched launch VERB/VBD 0 root
a a DET 4 det
strike strike NOUN 2 obj
against against ADP 9 case
an an DET 9 det
Islamic Islamic ADJ 8 amod
State State PROPN 9 compound
target target VERB/VB 2 advcl
southwest southwest PROPN 9 obj
of of ADP 12 case
Baghdad Baghdad PROPN 10 nmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairArticleVerbs(), 1);
  EXPECT_EQ(t.head(8), 1);
  EXPECT_EQ(t.rel(8).label(), "obl");
  EXPECT_EQ(t.CaseOf(8), "against");
  EXPECT_EQ(t.rel(9).label(), "nmod");
  // "left to sign the deal": a clause, with its marker, stays one.
  Sentence s2 = ParsedSentence(R"(He he PRON 2 nsubj
left leave VERB/VBD 0 root
to to PART 4 mark
sign sign VERB/VB 2 advcl
the the DET 6 det
deal deal NOUN 4 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairArticleVerbs(), 0);
}

TEST(ParseTreeTest, RepairsAParticipleClauseReadAsANounsConjunct) {
  // "condemned the launch after the meeting, accusing Pyongyang".
  Sentence s = ParsedSentence(R"(US US PROPN 2 nsubj
condemned condemn VERB/VBD 0 root
the the DET 4 det
launch launch NOUN 2 obj
after after ADP 7 case
the the DET 7 det
meeting meeting NOUN 2 obl
, , PUNCT 9 punct
accusing accuse VERB/VBG 7 conj
Pyongyang Pyongyang PROPN 9 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairParticipleConjuncts(), 1);
  EXPECT_EQ(t.head(8), 1);
  EXPECT_EQ(t.rel(8).label(), "advcl");
  // "met officials, diplomats and visiting ministers": a listed noun phrase stays.
  Sentence s2 = ParsedSentence(R"(US US PROPN 2 nsubj
met meet VERB/VBD 0 root
officials official NOUN 2 obj
, , PUNCT 6 punct
and and CCONJ 6 cc
visiting visit VERB/VBG 3 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairParticipleConjuncts(), 0);
}

TEST(ParseTreeTest, ARelativeClauseMarkedByThatIsAContentClause) {
  // "hopes on Thursday that Russia could be drawn in": "that" as mark.
  Sentence s = ParsedSentence(R"(hopes hope NOUN 0 root
on on ADP 3 case
Thursday Thursday PROPN 1 nmod
that that SCONJ 7 mark
Russia Russia PROPN 7 nsubj:pass
be be AUX 7 aux:pass
drawn draw VERB 3 acl:relcl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairMarkedRelatives(), 1);
  EXPECT_EQ(t.rel(6).label(), "acl");
  EXPECT_EQ(t.head(6), 2);
  // "the talks that Russia held": "that" is the clause's object.
  Sentence s2 = ParsedSentence(R"(talks talk NOUN 0 root
that that PRON 4 obj
Russia Russia PROPN 4 nsubj
held hold VERB 1 acl:relcl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairMarkedRelatives(), 0);
}

TEST(ParseTreeTest, RepairsAPassiveSubjectOfAVerbWithAnObjectAndNoPassiveAuxiliary) {
  // "North Korea test-fired a missile", "fired" tagged VBN.
  Sentence s = ParsedSentence(R"(Korea Korea PROPN 4 nsubj:pass
test test NOUN 4 compound
- - PUNCT 2 punct
fired fire VERB/VBN 0 root
missiles missile NOUN 4 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFalsePassives(), 1);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  // "He was given a medal": a real passive keeps its subject.
  Sentence s2 = ParsedSentence(R"(He he PRON 3 nsubj:pass
was be AUX 3 aux:pass
given give VERB/VBN 0 root
a a DET 5 det
medal medal NOUN 3 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairFalsePassives(), 0);
}

TEST(ParseTreeTest, RepairsASubordinateClauseParsedAsParataxis) {
  // "came a week after Pyongyang launched a missile": "after" made the case
  // of "Pyongyang" and "launched" a parataxis.
  Sentence s = ParsedSentence(R"(It it PRON 2 nsubj
came come VERB/VBD 0 root
after after ADP 4 case
Pyongyang Pyongyang PROPN 2 obl
launched launch VERB/VBD 2 parataxis
missiles missile NOUN 5 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSubordinateSubjects(), 1);
  EXPECT_EQ(t.head(3), 4);
  EXPECT_EQ(t.rel(3).label(), "nsubj");
  EXPECT_EQ(t.rel(4).label(), "advcl");
}

TEST(ParseTreeTest, LemmasAreLowerCasedOnce) {
  Sentence s = ParsedSentence("Vetoed Veto VERB 0 root");
  ParseTree t(s);
  EXPECT_EQ(t.lemma(0), "veto");
  EXPECT_EQ(t.head(0), -1);
}

TEST(ParseTreeTest, RepairsTheVerbAfterARelativeClauseOrApposition) {
  // "Anwar, who chairs ASEAN, called on them": rooted in the name, "called"
  // hung on the relative clause, what follows on the clause or the name.
  Sentence s = ParsedSentence(R"(Anwar Anwar PROPN 0 root
, , PUNCT 4 punct
who who PRON 4 nsubj
chairs chair VERB/VBZ 1 acl:relcl
ASEAN ASEAN PROPN 4 obj
, , PUNCT 7 punct
called call VERB/VBN 4 acl
on on ADP 9 case
them they PRON 7 obl
. . PUNCT 1 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairVerbAfterRelativeClause(), 1);
  EXPECT_EQ(t.head(6), -1);
  EXPECT_EQ(t.head(0), 6);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(9), 6);  // the full stop
  EXPECT_EQ(t.head(3), 0);  // the clause stays the name's
  // "Greece, a rival, sent aid": the same after an apposition.
  Sentence s2 = ParsedSentence(R"(Greece Greece PROPN 0 root
, , PUNCT 4 punct
a a DET 4 det
rival rival NOUN 1 appos
, , PUNCT 6 punct
sent send VERB/VBN 4 acl
aid aid NOUN 6 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairVerbAfterRelativeClause(), 1);
  EXPECT_EQ(t2.head(5), -1);
  EXPECT_EQ(t2.head(0), 5);
  // A verb with its own subject is no such verb: "Kim, who ..., he said".
  Sentence s3 = ParsedSentence(R"(Anwar Anwar PROPN 0 root
, , PUNCT 4 punct
who who PRON 4 nsubj
chairs chair VERB/VBZ 1 acl:relcl
ASEAN ASEAN PROPN 4 obj
, , PUNCT 8 punct
he he PRON 8 nsubj
said say VERB/VBD 4 parataxis)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairVerbAfterRelativeClause(), 0);
}

TEST(ParseTreeTest, RepairsAParticleTakenForAPreposition) {
  // "it shot down 45 drones": "down" a particle, "45" the object, "it" the
  // active subject.
  Sentence s = ParsedSentence(R"(it it PRON 2 nsubj:pass
shot shoot VERB/VBN 0 root
down down ADP 4 case
45 45 NUM 2 obl
drones drone NOUN 4 nmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairStrandedParticles(), 1);
  EXPECT_EQ(t.rel(2).label(), "compound:prt");
  EXPECT_EQ(t.head(3), 1);
  EXPECT_EQ(t.rel(3).label(), "obj");
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  // "pulled out of Afghanistan" keeps its two-word preposition.
  Sentence s2 = ParsedSentence(R"(US US PROPN 2 nsubj
pulled pull VERB/VBD 0 root
out out ADP 5 case
of of ADP 5 case
Afghanistan Afghanistan PROPN 2 obl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairStrandedParticles(), 0);
}

TEST(ParseTreeTest, RepairsASentenceTooLongForTheRelationIndex) {
  // The same particle after 70 other words: a sentence of more than 64
  // tokens has no index of its tokens by relation (NextWith), and a repair
  // visits every token.
  constexpr int kBefore = 70;
  const std::string verb = std::to_string(kBefore + 2), number = std::to_string(kBefore + 4);
  std::string rows;
  for (int i = 0; i < kBefore; ++i) rows += "and and CCONJ " + verb + " cc\n";
  rows += "it it PRON " + verb + " nsubj:pass\n";
  rows += "shot shoot VERB/VBN 0 root\n";
  rows += "down down ADP " + number + " case\n";
  rows += "45 45 NUM " + verb + " obl\n";
  rows += "drones drone NOUN " + number + " nmod";
  Sentence s = ParsedSentence(rows);
  ParseTree t(s);
  ASSERT_GT(t.size(), 64);
  EXPECT_EQ(t.RepairStrandedParticles(), 1);
  EXPECT_EQ(t.rel(kBefore + 2).label(), "compound:prt");
  EXPECT_EQ(t.head(kBefore + 3), kBefore + 1);
  EXPECT_EQ(t.rel(kBefore + 3).label(), "obj");
  EXPECT_EQ(t.rel(kBefore).label(), "nsubj");
}

TEST(ParseTreeTest, RepairsAMediatorBeforeAHyphen) {
  // "a Turkish-brokered deal": "Turkish" is the participle's agent.
  Sentence s = ParsedSentence(R"(signed sign VERB/VBD 0 root
a a DET 6 det
Turkish Turkish ADJ/JJ 5 amod
- - PUNCT/HYPH 3 punct
brokered broker VERB/VBN 6 amod
deal deal NOUN 1 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairHyphenatedMediators(), 1);
  EXPECT_EQ(t.head(4), 5);
  EXPECT_EQ(t.rel(4).label(), "acl");
  EXPECT_EQ(t.head(2), 4);
  EXPECT_EQ(t.rel(2).label(), "obl:agent");
  // Other participles keep their parse: "a Russian-made drone".
  Sentence s2 = ParsedSentence(R"(a a DET 5 det
Russian Russian ADJ/JJ 4 amod
- - PUNCT/HYPH 2 punct
made make VERB/VBN 5 amod
drone drone NOUN 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairHyphenatedMediators(), 0);
}

TEST(ParseTreeTest, RepairsARangeCompoundBeforeItsNoun) {
  // "blown up by a surface-to-air missile", parsed with "surface" the agent
  // and "missile" hanging on the verb.
  Sentence s = ParsedSentence(R"(MH17 MH17 PROPN 3 nsubj:pass
was be AUX 3 aux:pass
blown blow VERB/VBN 0 root
by by ADP 6 case
a a DET 6 det
surface surface NOUN 3 obl:agent
- - PUNCT/HYPH 10 punct
to to ADP 10 case
- - PUNCT/HYPH 8 punct
air air NOUN 6 nmod
missile missile NOUN 3 obl:unmarked)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairRangeCompounds(), 1);
  EXPECT_EQ(t.head(10), 2);
  EXPECT_EQ(t.rel(10).label(), "obl:agent");
  EXPECT_EQ(t.head(5), 10);
  EXPECT_EQ(t.head(4), 10);  // "a" is the missile's
  EXPECT_EQ(t.head(3), 10);  // and so is "by"
  EXPECT_EQ(t.head(9), 5);
  // A phrase already parsed with its noun on top is left alone.
  Sentence s2 = ParsedSentence(R"(face face NOUN 5 compound
- - PUNCT/HYPH 3 punct
to to ADP 5 case
- - PUNCT/HYPH 3 punct
face face NOUN 6 compound
talks talk NOUN 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairRangeCompounds(), 0);
}

TEST(ParseTreeTest, RepairsAReducedRelativeTakenForTheSentencesVerb) {
  // "A report released Tuesday in Kigali alleged that France was aware",
  // parsed with "released" the root and "alleged" its xcomp.
  Sentence s = ParsedSentence(R"(A a DET 2 det
report report NOUN 3 nsubj
released release VERB/VBD 0 root
Tuesday Tuesday PROPN 3 obl:unmarked
in in ADP 6 case
Kigali Kigali PROPN 3 obl
alleged allege VERB/VBN 3 xcomp
that that SCONJ 11 mark
France France PROPN 11 nsubj
was be AUX 11 cop
aware aware ADJ 7 ccomp
. . PUNCT 3 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairReducedRelativeRoots(), 1);
  EXPECT_EQ(t.head(6), -1);
  EXPECT_EQ(t.head(1), 6);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(2), 1);
  EXPECT_EQ(t.rel(2).label(), "acl");
  EXPECT_EQ(t.head(5), 2);   // "in Kigali" stays the participle's
  EXPECT_EQ(t.head(11), 6);  // the final period is the new root's
  // A verb with its object is the sentence's own: "Troops seized the town,
  // reported killed ..." is left alone.
  Sentence s2 = ParsedSentence(R"(Troops troops NOUN 2 nsubj
seized seize VERB/VBD 0 root
the the DET 4 det
town town NOUN 2 obj
vowed vow VERB/VBD 2 xcomp
that that SCONJ 8 mark
they they PRON 8 nsubj
stay stay VERB 5 ccomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairReducedRelativeRoots(), 0);
}

TEST(ParseTreeTest, RepairsAnObjectTakenForTheNextVerbsSubject) {
  // "Maduro accused the US of seeking change and warned": "US" is the object
  // of "accused", "of seeking" its clause.
  Sentence s = ParsedSentence(R"(Maduro Maduro PROPN 2 nsubj
accused accuse VERB/VBD 0 root
the the DET 4 det
US US PROPN 9 nsubj
of of SCONJ 6 mark
seeking seek VERB/VBG 9 advcl
change change NOUN 6 obj
and and CCONJ 9 cc
warned warn VERB/VBD 2 conj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSubjectBeforeConjunction(), 1);
  EXPECT_EQ(t.head(3), 1);
  EXPECT_EQ(t.rel(3).label(), "obj");
  EXPECT_EQ(t.head(5), 1);
  // A subject after the "and" is the conjoined clause's own.
  Sentence s2 = ParsedSentence(R"(Maduro Maduro PROPN 2 nsubj
spoke speak VERB/VBD 0 root
and and CCONJ 5 cc
Petro Petro PROPN 5 nsubj
warned warn VERB/VBD 2 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSubjectBeforeConjunction(), 0);
}

TEST(ParseTreeTest, RepairsAPossessorListBeforeASingularNoun) {
  // "Pakistan and Afghanistan's Taliban government agreed": one government,
  // Afghanistan's; Pakistan is the subject's other member.
  Sentence s = ParsedSentence(R"(Pakistan Pakistan PROPN 6 nmod:poss
and and CCONJ 3 cc
Afghanistan Afghanistan PROPN 1 conj
's 's PART 1 case
Taliban Taliban PROPN 6 compound
government government NOUN/NN 7 nsubj
agreed agree VERB/VBD 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSplitPossessors(), 1);
  EXPECT_EQ(t.head(0), 6);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(5), 0);
  EXPECT_EQ(t.rel(5).label(), "conj");
  EXPECT_EQ(t.head(2), 5);
  EXPECT_EQ(t.rel(2).label(), "nmod:poss");
  // A plural noun is both members': "Russia and Ukraine's foreign ministers".
  Sentence s2 = ParsedSentence(R"(Russia Russia PROPN 6 nmod:poss
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
's 's PART 1 case
foreign foreign ADJ 6 amod
ministers minister NOUN/NNS 7 nsubj
met meet VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSplitPossessors(), 0);
}

TEST(ParseTreeTest, RepairsTheSubjectOfACommaSplice) {
  // "RSF seizes Fasher, UN warns": "UN" is the subject of "warns".
  Sentence s = ParsedSentence(R"(RSF RSF PROPN 2 nsubj
seizes seize VERB/VBZ 0 root
Fasher Fasher PROPN 2 obj
, , PUNCT 5 punct
UN UN PROPN 3 conj
warns warn VERB/VBZ 2 ccomp)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairCommaSpliceSubjects(), 1);
  EXPECT_EQ(t.head(4), 5);
  EXPECT_EQ(t.rel(4).label(), "nsubj");
  EXPECT_EQ(t.rel(5).label(), "parataxis");
  // "A and B" is a list, not a splice.
  Sentence s2 = ParsedSentence(R"(RSF RSF PROPN 2 nsubj
seizes seize VERB/VBZ 0 root
Fasher Fasher PROPN 2 obj
and and CCONJ 5 cc
Nyala Nyala PROPN 3 conj
warns warn VERB/VBZ 2 ccomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairCommaSpliceSubjects(), 0);
  // After ", and" a new clause: "... with Russia, and Washington agreed".
  Sentence s3 = ParsedSentence(R"(Ukraine Ukraine PROPN 2 nsubj
accepted accept VERB/VBD 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Russia Russia PROPN 3 nmod
, , PUNCT 8 punct
and and CCONJ 8 cc
Washington Washington PROPN 5 conj
agreed agree VERB/VBD 2 parataxis)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairCommaSpliceSubjects(), 1);
  EXPECT_EQ(t3.head(7), 8);
  EXPECT_EQ(t3.rel(7).label(), "nsubj");
  EXPECT_EQ(t3.head(6), 8);
  EXPECT_EQ(t3.rel(8).label(), "conj");
}

TEST(ParseTreeTest, RepairsANameTakenForTheSubjectOfAGerund) {
  // "jailed Imamoglu pending trial".
  Sentence s = ParsedSentence(R"(court court NOUN 2 nsubj
jailed jail VERB/VBD 0 root
Imamoglu Imamoglu PROPN 4 nsubj
pending pend VERB/VBG 2 ccomp
trial trial NOUN 4 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairGerundClauseSubjects(), 1);
  EXPECT_EQ(t.head(2), 1);
  EXPECT_EQ(t.rel(2).label(), "obj");
}

TEST(ParseTreeTest, RepairsAGerundJoinedToAChargeAsAMainVerb) {
  // "detained him on charges of corruption and aiding a group".
  Sentence s = ParsedSentence(R"(police police NOUN 2 nsubj
detained detain VERB/VBD 0 root
him he PRON 2 obj
on on ADP 5 case
charges charge NOUN 2 obl
of of ADP 7 case
corruption corruption NOUN 5 nmod
and and CCONJ 9 cc
aiding aid VERB/VBG 2 conj
group group NOUN 9 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairChargeListVerbs(), 1);
  EXPECT_EQ(t.head(8), 6);
  EXPECT_EQ(t.rel(8).label(), "conj");
}

TEST(ParseTreeTest, RepairsARootPassiveWithoutAuxiliaryInAFullSentence) {
  Sentence s = ParsedSentence(R"(Thousands thousand NOUN 3 nsubj:pass
, , PUNCT 3 punct
rallied rally VERB/VBN 0 root
in in ADP 5 case
capital capital NOUN 3 obl
. . PUNCT/. 3 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairRootPassivesWithoutAuxiliary(), 1);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  // A headline drops the auxiliary of a true passive: "Three soldiers killed in Kashmir".
  Sentence s2 = ParsedSentence(R"(soldiers soldier NOUN 2 nsubj:pass
killed kill VERB/VBN 0 root
in in ADP 4 case
Kashmir Kashmir PROPN 2 obl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairRootPassivesWithoutAuxiliary(), 0);
}

TEST(ParseTreeTest, RepairsAListSplitAfterItsFirstName) {
  // "a deal brokered by Egypt, Qatar, Oman and Turkey", with "Qatar" a
  // vocative of the verb and "Oman", "Turkey" its conjuncts.
  Sentence s = ParsedSentence(R"(deal deal NOUN 0 root
brokered broker VERB/VBN 1 acl
by by ADP 4 case
Egypt Egypt PROPN 2 obl:agent
, , PUNCT 6 punct
Qatar Qatar PROPN 2 vocative
, , PUNCT 8 punct
Oman Oman PROPN 6 conj
and and CCONJ 10 cc
Turkey Turkey PROPN 6 conj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairStrayListItems(), 1);
  for (int i : {5, 7, 9}) {
    EXPECT_EQ(t.head(i), 3) << i;
    EXPECT_EQ(t.rel(i).label(), "conj") << i;
  }
  // Without a closing "and" it is no list: "talks with Egypt, Qatar said".
  Sentence s2 = ParsedSentence(R"(talks talk NOUN 0 root
with with ADP 3 case
Egypt Egypt PROPN 1 nmod
, , PUNCT 5 punct
Qatar Qatar PROPN 1 parataxis)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairStrayListItems(), 0);
  // The rest of the list hung higher up than its first name: "released
  // hostages under a ceasefire brokered by Egypt, Qatar and Turkey", with
  // "Qatar" hung from "released".
  Sentence s3 = ParsedSentence(R"(Hamas Hamas PROPN 2 nsubj
released release VERB 0 root
hostages hostage NOUN 2 obj
brokered broker VERB/VBN 3 acl
by by ADP 6 case
Egypt Egypt PROPN 4 obl:agent
, , PUNCT 8 punct
Qatar Qatar PROPN 2 obl:unmarked
and and CCONJ 10 cc
Turkey Turkey PROPN 8 conj)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairStrayListItems(), 1);
  EXPECT_EQ(t3.head(7), 5);
  EXPECT_EQ(t3.head(9), 5);
}

TEST(ParseTreeTest, RepairsTheAdjectiveANamingVerbPredicates) {
  // "Russia called the sanctions illegal", "illegal" parsed on "sanctions".
  Sentence s = ParsedSentence(R"(Russia Russia PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
sanctions sanction NOUN 2 obj
illegal illegal ADJ 4 amod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairNamingPredicates(), 1);
  EXPECT_EQ(t.head(4), 1);
  EXPECT_EQ(t.rel(4).label(), "xcomp");
  // Other verbs keep a post-nominal adjective: "imposed sanctions galore".
  Sentence s2 = ParsedSentence(R"(Russia Russia PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
galore galore ADJ 3 amod)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairNamingPredicates(), 0);
}

TEST(ParseTreeTest, RepairsANamingPredicateParsedAsTheObjectsHead) {
  // "India called the move unfair": "unfair" read as a noun heading "the move".
  Sentence s = ParsedSentence(R"(India India PROPN 2 nsubj
called call VERB 0 root
the the DET 5 det
move move NOUN 5 compound
unfair unfair NOUN 2 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairNamingPredicates(), 1);
  EXPECT_EQ(t.rel(3).label(), "obj");
  EXPECT_EQ(t.head(3), 1);
  EXPECT_EQ(t.head(2), 3);
  EXPECT_EQ(t.rel(4).label(), "xcomp");
  // A noun compound that is the object stays: "called the peace talks".
  Sentence s2 = ParsedSentence(R"(India India PROPN 2 nsubj
called call VERB 0 root
the the DET 5 det
peace peace NOUN 5 compound
talks talk NOUN 2 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairNamingPredicates(), 0);
}

TEST(ParseTreeTest, RepairsASubordinatorHungOnANoun) {
  // "Brazil criticised the strikes, while Russia voiced support": "while"
  // marking "Russia" on "strikes", "voiced" a subjectless conjunct.
  Sentence s = ParsedSentence(R"(Brazil Brazil PROPN 2 nsubj
criticised criticise VERB/VBD 0 root
the the DET 4 det
strikes strike NOUN 2 obj
, , PUNCT 7 punct
while while SCONJ 7 mark
Russia Russia PROPN 4 nmod
voiced voice VERB/VBD 2 conj
support support NOUN 8 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairMarkedNounSubjects(), 1);
  EXPECT_EQ(t.head(6), 7);
  EXPECT_EQ(t.rel(6).label(), "nsubj");
  EXPECT_EQ(t.head(5), 7);
  EXPECT_EQ(t.rel(7).label(), "advcl");
  // A verb with its own subject keeps it: "..., while Russia said Moscow agreed".
  Sentence s2 = ParsedSentence(R"(Brazil Brazil PROPN 2 nsubj
criticised criticise VERB/VBD 0 root
the the DET 4 det
strikes strike NOUN 2 obj
while while SCONJ 6 mark
Russia Russia PROPN 4 nmod
Moscow Moscow PROPN 8 nsubj
agreed agree VERB/VBD 2 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairMarkedNounSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAMediationParticipleOnTheWrongNoun) {
  // "released hostages under a ceasefire brokered by Qatar", the participle
  // hung on "hostages".
  Sentence s = ParsedSentence(R"(Hamas Hamas PROPN 2 nsubj
released release VERB 0 root
hostages hostage NOUN 2 obj
under under ADP 6 case
a a DET 6 det
ceasefire ceasefire NOUN 3 nmod
brokered broker VERB/VBN 3 acl
by by ADP 9 case
Qatar Qatar PROPN 7 obl:agent)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairMediatedNounAttachment(), 1);
  EXPECT_EQ(t.head(6), 5);
  // Other participles keep their noun: "hostages under a ceasefire held by Hamas".
  Sentence s2 = ParsedSentence(R"(hostages hostage NOUN 0 root
under under ADP 4 case
a a DET 4 det
ceasefire ceasefire NOUN 1 nmod
held hold VERB/VBN 1 acl
by by ADP 7 case
Hamas Hamas PROPN 5 obl:agent)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairMediatedNounAttachment(), 0);
}

TEST(ParseTreeTest, RepairsTheSubjectOfAReportedClauseTakenForTheSayersObject) {
  // "The Kremlin said Putin and Trump discussed Ukraine".
  Sentence s = ParsedSentence(R"(Kremlin Kremlin PROPN 2 nsubj
said say VERB/VBD 0 root
Putin Putin PROPN 2 obj
and and CCONJ 5 cc
Trump Trump PROPN 3 conj
discussed discuss VERB/VBD 2 ccomp
Ukraine Ukraine PROPN 6 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairReportedSubjects(), 1);
  EXPECT_EQ(t.head(2), 5);
  EXPECT_EQ(t.rel(2).label(), "nsubj");
  // "told reporters the talks failed": "tell" takes a person.
  Sentence s2 = ParsedSentence(R"(He he PRON 2 nsubj
told tell VERB/VBD 0 root
reporters reporter NOUN 2 obj
talks talk NOUN 5 nsubj
failed fail VERB/VBD 2 ccomp)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairReportedSubjects(), 0);
}

}  // namespace
TEST(ParseTreeTest, RepairsTwoSubjectsOfOneVerb) {
  // "Gryffindor's head Minerva McGonagall left": "head" and "Minerva" both
  // parsed as subjects of "left".
  Sentence s = ParsedSentence(R"(Gryffindor Gryffindor PROPN 3 nmod:poss
's 's PART/POS 1 case
head head NOUN 6 nsubj
Minerva Minerva PROPN 6 nsubj
McGonagall McGonagall PROPN 4 flat
left leave VERB 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairDoubleSubjects(), 1);
  EXPECT_EQ(t.head(2), 3);
  EXPECT_EQ(t.rel(2).label(), "compound");
  EXPECT_EQ(t.head(3), 5);
  EXPECT_EQ(t.rel(3).label(), "nsubj");
  EXPECT_EQ(t.head(0), 2);
  // Subjects apart (a comma between) are left alone.
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 4 nsubj
, , PUNCT 1 punct
Gondor Gondor PROPN 4 nsubj
met meet VERB 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairDoubleSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAListSubjectSplitFromItsVerb) {
  // "Evil Mordor, the awful Fornost, and good Gondor welcomed the talks, the
  // agency said": "welcomed" parsed as a conjunct of "Evil", with only
  // "Gondor" as its subject, and "Evil" the subject of "said".
  Sentence s = ParsedSentence(R"(Evil Evil PROPN 15 nsubj
Mordor Mordor PROPN 1 flat
, , PUNCT 6 punct
the the DET 6 det
awful awful ADJ 6 amod
Fornost Fornost PROPN 1 appos
, , PUNCT 11 punct
and and CCONJ 11 cc
good good ADJ 10 amod
Gondor Gondor PROPN 11 nsubj
welcomed welcome VERB 1 conj
the the DET 13 det
talks talk NOUN 11 obj
agency agency NOUN 15 nsubj
said say VERB 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairListSubjects(), 1);
  EXPECT_EQ(t.head(10), 14);
  EXPECT_EQ(t.rel(10).label(), "ccomp");
  EXPECT_EQ(t.head(0), 10);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(5), 0);
  EXPECT_EQ(t.rel(5).label(), "conj");
  EXPECT_EQ(t.head(9), 0);
  EXPECT_EQ(t.rel(9).label(), "conj");
  EXPECT_EQ(t.head(7), 9);
  // Coordinated clauses with their own subjects stay apart: "Arnor met
  // Gondor and Rohan left" (the verb is a conjunct of a verb).
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
met meet VERB 0 root
Gondor Gondor PROPN 2 obj
and and CCONJ 6 cc
Rohan Rohan PROPN 6 nsubj
left leave VERB 2 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairListSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAPassiveAgentOfAnActiveVerb) {
  // "Eriador has received by courier money from Osgiliath": "by courier
  // money" parsed as a passive agent of an active verb.
  Sentence s = ParsedSentence(R"(Eriador Eriador PROPN 3 nsubj
has have AUX 3 aux
received receive VERB/VBN 0 root
by by ADP 6 case
courier courier NOUN 6 compound
money money NOUN 3 obl:agent
from from ADP 8 case
Osgiliath Osgiliath PROPN 6 nmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairActiveAgents(), 1);
  EXPECT_EQ(t.head(4), 2);
  EXPECT_EQ(t.rel(4).label(), "obl");
  EXPECT_EQ(t.CaseOf(4), "by");
  EXPECT_EQ(t.head(5), 2);
  EXPECT_EQ(t.rel(5).label(), "obj");
  EXPECT_EQ(t.head(7), 5);
  // A real passive keeps its agent.
  Sentence s2 = ParsedSentence(R"(Eriador Eriador PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB/VBN 0 root
by by ADP 5 case
Osgiliath Osgiliath PROPN 3 obl:agent)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairActiveAgents(), 0);
}

TEST(ParseTreeTest, RepairsACompoundSplitIntoObjectAndBareOblique) {
  // "Police used pepper spray against protesters": "pepper" obj, "spray" obl:unmarked.
  Sentence s = ParsedSentence(R"(Police police NOUN 2 nsubj
used use VERB 0 root
pepper pepper NOUN/NN 2 obj
spray spray NOUN 2 obl:unmarked
against against ADP 6 case
protesters protester NOUN 4 nmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSplitCompounds(), 1);
  EXPECT_EQ(t.head(2), 3);
  EXPECT_EQ(t.rel(2).label(), "compound");
  EXPECT_EQ(t.head(3), 1);
  EXPECT_EQ(t.rel(3).label(), "obj");
  // A bare time phrase is no part of the object.
  Sentence s2 = ParsedSentence(R"(Police police NOUN 2 nsubj
used use VERB 0 root
gas gas NOUN/NN 2 obj
yesterday yesterday NOUN 2 obl:unmarked)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSplitCompounds(), 0);
}

TEST(ParseTreeTest, RepairsAFiniteVerbHungOnTheRootNoun) {
  Sentence s = ParsedSentence(R"(Serbian Serbian ADJ 2 amod
police police NOUN 0 root
used use VERB/VBD 2 acl
spray spray NOUN 3 obj
. . PUNCT 2 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFiniteVerbsUnderNounRoots(), 1);
  EXPECT_EQ(t.head(2), -1);
  EXPECT_EQ(t.head(1), 2);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(4), 2);
  // A participle stays a reduced relative: "police used to ..." aside,
  // "the spray used by police" is a noun phrase.
  Sentence s2 = ParsedSentence(R"(spray spray NOUN 0 root
used use VERB/VBN 1 acl
police police NOUN 2 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairFiniteVerbsUnderNounRoots(), 0);
}

TEST(ParseTreeTest, RepairsAParticipleReadAsACaseMarker) {
  // "Arnor recalled its envoy, accusing King Elessar's government of
  // complicity", parsed with "accusing" a case marker of "King".
  Sentence s = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
recalled recall VERB/VBD 0 root
its its PRON 4 nmod:poss
envoy envoy NOUN 2 obj
, , PUNCT 10 punct
accusing accuse VERB/VBG 7 case
King King PROPN 8 nmod:desc
Elessar Elessar PROPN 10 nmod:poss
's 's PART 8 case
government government NOUN 2 parataxis)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairVerbsReadAsCase(), 1);
  EXPECT_EQ(t.head(5), 1);
  EXPECT_EQ(t.rel(5).label(), "advcl");
  EXPECT_EQ(t.head(9), 5);
  EXPECT_EQ(t.rel(9).label(), "obj");
  // A preposition stays a case marker ("according to" aside, "regarding").
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
spoke speak VERB/VBD 0 root
regarding regard VERB/VBG 4 case
Gondor Gondor PROPN 2 obl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairVerbsReadAsCase(), 0);
}

TEST(ParseTreeTest, RepairsASubjunctiveClauseReadAsANounPhrase) {
  // "Arnor demanded that Elessar step down", parsed as the noun phrase
  // "that Elessar step".
  Sentence s = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
demanded demand VERB/VBD 0 root
that that SCONJ/IN 5 det
Elessar Elessar PROPN 5 compound
step step NOUN/NN 2 obj
down down ADV 2 advmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairSubjunctiveClauses(), 1);
  EXPECT_EQ(t.rel(4).label(), "ccomp");
  EXPECT_EQ(t.head(3), 4);
  EXPECT_EQ(t.rel(3).label(), "nsubj");
  EXPECT_EQ(t.head(5), 4);
  // Not after other verbs: "Arnor sold that Elessar statue".
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
sold sell VERB/VBD 0 root
that that SCONJ/IN 5 det
Elessar Elessar PROPN 5 compound
statue statue NOUN/NN 2 obj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairSubjunctiveClauses(), 0);
}

TEST(ParseTreeTest, RepairsAPartnerHungOnAMeansOfTalking) {
  // "Arnor held talks by video link with Gondor", "with Gondor" on "link".
  Sentence s = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
held hold VERB/VBD 0 root
talks talk NOUN/NNS 2 obj
by by ADP 6 case
video video NOUN 6 compound
link link NOUN 3 nmod
with with ADP 8 case
Gondor Gondor PROPN 6 nmod)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairPartnersOnMeans(), 1);
  EXPECT_EQ(t.head(7), 2);
  // Not on other nouns: "talks on a deal with Gondor".
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 2 nsubj
held hold VERB/VBD 0 root
talks talk NOUN/NNS 2 obj
on on ADP 5 case
a a DET 5 det
deal deal NOUN 3 nmod
with with ADP 7 case
Gondor Gondor PROPN 5 nmod)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairPartnersOnMeans(), 0);
}

TEST(ParseTreeTest, RepairsAnActiveConjunctOfAPassiveComplement) {
  // "Elrond said Arnor had not been informed and criticized the move",
  // "criticized" parsed as a conjunct of "informed".
  Sentence s = ParsedSentence(R"(Elrond Elrond PROPN 2 nsubj
said say VERB/VBD 0 root
Arnor Arnor PROPN 6 nsubj:pass
had have AUX/VBD 6 aux
been be AUX/VBN 6 aux:pass
informed inform VERB/VBN 2 ccomp
and and CCONJ 8 cc
criticized criticize VERB/VBD 6 conj
the the DET 10 det
move move NOUN 8 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairActiveConjunctsOfPassiveComplements(), 1);
  EXPECT_EQ(t.head(7), 1);
  // Not a passive conjunct: "had been informed and was told".
  Sentence s2 = ParsedSentence(R"(Elrond Elrond PROPN 2 nsubj
said say VERB/VBD 0 root
Arnor Arnor PROPN 5 nsubj:pass
been be AUX/VBN 5 aux:pass
warned warn VERB/VBN 2 ccomp
and and CCONJ 7 cc
told tell VERB/VBN 5 conj)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairActiveConjunctsOfPassiveComplements(), 0);
}

TEST(ParseTreeTest, RepairsAnAdjectiveReadAsTheRoot) {
  // "Arnorian King Elessar, who received Faramir, offered talks", parsed
  // with "Arnorian" as root and "offered" a parataxis of it.
  Sentence s = ParsedSentence(R"(Arnorian Arnorian ADJ 0 root
King King PROPN 3 nmod:desc
Elessar Elessar PROPN 8 nsubj
, , PUNCT 5 punct
who who PRON 6 nsubj
received receive VERB/VBD 3 acl:relcl
, , PUNCT 8 punct
offered offer VERB/VBD 1 parataxis
talks talk NOUN 8 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairAdjectiveRoots(), 1);
  EXPECT_EQ(t.head(7), -1);
  EXPECT_EQ(t.head(0), 2);
  EXPECT_EQ(t.rel(0).label(), "amod");
  // A predicate adjective stays: "Arnor is ready, Gondor said".
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 3 nsubj
is be AUX 3 cop
ready ready ADJ 0 root
, , PUNCT 6 punct
Gondor Gondor PROPN 6 nsubj
said say VERB/VBD 3 parataxis)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairAdjectiveRoots(), 0);
}

TEST(ParseTreeTest, RepairsAPastVerbTaggedAsAnAdjective) {
  // "Elrond, head of the Council, vowed revenge in a speech", tagged with
  // "vowed" an adjective of "revenge" and no verb in the sentence.
  const std::string rows = R"(Elrond Elrond PROPN 0 root
, , PUNCT 3 punct
head head NOUN 1 appos
of of ADP 6 case
the the DET 6 det
Council Council PROPN 3 nmod
, , PUNCT 9 punct
vowed vow ADJ/JJ 9 amod
revenge revenge NOUN 1 list
in in ADP 11 case
speech speech NOUN 1 obl)";
  Sentence s = ParsedSentence(rows);
  ParseTree t(s);
  EXPECT_EQ(t.RepairPastVerbsTaggedAsAdjectives(), 1);
  EXPECT_EQ(t.head(7), -1);
  EXPECT_EQ(t.head(0), 7);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(8), 7);
  EXPECT_EQ(t.rel(8).label(), "obj");
  EXPECT_EQ(t.head(10), 7);
  EXPECT_EQ(t.head(2), 0);  // the apposition stays the name's
  // With a finite verb elsewhere, an adjective in -ed stays one: "Elrond,
  // head of the Council, said a delayed vote ..." is no such sentence.
  std::string with_verb = rows;
  with_verb.replace(with_verb.find("speech speech NOUN 1 obl"), 24, "came come VERB/VBD 1 parataxis");
  Sentence s2 = ParsedSentence(with_verb);
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairPastVerbsTaggedAsAdjectives(), 0);
  // Nor an adjective that is no verb's form: "a televised speech" is, but
  // "ragged" (lemma "ragged") is not.
  std::string adjective = rows;
  adjective.replace(adjective.find("vowed vow ADJ/JJ"), 16, "ragged ragged ADJ/JJ");
  Sentence s3 = ParsedSentence(adjective);
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairPastVerbsTaggedAsAdjectives(), 0);
}

TEST(ParseTreeTest, RepairsAFiniteVerbHungOnTheRootsLastNoun) {
  // "A spokesperson for the European Union called on Gondor to refrain",
  // parsed with "called" a clause on "Union".
  Sentence s = ParsedSentence(R"(A a DET 2 det
spokesperson spokesperson NOUN 0 root
for for ADP 6 case
the the DET 6 det
European European ADJ 6 amod
Union union NOUN 2 nmod
called call VERB/VBD 6 acl
on on ADP 9 case
Gondor Gondor PROPN 7 obl
to to PART 11 mark
refrain refrain VERB 7 advcl
. . PUNCT 2 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairFiniteVerbsUnderNounRoots(), 1);
  EXPECT_EQ(t.head(6), -1);
  EXPECT_EQ(t.head(1), 6);
  EXPECT_EQ(t.rel(1).label(), "nsubj");
  EXPECT_EQ(t.head(5), 1);
  EXPECT_EQ(t.head(11), 6);
  // A participle too, in a sentence with no finite verb outside quotes:
  // "Dozens of people protested outside the embassy".
  Sentence s3 = ParsedSentence(R"(Dozens dozen NOUN/NNS 0 root
of of ADP 3 case
people people NOUN/NNS 1 nmod
protested protest VERB/VBN 3 acl
outside outside ADP 6 case
embassy embassy NOUN 4 obl)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairFiniteVerbsUnderNounRoots(), 1);
  EXPECT_EQ(t3.head(3), -1);
  // Not with a finite verb elsewhere: "People arrested in the raid were freed".
  Sentence s4 = ParsedSentence(R"(People people NOUN/NNS 5 nsubj:pass
arrested arrest VERB/VBN 1 acl
in in ADP 4 case
raids raid NOUN 2 obl
were be AUX/VBD 6 aux:pass
freed free VERB/VBN 0 root)");
  ParseTree t4(s4);
  EXPECT_EQ(t4.RepairFiniteVerbsUnderNounRoots(), 0);
  // Not past a comma: "the envoy of Arnor, named in May" stays a phrase.
  Sentence s2 = ParsedSentence(R"(envoy envoy NOUN 0 root
of of ADP 3 case
Arnor Arnor PROPN 1 nmod
, , PUNCT 5 punct
named name VERB/VBD 3 acl
in in ADP 7 case
May May PROPN 5 obl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairFiniteVerbsUnderNounRoots(), 0);
}

TEST(ParseTreeTest, RepairsAConjunctWithNoCoordinatorOrComma) {
  // "Calenardhon and the evil Arnor awful Gondor welcomed": "Gondor" parsed
  // as a third member of the list, with nothing between it and "Arnor".
  Sentence s = ParsedSentence(R"(Calenardhon Calenardhon PROPN 8 nsubj
and and CCONJ 5 cc
the the DET 5 det
evil evil ADJ 5 amod
Arnor Arnor PROPN 1 conj
awful awful ADJ 7 amod
Gondor Gondor PROPN 1 conj
welcomed welcome VERB 0 root)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairUnmarkedConjuncts(), 1);
  EXPECT_EQ(t.head(6), 4);
  EXPECT_EQ(t.rel(6).label(), "appos");
  EXPECT_EQ(t.head(4), 0);
  EXPECT_EQ(t.rel(4).label(), "conj");
  // Members with commas or a conjunction stay members.
  Sentence s2 = ParsedSentence(R"(Arnor Arnor PROPN 6 nsubj
, , PUNCT 3 punct
Gondor Gondor PROPN 1 conj
and and CCONJ 5 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairUnmarkedConjuncts(), 0);
}

}  // namespace dyad::code

namespace dyad::code {
namespace {

using testing::ParsedSentence;

TEST(ParseTreeTest, RepairsAWeekdayReadAsPartOfTheSubjectsName) {
  // "On Saturday Trump spoke with Zelensky."
  Sentence s = ParsedSentence(R"(On on ADP 3 case
Saturday Saturday PROPN 3 compound
Trump Trump PROPN 4 obl
spoke speak VERB/VBD 0 root
with with ADP 6 case
Zelensky Zelensky PROPN 4 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairWeekdaysBeforeSubjects(), 1);
  EXPECT_EQ(t.head(1), 3);
  EXPECT_EQ(t.rel(1).label(), "obl");
  EXPECT_EQ(t.head(0), 1);
  EXPECT_EQ(t.head(2), 3);
  EXPECT_EQ(t.rel(2).label(), "nsubj");
  // With a subject of its own the verb keeps it: "on Saturday Trump Tower hosted ..." is no case.
  Sentence s2 = ParsedSentence(R"(On on ADP 3 case
Saturday Saturday PROPN 3 compound
Trump Trump PROPN 5 obl
Biden Biden PROPN 5 nsubj
spoke speak VERB/VBD 0 root)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairWeekdaysBeforeSubjects(), 0);
}

TEST(ParseTreeTest, RepairsAVerbAfterAParticipleAsideAndARelativeClauseReadAsParataxis) {
  // "Zelensky, visiting Berlin, met Merz, who pledged systems."
  Sentence s = ParsedSentence(R"(Zelensky Zelensky PROPN 0 root
, , PUNCT 3 punct
visiting visit VERB/VBG 1 advcl
Berlin Berlin PROPN 3 obj
, , PUNCT 6 punct
met meet VERB/VBD 1 conj
Merz Merz PROPN 6 obj
, , PUNCT 10 punct
who who PRON 10 nsubj
pledged pledge VERB/VBD 6 parataxis
systems system NOUN 10 obj
. . PUNCT 1 punct)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairVerbsAfterParticipleAsides(), 1);
  EXPECT_EQ(t.head(5), -1);
  EXPECT_EQ(t.head(0), 5);
  EXPECT_EQ(t.rel(0).label(), "nsubj");
  EXPECT_EQ(t.head(2), 5);
  EXPECT_EQ(t.head(11), 5);
  EXPECT_EQ(t.RepairRelativeClausesReadAsParataxis(), 1);
  EXPECT_EQ(t.head(9), 6);
  EXPECT_EQ(t.rel(9).label(), "acl:relcl");
}

TEST(ParseTreeTest, RepairsAParticipleHungOnAnObjectAndAnAgentWithoutBy) {
  // "Trump told a conference, threatening to act."
  Sentence s = ParsedSentence(R"(Trump Trump PROPN 2 nsubj
told tell VERB/VBD 0 root
conference conference NOUN 2 obj
, , PUNCT 5 punct
threatening threaten VERB/VBG 3 advcl
to to PART 7 mark
act act VERB 5 xcomp)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairParticiplesOnObjects(), 1);
  EXPECT_EQ(t.head(4), 1);
  // "after Polish jets shot down Russian drones": no "by", so no agent.
  Sentence s2 = ParsedSentence(R"(Poland Poland PROPN 2 nsubj
urged urge VERB/VBD 0 root
allies ally NOUN 2 obj
after after ADP 5 case
jets jet NOUN 2 obl
shot shoot VERB/VBD 5 acl
down down ADP 6 compound:prt
drones drone NOUN 6 obl:agent)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairAgentsWithoutBy(), 1);
  EXPECT_EQ(t2.rel(7).label(), "obj");
  EXPECT_EQ(t2.head(5), 1);
  EXPECT_EQ(t2.rel(5).label(), "advcl");
  EXPECT_EQ(t2.head(4), 5);
  EXPECT_EQ(t2.rel(4).label(), "nsubj");
  EXPECT_EQ(t2.head(3), 5);
  EXPECT_EQ(t2.rel(3).label(), "mark");
  // A true passive keeps its agent.
  Sentence s3 = ParsedSentence(R"(ship ship NOUN 3 nsubj:pass
was be AUX 3 aux:pass
sunk sink VERB/VBN 0 root
missile missile NOUN 3 obl:agent)");
  ParseTree t3(s3);
  EXPECT_EQ(t3.RepairAgentsWithoutBy(), 0);
}

TEST(ParseTreeTest, RepairsANamingPredicateHungOnTheVerbAfterANounObject) {
  // "Putin called new US sanctions on oil companies an unfriendly act."
  Sentence s = ParsedSentence(R"(Putin Putin PROPN 2 nsubj
called call VERB/VBD 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
companies company NOUN 2 obl
an a DET 8 det
unfriendly unfriendly ADJ 8 amod
act act NOUN 2 obl)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairNamingPredicates(), 1);
  EXPECT_EQ(t.rel(7).label(), "xcomp");
  EXPECT_EQ(t.rel(4).label(), "obl");
  // "called Erdogan on Monday": a time phrase is no name.
  Sentence s2 = ParsedSentence(R"(Putin Putin PROPN 2 nsubj
called call VERB/VBD 0 root
Erdogan Erdogan PROPN 2 obj
on on ADP 5 case
Monday Monday PROPN 2 obl)");
  ParseTree t2(s2);
  EXPECT_EQ(t2.RepairNamingPredicates(), 0);
}

TEST(ParseTreeTest, AThatClauseOnATimeWordTakesAVerbOutsideItsNounsPhrase) {
  // "said on Monday that jihadists of the al-Qaeda-linked group had killed 12 soldiers": the
  // first verb after "jihadists" is "linked", inside their own phrase; taking it made a cycle
  // (jihadists -> linked -> group -> jihadists) and a walk up the tree never ended.
  Sentence s = ParsedSentence(R"(army army NOUN 2 nsubj
said say VERB/VBD 0 root
on on ADP 4 case
Monday Monday PROPN 2 obl
that that PRON 6 nsubj
jihadists jihadist NOUN 4 acl:relcl
of of ADP 10 case
Qaeda Qaeda PROPN 9 obl
linked link VERB/VBN 10 amod
group group NOUN 6 obl
had have AUX 12 aux
killed kill VERB/VBD 2 ccomp
soldiers soldier NOUN 12 obj)");
  ParseTree t(s);
  EXPECT_EQ(t.RepairThatAfterTimeWords(), 1);
  EXPECT_EQ(t.head(5), 11);
  EXPECT_EQ(t.rel(5).label(), "nsubj");
  EXPECT_EQ(t.head(4), 11);
  EXPECT_EQ(t.rel(4).label(), "mark");
  // No token is its own ancestor.
  for (int i = 0; i < t.size(); ++i) {
    int up = t.head(i), hops = 0;
    while (up >= 0 && up != i && hops <= t.size()) up = t.head(up), ++hops;
    EXPECT_NE(up, i) << "cycle through token " << i;
  }
}

}  // namespace
}  // namespace dyad::code

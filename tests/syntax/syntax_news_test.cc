// News constructions the event coder relies on, in sentences of our own:
// the key arcs (subject and object of the main verb, passive agent, xcomp
// chains, reported speech, relative clauses, apposition, coordination) and
// verb lemmas.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "syntax_test_util.h"

namespace dyad::syntax {
namespace {

using test::FromText;
using test::IsTree;
using test::ShippedModel;

class Parsed {
 public:
  explicit Parsed(const std::string& text) : s_(FromText(text)) {
    ShippedModel().Annotate(s_);
    EXPECT_TRUE(IsTree(s_)) << text;
  }
  int Index(const std::string& form) const {
    for (size_t i = 0; i < s_.tokens.size(); ++i)
      if (s_.tokens[i].form == form) return static_cast<int>(i);
    ADD_FAILURE() << "no word " << form;
    return -2;
  }
  const Token& operator[](const std::string& form) const {
    static const Token none;
    int i = Index(form);
    return i >= 0 ? s_.tokens[i] : none;
  }
  // "dep" is attached to "head" ("" = root) with relation `rel`.
  ::testing::AssertionResult Arc(const std::string& head, const std::string& rel, const std::string& dep) const {
    const Token& d = (*this)[dep];
    int want = head.empty() ? -1 : Index(head);
    if (d.head == want && d.deprel == rel) return ::testing::AssertionSuccess();
    std::string got = d.head >= 0 ? s_.tokens[d.head].form : "ROOT";
    return ::testing::AssertionFailure() << dep << " <-" << d.deprel << "- " << got << " (wanted " << rel << " from "
                                         << (head.empty() ? "ROOT" : head) << ")\n" << Dump();
  }
  // "dep" hangs from "head", whatever the relation.
  ::testing::AssertionResult Attached(const std::string& head, const std::string& dep) const {
    const Token& d = (*this)[dep];
    if (d.head >= 0 && d.head == Index(head)) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << dep << " is not attached to " << head << "\n" << Dump();
  }
  std::string Dump() const {
    std::string out;
    for (size_t i = 0; i < s_.tokens.size(); ++i) {
      const Token& t = s_.tokens[i];
      out += std::to_string(i) + " " + t.form + " " + t.upos + " " + t.xpos + " " + t.lemma + " " +
             std::to_string(t.head) + " " + t.deprel + "\n";
    }
    return out;
  }

  const Sentence& sentence() const { return s_; }

 private:
  Sentence s_;
};

TEST(SyntaxNews, VerbAfterPluralNoun) {
  Parsed p("Chinese troops attacked Indian soldiers in the Galwan valley .");
  EXPECT_EQ(p["attacked"].upos, "VERB");
  EXPECT_EQ(p["attacked"].xpos, "VBD");
  EXPECT_EQ(p["attacked"].lemma, "attack");
  EXPECT_TRUE(p.Arc("", "root", "attacked"));
  EXPECT_TRUE(p.Arc("attacked", "nsubj", "troops"));
  EXPECT_TRUE(p.Arc("attacked", "obj", "soldiers"));
}

TEST(SyntaxNews, IrregularPastAfterANounIsAVerb) {
  // "struck" ends like "truck": the tagger alone makes it a noun.
  Parsed p("A Russian drone struck a bus in the Sumy region .");
  EXPECT_EQ(p["struck"].upos, "VERB");
  EXPECT_EQ(p["struck"].lemma, "strike");
  EXPECT_TRUE(p.Arc("struck", "nsubj", "drone"));
  EXPECT_TRUE(p.Arc("struck", "obj", "bus"));
  // A noun compound before a preposition stays one: "a gun wound in the leg".
  Parsed q("He died of a gun wound in the leg .");
  EXPECT_EQ(q["wound"].upos, "NOUN");
}
TEST(SyntaxNews, HeadlineVerbsInThePresent) {
  // Headlines: a present-tense verb the tagger alone reads as a plural noun.
  Parsed p("Russia bombs Kyiv , kills 12");
  EXPECT_EQ(p["bombs"].xpos, "VBZ") << p.Dump();
  EXPECT_EQ(p["bombs"].lemma, "bomb");
  EXPECT_TRUE(p.Arc("bombs", "nsubj", "Russia"));
  EXPECT_TRUE(p.Arc("bombs", "obj", "Kyiv"));
  EXPECT_EQ(p["kills"].xpos, "VBZ") << p.Dump();
  // A reporting tail leaves the headline verbless: "..., Trump says".
  Parsed t2("US strike kills 11 on Venezuelan drug boat , Trump says");
  EXPECT_EQ(t2["kills"].xpos, "VBZ") << t2.Dump();
  Parsed q("Putin meets Xi in Beijing");
  EXPECT_TRUE(q.Arc("", "root", "meets"));
  EXPECT_TRUE(q.Arc("meets", "nsubj", "Putin"));
  EXPECT_TRUE(q.Arc("meets", "obj", "Xi"));
  // Nouns stay nouns: a clause with a verb, a subject noun before a noun,
  // a noun before a preposition.
  Parsed r("NATO allies pledge air defence for Ukraine");
  EXPECT_EQ(r["allies"].upos, "NOUN") << r.Dump();
  Parsed s("US troops in Iraq");
  EXPECT_EQ(s["troops"].upos, "NOUN") << s.Dump();
  Parsed t("Chinese troops attacked Indian soldiers .");
  EXPECT_EQ(t["soldiers"].upos, "NOUN");
  // A finite verb further on leaves the first clause's own: "US sanctions
  // Colombia's Petro over drugs, Bogota calls it ...".
  Parsed u("US sanctions Colombia 's Petro over drugs , Bogota calls it ' aggression '");
  EXPECT_EQ(u["sanctions"].xpos, "VBZ") << u.Dump();
  EXPECT_TRUE(u.Arc("sanctions", "nsubj", "US")) << u.Dump();
  EXPECT_TRUE(u.Arc("sanctions", "obj", "Petro")) << u.Dump();
  // A regular verb after two names, before a name: "Trump and Putin end
  // Alaska summit"; not a common noun before one it compounds with.
  Parsed w("Trump and Putin end Alaska summit without Ukraine ceasefire deal");
  EXPECT_EQ(w["end"].upos, "VERB") << w.Dump();
  EXPECT_TRUE(w.Arc("end", "obj", "summit")) << w.Dump();
  Parsed x("Russia and Ukraine prisoner swap delayed again");
  EXPECT_EQ(x["prisoner"].upos, "NOUN") << x.Dump();
  // (Not when the first clause has its own verb: "US sanctions hit ...".)
  Parsed v("US sanctions hit Serbia 's oil firm NIS after waiver expires");
  EXPECT_EQ(v["sanctions"].upos, "NOUN") << v.Dump();
  // A headline's later clause after "as" with no verb of its own: "Mali
  // rebuffs ECOWAS call"; not in prose (a closing full stop).
  Parsed y("Jihadists storm Burkina army base as Mali rebuffs ECOWAS call for joint force");
  EXPECT_EQ(y["rebuffs"].upos, "VERB") << y.Dump();
  EXPECT_TRUE(y.Arc("rebuffs", "obj", "call")) << y.Dump();
  EXPECT_EQ(y["rebuffs"].lemma, "rebuff") << y.Dump();  // (an unknown present keeps its stem)
  Parsed z("The talks ended early as EU leaders Macron and Merz left .");
  EXPECT_EQ(z["leaders"].upos, "NOUN") << z.Dump();
}

TEST(SyntaxNews, ACommonIngNounAfterANounIsANoun) {
  // "its busiest border crossing with Haiti": the compound's head, not a
  // participle; "the army shelling the city" keeps its verb.
  Parsed p("The Dominican Republic closed its busiest border crossing with Haiti on Tuesday .");
  EXPECT_EQ(p["crossing"].upos, "NOUN") << p.Dump();
  EXPECT_TRUE(p.Arc("closed", "obj", "crossing")) << p.Dump();
  Parsed q("Residents fled the army shelling the city .");
  EXPECT_EQ(q["shelling"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, AParticipleAfterTheOpeningNounPhraseIsItsClausesVerb) {
  // "met" read as a participle on "delegations", with a finite verb only in a
  // later clause: it is the first clause's verb.
  Parsed p("Russian and Ukrainian delegations met in Istanbul on Friday for talks , but the meeting lasted less "
           "than two hours .");
  EXPECT_EQ(p["met"].xpos, "VBD") << p.Dump();
  EXPECT_TRUE(p.Arc("met", "nsubj", "delegations")) << p.Dump();
  // A reduced relative before its clause's own verb stays one.
  Parsed q("Delegates based in Istanbul said the talks would resume .");
  EXPECT_NE(q["based"].xpos, "VBD") << q.Dump();
}

TEST(SyntaxNews, APluralBeforeAPastVerbIsTheSubjectsNoun) {
  // "talks" read as the verb of "Geneva": before a past verb with an object
  // it is the subject's plural noun.
  Parsed p("U.S. and Ukraine say Geneva talks produced a peace framework");
  EXPECT_EQ(p["talks"].upos, "NOUN") << p.Dump();
  EXPECT_TRUE(p.Arc("produced", "nsubj", "talks")) << p.Dump();
  // Auxiliaries and verbs taking a participle stay verbs.
  Parsed q("Rajoelina has left the country .");
  EXPECT_NE(q["has"].upos, "NOUN") << q.Dump();
  Parsed r("The deal seems finished .");
  EXPECT_EQ(r["seems"].upos, "VERB") << r.Dump();
  // Also before a phrase, and with the past verb read as an adjective.
  Parsed m("M23 rebels advanced on Sunday toward Bukavu .");
  EXPECT_EQ(m["rebels"].upos, "NOUN") << m.Dump();
  EXPECT_EQ(m["advanced"].upos, "VERB") << m.Dump();
  // A verb of saying keeps its clause: "Iran says captured drone was Israeli".
  Parsed d("Iran says captured drone was Israeli");
  EXPECT_EQ(d["says"].upos, "VERB") << d.Dump();
}

TEST(SyntaxNews, AnIngWordAfterADeterminerAndNamesIsANoun) {
  Parsed p("Israel reopened the Kerem Shalom crossing to aid trucks .");
  EXPECT_EQ(p["crossing"].xpos, "NN") << p.Dump();
  EXPECT_TRUE(p.Arc("reopened", "obj", "crossing"));
  // Not before an object: "the Taliban attacking the convoy".
  Parsed q("They saw the Taliban attacking the convoy .");
  EXPECT_EQ(q["attacking"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, ASecondParticipleBeforeAnObjectIsAVerbToo) {
  // Both verbs read as participles: the first, before a preposition, is
  // repaired as the sentence's verb; the second, before its object, too.
  Parsed p("Tens of thousands of people protested in Istanbul on Thursday night , and police fired tear gas at "
           "demonstrators .");
  EXPECT_EQ(p["protested"].xpos, "VBD") << p.Dump();
  EXPECT_EQ(p["fired"].xpos, "VBD") << p.Dump();
}

TEST(SyntaxNews, AWordThatIsNoParticipleFormIsANoun) {
  Parsed p("Japan summoned China 's ambassador over a social media post by a Chinese diplomat .");
  EXPECT_EQ(p["post"].upos, "NOUN") << p.Dump();
  EXPECT_EQ(p["post"].lemma, "post");
  // Participles stay: regular ones and irregular ones the lexicon knows.
  Parsed q("the aid sent by Russia arrived .");
  EXPECT_EQ(q["sent"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, AnIrregularPastBeforeAParticleAndObjectIsTheVerb) {
  // Read as "force shot", a compound, the clause had no verb.
  Parsed p("Pakistan said its air force shot down five Indian jets .");
  EXPECT_EQ(p["shot"].xpos, "VBD") << p.Dump();
  EXPECT_EQ(p["shot"].lemma, "shoot");
  EXPECT_TRUE(p.Arc("shot", "obj", "jets")) << p.Dump();
  // A noun stays a noun: "a warning shot across the bow".
  Parsed q("The navy fired a warning shot across the bow .");
  EXPECT_EQ(q["shot"].upos, "NOUN") << q.Dump();
}

TEST(SyntaxNews, AnIrregularPastReadAsPresentIsThePast) {
  // "struck" tagged VBZ (lemma guessed "strube"): no third-person present ends without "s".
  Parsed p("India struck what it called terrorist camps in Pakistan .");
  EXPECT_EQ(p["struck"].xpos, "VBD") << p.Dump();
  EXPECT_EQ(p["struck"].lemma, "strike");
  EXPECT_TRUE(p.Arc("struck", "obj", "what")) << p.Dump();
}

TEST(SyntaxNews, AWordOfDoubtBeforeANounIsItsAdjectiveInAHeadline) {
  // Not "U.S. strikes" (a noun) "alleged" (the verb) "drug boat".
  Parsed p("U.S. strikes alleged drug boat from Venezuela , killing 11");
  EXPECT_EQ(p["strikes"].upos, "VERB") << p.Dump();
  EXPECT_EQ(p["alleged"].upos, "ADJ") << p.Dump();
  // The rule it bends stays: "Israeli strikes killed 12".
  Parsed q("Israeli strikes killed 12 people in Gaza");
  EXPECT_EQ(q["killed"].xpos, "VBD") << q.Dump();
}

TEST(SyntaxNews, ShotDeadIsAVerbAndItsResult) {
  // Read as "police shot", a compound, the clause had no verb.
  Parsed p("Kenyan police shot dead at least 31 people .");
  EXPECT_EQ(p["shot"].xpos, "VBD") << p.Dump();
  EXPECT_EQ(p["shot"].lemma, "shoot");
}

TEST(SyntaxNews, AVerblessClausesEdAdjectiveAfterItsSubjectIsTheVerb) {
  Parsed p("The United States relaxed the embargo on Cuba .");
  EXPECT_EQ(p["relaxed"].xpos, "VBD") << p.Dump();
  // Not after a determiner: "the relaxed rules" (and not with a verb elsewhere).
  Parsed q("The relaxed rules took effect .");
  EXPECT_NE(q["relaxed"].xpos, "VBD") << q.Dump();
}

TEST(SyntaxNews, ShotAtAfterAPluralIsTheVerb) {
  Parsed p("Israeli troops shot at the protesters .");
  EXPECT_EQ(p["shot"].xpos, "VBD") << p.Dump();
  Parsed q("The navy fired a warning shot at the boat .");
  EXPECT_EQ(q["shot"].upos, "NOUN") << q.Dump();
}

TEST(SyntaxNews, AParticipleWithItsAgentBeforeTheVerb) {
  Parsed p("M23 rebels backed by Rwanda advanced toward Goma .");
  EXPECT_EQ(p["backed"].xpos, "VBN") << p.Dump();
  EXPECT_EQ(p["advanced"].xpos, "VBD") << p.Dump();
}

TEST(SyntaxNews, AnIngWordBeforeAdjectivesAndItsNounModifiesIt) {
  Parsed p("Hamas released the last 20 living Israeli hostages on Monday .");
  EXPECT_EQ(p["living"].upos, "ADJ") << p.Dump();
  EXPECT_TRUE(p.Arc("released", "obj", "hostages")) << p.Dump();
  // Not a verb's object: "Israel began releasing Palestinian prisoners".
  Parsed q("Israel began releasing Palestinian prisoners .");
  EXPECT_EQ(q["releasing"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, ASubjunctiveAfterThatAndANameIsTheVerb) {
  Parsed p("The council demanded that the RSF end its siege of El Obeid .");
  EXPECT_EQ(p["end"].upos, "VERB") << p.Dump();
  EXPECT_TRUE(p.Arc("end", "obj", "siege")) << p.Dump();
}

TEST(SyntaxNews, ABaseFormInAPhraseThatAOpensIsItsNoun) {
  Parsed p("The United States launched an air strike against an Islamic State target southwest of Baghdad .");
  EXPECT_EQ(p["target"].upos, "NOUN") << p.Dump();
  EXPECT_EQ(p["southwest"].upos, "ADV") << p.Dump();
  EXPECT_TRUE(p.Arc("target", "compound", "State")) << p.Dump();
  // A verb after a modal or a causative stays one.
  Parsed q("Can a policeman open fire on protesters ?");
  EXPECT_EQ(q["open"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, ANameEndingInIngBeforeAVerbIsTheSubject) {
  Parsed p("Beijing imposed sanctions on US firms .");
  EXPECT_EQ(p["Beijing"].upos, "PROPN") << p.Dump();
  EXPECT_TRUE(p.Arc("imposed", "nsubj", "Beijing")) << p.Dump();
  // "by imposing sanctions": the means, a gerund with its object.
  Parsed q("Beijing retaliated on Friday by imposing sanctions on US firms .");
  EXPECT_EQ(q["imposing"].upos, "VERB") << q.Dump();
  EXPECT_TRUE(q.Arc("imposing", "obj", "sanctions")) << q.Dump();
  // "afterwards" is an adverb, not a plural noun.
  Parsed r("Lavrov told reporters afterwards that the talks were useful .");
  EXPECT_EQ(r["afterwards"].upos, "ADV") << r.Dump();
}

TEST(SyntaxNews, ACompoundGerundIsANoun) {
  Parsed p("Colombia suspended intelligence sharing with Washington .");
  EXPECT_EQ(p["sharing"].upos, "NOUN") << p.Dump();
  EXPECT_TRUE(p.Arc("suspended", "obj", "sharing")) << p.Dump();
  // A participle with an object stays one.
  Parsed q("The agencies were sharing intelligence with Washington .");
  EXPECT_EQ(q["sharing"].upos, "VERB") << q.Dump();
}

TEST(SyntaxNews, AnAdjectiveAfterAPossessiveBeforeAVerbIsTheNoun) {
  Parsed p("China 's military launched large-scale exercises around Taiwan .");
  EXPECT_EQ(p["military"].upos, "NOUN") << p.Dump();
  EXPECT_TRUE(p.Arc("launched", "nsubj", "military")) << p.Dump();
}

TEST(SyntaxNews, Veto) {
  Parsed p("Russia vetoed the resolution on Syria .");
  EXPECT_EQ(p["vetoed"].lemma, "veto");
  EXPECT_TRUE(p.Arc("", "root", "vetoed"));
  EXPECT_TRUE(p.Arc("vetoed", "nsubj", "Russia"));
  EXPECT_TRUE(p.Arc("vetoed", "obj", "resolution"));
}

TEST(SyntaxNews, PassiveWithAgent) {
  Parsed p("The convoy was attacked by militants near Kabul .");
  EXPECT_TRUE(p.Arc("", "root", "attacked"));
  EXPECT_TRUE(p.Arc("attacked", "nsubj:pass", "convoy"));
  EXPECT_TRUE(p.Arc("attacked", "aux:pass", "was"));
  EXPECT_TRUE(p.Arc("attacked", "obl:agent", "militants"));
}

TEST(SyntaxNews, CalledOnToCooperate) {
  Parsed p("The United Nations called on both sides to cooperate with the investigators .");
  EXPECT_TRUE(p.Arc("", "root", "called"));
  EXPECT_TRUE(p.Arc("called", "nsubj", "Nations"));
  EXPECT_TRUE(p.Arc("called", "obl", "sides"));
  // The model labels this clause advcl rather than xcomp (see the syntax
  // notes); the attachment is what the coder follows.
  EXPECT_TRUE(p.Attached("called", "cooperate"));
  EXPECT_TRUE(p.Arc("cooperate", "mark", "to"));
}

TEST(SyntaxNews, XcompChain) {
  Parsed p("Trump asked Xi to tell North Korea not to test missiles .");
  EXPECT_TRUE(p.Arc("", "root", "asked"));
  EXPECT_TRUE(p.Arc("asked", "nsubj", "Trump"));
  EXPECT_TRUE(p.Attached("asked", "Xi"));  // labeled iobj by the model, obj in EWT style
  EXPECT_TRUE(p.Arc("asked", "xcomp", "tell"));
  EXPECT_TRUE(p.Arc("tell", "obj", "Korea"));
  EXPECT_TRUE(p.Attached("tell", "test"));  // labeled advcl by the model
  EXPECT_TRUE(p.Arc("test", "advmod", "not"));
  EXPECT_TRUE(p.Arc("test", "obj", "missiles"));
}

TEST(SyntaxNews, ReportedSpeech) {
  Parsed p("Officials said rebels fought government forces overnight .");
  EXPECT_EQ(p["fought"].lemma, "fight");
  EXPECT_TRUE(p.Arc("", "root", "said"));
  EXPECT_TRUE(p.Arc("said", "nsubj", "Officials"));
  EXPECT_TRUE(p.Arc("said", "ccomp", "fought"));
  EXPECT_TRUE(p.Arc("fought", "nsubj", "rebels"));
  EXPECT_TRUE(p.Arc("fought", "obj", "forces"));
}

TEST(SyntaxNews, RelativeClause) {
  Parsed p("The minister , who resigned last week , criticized the talks .");
  EXPECT_EQ(p["talks"].lemma, "talk");
  EXPECT_TRUE(p.Arc("", "root", "criticized"));
  EXPECT_TRUE(p.Arc("criticized", "nsubj", "minister"));
  EXPECT_TRUE(p.Arc("minister", "acl:relcl", "resigned"));
  EXPECT_TRUE(p.Arc("criticized", "obj", "talks"));
}

TEST(SyntaxNews, CoordinatedSubjects) {
  Parsed p("Iran and Iraq signed a new border agreement .");
  EXPECT_TRUE(p.Arc("", "root", "signed"));
  EXPECT_TRUE(p.Arc("signed", "nsubj", "Iran"));
  EXPECT_TRUE(p.Arc("Iran", "conj", "Iraq"));
  EXPECT_TRUE(p.Arc("Iraq", "cc", "and"));
  EXPECT_TRUE(p.Arc("signed", "obj", "agreement"));
}

TEST(SyntaxNews, AppositionAndPossessive) {
  Parsed p("Egypt 's president met Abbas , the Palestinian leader , in Cairo .");
  EXPECT_TRUE(p.Arc("", "root", "met"));
  EXPECT_TRUE(p.Arc("met", "nsubj", "president"));
  EXPECT_TRUE(p.Arc("president", "nmod:poss", "Egypt"));
  EXPECT_TRUE(p.Arc("met", "obj", "Abbas"));
  EXPECT_TRUE(p.Arc("Abbas", "appos", "leader"));
}

TEST(SyntaxNews, VerbLemmas) {
  Parsed p("Protesters condemning the decision blamed the government and shelled nothing .");
  EXPECT_EQ(p["condemning"].lemma, "condemn");
  EXPECT_EQ(p["blamed"].lemma, "blame");
  EXPECT_EQ(p["shelled"].lemma, "shell");
  EXPECT_EQ(ShippedModel().Lemmatize("sanctions", "NOUN"), "sanction");
  EXPECT_EQ(ShippedModel().Lemmatize("vetoed", "VERB"), "veto");
  EXPECT_EQ(ShippedModel().Lemmatize("condemning", "VERB"), "condemn");
  EXPECT_EQ(ShippedModel().Lemmatize("fought", "VERB"), "fight");
}

TEST(SyntaxNews, NegatedRefusal) {
  Parsed p("India refused to join China in condemning the attack .");
  EXPECT_TRUE(p.Arc("", "root", "refused"));
  EXPECT_TRUE(p.Arc("refused", "nsubj", "India"));
  EXPECT_TRUE(p.Arc("refused", "xcomp", "join"));
  EXPECT_TRUE(p.Arc("join", "obj", "China"));
}

// The examples: sentence-initial names and plural nouns, irregular
// past tenses, nationality adjectives, headlines in capitals.
TEST(SyntaxNews, SentenceInitialName) {
  Parsed p("Pyongyang fired two missiles on Friday .");
  EXPECT_EQ(p["Pyongyang"].upos, "PROPN");
  EXPECT_EQ(p["fired"].xpos, "VBD");
  EXPECT_TRUE(p.Arc("", "root", "fired"));
  EXPECT_TRUE(p.Arc("fired", "nsubj", "Pyongyang"));
  EXPECT_TRUE(p.Arc("fired", "obj", "missiles"));
}

TEST(SyntaxNews, SentenceInitialPluralNoun) {
  Parsed p("Insurgents attacked a convoy in Kandahar .");
  EXPECT_EQ(p["Insurgents"].upos, "NOUN");
  EXPECT_EQ(p["Insurgents"].lemma, "insurgent");
  EXPECT_EQ(p["attacked"].xpos, "VBD");
  EXPECT_TRUE(p.Arc("", "root", "attacked"));
  EXPECT_TRUE(p.Arc("attacked", "nsubj", "Insurgents"));
  EXPECT_TRUE(p.Arc("attacked", "obj", "convoy"));
}

TEST(SyntaxNews, IrregularPastTense) {
  Parsed p("The United States froze Iranian assets .");
  EXPECT_EQ(p["froze"].xpos, "VBD");
  EXPECT_EQ(p["froze"].lemma, "freeze");
  EXPECT_EQ(p["Iranian"].lemma, "Iranian");
  EXPECT_TRUE(p.Arc("", "root", "froze"));
  EXPECT_TRUE(p.Arc("froze", "nsubj", "States"));
  EXPECT_TRUE(p.Arc("froze", "obj", "assets"));
  EXPECT_EQ(ShippedModel().Lemmatize("froze", "VERB"), "freeze");
  EXPECT_EQ(ShippedModel().Lemmatize("overran", "VERB"), "overrun");
}

TEST(SyntaxNews, NationalityAdjectiveLemma) {
  Parsed p("Ukrainian forces shelled Donetsk .");
  EXPECT_EQ(p["Ukrainian"].upos, "ADJ");
  EXPECT_EQ(p["Ukrainian"].lemma, "Ukrainian");
  EXPECT_EQ(p["shelled"].lemma, "shell");
  EXPECT_TRUE(p.Arc("", "root", "shelled"));
  EXPECT_TRUE(p.Arc("shelled", "nsubj", "forces"));
  EXPECT_TRUE(p.Arc("shelled", "obj", "Donetsk"));
  EXPECT_EQ(ShippedModel().Lemmatize("Ethiopian", "ADJ"), "Ethiopian");
}

TEST(SyntaxNews, ScareQuotesInsideANounPhrase) {
  // Tagged and parsed without the marks: "reckless" stays an adjective of
  // "actions", which stays the object; the marks hang on the quoted word.
  Parsed p("U.S. Ambassador MaryKay Carlson condemned China 's \" reckless \" actions in a post on X .");
  EXPECT_EQ(p["reckless"].upos, "ADJ") << p.Dump();
  EXPECT_TRUE(p.Arc("actions", "amod", "reckless"));
  EXPECT_TRUE(p.Arc("condemned", "obj", "actions"));
  EXPECT_TRUE(p.Arc("actions", "nmod:poss", "China"));
  int quotes = 0;
  for (const Token& t : p.sentence().tokens)
    if (t.form == "\"") {
      EXPECT_EQ(t.upos, "PUNCT");
      EXPECT_EQ(t.deprel, "punct");
      EXPECT_EQ(t.head, p.Index("reckless"));
      EXPECT_EQ(t.xpos, quotes++ == 0 ? "``" : "''");
    }
  EXPECT_EQ(quotes, 2);
}

TEST(SyntaxNews, QuotesAfterANounStay) {
  // "called the seizure "blatant theft"": the marks are where the object
  // ends, and the tagger and parser see them.
  Parsed p("Venezuela 's government called the seizure \" blatant theft \" .");
  EXPECT_TRUE(p.Arc("called", "obj", "seizure"));
  EXPECT_TRUE(p.Arc("called", "xcomp", "theft"));
}

TEST(SyntaxNews, QuotesAroundAClauseStay) {
  // Quoted words with a finite verb are speech: the marks stay, and the
  // sentence keeps its own verb as root.
  Parsed p("Dozens of Greenlanders protested outside the US consulate , holding signs reading \" Greenland is not "
           "for sale \" .");
  EXPECT_TRUE(p.Arc("", "root", "protested"));
}

TEST(SyntaxNews, SingleQuotesInAHeadline) {
  // Without the marks "strikes" is the verb, not a possessor.
  Sentence s = FromText("India strikes ' terror camps ' in Pakistan");
  s.tokens[2].space_after = false;  // 'terror
  s.tokens[4].space_after = false;  // camps'
  ShippedModel().Annotate(s);
  EXPECT_EQ(s.tokens[1].upos, "VERB");
  EXPECT_EQ(s.tokens[4].head, 1);
  EXPECT_EQ(s.tokens[2].xpos, "``");
  EXPECT_EQ(s.tokens[5].xpos, "''");
}

TEST(SyntaxNews, WhichQuoteMarksArePairedAsScareQuotes) {
  std::vector<uint8_t> quote;
  Sentence t = FromText("China 's \" reckless \" actions");
  EXPECT_EQ(FindScareQuotes(t, &quote), 1);
  EXPECT_EQ(quote, (std::vector<uint8_t>{kNotQuote, kNotQuote, kOpeningQuote, kNotQuote, kClosingQuote, kNotQuote}));
  // Not a quote around the whole sentence, nor one of more than kMaxScareQuoted words.
  Sentence whole = FromText("\" We will not give up \" .");
  EXPECT_EQ(FindScareQuotes(whole, &quote), 0);
  Sentence longer = FromText("he said \" one two three four five six seven eight nine \" today");
  EXPECT_EQ(FindScareQuotes(longer, &quote), 0);
  // A plural's apostrophe opens nothing: "the farmers' protest in 'the capital'".
  Sentence plural = FromText("the farmers ' protest in ' the capital '");
  plural.tokens[1].space_after = false;  // farmers'
  plural.tokens[5].space_after = false;  // 'the
  plural.tokens[7].space_after = false;  // capital'
  EXPECT_EQ(FindScareQuotes(plural, &quote), 1);
  EXPECT_EQ(quote[2], kNotQuote);
  EXPECT_EQ(quote[5], kOpeningQuote);
  EXPECT_EQ(quote[8], kClosingQuote);
}

TEST(SyntaxNews, Headline) {
  Parsed p("NORTH KOREA FIRES MISSILE INTO SEA");
  EXPECT_EQ(p["KOREA"].upos, "PROPN");
  EXPECT_EQ(p["FIRES"].xpos, "VBZ");
  EXPECT_EQ(p["FIRES"].lemma, "fire");
  EXPECT_EQ(p["MISSILE"].lemma, "missile");
  EXPECT_TRUE(p.Arc("", "root", "FIRES"));
  EXPECT_TRUE(p.Arc("FIRES", "nsubj", "KOREA"));
  EXPECT_TRUE(p.Arc("FIRES", "obj", "MISSILE"));
}

TEST(SyntaxNews, PassiveAfterPluralSubject) {
  Parsed p("Two journalists were detained in Cairo .");
  EXPECT_EQ(p["detained"].lemma, "detain");
  EXPECT_TRUE(p.Arc("", "root", "detained"));
  EXPECT_TRUE(p.Arc("detained", "nsubj:pass", "journalists"));
  EXPECT_TRUE(p.Arc("detained", "aux:pass", "were"));
}

TEST(SyntaxNews, ReportedIrregularVerb) {
  Parsed p("Officials said the troops withdrew overnight .");
  EXPECT_EQ(p["withdrew"].xpos, "VBD");
  EXPECT_EQ(p["withdrew"].lemma, "withdraw");
  EXPECT_TRUE(p.Arc("", "root", "said"));
  EXPECT_TRUE(p.Arc("said", "ccomp", "withdrew"));
  EXPECT_TRUE(p.Arc("withdrew", "nsubj", "troops"));
}

// tests/syntax/data/news_tags.txt: sentences of our own, word/XPOS[/lemma]
// ("_" for a tag not checked). Returns (words, tags right, lemmas, lemmas
// right) and lists the misses.
struct TagScore {
  int tags = 0, tags_ok = 0, lemmas = 0, lemmas_ok = 0;
  std::string misses;
};

TagScore ScoreNewsTags(bool capitals) {
  std::ifstream in(testing::TestDataDir() + "/syntax/data/news_tags.txt");
  EXPECT_TRUE(in.good());
  TagScore sc;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::vector<std::vector<std::string>> want;
    std::vector<std::string> forms;
    for (std::string w; words >> w;) {
      std::vector<std::string> parts;
      std::istringstream ps(w);
      for (std::string x; std::getline(ps, x, '/');) parts.push_back(x);
      EXPECT_GE(parts.size(), 2u) << w;
      if (parts.size() < 2) continue;
      if (capitals)
        for (char& c : parts[0]) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      forms.push_back(parts[0]);
      want.push_back(parts);
    }
    Sentence s = test::FromWords(forms);
    ShippedModel().Annotate(s);
    EXPECT_TRUE(IsTree(s)) << line;
    for (size_t i = 0; i < want.size(); ++i) {
      const Token& t = s.tokens[i];
      if (want[i][1] != "_") {
        ++sc.tags;
        if (t.xpos == want[i][1]) ++sc.tags_ok;
        else sc.misses += t.form + " " + t.xpos + " (wanted " + want[i][1] + ")\n";
      }
      if (want[i].size() > 2) {
        ++sc.lemmas;
        if (t.lemma == want[i][2]) ++sc.lemmas_ok;
        else sc.misses += t.form + " lemma " + t.lemma + " (wanted " + want[i][2] + ")\n";
      }
    }
  }
  std::printf("news tags%s: XPOS %d/%d, lemmas %d/%d\n", capitals ? " (in capitals)" : "", sc.tags_ok, sc.tags,
              sc.lemmas_ok, sc.lemmas);
  return sc;
}

// Measured for the shipped model: 442/445 tags and 161/161 lemmas; in
// capitals 441/445 and 159/161 (session 26's model: 440, 159; 436, 157) (before the news work: 431 and 149, in
// capitals 404 and 144). Floors allow a few misses more.
TEST(SyntaxNews, TagsAndLemmasOfNewsSentences) {
  TagScore sc = ScoreNewsTags(false);
  EXPECT_GE(sc.tags_ok, sc.tags - 8) << sc.misses;
  EXPECT_GE(sc.lemmas_ok, sc.lemmas - 4) << sc.misses;
}

TEST(SyntaxNews, TagsAndLemmasOfNewsSentencesInCapitals) {
  TagScore sc = ScoreNewsTags(true);
  EXPECT_GE(sc.tags_ok, sc.tags - 12) << sc.misses;
  EXPECT_GE(sc.lemmas_ok, sc.lemmas - 7) << sc.misses;
}

}  // namespace
}  // namespace dyad::syntax

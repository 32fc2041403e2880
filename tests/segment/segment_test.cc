// Sentence splitter, tokenizer and Segment() on news snippets we wrote.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/segment.h"
#include "segment/lexicon.h"
#include "segment/multiword.h"

namespace dyad {
namespace {

// The forms of Tokenize(text), separated by spaces.
std::string Toks(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) out += (out.empty() ? "" : " ") + t.form;
  return out;
}

// The sentences of SplitSentences(text), separated by " | ".
std::string Sents(std::string_view text) {
  std::string out;
  for (const Sentence& s : SplitSentences(text)) out += (out.empty() ? "" : " | ") + s.text;
  return out;
}

// Offsets inside the text, increasing, forms equal to the spans.
void ExpectConsistent(std::string_view text, const std::vector<Token>& tokens, uint32_t base = 0) {
  uint32_t prev_end = base;
  for (const Token& t : tokens) {
    ASSERT_LT(t.begin, t.end) << t.form;
    ASSERT_GE(t.begin, prev_end) << t.form;
    ASSERT_LE(t.end - base, text.size());
    EXPECT_EQ(t.form, text.substr(t.begin - base, t.end - t.begin));
    prev_end = t.end;
  }
}

struct Case {
  const char* input;
  const char* expected;
};

// ---- Tokenizer -------------------------------------------------------------

TEST(Tokenize, NegationClitics) {
  const Case cases[] = {
      {"He doesn't know.", "He does n't know ."},
      {"They can't stop it.", "They ca n't stop it ."},
      {"We won't go.", "We wo n't go ."},
      {"Seoul didn't respond.", "Seoul did n't respond ."},
      {"DON'T PANIC", "DO N'T PANIC"},
      {"It isn’t over", "It is n’t over"},
  };
  for (const auto& c : cases) EXPECT_EQ(Toks(c.input), c.expected) << c.input;
}

TEST(Tokenize, PronounAndPossessiveClitics) {
  const Case cases[] = {
      {"North Korea's missile test", "North Korea 's missile test"},
      {"they're, I'm, we've, you'll, he'd", "they 're , I 'm , we 've , you 'll , he 'd"},
      {"It’s China’s call", "It ’s China ’s call"},
      {"Let's talk", "Let 's talk"},
      {"the parents' union", "the parents ' union"},
  };
  for (const auto& c : cases) EXPECT_EQ(Toks(c.input), c.expected) << c.input;
}

TEST(Tokenize, WordsWithApostrophesStayWhole) {
  EXPECT_EQ(Toks("O'Brien met Shi'ite clerics"), "O'Brien met Shi'ite clerics");
  EXPECT_EQ(Toks("in the '90s"), "in the '90s");
}

TEST(Tokenize, SplitWordsAsEwt) {
  EXPECT_EQ(Toks("We cannot accept it"), "We can not accept it");
  EXPECT_EQ(Toks("They're gonna lose"), "They 're gon na lose");
  EXPECT_EQ(Toks("The talks start at 5pm"), "The talks start at 5 pm");
  EXPECT_EQ(Toks("a $170m deal, 20ft waves, 2.5bn"), "a $ 170 m deal , 20 ft waves , 2.5 bn");
  EXPECT_EQ(Toks("the 1990s, the 21st century, G8"), "the 1990s , the 21st century , G8");
}

TEST(Tokenize, AbbreviationsKeepTheirPeriod) {
  const Case cases[] = {
      {"The U.S. and the U.K. agreed on it", "The U.S. and the U.K. agreed on it"},
      {"Dr. Smith met Gen. Lee and Lt. Col. Ray", "Dr. Smith met Gen. Lee and Lt. Col. Ray"},
      {"at 10 a.m. Tuesday, e.g. now", "at 10 a.m. Tuesday , e.g. now"},
      {"Acme Corp. and Widget Inc. merged", "Acme Corp. and Widget Inc. merged"},
      {"John F. Kennedy", "John F. Kennedy"},
      {"on Nov. 26 in St. Louis", "on Nov. 26 in St. Louis"},
      {"Ph.D. students", "Ph.D. students"},
  };
  for (const auto& c : cases) EXPECT_EQ(Toks(c.input), c.expected) << c.input;
}

TEST(Tokenize, SentenceFinalAbbreviationLosesItsPeriod) {
  // EWT: "They are taking delivery in the U.S" "."
  EXPECT_EQ(Toks("They met in the U.S."), "They met in the U.S .");
  EXPECT_EQ(Toks("pens, paper, etc.)"), "pens , paper , etc . )");
  EXPECT_EQ(Toks("First Union Securities, Inc."), "First Union Securities , Inc .");
}

TEST(Tokenize, NumberAbbreviationOnlyBeforeNumbers) {
  EXPECT_EQ(Toks("Resolution No. 1718 passed"), "Resolution No. 1718 passed");
  EXPECT_EQ(Toks("I said no. Then"), "I said no . Then");
}

TEST(Tokenize, Numbers) {
  const Case cases[] = {
      {"1,000 troops and 3.5 percent", "1,000 troops and 3.5 percent"},
      {"$5 billion", "$ 5 billion"},
      {"rose 20% in 2019", "rose 20 % in 2019"},
      {"the 9/11 attacks at 5:30 on 11/28/2000", "the 9/11 attacks at 5:30 on 11/28/2000"},
      {"10,000,000 people", "10,000,000 people"},
      {"scores 3,2 and 1,5", "scores 3 , 2 and 1 , 5"},
      {"the 2001-2002 season", "the 2001 - 2002 season"},
      {"call 713-853-3989 now", "call 713-853-3989 now"},
  };
  for (const auto& c : cases) EXPECT_EQ(Toks(c.input), c.expected) << c.input;
}

TEST(Tokenize, UrlsAndEmails) {
  EXPECT_EQ(Toks("See http://www.reuters.com/article/1, or email press@un.org."),
            "See http://www.reuters.com/article/1 , or email press@un.org .");
  EXPECT_EQ(Toks("(www.un.org/news)"), "( www.un.org/news )");
  EXPECT_EQ(Toks("<carol.st.clair@enron.com>"), "< carol.st.clair@enron.com >");
  EXPECT_EQ(Toks("Amazon.com said"), "Amazon.com said");
}

TEST(Tokenize, HyphensAsEwt) {
  // EWT splits hyphens except after prefixes such as non-, e-, mid-, anti-.
  EXPECT_EQ(Toks("a long-range missile"), "a long - range missile");
  EXPECT_EQ(Toks("a 15-year term"), "a 15 - year term");
  EXPECT_EQ(Toks("non-violent anti-war e-mail in mid-July"), "non-violent anti-war e-mail in mid-July");
  EXPECT_EQ(Toks("U.S.-led forces"), "U.S. - led forces");
  EXPECT_EQ(Toks("Chirac--who left--said"), "Chirac -- who left -- said");
}

TEST(Tokenize, Punctuation) {
  EXPECT_EQ(Toks("He said... nothing"), "He said ... nothing");
  EXPECT_EQ(Toks("He said…nothing"), "He said … nothing");
  EXPECT_EQ(Toks("“We will fight,” he said."), "“ We will fight , ” he said .");
  EXPECT_EQ(Toks("\"No,\" she said (AP)."), "\" No , \" she said ( AP ) .");
  EXPECT_EQ(Toks("Wow!!! Really?!"), "Wow !!! Really ?!");
  EXPECT_EQ(Toks("and/or AT&T"), "and / or AT&T");
  EXPECT_EQ(Toks("great :)"), "great :)");
}

TEST(Tokenize, OffsetsAndSpaceAfter) {
  const std::string text = "  Hi, you're  here.";
  auto tokens = Tokenize(text, 100);
  ASSERT_EQ(tokens.size(), 6u);
  ExpectConsistent(text, tokens, 100);
  EXPECT_EQ(tokens[0].form, "Hi");
  EXPECT_EQ(tokens[0].begin, 102u);
  EXPECT_EQ(tokens[0].end, 104u);
  EXPECT_FALSE(tokens[0].space_after);  // "Hi,"
  EXPECT_TRUE(tokens[1].space_after);   // ", "
  EXPECT_EQ(tokens[2].form, "you");
  EXPECT_FALSE(tokens[2].space_after);  // "you" + "'re"
  EXPECT_EQ(tokens[3].form, "'re");
  EXPECT_EQ(tokens[3].begin, 109u);
  EXPECT_EQ(tokens[5].form, ".");
  EXPECT_EQ(tokens[5].end, 100u + text.size());
}

TEST(Tokenize, Utf8OffsetsAreBytes) {
  const std::string text = "Zürich’s mayor — “no”";
  auto tokens = Tokenize(text);
  ExpectConsistent(text, tokens);
  ASSERT_EQ(Toks(text), "Zürich ’s mayor — “ no ”");
  EXPECT_EQ(tokens[0].end, 7u);  // ü is two bytes
  EXPECT_EQ(tokens[1].begin, 7u);
  EXPECT_EQ(tokens[1].end, 11u);  // ’ is three bytes
}

TEST(Tokenize, EmptyAndBlank) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t\xC2\xA0 ").empty());  // includes a no-break space
}

// ---- Sentence splitter -----------------------------------------------------

TEST(SplitSentences, Abbreviations) {
  const Case cases[] = {
      {"The U.S. said on Nov. 26 that it would act. China disagreed.",
       "The U.S. said on Nov. 26 that it would act. | China disagreed."},
      {"Gen. John Smith arrived. He spoke.", "Gen. John Smith arrived. | He spoke."},
      {"Mr. and Mrs. Smith went to St. Louis. They stayed.", "Mr. and Mrs. Smith went to St. Louis. | They stayed."},
      {"Officials from the U.N. met Tuesday in Geneva.", "Officials from the U.N. met Tuesday in Geneva."},
      {"The U.S. Army said so.", "The U.S. Army said so."},
      {"He moved to the U.S. The next year he ran.", "He moved to the U.S. | The next year he ran."},
      {"Shares of Acme Inc. rose. The company said", "Shares of Acme Inc. rose. | The company said"},
      {"It was 5 p.m. The meeting began.", "It was 5 p.m. | The meeting began."},
      {"Resolution No. 1718 was adopted.", "Resolution No. 1718 was adopted."},
  };
  for (const auto& c : cases) EXPECT_EQ(Sents(c.input), c.expected) << c.input;
}

TEST(SplitSentences, InitialsAndNumbers) {
  EXPECT_EQ(Sents("John F. Kennedy was shot in 1963. The nation mourned."),
            "John F. Kennedy was shot in 1963. | The nation mourned.");
  EXPECT_EQ(Sents("The rate rose 3.5 percent to 1,000. Prices fell."), "The rate rose 3.5 percent to 1,000. | Prices fell.");
  EXPECT_EQ(Sents("The vote is on Jan. 5. Results follow."), "The vote is on Jan. 5. | Results follow.");
  EXPECT_EQ(Sents("About 200 died in 2004. 15 were children."), "About 200 died in 2004. | 15 were children.");
}

TEST(SplitSentences, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Sents("He said: \"We will fight.\" Then he left."), "He said: \"We will fight.\" | Then he left.");
  EXPECT_EQ(Sents("“We will win,” he said. “They will lose.” Talks ended."),
            "“We will win,” he said. | “They will lose.” | Talks ended.");
  EXPECT_EQ(Sents("\"Why now?\" he asked."), "\"Why now?\" he asked.");
  EXPECT_EQ(Sents("He left. \"It is over,\" she said."), "He left. | \"It is over,\" she said.");
}

TEST(SplitSentences, Parentheses) {
  EXPECT_EQ(Sents("He left. (He returned later.) Then it rained."),
            "He left. | (He returned later.) | Then it rained.");
  EXPECT_EQ(Sents("Troops (about 3,000 of them) moved. Tanks followed."),
            "Troops (about 3,000 of them) moved. | Tanks followed.");
}

TEST(SplitSentences, QuestionsExclamationsEllipses) {
  EXPECT_EQ(Sents("Is it over? Not yet! We wait."), "Is it over? | Not yet! | We wait.");
  EXPECT_EQ(Sents("Wait... What happened?"), "Wait... | What happened?");
  EXPECT_EQ(Sents("He paused... and went on."), "He paused... and went on.");
}

TEST(SplitSentences, LineBreaksAndHeadlines) {
  EXPECT_EQ(Sents("Obama visits China\n\nThe president arrived Monday."),
            "Obama visits China | The president arrived Monday.");
  EXPECT_EQ(Sents("Obama visits China\nThe president arrived Monday."),
            "Obama visits China | The president arrived Monday.");
  // A hard-wrapped line is not a headline.
  EXPECT_EQ(Sents("The minister said that the government would keep pressing for talks with\n"
                  "the rebels despite the attack."),
            "The minister said that the government would keep pressing for talks with\n"
            "the rebels despite the attack.");
  // A blank line always ends a sentence, even mid-phrase.
  EXPECT_EQ(Sents("talks with\n\nthe rebels"), "talks with | the rebels");
}

TEST(SplitSentences, NumberedListItems) {
  EXPECT_EQ(Sents("1. The pricing is final. 2. The contract is signed."),
            "1. The pricing is final. | 2. The contract is signed.");
  EXPECT_EQ(Sents("Casualties rose to 12. 3 soldiers died."), "Casualties rose to 12. | 3 soldiers died.");
}

TEST(SplitSentences, BulletsAndLists) {
  EXPECT_EQ(Sents("Key points:\n- Troops withdrew.\n- Talks resume Monday\n• Aid arrives"),
            "Key points: | - Troops withdrew. | - Talks resume Monday | • Aid arrives");
}

TEST(SplitSentences, Datelines) {
  EXPECT_EQ(Sents("SEOUL, Nov 26 (AFP) - North Korea fired a missile."),
            "SEOUL, Nov 26 (AFP) - | North Korea fired a missile.");
  EXPECT_EQ(Sents("KABUL: Taliban fighters attacked a base."), "KABUL: Taliban fighters attacked a base.");
  EXPECT_EQ(Sents("The deal - signed Monday - holds."), "The deal - signed Monday - holds.");
  // A hyphen inside a word is no dateline dash.
  EXPECT_EQ(Sents("UN Secretary-General Antonio Guterres welcomed it."),
            "UN Secretary-General Antonio Guterres welcomed it.");
  EXPECT_EQ(Sents("EU Vice-President Josep Borrell spoke."), "EU Vice-President Josep Borrell spoke.");
}

TEST(SplitSentences, OffsetsAndEmpty) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("  \n\n \t").empty());
  const std::string text = "  First one.  Second one!\n";
  auto s = SplitSentences(text, 10);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].begin, 12u);
  EXPECT_EQ(s[0].end, 22u);
  EXPECT_EQ(s[1].text, "Second one!");
  EXPECT_EQ(text.substr(s[1].begin - 10, s[1].end - s[1].begin), s[1].text);
  EXPECT_TRUE(s[0].tokens.empty());
}

TEST(SplitSentences, WebTextWithoutCapitals) {
  EXPECT_EQ(Sents("thanks for the help. see you soon"), "thanks for the help. | see you soon");
  EXPECT_EQ(Sents("really? no way"), "really? | no way");
}

// ---- Segment ---------------------------------------------------------------

TEST(Segment, TitleAndBody) {
  Document doc = Segment("Obama visits China", "The president arrived Monday. He met Xi.");
  EXPECT_EQ(doc.text, "Obama visits China\n\nThe president arrived Monday. He met Xi.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(doc.sentences[0].is_title);
  EXPECT_FALSE(doc.sentences[1].is_title);
  EXPECT_EQ(doc.sentences[1].begin, 20u);
  EXPECT_EQ(doc.sentences[2].text, "He met Xi.");
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(doc.text.substr(s.begin, s.end - s.begin), s.text);
    ExpectConsistent(doc.text, s.tokens);
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.tokens.front().begin, s.begin);
    EXPECT_EQ(s.tokens.back().end, s.end);
  }
  EXPECT_EQ(doc.sentences[0].tokens.back().form, "China");
}

TEST(Segment, NoTitle) {
  Document doc = Segment("", "Troops left the U.S. The war ended.");
  EXPECT_EQ(doc.text, "Troops left the U.S. The war ended.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  // The sentence-final abbreviation is split as in EWT.
  ASSERT_EQ(doc.sentences[0].tokens.size(), 5u);
  EXPECT_EQ(doc.sentences[0].tokens[3].form, "U.S");
  EXPECT_EQ(doc.sentences[0].tokens[4].form, ".");
  EXPECT_TRUE(doc.sentences[0].tokens[4].space_after);
}

TEST(Segment, SingleSentence) {
  Document doc = Segment("", "  He left. She stayed.\n", true);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.sentences[0].text, "He left. She stayed.");
  EXPECT_EQ(doc.sentences[0].tokens.size(), 6u);
  EXPECT_TRUE(Segment("", " \n ", true).sentences.empty());
}

TEST(Segment, TokensMatchTokenizeOfEachSentence) {
  const std::string body =
      "WASHINGTON (Reuters) - The U.S. won't back the plan, officials said on Tuesday. "
      "\"We can't,\" said Sen. John McCain (R-Ariz.). Talks resume Nov. 3.\n\nSee www.state.gov.";
  Document doc = Segment("U.S. rejects plan", body);
  for (const Sentence& s : doc.sentences) {
    auto again = Tokenize(s.text, s.begin);
    ASSERT_EQ(again.size(), s.tokens.size()) << s.text;
    for (size_t i = 0; i < again.size(); ++i) EXPECT_EQ(again[i].form, s.tokens[i].form);
  }
}

TEST(Segment, SpaceAfterOfLastTokenFollowsTheDocument) {
  Document doc = Segment("", "He left.Then she came.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_FALSE(doc.sentences[0].tokens.back().space_after);
  EXPECT_TRUE(doc.sentences[1].tokens.back().space_after);
}

// ---- Multi-word tokens -----------------------------------------------------

TEST(SurfaceTokens, GroupsCliticsAndSplitWords) {
  auto words = Tokenize("I can't, we cannot and Korea's parents' 5pm don't.");
  auto ranges = SurfaceTokens(words);
  std::vector<std::string> surface;
  for (const auto& r : ranges) {
    std::string s;
    for (size_t i = r.first; i <= r.last; ++i) s += words[i].form;
    surface.push_back(s);
  }
  const std::vector<std::string> expected = {"I", "can't", ",", "we", "cannot", "and", "Korea's", "parents", "'",
                                             "5", "pm", "don't", "."};
  EXPECT_EQ(surface, expected);
}

// ---- Lexicon ---------------------------------------------------------------

TEST(Lexicon, CompiledListsAreLoaded) {
  using segment_internal::AbbrevKind;
  const auto& lex = segment_internal::Lexicon::Get();
  EXPECT_EQ(lex.Abbreviation("Gen."), AbbrevKind::kTitle);
  EXPECT_EQ(lex.Abbreviation("Inc."), AbbrevKind::kAbbreviation);
  EXPECT_EQ(lex.Abbreviation("No."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(lex.Abbreviation("the."), AbbrevKind::kNone);
  EXPECT_TRUE(lex.IsHyphenPrefix("non"));
  EXPECT_FALSE(lex.IsHyphenPrefix("long"));
  EXPECT_EQ(lex.WordSplitPoint("Cannot"), 3u);
  EXPECT_TRUE(lex.IsDomainSuffix("com"));
  EXPECT_FALSE(lex.IsDomainSuffix("In"));
  EXPECT_TRUE(lex.IsSentenceStarter("The"));
}

TEST(Lexicon, ParsesSectionsAndComments) {
  auto lex = segment_internal::Lexicon::FromText("[title]\nCapt.  # comment\n\n[unknown]\nX.\n",
                                                 "[word_split]\nwanna = wan|na\nbad line\n");
  EXPECT_EQ(lex.Abbreviation("Capt."), segment_internal::AbbrevKind::kTitle);
  EXPECT_EQ(lex.Abbreviation("X."), segment_internal::AbbrevKind::kNone);
  EXPECT_EQ(lex.WordSplitPoint("wanna"), 3u);
}

// ---- Bad input -------------------------------------------------------------

TEST(Robustness, InvalidUtf8AndControlBytes) {
  static const char kJunk[] = "ab\xff\xfe. \xc3(\x00\x01 U.S.\xe2\x80 it'\xe2\x80\x99s \xf0\x9f\x98";
  const std::string junk(kJunk, sizeof(kJunk) - 1);  // keeps the NUL byte
  Document doc = Segment(junk, junk);
  for (const Sentence& s : doc.sentences) {
    ASSERT_LE(s.end, doc.text.size());
    ExpectConsistent(doc.text, s.tokens);
  }
  ExpectConsistent(junk, Tokenize(junk));
}

TEST(Robustness, LongPathologicalInputIsLinear) {
  // Runs of word starts that e-mail, domain and abbreviation checks look
  // ahead from; quadratic scanning would take minutes here.
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "a.";
  for (int i = 0; i < 20000; ++i) text += "ab@c.";
  text += std::string(100000, '-') + std::string(100000, '.') + "http://x" + std::string(100000, ')');
  auto start = std::chrono::steady_clock::now();
  auto sentences = SplitSentences(text);
  auto tokens = Tokenize(text);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);  // about 0.3 s in a release build; quadratic would be hours
  ExpectConsistent(text, tokens);
  ASSERT_FALSE(sentences.empty());
  for (const Sentence& s : sentences) EXPECT_LE(s.end, text.size());
}

TEST(Robustness, HugeSentenceIsCapped) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word ";
  auto sentences = SplitSentences(text);
  EXPECT_GT(sentences.size(), 10u);
  for (const Sentence& s : sentences) EXPECT_LE(Tokenize(s.text).size(), 400u);
}

}  // namespace
}  // namespace dyad

// Words the parser hung on punctuation are re-hung (syntax/punct_heads.h).
#include "syntax/punct_heads.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "syntax_test_util.h"

namespace dyad::syntax {
namespace {

struct Word {
  const char* form;
  const char* upos;
  int head;
  const char* rel;
};

Sentence Build(const std::vector<Word>& words) {
  Sentence s;
  for (const Word& w : words) {
    Token t;
    t.form = w.form;
    t.upos = w.upos;
    t.head = w.head;
    t.deprel = w.rel;
    s.tokens.push_back(t);
  }
  return s;
}

// The greedy parse of "Qatar is mediating talks between Kinshasa and the
// rebels ." hangs "and" and "rebels" on the full stop.
TEST(HangOffPunctuation, NounAfterAndJoinsTheConjunctBefore) {
  Sentence s = Build({{"Qatar", "PROPN", 2, "nsubj"},
                      {"is", "AUX", 2, "aux"},
                      {"mediating", "VERB", -1, "root"},
                      {"talks", "NOUN", 2, "obj"},
                      {"between", "ADP", 5, "case"},
                      {"Kinshasa", "PROPN", 3, "nmod"},
                      {"and", "CCONJ", 9, "cc"},
                      {"the", "DET", 8, "det"},
                      {"rebels", "NOUN", 9, "nsubj"},
                      {".", "PUNCT", 2, "punct"}});
  HangOffPunctuation(&s);
  EXPECT_EQ(s.tokens[8].head, 5);
  EXPECT_EQ(s.tokens[8].deprel, "conj");
  EXPECT_EQ(s.tokens[6].head, 8);
  EXPECT_EQ(s.tokens[7].head, 8);  // its own modifiers stay
  for (const Token& t : s.tokens) {
    if (t.head >= 0) {
      EXPECT_NE(s.tokens[t.head].upos, "PUNCT") << t.form;
    }
  }
}

// "Qatar has pledged to expel leaders ." with "to" and "expel" under ".":
// they go up to the word the full stop hangs on.
TEST(HangOffPunctuation, OtherWordsGoUpToThePunctuationsHead) {
  Sentence s = Build({{"Qatar", "PROPN", 2, "nsubj"},
                      {"has", "AUX", 2, "aux"},
                      {"pledged", "VERB", -1, "root"},
                      {"to", "PART", 6, "mark"},
                      {"expel", "VERB", 6, "advcl"},
                      {"leaders", "NOUN", 4, "obj"},
                      {".", "PUNCT", 2, "punct"}});
  HangOffPunctuation(&s);
  EXPECT_EQ(s.tokens[3].head, 2);
  EXPECT_EQ(s.tokens[4].head, 2);
  EXPECT_EQ(s.tokens[4].deprel, "advcl");
  EXPECT_EQ(s.tokens[5].head, 4);
}

// A conjunct whose earlier conjunct it dominates is not made its dependent
// (that would be a cycle): it goes up instead.
TEST(HangOffPunctuation, NeverMakesACycle) {
  Sentence s = Build({{"said", "VERB", -1, "root"},
                      {",", "PUNCT", 0, "punct"},
                      {"China", "PROPN", 4, "nmod"},
                      {"and", "CCONJ", 1, "cc"},
                      {"Russia", "PROPN", 1, "nsubj"},
                      {"(", "PUNCT", 6, "punct"},
                      {"...", "PUNCT", 1, "punct"},
                      {")", "PUNCT", 6, "punct"}});
  HangOffPunctuation(&s);
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i < n; ++i) {
    int k = i, steps = 0;
    while (k != -1 && steps++ <= n) k = s.tokens[k].head;
    EXPECT_EQ(k, -1) << "cycle through " << s.tokens[i].form;
    if (s.tokens[i].head >= 0) {
      EXPECT_NE(s.tokens[s.tokens[i].head].upos, "PUNCT") << s.tokens[i].form;
    }
  }
  EXPECT_EQ(s.tokens[4].head, 0);  // "Russia": up, not under "China", which it heads
}

// The shipped model never leaves a word under punctuation.
TEST(HangOffPunctuation, ShippedModelParsesHaveNoPunctuationHeads) {
  for (const char* text :
       {"Qatar has pledged to expel exiled leaders of Egypt 's Muslim Brotherhood as one of the conditions of an "
        "agreement forced on the wealthy Gulf state by Saudi Arabia , the United Arab Emirates and other neighbours .",
        "Qatar is mediating separate talks between Kinshasa and the rebels in Doha .",
        "Kremlin spokesman Dmitry Peskov said Moscow remained open to dialogue with Washington ( ... )"}) {
    Sentence s = test::FromText(text);
    test::ShippedModel().Annotate(s);
    EXPECT_TRUE(test::IsTree(s)) << text;
    for (const Token& t : s.tokens) {
      if (t.head >= 0) {
        EXPECT_NE(s.tokens[t.head].upos, "PUNCT") << t.form << " in " << text;
      }
    }
  }
}

}  // namespace
}  // namespace dyad::syntax

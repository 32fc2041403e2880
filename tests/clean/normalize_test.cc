#include <string>

#include <gtest/gtest.h>

#include "dyad/clean.h"

namespace dyad {
namespace {

std::string N(std::string_view s) { return NormalizeText(s); }

TEST(NormalizeTest, CurlyQuotesBecomeStraight) {
  EXPECT_EQ(N("\xE2\x80\x9CWe will not be intimidated,\xE2\x80\x9D she said."),
            "\"We will not be intimidated,\" she said.");
  EXPECT_EQ(N("North Korea\xE2\x80\x99s leader"), "North Korea's leader");
  EXPECT_EQ(N("\xE2\x80\x98strategic patience\xE2\x80\x99"), "'strategic patience'");
  EXPECT_EQ(N("\xC2\xAB Nous refusons \xC2\xBB"), "\" Nous refusons \"");
  EXPECT_EQ(N("Korea\xC2\xB4s"), "Korea's");
}

TEST(NormalizeTest, DashesBetweenWordsBecomeSpacedHyphens) {
  EXPECT_EQ(N("Kim\xE2\x80\x94who rarely travels\xE2\x80\x94left."), "Kim - who rarely travels - left.");
  EXPECT_EQ(N("KYIV, Ukraine \xE2\x80\x94 Russian missiles"), "KYIV, Ukraine - Russian missiles");
  EXPECT_EQ(N("the talks \xE2\x80\x93 held in Bali \xE2\x80\x93 ended"), "the talks - held in Bali - ended");
  EXPECT_EQ(N("CEBU CITY: -- Cordova Mayor"), "CEBU CITY: - Cordova Mayor");
}

TEST(NormalizeTest, RangesAndHyphenatedWordsStayJoined) {
  EXPECT_EQ(N("the 1950\xE2\x80\x93" "53 Korean War"), "the 1950-53 Korean War");
  EXPECT_EQ(N("the Paris\xE2\x80\x93" "Berlin axis"), "the Paris-Berlin axis");
  EXPECT_EQ(N("a well-known anti-war activist"), "a well-known anti-war activist");
  EXPECT_EQ(N("non\xE2\x80\x91proliferation"), "non-proliferation");
  EXPECT_EQ(N("temperatures of \xE2\x88\x92" "20C"), "temperatures of -20C");
  EXPECT_EQ(N("----------"), "----------");
  EXPECT_EQ(N("-\xE2\x80\x90"), "-");           // ASCII + Unicode hyphen: a typed dash alone
  EXPECT_EQ(N("a -\xC2\xAD- b"), "a - b");        // soft hyphen inside "--"
}

TEST(NormalizeTest, EllipsisInsideQuoteIsKept) {
  EXPECT_EQ(N("\xE2\x80\x9CWe will respond\xE2\x80\xA6 decisively,\xE2\x80\x9D he said."),
            "\"We will respond... decisively,\" he said.");
  EXPECT_EQ(N("and so on . . . until dawn"), "and so on . . . until dawn");
}

TEST(NormalizeTest, ElisionMarkersAreRemoved) {
  EXPECT_EQ(N("\"The launch (\xE2\x80\xA6) threatens peace,\" he said."), "\"The launch threatens peace,\" he said.");
  EXPECT_EQ(N("\"We stand ready [...] to talk.\""), "\"We stand ready to talk.\"");
  EXPECT_EQ(N("peace ( ... )."), "peace.");
  EXPECT_EQ(N("(...and more)"), "(...and more)");
  EXPECT_EQ(N("a (\x07...\xC2\xA0) b"), "a b");  // blanks of any kind inside the marker
  EXPECT_EQ(N("x [... [...] ] y"), "x y");        // nested markers
  EXPECT_EQ(N("(\xE2\x80\xA6) Kim said"), "Kim said");
  EXPECT_EQ(N("f(x) and [a] (..)"), "f(x) and [a] (..)");
  // A cut ending its line ends the paragraph (the next line is a new sentence); inside a line
  // the text runs on, and a line with no cut stays joined to the next.
  EXPECT_EQ(N("an immediate ceasefire ( \xE2\x80\xA6 )\nThe war has"), "an immediate ceasefire\n\nThe war has");
  EXPECT_EQ(N("an immediate ( ... ) ceasefire"), "an immediate ceasefire");
  EXPECT_EQ(N("an immediate ceasefire\nThe war has"), "an immediate ceasefire\nThe war has");
}

TEST(NormalizeTest, UnicodeSpacesAndZeroWidthCharacters) {
  EXPECT_EQ(N("President\xC2\xA0Xi\xE2\x80\x83Jinping"), "President Xi Jinping");
  EXPECT_EQ(N("Pyong\xE2\x80\x8Byang"), "Pyongyang");
  EXPECT_EQ(N("\xEF\xBB\xBFSeoul"), "Seoul");
  EXPECT_EQ(N("Secu\xC2\xADrity Council"), "Security Council");
  EXPECT_EQ(N("10\xE2\x80\xAF" "000 troops"), "10 000 troops");
}

TEST(NormalizeTest, WhitespaceCollapsesButParagraphsStay) {
  EXPECT_EQ(N("  Xi   wrote\tto Kim. \r\nHe said so.\n\n\n  Pyongyang replied.  \n"),
            "Xi wrote to Kim.\nHe said so.\n\nPyongyang replied.");
  EXPECT_EQ(N("a\n \n b"), "a\n\nb");
  EXPECT_EQ(N("line\xE2\x80\xA8two\xE2\x80\xA9three"), "line\ntwo\n\nthree");
  EXPECT_EQ(N(""), "");
  EXPECT_EQ(N(" \n\t "), "");
}

TEST(NormalizeTest, NfcComposesDecomposedLetters) {
  // "Macron's cafe" with e + combining acute -> precomposed e-acute.
  EXPECT_EQ(N("cafe\xCC\x81 in Bogota\xCC\x81"), "caf\xC3\xA9 in Bogot\xC3\xA1");
  EXPECT_EQ(N("Erdo\xC4\x9F" "an"), "Erdo\xC4\x9F" "an");  // already composed: unchanged
  EXPECT_EQ(N("\xE2\x84\xAB"), "\xC3\x85");                // ANGSTROM SIGN -> A with ring
  EXPECT_EQ(N("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C");  // Hangul jamo -> syllable
}

TEST(NormalizeTest, InvalidUtf8IsReplacedAndCounted) {
  size_t bad = 0;
  EXPECT_EQ(NormalizeText("caf\xE9 au lait", &bad), "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(bad, 1u);
  // A truncated 3-byte sequence is one maximal subpart: one replacement.
  EXPECT_EQ(NormalizeText("a\xE2\x80" "b", &bad), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(bad, 1u);
  // Overlong and surrogate encodings are invalid.
  EXPECT_EQ(NormalizeText("\xC0\xAF\xED\xA0\x80", &bad), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(bad, 5u);
  EXPECT_EQ(NormalizeText("ok", &bad), "ok");
  EXPECT_EQ(bad, 0u);
}

TEST(NormalizeTest, ControlCharactersBecomeSpaces) {
  std::string s = "Kim";
  s.push_back('\0');
  s += "Jong\x1b" "Un\x7f" "said";
  EXPECT_EQ(N(s), "Kim Jong Un said");
}

TEST(NormalizeTest, IsIdempotent) {
  const char* samples[] = {
      "\xE2\x80\x9CWe will respond\xE2\x80\xA6\xE2\x80\x9D \xE2\x80\x94 KCNA",
      "a (\xE2\x80\xA6) b\n\n\nc\xC2\xA0" "d",
      "caf\xE9 1950\xE2\x80\x93" "53",
      ". .\x07. [.. x",
      "e\xE2\x80\x8B\xCC\x81 \xE1\xBF\xBD",  // e ZWSP combining-acute; GREEK OXIA
      "-\xC2\xAD-",
      "- [... [...]\r\n]\xFF",
      "a\n(...)\nb (( ... ) ...)",
  };
  for (const char* s : samples) {
    std::string once = N(s);
    EXPECT_EQ(N(once), once) << s;
  }
}

}  // namespace
}  // namespace dyad

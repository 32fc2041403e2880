// Candidate lemmas of inflected verbs (irregular table and regular rules).
#include "code/verb_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dyad::code {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(VerbFormsTest, IrregularFormsComeFirst) {
  VerbForms f;
  EXPECT_GT(f.irregular_forms(), 120u);  // 137 forms of 108 verbs
  EXPECT_EQ(f.Lemmas("forgave").front(), "forgive");
  EXPECT_EQ(f.Lemmas("unfroze").front(), "unfreeze");
  EXPECT_EQ(f.Lemmas("withdrawn").front(), "withdraw");
  EXPECT_EQ(f.Lemmas("struck").front(), "strike");
  EXPECT_EQ(f.Lemmas("stricken").front(), "strike");
}

TEST(VerbFormsTest, RegularRules) {
  VerbForms f;
  EXPECT_TRUE(Has(f.Lemmas("rioted"), "riot"));
  EXPECT_TRUE(Has(f.Lemmas("exiled"), "exile"));
  EXPECT_TRUE(Has(f.Lemmas("rammed"), "ram"));
  EXPECT_TRUE(Has(f.Lemmas("supplies"), "supply"));
  EXPECT_TRUE(Has(f.Lemmas("shelling"), "shell"));
  EXPECT_TRUE(Has(f.Lemmas("severed"), "sever"));
  EXPECT_TRUE(f.Lemmas("ed").empty());
  EXPECT_TRUE(f.Lemmas("").empty());
}

}  // namespace
}  // namespace dyad::code

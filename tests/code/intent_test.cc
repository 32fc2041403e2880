// CAMEO intent codes of intended acts.
#include "code/intent.h"

#include <gtest/gtest.h>

#include "dyad/cameo.h"

namespace dyad::code {
namespace {

TEST(IntentTest, CooperationMapsToTheMatchingIntent) {
  EXPECT_EQ(IntentCode("042"), "036");
  EXPECT_EQ(IntentCode("0431"), "036");
  EXPECT_EQ(IntentCode("057"), "032");
  EXPECT_EQ(IntentCode("061"), "0311");
  EXPECT_EQ(IntentCode("072"), "0332");
  EXPECT_EQ(IntentCode("070"), "033");
  EXPECT_EQ(IntentCode("083"), "034");
  EXPECT_EQ(IntentCode("0841"), "0353");
}

TEST(IntentTest, ConflictMapsToThreats) {
  EXPECT_EQ(IntentCode("163"), "1312");
  EXPECT_EQ(IntentCode("190"), "1384");
  EXPECT_EQ(IntentCode("191"), "1381");
  EXPECT_EQ(IntentCode("172"), "132");
  EXPECT_EQ(IntentCode("200"), "1385");
}

TEST(IntentTest, StatementsAppealsAndInvestigationsHaveNone) {
  for (const char* c : {"010", "020", "0231", "030", "090", "111", "130", "150", "0", ""})
    EXPECT_EQ(IntentCode(c), "") << c;
}

TEST(IntentTest, RefusalsOfCooperation) {
  EXPECT_EQ(RefusalCode("040"), "125");
  EXPECT_EQ(RefusalCode("057"), "127");
  EXPECT_EQ(RefusalCode("0841"), "1243");
  EXPECT_EQ(RefusalCode("085"), "1244");
  EXPECT_EQ(RefusalCode("070"), "122");
  EXPECT_EQ(RefusalCode("190"), "");
  EXPECT_EQ(RefusalCode("010"), "");
}

TEST(IntentTest, MediationAndReformByKind) {
  EXPECT_EQ(IntentCode("045"), "039");  // "would host a new round of talks" between two others
  EXPECT_EQ(IntentCode("046"), "036");
  EXPECT_EQ(IntentCode("0831"), "0341");
  EXPECT_EQ(IntentCode("0834"), "0344");
  EXPECT_EQ(IntentCode("083"), "034");
}

TEST(IntentTest, EveryIntentCodeIsACameoCode) {
  for (const auto& info : AllCameoCodes()) {
    std::string intent = IntentCode(info.code);
    if (!intent.empty()) EXPECT_TRUE(IsKnownCameo(intent)) << info.code << " -> " << intent;
    std::string refusal = RefusalCode(info.code);
    if (!refusal.empty()) EXPECT_TRUE(IsKnownCameo(refusal)) << info.code << " -> " << refusal;
  }
}

}  // namespace
}  // namespace dyad::code

// Unit tests of the CAMEO table and lookups (include/dyad/cameo.h).
#include "dyad/cameo.h"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Cameo, TableHasEveryCode) {
  const auto& all = AllCameoCodes();
  EXPECT_EQ(all.size(), 312u);
  std::set<std::string> codes;
  for (const CameoInfo& info : all) {
    EXPECT_TRUE(codes.insert(info.code).second) << "duplicate " << info.code;
    EXPECT_FALSE(info.name.empty()) << info.code;
    EXPECT_EQ(info.root, info.code.substr(0, 2)) << info.code;
    EXPECT_GE(info.quad_class, 1) << info.code;
    EXPECT_LE(info.quad_class, 4) << info.code;
    EXPECT_GE(info.goldstein, -10) << info.code;
    EXPECT_LE(info.goldstein, 10) << info.code;
  }
  for (int r = 1; r <= 20; ++r) {
    std::string root = (r < 10 ? "0" : "") + std::to_string(r);
    EXPECT_TRUE(IsKnownCameo(root)) << root;
    EXPECT_TRUE(IsKnownCameo(root + "0")) << root;
  }
}

TEST(Cameo, KnownCodes) {
  const CameoInfo& appeal = LookupCameo("0231");
  EXPECT_EQ(appeal.code, "0231");
  EXPECT_EQ(appeal.root, "02");
  EXPECT_EQ(appeal.quad_class, 1);
  EXPECT_DOUBLE_EQ(appeal.goldstein, 3.4);
  EXPECT_EQ(appeal.plover.type, "REQUEST");
  EXPECT_EQ(appeal.plover.context, "economic");

  const CameoInfo& visit = LookupCameo("042");
  EXPECT_EQ(visit.plover.type, "CONSULT");
  EXPECT_DOUBLE_EQ(visit.goldstein, 1.9);

  const CameoInfo& sanction = LookupCameo("163");
  EXPECT_EQ(sanction.quad_class, 4);
  EXPECT_DOUBLE_EQ(sanction.goldstein, -8);
  EXPECT_EQ(sanction.plover.type, "SANCTION");

  const CameoInfo& air = LookupCameo("195");
  EXPECT_EQ(air.plover.type, "ASSAULT");
  EXPECT_DOUBLE_EQ(air.goldstein, -10);

  EXPECT_EQ(LookupCameo("057").plover.type, "AGREE");
  EXPECT_EQ(LookupCameo("0871").plover.type, "RETREAT");
  EXPECT_DOUBLE_EQ(LookupCameo("0874").goldstein, 10);
  EXPECT_EQ(LookupCameo("112").quad_class, 3);
  EXPECT_EQ(LookupCameo("064").quad_class, 2);
}

TEST(Cameo, StatementCodesHaveNoPloverType) {
  EXPECT_TRUE(LookupCameo("010").plover.type.empty());
  EXPECT_EQ(LookupCameo("010").quad_class, 1);
  EXPECT_FALSE(LookupCameo("010").name.empty());
}

TEST(Cameo, UnknownCodeWithKnownRootGetsRootValues) {
  const CameoInfo& info = LookupCameo("1999");
  EXPECT_EQ(info.code, "1999");
  EXPECT_EQ(info.root, "19");
  EXPECT_EQ(info.quad_class, 4);
  EXPECT_DOUBLE_EQ(info.goldstein, -10);
  EXPECT_EQ(info.plover.type, "ASSAULT");
  EXPECT_FALSE(IsKnownCameo("1999"));
  // Same object on the second call.
  EXPECT_EQ(&info, &LookupCameo("1999"));
}

TEST(Cameo, UnknownCodeWithUnknownRootHasOnlyCode) {
  const CameoInfo& info = LookupCameo("901");
  EXPECT_EQ(info.code, "901");
  EXPECT_TRUE(info.root.empty());
  EXPECT_TRUE(info.name.empty());
  EXPECT_EQ(info.quad_class, 0);
  EXPECT_DOUBLE_EQ(info.goldstein, 0);
  EXPECT_TRUE(info.plover.type.empty());
}

TEST(Cameo, GarbageInputIsSafe) {
  for (const std::string& code : std::vector<std::string>{"", "0", "x", "\xff\xfe", "00", "21", "-1", std::string(1000, '9'),
                           std::string("0\0" "1", 3)}) {
    const CameoInfo& info = LookupCameo(code);
    EXPECT_EQ(info.code, code);
    EXPECT_FALSE(IsKnownCameo(code) && info.name.empty());
  }
  EXPECT_EQ(LookupCameo("").quad_class, 0);
}

TEST(Cameo, QuadClassOfRoot) {
  EXPECT_EQ(QuadClassOfRoot("01"), 1);
  EXPECT_EQ(QuadClassOfRoot("05"), 1);
  EXPECT_EQ(QuadClassOfRoot("06"), 2);
  EXPECT_EQ(QuadClassOfRoot("08"), 2);
  EXPECT_EQ(QuadClassOfRoot("09"), 3);
  EXPECT_EQ(QuadClassOfRoot("13"), 3);
  EXPECT_EQ(QuadClassOfRoot("14"), 4);
  EXPECT_EQ(QuadClassOfRoot("20"), 4);
  EXPECT_EQ(QuadClassOfRoot("00"), 0);
  EXPECT_EQ(QuadClassOfRoot("21"), 0);
  EXPECT_EQ(QuadClassOfRoot("1"), 0);
  EXPECT_EQ(QuadClassOfRoot("ab"), 0);
  EXPECT_EQ(QuadClassOfRoot("010"), 0);
}

TEST(Cameo, FillCameoFields) {
  Event e;
  e.cameo = "0311";
  FillCameoFields(e);
  EXPECT_EQ(e.root, "03");
  EXPECT_EQ(e.quad_class, 1);
  EXPECT_DOUBLE_EQ(e.goldstein, 5.2);
  EXPECT_EQ(e.plover.type, "AGREE");
  EXPECT_EQ(e.plover.context, "economic");

  Event odd;
  odd.cameo = "912";
  FillCameoFields(odd);
  EXPECT_TRUE(odd.root.empty());
  EXPECT_EQ(odd.quad_class, 0);
}

}  // namespace
}  // namespace dyad

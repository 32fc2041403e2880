// Checks our CAMEO table against the reference files in ../shared: every
// codebook code is present with the same Goldstein value, and our PLOVER
// types agree with the 2021 CAMEO-to-PLOVER table (measured, with a floor).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "dyad/cameo.h"
#include "testing/testing.h"

namespace dyad {
namespace {

std::string Trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  std::size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

TEST(CameoTable, EveryCodebookCodeWithItsGoldstein) {
  DYAD_REQUIRE_SHARED();
  std::ifstream in(testing::SharedDir() + "/cameo/cameo-codebook.tsv");
  ASSERT_TRUE(in.good());
  std::string line;
  std::getline(in, line);  // header
  int n = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string code, root, name, goldstein;
    std::getline(fields, code, '\t');
    std::getline(fields, root, '\t');
    std::getline(fields, name, '\t');
    std::getline(fields, goldstein, '\t');
    if (code.empty()) continue;
    ++n;
    ASSERT_TRUE(IsKnownCameo(code)) << "missing " << code;
    const CameoInfo& info = LookupCameo(code);
    EXPECT_EQ(info.root, root) << code;
    EXPECT_DOUBLE_EQ(info.goldstein, std::strtod(goldstein.c_str(), nullptr)) << code;
  }
  EXPECT_EQ(n, 312);
  EXPECT_EQ(AllCameoCodes().size(), static_cast<std::size_t>(n));
}

TEST(CameoTable, PloverTypeAgreement) {
  DYAD_REQUIRE_SHARED();
  std::ifstream in(testing::SharedDir() + "/cameo/CAMEO2PLOVER-2021.txt");
  ASSERT_TRUE(in.good());
  // Lines "CODE: TYPE, mode, context # comment". A code may be listed twice
  // (a root mapped to two types); any listed type counts as agreement.
  std::multimap<std::string, std::string> reference;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] < '0' || line[0] > '9') continue;
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = Trim(line.substr(0, colon));
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find('#'));
    std::string type = Trim(rest.substr(0, rest.find(',')));
    reference.emplace(code, type);
  }
  int compared = 0, agree = 0;
  for (auto it = reference.begin(); it != reference.end();) {
    auto range = reference.equal_range(it->first);
    const std::string code = it->first;
    it = range.second;
    if (!IsKnownCameo(code)) continue;
    ++compared;
    const std::string& ours = LookupCameo(code).plover.type;
    bool ok = false;
    std::string theirs;
    for (auto r = range.first; r != range.second; ++r) {
      ok = ok || r->second == ours;
      theirs += (theirs.empty() ? "" : "/") + r->second;
    }
    if (ok) {
      ++agree;
    } else {
      std::cout << "  differs " << code << " ours=" << (ours.empty() ? "-" : ours)
                << " reference=" << theirs << "\n";
    }
  }
  double rate = compared ? static_cast<double>(agree) / compared : 0;
  std::cout << "PLOVER type agreement: " << agree << "/" << compared << " = " << rate << "\n";
  RecordProperty("plover_agreement", std::to_string(rate));
  EXPECT_GE(compared, 250);
  EXPECT_GE(rate, 0.97);  // measured 270/273; see docs/cameo.md
}

}  // namespace
}  // namespace dyad

// `dyad dict convert` on every TABARI/PETRARCH dictionary in ../shared:
// the converted files load again, and coding with them gives what coding
// with the originals gives (measured on the PETRARCH gold sets).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <regex>

#include "testing/testing.h"

namespace dyad {
namespace {

double ExactF1(const std::string& json) {
  std::smatch m;
  std::regex re("\"exact\":\\{[^}]*\"f1\":([0-9.]+)");
  return std::regex_search(json, m, re) ? std::stod(m[1]) : -1;
}

std::string Convert(const std::string& dir, const std::string& name) {
  std::string out = ::testing::TempDir() + "dyad_convert_" + std::to_string(getpid()) + "_" + name;
  auto r = testing::RunCommand(testing::DyadBinary() + " dict convert " + dir + name + " > " + out);
  EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
  auto check = testing::RunCommand(testing::DyadBinary() + " dict check " + out);
  EXPECT_EQ(check.exit_code, 0) << name << " converted does not load: " << check.err;
  return out;
}

std::string Eval(const std::string& gold, const std::vector<std::string>& dicts) {
  std::string cmd = testing::DyadBinary() + " eval --json " + gold;
  for (const auto& d : dicts) cmd += " --dict " + d;
  auto r = testing::RunCommand(cmd);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

TEST(ConvertRoundTripTest, PhoenixDictionariesCodeTheGsrTheSame) {
  DYAD_REQUIRE_SHARED();
  std::string d = testing::SharedDir() + "/petrarch/";
  std::vector<std::string> names = {"CAMEO.2.0.txt",       "Phoenix.Countries.actors.txt",
                                    "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                                    "Phoenix.agents.txt",  "Phoenix.discards.txt"};
  std::vector<std::string> original, converted;
  for (const auto& n : names) {
    original.push_back(d + n);
    converted.push_back(Convert(d, n));
  }
  double a = ExactF1(Eval(d + "PETR2_GSR_validation.xml", original));
  double b = ExactF1(Eval(d + "PETR2_GSR_validation.xml", converted));
  std::cout << "GSR exact F1: original " << a << ", converted " << b << "\n";
  EXPECT_GT(a, 0);
  EXPECT_DOUBLE_EQ(a, b);
  for (const auto& f : converted) std::remove(f.c_str());
}

TEST(ConvertRoundTripTest, ValidateDictionariesCodeTheUnitTestsAlmostTheSame) {
  DYAD_REQUIRE_SHARED();
  std::string d = testing::SharedDir() + "/petrarch/";
  std::vector<std::string> names = {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                                    "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"};
  std::vector<std::string> original, converted;
  for (const auto& n : names) {
    original.push_back(d + n);
    converted.push_back(Convert(d, n));
  }
  double a = ExactF1(Eval(d + "PETR.UnitTest.records.xml", original));
  double b = ExactF1(Eval(d + "PETR.UnitTest.records.xml", converted));
  std::cout << "UnitTest exact F1: original " << a << ", converted " << b << "\n";
  // Measured 2026-12-04: 0.672 vs 0.663. The loss: a few PETRARCH patterns
  // whose head is an inflected form ("+ HOSTING * TABASKI") and ties between
  // patterns of equal weight that the written order breaks differently.
  EXPECT_GT(a, 0);
  EXPECT_GE(b, a - 0.015);
  for (const auto& f : converted) std::remove(f.c_str());
}

}  // namespace
}  // namespace dyad

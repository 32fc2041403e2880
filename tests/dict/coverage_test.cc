// Coverage of the built-in actor dictionaries against CountryInfo (2012):
// every country should resolve by its name and by its first adjective.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "code/actor_finder.h"
#include "dict/dictionary.h"
#include "dyad/segment.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct CountryRow {
  std::string code, name, adjective;
};

std::vector<CountryRow> ReadCountryInfo(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<CountryRow> rows;
  std::string line, section;
  CountryRow cur;
  auto tag = [&](const std::string& l, const char* t) {
    std::string open = std::string("<") + t + ">";
    size_t a = l.find(open);
    if (a == std::string::npos) return std::string();
    size_t b = l.find("</", a);
    return l.substr(a + open.size(), b == std::string::npos ? std::string::npos : b - a - open.size());
  };
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '_') c = ' ';
    if (size_t h = s.find('#'); h != std::string::npos) s = s.substr(0, h);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(0, 1);
    return s;
  };
  while (std::getline(in, line)) {
    if (line.rfind("<Country>", 0) == 0) cur = CountryRow();
    if (auto c = tag(line, "CountryCode"); !c.empty()) cur.code = c;
    if (auto n = tag(line, "CountryName"); !n.empty()) cur.name = clean(n);
    std::string trimmed = clean(line);
    if (trimmed == "<Nationality>") section = "nat";
    else if (trimmed == "</Nationality>" || (!trimmed.empty() && trimmed[0] == '<')) section.clear();
    else if (section == "nat" && cur.adjective.empty() && !clean(line).empty()) cur.adjective = clean(line);
    if (line.rfind("</Country>", 0) == 0 && !cur.code.empty() && !cur.name.empty()) rows.push_back(cur);
  }
  return rows;
}

TEST(CoverageTest, CountryInfoNamesAndAdjectivesResolve) {
  DYAD_REQUIRE_SHARED();
  auto rows = ReadCountryInfo(testing::SharedDir() + "/countryinfo/CountryInfo.120116.txt");
  ASSERT_GT(rows.size(), 200u);
  Dictionaries d;
  std::string err;
  ASSERT_TRUE(LoadBuiltInDictionaries(testing::DataDir(), &d, &err)) << err;
  ActorFinder finder(d);
  const Date when{2012, 1, 16};  // the file's date: dated names resolve as then
  auto resolves = [&](const std::string& text, const std::string& code) {
    Sentence s;
    s.text = text;
    s.tokens = Tokenize(text);
    // CountryInfo codes dependent territories under their state (USAASM);
    // dyad gives them their own ISO code (ASM): either counts.
    std::string own = code.size() == 6 ? code.substr(3) : code;
    for (const auto& m : finder.Find(s, when))
      if (m.code.compare(0, 3, code.substr(0, 3)) == 0 || m.code.compare(0, 3, own) == 0) return true;
    return false;
  };
  size_t names = 0, adjectives = 0, with_adjective = 0;
  for (const auto& r : rows) {
    bool n = resolves(r.name, r.code);
    names += n;
    if (!n) std::cout << "name not resolved: " << r.name << " (" << r.code << ")\n";
    if (!r.adjective.empty()) {
      ++with_adjective;
      bool a = resolves(r.adjective, r.code);
      adjectives += a;
      if (!a) std::cout << "adjective not resolved: " << r.adjective << " (" << r.code << ")\n";
    }
  }
  std::cout << "CountryInfo: names " << names << "/" << rows.size() << ", adjectives " << adjectives << "/"
            << with_adjective << "\n";
  // Measured 2026-12-03: names 231/239, adjectives 219/236; the misses are misspellings
  // in CountryInfo (DANNISH, MADAGASKAR) and documented choices (docs/actor-codes.md).
  EXPECT_GE(double(names) / rows.size(), 0.95);
  EXPECT_GE(double(adjectives) / with_adjective, 0.90);
}

}  // namespace
}  // namespace dyad

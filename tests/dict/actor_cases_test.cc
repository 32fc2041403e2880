// The built-in actor dictionaries on our own tables of names, dates and
// expected codes (tests/dict/data/*_cases.tsv), through the actor finder.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "code/actor_finder.h"
#include "dict/dictionary.h"
#include "dyad/segment.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Case {
  std::string text, expected;
  Date date;
  int line;
};

std::vector<Case> ReadCases(const std::string& path) {
  std::vector<Case> out;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string text, date, code;
    if (!std::getline(f, text, '\t') || !std::getline(f, date, '\t') || !std::getline(f, code, '\t')) continue;
    while (!code.empty() && (code.back() == '\r' || code.back() == ' ')) code.pop_back();
    auto d = ParseDate(date);
    if (!d) continue;
    out.push_back({text, code, *d, n});
  }
  return out;
}

const Dictionaries& BuiltIn() {
  static const Dictionaries* d = [] {
    auto* dicts = new Dictionaries();
    std::string err;
    EXPECT_TRUE(LoadBuiltInDictionaries(testing::DataDir(), dicts, &err)) << err;
    return dicts;
  }();
  return *d;
}

// The code of the widest mention in the text.
std::string CodeOf(const ActorFinder& finder, const Case& c) {
  Sentence s;
  s.text = c.text;
  s.tokens = Tokenize(c.text);
  auto mentions = finder.Find(s, c.date);
  const ActorMention* best = nullptr;
  for (const auto& m : mentions)
    if (!best || m.end - m.begin > best->end - best->begin) best = &m;
  return best ? best->code : "";
}

void RunTable(const char* file, double floor) {
  std::string path = testing::TestDataDir() + "/dict/data/" + file;
  auto cases = ReadCases(path);
  ASSERT_FALSE(cases.empty()) << path;
  ActorFinder finder(BuiltIn());
  size_t ok = 0;
  for (const auto& c : cases) {
    std::string got = CodeOf(finder, c);
    if (got == c.expected)
      ++ok;
    else
      std::cout << file << ":" << c.line << ": \"" << c.text << "\" " << c.date.ToString() << " expected "
                << c.expected << " got " << (got.empty() ? "nothing" : got) << "\n";
  }
  double rate = double(ok) / cases.size();
  std::cout << file << ": " << ok << "/" << cases.size() << " (" << 100 * rate << "%)\n";
  EXPECT_GE(rate, floor);
}

TEST(ActorCasesTest, StatesOrgsGroupsMediaAgents) { RunTable("actor_cases.tsv", 0.97); }
TEST(ActorCasesTest, PeopleWithDatedRoles) { RunTable("people_cases.tsv", 0.97); }

}  // namespace
}  // namespace dyad

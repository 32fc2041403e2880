// Runs tests/where/data/place_cases.tsv: hand-built parses through LocateEvent.
#include <fstream>
#include <sstream>

#include "dyad/where.h"
#include "testing/testing.h"
#include "where_testing.h"

namespace dyad {
namespace {

struct PlaceCase {
  std::string id;
  Sentence sentence;
  int verb = -1;
  PlaceContext context;
  std::string name, country, precision, from;
  bool builtin = false;
  int line = 0;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

// "form/head/deprel[/UPOS]", heads 1-based; "./2/punct" keeps its dot.
Token ParseToken(const std::string& spec) {
  std::vector<std::string> f = Split(spec, '/');
  Token t;
  if (f.size() >= 4 && f[0].empty() && f[1].empty()) {  // the form "/" itself
    f.erase(f.begin());
    f[0] = "/";
  }
  t.form = f.at(0);
  t.head = std::stoi(f.at(1)) - 1;
  t.deprel = f.at(2);
  if (f.size() > 3) t.upos = f[3];
  return t;
}

std::vector<PlaceCase> LoadCases() {
  std::ifstream in(testing::TestDataDir() + "/where/data/place_cases.tsv");
  std::vector<PlaceCase> cases;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> c = Split(line, '\t');
    if (c.size() != 11) {
      ADD_FAILURE() << "place_cases.tsv:" << line_no << ": expected 11 columns, got " << c.size();
      continue;
    }
    PlaceCase pc;
    pc.id = c[0];
    pc.line = line_no;
    for (const std::string& spec : Split(c[1], ' ')) {
      if (!spec.empty()) pc.sentence.tokens.push_back(ParseToken(spec));
    }
    for (const Token& t : pc.sentence.tokens) pc.sentence.text += t.form + " ";
    pc.verb = std::stoi(c[2]) - 1;
    if (c[3] != "-") pc.context.actor_countries = Split(c[3], ',');
    if (c[4] != "-") {
      for (const std::string& sp : Split(c[4], ',')) {
        std::vector<std::string> be = Split(sp, '-');
        pc.context.actor_spans.push_back({std::stoi(be.at(0)) - 1, std::stoi(be.at(1))});
      }
    }
    if (c[5] != "-") pc.context.dateline_place = c[5];
    pc.name = c[6];
    pc.country = c[7];
    pc.precision = c[8];
    pc.from = c[9];
    pc.builtin = c[10] == "Y";
    cases.push_back(std::move(pc));
  }
  return cases;
}

std::string Describe(const std::optional<Location>& l) {
  if (!l) return "-";
  return l->name + " | " + l->country + " | " + l->precision + " | " + l->from + " | \"" + l->text + "\"";
}

// Returns the number of cases that match; reports each miss.
int RunCases(const Gazetteer& g, bool builtin_only, int* total) {
  int ok = 0;
  *total = 0;
  for (const PlaceCase& pc : LoadCases()) {
    if (builtin_only && !pc.builtin) continue;
    ++*total;
    std::optional<Location> got = LocateEvent(g, pc.sentence, pc.verb, pc.context);
    bool match = pc.name == "-" ? !got.has_value()
                                : got && got->name == pc.name && got->country == pc.country &&
                                      got->precision == pc.precision && got->from == pc.from;
    if (match) {
      ++ok;
    } else {
      ADD_FAILURE() << "place_cases.tsv:" << pc.line << " " << pc.id << ": expected " << pc.name
                    << " | " << pc.country << " | " << pc.precision << " | " << pc.from
                    << ", got " << Describe(got);
    }
  }
  return ok;
}

TEST(PlaceCases, TableHasEnoughCases) { EXPECT_GE(LoadCases().size(), 60u); }

TEST(PlaceCases, BuiltGazetteer) {
  DYAD_REQUIRE_GAZETTEER(g);
  int total = 0;
  int ok = RunCases(*g, false, &total);
  std::printf("place cases (built gazetteer, %zu places): %d of %d\n", g->size(), ok, total);
}

TEST(PlaceCases, BuiltInGazetteer) {
  std::unique_ptr<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g != nullptr);
  int total = 0;
  int ok = RunCases(*g, true, &total);
  std::printf("place cases (built-in gazetteer, %zu places): %d of %d\n", g->size(), ok, total);
}

TEST(PlaceCases, ExpressionText) {
  std::unique_ptr<Gazetteer> g = Gazetteer::BuiltIn();
  Sentence s;
  for (const char* spec : {"Gunmen/2/nsubj", "attacked/0/root/VERB", "a/4/det", "mine/2/obj",
                           "in/7/case", "southern/7/amod/ADJ", "Guyana/2/obl/PROPN"})
    s.tokens.push_back(ParseToken(spec));
  std::optional<Location> l = LocateEvent(*g, s, 1, {});
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(l->text, "in southern Guyana");
  EXPECT_EQ(l->from, "clause");
  EXPECT_NE(l->lat, 0.0);
}

}  // namespace
}  // namespace dyad

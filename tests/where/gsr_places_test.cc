// Place accuracy through the real pipeline: `dyad code` on the PETRARCH GSR
// sentences, scored against tests/where/data/gsr_places.tsv.
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "dyad/where.h"
#include "testing/testing.h"
#include "where/fold.h"
#include "where/json.h"
#include "where_testing.h"

namespace dyad {
namespace {

struct Expected {
  std::string place, country;
};

std::map<std::string, Expected> LoadExpected() {
  std::map<std::string, Expected> out;
  std::ifstream in(testing::TestDataDir() + "/where/data/gsr_places.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    std::string id, place, country;
    std::getline(ss, id, '\t');
    std::getline(ss, place, '\t');
    std::getline(ss, country, '\t');
    out[id] = {place, country};
  }
  return out;
}

// The first event's location for each record (null JSON -> "-").
std::map<std::string, Expected> RunPipeline(const std::string& gazetteer_env) {
  std::string cmd = gazetteer_env + " '" + testing::DyadBinary() +
                    "' code --input-format petrarch '" + testing::SharedDir() +
                    "/petrarch/PETR2_GSR_validation.xml' 2>/dev/null";
  std::map<std::string, Expected> out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  std::string text;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
  pclose(p);
  std::stringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    where::JsonValue v;
    std::string error;
    if (!where::ParseJson(line, &v, &error)) continue;
    std::string id(v.StringOr("article_id"));
    if (out.count(id)) continue;
    const where::JsonValue* loc = v.Find("location");
    if (loc == nullptr || loc->type != where::JsonValue::Type::kObject) out[id] = {"-", "-"};
    else out[id] = {std::string(loc->StringOr("name")), std::string(loc->StringOr("country"))};
  }
  return out;
}

bool SamePlace(const Gazetteer& g, const Expected& want, const Expected& got) {
  if (want.place == "-" || got.place == "-") return want.place == got.place;
  if (want.country != got.country) return false;
  if (where::FoldPlaceName(want.place) == where::FoldPlaceName(got.place)) return true;
  for (const PlaceCandidate& c : g.Lookup(want.place))  // "Zurich" == "Zürich"
    if (c.name == got.place && c.country == got.country) return true;
  return false;
}

// Scores one run; returns correct / (sentences with a coded event).
double Score(const Gazetteer& g, const std::string& env, const char* label, int* with_events) {
  std::map<std::string, Expected> expected = LoadExpected();
  EXPECT_GE(expected.size(), 60u);
  std::map<std::string, Expected> got = RunPipeline(env);
  int correct = 0, placed_ok = 0, placed = 0, none_ok = 0, none = 0;
  *with_events = 0;
  for (const auto& [id, want] : expected) {
    auto it = got.find(id);
    if (it == got.end()) continue;  // the coder found no event: nothing to place
    ++*with_events;
    bool ok = SamePlace(g, want, it->second);
    correct += ok;
    if (want.place == "-") {
      ++none;
      none_ok += ok;
    } else {
      ++placed;
      placed_ok += ok;
    }
    if (!ok)
      std::printf("  %s: expected %s (%s), got %s (%s)\n", id.c_str(), want.place.c_str(),
                  want.country.c_str(), it->second.place.c_str(), it->second.country.c_str());
  }
  std::printf("GSR places (%s): %d of %d sentences with a coded event right; "
              "%d of %d named places found, %d of %d without a place left empty\n",
              label, correct, *with_events, placed_ok, placed, none_ok, none);
  return *with_events ? static_cast<double>(correct) / *with_events : 0;
}

TEST(GsrPlaces, ThroughThePipelineWithTheBuiltGazetteer) {
  DYAD_REQUIRE_SHARED();
  DYAD_REQUIRE_GAZETTEER(g);
  int n = 0;
  double accuracy = Score(*g, "DYAD_GAZETTEER='" + g_path + "'", "built gazetteer", &n);
  EXPECT_GE(n, 20);            // how many the coder codes is not this test's business
  EXPECT_GE(accuracy, 0.85);  // measured: see docs/places.md
}

// The same without the built file: countries, capitals and subdivisions only.
TEST(GsrPlaces, ThroughThePipelineWithTheBuiltInGazetteer) {
  DYAD_REQUIRE_SHARED();
  std::unique_ptr<Gazetteer> g = Gazetteer::BuiltIn();
  int n = 0;
  double accuracy = Score(*g, "DYAD_GAZETTEER=/dev/null", "built-in gazetteer", &n);
  EXPECT_GE(n, 20);
  EXPECT_GE(accuracy, 0.80);
}

}  // namespace
}  // namespace dyad

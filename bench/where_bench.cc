// Gazetteer and place finder costs: open (mmap + validation), Lookup, the
// built-in fallback, LocateEvent on a parsed sentence.
//   build/dyad_bench --benchmark_filter=Gazetteer|Locate
// Uses $DYAD_GAZETTEER, else gazetteer.bin in the working directory or beside
// the benchmark binary; the built-file benchmarks are skipped without it.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "dyad/where.h"

namespace {

std::string GazetteerPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  for (const std::filesystem::path& p :
       {std::filesystem::path("gazetteer.bin"), exe.parent_path() / "gazetteer.bin",
        exe.parent_path().parent_path() / "gazetteer.bin"})
    if (std::filesystem::is_regular_file(p, ec)) return p.string();
  return "";
}

const std::vector<std::string>& Queries() {
  static const std::vector<std::string> q = {
      "Bali",   "Kharkiv", "New York", "Kuala Lumpur", "São Paulo", "Washington", "Guyana",
      "Aleppo", "Tripoli", "Paris",    "Atlantis",     "Kiev",      "Texas",      "U.S."};
  return q;
}

void BM_GazetteerOpen(benchmark::State& state) {
  std::string path = GazetteerPath();
  if (path.empty()) {
    state.SkipWithError("gazetteer.bin not built (tools/build_gazetteer.sh BUILD_DIR)");
    return;
  }
  size_t places = 0;
  for (auto _ : state) {
    std::string error;
    auto g = dyad::Gazetteer::Open(path, &error);
    if (!g) {
      state.SkipWithError(error.c_str());
      return;
    }
    places = g->size();
    benchmark::DoNotOptimize(g);
  }
  state.counters["places"] = static_cast<double>(places);
  state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
}
BENCHMARK(BM_GazetteerOpen)->Unit(benchmark::kMillisecond);

void BM_GazetteerLookup(benchmark::State& state) {
  std::string path = GazetteerPath(), error;
  std::unique_ptr<dyad::Gazetteer> g = path.empty() ? nullptr : dyad::Gazetteer::Open(path, &error);
  if (!g) {
    state.SkipWithError("gazetteer.bin not built (tools/build_gazetteer.sh BUILD_DIR)");
    return;
  }
  const auto& q = Queries();
  size_t i = 0, found = 0;
  for (auto _ : state) {
    auto c = g->Lookup(q[i++ % q.size()]);
    found += c.size();
    benchmark::DoNotOptimize(c);
  }
  state.counters["candidates/lookup"] =
      static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_GazetteerLookup);

// The search alone: names that are not in the gazetteer build no candidates.
void BM_GazetteerLookupMiss(benchmark::State& state) {
  std::string path = GazetteerPath(), error;
  std::unique_ptr<dyad::Gazetteer> g = path.empty() ? nullptr : dyad::Gazetteer::Open(path, &error);
  if (!g) {
    state.SkipWithError("gazetteer.bin not built (tools/build_gazetteer.sh BUILD_DIR)");
    return;
  }
  const std::vector<std::string> q = {"Atlantis", "Mordor", "Gotham", "Narnia", "Xanadu Prime"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(g->Lookup(q[i++ % q.size()]));
}
BENCHMARK(BM_GazetteerLookupMiss);

void BM_GazetteerBuiltIn(benchmark::State& state) {
  size_t places = 0;
  for (auto _ : state) {
    auto g = dyad::Gazetteer::BuiltIn();
    places = g->size();
    benchmark::DoNotOptimize(g);
  }
  state.counters["places"] = static_cast<double>(places);
}
BENCHMARK(BM_GazetteerBuiltIn)->Unit(benchmark::kMillisecond);

void BM_GazetteerBuiltInLookup(benchmark::State& state) {
  auto g = dyad::Gazetteer::BuiltIn();
  const auto& q = Queries();
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(g->Lookup(q[i++ % q.size()]));
}
BENCHMARK(BM_GazetteerBuiltInLookup);

// "Xi and Biden met on the sidelines of the G20 summit in Bali ."
dyad::Sentence SidelinesSentence() {
  struct T {
    const char* form;
    int head;
    const char* deprel;
    const char* upos;
  };
  const T tokens[] = {{"Xi", 3, "nsubj", "PROPN"},      {"and", 2, "cc", "CCONJ"},
                      {"Biden", 0, "conj", "PROPN"},    {"met", -1, "root", "VERB"},
                      {"on", 6, "case", "ADP"},         {"the", 6, "det", "DET"},
                      {"sidelines", 3, "obl", "NOUN"},  {"of", 10, "case", "ADP"},
                      {"the", 10, "det", "DET"},        {"G20", 10, "compound", "PROPN"},
                      {"summit", 6, "nmod", "NOUN"},    {"in", 12, "case", "ADP"},
                      {"Bali", 10, "nmod", "PROPN"},    {".", 3, "punct", "PUNCT"}};
  dyad::Sentence s;
  for (const T& t : tokens) {
    dyad::Token tok;
    tok.form = t.form;
    tok.head = t.head;
    tok.deprel = t.deprel;
    tok.upos = t.upos;
    s.tokens.push_back(tok);
  }
  return s;
}

void BM_LocateEvent(benchmark::State& state) {
  std::string path = GazetteerPath(), error;
  std::unique_ptr<dyad::Gazetteer> g = path.empty() ? dyad::Gazetteer::BuiltIn()
                                                    : dyad::Gazetteer::Open(path, &error);
  if (!g) g = dyad::Gazetteer::BuiltIn();
  dyad::Sentence s = SidelinesSentence();
  dyad::PlaceContext ctx;
  ctx.actor_countries = {"CHN", "USA"};
  ctx.actor_spans = {{0, 1}, {2, 3}};
  ctx.dateline_place = "NUSA DUA";
  for (auto _ : state) benchmark::DoNotOptimize(dyad::LocateEvent(*g, s, 3, ctx));
  state.SetLabel(path.empty() ? "built-in" : "built file");
}
BENCHMARK(BM_LocateEvent);

}  // namespace

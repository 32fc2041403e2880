// Tagger and parser speed (tokens/s) on UD EWT dev sentences, or on a few
// built-in news sentences when ../shared is absent; and model load time.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/syntax.h"
#include "syntax/conllu.h"
#include "syntax/model.h"

namespace {

const dyad::syntax::Model& BenchModel() {
  static const std::unique_ptr<dyad::SyntaxModel> model = [] {
    std::string error;
    auto m = dyad::SyntaxModel::Load(dyad::SyntaxModel::DefaultPath(), &error);
    if (!m) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::exit(1);
    }
    return m;
  }();
  return static_cast<const dyad::syntax::Model&>(*model);
}

const std::vector<dyad::Sentence>& BenchSentences() {
  static const std::vector<dyad::Sentence> sentences = [] {
    std::vector<dyad::Sentence> out;
    std::ifstream in(std::string(DYAD_SHARED_DIR) + "/ud/EWT/en_ewt-ud-dev.conllu");
    std::string text;
    if (in) {
      std::stringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    } else {
      for (const char* s : {"Chinese troops attacked Indian soldiers in the Galwan valley on Monday .",
                            "The convoy was attacked by militants near Kabul , officials said .",
                            "Trump asked Xi to tell North Korea not to test missiles ."}) {
        std::istringstream words(s);
        int i = 0;
        for (std::string w; words >> w;) text += std::to_string(++i) + "\t" + w + "\t_\t_\t_\t_\t0\t_\t_\t_\n";
        text += "\n";
      }
    }
    for (auto& s : dyad::syntax::ParseConllu(text, nullptr)) out.push_back(std::move(s.sentence));
    return out;
  }();
  return sentences;
}

void BM_Tag(benchmark::State& state) {
  const auto& model = BenchModel();
  auto sentences = BenchSentences();
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      model.Tag(s);
      tokens += s.tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TagAndParse(benchmark::State& state) {
  const auto& model = BenchModel();
  auto sentences = BenchSentences();
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      model.Annotate(s);
      tokens += s.tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  const std::string path = dyad::SyntaxModel::DefaultPath();
  for (auto _ : state) {
    std::string error;
    auto m = dyad::SyntaxModel::Load(path, &error);
    benchmark::DoNotOptimize(m.get());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace

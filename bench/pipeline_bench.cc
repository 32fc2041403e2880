// Micro-benchmarks of the hot stages: reading, cleaning, segmenting, coding
// a parsed sentence, loading the dictionaries, writing records.
#include <benchmark/benchmark.h>

#include <cstring>
#include <sstream>

#include "code/coder.h"
#include "dyad/clean.h"
#include "dyad/pipeline.h"
#include "dyad/read.h"
#include "dyad/segment.h"
#include "dyad/syntax.h"
#include "dyad/write.h"

namespace dyad {
namespace {

const char* kArticle =
    "Xi writes to Kim calling for world peace Chinese President Xi Jinping has written to North Korean leader "
    "Kim Jong Un asking him to cooperate for world peace, KCNA reported on Saturday. Pyongyang launched an "
    "intercontinental ballistic missile on November 18. The United States, Britain and France condemned the "
    "launch after Monday's Security Council meeting. In May, Beijing and Moscow vetoed a US-led resolution. "
    "US President Joe Biden asked Xi last week in Bali to restrain North Korea. China refused to join the "
    "others in condemning Pyongyang.\n";

std::string Feed(int records) {
  std::string s;
  for (int i = 0; i < records; ++i) s += " date 2022-11-26 \n" + std::string(kArticle) + "\n";
  return s;
}

void BM_ReadNewsText(benchmark::State& state) {
  std::string feed = Feed(200);
  for (auto _ : state) {
    size_t n = ReadArticles(feed, "bench", {}, [](Article&&) {}, [](const ReadError&) {});
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(state.iterations() * feed.size());
  state.SetItemsProcessed(state.iterations() * 200);
}
BENCHMARK(BM_ReadNewsText);

void BM_Clean(benchmark::State& state) {
  for (auto _ : state) {
    Article a;
    a.date = {2022, 11, 26};
    a.text = kArticle;
    CleanArticle(a);
    benchmark::DoNotOptimize(a.text);
  }
  state.SetBytesProcessed(state.iterations() * std::strlen(kArticle));
}
BENCHMARK(BM_Clean);

void BM_Segment(benchmark::State& state) {
  size_t sentences = 0;
  for (auto _ : state) {
    Document d = Segment("", kArticle);
    sentences += d.sentences.size();
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(sentences);  // sentences/s
}
BENCHMARK(BM_Segment);

struct Loaded {
  std::unique_ptr<Pipeline> pipeline;
  Document doc;
  Article article;
};

Loaded& Shared() {
  static Loaded* l = [] {
    auto* x = new Loaded();
    std::string err;
    x->pipeline = Pipeline::Create({}, &err);
    if (!x->pipeline) {
      std::fprintf(stderr, "pipeline: %s\n", err.c_str());
      std::abort();
    }
    x->article.id = "bench";
    x->article.date = {2022, 11, 26};
    x->article.text = kArticle;
    x->doc = x->pipeline->Analyze(x->article);
    return x;
  }();
  return *l;
}

void BM_TagParseSentence(benchmark::State& state) {
  Loaded& l = Shared();
  size_t tokens = 0;
  for (auto _ : state) {
    for (Sentence s : l.doc.sentences) {
      l.pipeline->syntax().Annotate(s);
      tokens += s.tokens.size();
    }
  }
  state.SetItemsProcessed(tokens);  // tokens/s
}
BENCHMARK(BM_TagParseSentence);

void BM_CodeParsedSentences(benchmark::State& state) {
  Loaded& l = Shared();
  size_t sentences = 0;
  for (auto _ : state) {
    ArticleContext ctx;
    for (size_t i = 0; i < l.doc.sentences.size(); ++i) {
      auto ev = l.pipeline->coder().CodeSentence(l.doc.sentences[i], static_cast<int>(i), l.article.date, &ctx, nullptr);
      benchmark::DoNotOptimize(ev);
    }
    sentences += l.doc.sentences.size();
  }
  state.SetItemsProcessed(sentences);  // sentences/s
}
BENCHMARK(BM_CodeParsedSentences);

void BM_CodeDocumentWithDatesPlaces(benchmark::State& state) {
  Loaded& l = Shared();
  size_t sentences = 0;
  for (auto _ : state) {
    auto ev = l.pipeline->CodeDocument(l.article, l.doc);
    benchmark::DoNotOptimize(ev);
    sentences += l.doc.sentences.size();
  }
  state.SetItemsProcessed(sentences);
}
BENCHMARK(BM_CodeDocumentWithDatesPlaces);

// The two halves of CodeDocument, as dyad bench's "code" and "date+place" rows.
void BM_CodeEvents(benchmark::State& state) {
  Loaded& l = Shared();
  CodedArticle coded;
  size_t sentences = 0;
  for (auto _ : state) {
    l.pipeline->CodeEvents(l.article, l.doc, &coded);
    benchmark::DoNotOptimize(coded.events);
    sentences += l.doc.sentences.size();
  }
  state.SetItemsProcessed(sentences);
}
BENCHMARK(BM_CodeEvents);

void BM_DateAndPlace(benchmark::State& state) {
  Loaded& l = Shared();
  CodedArticle coded;
  size_t sentences = 0;
  for (auto _ : state) {
    state.PauseTiming();
    l.pipeline->CodeEvents(l.article, l.doc, &coded);
    state.ResumeTiming();
    auto ev = l.pipeline->DateAndPlace(l.article, l.doc, &coded);
    benchmark::DoNotOptimize(ev);
    sentences += l.doc.sentences.size();
  }
  state.SetItemsProcessed(sentences);
}
BENCHMARK(BM_DateAndPlace);

void BM_LoadBuiltInDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    std::string err;
    auto c = Coder::Load(FindDataDir(), {}, &err);
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_LoadBuiltInDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_WriteJson(benchmark::State& state) {
  Loaded& l = Shared();
  auto events = l.pipeline->CodeDocument(l.article, l.doc);
  if (events.empty()) {
    state.SkipWithError("no events coded");
    return;
  }
  std::ostringstream out;
  EventWriter w(out, OutputFormat::kJsonl);
  for (auto _ : state) w.Write(events[0]);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WriteJson);

}  // namespace
}  // namespace dyad

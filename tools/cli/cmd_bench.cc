// dyad bench: speed per stage and peak memory on real input.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli.h"
#include "code/coder.h"
#include "dyad/clean.h"
#include "dyad/pipeline.h"
#include "dyad/segment.h"
#include "dyad/syntax.h"
#include "pipeline_args.h"

namespace dyad::cli {
namespace {


double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

long PeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int RunBench(int argc, char** argv) {
  Args args(argc, argv, PipelineFlagNames());
  if (args.Has("help") || args.positional().empty()) {
    std::cout << "usage: dyad bench FILE... [--repeat N] [--passes N] [--input-format F] [--dict FILE]...\n"
                 "Reports records/s, sentences/s and tokens/s for each stage (read, clean, segment,\n"
                 "tag+parse, code: actors and verb patterns to events, date+place: their dates,\n"
                 "places, CAMEO fields, ids and merged mentions), load time (and the\n"
                 "dictionaries' alone) and peak memory.\n"
                 "Times are CPU seconds of this process; the code stage's median and fastest\n"
                 "round are also given in wall-clock sentences/s (steadier on a shared host).\n"
                 "Each round parses its input and then codes it, so the coder starts a round with\n"
                 "caches the parser has filled; \"code, stage alone\" then times the coding stage by\n"
                 "itself: the last round's parsed sentences coded again, pass after pass (--passes N,\n"
                 "default 50), median and fastest pass in wall-clock sentences/s.\n";
    return args.Has("help") ? 0 : 2;
  }
  ReadOptions ro;
  std::string error;
  if (!ReadOptionsFrom(args, &ro, &error)) {
    std::cerr << "dyad bench: " << error << "\n";
    return 2;
  }
  int repeat = std::max(1, std::atoi(args.GetOr("repeat", "1").c_str()));
  const int passes = std::max(0, std::atoi(args.GetOr("passes", "50").c_str()));
  // The dictionaries alone (files read, parsed and indexed for the coder),
  // loaded in a child process so that this one's peak memory stays the
  // pipeline's own.
  double dict_load = -1, dict_rss_mb = -1;
  {
    PipelineOptions po = PipelineOptionsFrom(args);
    int fds[2];
    if (pipe(fds) == 0) {
      std::fflush(nullptr);
      pid_t child = fork();
      if (child == 0) {
        close(fds[0]);
        double t = CpuSeconds();
        std::string err;
        auto coder = Coder::Load(po.data_dir.empty() ? FindDataDir() : po.data_dir, po.dict_files, &err);
        double report[2] = {coder ? CpuSeconds() - t : -1, PeakRssKb() / 1024.0};
        ssize_t written = write(fds[1], report, sizeof report);
        _exit(written == sizeof report ? 0 : 1);
      }
      close(fds[1]);
      double report[2];
      if (child > 0 && read(fds[0], report, sizeof report) == sizeof report) {
        dict_load = report[0];
        dict_rss_mb = report[1];
      }
      close(fds[0]);
      if (child > 0) waitpid(child, nullptr, 0);
    }
  }
  double t0 = CpuSeconds();
  auto pipeline = MakePipeline(args);
  if (!pipeline) return 2;
  double load = CpuSeconds() - t0;

  std::vector<std::string> inputs;
  size_t bytes = 0;
  for (const auto& f : args.positional()) {
    std::string data;
    if (!ReadInput(f, &data, &error)) {
      std::cerr << "dyad bench: " << error << "\n";
      return 2;
    }
    bytes += data.size();
    inputs.push_back(std::move(data));
  }
  double t_read = 0, t_clean = 0, t_segment = 0, t_parse = 0, t_code = 0, t_place = 0;
  std::vector<CodedArticle> coded;  // one per article of a round, reused by the next
  size_t records = 0, sentences = 0, tokens = 0, events = 0, rejected = 0;
  // Wall-clock seconds of each round's coding stage: on a shared host the
  // median round is steadier than the CPU-second total, which other tenants'
  // load inflates.
  std::vector<double> code_rounds;
  std::vector<Article> articles;
  std::vector<Document> docs;
  size_t round_sentences = 0;
  for (int r = 0; r < repeat; ++r) {
    articles.clear();
    double t = CpuSeconds();
    for (size_t i = 0; i < inputs.size(); ++i)
      ReadArticles(inputs[i], args.positional()[i], ro, [&](Article&& a) { articles.push_back(std::move(a)); },
                   [&](const ReadError&) { ++rejected; });
    t_read += CpuSeconds() - t;
    records += articles.size();
    t = CpuSeconds();
    for (auto& a : articles) CleanArticle(a);
    t_clean += CpuSeconds() - t;
    docs.clear();
    docs.reserve(articles.size());
    t = CpuSeconds();
    for (auto& a : articles) docs.push_back(Segment(a.title, a.text, a.sentence_level));
    t_segment += CpuSeconds() - t;
    round_sentences = 0;
    for (auto& d : docs) {
      round_sentences += d.sentences.size();
      sentences += d.sentences.size();
      for (auto& s : d.sentences) tokens += s.tokens.size();
    }
    t = CpuSeconds();
    for (auto& d : docs)
      for (auto& s : d.sentences) pipeline->syntax().Annotate(s);
    t_parse += CpuSeconds() - t;
    // Pipeline::CodeDocument, in its two halves.
    if (coded.size() < docs.size()) coded.resize(docs.size());
    t = CpuSeconds();
    const auto round_start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < docs.size(); ++i) pipeline->CodeEvents(articles[i], docs[i], &coded[i]);
    code_rounds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - round_start).count());
    t_code += CpuSeconds() - t;
    t = CpuSeconds();
    for (size_t i = 0; i < docs.size(); ++i) events += pipeline->DateAndPlace(articles[i], docs[i], &coded[i]).size();
    t_place += CpuSeconds() - t;
  }
  // The coding stage alone: the last round's parsed input, coded pass after
  // pass with nothing in between (as a stage run over a batch of parsed
  // sentences is), each pass timed on the wall clock.
  std::vector<double> alone_passes;
  for (int p = 0; p < passes && round_sentences > 0; ++p) {
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < docs.size(); ++i) pipeline->CodeEvents(articles[i], docs[i], &coded[i]);
    alone_passes.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  double total = t_read + t_clean + t_segment + t_parse + t_code + t_place;
  std::printf("input: %zu file(s), %.1f KB, repeated %d times: %zu records, %zu sentences, %zu tokens, %zu events"
              " (%zu rejected)\n",
              inputs.size(), bytes / 1024.0, repeat, records, sentences, tokens, events, rejected);
  std::printf("load (model, dictionaries, gazetteer): %.3f s CPU\n", load);
  if (dict_load >= 0)
    std::printf("dictionaries alone (loaded in a child process): %.3f s CPU, %.1f MB peak memory\n", dict_load,
                dict_rss_mb);
  auto row = [&](const char* name, double secs) {
    auto rate = [&](size_t n) { return secs > 0 ? n / secs : 0.0; };
    std::printf("%-15s %8.3f s   %10.0f records/s  %10.0f sentences/s  %12.0f tokens/s\n", name, secs,
                rate(records), rate(sentences), rate(tokens));
  };
  row("read", t_read);
  row("clean", t_clean);
  row("segment", t_segment);
  row("tag+parse", t_parse);
  row("code", t_code);
  row("date+place", t_place);
  row("code+date+place", t_code + t_place);  // what the "code" row timed before it was split
  row("end-to-end", total);
  if (!code_rounds.empty()) {
    std::sort(code_rounds.begin(), code_rounds.end());
    const double per_round = static_cast<double>(sentences) / repeat;
    std::printf("code, per round  median %.0f sentences/s, fastest %.0f sentences/s (%zu rounds, wall clock)\n",
                per_round / code_rounds[code_rounds.size() / 2], per_round / code_rounds.front(), code_rounds.size());
  }
  if (!alone_passes.empty()) {
    std::sort(alone_passes.begin(), alone_passes.end());
    std::printf("code, stage alone  median %.0f sentences/s, fastest %.0f sentences/s (%zu passes over %zu sentences, wall clock)\n",
                round_sentences / alone_passes[alone_passes.size() / 2], round_sentences / alone_passes.front(),
                alone_passes.size(), round_sentences);
  }
  std::printf("peak memory (max RSS): %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}

}  // namespace dyad::cli

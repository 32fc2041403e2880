// Throughput of NormalizeText and CleanArticle on synthetic feed articles
// (reported; bounded loosely so that a quadratic slip fails).
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/clean.h"

namespace dyad {
namespace {

std::vector<std::string> MakeArticles(size_t count) {
  const char* paragraphs[] = {
      "Chinese President Xi Jinping told Kim Jong Un he wants to \xE2\x80\x9Cwork with\xE2\x80\x9D Pyongyang for "
      "\xE2\x80\x9Cworld peace\xE2\x80\x9D, state media KCNA reported on Saturday.",
      "The letter came after North Korea launched an intercontinental ballistic missile on November 18 \xE2\x80\x94 "
      "its most powerful yet \xE2\x80\x94 which landed in waters off Japan.",
      "Xi Jinping with Kim Jong Un in 2019. AFP",
      "The United States, Britain and France condemned the launch after Monday\xE2\x80\x99s Security Council "
      "meeting, but China and Russia, which vetoed a resolution in May, declined to join them.",
      "US President Joe Biden asked Xi last week in Bali to restrain North Korea (\xE2\x80\xA6) officials said.",
      "Did you find an error? Please let us know.",
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < count; ++i) {
    std::string a = "Xi writes to Kim calling for world peace SEOUL, Nov 26 (AFP) - ";
    for (size_t k = 0; k < 6; ++k) a += std::string(paragraphs[(i + k) % 6]) + "\n";
    out.push_back(std::move(a));
  }
  return out;
}

TEST(CleanSpeedTest, NormalizeAndCleanThroughput) {
  std::vector<std::string> texts = MakeArticles(20000);
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();

  auto t0 = std::chrono::steady_clock::now();
  size_t out_bytes = 0;
  for (const auto& t : texts) out_bytes += NormalizeText(t).size();
  double norm_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  t0 = std::chrono::steady_clock::now();
  size_t dropped = 0;
  for (const auto& t : texts) {
    Article a;
    a.text = t;
    dropped += CleanArticle(a).dropped.size();
  }
  double clean_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("[ speed ] NormalizeText: %.1f MB in %.3f s = %.0f MB/s\n", bytes / 1e6, norm_secs,
              bytes / 1e6 / norm_secs);
  std::printf("[ speed ] CleanArticle: %zu articles, %.1f MB in %.3f s = %.0f MB/s, %.0f articles/s\n",
              texts.size(), bytes / 1e6, clean_secs, bytes / 1e6 / clean_secs, texts.size() / clean_secs);
  EXPECT_GT(out_bytes, bytes / 2);
  EXPECT_GE(dropped, texts.size() * 2);  // at least the caption and the footer of each article
  EXPECT_LT(clean_secs, 30.0);
}

TEST(CleanSpeedTest, PathologicalInputsStayLinear) {
  const size_t n = 1 << 20;
  std::vector<std::string> inputs = {
      std::string(n, '('),
      std::string(n, '(') + ")",
      std::string(n, '-'),
      std::string(n, '.'),
      std::string(n, '\n'),
      std::string(n, ' '),
  };
  std::string words;
  while (words.size() < n) words += "The Cat (Photo: AFP By John Smith. AFP - ";
  inputs.push_back(words);
  std::string ellipses;
  while (ellipses.size() < n) ellipses += "( \xE2\x80\xA6 \xE2\x80\x8B";
  inputs.push_back(ellipses);
  for (const std::string& in : inputs) {
    auto t0 = std::chrono::steady_clock::now();
    Article a;
    a.text = in;
    CleanArticle(a);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(secs, 2.0) << in.substr(0, 40);
  }
}

}  // namespace
}  // namespace dyad

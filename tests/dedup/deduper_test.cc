// EventDeduper: one record per happening across articles.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <random>

#include <gtest/gtest.h>

#include "dyad/dedup.h"

namespace dyad {
namespace {

Event Make(const std::string& article, const std::string& source, const std::string& target,
           const std::string& cameo, Date date) {
  Event e;
  e.article_id = article;
  e.story_date = date;
  e.date = date;
  e.date_precision = DatePrecision::kDay;
  e.source.code = source;
  if (!target.empty()) {
    e.target = Actor{};
    e.target->code = target;
  }
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  return e;
}

const Date kDay{2022, 11, 18};

TEST(EventDeduperTest, CountsMentionsAndArticles) {
  EventDeduper d;
  d.Add(Make("a1", "PRK", "USA", "138", kDay));
  d.Add(Make("a2", "PRK", "USA", "138", kDay));
  Event twice = Make("a2", "PRK", "USA", "138", kDay);
  twice.num_mentions = 2;  // already merged within its article
  d.Add(twice);
  d.Add(Make("a3", "CHN", "PRK", "036", kDay));
  EXPECT_EQ(d.size(), 4u);
  std::vector<Event> out = d.Finish();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].cameo, "138");
  EXPECT_EQ(out[0].article_id, "a1");  // the first seen is kept
  EXPECT_EQ(out[0].num_mentions, 4);
  EXPECT_EQ(out[0].num_articles, 2);
  EXPECT_EQ(out[1].num_mentions, 1);
  EXPECT_EQ(out[1].num_articles, 1);
  EXPECT_EQ(d.size(), 0u);
  EXPECT_TRUE(d.Finish().empty());
}

TEST(EventDeduperTest, WindowZeroNeedsTheSameDate) {
  EventDeduper d(0);
  d.Add(Make("a1", "ISR", "PSE", "190", kDay));
  d.Add(Make("a2", "ISR", "PSE", "190", kDay.AddDays(1)));
  EXPECT_EQ(d.Finish().size(), 2u);
}

TEST(EventDeduperTest, WindowIsAnchoredAtTheGroupsEarliestDate) {
  EventDeduper d(1);
  d.Add(Make("a3", "ISR", "PSE", "190", kDay.AddDays(2)));
  d.Add(Make("a1", "ISR", "PSE", "190", kDay));
  d.Add(Make("a2", "ISR", "PSE", "190", kDay.AddDays(1)));
  std::vector<Event> out = d.Finish();
  ASSERT_EQ(out.size(), 2u);
  // First seen: the group holding a3 (day+2) was seen first.
  EXPECT_EQ(out[0].article_id, "a3");
  EXPECT_EQ(out[0].num_articles, 1);
  EXPECT_EQ(out[1].article_id, "a1");
  EXPECT_EQ(out[1].num_articles, 2);
  EXPECT_EQ(out[1].date, kDay);
}

TEST(EventDeduperTest, KeysSeparateSourceTargetAndCode) {
  EventDeduper d(30);
  d.Add(Make("a1", "USA", "CHN", "042", kDay));
  d.Add(Make("a2", "CHN", "USA", "042", kDay));
  d.Add(Make("a3", "USA", "", "042", kDay));
  d.Add(Make("a4", "USA", "CHN", "043", kDay));
  d.Add(Make("a5", "USA", "CHN", "042", kDay.AddDays(3)));
  std::vector<Event> out = d.Finish();
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].num_articles, 2);
  EXPECT_FALSE(out[2].target.has_value());
}

TEST(EventDeduperTest, FinerDateKept) {
  EventDeduper d(7);
  Event vague = Make("a1", "RUS", "UKR", "190", Date{2022, 11, 1});
  vague.date_precision = DatePrecision::kMonth;
  d.Add(vague);
  d.Add(Make("a2", "RUS", "UKR", "190", Date{2022, 11, 5}));
  std::vector<Event> out = d.Finish();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].article_id, "a1");
  EXPECT_EQ(out[0].date.ToString(), "2022-11-05");
  EXPECT_EQ(out[0].date_precision, DatePrecision::kDay);
}

TEST(EventDeduperTest, TwoHundredThousandSyntheticEvents) {
  // 200k events over 50 actors, 20 codes and 60 days; timed, and checked
  // against the totals that must be preserved.
  std::mt19937 rng(7);
  const char* codes[] = {"010", "020", "036", "040", "042", "043", "051", "057", "080", "0841",
                         "110", "112", "120", "138", "141", "160", "172", "173", "190", "195"};
  const int kEvents = 200000;
  EventDeduper d(1);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kEvents; ++i) {
    Event e = Make("art" + std::to_string(i / 5), "A" + std::to_string(rng() % 50),
                   rng() % 10 ? "B" + std::to_string(rng() % 50) : "", codes[rng() % 20],
                   kDay.AddDays(rng() % 60));
    d.Add(std::move(e));
  }
  auto added = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  std::vector<Event> out = d.Finish();
  double finish_cpu_ms = 1000.0 * (std::clock() - cpu) / CLOCKS_PER_SEC;
  auto done = std::chrono::steady_clock::now();
  std::printf(
      "EventDeduper: %d events -> %zu groups; build+Add %.1f ms wall, Finish %.1f ms wall, "
      "%.1f ms CPU\n",
      kEvents, out.size(), std::chrono::duration<double, std::milli>(added - start).count(),
      std::chrono::duration<double, std::milli>(done - added).count(), finish_cpu_ms);
  int64_t mentions = 0;
  for (const Event& e : out) mentions += e.num_mentions;
  EXPECT_EQ(mentions, kEvents);
  EXPECT_LT(out.size(), static_cast<size_t>(kEvents));
}

}  // namespace
}  // namespace dyad

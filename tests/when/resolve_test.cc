// ResolveDateExpression against the hand-written table
// tests/when/data/date_cases.tsv (expression, story date, tense, expected
// date, precision; "-"/"none" when the expression must be skipped).
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/when.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Case {
  int line;
  std::string expression;
  Date story;
  Tense tense;
  std::string expected_date;  // "-" for none
  std::string precision;      // day|month|year|none
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

std::vector<Case> LoadCases() {
  std::string text = testing::ReadFileOrDie(testing::TestDataDir() + "/when/data/date_cases.tsv");
  std::vector<Case> cases;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 5) {
      ADD_FAILURE() << "date_cases.tsv:" << number << ": want 5 tab-separated fields";
      continue;
    }
    Case c;
    c.line = number;
    c.expression = f[0];
    std::optional<Date> story = ParseDate(f[1]);
    if (!story) {
      ADD_FAILURE() << "date_cases.tsv:" << number << ": bad story date " << f[1];
      continue;
    }
    c.story = *story;
    if (f[2] == "past") {
      c.tense = Tense::kPast;
    } else if (f[2] == "present") {
      c.tense = Tense::kPresent;
    } else if (f[2] == "future") {
      c.tense = Tense::kFuture;
    } else {
      ADD_FAILURE() << "date_cases.tsv:" << number << ": bad tense " << f[2];
      continue;
    }
    c.expected_date = f[3];
    c.precision = f[4];
    cases.push_back(c);
  }
  return cases;
}

TEST(ResolveDateExpressionTest, Table) {
  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 80u);
  int correct = 0;
  for (const Case& c : cases) {
    std::optional<ResolvedDate> r = ResolveDateExpression(c.expression, c.story, c.tense);
    std::string got_date = r ? r->date.ToString() : "-";
    std::string got_precision = r ? DatePrecisionName(r->precision) : "none";
    bool ok = got_date == c.expected_date && got_precision == c.precision;
    correct += ok;
    EXPECT_TRUE(ok) << "date_cases.tsv:" << c.line << ": \"" << c.expression << "\" story "
                    << c.story.ToString() << ": want " << c.expected_date << " " << c.precision
                    << ", got " << got_date << " " << got_precision;
    if (r) {
      EXPECT_NE(r->precision, DatePrecision::kStory);
    }
    if (r && c.tense == Tense::kPast) {
      EXPECT_LE(r->date, c.story) << c.expression;
    }
  }
  std::printf("date table: %d / %zu correct (%.1f%%)\n", correct, cases.size(),
              100.0 * correct / cases.size());
}

TEST(ResolveDateExpressionTest, KeepsExpressionText) {
  auto r = ResolveDateExpression("  on Saturday ", Date{2022, 11, 26}, Tense::kPast);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->expression, "on Saturday");
  EXPECT_TRUE(r->span.empty());
}

TEST(ResolveDateExpressionTest, RejectsInvalidStoryDate) {
  EXPECT_FALSE(ResolveDateExpression("yesterday", Date{}, Tense::kPast));
  EXPECT_FALSE(ResolveDateExpression("yesterday", Date{2022, 2, 30}, Tense::kPast));
}

TEST(ResolveDateExpressionTest, PastNeverAfterStory) {
  // Every weekday, month and relative word, in every tense-neutral form,
  // resolves at or before the story date when the clause is past.
  const char* words[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "January", "May", "December", "this week", "this month",
                         "this year", "the 1st", "the 31st", "February 29", "later this year",
                         "this weekend", "in the spring", "winter"};
  for (int64_t d = Date{2023, 12, 20}.ToDays(); d < Date{2024, 1, 20}.ToDays(); ++d) {
    Date story = Date::FromDays(d);
    for (const char* w : words) {
      auto r = ResolveDateExpression(w, story, Tense::kPast);
      if (r) {
        EXPECT_LE(r->date, story) << w << " in a " << story.ToString() << " story";
      }
      auto f = ResolveDateExpression(w, story, Tense::kFuture);
      if (f && f->precision == DatePrecision::kDay) {
        EXPECT_GE(f->date, story) << w << " (future) in a " << story.ToString() << " story";
      }
    }
  }
}

TEST(ResolveDateExpressionTest, GarbageNeverCrashes) {
  const std::string pieces[] = {"on", "last", "the", "18th", "ago", "-", ",", "'s", "\xE2\x80",
                                "\xE2\x80\x99", "9999", "0000", "99 years ago", "mid-", "--",
                                "5000 years ago", "4999 months ago", "\xff", "of", ""};
  Date story{2022, 11, 26};
  int resolved = 0;
  for (const std::string& a : pieces)
    for (const std::string& b : pieces)
      for (const std::string& c : pieces) {
        std::string e = a + " " + b + c;
        for (Tense t : {Tense::kPast, Tense::kPresent, Tense::kFuture}) {
          auto r = ResolveDateExpression(e, story, t);
          if (r) {
            ++resolved;
            EXPECT_TRUE(IsValidDate(r->date.year, r->date.month, r->date.day)) << e;
          }
        }
      }
  EXPECT_GT(resolved, 0);
  EXPECT_FALSE(ResolveDateExpression(std::string(10000, 'a'), story, Tense::kPast));
}

TEST(ResolveDateExpressionTest, Speed) {
  std::vector<Case> cases = LoadCases();
  ASSERT_FALSE(cases.empty());
  const int kRounds = 200;
  size_t calls = 0, resolved = 0;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  for (int round = 0; round < kRounds; ++round)
    for (const Case& c : cases) {
      resolved += ResolveDateExpression(c.expression, c.story, c.tense).has_value();
      ++calls;
    }
  double cpu_ns = 1e9 * (std::clock() - cpu) / CLOCKS_PER_SEC;
  double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start)
                  .count();
  std::printf("ResolveDateExpression: %.0f ns CPU (%.0f ns wall) per call (%zu calls, %zu resolved)\n",
              cpu_ns / calls, ns / calls, calls, resolved);
  EXPECT_GT(resolved, 0u);
}

}  // namespace
}  // namespace dyad

#include "dyad/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateTest, ParsesBothForms) {
  EXPECT_EQ(ParseDate("2022-11-26"), (Date{2022, 11, 26}));
  EXPECT_EQ(ParseDate("20221126"), (Date{2022, 11, 26}));
  EXPECT_FALSE(ParseDate("2022-02-30"));
  EXPECT_FALSE(ParseDate("2022-13-01"));
  EXPECT_FALSE(ParseDate("22-11-26"));
  EXPECT_FALSE(ParseDate(""));
  EXPECT_FALSE(ParseDate("2022-1a-01"));
}

TEST(DateTest, WeekdayAndArithmetic) {
  EXPECT_EQ((Date{2022, 11, 26}).Weekday(), 5);  // a Saturday
  EXPECT_EQ((Date{1970, 1, 1}).Weekday(), 3);
  EXPECT_EQ((Date{2024, 2, 28}).AddDays(1), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{2023, 1, 1}).AddDays(-1), (Date{2022, 12, 31}));
  for (int64_t d = -1000; d < 100000; d += 37) EXPECT_EQ(Date::FromDays(d).ToDays(), d);
}

TEST(DateTest, Formats) {
  EXPECT_EQ((Date{2022, 5, 3}).ToString(), "2022-05-03");
  EXPECT_EQ((Date{2022, 5, 3}).ToCompactString(), "20220503");
  EXPECT_EQ(Date{}.ToString(), "");
}

}  // namespace
}  // namespace dyad

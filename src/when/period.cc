#include "when/period.h"

namespace dyad::when {

Period DayPeriod(Date d) { return {d, d}; }

Period MonthPeriod(int year, int month) {
  return {Date{year, month, 1}, Date{year, month, DaysInMonth(year, month)}};
}

Period YearPeriod(int year) { return {Date{year, 1, 1}, Date{year, 12, 31}}; }

void Summarize(const Period& p, Date* date, DatePrecision* precision) {
  if (p.first == p.last) {
    *date = p.first;
    *precision = DatePrecision::kDay;
  } else if (p.first.year == p.last.year && p.first.month == p.last.month) {
    *date = Date{p.first.year, p.first.month, 1};
    *precision = DatePrecision::kMonth;
  } else if (p.first.year == p.last.year) {
    *date = Date{p.first.year, 1, 1};
    *precision = DatePrecision::kYear;
  } else {
    // Only short spans (a week, a winter) cross a new year; name the year
    // that holds most of it.
    int64_t in_first = Date{p.first.year, 12, 31}.ToDays() - p.first.ToDays() + 1;
    int64_t in_last = p.last.ToDays() - Date{p.last.year, 1, 1}.ToDays() + 1;
    int year = in_first > in_last ? p.first.year : p.last.year;
    *date = Date{year, 1, 1};
    *precision = DatePrecision::kYear;
  }
}

}  // namespace dyad::when

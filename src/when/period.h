// A span of calendar days and the most honest single date for it: the
// smallest unit (day, month, year) that contains the whole span.
#ifndef DYAD_WHEN_PERIOD_H_
#define DYAD_WHEN_PERIOD_H_

#include "dyad/date.h"
#include "dyad/event.h"

namespace dyad::when {

struct Period {
  Date first;  // inclusive
  Date last;   // inclusive
};

Period DayPeriod(Date d);
Period MonthPeriod(int year, int month);
Period YearPeriod(int year);

// Day precision for one day; month precision (the 1st) when the span lies in
// one month; year precision (January 1) when it lies in one year; for a span
// across a new year, the year holding more of its days (ties: the later).
void Summarize(const Period& p, Date* date, DatePrecision* precision);

}  // namespace dyad::when

#endif  // DYAD_WHEN_PERIOD_H_

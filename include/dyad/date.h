// A calendar date (proleptic Gregorian) and the few operations the pipeline
// needs: parse, format, weekday, day arithmetic.
#ifndef DYAD_DATE_H_
#define DYAD_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

struct Date {
  int year = 0;   // 0 means "no date"
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const { return year != 0; }
  auto operator<=>(const Date&) const = default;

  // Days since 1970-01-01.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 = Monday ... 6 = Sunday (ISO).
  int Weekday() const;
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }

  // "YYYY-MM-DD".
  std::string ToString() const;
  // "YYYYMMDD" (PETRARCH, GDELT).
  std::string ToCompactString() const;
};

int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// Accepts "YYYY-MM-DD" and "YYYYMMDD"; rejects impossible dates.
std::optional<Date> ParseDate(std::string_view text);

}  // namespace dyad

#endif  // DYAD_DATE_H_

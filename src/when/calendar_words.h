// The closed-class words of English calendar expressions: month and weekday
// names, number words, ordinal days, and the nouns that head a time
// expression. They are part of the date grammar (like the digits), so they
// live here rather than in a tunable data file.
#ifndef DYAD_WHEN_CALENDAR_WORDS_H_
#define DYAD_WHEN_CALENDAR_WORDS_H_

#include <string>
#include <string_view>

namespace dyad::when {

// 1..12 for "january"/"jan"/"sept"..., 0 otherwise. Input is lower case.
int MonthNumber(std::string_view word);
// Full month names only ("may", "march" but not "mar"): safe on running text.
bool IsFullMonthName(std::string_view word);
// 0 = Monday .. 6 = Sunday for "monday"/"mon"/"tues"..., -1 otherwise.
int WeekdayNumber(std::string_view word);
bool IsFullWeekdayName(std::string_view word);
// "one".."thirty", "a"/"an" = 1, "couple" = 2, digits; -1 otherwise.
int NumberWord(std::string_view word);
// Day of month in "18", "18th", "1st", "first".."thirty-first" -> 1..31; 0 otherwise.
int OrdinalDay(std::string_view word);
// A four-digit year "1000".."2999"; 0 otherwise.
int YearNumber(std::string_view word);
// "1990s", "90s" -> true (decades are recognized so they can be skipped).
bool IsDecade(std::string_view word);

// ASCII lower case; other bytes unchanged.
std::string Lower(std::string_view s);

}  // namespace dyad::when

#endif  // DYAD_WHEN_CALENDAR_WORDS_H_

// ResolveDateExpression: English time expressions -> a period of days,
// anchored on the story date, then summarized as the most honest single date.
// The rules are documented in docs/dates.md.
#include <span>
#include <string>
#include <vector>

#include "dyad/when.h"
#include "when/calendar_words.h"
#include "when/period.h"

namespace dyad {
namespace {

using when::DayPeriod;
using when::MonthPeriod;
using when::Period;
using when::YearPeriod;
using Words = std::span<const std::string>;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsSeparator(char c) {
  return IsSpace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == ':';
}

// Lower-case words of the expression: punctuation and possessive "'s"
// dropped, hyphenated words split ("mid-november"), "the"/"of" removed.
std::vector<std::string> SplitWords(std::string_view expr) {
  std::string s;
  s.reserve(expr.size());
  for (size_t i = 0; i < expr.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(expr[i]);
    if (c == 0xE2 && i + 2 < expr.size() && static_cast<unsigned char>(expr[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(expr[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) {  // curly apostrophes
        s += '\'';
        i += 2;
        continue;
      }
      if (c3 == 0x93 || c3 == 0x94) {  // en and em dashes
        s += ' ';
        i += 2;
        continue;
      }
    }
    s += static_cast<char>(c);
  }
  for (char& c : s)  // when::Lower, in place
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');

  std::vector<std::string> words;
  auto push = [&](std::string w) {
    while (!w.empty() && (w.back() == '.' || w.back() == '\'')) w.pop_back();
    if (w.size() >= 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    while (!w.empty() && (w.front() == '\'' || w.front() == '.')) w.erase(0, 1);
    if (w.empty() || w == "s" || w == "the" || w == "of") return;
    words.push_back(std::move(w));
  };
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSeparator(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsSeparator(s[j])) ++j;
    if (j > i) {
      std::string w = s.substr(i, j - i);
      if (w.find('-') == std::string::npos || ParseDate(w) || when::NumberWord(w) >= 0 ||
          when::OrdinalDay(w) > 0) {
        push(std::move(w));
      } else {
        size_t k = 0;
        while (k <= w.size()) {
          size_t dash = w.find('-', k);
          if (dash == std::string::npos) dash = w.size();
          push(w.substr(k, dash - k));
          k = dash + 1;
        }
      }
    }
    i = j;
  }
  return words;
}

bool Is(Words w, size_t i, std::string_view word) { return i < w.size() && w[i] == word; }

bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night" || w == "noon" ||
         w == "midday" || w == "dawn";
}

int Season(std::string_view w) {  // first month of the season, 0 if none
  if (w == "spring") return 3;
  if (w == "summer") return 6;
  if (w == "autumn" || w == "fall") return 9;
  if (w == "winter") return 12;
  return 0;
}

Period SeasonPeriod(int start_year, int first_month) {
  Date first{start_year, first_month, 1};
  int end_month = first_month + 2;
  int end_year = start_year;
  if (end_month > 12) {
    end_month -= 12;
    ++end_year;
  }
  return {first, Date{end_year, end_month, DaysInMonth(end_year, end_month)}};
}

enum class Direction { kPlain, kLast, kThis, kNext, kPast };

// Reads an optional "last" / "this" / "next" / "past" / "this past" /
// "(this) coming" in front of a calendar word; returns how many words it used.
size_t ReadDirection(Words w, Direction* dir) {
  *dir = Direction::kPlain;
  if (Is(w, 0, "this") && (Is(w, 1, "past") || Is(w, 1, "last"))) {
    *dir = Direction::kPast;
    return 2;
  }
  if (Is(w, 0, "this") && Is(w, 1, "coming")) {
    *dir = Direction::kNext;
    return 2;
  }
  if (Is(w, 0, "last") || Is(w, 0, "previous")) {
    *dir = Direction::kLast;
    return 1;
  }
  if (Is(w, 0, "this") || Is(w, 0, "current")) {
    *dir = Direction::kThis;
    return 1;
  }
  if (Is(w, 0, "next") || Is(w, 0, "coming")) {
    *dir = Direction::kNext;
    return 1;
  }
  if (Is(w, 0, "past")) {
    *dir = Direction::kPast;
    return 1;
  }
  return 0;
}

class Resolver {
 public:
  Resolver(Date story, Tense tense) : story_(story), forward_(tense == Tense::kFuture) {}

  std::optional<Period> Parse(Words w) const {
    if (w.empty()) return std::nullopt;
    if (IsQualifier(w[0]) && w.size() >= 2) return Qualified(w[0], w.subspan(1));
    return Core(w);
  }

  // Stripped prepositions and approximation words; false for ranges.
  static bool StripLeading(Words* w, bool* approximate) {
    *approximate = false;
    while (!w->empty()) {
      const std::string& f = (*w)[0];
      if (f == "since" || f == "until" || f == "till" || f == "til" || f == "through" ||
          f == "thru" || f == "from" || f == "between" || f == "by" || f == "before" ||
          f == "after" || f == "within" || f == "for" || f == "throughout" || f == "to" ||
          f == "up" || f == "following" || f == "prior" || f == "as") {
        return false;
      }
      if (f == "on" || f == "in" || f == "during" || f == "at" || f == "just" || f == "only") {
        *w = w->subspan(1);
      } else if (f == "over" && w->size() >= 2 &&
                 (NumberLike((*w)[1]) || (*w)[1] == "few" || (*w)[1] == "several")) {
        *approximate = true;  // "over a year ago"
        *w = w->subspan(1);
      } else if (f == "over") {
        *w = w->subspan(1);  // "over the weekend"
      } else if (f == "about" || f == "around" || f == "some" || f == "nearly" ||
                 f == "almost" || f == "roughly" || f == "approximately" || f == "circa") {
        *approximate = true;
        *w = w->subspan(1);
      } else if ((f == "more" || f == "less") && Is(*w, 1, "than")) {
        *approximate = true;
        *w = w->subspan(2);
      } else {
        break;
      }
    }
    return true;
  }

  std::optional<Period> Ago(Words w, bool approximate) const {
    // (number | a | a couple | a few | several) unit ago
    if (w.size() < 3 || w.back() != "ago") return std::nullopt;
    Words body = w.first(w.size() - 1);
    const std::string& unit_word = body.back();
    Words count = body.first(body.size() - 1);
    int n = -1;
    if (count.size() == 1) {
      n = when::NumberWord(count[0]);
      if (count[0] == "few") n = 3, approximate = true;
      if (count[0] == "several") n = 4, approximate = true;
    } else if (count.size() == 2 && count[0] == "a" && count[1] == "couple") {
      n = 2;
    } else if (count.size() == 2 && count[0] == "a" && count[1] == "few") {
      n = 3;
      approximate = true;
    }
    if (n < 0 || n > 5000) return std::nullopt;
    std::string unit = unit_word;
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    if (unit == "hour" || unit == "day" || unit == "week") {
      int64_t days = unit == "hour" ? n / 24 : unit == "day" ? n : 7 * n;
      Date point = story_.AddDays(-days);
      if (!approximate) return DayPeriod(point);
      int64_t tolerance = std::max<int64_t>(1, days / 4);
      Date last = point.AddDays(tolerance);
      if (last > story_) last = story_;
      return Period{point.AddDays(-tolerance), last};
    }
    if (story_.year - n < 1) return std::nullopt;
    if (unit == "month") {
      int index = story_.year * 12 + (story_.month - 1) - n;
      return MonthPeriod(index / 12, index % 12 + 1);
    }
    if (unit == "year") return YearPeriod(story_.year - n);
    return std::nullopt;
  }

 private:
  static bool NumberLike(const std::string& w) { return when::NumberWord(w) >= 0; }

  static bool IsQualifier(const std::string& w) {
    return w == "early" || w == "mid" || w == "middle" || w == "late" || w == "end" ||
           w == "beginning" || w == "start" || w == "earlier" || w == "later";
  }

  std::optional<Period> Qualified(const std::string& q, Words rest) const {
    if (rest.size() >= 2 && (rest[0] == "on" || rest[0] == "in")) rest = rest.subspan(1);  // "late on Friday"
    std::optional<Period> p = Core(rest);
    if (!p) return std::nullopt;
    if (p->first == p->last) return p;  // "late Monday", "earlier today"
    if (q == "earlier" || q == "later") {
      // "earlier this week": the part of the period before the story date.
      if (q == "earlier" && story_ >= p->first && story_ <= p->last) {
        p->last = story_.AddDays(-1);
      } else if (q == "later" && story_ >= p->first && story_ <= p->last) {
        p->first = story_.AddDays(1);
      }
      if (p->first > p->last) return std::nullopt;
      return p;
    }
    int64_t first = p->first.ToDays(), last = p->last.ToDays();
    int64_t third = (last - first + 1) / 3;
    if (q == "early" || q == "beginning" || q == "start") {
      return Period{p->first, Date::FromDays(first + third - 1)};
    }
    if (q == "mid" || q == "middle") {
      return Period{Date::FromDays(first + third), Date::FromDays(last - third)};
    }
    return Period{Date::FromDays(last - third + 1), p->last};  // late, end
  }

  std::optional<Period> Core(Words w) const {
    const size_t n = w.size();
    if (n == 0) return std::nullopt;
    for (const std::string& word : w)
      if (when::IsDecade(word)) return std::nullopt;  // a decade is no point in time

    if (n == 1) return OneWord(w[0]);
    if (n == 2 && w[0] == "last" && w[1] == "night") return DayPeriod(story_.AddDays(-1));
    if (n == 2 && w[0] == "this" && IsPartOfDay(w[1])) return DayPeriod(story_);
    if (n == 3 && w[0] == "day" && w[1] == "before" && w[2] == "yesterday")
      return DayPeriod(story_.AddDays(-2));
    if (n == 3 && w[0] == "day" && w[1] == "after" && w[2] == "tomorrow")
      return DayPeriod(story_.AddDays(2));
    if (n >= 2 && IsPartOfDay(w[0])) {
      // "the night of November 18", "the morning of Monday"
      std::optional<Period> p = Core(w.subspan(1));
      if (p && p->first == p->last) return p;
      return std::nullopt;
    }
    if (n >= 2 && IsPartOfDay(w[n - 1])) {
      // "Monday night", "yesterday morning", "last Friday evening".
      std::optional<Period> p = Core(w.first(n - 1));
      if (p && p->first == p->last) return p;
      return std::nullopt;
    }
    if (n >= 2 && when::WeekdayNumber(w[0]) >= 0 && !Is(w, 1, "last") && !Is(w, 1, "this") &&
        !Is(w, 1, "next")) {
      // "Monday, November 18": the explicit date decides.
      std::optional<Period> p = Explicit(w.subspan(1));
      if (p) return p;
    }
    if (n == 3 && when::WeekdayNumber(w[0]) >= 0 && w[2] == "week") {
      // "Monday last week", "Friday next week".
      Direction dir;
      if (ReadDirection(w.subspan(1), &dir) != 1) return std::nullopt;
      std::optional<Period> week = Relative(dir, "week");
      if (!week || dir == Direction::kPast) return std::nullopt;
      return DayPeriod(week->first.AddDays(when::WeekdayNumber(w[0])));
    }
    Direction dir;
    size_t used = ReadDirection(w, &dir);
    if (used > 0 && used + 1 == n) return Relative(dir, w[used]);
    return Explicit(w);
  }

  std::optional<Period> OneWord(const std::string& w) const {
    // "overnight" in a story is the night that ended on its day: dated by
    // that day, as wire copy and event data (GDELT, Phoenix) date it and as
    // dyad's article annotators did ("Russia pounded Kyiv overnight, officials
    // said on Thursday" is Thursday); "last night" is the evening before.
    if (w == "today" || w == "tonight" || w == "overnight") return DayPeriod(story_);
    if (w == "yesterday") return DayPeriod(story_.AddDays(-1));
    if (w == "tomorrow") return DayPeriod(story_.AddDays(1));
    if (std::optional<Date> d = ParseDate(w); d && w.size() == 10) return DayPeriod(*d);
    if (when::WeekdayNumber(w) >= 0) return Weekday(Direction::kPlain, when::WeekdayNumber(w));
    if (w == "weekend") return Weekend(Direction::kPlain);
    if (Season(w)) return SeasonOf(Direction::kPlain, Season(w));
    // "the 18th" (the bare number "18" is too ambiguous to be a date).
    if (when::OrdinalDay(w) > 0 && when::NumberWord(w) < 0) return DayOfMonth(when::OrdinalDay(w));
    return Explicit(std::span<const std::string>(&w, 1));
  }

  // last/this/next/past + week, month, year, weekend, a weekday or a season.
  std::optional<Period> Relative(Direction dir, const std::string& unit) const {
    int wd = when::WeekdayNumber(unit);
    if (wd >= 0) return Weekday(dir, wd);
    if (unit == "weekend") return Weekend(dir);
    if (Season(unit)) return SeasonOf(dir, Season(unit));
    int step = dir == Direction::kLast ? -1 : dir == Direction::kNext ? 1 : 0;
    if (unit == "week") {
      if (dir == Direction::kPast) return Period{story_.AddDays(-7), story_.AddDays(-1)};
      Date monday = story_.AddDays(-story_.Weekday() + 7 * step);
      return Period{monday, monday.AddDays(6)};
    }
    if (unit == "month") {
      if (dir == Direction::kPast) return Period{story_.AddDays(-30), story_.AddDays(-1)};
      int index = story_.year * 12 + (story_.month - 1) + step;
      return MonthPeriod(index / 12, index % 12 + 1);
    }
    if (unit == "year") {
      if (dir == Direction::kPast) return Period{story_.AddDays(-365), story_.AddDays(-1)};
      return YearPeriod(story_.year + step);
    }
    // "last May", "next March".
    int month = when::MonthNumber(unit);
    if (month > 0 && dir != Direction::kPast) {
      if (dir == Direction::kThis) return MonthPeriod(story_.year, month);
      if (dir == Direction::kLast) {
        int year = month < story_.month ? story_.year : story_.year - 1;
        return MonthPeriod(year, month);
      }
      int year = month > story_.month ? story_.year : story_.year + 1;
      return MonthPeriod(year, month);
    }
    return std::nullopt;
  }

  std::optional<Period> Weekday(Direction dir, int wd) const {
    int back = (story_.Weekday() - wd + 7) % 7;    // days back to the last such day
    int ahead = (wd - story_.Weekday() + 7) % 7;   // days ahead to the next
    switch (dir) {
      case Direction::kLast:
      case Direction::kPast:
        return DayPeriod(story_.AddDays(-(back == 0 ? 7 : back)));
      case Direction::kNext:
        return DayPeriod(story_.AddDays(ahead == 0 ? 7 : ahead));
      case Direction::kThis:
      case Direction::kPlain:
        return DayPeriod(forward_ ? story_.AddDays(ahead) : story_.AddDays(-back));
    }
    return std::nullopt;
  }

  std::optional<Period> Weekend(Direction dir) const {
    int wd = story_.Weekday();
    Date this_saturday = story_.AddDays(5 - wd);  // Saturday of the story's week
    Period current{this_saturday, this_saturday.AddDays(1)};
    Period previous{this_saturday.AddDays(-7), this_saturday.AddDays(-6)};
    Period following{this_saturday.AddDays(7), this_saturday.AddDays(8)};
    bool in_weekend = wd >= 5;
    switch (dir) {
      case Direction::kLast:
      case Direction::kPast:
        return previous;
      case Direction::kNext:
        return in_weekend ? following : current;
      case Direction::kThis:
      case Direction::kPlain:
        if (forward_ || in_weekend) return current;
        return previous;
    }
    return std::nullopt;
  }

  std::optional<Period> SeasonOf(Direction dir, int first_month) const {
    // The occurrence that starts in the story's year, then step.
    int year = story_.year;
    if (first_month == 12 && story_.month <= 2) --year;  // January is last year's winter
    Period p = SeasonPeriod(year, first_month);
    switch (dir) {
      case Direction::kLast:
      case Direction::kPast:
        while (p.last >= story_) p = SeasonPeriod(p.first.year - 1, first_month);
        return p;
      case Direction::kNext:
        while (p.first <= story_) p = SeasonPeriod(p.first.year + 1, first_month);
        return p;
      case Direction::kThis:
      case Direction::kPlain:
        if (forward_) {
          while (p.last < story_) p = SeasonPeriod(p.first.year + 1, first_month);
        } else {
          while (p.first > story_) p = SeasonPeriod(p.first.year - 1, first_month);
        }
        return p;
    }
    return std::nullopt;
  }

  // "on the 18th": the 18th of the story month or the month before
  // (after, for the future), skipping months that have no such day.
  std::optional<Period> DayOfMonth(int day) const {
    int index = story_.year * 12 + (story_.month - 1);
    for (int k = 0; k < 4; ++k) {
      int i = forward_ ? index + k : index - k;
      Date d{i / 12, i % 12 + 1, day};
      if (!IsValidDate(d.year, d.month, d.day)) continue;
      if (forward_ ? d >= story_ : d <= story_) return DayPeriod(d);
    }
    return std::nullopt;
  }

  // A month and day without a year: the nearest one at or before the story
  // date (at or after it in the future).
  std::optional<Period> MonthDay(int month, int day) const {
    for (int k = 0; k <= 8; ++k) {
      int year = forward_ ? story_.year + k : story_.year - k;
      if (!IsValidDate(year, month, day)) continue;  // February 29
      Date d{year, month, day};
      if (forward_ ? d >= story_ : d <= story_) return DayPeriod(d);
    }
    return std::nullopt;
  }

  std::optional<Period> Month(int month) const {
    int year = story_.year;
    if (forward_ ? month < story_.month : month > story_.month) year += forward_ ? 1 : -1;
    return MonthPeriod(year, month);
  }

  // Month names, days, years: "November 18", "18 November 2022", "Nov. 18,
  // 2022", "May", "May 2019", "2019", "summer 2019".
  std::optional<Period> Explicit(Words w) const {
    const size_t n = w.size();
    int month0 = when::MonthNumber(w[0]);
    if (n == 1) {
      if (month0) return Month(month0);
      if (int y = when::YearNumber(w[0])) return YearPeriod(y);
      return std::nullopt;
    }
    int year_last = when::YearNumber(w[n - 1]);
    if (n == 2 && year_last && Season(w[0])) {
      int first = Season(w[0]);
      return SeasonPeriod(year_last, first);
    }
    if (n == 2 && month0 && year_last) return MonthPeriod(year_last, month0);
    // Month day [year] | day month [year]
    int month = 0, day = 0;
    if (month0 && when::OrdinalDay(w[1]) > 0) {
      month = month0;
      day = when::OrdinalDay(w[1]);
    } else if (when::OrdinalDay(w[0]) > 0 && when::MonthNumber(w[1])) {
      day = when::OrdinalDay(w[0]);
      month = when::MonthNumber(w[1]);
    } else {
      return std::nullopt;
    }
    if (n == 2) return MonthDay(month, day);
    if (n == 3 && year_last) {
      if (!IsValidDate(year_last, month, day)) return std::nullopt;
      return DayPeriod(Date{year_last, month, day});
    }
    return std::nullopt;
  }

  Date story_;
  bool forward_;
};

}  // namespace

std::optional<ResolvedDate> ResolveDateExpression(std::string_view expression, Date story_date,
                                                  Tense tense) {
  if (!story_date.valid() || !IsValidDate(story_date.year, story_date.month, story_date.day))
    return std::nullopt;
  if (expression.size() > 200) return std::nullopt;  // no time expression is this long
  std::vector<std::string> all = SplitWords(expression);
  Words words(all);
  bool approximate = false;
  if (!Resolver::StripLeading(&words, &approximate) || words.empty()) return std::nullopt;

  Resolver resolver(story_date, tense);
  std::optional<Period> period = resolver.Ago(words, approximate);
  if (!period && !(words.size() >= 1 && words.back() == "ago")) period = resolver.Parse(words);
  if (!period) return std::nullopt;

  // Past events never happen after the story; future ones not before it.
  if (tense == Tense::kPast) {
    if (period->first > story_date) return std::nullopt;
    if (period->last > story_date) period->last = story_date;
  } else if (tense == Tense::kFuture) {
    if (period->first < story_date && period->last >= story_date) period->first = story_date;
  }

  ResolvedDate out;
  when::Summarize(*period, &out.date, &out.precision);
  size_t b = 0, e = expression.size();
  while (b < e && IsSpace(expression[b])) ++b;
  while (e > b && IsSpace(expression[e - 1])) --e;
  out.expression = std::string(expression.substr(b, e - b));
  return out;
}

}  // namespace dyad

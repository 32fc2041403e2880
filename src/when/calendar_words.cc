#include "when/calendar_words.h"

#include <array>
#include <cstdint>

namespace dyad::when {
namespace {

struct Named {
  std::string_view word;
  int value;
  bool full;  // the full name, not an abbreviation
};

constexpr std::array<Named, 25> kMonths = {{
    {"january", 1, true},   {"jan", 1, false},     {"february", 2, true}, {"feb", 2, false},
    {"march", 3, true},     {"mar", 3, false},     {"april", 4, true},    {"apr", 4, false},
    {"may", 5, true},       {"june", 6, true},     {"jun", 6, false},     {"july", 7, true},
    {"jul", 7, false},      {"august", 8, true},   {"aug", 8, false},     {"september", 9, true},
    {"sep", 9, false},      {"sept", 9, false},    {"october", 10, true}, {"oct", 10, false},
    {"november", 11, true}, {"nov", 11, false},    {"december", 12, true}, {"dec", 12, false},
    {"febr", 2, false},
}};

constexpr std::array<Named, 19> kWeekdays = {{
    {"monday", 0, true},   {"mon", 0, false},    {"tuesday", 1, true},  {"tue", 1, false},
    {"tues", 1, false},    {"wednesday", 2, true}, {"wed", 2, false},   {"thursday", 3, true},
    {"thu", 3, false},     {"thur", 3, false},   {"thurs", 3, false},   {"friday", 4, true},
    {"fri", 4, false},     {"saturday", 5, true}, {"sat", 5, false},    {"sunday", 6, true},
    {"sun", 6, false},     {"weds", 2, false},   {"tu", 1, false},
}};

constexpr std::array<std::string_view, 31> kNumbers = {
    "zero",     "one",     "two",       "three",    "four",     "five",    "six",
    "seven",    "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",
    "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six",
    "twenty-seven", "twenty-eight", "twenty-nine", "thirty"};

constexpr std::array<std::string_view, 32> kOrdinals = {
    "",           "first",         "second",       "third",        "fourth",
    "fifth",      "sixth",         "seventh",      "eighth",       "ninth",
    "tenth",      "eleventh",      "twelfth",      "thirteenth",   "fourteenth",
    "fifteenth",  "sixteenth",     "seventeenth",  "eighteenth",   "nineteenth",
    "twentieth",  "twenty-first",  "twenty-second", "twenty-third", "twenty-fourth",
    "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
    "thirtieth",  "thirty-first"};

// The first letters of a list's words, each with the lengths of the words
// it starts: a word that starts otherwise, or is of another length (most
// words of a sentence), is not in the list, known without a scan of it.
class FirstLetters {
 public:
  template <typename List, typename WordOf>
  constexpr FirstLetters(const List& list, WordOf word_of) {
    for (const auto& x : list)
      if (!word_of(x).empty()) lengths_[static_cast<unsigned char>(word_of(x)[0])] |= LengthBit(word_of(x));
  }
  bool MayHold(std::string_view w) const {
    return !w.empty() && (lengths_[static_cast<unsigned char>(w[0])] & LengthBit(w)) != 0;
  }

 private:
  // (Lengths of 63 and more share the last bit.)
  static constexpr uint64_t LengthBit(std::string_view w) { return uint64_t{1} << (w.size() < 63 ? w.size() : 63); }
  uint64_t lengths_[256] = {};
};

constexpr FirstLetters kMonthLetters(kMonths, [](const Named& m) { return m.word; });
constexpr FirstLetters kWeekdayLetters(kWeekdays, [](const Named& d) { return d.word; });
constexpr FirstLetters kNumberLetters(kNumbers, [](std::string_view w) { return w; });
constexpr FirstLetters kOrdinalLetters(kOrdinals, [](std::string_view w) { return w; });

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Value of a run of 1..4 digits, or -1.
int Digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int MonthNumber(std::string_view word) {
  if (!kMonthLetters.MayHold(word)) return 0;
  for (const Named& m : kMonths)
    if (m.word == word) return m.value;
  return 0;
}

bool IsFullMonthName(std::string_view word) {
  if (!kMonthLetters.MayHold(word)) return false;
  for (const Named& m : kMonths)
    if (m.full && m.word == word) return true;
  return false;
}

int WeekdayNumber(std::string_view word) {
  if (!kWeekdayLetters.MayHold(word)) return -1;
  for (const Named& d : kWeekdays)
    if (d.word == word) return d.value;
  return -1;
}

bool IsFullWeekdayName(std::string_view word) {
  if (!kWeekdayLetters.MayHold(word)) return false;
  for (const Named& d : kWeekdays)
    if (d.full && d.word == word) return true;
  return false;
}

int NumberWord(std::string_view word) {
  if (word == "a" || word == "an") return 1;
  if (word == "couple") return 2;
  if (kNumberLetters.MayHold(word))
    for (size_t i = 0; i < kNumbers.size(); ++i)
      if (kNumbers[i] == word) return static_cast<int>(i);
  int v = Digits(word);
  return v;
}

int OrdinalDay(std::string_view word) {
  if (kOrdinalLetters.MayHold(word))
    for (size_t i = 1; i < kOrdinals.size(); ++i)
      if (kOrdinals[i] == word) return static_cast<int>(i);
  size_t n = 0;
  while (n < word.size() && IsDigit(word[n])) ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view suffix = word.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return 0;
  int v = Digits(word.substr(0, n));
  return v >= 1 && v <= 31 ? v : 0;
}

int YearNumber(std::string_view word) {
  if (word.size() != 4) return 0;
  int v = Digits(word);
  return v >= 1000 && v <= 2999 ? v : 0;
}

bool IsDecade(std::string_view word) {
  if (word.size() < 3 || word.back() != 's') return false;
  std::string_view num = word.substr(0, word.size() - 1);
  if (!num.empty() && num.back() == '\'') num.remove_suffix(1);
  if (!num.empty() && num.front() == '\'') num.remove_prefix(1);
  if (num.size() != 2 && num.size() != 4) return false;
  int v = Digits(num);
  return v >= 0 && v % 10 == 0;
}

}  // namespace dyad::when

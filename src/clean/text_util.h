// Word-level helpers for the cleaner's heuristics (headline, dateline, credit).
#ifndef DYAD_CLEAN_TEXT_UTIL_H_
#define DYAD_CLEAN_TEXT_UTIL_H_

#include <string_view>
#include <vector>

namespace dyad::clean_internal {

struct Word {
  std::string_view text;  // as written, punctuation attached
  size_t pos = 0;         // byte offset in the line
};

// Splits on spaces (the text is normalized: single spaces, no tabs).
std::vector<Word> SplitWords(std::string_view line);

// The word without surrounding quotes, brackets and trailing , . ; : ! ?
std::string_view Core(std::string_view word);
// First letter (after opening quotes/brackets) is an uppercase letter.
bool IsCapitalized(std::string_view word);
// First letter is a lowercase letter.
bool IsLowercase(std::string_view word);
// At least two letters and no lowercase letter.
bool IsAllCaps(std::string_view word);
bool HasLetterOrDigit(std::string_view s);
std::string_view Trim(std::string_view s);
// ASCII lowercase copy into `buf` (for table lookups); returns a view of it.
std::string_view LowerInto(std::string_view s, std::string* buf);

}  // namespace dyad::clean_internal

#endif  // DYAD_CLEAN_TEXT_UTIL_H_

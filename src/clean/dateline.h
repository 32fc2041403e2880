// News-agency datelines at the start of a story: "SEOUL, Nov 26 (AFP) -",
// "WASHINGTON (Reuters) -", "KYIV, Ukraine -", "(Reuters) -".
#ifndef DYAD_CLEAN_DATELINE_H_
#define DYAD_CLEAN_DATELINE_H_

#include <optional>
#include <string_view>

namespace dyad::clean_internal {

struct DatelineMatch {
  size_t length = 0;         // bytes of the dateline including the dash
  std::string_view dateline; // "SEOUL, Nov 26 (AFP) -"
  std::string_view place;    // "SEOUL" (may be empty)
  std::string_view agency;   // "AFP" (may be empty)
};

// Matches a dateline at the start of normalized `line` (dashes already " - ").
// A place in capitals needs a dash, a colon-dash or an agency after it; a
// place in mixed case needs both an agency in brackets and a dash. Body text
// must follow.
std::optional<DatelineMatch> MatchDateline(std::string_view line);

}  // namespace dyad::clean_internal

#endif  // DYAD_CLEAN_DATELINE_H_

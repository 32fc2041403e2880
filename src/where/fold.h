// Folding place names for lookup: case- and diacritic-insensitive, with
// punctuation that varies between sources ("U.S.", "Washington, D.C.",
// "Al-Qaim", "Côte d'Ivoire") reduced to the same key.
#ifndef DYAD_WHERE_FOLD_H_
#define DYAD_WHERE_FOLD_H_

#include <string>
#include <string_view>

namespace dyad::where {

// Lower-cased, marks stripped (utf8proc), '.', apostrophes removed, '-', ',',
// '/', '(' and ')' turned into spaces, runs of spaces collapsed, trimmed.
// Invalid UTF-8 bytes are dropped. "Côte d'Ivoire" -> "cote divoire".
std::string FoldPlaceName(std::string_view name);

}  // namespace dyad::where

#endif  // DYAD_WHERE_FOLD_H_

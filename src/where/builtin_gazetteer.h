// The gazetteer compiled into dyad: countries and capitals from
// data/embed/countries.tsv and capitals.tsv, plus the ISO 3166-2
// subdivisions of Debian's iso-codes when installed.
#ifndef DYAD_WHERE_BUILTIN_GAZETTEER_H_
#define DYAD_WHERE_BUILTIN_GAZETTEER_H_

#include <string>
#include <string_view>
#include <vector>

#include "where/place.h"

namespace dyad::where {

// Places from the two tables (text as in data/embed/) and, when
// iso_codes_dir is not empty and readable, the subdivisions the tables lack
// (placed at their country's point, flagged kFlagNoCoords).
std::vector<Place> BuiltInPlaces(std::string_view countries_tsv, std::string_view capitals_tsv,
                                 const std::string& iso_codes_dir);

}  // namespace dyad::where

#endif  // DYAD_WHERE_BUILTIN_GAZETTEER_H_

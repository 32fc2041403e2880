// The gazetteer compiled into dyad: countries, national capitals and ISO 3166-2
// subdivisions from data/embed/countries.tsv and capitals.tsv (written by
// tools/build_gazetteer.sh --tables). Needs no file at run time.
#ifndef DYAD_WHERE_BUILTIN_GAZETTEER_H_
#define DYAD_WHERE_BUILTIN_GAZETTEER_H_

#include <string>
#include <string_view>
#include <vector>

#include "where/place.h"

namespace dyad::where {

// Places from the two tables (text as in data/embed/); malformed rows are skipped.
std::vector<Place> BuiltInPlaces(std::string_view countries_tsv, std::string_view capitals_tsv);

}  // namespace dyad::where

#endif  // DYAD_WHERE_BUILTIN_GAZETTEER_H_

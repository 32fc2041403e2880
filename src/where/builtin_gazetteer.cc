#include "where/builtin_gazetteer.h"

#include <charconv>
#include <cmath>
#include <map>

#include "where/gazetteer_image.h"

extern const char kEmbedded_countries[];
extern const std::size_t kEmbedded_countries_size;
extern const char kEmbedded_capitals[];
extern const std::size_t kEmbedded_capitals_size;

namespace dyad::where {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

double Number(std::string_view s) {
  double v = NAN;
  if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) return NAN;
  return v;
}

uint64_t Count(std::string_view s) {
  uint64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Calls f(columns) for each non-comment line.
template <typename F>
void ForEachRow(std::string_view text, F f) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    f(Split(line, '\t'));
  }
}

void AddAliases(std::string_view joined, Place* p) {
  if (joined.empty()) return;
  for (std::string_view a : Split(joined, '|'))
    if (!a.empty()) p->aliases.emplace_back(a);
}

}  // namespace

std::vector<Place> BuiltInPlaces(std::string_view countries_tsv, std::string_view capitals_tsv) {
  std::vector<Place> places;
  std::map<std::string, size_t, std::less<>> country_by_alpha2;
  ForEachRow(countries_tsv, [&](const std::vector<std::string_view>& c) {
    if (c.size() < 7 || c[0].size() != 3) return;
    Place p;
    p.country = c[0];
    p.country_alpha2 = c[1];
    p.name = c[2];
    AddAliases(c[3], &p);
    p.lat = Number(c[4]);
    p.lon = Number(c[5]);
    if (std::isnan(p.lat) || std::isnan(p.lon)) p.flags |= kFlagNoCoords;
    p.population = Count(c[6]);
    p.kind = PlaceKind::kCountry;
    p.rank = kCountryRank;
    country_by_alpha2[p.country_alpha2] = places.size();
    places.push_back(std::move(p));
  });
  ForEachRow(capitals_tsv, [&](const std::vector<std::string_view>& c) {
    if (c.size() < 8) return;
    Place p;
    p.name = c[2];
    p.lat = Number(c[4]);
    p.lon = Number(c[5]);
    p.population = Count(c[7]);
    if (c.size() > 8) AddAliases(c[8], &p);
    if (std::isnan(p.lat) || std::isnan(p.lon)) return;
    if (c[0] == "capital") {
      p.country = c[1];
      if (c[3] != "-") p.admin1 = c[3];
      p.geonames_id = static_cast<uint32_t>(Count(c[6]));
      p.kind = PlaceKind::kPlace;
      p.flags = kFlagCapital;
      p.rank = kCapitalRank + static_cast<double>(p.population);
    } else if ((c[0] == "admin1" || c[0] == "admin1~") && c[1].size() > 3) {
      auto country = country_by_alpha2.find(c[1].substr(0, 2));
      if (country == country_by_alpha2.end()) return;
      p.country = places[country->second].country;
      p.admin1 = c[1];
      p.kind = PlaceKind::kAdmin1;
      p.rank = std::max(static_cast<double>(p.population), kUnknownAdminRank);
      if (c[0] == "admin1~") p.flags = kFlagNoCoords;
    } else {
      return;
    }
    places.push_back(std::move(p));
  });
  return places;
}

}  // namespace dyad::where

namespace dyad {

std::unique_ptr<Gazetteer> Gazetteer::BuiltIn() {
  std::vector<where::Place> places = where::BuiltInPlaces(
      std::string_view(kEmbedded_countries, kEmbedded_countries_size),
      std::string_view(kEmbedded_capitals, kEmbedded_capitals_size));
  std::string error;
  std::unique_ptr<Gazetteer> g = where::GazetteerImage::FromBytes(where::SerializeGazetteer(places), &error);
  return g;  // our own serializer's output always validates
}

}  // namespace dyad

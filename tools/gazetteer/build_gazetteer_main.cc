// Builds dyad's gazetteer file (and, with --tables, the compiled-in fallback
// tables). Compiled and run by tools/build_gazetteer.sh against libdyad.
//   build_gazetteer --cities cities.pbf --iso /usr/share/iso-codes/json
//       --country-aliases data/gazetteer/country_aliases.tsv
//       --place-aliases data/gazetteer/place_aliases.tsv
//       --subdivisions data/gazetteer/subdivisions.tsv --out build/gazetteer.bin [--tables data/embed]
#include <chrono>
#include <cstdio>
#include <string>

#include "where/gazetteer_builder.h"
#include "where/gazetteer_format.h"

int main(int argc, char** argv) {
  dyad::where::GazetteerSources src;
  src.iso_codes_dir = dyad::where::kDefaultIsoCodesDir;
  std::string out, tables;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--cities") src.cities_pbf = value;
    else if (flag == "--iso") src.iso_codes_dir = value;
    else if (flag == "--country-aliases") src.country_aliases = value;
    else if (flag == "--place-aliases") src.place_aliases = value;
    else if (flag == "--subdivisions") src.subdivisions = value;
    else if (flag == "--out") out = value;
    else if (flag == "--tables") tables = value;
    else {
      std::fprintf(stderr, "build_gazetteer: unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  if (src.cities_pbf.empty() || src.country_aliases.empty() || (out.empty() && tables.empty())) {
    std::fprintf(stderr,
                 "usage: build_gazetteer --cities FILE --country-aliases FILE [--iso DIR] "
                 "[--place-aliases FILE] [--out FILE] [--tables DIR]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  dyad::where::GazetteerBuildStats stats;
  std::string error;
  std::vector<dyad::where::Place> places;
  if (!dyad::where::AssemblePlaces(src, &places, &stats, &error)) {
    std::fprintf(stderr, "build_gazetteer: %s\n", error.c_str());
    return 1;
  }
  if (!tables.empty() && !dyad::where::WriteBuiltInTables(places, tables, &error)) {
    std::fprintf(stderr, "build_gazetteer: %s\n", error.c_str());
    return 1;
  }
  if (!out.empty()) {
    if (!dyad::where::WriteGazetteerFile(places, out, &stats.bytes, &error)) {
      std::fprintf(stderr, "build_gazetteer: %s\n", error.c_str());
      return 1;
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t placed = stats.subdivisions - stats.subdivisions_unplaced;
  std::printf(
      "gazetteer: %zu places (%zu countries, %zu subdivisions, %zu cities), %zu bytes, %.1f s\n"
      "subdivisions placed: %zu of %zu (%zu by subdivisions.tsv, %zu by namesake city, %zu by admin code, %zu at their seat "
      "or namesake town); %zu use their parent's or country's point\n",
      places.size(), stats.countries, stats.subdivisions, stats.cities, stats.bytes, secs, placed,
      stats.subdivisions, stats.subdivisions_by_seat_table, stats.subdivisions_by_name, stats.subdivisions_by_code,
      stats.subdivisions_by_seat, stats.subdivisions_unplaced);
  for (const std::string& s : stats.unknown_seats)
    std::fprintf(stderr, "build_gazetteer: subdivisions.tsv: city not found for %s\n", s.c_str());
  return 0;
}

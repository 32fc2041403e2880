// The gazetteer file format, its validation against corrupt input, name
// folding, the built-in fallback and OpenDefault.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "dyad/where.h"
#include "testing/testing.h"
#include "where/builtin_gazetteer.h"
#include "where/fold.h"
#include "where/gazetteer_format.h"
#include "where/gazetteer_image.h"
#include "where_testing.h"

namespace dyad::where {
namespace {

TEST(FoldPlaceName, CaseDiacriticsAndPunctuation) {
  EXPECT_EQ(FoldPlaceName("Côte d'Ivoire"), "cote divoire");
  EXPECT_EQ(FoldPlaceName("Côte d’Ivoire"), "cote divoire");
  EXPECT_EQ(FoldPlaceName("U.S."), "us");
  EXPECT_EQ(FoldPlaceName("SÃO PAULO"), "sao paulo");
  EXPECT_EQ(FoldPlaceName("Washington, D.C."), "washington dc");
  EXPECT_EQ(FoldPlaceName("Al-Qa'im"), "al qaim");
  EXPECT_EQ(FoldPlaceName("Łódź"), "lodz");
  EXPECT_EQ(FoldPlaceName("Ḩamāh"), "hamah");
  EXPECT_EQ(FoldPlaceName("  Kuala   Lumpur "), "kuala lumpur");
  EXPECT_EQ(FoldPlaceName("Straße"), "strasse");
  EXPECT_EQ(FoldPlaceName(""), "");
  EXPECT_EQ(FoldPlaceName("..."), "");
}

TEST(FoldPlaceName, InvalidUtf8IsDroppedNotFatal) {
  EXPECT_EQ(FoldPlaceName(std::string("\xff\xfe" "Abc")), "abc");
  EXPECT_EQ(FoldPlaceName(std::string("Ab\xc3")), "ab");  // truncated sequence
  EXPECT_EQ(FoldPlaceName(std::string("A\0B", 3)), "a b");
}

std::vector<Place> SmallPlaces() {
  std::vector<Place> places;
  Place idn;
  idn.name = "Indonesia";
  idn.aliases = {"Republic of Indonesia"};
  idn.country = "IDN";
  idn.kind = PlaceKind::kCountry;
  idn.lat = -6.2;
  idn.lon = 106.8;
  idn.rank = kCountryRank;
  places.push_back(idn);
  Place bali_id;
  bali_id.name = "Bali";
  bali_id.admin1 = "ID-BA";
  bali_id.country = "IDN";
  bali_id.kind = PlaceKind::kAdmin1;
  bali_id.lat = -8.525151;
  bali_id.lon = 115.193253;
  bali_id.population = 1352360;
  bali_id.rank = 1352360;
  places.push_back(bali_id);
  Place bali_cm;
  bali_cm.name = "Bali";
  bali_cm.admin1 = "North-West";
  bali_cm.country = "CMR";
  bali_cm.lat = 5.88737;
  bali_cm.lon = 10.01176;
  bali_cm.geonames_id = 2235029;
  bali_cm.population = 72606;
  bali_cm.rank = 72606;
  places.push_back(bali_cm);
  Place nyc;
  nyc.name = "New York City";
  nyc.aliases = {"New York"};
  nyc.country = "USA";
  nyc.lat = 40.71427;
  nyc.lon = -74.00597;
  nyc.geonames_id = 5128581;
  nyc.population = 8175133;
  nyc.rank = 8175133;
  places.push_back(nyc);
  Place nowhere;  // no coordinates
  nowhere.name = "Nowhere";
  nowhere.country = "XXX";
  nowhere.kind = PlaceKind::kAdmin1;
  nowhere.lat = nowhere.lon = NAN;
  places.push_back(nowhere);
  return places;
}

std::unique_ptr<GazetteerImage> SmallGazetteer() {
  std::string error;
  auto g = GazetteerImage::FromBytes(SerializeGazetteer(SmallPlaces()), &error);
  EXPECT_TRUE(g != nullptr) << error;
  return g;
}

TEST(GazetteerFormat, RoundTripAndRanking) {
  auto g = SmallGazetteer();
  ASSERT_TRUE(g);
  EXPECT_EQ(g->size(), 5u);
  EXPECT_EQ(g->num_countries(), 1u);
  std::vector<PlaceCandidate> bali = g->Lookup("BALI");
  ASSERT_EQ(bali.size(), 2u);
  EXPECT_EQ(bali[0].country, "IDN");
  EXPECT_EQ(bali[0].precision, "admin1");
  EXPECT_EQ(bali[0].admin1, "ID-BA");
  EXPECT_NEAR(bali[0].lat, -8.525151, 1e-6);
  EXPECT_NEAR(bali[0].lon, 115.193253, 1e-6);
  EXPECT_EQ(bali[1].country, "CMR");
  EXPECT_EQ(bali[1].geonames_id, 2235029);
  EXPECT_EQ(bali[1].population, 72606);
  EXPECT_EQ(bali[1].precision, "place");
  std::vector<PlaceCandidate> ny = g->Lookup("new  york");
  ASSERT_EQ(ny.size(), 1u);
  EXPECT_EQ(ny[0].name, "New York City");
  EXPECT_EQ(g->Lookup("Republic of Indonesia").at(0).precision, "country");
  EXPECT_TRUE(g->Lookup("Atlantis").empty());
  EXPECT_TRUE(g->Lookup("").empty());
  EXPECT_TRUE(g->Lookup("Bal").empty());    // no prefix matches
  EXPECT_TRUE(g->Lookup("Balii").empty());
  std::vector<PlaceCandidate> nowhere = g->Lookup("nowhere");
  ASSERT_EQ(nowhere.size(), 1u);
  EXPECT_EQ(nowhere[0].lat, 0);
}

TEST(GazetteerFormat, EveryTruncationIsRejected) {
  std::string image = SerializeGazetteer(SmallPlaces());
  for (size_t n = 0; n < image.size(); ++n) {
    std::string error;
    EXPECT_EQ(GazetteerImage::FromBytes(image.substr(0, n), &error), nullptr) << n;
    EXPECT_FALSE(error.empty());
  }
}

// Flipping any byte either is caught by validation or leaves a file whose
// lookups stay in bounds (run under -DDYAD_SANITIZE=ON to check the latter).
TEST(GazetteerFormat, ByteFlipsNeverCrash) {
  const std::string image = SerializeGazetteer(SmallPlaces());
  int rejected = 0, accepted = 0;
  for (size_t i = 0; i < image.size(); ++i) {
    for (unsigned char x : {0x01, 0x80, 0xff}) {
      std::string bad = image;
      bad[i] = static_cast<char>(bad[i] ^ x);
      std::string error;
      auto g = GazetteerImage::FromBytes(bad, &error);
      if (!g) {
        ++rejected;
        continue;
      }
      ++accepted;
      for (const char* q : {"bali", "new york", "indonesia", "nowhere", "zzz"}) {
        for (const PlaceCandidate& c : g->Lookup(q)) EXPECT_LE(c.country.size(), 3u);
      }
    }
  }
  EXPECT_GT(rejected, 0);
  EXPECT_GT(accepted, 0);  // e.g. a changed population is still a valid file
}

TEST(GazetteerFormat, SpecificCorruptionsAreNamed) {
  const std::string image = SerializeGazetteer(SmallPlaces());
  FileHeader h;
  std::memcpy(&h, image.data(), sizeof(h));
  auto with_header = [&](auto edit) {
    FileHeader x = h;
    edit(x);
    std::string out = image;
    std::memcpy(out.data(), &x, sizeof(x));
    return GazetteerImage::Validate(out);
  };
  EXPECT_NE(with_header([](FileHeader& x) { x.magic[0] = 'X'; }).find("magic"), std::string::npos);
  EXPECT_NE(with_header([](FileHeader& x) { x.version = 99; }).find("version"), std::string::npos);
  EXPECT_NE(with_header([](FileHeader& x) { x.num_places = 0xFFFFFFFF; }).find("offsets"),
            std::string::npos);
  EXPECT_NE(with_header([](FileHeader& x) { x.num_names += 1; }).find("offsets"), std::string::npos);

  std::string bad_name = image;  // first place's name offset beyond the pool
  uint32_t big = h.pool_size + 10;
  std::memcpy(bad_name.data() + h.places_offset, &big, 4);
  EXPECT_NE(GazetteerImage::Validate(bad_name).find("outside the pool"), std::string::npos);

  std::string bad_entry = image;  // first name entry points past the places
  uint32_t place = h.num_places;
  std::memcpy(bad_entry.data() + h.names_offset + offsetof(NameEntry, place), &place, 4);
  EXPECT_NE(GazetteerImage::Validate(bad_entry).find("out of bounds"), std::string::npos);

  std::string unsorted = image;  // swap the first and last index entries ("bali", "republic ...")
  size_t last = h.names_offset + (h.num_names - 1) * sizeof(NameEntry);
  std::swap_ranges(unsorted.begin() + h.names_offset,
                   unsorted.begin() + h.names_offset + sizeof(NameEntry), unsorted.begin() + last);
  EXPECT_NE(GazetteerImage::Validate(unsorted).find("not sorted"), std::string::npos);

  std::string open_pool = image;
  open_pool.back() = 'x';
  EXPECT_NE(GazetteerImage::Validate(open_pool).find("NUL"), std::string::npos);

  std::string bad_prefix = image;
  bad_prefix[h.names_offset] ^= 0x20;
  EXPECT_NE(GazetteerImage::Validate(bad_prefix).find("prefix"), std::string::npos);

  std::string bad_lat = image;
  int32_t lat = 91000000;
  std::memcpy(bad_lat.data() + h.places_offset + offsetof(PlaceRecord, lat_e6), &lat, 4);
  EXPECT_NE(GazetteerImage::Validate(bad_lat).find("coordinates"), std::string::npos);
}

std::string TempPath(const char* name) {
  // Per process: ctest runs the tests of this program in parallel processes.
  return (std::filesystem::temp_directory_path() /
          (std::string("dyad_where_") + std::to_string(::getpid()) + "_" + name))
      .string();
}

TEST(GazetteerOpen, MapsAFileAndRejectsBadOnes) {
  std::string path = TempPath("small.bin");
  {
    std::ofstream f(path, std::ios::binary);
    std::string image = SerializeGazetteer(SmallPlaces());
    f.write(image.data(), static_cast<std::streamsize>(image.size()));
  }
  std::string error;
  std::unique_ptr<Gazetteer> g = Gazetteer::Open(path, &error);
  ASSERT_TRUE(g) << error;
  EXPECT_EQ(g->Lookup("Bali").size(), 2u);

  EXPECT_EQ(Gazetteer::Open(TempPath("missing.bin"), &error), nullptr);
  EXPECT_NE(error.find("cannot open"), std::string::npos);
  EXPECT_EQ(Gazetteer::Open(std::filesystem::temp_directory_path().string(), &error), nullptr);
  std::string empty = TempPath("empty.bin");
  std::ofstream(empty).close();
  EXPECT_EQ(Gazetteer::Open(empty, &error), nullptr);
  std::string junk = TempPath("junk.bin");
  std::ofstream(junk) << std::string(4096, 'j');
  EXPECT_EQ(Gazetteer::Open(junk, &error), nullptr);
  EXPECT_NE(error.find("magic"), std::string::npos);
  std::filesystem::remove(path);
  std::filesystem::remove(empty);
  std::filesystem::remove(junk);
}

TEST(GazetteerOpen, DefaultHonoursTheEnvironmentAndFallsBack) {
  std::string path = TempPath("env.bin");
  {
    std::ofstream f(path, std::ios::binary);
    std::string image = SerializeGazetteer(SmallPlaces());
    f.write(image.data(), static_cast<std::streamsize>(image.size()));
  }
  const char* old = std::getenv("DYAD_GAZETTEER");
  std::string saved = old ? old : "";
  setenv("DYAD_GAZETTEER", path.c_str(), 1);
  EXPECT_EQ(Gazetteer::OpenDefault("")->size(), 5u);
  std::string junk = TempPath("env_junk.bin");
  std::ofstream(junk) << "not a gazetteer";
  setenv("DYAD_GAZETTEER", junk.c_str(), 1);
  EXPECT_EQ(Gazetteer::OpenDefault("")->size(), Gazetteer::BuiltIn()->size());
  if (old) setenv("DYAD_GAZETTEER", saved.c_str(), 1);
  else unsetenv("DYAD_GAZETTEER");
  std::filesystem::remove(path);
  std::filesystem::remove(junk);
}

TEST(BuiltInGazetteer, CountriesCapitalsSubdivisions) {
  std::unique_ptr<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g);
  EXPECT_GT(g->size(), 5000u);
  auto first = [&](const char* name) {
    std::vector<PlaceCandidate> c = g->Lookup(name);
    return c.empty() ? PlaceCandidate{} : c[0];
  };
  EXPECT_EQ(first("Indonesia").precision, "country");
  EXPECT_EQ(first("INDONESIA").country, "IDN");
  EXPECT_EQ(first("Britain").country, "GBR");
  EXPECT_EQ(first("Ivory Coast").country, "CIV");
  EXPECT_EQ(first("Kosovo").country, "XKX");
  PlaceCandidate jakarta = first("Jakarta");
  EXPECT_EQ(jakarta.country, "IDN");
  EXPECT_EQ(jakarta.precision, "place");
  EXPECT_TRUE(jakarta.capital);
  EXPECT_NEAR(jakarta.lat, -6.2, 0.2);
  PlaceCandidate bali = first("Bali");
  EXPECT_EQ(bali.precision, "admin1");
  EXPECT_EQ(bali.admin1, "ID-BA");
  EXPECT_NEAR(bali.lat, -8.5, 0.5);
  EXPECT_NEAR(bali.lon, 115.2, 0.5);
  EXPECT_EQ(first("Texas").admin1, "US-TX");
  EXPECT_EQ(first("Nusa Tenggara").country, "IDN");  // a grouping with no point of its own
}

TEST(BuiltInGazetteer, ReadsItsTablesAndSkipsBadRows) {
  std::vector<Place> places =
      BuiltInPlaces("IDN\tID\tIndonesia\t\t-6.2\t106.8\t1\n",
                    "admin1\tID-BA\tBali\t-\t-8.5\t115.2\t0\t10\t\n"
                    "admin1~\tID-NU\tNusa Tenggara\t-\t-6.2\t106.8\t0\t0\t\n");
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[1].country, "IDN");
  EXPECT_EQ(places[1].flags & kFlagNoCoords, 0);
  EXPECT_NE(places[2].flags & kFlagNoCoords, 0);
  EXPECT_TRUE(BuiltInPlaces("garbage\n\t\t\n", "admin1\tZZ-XX\nadmin1\tZZ-XX\tX\t-\tnan\tx\t0\t0\n").empty());
}

TEST(BuiltGazetteer, SizeOpenTimeAndLookups) {
  DYAD_REQUIRE_GAZETTEER(g);
  EXPECT_GT(g->size(), 100000u);
  // Open time (page cache warm after the first open): the budget is 50 ms.
  auto start = std::chrono::steady_clock::now();
  std::string error;
  auto again = Gazetteer::Open(g_path, &error);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(again) << error;
  std::printf("gazetteer: %zu places, opened and validated in %.2f ms\n", again->size(), ms);
  std::vector<PlaceCandidate> bali = g->Lookup("Bali");
  ASSERT_GE(bali.size(), 2u);
  EXPECT_EQ(bali[0].country, "IDN");
  bool cameroon = false;
  for (const PlaceCandidate& c : bali) cameroon |= c.country == "CMR";
  EXPECT_TRUE(cameroon);
  EXPECT_EQ(g->Lookup("New York").at(0).name, "New York City");
  EXPECT_EQ(g->Lookup("Kiev").at(0).name, "Kyiv");
  EXPECT_EQ(g->Lookup("sao paulo").at(0).geonames_id, 3448439);
  EXPECT_EQ(g->Lookup("Georgia").at(0).country, "GEO");
}

}  // namespace
}  // namespace dyad::where

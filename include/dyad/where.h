// Event locations: an embedded, memory-mapped gazetteer and the place finder.
#ifndef DYAD_WHERE_H_
#define DYAD_WHERE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "dyad/event.h"
#include "dyad/token.h"

namespace dyad {

struct PlaceCandidate {
  std::string name;
  std::string admin1;
  std::string country;   // ISO alpha-3
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;
  int64_t population = 0;
  std::string precision; // "place" | "admin1" | "country"
  bool capital = false;  // a national capital (GeoNames PPLC)
};

class Gazetteer {
 public:
  // Memory-maps a gazetteer built by tools/build_gazetteer.sh; null + *error on failure.
  static std::unique_ptr<Gazetteer> Open(const std::string& path, std::string* error);
  // Countries, first-level subdivisions and capitals compiled into dyad.
  static std::unique_ptr<Gazetteer> BuiltIn();
  // Default: the built file next to the data dir if present, else BuiltIn().
  static std::unique_ptr<Gazetteer> OpenDefault(const std::string& data_dir);

  virtual ~Gazetteer() = default;
  // All places with this name (case/diacritic-insensitive), best first.
  virtual std::vector<PlaceCandidate> Lookup(std::string_view name) const = 0;
  virtual size_t size() const = 0;
};

struct PlaceContext {
  std::vector<std::string> actor_countries;  // ISO alpha-3 of the event's actors
  std::vector<Span> actor_spans;             // tokens that name actors (never a location)
  std::string dateline_place;                // "SEOUL"
  // The countries of the article's actors, most often named first: "Kani"
  // in a story on Myanmar is Myanmar's Kani, not Cote d'Ivoire's.
  std::vector<std::string> article_countries;
  // The event is a meeting, visit or consultation (CAMEO 04x): a town hung
  // on the actor met is where they met ("met Rubio in Washington").
  bool meeting = false;
  // The event is an act of force (CAMEO 18x-20x): a town hung on the actor
  // attacked is where it happened ("attacked rebels near Kayes").
  bool force = false;
  // The event is verbal (CAMEO 01-05 but visits, 09-13): a town a speaker
  // or caller is "from" is where it was said ("spoke by telephone with
  // Trump from Tirana").
  bool spoken = false;
  // The event is a visit, its hosting or a meeting (CAMEO 042-044): the
  // place it is "to" is where it happened ("welcomed Trump to Beijing").
  bool visit = false;
};

// The location of the event whose predicate is token `verb`: a place in its
// clause, else the dateline place, else nullopt.
std::optional<Location> LocateEvent(const Gazetteer& gazetteer, const Sentence& sentence, int verb,
                                    const PlaceContext& context);

}  // namespace dyad

#endif  // DYAD_WHERE_H_

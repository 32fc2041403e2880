// The event record: one per coded event. Field names follow the README
// ("The event record"); writers in dyad/write.h print it.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"

namespace dyad {

// kContext: the event's clause names no date, and the date is the day named
// for an earlier event of its sentence or article (a past clause only).
enum class DatePrecision { kDay, kMonth, kYear, kContext, kStory };
const char* DatePrecisionName(DatePrecision p);  // "day" | "month" | "year" | "context" | "story"

// A token span [begin, end) within the event's sentence.
struct Span {
  int begin = -1;
  int end = -1;
  bool empty() const { return begin < 0 || end <= begin; }
};

struct Actor {
  std::string code;                  // "CHNGOV"
  std::string country;               // "CHN" (empty for IGOs / transnational)
  std::vector<std::string> sectors;  // {"GOV"}
  std::string text;                  // as written: "Chinese President Xi Jinping"
  Span span;
  std::string entry;                 // dictionary entry that fired, "file:line: name"
};

struct Plover {
  std::string type;     // "REQUEST"
  std::string mode;     // may be empty
  std::string context;  // may be empty
};

struct Location {
  std::string name;      // "Bali"
  std::string admin1;    // first-level subdivision name or code
  std::string country;   // ISO 3166-1 alpha-3
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;  // 0 when unknown
  std::string precision;    // "place" | "admin1" | "country"
  std::string text;         // the expression in the text: "in Bali"
  std::string from;         // "clause" | "dateline"
};

struct Evidence {
  Span source, verb, target;
  std::string pattern;                    // the verb pattern that fired, "file:line: text"
  std::vector<std::string> dict_entries;  // actor / agent entries used
  std::string date_expression;            // "on Saturday"
  std::string note;                       // free text: why it was coded (negation checked, ...)
};

struct Event {
  std::string id;           // stable hash of article id, sentence, source, target, code
  std::string article_id;
  std::string url;          // the article's url, when given
  std::string news_source;  // the article's outlet, when given
  int sentence = 0;         // index of the sentence in the article
  std::string sentence_text;
  Date story_date;
  Date date;
  DatePrecision date_precision = DatePrecision::kStory;
  Actor source;
  std::optional<Actor> target;  // null for one-sided events
  bool one_sided = false;
  std::string cameo;        // "0231"
  std::string root;         // "02"
  int quad_class = 0;       // 1..4
  double goldstein = 0;
  Plover plover;
  std::optional<Location> location;
  std::string reported_by;  // "KCNA", empty when none
  Evidence evidence;
  std::vector<int> mentions;  // sentence indexes of every mention in the article
  int num_mentions = 1;
  int num_articles = 1;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_

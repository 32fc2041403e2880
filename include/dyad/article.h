// An article (or a sentence-level record) as read from the input, before and
// after cleaning.
#ifndef DYAD_ARTICLE_H_
#define DYAD_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"

namespace dyad {

// A gold event attached to a record (PETRARCH XML <EventCoding>, or a
// JSONL record's "events").
struct GoldEvent {
  std::string source;  // "USA", "---" matches any actor
  std::string target;
  std::string code;    // CAMEO code, e.g. "042"
  std::optional<Date> date;  // when the event happened, if the gold says
  std::string place;         // where it happened, as named ("Bali"), if the gold says
};

struct Article {
  std::string id;          // from the input, or "<file>:<line>" when absent
  Date date;               // the story date
  std::string title;       // may be empty (the title runs into the body in news text)
  std::string text;        // body text (after cleaning, the cleaned body)
  std::string source;      // news source / outlet, if given
  std::string url;
  std::string dateline;    // "SEOUL, Nov 26 (AFP) -" when the cleaner found one
  std::string dateline_place;  // "SEOUL"
  std::string agency;          // "AFP" from the dateline or a credit line

  // Where the record came from, for error messages.
  std::string origin_file;
  size_t origin_line = 0;

  // Treat the whole text as one sentence context (sentence-level gold sets).
  bool sentence_level = false;
  std::vector<GoldEvent> gold;  // only from gold files
  // PETRARCH <Config option="require_dyad">: false when the file's records
  // from here on count one-sided events (source or target "---") as gold.
  bool require_dyad = true;
  // PETRARCH <Config option="new_actor_length" value="N">: when N > 0, a
  // source or target phrase of at most N words that no dictionary knows is
  // coded as its own upper-case text in quotes ("\"THE MINISTRY OF MAGIC\"").
  // 0 (the default, and for all news input) codes only dictionary actors.
  int new_actor_length = 0;
};

}  // namespace dyad

#endif  // DYAD_ARTICLE_H_

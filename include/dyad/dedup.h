// One event per happening: within an article, and across articles (--dedup).
// The rules are documented in docs/dates.md ("One event per happening").
#ifndef DYAD_DEDUP_H_
#define DYAD_DEDUP_H_

#include <cstddef>
#include <vector>

#include "dyad/event.h"
#include "dyad/token.h"

namespace dyad {

// Merges the events of one article that report the same happening (same
// source, target, code and date, told in the title and the body or twice in
// the body) into one event with `mentions`; keeps the strongest coding.
// Output keeps the order in which each happening was first mentioned.
void MergeArticleEvents(std::vector<Event>& events);

// The same, knowing which sentences are the title (Sentence::is_title): a
// title event also merges into a body event with the same source and target
// and the same CAMEO root code ("Xi writes to Kim" and "Xi appealed to Kim").
void MergeArticleEvents(std::vector<Event>& events, const Document& doc);

// Groups events across articles with the same source, target, code and a date
// within `window_days` of the group's earliest date; the kept record gets
// num_mentions (sum over the group) and num_articles (distinct article ids).
// O(n log n) in the number of events.
class EventDeduper {
 public:
  explicit EventDeduper(int window_days = 0) : window_days_(window_days < 0 ? 0 : window_days) {}
  void Add(Event event);
  size_t size() const { return events_.size(); }
  std::vector<Event> Finish();  // in first-seen order; leaves the deduper empty
 private:
  int window_days_;
  std::vector<Event> events_;
};

}  // namespace dyad

#endif  // DYAD_DEDUP_H_

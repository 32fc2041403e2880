// One event per happening: within an article, and across articles (--dedup).
#ifndef DYAD_DEDUP_H_
#define DYAD_DEDUP_H_

#include <vector>

#include "dyad/event.h"

namespace dyad {

// Merges the events of one article that report the same happening (same
// source, target, code and date, told in the title and the body or twice in
// the body) into one event with `mentions`; keeps the strongest coding.
void MergeArticleEvents(std::vector<Event>& events);

// Groups events across articles with the same source, target, code and a date
// within `window_days`; the kept record gets num_mentions and num_articles.
class EventDeduper {
 public:
  explicit EventDeduper(int window_days = 0) : window_days_(window_days) {}
  void Add(Event event);
  std::vector<Event> Finish();  // in first-seen order
 private:
  int window_days_;
  std::vector<Event> events_;
  std::vector<std::vector<std::string>> articles_;  // article ids per kept event
};

}  // namespace dyad

#endif  // DYAD_DEDUP_H_

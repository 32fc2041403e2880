// EventDeduper: one record per happening across articles, like GDELT's
// NumMentions / NumArticles. Hashing by (source, target, code), then one sort
// by date within each key: O(n log n).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/strength.h"
#include "dyad/dedup.h"

namespace dyad {
namespace {

std::string ActorsCodeKey(const Event& e) {
  std::string key;
  key.reserve(e.source.code.size() + (e.target ? e.target->code.size() : 0) + e.cameo.size() + 4);
  key += e.source.code;
  key += '\x1f';
  if (e.target) {
    key += 'T';
    key += e.target->code;
  } else {
    key += 'N';
  }
  key += '\x1f';
  key += e.cameo;
  return key;
}

int64_t DayOf(const Event& e) {
  if (e.date.valid()) return e.date.ToDays();
  if (e.story_date.valid()) return e.story_date.ToDays();
  return 0;
}

}  // namespace

void EventDeduper::Add(Event event) { events_.push_back(std::move(event)); }

std::vector<Event> EventDeduper::Finish() {
  const int n = static_cast<int>(events_.size());
  std::unordered_map<std::string, std::vector<int>> by_key;
  by_key.reserve(events_.size());
  for (int i = 0; i < n; ++i) by_key[ActorsCodeKey(events_[i])].push_back(i);

  // Within a key, sweep by date: a group starts at its earliest date and takes
  // every event dated at most window_days later.
  std::vector<std::vector<int>> groups;
  std::vector<int64_t> days(n);
  for (int i = 0; i < n; ++i) days[i] = DayOf(events_[i]);
  for (auto& [key, indexes] : by_key) {
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&](int a, int b) { return days[a] < days[b]; });
    size_t start = 0;
    while (start < indexes.size()) {
      size_t end = start + 1;
      while (end < indexes.size() && days[indexes[end]] - days[indexes[start]] <= window_days_) ++end;
      std::vector<int> group(indexes.begin() + start, indexes.begin() + end);
      std::sort(group.begin(), group.end());  // input order
      groups.push_back(std::move(group));
      start = end;
    }
  }
  std::sort(groups.begin(), groups.end(),
            [](const std::vector<int>& a, const std::vector<int>& b) { return a[0] < b[0]; });

  // Kept records are written in place: the k-th group in first-seen order
  // starts at input index >= k, and every later group only reads indexes
  // above its own start, so slot k is free when it is written.
  std::vector<dedup::Mention> members;
  std::vector<const std::string*> articles;
  size_t slot = 0;
  for (const std::vector<int>& group : groups) {
    members.clear();
    articles.clear();
    int mentions = 0;
    for (int i : group) {
      members.push_back({&events_[i], false});
      articles.push_back(&events_[i].article_id);
      mentions += std::max(1, events_[i].num_mentions);
    }
    std::sort(articles.begin(), articles.end(),
              [](const std::string* a, const std::string* b) { return *a < *b; });
    int distinct = 0;
    for (size_t k = 0; k < articles.size(); ++k)
      if (k == 0 || *articles[k] != *articles[k - 1] || articles[k]->empty()) ++distinct;
    Event kept = group.size() == 1 ? std::move(events_[group[0]]) : dedup::Combine(members);
    kept.num_mentions = mentions;
    kept.num_articles = distinct;
    events_[slot++] = std::move(kept);
  }
  events_.resize(slot);
  std::vector<Event> out = std::move(events_);
  events_.clear();
  return out;
}

}  // namespace dyad

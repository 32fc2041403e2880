// MergeArticleEvents: one event per happening within an article.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/strength.h"
#include "dyad/dedup.h"

namespace dyad {
namespace {

// Same source, same target (or both none), same code, same date.
std::string HappeningKey(const Event& e) {
  std::string key;
  key.reserve(e.source.code.size() + (e.target ? e.target->code.size() : 0) + e.cameo.size() + 16);
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
  key += '\x1f';
  key += std::to_string(e.date.ToDays());
  return key;
}

bool SameActors(const Event& a, const Event& b) {
  if (a.source.code != b.source.code || a.target.has_value() != b.target.has_value()) return false;
  return !a.target || a.target->code == b.target->code;
}

// A title rarely dates its event; an undated side takes the other's date.
bool DatesCompatible(const Event& a, const Event& b) {
  return a.date == b.date || a.date_precision == DatePrecision::kStory ||
         b.date_precision == DatePrecision::kStory;
}

void Merge(std::vector<Event>& events, const std::vector<bool>* title_sentences) {
  auto is_title = [&](const Event& e) {
    return title_sentences && e.sentence >= 0 &&
           e.sentence < static_cast<int>(title_sentences->size()) && (*title_sentences)[e.sentence];
  };

  std::unordered_map<std::string, int> group_of_key;
  std::vector<std::vector<int>> groups;  // member indexes, input order
  for (int i = 0; i < static_cast<int>(events.size()); ++i) {
    auto [it, inserted] = group_of_key.emplace(HappeningKey(events[i]), static_cast<int>(groups.size()));
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(i);
  }

  // A happening told only in the title joins the first body happening with
  // the same actors and CAMEO root.
  std::vector<bool> absorbed(groups.size(), false);
  if (title_sentences) {
    auto all_title = [&](const std::vector<int>& g) {
      return std::all_of(g.begin(), g.end(), [&](int i) { return is_title(events[i]); });
    };
    for (size_t g = 0; g < groups.size(); ++g) {
      if (!all_title(groups[g])) continue;
      const Event& title = events[groups[g][0]];
      for (size_t h = 0; h < groups.size(); ++h) {
        if (h == g || absorbed[h] || all_title(groups[h])) continue;
        const Event& body = events[groups[h][0]];
        if (!SameActors(title, body) || dedup::RootOf(title) != dedup::RootOf(body) ||
            !DatesCompatible(title, body))
          continue;
        groups[h].insert(groups[h].end(), groups[g].begin(), groups[g].end());
        std::sort(groups[h].begin(), groups[h].end());
        absorbed[g] = true;
        break;
      }
    }
  }

  std::vector<std::pair<int, Event>> merged;  // (first mention's input index, event)
  for (size_t g = 0; g < groups.size(); ++g) {
    if (absorbed[g]) continue;
    std::vector<dedup::Mention> members;
    std::vector<int> mentions;
    for (int i : groups[g]) {
      members.push_back({&events[i], is_title(events[i])});
      if (events[i].mentions.empty()) mentions.push_back(events[i].sentence);
      mentions.insert(mentions.end(), events[i].mentions.begin(), events[i].mentions.end());
    }
    Event kept = dedup::Combine(members);
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
    kept.mentions = std::move(mentions);
    kept.num_mentions = static_cast<int>(kept.mentions.size());
    merged.emplace_back(groups[g].front(), std::move(kept));
  }
  std::sort(merged.begin(), merged.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Event> out;
  out.reserve(merged.size());
  for (auto& m : merged) out.push_back(std::move(m.second));
  events = std::move(out);
}

}  // namespace

void MergeArticleEvents(std::vector<Event>& events) { Merge(events, nullptr); }

void MergeArticleEvents(std::vector<Event>& events, const Document& doc) {
  std::vector<bool> title(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) title[i] = doc.sentences[i].is_title;
  Merge(events, &title);
}

}  // namespace dyad

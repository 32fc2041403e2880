// MergeArticleEvents: one event per happening within an article.
#include <algorithm>
#include <string>
#include <vector>

#include "dedup/strength.h"
#include "dyad/dedup.h"

namespace dyad {
namespace {

bool SameActors(const Event& a, const Event& b) {
  if (a.source.code != b.source.code || a.target.has_value() != b.target.has_value()) return false;
  return !a.target || a.target->code == b.target->code;
}

// A title names states where the body names their governments: "Armenia
// and Azerbaijan sign peace declaration" is the body's ARMGOV -> AZEGOV.
bool TitleActorsMatch(const Event& title, const Event& body) {
  // (Or an organisation where the body names its organ: "Tunisia summons EU
  // envoy" is the body's IGOEUREEC -> ... GOV.)
  auto covers = [](const std::string& t, const std::string& b) {
    return t == b || (t.size() >= 3 && t.size() % 3 == 0 && b.size() > t.size() && b.compare(0, t.size(), t) == 0 &&
                      t.compare(0, 3, "---") != 0);
  };
  // (A title with no target tells the body's act short: "Russian strike on
  // Kyiv kills 21" is the body's Russia launching drones at Ukraine.)
  if (title.target.has_value() && !body.target.has_value()) return false;
  return covers(title.source.code, body.source.code) && (!title.target || covers(title.target->code, body.target->code));
}

// A title rarely dates its event; an undated side (or one dated only by
// its context) takes the other's date.
bool DatesCompatible(const Event& a, const Event& b) {
  auto undated = [](const Event& e) {
    return e.date_precision == DatePrecision::kStory || e.date_precision == DatePrecision::kContext;
  };
  return a.date == b.date || undated(a) || undated(b);
}

// One happening: same source, same target (or both none), same code, same date.
bool SameHappening(const Event& a, const Event& b) {
  return SameActors(a, b) && a.cameo == b.cameo && a.date.ToDays() == b.date.ToDays();
}

// The mentions of a happening told once: its own, sorted, counted.
void NormalizeMentions(Event& e) {
  if (e.mentions.empty()) e.mentions.push_back(e.sentence);
  std::sort(e.mentions.begin(), e.mentions.end());
  e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
  e.num_mentions = static_cast<int>(e.mentions.size());
}

void Merge(std::vector<Event>& events, const std::vector<bool>* title_sentences) {
  // One event or none: nothing to merge (and no groups to build).
  if (events.size() <= 1) {
    for (Event& e : events) NormalizeMentions(e);
    return;
  }
  auto is_title = [&](const Event& e) {
    return title_sentences && e.sentence >= 0 &&
           e.sentence < static_cast<int>(title_sentences->size()) && (*title_sentences)[e.sentence];
  };

  // An article has few events: a linear search of the groups' first events
  // costs less than hashing a key per event.
  std::vector<std::vector<int>> groups;  // member indexes, input order
  for (int i = 0; i < static_cast<int>(events.size()); ++i) {
    size_t g = 0;
    while (g < groups.size() && !SameHappening(events[groups[g][0]], events[i])) ++g;
    if (g == groups.size()) groups.emplace_back();
    groups[g].push_back(i);
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
        if (!TitleActorsMatch(title, body) || dedup::RootOf(title) != dedup::RootOf(body) ||
            !DatesCompatible(title, body))
          continue;
        groups[h].insert(groups[h].end(), groups[g].begin(), groups[g].end());
        // (A title with no target stays behind the body's first event, which
        // the rules below read as the happening's.)
        if (title.target) std::sort(groups[h].begin(), groups[h].end());
        absorbed[g] = true;
        break;
      }
    }
  }

  // Each happening `joins` says may join another joins the one other that
  // `matches` it, when there is exactly one.
  auto join_the_only_match = [&](auto joins, auto matches) {
    for (size_t g = 0; g < groups.size(); ++g) {
      if (absorbed[g] || !joins(g)) continue;
      const Event& e = events[groups[g][0]];
      size_t match = groups.size();
      int found = 0;
      for (size_t h = 0; h < groups.size() && found < 2; ++h) {
        if (h == g || absorbed[h] || !matches(e, h)) continue;
        match = h;
        ++found;
      }
      if (found != 1) continue;
      groups[match].insert(groups[match].end(), groups[g].begin(), groups[g].end());
      std::sort(groups[match].begin(), groups[match].end());
      absorbed[g] = true;
    }
  };

  // "A Myanmar military air strike hit a hospital ... A jet dropped two bombs
  // on the general hospital": a role with no country ("---HLH") is the same
  // role placed ("MMRHLH") of the one happening with the same other actor
  // and CAMEO root, when there is exactly one.
  auto placed_role = [](const std::string& dash, const std::string& placed) {
    return dash.size() > 3 && dash.compare(0, 3, "---") == 0 && placed.size() == dash.size() &&
           placed.compare(0, 3, "---") != 0 && placed.compare(3, std::string::npos, dash, 3, std::string::npos) == 0;
  };
  auto unplaced_of = [&](const Event& e, const Event& d) {
    if (e.target.has_value() != d.target.has_value() || !e.target) return false;
    const bool source_same = e.source.code == d.source.code;
    const bool target_same = e.target->code == d.target->code;
    return (source_same && placed_role(e.target->code, d.target->code)) ||
           (target_same && placed_role(e.source.code, d.source.code));
  };
  join_the_only_match([](size_t) { return true; },
                      [&](const Event& e, size_t h) {
                        const Event& d = events[groups[h][0]];
                        return unplaced_of(e, d) && dedup::RootOf(e) == dedup::RootOf(d) && DatesCompatible(e, d);
                      });

  // "Russia and Ukraine held their first direct peace talks in Istanbul on
  // Friday ... The Russian delegation and the Ukrainian team met at the
  // Dolmabahce Palace": a plain consultation (040) between the same two
  // countries, the same way round, on the same day as a more specific one
  // (negotiations, a visit) is that one, when there is exactly one.
  auto country_of = [](const Actor& a) -> std::string_view {
    return a.country.empty() ? std::string_view(a.code).substr(0, 3) : std::string_view(a.country);
  };
  // (First by the same actor on the consulting side, where a compound gave
  // one such happening each: "US envoys Witkoff and Kushner arrived in Israel
  // and met Netanyahu" is Witkoff's visit and Kushner's.)
  auto plain_consultation = [&](size_t g) {
    return std::all_of(groups[g].begin(), groups[g].end(), [&](int i) { return events[i].cameo == "040"; });
  };
  auto more_specific = [&](const Event& e, const Event& d) {
    if (!e.target || !d.target || d.cameo.size() < 3 || d.cameo.compare(0, 2, "04") != 0 || d.cameo == "040")
      return false;
    const std::string_view es = country_of(e.source), et = country_of(*e.target);
    return es != "---" && et != "---" && es == country_of(d.source) && et == country_of(*d.target) &&
           DatesCompatible(e, d);
  };
  join_the_only_match(plain_consultation, [&](const Event& e, size_t h) {
    const Event& d = events[groups[h][0]];
    return more_specific(e, d) &&
           (d.source.code == e.source.code || (d.target && e.target && d.target->code == e.target->code));
  });
  join_the_only_match(plain_consultation,
                      [&](const Event& e, size_t h) { return more_specific(e, events[groups[h][0]]); });

  // "Armenia and the United States signed an agreement on Wednesday ... U.S.
  // Deputy Secretary of State Landau signed the deal in Yerevan with
  // Armenian Deputy Prime Minister Grigoryan": a signing (057) between the
  // same two countries, the same way round, on the same day, is one, named
  // once by the states and once by their officials, when there is exactly
  // one to join.
  join_the_only_match(
      [&](size_t g) {
        const Event& e = events[groups[g][0]];
        return e.cameo == "057" && e.target && (e.source.code.size() == 3 || e.target->code.size() == 3);
      },
      [&](const Event& e, size_t h) {
        const Event& d = events[groups[h][0]];
        return d.cameo == "057" && d.target && d.sentence != e.sentence &&
               country_of(d.source) == country_of(e.source) && country_of(*d.target) == country_of(*e.target) &&
               country_of(e.source) != "---" && country_of(*e.target) != "---" && DatesCompatible(e, d);
      });

  // "Kinshasa broke off diplomatic relations with Kigali on Sunday,
  // recalling its diplomats from the Rwandan capital": in one sentence, an
  // act on a bare state (RWA) is the same act on its organ (RWAGOV) by the
  // same source, with the same code and date, when there is exactly one.
  join_the_only_match(
      [&](size_t g) {
        const Event& e = events[groups[g][0]];
        return e.target && e.target->code.size() == 3 && e.target->code != "---";
      },
      [&](const Event& e, size_t h) {
        const Event& d = events[groups[h][0]];
        return d.target && d.sentence == e.sentence && d.source.code == e.source.code && d.cameo == e.cameo &&
               d.date == e.date && d.target->code.size() > 3 && d.target->code.compare(0, 3, e.target->code) == 0;
      });

  // A happening the text never dates (story or context precision) is the
  // one happening with the same actors and code that it does date, when
  // there is exactly one: "Hamas freed them on the first day of a ceasefire
  // between Israel and Hamas ... The ceasefire took effect on Sunday".
  auto undated = [&](const Event& e) {
    return e.date_precision == DatePrecision::kStory || e.date_precision == DatePrecision::kContext;
  };
  join_the_only_match(
      [&](size_t g) {
        return std::all_of(groups[g].begin(), groups[g].end(), [&](int i) { return undated(events[i]); });
      },
      // (Any member of the group: its first may be a title that joined it,
      // naming the states where the body names their governments.)
      [&](const Event& e, size_t h) {
        const bool same = std::any_of(groups[h].begin(), groups[h].end(), [&](int i) {
          return SameActors(e, events[i]) && e.cameo == events[i].cameo;
        });
        return same && std::any_of(groups[h].begin(), groups[h].end(), [&](int i) { return !undated(events[i]); });
      });

  // Usually every event is a happening of its own: the events stay in place.
  if (groups.size() == events.size() && std::none_of(absorbed.begin(), absorbed.end(), [](bool a) { return a; })) {
    for (Event& e : events) NormalizeMentions(e);
    return;
  }

  // Output order: by each happening's first mention.
  std::vector<std::pair<int, size_t>> order;  // (first mention's input index, group)
  for (size_t g = 0; g < groups.size(); ++g)
    if (!absorbed[g]) order.emplace_back(groups[g].front(), g);
  std::sort(order.begin(), order.end());
  std::vector<Event> out;
  out.reserve(order.size());
  for (const auto& [first, g] : order) {
    const std::vector<int>& group = groups[g];
    if (group.size() == 1) {
      // A happening told once is its event (every event is in one group only).
      Event& kept = events[group[0]];
      NormalizeMentions(kept);
      out.push_back(std::move(kept));
      continue;
    }
    std::vector<dedup::Mention> members;
    std::vector<int> mentions;
    for (int i : group) {
      members.push_back({&events[i], is_title(events[i])});
      if (events[i].mentions.empty()) mentions.push_back(events[i].sentence);
      mentions.insert(mentions.end(), events[i].mentions.begin(), events[i].mentions.end());
    }
    Event kept = dedup::Combine(members);
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
    kept.mentions = std::move(mentions);
    kept.num_mentions = static_cast<int>(kept.mentions.size());
    out.push_back(std::move(kept));
  }
  events = std::move(out);
}

}  // namespace

void MergeArticleEvents(std::vector<Event>& events) { Merge(events, nullptr); }

void MergeArticleEvents(std::vector<Event>& events, const Document& doc) {
  if (events.size() <= 1) {  // no title to weigh against the body
    Merge(events, nullptr);
    return;
  }
  std::vector<bool> title(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) title[i] = doc.sentences[i].is_title;
  Merge(events, &title);
}

}  // namespace dyad

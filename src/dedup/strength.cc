#include "dedup/strength.h"

namespace dyad::dedup {
namespace {

int PrecisionRank(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return 0;
    case DatePrecision::kMonth: return 1;
    case DatePrecision::kYear: return 2;
    case DatePrecision::kContext: return 3;
    case DatePrecision::kStory: return 4;
  }
  return 4;
}

// Actors without a country ("---HLH") are the weaker telling of a happening
// another mention places ("MMRHLH").
int UnplacedActors(const Event& e) {
  return (e.source.code.compare(0, 3, "---") == 0) + (e.target && e.target->code.compare(0, 3, "---") == 0);
}

// Where a mention places its happening: a town before a region before a
// country, a clause before a dateline.
int LocationRank(const std::optional<Location>& l) {
  if (!l) return 9;
  int rank = l->precision == "place" ? 0 : l->precision == "admin1" ? 1 : 2;
  return l->from == "dateline" ? rank + 3 : rank;
}

bool BetterCoding(const Mention& a, const Mention& b) {
  // (A telling with a target before one without: a title's short "Russian
  // strike kills 21" of the body's strike on Ukraine.)
  if (a.event->target.has_value() != b.event->target.has_value()) return a.event->target.has_value();
  if (UnplacedActors(*a.event) != UnplacedActors(*b.event))
    return UnplacedActors(*a.event) < UnplacedActors(*b.event);
  if (a.event->cameo.size() != b.event->cameo.size())
    return a.event->cameo.size() > b.event->cameo.size();
  // (A subcode before its root's generic code: 046 before 040.)
  const bool a_generic = a.event->cameo.size() == 3 && a.event->cameo[2] == '0';
  const bool b_generic = b.event->cameo.size() == 3 && b.event->cameo[2] == '0';
  if (a_generic != b_generic) return b_generic;
  if (a.title != b.title) return !a.title;
  // (A state's organ before the bare state: "strikes on Iran's nuclear
  // facilities and military leaders" is IRNMIL's.)
  const std::optional<Actor>& at = a.event->target;
  const std::optional<Actor>& bt = b.event->target;
  if (at && bt && at->code.size() != bt->code.size() && at->code.compare(0, 3, bt->code, 0, 3) == 0)
    return at->code.size() > bt->code.size();
  // (So for the source: "Armenia and the United States signed ... Landau
  // signed the deal with Grigoryan" is USAGOV's.)
  const std::string& as = a.event->source.code;
  const std::string& bs = b.event->source.code;
  if (as.size() != bs.size() && as.compare(0, 3, bs, 0, 3) == 0) return as.size() > bs.size();
  return a.event->location.has_value() && !b.event->location.has_value();
}

bool BetterDate(const Mention& a, const Mention& b) {
  int ra = PrecisionRank(a.event->date_precision), rb = PrecisionRank(b.event->date_precision);
  if (ra != rb) return ra < rb;
  return a.title != b.title && !a.title;
}

}  // namespace

std::string_view RootOf(const Event& e) {
  if (!e.root.empty()) return e.root;
  std::string_view code = e.cameo;
  return code.substr(0, code.size() < 2 ? code.size() : 2);
}

Event Combine(const std::vector<Mention>& members) {
  const Mention* coding = &members[0];
  const Mention* dating = &members[0];
  const Event* located = nullptr;
  for (const Mention& m : members) {
    if (BetterCoding(m, *coding)) coding = &m;
    if (BetterDate(m, *dating)) dating = &m;
    if (!located && m.event->location) located = m.event;
  }
  Event out = *coding->event;
  out.date = dating->event->date;
  out.date_precision = dating->event->date_precision;
  out.evidence.date_expression = dating->event->evidence.date_expression;
  if (!out.location && located) out.location = located->location;
  // ("the hospital in Mrauk-U" names the town of "a hospital in western
  // Rakhine state": the most precise place in the same country.)
  for (const Mention& m : members) {
    const std::optional<Location>& l = m.event->location;
    if (l && out.location && l->country == out.location->country && LocationRank(l) < LocationRank(out.location))
      out.location = l;
  }
  return out;
}

}  // namespace dyad::dedup

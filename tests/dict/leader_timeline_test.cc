// Audit of the leader timelines in the built-in people dictionaries (issue 5):
// every state has a head of state and a head of government coded GOV on every
// day from 2000-01-01 (or its independence) to the knowledge date.
//
// How the test tells a head of state from a head of government: the people
// files do not say (their GOV codes also cover ministers, and a person's GOV
// span often joins several offices), so the timeline is a separate table,
// tests/dict/data/leaders.txt, one line per change of office:
//
//   USA  HOS+HOG  2001-01-20  George W. Bush
//   DEU  HOS      2017-03-19  Frank-Walter Steinmeier
//   DEU  HOG      2021-12-08  Olaf Scholz
//   AUS  HOS      2022-09-08  King Charles III  [GBRGOV]
//   LBN  HOS      2022-10-31  -    # vacant until 2025-01-09; the caretaker cabinet ...
//
// A term runs from its date to the day before the next line of the same
// track (or to the knowledge date), so a track has neither gaps nor overlaps
// by construction; what is audited is the dictionary: the name must be a name
// of a person entry whose dated codes give the country's GOV code (or the
// code in brackets: a Commonwealth realm's monarch is GBRGOV, Andorra's
// French co-prince FRAGOV) on every day of the term. One day of slack at
// either end absorbs the two conventions for the handover day. A track is
// HOS (head of state), HOG (head of government) or HOS+HOG (one person holds
// both, as in presidential systems and absolute monarchies); a country with
// several heads of state at once (Andorra's co-princes, Bosnia's presidency,
// San Marino's captains regent) has further tracks "HOS#2", "HOS#3". A "-"
// is a real vacancy and must say why in a comment.
//
// The same table audits other offices as further tracks of a state, each
// covering 2000 (or the founding) to the knowledge date like HOS and HOG
// once the state has any line for it (a state need not have them): FM, DM, FIN, INT (foreign, defence, finance,
// interior minister) and UNAMB (ambassador to the UN), coded GOV; CMD (top
// military commander), coded MIL; OPP (leader of the opposition), coded OPP.
// International bodies named in the exceptions file ("body NAT IGOWSTNAT")
// have tracks of their own ("NAT SG 2024-10-01 Mark Rutte"), coded with the
// body's code; their tracks may start after 2000 (the European Council's
// president from 2009).
//
// tests/dict/data/leader_exceptions.txt holds the knowledge date and the
// explicit exceptions: which rows of data/embed/countries.tsv are dependent
// territories (no own head of state), dyad's own code where it differs from
// ISO (TLS -> TMP), states founded after 2000 (audit from their founding),
// and states whose timeline is still pending (reported, not asserted).
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "code/actor_finder.h"
#include "dict/dictionary.h"
#include "dict/fold.h"
#include "dyad/segment.h"
#include "testing/testing.h"

namespace dyad {
namespace {

struct Row {
  std::string country, track, name, code, comment;
  Date from;
  int line = 0;
};

struct Exceptions {
  Date knowledge;
  std::map<std::string, std::string> territory;  // ISO -> why
  std::map<std::string, std::string> code;       // ISO -> dyad code
  std::map<std::string, Date> from;              // dyad code -> audit start
  std::map<std::string, std::string> pending;    // dyad code -> why
  std::map<std::string, std::string> body;       // international body -> its code (IGOUNO)
  std::vector<std::string> errors;
};

std::string Trim(std::string s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

void SplitComment(const std::string& line, std::string* body, std::string* comment) {
  size_t h = line.find('#');
  // "HOS#2" is a track, not a comment: a comment starts at a '#' after a space.
  while (h != std::string::npos && h > 0 && line[h - 1] != ' ' && line[h - 1] != '\t') h = line.find('#', h + 1);
  *body = Trim(line.substr(0, h));
  *comment = h == std::string::npos ? "" : Trim(line.substr(h + 1));
}

Exceptions ReadExceptions(const std::string& path) {
  Exceptions ex;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::string line, body, comment;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    SplitComment(line, &body, &comment);
    if (body.empty()) continue;
    std::istringstream f(body);
    std::string what, a, b;
    f >> what >> a >> b;
    auto where = path.substr(path.rfind('/') + 1) + ":" + std::to_string(n) + ": ";
    if (what == "knowledge") {
      if (auto d = ParseDate(a)) ex.knowledge = *d;
      else ex.errors.push_back(where + "bad date");
    } else if (what == "territory" || what == "pending") {
      if (comment.empty()) ex.errors.push_back(where + what + " without a reason");
      (what == "territory" ? ex.territory : ex.pending)[a] = comment;
    } else if (what == "body") {
      ex.body[a] = b;
      if (comment.empty()) ex.errors.push_back(where + "body without a name");
    } else if (what == "code") {
      ex.code[a] = b;
    } else if (what == "from") {
      if (auto d = ParseDate(b)) ex.from[a] = *d;
      else ex.errors.push_back(where + "bad date");
      if (comment.empty()) ex.errors.push_back(where + "from without a reason");
    } else {
      ex.errors.push_back(where + "unknown directive '" + what + "'");
    }
  }
  return ex;
}

// The sector code a state's track stands for; nullptr for an unknown track
// (an international body's tracks are its own: "SG", "PRES").
const char* TrackSector(const std::string& t) {
  if (t == "HOS" || t == "HOG" || t.rfind("HOS#", 0) == 0) return "GOV";
  if (t == "FM" || t == "DM" || t == "INT" || t == "FIN" || t == "UNAMB") return "GOV";
  if (t == "CMD") return "MIL";
  if (t == "OPP") return "OPP";
  return nullptr;
}

std::vector<Row> ReadLeaders(const std::string& path, std::vector<std::string>* errors) {
  std::vector<Row> rows;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::string line, body, comment;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    SplitComment(line, &body, &comment);
    if (body.empty()) continue;
    std::istringstream f(body);
    Row r;
    std::string date;
    f >> r.country >> r.track >> date;
    std::getline(f, r.name);
    r.name = Trim(r.name);
    if (!r.name.empty() && r.name.back() == ']') {
      size_t open = r.name.rfind('[');
      if (open != std::string::npos) {
        r.code = r.name.substr(open + 1, r.name.size() - open - 2);
        r.name = Trim(r.name.substr(0, open));
      }
    }
    r.comment = comment;
    r.line = n;
    auto d = ParseDate(date);
    if (!d || r.name.empty() || r.country.size() != 3) {
      errors->push_back("leaders.txt:" + std::to_string(n) + ": expected 'CODE TRACK YYYY-MM-DD NAME'");
      continue;
    }
    r.from = *d;
    if (r.name == "-" && r.comment.empty())
      errors->push_back("leaders.txt:" + std::to_string(n) + ": a vacancy needs a comment saying why");
    std::istringstream tracks(r.track);
    std::string t;
    while (std::getline(tracks, t, '+')) {
      if (!TrackSector(t) && (t.empty() || !isupper(static_cast<unsigned char>(t[0]))))
        errors->push_back("leaders.txt:" + std::to_string(n) + ": unknown track '" + t + "'");
      Row one = r;
      one.track = t;
      if (one.code.empty() && TrackSector(t)) one.code = r.country + TrackSector(t);
      rows.push_back(one);
    }
  }
  return rows;
}

std::string Key(const std::string& name) {
  std::string k;
  for (const auto& w : FoldName(name)) k += w + " ";
  return k;
}

class LeaderAudit {
 public:
  explicit LeaderAudit(const Dictionaries& d) : dicts_(d), finder_(d) {
    for (size_t i = 0; i < d.actors.size(); ++i) {
      if (d.actors[i].kind != ActorKind::kPerson) continue;
      for (const auto& n : d.actors[i].names) by_name_[Key(n)].push_back(static_cast<int>(i));
    }
  }

  // "" when the name is coded `code` on every day of [from, to] (one day of
  // slack at either end), else what is wrong.
  std::string Check(const std::string& name, const std::string& code, Date from, Date to) const {
    auto it = by_name_.find(Key(name));
    if (it == by_name_.end()) return "no person entry named \"" + name + "\"";
    int64_t a = from.ToDays() + 1, b = to.ToDays() - 1;
    if (b < a) a = b = from.ToDays();
    std::string best;
    for (int id : it->second) {
      const ActorEntry& e = dicts_.actors[id];
      // Walk the covered days forward from a.
      int64_t day = a;
      bool moved = true;
      while (day <= b && moved) {
        moved = false;
        for (const auto& c : e.codes) {
          if (c.code != code) continue;
          int64_t lo = c.from.valid() ? c.from.ToDays() : INT64_MIN / 2;
          int64_t hi = c.to.valid() ? c.to.ToDays() : INT64_MAX / 2;
          if (lo <= day && day <= hi && hi + 1 > day) {
            day = hi + 1;
            moved = true;
          }
        }
      }
      if (day > b) {
        // The finder must also resolve the name to that code (no other entry shadows it).
        Date mid = Date::FromDays((a + b) / 2);
        Sentence s;
        s.text = name;
        s.tokens = Tokenize(name);
        std::string got;
        for (const auto& m : finder_.Find(s, mid))
          if (m.begin == 0 && m.end == static_cast<int>(s.tokens.size())) got = m.code;
        if (got == code) return "";
        best = e.origin + ": the finder resolves \"" + name + "\" at " + mid.ToString() + " to " +
               (got.empty() ? "nothing" : got);
        continue;
      }
      if (best.empty() || best.find("not ") == 0)
        best = e.origin + ": not " + code + " on " + Date::FromDays(day).ToString() + " (term " +
               from.ToString() + ".." + to.ToString() + ")";
    }
    return best;
  }

 private:
  const Dictionaries& dicts_;
  ActorFinder finder_;
  std::map<std::string, std::vector<int>> by_name_;
};

TEST(LeaderTimelineTest, EveryStateHasHeadsOfStateAndGovernmentEveryDay) {
  Exceptions ex = ReadExceptions(testing::TestDataDir() + "/dict/data/leader_exceptions.txt");
  for (const auto& e : ex.errors) ADD_FAILURE() << e;
  ASSERT_TRUE(ex.knowledge.valid()) << "leader_exceptions.txt: no knowledge date";
  std::vector<std::string> errors;
  auto rows = ReadLeaders(testing::TestDataDir() + "/dict/data/leaders.txt", &errors);
  for (const auto& e : errors) ADD_FAILURE() << e;

  Dictionaries d;
  std::string err;
  ASSERT_TRUE(LoadBuiltInDictionaries(testing::DataDir(), &d, &err)) << err;
  LeaderAudit audit(d);

  // The states: every row of countries.tsv that is not a dependent territory.
  std::vector<std::string> states;
  {
    std::ifstream in(testing::DataDir() + "/embed/countries.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string iso = line.substr(0, line.find('\t'));
      if (ex.territory.count(iso)) continue;
      states.push_back(ex.code.count(iso) ? ex.code[iso] : iso);
    }
  }
  ASSERT_GT(states.size(), 190u);
  std::set<std::string> known(states.begin(), states.end());

  // Tracks per country, in date order.
  std::map<std::string, std::map<std::string, std::vector<const Row*>>> tracks;
  for (auto& r : rows) {
    if (!known.count(r.country) && !ex.body.count(r.country))
      ADD_FAILURE() << "leaders.txt:" << r.line << ": " << r.country << " is neither an audited state nor a body";
    if (ex.body.count(r.country) && r.code.empty()) r.code = ex.body[r.country];
    if (!ex.body.count(r.country) && !TrackSector(r.track))
      ADD_FAILURE() << "leaders.txt:" << r.line << ": unknown track " << r.track << " for a state";
    tracks[r.country][r.track].push_back(&r);
  }

  const Date start{2000, 1, 1};
  size_t complete = 0, pending = 0, terms = 0;
  std::vector<std::string> gaps;
  std::vector<std::string> audited = states;
  for (const auto& [b, code] : ex.body) audited.push_back(b);
  for (const auto& c : audited) {
    const bool is_body = ex.body.count(c) > 0;
    Date from = ex.from.count(c) ? ex.from[c] : start;
    auto& t = tracks[c];
    std::vector<std::string> problems;
    for (const char* need : {"HOS", "HOG"})
      if (!is_body && !t.count(need)) problems.push_back(std::string("no ") + need + " track");
    for (auto& [name, list] : t) {
      std::stable_sort(list.begin(), list.end(), [](const Row* a, const Row* b) { return a->from < b->from; });
      // A state's tracks must start by the audit start; a further head of state
      // ("HOS#2": Nicaragua's co-president from 2025) and a body's offices
      // (the European Council's president from 2009) may start later.
      if (list.front()->from > from && name.find('#') == std::string::npos && !is_body)
        problems.push_back(name + " starts " + list.front()->from.ToString() + ", after " + from.ToString() +
                           " (gap)");
      for (size_t i = 0; i < list.size(); ++i) {
        const Row& r = *list[i];
        if (i + 1 < list.size() && list[i + 1]->from <= r.from) {
          problems.push_back("leaders.txt:" + std::to_string(list[i + 1]->line) + ": " + name +
                             " starts the same day as leaders.txt:" +
                             std::to_string(r.line) + " (overlap)");
          continue;
        }
        Date to = i + 1 < list.size() ? list[i + 1]->from.AddDays(-1) : ex.knowledge;
        if (to < from || r.from > ex.knowledge) continue;  // before the audit window / after the knowledge date
        Date a = r.from < from ? from : r.from;
        if (to > ex.knowledge) to = ex.knowledge;
        if (r.name == "-") continue;
        ++terms;
        std::string why = audit.Check(r.name, r.code, a, to);
        if (!why.empty())
          problems.push_back("leaders.txt:" + std::to_string(r.line) + ": " + name + " " + r.name + ": " + why);
      }
    }
    if (ex.pending.count(c)) {
      ++pending;
      std::cout << "pending " << c << " (" << ex.pending[c] << "): " << problems.size() << " problems\n";
      continue;
    }
    if (problems.empty()) {
      ++complete;
      continue;
    }
    for (const auto& p : problems) gaps.push_back(c + ": " + p);
  }
  for (const auto& g : gaps) std::cout << g << "\n";
  std::cout << "Leader timelines: " << complete << " states and bodies complete, " << pending << " pending, "
            << audited.size() - complete - pending << " with problems; " << terms << " terms audited to "
            << ex.knowledge.ToString() << "\n";
  EXPECT_TRUE(gaps.empty()) << gaps.size() << " problems (listed above)";
  for (const auto& [c, why] : ex.pending)
    if (!known.count(c)) ADD_FAILURE() << "pending " << c << " is not a state";
}

}  // namespace
}  // namespace dyad

// DateEvent: the time expression that modifies an event's predicate in the
// dependency parse, never merely the nearest date in the sentence.
//
// Search order (the first tier with a resolvable expression wins; within a
// tier, day precision beats month beats year, then the closer expression):
//   1. the predicate's own temporal dependents: obl/nmod(:tmod/:npmod) headed
//      by a time word ("on Monday", "last week", "Tuesday"), advmod
//      "yesterday"/"overnight"/"ago"/"earlier this month", a possessive time
//      word of an event noun ("Monday's attack");
//   2. time words inside the predicate's nominal dependents (obj/obl/nmod
//      chains, never clauses): a possessive ("condemned ... after Monday's
//      meeting", "Monday's attack killed"), the time of an "after/following
//      X" phrase ("after the shooting last week"), a phrase naming a day that
//      a parser hung on a noun after the verb ("ratified an agreement with the
//      EU on Tuesday"; days date happenings, not things), a time phrase hung
//      on the subject between it and the verb ("Israel on Wednesday
//      released"), and a day phrase after a reduced relative ("soldiers
//      killed in Ukraine today");
//   3. temporal clauses the predicate heads (advcl with after/when/as/while);
//   4. the same again for the clause the predicate belongs to, climbing
//      xcomp and conj links ("scheduled to give", "met and signed") and a
//      participial clause with no marker or subject ("attacked Israel on
//      Saturday, killing hundreds").
// It never climbs ccomp or parataxis, so a reporting verb's date ("KCNA
// reported on Saturday that ...") is not taken for the reported event's.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/when.h"
#include "when/calendar_words.h"
#include "when/tense.h"
#include "when/tree.h"

namespace dyad {
namespace {

using when::Tree;

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  // (Length and first letter first: no call to memcmp for most words.)
  for (std::string_view x : words)
    if (x.size() == w.size() && (x.empty() || (x[0] == w[0] && x == w))) return true;
  return false;
}

bool IsTimeNoun(std::string_view f) {
  return OneOf(f, {"week", "weeks", "month", "months", "year", "years", "day", "days", "night",
                   "nights", "morning", "afternoon", "evening", "weekend", "spring", "summer",
                   "autumn", "winter", "today", "yesterday", "tomorrow", "tonight", "overnight",
                   "hours", "midday", "noon"});
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A token that can head a time expression.
bool IsTimeHead(const Tree& t, int i) {
  const Token& tok = t.token(i);
  const std::string_view upos = tok.upos, xpos = tok.xpos;  // views: no strlen per compare
  if (upos == "VERB" || upos == "AUX" || xpos == "MD") return false;
  std::string_view f = t.form(i);
  bool had_dot = false;
  while (!f.empty() && f.back() == '.') {
    f.remove_suffix(1);
    had_dot = true;
  }
  if (f.empty()) return false;
  if (when::IsFullWeekdayName(f)) return true;
  if (when::IsFullMonthName(f)) {
    // "may" and "march" are also verbs; trust a proper-noun tag when there is one.
    if (f == "may" || f == "march") return upos.empty() || upos == "PROPN" || xpos == "NNP";
    return true;
  }
  if (when::MonthNumber(f) > 0) {  // "Nov." or "Nov 18"
    if (had_dot) return true;
    for (int c : t.children(i))
      if (when::OrdinalDay(t.form(c)) > 0) return true;
    return false;
  }
  if (IsTimeNoun(f)) return true;
  // (HasDigit first: it is cheap, and most words have no digit.)
  if (HasDigit(f) && when::OrdinalDay(f) > 0) {
    // "on November 18" parsed with the number as head and the month below it.
    for (int c : t.children(i)) {
      std::string m = t.form(c);
      while (!m.empty() && m.back() == '.') m.pop_back();
      if (when::MonthNumber(m) > 0) return true;
    }
  }
  if (when::YearNumber(f))
    return upos.empty() || upos == "NUM" || upos == "PROPN" || xpos == "CD";
  if (when::IsDecade(f)) return true;
  if (HasDigit(f) && when::OrdinalDay(f) > 0 && when::NumberWord(f) < 0) return true;  // "18th"
  size_t dash = f.rfind('-');
  if (dash != std::string_view::npos) {  // "mid-November", "mid-2019"
    std::string_view tail = f.substr(dash + 1);
    return when::IsFullMonthName(tail) || when::YearNumber(tail) > 0;
  }
  return false;
}

bool IsPossessive(const Tree& t, int i) { return std::string_view(t.token(i).deprel) == "nmod:poss"; }

bool IsDeicticAdverb(std::string_view f) {
  return OneOf(f, {"yesterday", "today", "tomorrow", "tonight", "overnight"});
}

// A dependent of a predicate that is a time expression.
bool IsTemporalDependent(const Tree& t, int d) {
  std::string_view rel = t.base_rel(d);
  const std::string& f = t.form(d);
  if (rel == "obl" || rel == "nmod" || rel == "dep" || rel == "npadvmod" || rel == "tmod")
    return IsTimeHead(t, d);
  if (rel == "advmod") {
    if (IsDeicticAdverb(f) || f == "ago") return true;
    if (OneOf(f, {"earlier", "later", "early", "late"})) {
      for (int c : t.children(d))
        if (IsTimeHead(t, c)) return true;
      return false;
    }
    return IsTimeHead(t, d);
  }
  if (rel == "obj" || rel == "dobj") return when::IsFullWeekdayName(f) || IsDeicticAdverb(f);
  return false;
}

bool IsTemporalCase(std::string_view f) {
  return OneOf(f, {"on", "in", "at", "during", "over", "since", "until", "till", "by", "before",
                   "after", "from", "through", "throughout", "within", "for", "to", "following",
                   "'s", "'", "of", "as", "around", "about", "between", "into", "’s"});
}

bool IsCalendarModifier(std::string_view f) {
  return OneOf(f, {"last", "next", "this", "past", "coming", "previous", "early", "late", "mid",
                   "same", "recent", "following", "earlier", "later", "current", "few",
                   "several", "couple", "middle"});
}

bool IsPunct(const Tree& t, int i) {
  const Token& tok = t.token(i);
  if (std::string_view(tok.upos) == "PUNCT") return true;
  return !tok.form.empty() && std::all_of(tok.form.begin(), tok.form.end(), [](char c) {
    return c == ',' || c == '.' || c == '-' || c == ';' || c == ':' || c == '(' || c == ')';
  });
}

// The tokens of the time expression headed by `i`: its case marker,
// determiner, calendar modifiers, numbers and nested time words, but not
// names, clauses or appositions that a parser may have hung on it.
void CollectExpression(const Tree& t, int i, int depth, std::vector<int>* out) {
  out->push_back(i);
  if (depth > 4) return;
  for (int c : t.children(i)) {
    std::string_view rel = t.base_rel(c);
    const std::string& f = t.form(c);
    bool keep = false;
    if (rel == "case") {
      keep = IsTemporalCase(f);
    } else if (rel == "det" || rel == "nummod" || rel == "fixed" || rel == "mark") {
      keep = true;
    } else if (rel == "amod" || rel == "advmod") {
      keep = IsCalendarModifier(f) || when::NumberWord(f) >= 0 || when::OrdinalDay(f) > 0 ||
             f == "ago" || f == "just" || OneOf(f, {"about", "around", "some", "nearly", "almost"}) ||
             IsTimeHead(t, c);
    } else if (rel == "punct") {
      keep = f == ",";
    } else if (rel == "compound" || rel == "flat" || rel == "name" || rel == "nmod" ||
               rel == "obl" || rel == "dep" || rel == "appos") {
      keep = IsTimeHead(t, c) || when::YearNumber(f) > 0 || when::OrdinalDay(f) > 0;
    }
    if (keep) CollectExpression(t, c, depth + 1, out);
  }
}

struct Candidate {
  int head;
};

// "has issued": the present perfect does not take a definite past time, so
// an "ago" phrase hung on it belongs to a clause nearby ("has issued warrants
// for men sought in a slaying three years ago").
bool IsPresentPerfect(const Tree& t, int v) {
  for (int c : t.children(v)) {
    const std::string& f = t.form(c);
    if (t.base_rel(c) == "aux" && (f == "has" || f == "have" || f == "'ve")) return true;
  }
  return false;
}

bool HasAgo(const Tree& t, int c) {
  if (t.form(c) == "ago") return true;
  for (int k : t.children(c))
    if (t.form(k) == "ago") return true;
  return false;
}

void AddDirect(const Tree& t, int v, std::vector<Candidate>* out) {
  const bool perfect = IsPresentPerfect(t, v);
  int subjects = 0;
  for (int c : t.children(v))
    if (t.base_rel(c) == "nsubj") ++subjects;
  for (int c : t.children(v)) {
    if (IsTemporalDependent(t, c)) {
      if (perfect && HasAgo(t, c)) continue;
      out->push_back({c});
    } else if (subjects > 1 && t.base_rel(c) == "nsubj" &&
               (when::IsFullWeekdayName(t.form(c)) || IsDeicticAdverb(t.form(c)))) {
      out->push_back({c});  // "lawmakers Tuesday endorsed": a second "subject"
    }
  }
}

// A time phrase that names a day or a month ("on Tuesday", "today",
// "overnight", "on November 18", "on Friday evening", "in October"). Such a
// phrase hung on a noun after the predicate is taken as the predicate's:
// parsers often attach a sentence-final "on Tuesday" to the object
// ("ratified an agreement with the EU on Tuesday"), and a day or month
// dates a happening more often than a thing. Years and relative words
// ("last week") on nouns are left to the noun.
bool IsDayPhrase(const Tree& t, int p) {
  std::string_view rel = t.base_rel(p);
  if (rel != "nmod" && rel != "obl") return false;
  if (IsPossessive(t, p)) return false;
  std::string f = t.form(p);
  if (when::IsFullWeekdayName(f) || IsDeicticAdverb(f)) return true;
  if (when::IsFullMonthName(f) && IsTimeHead(t, p)) return true;  // "in October", "on May 3"
  if (IsTimeHead(t, p) && (when::MonthNumber(f) > 0 || when::OrdinalDay(f) > 0))
    return true;  // "on Nov. 2", "on 18 November" with the number as head
  if (OneOf(f, {"morning", "afternoon", "evening", "night"})) {
    for (int c : t.children(p))
      if (when::IsFullWeekdayName(t.form(c))) return true;
  }
  return false;
}

// Names that end in a weekday but are not dates.
bool IsWeekdayNamePrefix(std::string_view f) {
  return OneOf(f, {"black", "good", "super", "ash", "bloody", "holy", "palm", "easter", "cyber",
                   "maundy", "shrove", "giving", "great", "spy", "clean"});
}

// Walks the nominal dependents of a predicate (obj/obl/nmod chains, not
// clauses) for the time words that date the predicate.
void WalkNominal(const Tree& t, int n, int verb, int depth, bool after,
                 std::vector<Candidate>* out) {
  int case_word = t.child_with(n, "case");
  after = after || (case_word >= 0 && OneOf(t.form(case_word), {"after", "following"}));
  for (int p : t.children(n)) {
    std::string_view rel = t.base_rel(p);
    if (IsPossessive(t, p)) {
      if (IsTimeHead(t, p)) out->push_back({p});  // "after Monday's meeting"
    } else if (after && IsTemporalDependent(t, p)) {
      out->push_back({p});  // "after the meeting on Monday"
    } else if (after && rel == "acl") {
      for (int q : t.children(p))  // "after the museum shooting last week"
        if (IsTemporalDependent(t, q)) out->push_back({q});
    } else if (p > verb && IsDayPhrase(t, p)) {
      out->push_back({p});  // "staged a protest in Beijing on Wednesday"
    } else if (p > verb && rel == "flat" && when::IsFullWeekdayName(t.form(p)) &&
               std::string_view(t.token(n).upos) == "PROPN" && p > 0 && !IsWeekdayNamePrefix(t.form(p - 1))) {
      bool last = true;  // the weekday ends the name: "met with Bashar Assad Tuesday"
      for (int q : t.children(n))
        if (q > p && t.base_rel(q) == "flat") last = false;
      if (last) out->push_back({p});
    }
    if (depth < 3 && (rel == "nmod" || rel == "obl") && !IsPossessive(t, p))
      WalkNominal(t, p, verb, depth + 1, after, out);
  }
}

// "In a statement on Sunday, the ministers urged ...", "said in a televised
// address on Saturday": the act is done in the statement, and the statement's
// day is the act's, on either side of the predicate.
bool IsVehicleOfAct(const Tree& t, int n) {
  if (t.base_rel(n) != "obl") return false;
  const int c = t.child_with(n, "case");
  if (c < 0 || !OneOf(t.form(c), {"in", "at", "during"})) return false;
  return OneOf(t.lemma(n), {"statement", "address", "speech", "interview", "post", "message", "letter", "conference",
                            "briefing", "communique", "broadcast", "appearance", "session", "ceremony", "call",
                            "appeal", "declaration", "video", "note"});
}

void AddNominal(const Tree& t, int v, std::vector<Candidate>* out) {
  for (int n : t.children(v)) {
    std::string_view rel = t.base_rel(n);
    if (IsPossessive(t, n)) continue;  // handled as a direct dependent
    if (n < v && IsVehicleOfAct(t, n))
      for (int p : t.children(n))
        if (IsDayPhrase(t, p)) out->push_back({p});
    // "Zelensky, on a visit to Ankara on Tuesday, accused ...", the aside
    // parsed as the verb's oblique between subject and verb: its day.
    if (n < v && rel == "obl") {
      const int s = t.child_with(v, "nsubj");
      if (s >= 0 && s < n)
        for (int p : t.children(n))
          if (IsDayPhrase(t, p)) out->push_back({p});
    }
    if (OneOf(rel, {"obj", "dobj", "iobj", "obl", "nmod"})) {
      WalkNominal(t, n, v, 0, false, out);
    } else if (OneOf(rel, {"nsubj", "nsubjpass", "csubj"})) {
      for (int p : t.children(n)) {
        if (IsPossessive(t, p)) {
          if (IsTimeHead(t, p)) out->push_back({p});  // "Monday's attack killed"
        } else if (p > n && p < v && IsTemporalDependent(t, p)) {
          out->push_back({p});  // "Israel on Wednesday released": misattached
        } else if (p > n && p < v && t.base_rel(p) == "appos") {
          // "The commander of the RSF, Mohamed Hamdan Daglo, on Wednesday
          // acknowledged": the day hung on the name set off after the subject.
          for (int q : t.children(p))
            if (q > p && q < v && IsTemporalDependent(t, q)) out->push_back({q});
        } else if (p < n && IsDayPhrase(t, p)) {
          out->push_back({p});  // "On Sunday, thousands of protesters marched": fronted
        } else if (p > n && p < v && OneOf(t.base_rel(p), {"appos", "nmod", "acl"}) &&
                   t.child_with(p, "nsubj") < 0) {
          // "Zelensky, on a visit to Ankara on Tuesday, accused ...",
          // "Lavrov, speaking in Riyadh on Tuesday, said ...": the aside's day
          // (not a clause's with a subject of its own: "Kim, who arrived on
          // Tuesday, said").
          for (int q : t.children(p))
            if (q < v && IsDayPhrase(t, q)) out->push_back({q});
        }
      }
    }
  }
  // A reduced relative ("soldiers killed in Ukraine today"): a day phrase
  // after it on the noun it modifies.
  int h = t.head(v);
  if (h >= 0 && t.base_rel(v) == "acl") {
    for (int p : t.children(h))
      if (p > v && IsDayPhrase(t, p)) out->push_back({p});
  }
}

void AddClauses(const Tree& t, int v, std::vector<Candidate>* out) {
  for (int a : t.children(v)) {
    if (t.base_rel(a) != "advcl") continue;
    int mark = t.child_with(a, "mark");
    if (mark < 0) mark = t.child_with(a, "case");
    if (mark >= 0 && OneOf(t.form(mark), {"after", "when", "as", "while", "once", "following", "upon"}))
      AddDirect(t, a, out);
  }
}

std::string ExpressionText(const Tree& t, const std::vector<int>& tokens) {
  std::string text;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& tok = t.token(tokens[k]);
    if (k > 0) {
      const Token& prev = t.token(tokens[k - 1]);
      bool adjacent = tokens[k] == tokens[k - 1] + 1;
      if (!adjacent || prev.space_after) text += ' ';
    }
    text += tok.form;
  }
  return text;
}

int Rank(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return 0;
    case DatePrecision::kMonth: return 1;
    case DatePrecision::kYear: return 2;
    case DatePrecision::kContext: return 3;
    case DatePrecision::kStory: return 4;
  }
  return 4;
}

// The best resolvable candidate, or nullopt.
std::optional<ResolvedDate> Best(const Tree& t, const std::vector<Candidate>& candidates, int verb,
                                 Date story, Tense tense) {
  std::optional<ResolvedDate> best;
  int best_distance = 0;
  thread_local std::vector<int> tokens;  // per-thread scratch: no allocation once grown
  for (const Candidate& c : candidates) {
    tokens.clear();
    CollectExpression(t, c.head, 0, &tokens);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    while (tokens.size() > 1 && IsPunct(t, tokens.front()) && tokens.front() != c.head)
      tokens.erase(tokens.begin());
    while (tokens.size() > 1 && IsPunct(t, tokens.back()) && tokens.back() != c.head)
      tokens.pop_back();
    std::optional<ResolvedDate> r = ResolveDateExpression(ExpressionText(t, tokens), story, tense);
    if (!r) continue;
    r->span = Span{tokens.front(), tokens.back() + 1};
    int distance = std::abs(c.head - verb);
    if (!best || Rank(r->precision) < Rank(best->precision) ||
        (Rank(r->precision) == Rank(best->precision) && distance < best_distance)) {
      best = std::move(r);
      best_distance = distance;
    }
  }
  return best;
}

// "a day after X", "eight days after X", "two days before X", "hours after
// X": the days from the clause's event X to the event it is told against
// (negative after: X came first), when the words before its marker measure
// the gap in days, weeks or hours (hours: the same day); kUncounted when
// they do not say how many ("days after X").
constexpr int kUncounted = 1 << 20;
std::optional<int> MeasuredGap(const Tree& t, int mark) {
  // (Tree::form is lower-cased.)
  const bool after = t.form(mark) == "after";
  if ((!after && t.form(mark) != "before") || mark < 2) return std::nullopt;
  const std::string& unit = t.form(mark - 1);
  const int days = OneOf(unit, {"day", "days"}) ? 1 : OneOf(unit, {"week", "weeks"}) ? 7
                   : OneOf(unit, {"hour", "hours"})                                   ? 0
                                                                                      : -1;
  if (days < 0) return std::nullopt;
  if (days == 0) return 0;
  const int n = when::NumberWord(t.form(mark - 2));  // ("a", "eight", "8")
  if (n > 60) return std::nullopt;
  if (n <= 0) return kUncounted;  // "days after": some days, how many unsaid
  return (after ? 1 : -1) * n * days;
}

// The day `days` after `anchor`'s (before, when negative), told by the
// tokens first..last ("a day after", "the following day") and the anchor's
// own expression: "a day after (on Thursday)".
ResolvedDate CountedFrom(const Tree& t, const ResolvedDate& anchor, int days, int first, int last) {
  ResolvedDate r = anchor;
  r.date = anchor.date.AddDays(days);
  std::vector<int> words;
  for (int i = first; i <= last; ++i) words.push_back(i);
  r.span = Span{first, last + 1};
  r.expression = ExpressionText(t, words) + " (" + anchor.expression + ")";
  return r;
}

}  // namespace

ResolvedDate DateEvent(const Sentence& sentence, int verb, Date story_date) {
  ResolvedDate fallback;
  fallback.date = story_date;
  fallback.precision = DatePrecision::kStory;
  const int n = static_cast<int>(sentence.tokens.size());
  if (verb < 0 || verb >= n || !story_date.valid()) return fallback;

  Tree t(sentence);
  const Tense tense = when::TenseOf(t, verb);
  int v = verb;
  thread_local std::vector<Candidate> candidates;  // per-thread scratch: no allocation once grown
  // "summoned Japan's ambassador last Thursday, and Japan summoned China's
  // envoy the following day": a day counted from the clause this one is
  // joined to.
  if (t.base_rel(verb) == "conj" && t.valid(t.head(verb)))
    for (int d : t.children(verb)) {
      if (t.lemma(d) != "day" || t.form(d) != "day") continue;
      int step = 0;
      for (int m : t.children(d))
        if (t.base_rel(m) == "amod")
          step = OneOf(t.lemma(m), {"follow", "following", "next"}) ? 1 : OneOf(t.lemma(m), {"previous"}) ? -1 : step;
      if (step == 0 || t.child_with(d, "det") < 0) continue;
      const ResolvedDate anchor = DateEvent(sentence, t.head(verb), story_date);
      if (anchor.precision != DatePrecision::kDay) break;
      return CountedFrom(t, anchor, step, t.child_with(d, "det"), d);
    }
  for (int climb = 0; climb < 8 && t.valid(v); ++climb) {
    candidates.clear();
    AddDirect(t, v, &candidates);
    if (auto r = Best(t, candidates, verb, story_date, tense)) return *r;
    candidates.clear();
    AddNominal(t, v, &candidates);
    if (auto r = Best(t, candidates, verb, story_date, tense)) return *r;
    candidates.clear();
    AddClauses(t, v, &candidates);
    if (auto r = Best(t, candidates, verb, story_date, tense)) return *r;
    std::string_view rel = t.base_rel(v);
    // "a day after Polish jets shot down Russian drones": the day before the
    // day of the clause it is told against ("urged ... on Thursday").
    if (rel == "advcl" && t.valid(t.head(v))) {
      int mark = t.child_with(v, "mark");
      if (mark < 0) mark = t.child_with(v, "case");
      if (mark >= 0)
        if (std::optional<int> gap = MeasuredGap(t, mark)) {
          if (*gap == kUncounted) {
            // Some days before the clause it is told against: no day of its
            // own, and not that clause's (nor its sentence's, by context).
            ResolvedDate r = fallback;
            r.expression = t.form(mark - 1) + " " + t.form(mark);
            r.span = Span{mark - 1, mark + 1};
            return r;
          }
          const ResolvedDate anchor = DateEvent(sentence, t.head(v), story_date);
          if (anchor.precision == DatePrecision::kDay)
            return CountedFrom(t, anchor, -*gap, mark - (*gap == 0 ? 1 : 2), mark);
        }
    }
    // A participial clause with no marker shares its verb's time: "attacked
    // southern Israel on Saturday, killing hundreds of people".
    bool participle = false;
    // (So does one of means: "retaliated on Friday by imposing sanctions".)
    if (rel == "advcl" && t.token(v).xpos == "VBG") {
      participle = true;
      for (int k : t.children(v))
        participle &= (t.base_rel(k) != "mark" || t.form(k) == "by") && t.base_rel(k) != "nsubj";
    }
    // A participle on the object shares the time of the verb that acts
    // on it: "signed an executive order on Wednesday imposing an
    // additional duty", "adopted a resolution on Monday calling for".
    if (rel == "acl" && t.token(v).xpos == "VBG" && t.child_with(v, "nsubj") < 0 && t.child_with(v, "mark") < 0) {
      const int noun = t.head(v);
      const std::string_view noun_rel = t.valid(noun) ? t.base_rel(noun) : std::string_view();
      if ((noun_rel == "obj" || noun_rel == "obl") && t.valid(t.head(noun))) {
        v = t.head(noun);
        continue;
      }
    }
    if (rel != "xcomp" && rel != "conj" && !participle) break;
    v = t.head(v);
  }
  // "On Wednesday, after the parade marking ..., Kim held talks", "On Sunday
  // Dhaka had summoned ...": a day phrase opening the sentence dates its
  // main clause, wherever the parser hung it (not a reported or subordinate
  // clause: the climb stopped below the root).
  if (t.valid(v) && !t.valid(t.head(v))) {
    thread_local std::vector<int> opening;
    opening.clear();
    for (int i = 0; i < n && i < 4 && !IsPunct(t, i); ++i) opening.push_back(i);
    if (opening.size() >= 2 && OneOf(t.form(opening[0]), {"on", "early", "late"})) {
      // The shortest run that reads as a day: "On Sunday" of "On Sunday Dhaka".
      for (size_t len = 2; len <= opening.size(); ++len) {
        std::vector<int> words(opening.begin(), opening.begin() + static_cast<std::ptrdiff_t>(len));
        std::optional<ResolvedDate> r = ResolveDateExpression(ExpressionText(t, words), story_date, tense);
        if (r && r->precision == DatePrecision::kDay) {
          r->span = Span{words.front(), words.back() + 1};
          return *r;
        }
      }
    }
  }
  return fallback;
}

}  // namespace dyad

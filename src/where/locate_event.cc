// LocateEvent: the place of an event from the parse of its sentence.
//
// 1. Locative dependents of the event's predicate: obl/nmod with a case marker
//    in LocativeCase() ("in Bali", "near Kharkiv", "in southern Guyana"),
//    following nmod chains below them ("on the sidelines of the G20 summit in
//    Bali", "on the outskirts of Kabul") and appositions ("in the capital,
//    Kabul"). Direct dependents first, then the predicate's xcomp and, for a
//    conjoined predicate, its head's (shared) locatives.
// 2. Tokens inside actor spans never count; subjects and objects are never
//    looked at, so "China launched" is not a location.
// 3. Else the dateline place.
// Among places of the same name: a country named beside it ("Bali,
// Indonesia"), then the actors' countries, then the dateline's country, unless
// the gazetteer's first choice is a country, a national capital (which only the
// dateline's country overrides) or at least 50 times larger.
#include <algorithm>
#include <span>
#include <string_view>

#include <utf8proc.h>

#include "dyad/where.h"

namespace dyad {
namespace {

constexpr int kMaxChainDepth = 4;
constexpr int kMaxNameTokens = 5;
// Below this population a town matched only without its diacritics is not taken (NameAt).
constexpr int64_t kFoldedTownPopulation = 50000;
constexpr int64_t kOverrideRatio = 50;

// ASCII only, as std::tolower in the "C" locale the program runs in.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// (The lists are constant arrays: an initializer_list argument would be
// built on the stack at every call.)
template <size_t N>
bool Has(const std::string_view (&set)[N], std::string_view word) {
  // (Length and first letter first: most entries differ there, and are
  // passed over without a call to memcmp.)
  for (std::string_view w : set)
    if (w.size() == word.size() && (w.empty() || (w[0] == word[0] && w == word))) return true;
  return false;
}

// Prepositions that put an event at a place.
bool LocativeCase(std::string_view c) {
  static constexpr std::string_view kWords[] = {
      "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off", "along",
      "nearby", "into"};
  return Has(kWords, c);
}

// Verbs of going: their "from" is where the journey began, not where the
// act happened.
bool MotionVerb(std::string_view v) {
  static constexpr std::string_view kWords[] = {"return", "come", "arrive", "fly", "travel", "flee", "withdraw",
                                                "leave", "depart", "escape", "retreat", "move", "head", "drive",
                                                "sail", "go", "bring", "send", "expel", "deport", "evacuate"};
  return Has(kWords, v);
}

// The last word of a body of water's name.
bool WaterWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"sea", "gulf", "ocean", "strait", "straits", "bay", "channel"};
  return Has(kWords, w);
}

// Seas and oceans news names without "Sea" or "Ocean": "in the Pacific".
bool BareWaterName(std::string_view w) {
  static constexpr std::string_view kWords[] = {"pacific",  "atlantic", "mediterranean", "caribbean",
                                                "arctic",   "baltic",   "aegean",        "adriatic",
                                                "antarctic"};
  return Has(kWords, w);
}

// Nouns whose "of" complement is a place: "the outskirts of Kabul".
bool SpatialNoun(std::string_view n) {
  static constexpr std::string_view kWords[] = {
      "outskirts", "suburb", "suburbs", "centre", "center", "heart", "north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
      "south-west", "part", "parts", "region", "province", "city", "town", "village", "capital", "coast",
      "border", "area", "district", "streets", "edge", "port", "island", "state", "county", "outskirt",
      "vicinity", "resort", "township", "municipality", "enclave", "oblast", "governorate"};
  return Has(kWords, n);
}

// Compass directions: "southwest of Baghdad" is a place whatever governs it.
bool Direction(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
      "north-west", "south-east", "south-west"};
  return Has(kWords, w);
}

// Compass adjectives before a place name: "Southern Lebanon", "Eastern Ghouta".
bool Compass(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
      "southwestern", "upper", "lower", "greater", "occupied"};
  return Has(kWords, w);
}

// Nouns whose "to" complement is where they take place: "a visit to Beirut".
bool VisitNoun(std::string_view n) {
  static constexpr std::string_view kWords[] = {
      "visit", "trip", "tour", "journey", "arrival", "mission", "pilgrimage"};
  return Has(kWords, n);
}

// Nouns for talks: "after two days of talks in Kunming".
bool TalksNoun(std::string_view n) {
  static constexpr std::string_view kWords[] = {"talks", "talk", "negotiation", "negotiations", "meeting",
                                                "meetings", "summit", "conference", "consultations", "round",
                                                "day", "days"};
  return Has(kWords, n);
}

// Capitalized words that are times, not places ("in March", "on Sunday").
bool TimeWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
      "easter", "ramadan", "today"};
  return Has(kWords, w);
}

// Nouns after which "on" leads to a place like a spatial noun's: "on the
// sidelines of the G20 summit in Bali".
constexpr std::string_view kMarginNouns[] = {"sidelines", "sideline", "margins", "margin", "fringes"};

// Lower-case heads that may end a place name: "Kharkiv region".
bool NameTypeWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "region", "province", "oblast", "state", "governorate", "district", "county", "prefecture", "city"};
  return Has(kWords, w);
}

class Finder {
 public:
  Finder(const Gazetteer& g, const Sentence& s, const PlaceContext& ctx)
      : g_(g), s_(s), ctx_(ctx) {
    // Child lists in one array (a counting sort by head keeps sentence order).
    // (In per-thread scratch: a Finder lives for one call, one at a time.)
    thread_local Scratch scratch;
    const int n = static_cast<int>(s.tokens.size());
    auto head = [&](int i) {
      int h = s.tokens[i].head;
      return h >= 0 && h < n && h != i ? h : -1;
    };
    std::vector<int>& begin = scratch.kids_begin;
    begin.assign(n + 1, 0);
    for (int i = 0; i < n; ++i)
      if (head(i) >= 0) ++begin[head(i) + 1];
    for (int i = 0; i < n; ++i) begin[i + 1] += begin[i];
    scratch.kids.resize(begin[n]);
    scratch.next.assign(begin.begin(), begin.end() - 1);
    for (int i = 0; i < n; ++i)
      if (head(i) >= 0) scratch.kids[scratch.next[head(i)]++] = i;
    kids_begin_ = begin.data();
    kids_ = scratch.kids.data();
  }

  std::optional<Location> Locate(int verb) {
    const int n = static_cast<int>(s_.tokens.size());
    if (!ctx_.dateline_place.empty()) {
      std::vector<PlaceCandidate> d = g_.Lookup(ctx_.dateline_place);
      if (!d.empty()) dateline_country_ = Choose(d, "").country;
    }
    if (verb >= 0 && verb < n) {
      thread_local std::vector<int> sources;
      sources.assign(1, verb);
      for (int k : kids(verb))
        if (std::string_view(s_.tokens[k].deprel) == "xcomp") sources.push_back(k);
      const Token& v = s_.tokens[verb];
      if (std::string_view(v.deprel) == "conj" && v.head >= 0 && v.head < n) sources.push_back(v.head);
      // ("seized the palace in central Khartoum, driving out the RSF": a
      // participle clause happens where the clause it hangs on does.)
      const bool ing = v.xpos == "VBG" || (v.xpos.empty() && std::string_view(v.form).ends_with("ing"));
      // (So does a purpose clause: "In Dhaka, police fired tear gas to
      // disperse crowds".)
      if (std::string_view(v.deprel).starts_with("advcl") && v.head >= 0 && v.head < n) {
        bool purpose = false;
        for (int k : kids(verb))
          purpose |= std::string_view(s_.tokens[k].deprel) == "mark" && Lower(s_.tokens[k].form) == "to";
        if (ing || purpose) sources.push_back(v.head);
      }
      for (int src : sources) {
        for (int k : kids(src)) {
          if (!IsOblique(k)) continue;
          std::string c = CaseOf(k);
          // A visit happens at its destination: "welcomed Trump to Beijing",
          // "travelled to Niamey". (A town: "on his first visit to China"
          // leaves the place to "a summit in Tianjin" or the dateline.)
          if (ctx_.visit && c == "to") {
            TownsOnly towns(this, true);
            if (auto loc = FromOblique(k, "in", 0)) return loc;
            continue;
          }
          if (auto loc = FromOblique(k, c, 0)) return loc;
        }
      }
      // "flew to the resort of Sharm el-Sheikh, where he and Sisi signed a
      // declaration": a "where" clause happens at the place it describes.
      for (int src : sources) {
        const Token& st = s_.tokens[src];
        if (std::string_view(st.deprel) != "acl:relcl" || st.head < 0 || st.head >= n) continue;
        bool where = false;
        for (int k : kids(src))
          where |= std::string_view(s_.tokens[k].deprel) == "advmod" && Lower(s_.tokens[k].form) == "where";
        if (!where) continue;
        if (auto loc = FromOblique(st.head, "in", 0)) return loc;
      }
      // "In Syria, state news agency SANA said an Israeli drone struck a
      // vehicle": a place that opens the sentence, on the verb that reports
      // the act, is where the act happened.
      {
        // (From the act's clause, or a consequence clause of it: "struck a
        // vehicle ..., killing two people".)
        int clause = verb;
        for (int hops = 0; hops < 3 && clause >= 0 && clause < n; ++hops) {
          const std::string_view r = s_.tokens[clause].deprel;
          if (!r.starts_with("advcl") && r != "conj" && r != "xcomp") break;
          clause = s_.tokens[clause].head;
        }
        const int up = clause >= 0 && clause < n && std::string_view(s_.tokens[clause].deprel) == "ccomp"
                           ? s_.tokens[clause].head
                           : -1;
        if (up >= 0 && up < n)
          for (int k : kids(up)) {
            if (!IsOblique(k) || k >= up || k > 3) continue;
            const std::string c = CaseOf(k);
            if (c != "in") continue;
            if (auto loc = FromOblique(k, c, 0)) return loc;
          }
      }
      // "Protesters clashed with police in Belgrade": a town named on the
      // side met or fought ("with", "against") is where it happened.
      for (int src : sources) {
        for (int k : kids(src)) {
          if (!IsOblique(k)) continue;
          const std::string c = CaseOf(k);
          if (c != "with" && c != "against") continue;
          TownsOnly towns(this, true);
          for (int x : kids(k)) {
            if (!std::string_view(s_.tokens[x].deprel).starts_with("nmod")) continue;
            const std::string xc = CaseOf(x);
            if (!LocativeCase(xc)) continue;
            if (auto loc = NameAt(x, xc)) return loc;
          }
        }
      }
      // "spoke by telephone with Trump from Tirana", "said from Geneva": a
      // town a speaker is "from" is where it was said. (Towns only, not
      // the home of a side: "a call from Moscow" with Russia a side is
      // Russia calling; nor a journey: "returned from Moscow".)
      if (ctx_.spoken && !MotionVerb(Lower(v.lemma.empty() ? v.form : v.lemma)))
        for (int src : sources)
          for (int k : kids(src)) {
            if (!IsOblique(k) || CaseOf(k) != "from") continue;
            TownsOnly towns(this, true);
            if (auto loc = NameAt(k, "from");
                loc && std::find(ctx_.actor_countries.begin(), ctx_.actor_countries.end(), loc->country) ==
                           ctx_.actor_countries.end())
              return loc;
          }
      // "shelled villages in the Kharkiv region": a locative on the object
      // (the attachment parsers often choose) places the event too, unless
      // the object is an actor ("accused the government in Damascus").
      // "southwest of Baghdad" as the object names a place as well.
      // Last, a locative on the subject: "A court in Guyana issued ...".
      static constexpr std::string_view kRoles[] = {"obj", "dobj", "nsubj"};
      for (std::string_view role : kRoles) {
        for (int src : sources) {
          for (int k : kids(src)) {
            std::string_view r = s_.tokens[k].deprel;
            if (!r.starts_with(role) || r.starts_with("nsubj:outer")) continue;
            if (role[0] != 'n' && InActor(k)) {
              // (One met is no government in a place: "met Rubio in
              // Washington" is where they met; towns only. So is one
              // attacked: "shelled RSF positions near Kayes".)
              if (!(ctx_.meeting || ctx_.force) || role[0] == 'n') continue;
              TownsOnly towns(this, true);
              if (auto loc = FromOblique(k, "", 1)) return loc;
              continue;
            }
            if (auto loc = FromOblique(k, "", 1)) return loc;
          }
        }
      }
      // "launched drones at Ukraine overnight, killing three people in
      // Kyiv": with no place of its own, the act is where its consequence
      // clause (a comma's -ing clause) happened.
      for (int c : kids(verb)) {
        const Token& ct = s_.tokens[c];
        // (An -ing form: tagged VBG, or untagged hand-made input.)
        const bool ing = ct.xpos == "VBG" || (ct.xpos.empty() && std::string_view(ct.form).ends_with("ing"));
        if (!std::string_view(ct.deprel).starts_with("advcl") || !ing || c == 0 || s_.tokens[c - 1].form != ",")
          continue;
        for (int k : kids(c)) {
          if (!IsOblique(k)) continue;
          if (auto loc = FromOblique(k, CaseOf(k), 0)) return loc;
        }
        for (int k : kids(c)) {
          std::string_view r = s_.tokens[k].deprel;
          // (Its victims' place too: "killing three people in Kyiv".)
          if (!r.starts_with("obj")) continue;
          if (auto loc = FromOblique(k, "", 1)) return loc;
        }
      }
    }
    if (ctx_.dateline_place.empty()) return std::nullopt;
    std::vector<PlaceCandidate> d = g_.Lookup(ctx_.dateline_place);
    if (d.empty()) return std::nullopt;
    // The dateline is where the reporter is: it places an event only when
    // an actor is of that country, or no actor has a country. "CARACAS -
    // ... The Sudanese army accused the RSF" did not happen in Caracas.
    const PlaceCandidate& where = Choose(d, "");
    if (!ctx_.actor_countries.empty() && !ActorOf(where.country)) return std::nullopt;
    return MakeLocation(where, ctx_.dateline_place, "dateline");
  }

 private:
  // Whether one of the event's actors is of this country.
  bool ActorOf(const std::string& country) const {
    return std::find(ctx_.actor_countries.begin(), ctx_.actor_countries.end(), country) != ctx_.actor_countries.end();
  }

  bool IsOblique(int i) const {
    std::string_view r = s_.tokens[i].deprel;
    if (r == "obl:tmod" || r == "nmod:tmod" || r == "obl:npmod" || r == "nmod:poss") return false;
    return r.starts_with("obl") || r.starts_with("nmod");
  }

  std::string CaseOf(int i) const {
    for (int k : kids(i)) {
      const Token& t = s_.tokens[k];
      std::string_view r = t.deprel;
      if (r == "case" || r == "mark") return Lower(t.lemma.empty() ? t.form : t.lemma);
    }
    return "";
  }

  // Only the object route uses actor spans: a place under a locative
  // preposition is a location even when the dictionaries also read it as an
  // actor ("a protest in Beijing" coded against CHN, "meet in Zurich").
  bool InActor(int i) const {
    for (const Span& sp : ctx_.actor_spans)
      if (!sp.empty() && i >= sp.begin && i < sp.end) return true;
    return false;
  }

  // "Kabul", "Élysée", "d'Ivoire", "al-Anbar": an upper-case letter starts
  // the word or follows a short particle.
  bool Capitalized(int i) const {
    std::string_view f = s_.tokens[i].form;
    static constexpr std::string_view kParticles[] = {"d'", "l'", "al-", "el-", "ad-", "as-", "an-", "ar-"};
    for (std::string_view particle : kParticles) {
      if (f.size() > particle.size() && f.substr(0, particle.size()) == particle) {
        f.remove_prefix(particle.size());
        break;
      }
    }
    if (f.empty()) return false;
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(f.data()),
                                          static_cast<utf8proc_ssize_t>(f.size()), &cp);
    return n > 0 && utf8proc_isupper(cp);
  }

  // A token that may be part of a place name.
  bool NameToken(int i) const {
    const Token& t = s_.tokens[i];
    if (!Capitalized(i) || TimeWord(Lower(t.form))) return false;
    std::string_view upos = t.upos;
    return upos.empty() || upos == "PROPN" || upos == "NOUN" || upos == "ADJ" || upos == "X" || upos == "NUM";
  }

  // The oblique `x` with case `c`: a place itself, or a container whose nmod
  // chain leads to one.
  std::optional<Location> FromOblique(int x, const std::string& c, int depth) {
    if (depth > kMaxChainDepth) return std::nullopt;
    const bool locative = LocativeCase(c);
    if (locative) {
      if (auto loc = NameAt(x, c)) return loc;
      if (auto loc = SurfaceNameAfterCase(x)) return loc;
    }
    // "in the capital, Kabul", "in the city of Aleppo", "on the outskirts of Damascus".
    const Token& xt = s_.tokens[x];
    const std::string xl = Lower(xt.lemma.empty() ? xt.form : xt.lemma);
    const bool spatial = SpatialNoun(xl);
    if (locative || (spatial && (c == "on" || c.empty()))) {
      for (int k : kids(x)) {
        std::string_view r = s_.tokens[k].deprel;
        // (A flat part of a name is no name of its own: "Ras al-Ain" is not Ain.)
        if (r == "appos" || (r == "flat" && !NameToken(x)) || (spatial && r.starts_with("nmod") && CaseOf(k) == "of"))
          if (auto loc = NameAt(k, c)) return loc;
      }
      // "in the Qatari capital Doha" with the name hung beside the noun (on
      // the noun's head, no preposition of its own): still its name.
      const int n = static_cast<int>(s_.tokens.size());
      int next = x + 1;
      if (next < n && s_.tokens[next].form == ",") ++next;
      if (spatial && next < n && s_.tokens[next].head == xt.head && s_.tokens[next].upos == "PROPN" && CaseOf(next).empty()) {
        std::string_view r = s_.tokens[next].deprel;
        if (r == "appos" || r == "nmod" || r == "flat" || r == "compound")
          if (auto loc = NameAt(next, c)) return loc;
      }
      // "at Manila's international airport", "on Beirut's southern
      // suburbs": a place named as the possessor of where it happened
      // (after its own name: "in South Sudan's capital Juba" is Juba).
      // ("in South Sudan's capital" is the capital, not the whole country:
      // left to the dateline.)
      if (locative && xl != "capital")
        for (int k : kids(x))
          if (std::string_view(s_.tokens[k].deprel) == "nmod:poss")
            if (auto loc = NameAt(k, c)) return loc;
    }
    // Follow nmod chains: "on the sidelines of the G20 summit in Bali". An
    // "of" link is followed, not taken. Not below other prepositions: "sorrow
    // for the shootings in South Carolina" is not in South Carolina.
    // "on" only leads somewhere from "the sidelines", "the outskirts" ...:
    // "a summit on the unrest in Iran" is not in Iran.
    // Below a topic-like "on" only a town counts: "an attack on a base in
    // Kabul" is in Kabul, "a summit on the unrest in Iran" is not in Iran.
    // So below "to": "set fire to a police station and buses in Dar es
    // Salaam" (not "a threat to stability in the region").
    const bool topic_on = (c == "on" || c == "to") && !spatial && !Has(kMarginNouns, xl);
    TownsOnly towns(this, topic_on);
    // ("agreed to a ceasefire after two days of talks in Kunming": what
    // talks produced was settled where they were held.)
    const bool after_talks = (c == "after" || c == "following") && TalksNoun(xl);
    if (!locative && !c.empty() && c != "on" && c != "to" && c != "of" && c != "during" && !after_talks)
      return std::nullopt;
    // "a visit to Beirut": the destination of a visit is where it happens.
    const bool visit = VisitNoun(xl);
    for (int k : kids(x)) {
      std::string_view r = s_.tokens[k].deprel;
      if (r == "acl") {  // "killed in tank shelling in the east of the Gaza Strip"
        if (auto loc = FromOblique(k, "", depth + 1)) return loc;
        continue;
      }
      // nmod below nouns; obl below verbs (an acl's own obliques).
      if ((!r.starts_with("nmod") && !r.starts_with("obl")) || r == "nmod:poss" ||
          r == "nmod:tmod" || r == "obl:tmod")
        continue;
      std::string kc = CaseOf(k);
      const Token& kt = s_.tokens[k];
      if (visit && kc == "to") kc = "in";
      // ("held talks during a visit to Beirut": a visit's destination below.)
      // ("a strike on Hamas leaders in Doha": below "on", towns only.)
      if (LocativeCase(kc) || kc == "of" || kc == "on" ||
          (kc == "during" && VisitNoun(Lower(kt.lemma.empty() ? kt.form : kt.lemma)))) {
        if (auto loc = FromOblique(k, kc, depth + 1)) return loc;
      } else if (Direction(Lower(kt.lemma.empty() ? kt.form : kt.lemma))) {
        // "a strike against a target southwest of Baghdad"
        if (auto loc = FromOblique(k, "", depth + 1)) return loc;
      }
    }
    return std::nullopt;
  }

  // A name with lower-case particles that the parser split, read from the
  // words right after the phrase's preposition: "in Dar es Salaam" (parsed
  // Dar / es / Salaam in three phrases), "in Nioro du Sahel". Only a name
  // of three or more words, with a particle inside, looked up whole.
  std::optional<Location> SurfaceNameAfterCase(int x) {
    const int n = static_cast<int>(s_.tokens.size());
    int p = -1;
    for (int k : kids(x))
      if (std::string_view(s_.tokens[k].deprel) == "case" && k < x) p = k;
    if (p < 0) return std::nullopt;
    int b = p + 1;
    if (b < n && Lower(s_.tokens[b].form) == "the") ++b;
    static constexpr std::string_view kParticles[] = {"es", "el", "al", "ad", "as", "ash", "an", "ar", "de", "du",
                                                      "da", "di", "do", "dos", "das", "des", "la", "le", "les",
                                                      "los", "del", "van", "von", "bin", "ibn", "of"};
    int e = b, particles = 0;
    while (e < n && e - b < kMaxNameTokens) {
      if (NameToken(e)) {
        ++e;
      } else if (e > b && e + 1 < n && Has(kParticles, Lower(s_.tokens[e].form)) && NameToken(e + 1)) {
        ++particles;
        ++e;
      } else {
        break;
      }
    }
    --e;
    if (particles == 0 || e - b < 2 || !NameToken(b) || !NameToken(e)) return std::nullopt;
    std::vector<PlaceCandidate> found = g_.Lookup(Words(b, e));
    if (found.empty()) return std::nullopt;
    if (towns_only_ > 0 && found.front().precision != "place") return std::nullopt;
    return MakeLocation(Choose(found, ""), Words(p, e), "clause");
  }

  // The place named by the tokens around `x` (its compounds and flat parts).
  std::optional<Location> NameAt(int x, const std::string& c) {
    const int n = static_cast<int>(s_.tokens.size());
    auto name_rel = [](std::string_view r) {
      return r == "compound" || r == "flat" || r == "flat:name" || r == "amod" || r == "nmod:npmod";
    };
    // x, its compound/flat/amod dependents, and theirs ("de" in "Rio de Janeiro").
    // (And the hyphen inside one: "Sharm el-Sheikh", split el / - / Sheikh.)
    auto part_of_name = [&](int i) {
      if (i == x) return true;
      const Token& t = s_.tokens[i];
      const bool hyphen = std::string_view(t.deprel) == "punct" && std::string_view(t.form) == "-";
      if (t.head == x) return name_rel(t.deprel) || hyphen;
      if (t.head < 0 || t.head >= n || s_.tokens[t.head].head != x) return false;
      return name_rel(s_.tokens[t.head].deprel) &&
             (name_rel(t.deprel) || std::string_view(t.deprel) == "case" || hyphen);
    };
    int lo = x, hi = x;
    while (lo > 0 && x - lo < kMaxNameTokens && part_of_name(lo - 1)) --lo;
    while (hi + 1 < n && hi - x < kMaxNameTokens && part_of_name(hi + 1)) ++hi;
    // "in Port of Spain": a name with "of" in it, parsed as a name and its
    // "of" phrase, is tried whole first (then "Spain" alone, as before).
    if (hi == x && x + 2 < n && NameToken(x) && NameToken(x + 2) && s_.tokens[x + 2].head == x &&
        std::string_view(s_.tokens[x + 2].deprel).starts_with("nmod") && Lower(s_.tokens[x + 1].form) == "of" &&
        s_.tokens[x + 1].head == x + 2)
      hi = x + 2;
    // "in the Baltic Sea", "in the Pacific": a body of water, not a town named
    // by a word of it (Baltic, Connecticut; Pacific, Missouri). An event at
    // sea has no place here.
    if (lo > 0 && Lower(s_.tokens[lo - 1].form) == "the" &&
        (WaterWord(Lower(s_.tokens[hi].form)) || BareWaterName(Lower(s_.tokens[hi].form)) ||
         WaterWord(Lower(s_.tokens[x].form))))  // ("the Gulf of Aden")
      return std::nullopt;
    // Longest spans first; a span starts with a name token and ends with one
    // (or with "region", "province" ... after a name).
    for (int len = hi - lo + 1; len >= 1; --len) {
      for (int b = hi - len + 1; b >= lo; --b) {
        int e = b + len - 1;
        if (!NameToken(b)) continue;
        if (!NameToken(e) && !(e > b && NameTypeWord(Lower(s_.tokens[e].form)))) continue;
        // The tail of a name whose head word is capitalized is not a name:
        // "Ras al-Ain" is not Ain (France), "Abu Dhabi" not "Dhabi".
        if (b > x && NameToken(x)) continue;
        // A sea's word alone is water, not a town: "the Baltic port of
        // Ust-Luga" is not in Baltic, Connecticut.
        if (b == e && BareWaterName(Lower(s_.tokens[b].form))) continue;
        // Nor is its beginning, cut before more of its capitalized words:
        // "the Ta Muen Thom temple" is not Ta (a town).
        // ("Gaza City", "Kharkiv Oblast": a word for its kind may follow.)
        if (e < x && NameToken(e + 1) && !NameTypeWord(Lower(s_.tokens[e + 1].form))) continue;
        // ("the West Bank": a compass word alone, out of a longer name, is no
        // town West, Texas.)
        if (b == e && hi > lo && (Compass(Lower(s_.tokens[b].form)) || Direction(Lower(s_.tokens[b].form)))) continue;
        const std::string name = Words(b, e);
        std::vector<PlaceCandidate> found = g_.Lookup(name);
        // A small town matched only by folding its diacritics away, in a
        // country neither the actors nor the dateline name, is a common word
        // more often than the town: "the Line of Control" (Indian and
        // Pakistani actors) is not Líně, Czechia. Cities news writes without
        // them stay ("Bogota"), and so do towns of the story's countries.
        auto ascii = [](const std::string& t) {
          return std::all_of(t.begin(), t.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        };
        if (ascii(name))
          found.erase(std::remove_if(found.begin(), found.end(),
                                     [&](const PlaceCandidate& p) {
                                       return p.precision == "place" && p.population < kFoldedTownPopulation &&
                                              !ascii(p.name) && p.country != dateline_country_ &&
                                              !ActorOf(p.country);
                                     }),
                      found.end());
        // A small town in a country nothing in the story points to (no
        // actor, not the dateline, none of the article's countries) is a
        // namesake of a town the gazetteer lacks: "in the town of Liancourt
        // in the Artibonite region" (Haiti) is not Liancourt, France.
        if (!ctx_.article_countries.empty() || !dateline_country_.empty())
          found.erase(std::remove_if(found.begin(), found.end(),
                                     [&](const PlaceCandidate& p) {
                                       return p.precision == "place" && p.population < kFoldedTownPopulation &&
                                              p.country != dateline_country_ && !ActorOf(p.country) &&
                                              std::find(ctx_.article_countries.begin(),
                                                        ctx_.article_countries.end(),
                                                        p.country) == ctx_.article_countries.end();
                                     }),
                      found.end());
        // An acronym is an organisation's more often than a town's: "near
        // NATO borders" is not in Nato (a town); "in the UK" (a country) stays.
        if (b == e && name.size() >= 2 &&
            std::all_of(name.begin(), name.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.'; }))
          found.erase(std::remove_if(found.begin(), found.end(),
                                     [](const PlaceCandidate& p) { return p.precision == "place"; }),
                      found.end());
        // "in the Red Sea", "in the Gulf of Aden": a sea or gulf named with
        // "the" is water, not the province or town of the same name (Red
        // Sea state, Sudan). An event at sea has no place here.
        if (!found.empty() && found.front().precision != "place" && b > 0 && Lower(s_.tokens[b - 1].form) == "the" &&
            WaterWord(Lower(s_.tokens[e].form)))
          return std::nullopt;
        if (found.empty()) continue;
        // "at the Royal Court": the head word of a longer name, without the
        // capitalized word that makes the name, is not that name ("Court",
        // a Swiss town). (A compass word may go: "Southern Lebanon".)
        if (b > lo && e == x && NameToken(b - 1) && s_.tokens[b - 1].head == x &&
            !Direction(Lower(s_.tokens[b - 1].form)) && !Compass(Lower(s_.tokens[b - 1].form)))
          continue;
        // "fired at Russia": "at" a country names a target, not a location.
        if (c == "at" && found.front().precision == "country") return std::nullopt;
        // "outside the US consulate in Nuuk": a country before a mission or
        // base names its owner, not where it stands (the phrase may go on to).
        if (e < x && found.front().precision == "country") {
          const Token& xt = s_.tokens[x];
          const std::string xl = Lower(xt.lemma.empty() ? xt.form : xt.lemma);
          if (xl == "embassy" || xl == "consulate" || xl == "mission" || xl == "legation" || xl == "base")
            return std::nullopt;
        }
        // "in Paris, Texas": a subdivision named after the town settles it.
        const Beside beside = NamedBeside(x, found);
        if (beside.town) return MakeLocation(*beside.town, Expression(x, b, e), "clause");
        // "in Ellabell, Georgia" (a town the gazetteer lacks) with US actors:
        // the name after the town is the state, not the country of the same
        // name that no actor or dateline points to.
        if (found.front().precision == "country" && RegionSuffix(b) && !ActorOf(found.front().country) &&
            found.front().country != dateline_country_)
          for (const PlaceCandidate& p : found)
            if (p.precision == "admin1" && (ActorOf(p.country) || p.country == dateline_country_))
              return MakeLocation(p, Expression(x, b, e), "clause");
        if (towns_only_ > 0 && found.front().precision != "place") return std::nullopt;
        return MakeLocation(Choose(found, beside.country), Expression(x, b, e), "clause");
      }
    }
    return std::nullopt;
  }

  // The names hung on `x` after it that may say where it lies ("Bali,
  // Indonesia", "Paris, Texas").
  bool BesideName(int x, int k) const {
    std::string_view r = s_.tokens[k].deprel;
    if (r != "appos" && r != "flat" && r != "conj" && !r.starts_with("nmod")) return false;
    return NameToken(k) && k > x;
  }

  // What the names beside a place say of it, each looked up once: a town of
  // `found` inside a first-level subdivision named beside it ("Paris,
  // Texas"), and the first country named beside it ("Bali, Indonesia").
  struct Beside {
    const PlaceCandidate* town = nullptr;
    std::string country;
  };
  Beside NamedBeside(int x, const std::vector<PlaceCandidate>& found) {
    Beside out;
    for (int k : kids(x)) {
      if (!BesideName(x, k)) continue;
      for (const PlaceCandidate& named : g_.Lookup(s_.tokens[k].form)) {
        if (out.country.empty() && named.precision == "country") out.country = named.country;
        if (out.town || named.precision != "admin1") continue;
        for (const PlaceCandidate& p : found)
          if (p.precision == "place" && p.country == named.country && p.admin1 == named.name) {
            out.town = &p;
            break;
          }
      }
      if (out.town) break;
    }
    return out;
  }

  // The name starting at `b` follows "<Name>," as a region follows its town.
  bool RegionSuffix(int b) const {
    return b >= 2 && s_.tokens[b - 1].form == "," && NameToken(b - 2);
  }

  // "in southern Guyana": from the case marker to the end of the name.
  std::string Expression(int x, int b, int e) const {
    int start = b;
    for (int k : kids(x)) {
      std::string_view r = s_.tokens[k].deprel;
      if ((r == "case" || r == "det" || r == "amod") && k < start) start = k;
    }
    return Words(start, e);
  }

  // Tokens b..e as written, spaced as in the text.
  std::string Words(int b, int e) const {
    std::string out;
    for (int i = b; i <= e; ++i) {
      out += s_.tokens[i].form;
      if (i < e && s_.tokens[i].space_after) out += ' ';
    }
    return out;
  }

  const PlaceCandidate& Choose(const std::vector<PlaceCandidate>& c, const std::string& hint) const {
    const PlaceCandidate& best = c.front();
    auto pick = [&](auto pred) -> const PlaceCandidate* {
      for (const PlaceCandidate& p : c)
        if (pred(p)) return &p;
      return nullptr;
    };
    std::vector<std::vector<std::string>> tiers;
    if (!hint.empty()) tiers.push_back({hint});
    if (!ctx_.actor_countries.empty()) tiers.push_back(ctx_.actor_countries);
    if (!dateline_country_.empty()) tiers.push_back({dateline_country_});
    const size_t dateline_tier_at = dateline_country_.empty() ? tiers.size() + 1 : tiers.size() - 1;
    // (The article's countries last, and only against a small town: below.)
    const size_t article_tier_at = tiers.size();
    if (!ctx_.article_countries.empty()) tiers.push_back(ctx_.article_countries);
    for (size_t t = 0; t < tiers.size(); ++t) {
      const auto& countries = tiers[t];
      const PlaceCandidate* p = pick([&](const PlaceCandidate& x) {
        return std::find(countries.begin(), countries.end(), x.country) != countries.end();
      });
      if (p == nullptr) continue;
      if (p == &best) return best;
      // A country named beside the place settles it; context alone does not
      // move "Paris" to Texas.
      bool explicit_hint = t == 0 && !hint.empty();
      if (explicit_hint) return *p;
      if (best.precision == "country") return best;
      // A national capital yields to the dateline's country ("Tripoli" under
      // a BEIRUT dateline), not to the actors' ("London" with Canadian actors).
      const bool dateline_tier = t == dateline_tier_at;
      if (best.capital && !dateline_tier) continue;
      if (t == article_tier_at && (best.precision != "place" || best.population >= 100000)) return best;
      if (best.population >= kOverrideRatio * std::max<int64_t>(p->population, 1)) return best;
      return *p;
    }
    return best;
  }

  static Location MakeLocation(const PlaceCandidate& p, std::string text, const char* from) {
    Location l;
    l.name = p.name;
    l.admin1 = p.admin1;
    l.country = p.country;
    l.lat = p.lat;
    l.lon = p.lon;
    l.geonames_id = p.geonames_id;
    l.precision = p.precision;
    l.text = std::move(text);
    l.from = from;
    return l;
  }

  // Scoped flag: while set, only places of precision "place" are taken.
  class TownsOnly {
   public:
    TownsOnly(Finder* f, bool on) : f_(f), on_(on) { f_->towns_only_ += on_; }
    ~TownsOnly() { f_->towns_only_ -= on_; }
    TownsOnly(const TownsOnly&) = delete;
    TownsOnly& operator=(const TownsOnly&) = delete;

   private:
    Finder* f_;
    int on_;
  };

  const Gazetteer& g_;
  const Sentence& s_;
  int towns_only_ = 0;
  const PlaceContext& ctx_;
  std::span<const int> kids(int i) const { return {kids_ + kids_begin_[i], kids_ + kids_begin_[i + 1]}; }

  struct Scratch {
    std::vector<int> kids_begin, kids, next;
  };
  const int* kids_begin_ = nullptr;  // the children of i: kids_[kids_begin_[i], kids_begin_[i + 1])
  const int* kids_ = nullptr;
  std::string dateline_country_;
};

}  // namespace

std::optional<Location> LocateEvent(const Gazetteer& gazetteer, const Sentence& sentence, int verb,
                                    const PlaceContext& context) {
  return Finder(gazetteer, sentence, context).Locate(verb);
}

}  // namespace dyad

#include "code/actor_finder.h"
#include "when/calendar_words.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

#include "dict/fold.h"

namespace dyad {
namespace {

struct RawMention {
  int wbegin, wend;  // word span
  bool agent;
  const std::vector<int>* values;
};

std::string EntryLabel(const ActorEntry& e) {
  // (One allocation: the finder makes one label per entry when it is made.)
  const std::string_view name = e.names.empty() ? std::string_view() : std::string_view(e.names[0]);
  std::string label;
  label.reserve(e.origin.size() + 1 + name.size());
  label.append(e.origin).append(" ").append(name);
  return label;
}

bool IsParsed(const Sentence& s) {
  for (const Token& t : s.tokens)
    if (!t.deprel.empty()) return true;
  return false;
}

// Is `form` one of the words, ASCII case-insensitively?
bool IsWordIn(std::string_view form, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (w.size() != form.size()) continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) same = (form[i] | 0x20) == w[i];
    if (same) return true;
  }
  return false;
}

// The coder joins an agent with no country to a country hanging on it in the
// parse (nmod, amod, compound: "the leader of North Korea"). Across most
// prepositions that join is wrong: "supply missiles to Taiwan" are not
// Taiwan's missiles, "persecution of minorities by Myanmar" is not done to
// Myanmar's civilians. Such an agent is dropped, so that the country is
// found on its own; an agent that also has a country across "of", "from",
// "in" or "'s", or a place preposition ("militants near Baghdad" are
// militants there, not a strike on the city), is kept.
void DropAgentsJoinedAcross(const Sentence& s, std::vector<ActorMention>* mentions) {
  const int n = static_cast<int>(s.tokens.size());
  bool bare_agent = false;
  for (const ActorMention& m : *mentions)
    bare_agent |= m.kind == ActorKind::kAgent && m.code.compare(0, 3, "---") == 0;
  if (!bare_agent || !IsParsed(s)) return;
  // (Per-thread scratch: no allocation once grown.)
  thread_local std::vector<int> mention_at, join;
  mention_at.assign(n, -1);
  for (int m = 0; m < static_cast<int>(mentions->size()); ++m)
    for (int t = (*mentions)[m].begin; t < (*mentions)[m].end && t < n; ++t) mention_at[t] = m;
  // The first "case" dependent of token h (-1: none); asked only of the
  // few tokens that join a country to an agent.
  auto case_of = [&s, n](int h) {
    for (int t = 0; t < n; ++t)
      if (s.tokens[t].head == h && std::string_view(s.tokens[t].deprel) == "case") return t;
    return -1;
  };
  // Per mention: 1 = a country joins it rightly, 2 = only across another preposition.
  join.assign(mentions->size(), 0);
  for (int k = 0; k < n; ++k) {
    int h = s.tokens[k].head;
    if (h < 0 || h >= n || mention_at[h] < 0 || mention_at[k] < 0 || mention_at[h] == mention_at[k]) continue;
    const ActorMention& agent = (*mentions)[mention_at[h]];
    const ActorMention& country = (*mentions)[mention_at[k]];
    if (agent.kind != ActorKind::kAgent || agent.code.compare(0, 3, "---") != 0) continue;
    if (country.kind == ActorKind::kPerson || country.kind == ActorKind::kMedia ||
        country.code.compare(0, 3, "---") == 0)
      continue;
    std::string_view rel = s.tokens[k].deprel;
    rel = rel.substr(0, rel.find(':'));
    if (rel != "nmod" && rel != "amod" && rel != "compound") continue;
    const int c = case_of(k);
    bool right = c < 0 || IsWordIn(s.tokens[c].form, {"of", "from", "in", "near", "outside", "around", "inside", "'s", "'"});
    int& j = join[mention_at[h]];
    j = right ? 1 : (j == 1 ? 1 : 2);
  }
  size_t w = 0;
  for (size_t m = 0; m < mentions->size(); ++m)
    if (join[m] != 2) {
      if (w != m) (*mentions)[w] = std::move((*mentions)[m]);
      ++w;
    }
  mentions->resize(w);
}

// Whether `owner` is written in the possessive right before `owned`
// ("Rwanda's Senate", "Rwanda's Paul Kagame").
bool NamedAsPossessorOf(const Sentence& s, const ActorMention& owner, const ActorMention& owned) {
  if (owner.end + 1 != owned.begin || owner.end >= static_cast<int>(s.tokens.size())) return false;
  const std::string_view poss = s.tokens[owner.end].form;
  return poss == "'s" || poss == "'";
}

// Mention i takes in mention i + 1, right after it: one actor over both
// spans, with both's dictionary entries.
void AbsorbNext(std::vector<ActorMention>* mentions, size_t i) {
  ActorMention& m = (*mentions)[i];
  const ActorMention& next = (*mentions)[i + 1];
  m.end = next.end;
  m.entries.append(next.entries);
  mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(i) + 1);
}

// "Seoul's Joint Chiefs of Staff", "Rwanda's Senate": an institution the
// dictionary codes as one country's organ ("Joint Chiefs of Staff" is
// USAMIL), owned by another country's name in the possessive, is that
// country's. The two become one actor: the owner's country, the organ's
// sectors.
void OwnInstitutionsByPossessor(const Sentence& s, std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    ActorMention& owner = (*mentions)[i];
    const ActorMention& org = (*mentions)[i + 1];
    if (owner.kind != ActorKind::kCountry && owner.kind != ActorKind::kCapital) continue;
    if (org.kind != ActorKind::kOrg || org.code.size() < 6 || owner.has_agent) continue;
    if (!NamedAsPossessorOf(s, owner, org)) continue;
    const std::string country = CountryOfCode(owner.code), org_country = CountryOfCode(org.code);
    if (country.empty() || org_country.empty() || country == org_country) continue;
    const std::string_view sector = std::string_view(org.code).substr(3, 3);
    if (sector != "GOV" && sector != "MIL" && sector != "LEG" && sector != "JUD" && sector != "COP" && sector != "SPY")
      continue;
    owner.code = country + org.code.substr(3);
    owner.kind = ActorKind::kOrg;
    owner.has_agent = true;
    AbsorbNext(mentions, i);
    (*mentions)[i].entries.push_back("institution owned by " + country + ": " + (*mentions)[i].code);
  }
}

// "Rwanda's Paul Kagame": a person named in the possessive of his own
// country is one actor, not the country beside him (which would pair
// Rwanda with its own president in "Tshisekedi and Rwanda's Paul Kagame
// signed").
void OwnPeopleByTheirCountry(const Sentence& s, std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    const ActorMention& owner = (*mentions)[i];
    ActorMention& person = (*mentions)[i + 1];
    if (owner.kind != ActorKind::kCountry || owner.has_agent || person.kind != ActorKind::kPerson) continue;
    if (!NamedAsPossessorOf(s, owner, person)) continue;
    const std::string country = CountryOfCode(owner.code);
    if (country.empty() || country != CountryOfCode(person.code)) continue;
    person.begin = owner.begin;
    person.entries.push_back("named with his country: " + owner.code);
    mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(i));
  }
}

// "President William Ruto's government", "Netanyahu's office": a person
// in government named in the possessive owns the government agent after
// him, which has no country of its own. (Only government agents of a
// person in government: "Navalny's team" is no state's.)
void OwnGovernmentByItsHead(const Sentence& s, std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    ActorMention& person = (*mentions)[i];
    const ActorMention& agent = (*mentions)[i + 1];
    if (person.kind != ActorKind::kPerson || agent.kind != ActorKind::kAgent || agent.code != "---GOV") continue;
    if (person.code.size() != 6 || person.code.compare(3, 3, "GOV") != 0) continue;
    if (!NamedAsPossessorOf(s, person, agent)) continue;
    AbsorbNext(mentions, i);
  }
}

// "Sudan's army-backed government": a country's role before a hyphenated
// backing participle only qualifies the noun after it, which the country
// owns (SDNGOV, not SDNMIL and a government of no one).
void OwnBackedRoleByPossessor(const Sentence& s, std::vector<ActorMention>* mentions) {
  const int n = static_cast<int>(s.tokens.size());
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    ActorMention& owned = (*mentions)[i];
    const ActorMention& noun = (*mentions)[i + 1];
    if (!owned.has_agent || owned.end + 2 != noun.begin || noun.end > n || noun.kind != ActorKind::kAgent ||
        noun.code.size() != 6 || noun.code.compare(0, 3, "---") != 0)
      continue;
    const std::string country = CountryOfCode(owned.code);
    if (country.empty() || s.tokens[owned.end].form != "-" ||
        !IsWordIn(s.tokens[owned.end + 1].form,
                  {"backed", "led", "aligned", "allied", "funded", "supported", "sponsored", "controlled"}))
      continue;
    bool possessive = false;
    for (int t = owned.begin; t < owned.end; ++t) possessive |= s.tokens[t].form == "'s" || s.tokens[t].form == "'";
    if (!possessive) continue;
    owned.code = country + noun.code.substr(3);
    owned.kind = ActorKind::kAgent;
    AbsorbNext(mentions, i);
  }
}

// "The opposition Somali Salvation Forum", "the rebel Congolese group": a
// role word right before a nationality adjective is that nation's role.
void JoinRolesBeforeNationalities(std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    ActorMention& role = (*mentions)[i];
    const ActorMention& nation = (*mentions)[i + 1];
    if (role.kind != ActorKind::kAgent || role.code.size() != 6 || role.code.compare(0, 3, "---") != 0) continue;
    if (nation.kind != ActorKind::kAdj || nation.code.size() != 3 || nation.begin != role.end) continue;
    role.code = nation.code + role.code.substr(3);
    AbsorbNext(mentions, i);
  }
}

// "attended the summit in person", "spoke in public", "flew by helicopter
// from Busan": a role word in such an adverbial phrase (a bare singular after
// "in" or "by", a means of travel) names no one.
void DropAdverbialRoles(const Sentence& s, std::vector<ActorMention>* mentions) {
  const int n = static_cast<int>(s.tokens.size());
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(),
                                 [&](const ActorMention& m) {
                                   if (!m.has_agent || m.begin <= 0 || m.begin >= n) return false;
                                   const std::string& before = s.tokens[m.begin - 1].form;
                                   const std::string& word = s.tokens[m.begin].form;
                                   if (m.kind == ActorKind::kAgent && m.end == m.begin + 1 && IsWordIn(before, {"in"}) &&
                                       IsWordIn(word, {"person", "public"}))
                                     return true;
                                   return IsWordIn(before, {"by"}) &&
                                          IsWordIn(word, {"helicopter", "plane", "aircraft", "jet", "boat", "ship",
                                                          "train", "car", "road", "air", "sea"});
                                 }),
                  mentions->end());
}

// "The coast guard vessel KV Svalbard", "the destroyer USS Gravely": a name
// right after a ship prefix is the ship's, no place or actor of its own.
void DropShipNames(const Sentence& s, std::vector<ActorMention>* mentions) {
  static constexpr std::string_view kShipPrefixes[] = {"USS", "HMS", "KV",  "BRP", "INS",  "HMAS", "HMCS",
                                                       "FGS", "RFS", "PNS", "ROKS", "JS", "CNS",  "HNLMS"};
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(),
                                 [&](const ActorMention& m) {
                                   if (m.begin <= 0 || m.begin > static_cast<int>(s.tokens.size())) return false;
                                   const std::string_view before = s.tokens[m.begin - 1].form;
                                   // (Two to five capitals, most tokens fail at once.)
                                   if (before.size() < 2 || before.size() > 5 || before[0] < 'A' || before[0] > 'Z' ||
                                       before[1] < 'A' || before[1] > 'Z')
                                     return false;
                                   for (std::string_view p : kShipPrefixes)
                                     if (before == p) return true;
                                   return false;
                                 }),
                  mentions->end());
}

}  // namespace

ActorFinder::ActorFinder(const Dictionaries& dicts)
    : dicts_(dicts), word_index_(dicts.actor_names, dicts.agent_names, dicts.discard_names) {
  actor_labels_.reserve(dicts.actors.size());
  for (const ActorEntry& e : dicts.actors) actor_labels_.push_back(EntryLabel(e));
  agent_labels_.reserve(dicts.agents.size());
  for (const ActorEntry& e : dicts.agents) agent_labels_.push_back(EntryLabel(e));
  for (size_t i = 0; i < dicts.actors.size(); ++i)
    for (const std::string& name : dicts.actors[i].open_names) {
      OpenName o;
      for (const std::string& w : FoldName(name)) o.words.push_back(dicts.actor_names.WordId(w));
      if (o.words.size() < 2 || std::find(o.words.begin(), o.words.end(), -1) != o.words.end()) continue;
      o.ids.push_back(static_cast<int>(i));
      open_names_.push_back(std::move(o));
    }
  // By first word, so that a sentence asks only for the names its words
  // start (an imported file can hold thousands).
  std::stable_sort(open_names_.begin(), open_names_.end(),
                   [](const OpenName& a, const OpenName& b) { return a.words.front() < b.words.front(); });
  if (!open_names_.empty()) {
    open_from_.assign(dicts.actor_names.word_count() + 1, 0);
    for (const OpenName& o : open_names_) ++open_from_[o.words.front() + 1];
    for (size_t id = 1; id < open_from_.size(); ++id) open_from_[id] += open_from_[id - 1];
  }
}

void ActorFinder::AddLabel(const ActorEntry& e, EntryList* entries) const {
  // Entries added to the dictionaries after the finder was made have no cached label.
  auto cached = [&](const std::vector<ActorEntry>& all, const std::vector<std::string>& labels) {
    size_t i = &e - all.data();
    return &e >= all.data() && i < all.size() && i < labels.size() ? &labels[i] : nullptr;
  };
  if (const std::string* l = cached(dicts_.actors, actor_labels_)) {
    entries->push_label(l);
  } else if (const std::string* l = cached(dicts_.agents, agent_labels_)) {
    entries->push_label(l);
  } else {
    entries->push_back(EntryLabel(e));
  }
}

// An aircraft's designation just before token `at`: "F-35", "MiG-31",
// "Su-30", "J-20", "B-2" (the tokenizer splits them at the hyphen).
static bool AircraftModelBefore(const std::vector<Token>& tokens, int at) {
  if (at < 3 || tokens[at - 2].form != "-") return false;
  const std::string& digits = tokens[at - 1].form;
  const std::string& letters = tokens[at - 3].form;
  if (digits.empty() || digits.size() > 3 || letters.empty() || letters.size() > 3) return false;
  for (char d : digits)
    if (d < '0' || d > '9') return false;
  return letters[0] >= 'A' && letters[0] <= 'Z';
}

bool IsMissionWord(std::string_view form) {
  return IsWordIn(form, {"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors", "envoy",
                         "envoys", "diplomat", "diplomats", "legation", "legations"});
}

std::string CountryOfCode(const std::string& code) {
  return IsCountryPrefix(code) ? std::string(code.data(), 3) : std::string();  // (a country prefix has 3 bytes)
}

std::vector<std::string> SectorsOfCode(const std::string& code) {
  std::vector<std::string> out;
  size_t first = IsCountryPrefix(code) || code.compare(0, 3, "---") == 0 ? 3 : 0;
  if (first < code.size()) out.reserve((code.size() - first) / 3);
  for (size_t i = first; i + 3 <= code.size(); i += 3) out.emplace_back(code.data() + i, 3);
  return out;
}

// "former officials", "a former US ambassador", "ex-minister": a role held
// before is an elite (CAMEO ELI), not the office: the country stays, the
// role's sectors give way. Persons keep their dated codes.
static void MarkFormerRoles(const Sentence& s, std::vector<ActorMention>* mentions) {
  for (ActorMention& m : *mentions) {
    if (!m.has_agent || m.kind == ActorKind::kPerson || m.code.size() < 6) continue;
    bool former = false;
    for (int i = m.begin - 1; i >= 0 && i >= m.begin - 2 && !former; --i) {
      // The word lower-cased (ASCII, as std::tolower in the "C" locale) is w.
      const std::string_view form = s.tokens[i].form;
      auto is = [&](std::string_view w) {
        if (form.size() != w.size()) return false;
        for (size_t k = 0; k < w.size(); ++k)
          if ((form[k] >= 'A' && form[k] <= 'Z' ? form[k] + 32 : form[k]) != w[k]) return false;
        return true;
      };
      if (is("former") || is("ex") || is("ex-")) former = true;
      else if (!is("-") && !is("a") && !is("the") && !is("an")) break;
    }
    if (!former) continue;
    std::string country = CountryOfCode(m.code);
    m.code = (country.empty() ? m.code.substr(0, 3) : country) + "ELI";
    m.entries.push_back("'former': an elite, not the office (ELI)");
  }
}

std::vector<ActorMention> ActorFinder::Find(const Sentence& s, const Date& date) const {
  // Reused across calls: after the first sentences, folding allocates nothing.
  thread_local FoldedWords folded;
  folded.clear();
  FoldWords(s.tokens, &folded);
  return Find(s, date, FoldedSpan{&folded, 0, static_cast<uint32_t>(folded.words.size())});
}

// "an air strike against an Islamic State target southwest of Baghdad", "a
// strict Islamic state in northeastern Nigeria", "military targets in
// Iran": a place named in a phrase whose noun an agent adjective describes
// (a faith, the military, civilians, an armed group) is that country's
// part so described: IRQMUS, NGAMUS, IRNMIL (PETRARCH joins the agents of
// a noun phrase to its actor the same way).
void ActorFinder::SectorOfPlaceByModifier(const Sentence& s, const Date& date,
                                          std::span<const std::pair<int, int>> adjective_agents,
                                          std::vector<ActorMention>* mentions) const {
  if (adjective_agents.empty() || !IsParsed(s)) return;
  // (Not the labels of a side's enemies, "terrorist camps in Pakistan",
  // which are that side's word.)
  static constexpr std::string_view kSectors[] = {"MUS", "SHI", "SUN", "CHR", "CTH", "ORT", "PRO", "JEW", "HIN",
                                                  "BUD", "SIK", "MIL", "CVL", "REB"};
  const int n = static_cast<int>(s.tokens.size());
  for (ActorMention& m : *mentions) {
    if (m.code.size() != 3 || m.code == "---" || m.has_agent ||
        !(m.kind == ActorKind::kCountry || m.kind == ActorKind::kCapital || m.kind == ActorKind::kCity))
      continue;
    // The name's head: its token whose head is outside it.
    int head = -1;
    for (int t = m.begin; t < m.end; ++t)
      if (s.tokens[t].head < m.begin || s.tokens[t].head >= m.end) head = t;
    if (head < 0 || !std::string_view(s.tokens[head].deprel).starts_with("nmod")) continue;
    const int noun = s.tokens[head].head;
    if (noun < 0 || noun >= n || std::string_view(s.tokens[noun].upos) != "NOUN") continue;
    // Things that are somewhere and someone's, not acts: "a military
    // operation in northern Syria" is no Syrian military.
    const std::string_view lemma = s.tokens[noun].lemma.empty() ? s.tokens[noun].form : s.tokens[noun].lemma;
    if (!IsWordIn(lemma, {"target", "site", "position", "base", "camp", "facility", "installation", "infrastructure",
                          "area", "village", "town", "city", "neighbourhood", "neighborhood", "district", "state",
                          "hideout", "stronghold", "compound", "building", "convoy", "unit", "outpost", "checkpoint",
                          "post", "depot", "airfield", "barracks", "headquarters", "school", "mosque", "church",
                          "temple", "shrine", "community", "settlement", "quarter"}))
      continue;
    // (Where it is or whose, not whom it is for: "military aid for Ukraine"
    // is no Ukrainian military.)
    bool where_or_whose = true;
    for (int t = m.begin - 1; t >= 0 && t >= m.begin - 3; --t)
      if (s.tokens[t].head == head && std::string_view(s.tokens[t].deprel) == "case")
        where_or_whose = IsWordIn(s.tokens[t].form, {"in", "of", "near", "at", "across", "inside", "outside", "around"});
    if (!where_or_whose) continue;
    for (const auto& [adjective, entry] : adjective_agents) {
      if (adjective >= noun || std::string_view(s.tokens[adjective].deprel) != "amod") continue;
      const int on = s.tokens[adjective].head;
      const bool describes = on == noun || (on >= 0 && on < n && s.tokens[on].head == noun &&
                                            std::string_view(s.tokens[on].deprel) == "compound");
      if (!describes) continue;
      const ActorEntry& g = dicts_.agents[entry];
      const DatedCode* c = g.CodeAt(date);
      const std::string& agent = c ? c->code : g.codes.front().code;
      if (agent.size() != 3 || std::find(std::begin(kSectors), std::end(kSectors), agent) == std::end(kSectors))
        continue;
      m.code += agent;
      m.has_agent = true;
      AddLabel(g, &m.entries);
      break;
    }
  }
}

void ActorFinder::FoldWords(const std::vector<Token>& tokens, FoldedWords* out) const {
  FoldSentenceWords(tokens, word_index_, out);
}

std::vector<ActorMention> ActorFinder::Find(const Sentence& s, const Date& date, const FoldedSpan& folded) const {
  std::vector<ActorMention> out;
  Find(s, date, folded, &out);
  return out;
}

void ActorFinder::Find(const Sentence& s, const Date& date, const FoldedSpan& folded,
                       std::vector<ActorMention>* found) const {
  // The sentence's words and the punctuation between them (FoldedWord).
  const std::span<const FoldedWord> words = folded.words();
  auto actor_id = [&words](size_t i) { return words[i].actor; };
  auto agent_id = [&words](size_t i) { return words[i].agent; };
  // Longest-match scan; actors win ties over agents.
  thread_local std::vector<RawMention> raw;
  raw.clear();
  // Adjectives that are agents, kept out of the mentions (a role word is a
  // noun), by token: (token, agent entry).
  thread_local std::vector<std::pair<int, int>> adjective_agents;
  adjective_agents.clear();
  for (size_t i = 0; i < words.size();) {
    const std::vector<int>* av = nullptr;
    const std::vector<int>* gv = nullptr;
    size_t alen = dicts_.actor_names.LongestMatch(actor_id, words.size(), i, &av);
    size_t glen = dicts_.agent_names.LongestMatch(agent_id, words.size(), i, &gv);
    // A name must cover whole tokens: "Kim Jong-un" ok, half a hyphenated word is not.
    auto whole = [&](size_t len) {
      return len > 0 && (i == 0 || words[i - 1].token != words[i].token) &&
             (i + len == words.size() || words[i + len].token != words[i + len - 1].token);
    };
    if (!whole(alen)) alen = 0;
    if (!whole(glen)) glen = 0;
    // A role word is a noun: "the official results" names no official. But
    // an adjective before a word for a group names its members: "the
    // militant group" is militants, "an Islamist faction" Islamists.
    if (glen) {
      const int last = words[i + glen - 1].token;
      const std::string_view upos = s.tokens[last].upos;  // (a view: compared without strlen)
      if (upos == "ADJ" && i + glen < words.size() && words[i + glen].token == last + 1 &&
          s.tokens[last].head == last + 1 &&
          IsWordIn(s.tokens[last + 1].form, {"group", "groups", "faction", "factions", "organization", "organisation",
                                              "movement", "outfit", "network", "militia", "cell", "cells"})) {
        ++glen;
      } else if (upos == "ADJ" || upos == "VERB" || upos == "ADV") {
        if (upos == "ADJ" && glen == 1) adjective_agents.emplace_back(last, gv->front());
        glen = 0;
      }
    }
    // "who" is not the WHO, nor "us" the US: a lower-case word matches a
    // name only if the dictionary writes one that way (a dictionary written
    // all in capitals, as TABARI's, cannot say, and is taken at its word).
    if (alen == 1) {
      const std::string& form = s.tokens[words[i].token].form;
      bool lower = !form.empty() && std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      // A short word in title case is read the same way ("Who else deserves
      // it?" names no WHO); a longer one may be an acronym so written
      // ("Nato"), and is left alone.
      const bool title_case = form.size() >= 2 && form.size() <= 3 && form[0] >= 'A' && form[0] <= 'Z' &&
                              std::all_of(form.begin() + 1, form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (title_case) {
        // Only an entry that writes this very word in capitals and never so.
        auto same = [&](const std::string& n) {
          return n.size() == form.size() && std::equal(n.begin(), n.end(), form.begin(), [](char a, char b) {
                   return (a | 0x20) == (b | 0x20);
                 });
        };
        const bool acronym = std::all_of(av->begin(), av->end(), [&](int v) {
          const ActorEntry& e = dicts_.actors[v];
          bool caps = false, other = false;
          for (const std::string& n : e.names) {
            if (!same(n)) continue;
            (std::none_of(n.begin(), n.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ? caps : other) = true;
          }
          return caps && !other;
        });
        if (acronym) alen = 0;
      }
      if (lower) {
        bool written_so = false;
        for (int v : *av) {
          const ActorEntry& e = dicts_.actors[v];
          bool mixed = std::any_of(e.names.begin(), e.names.end(), [](const std::string& n) {
            return std::any_of(n.begin(), n.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          });
          // An acronym: every way the entry writes this word is in capitals
          // ("WHO"), or has two or more ("LeT": "had let them" is no
          // Lashkar-e-Taiba).
          bool acronym_only = mixed && std::none_of(e.names.begin(), e.names.end(), [&](const std::string& n) {
                                return n.size() == form.size() &&
                                       std::equal(n.begin(), n.end(), form.begin(),
                                                  [](char a, char b) { return (a | 0x20) == b; }) &&
                                       std::any_of(n.begin(), n.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                                       std::count_if(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) < 2;
                              });
          written_so |= !acronym_only;
        }
        if (!written_so) alen = 0;
      }
      // A short word written in title case is no acronym of a dictionary in
      // capitals: "Kim Jong Un" holds no UN (news writes acronyms in capitals).
      if (alen && title_case && std::all_of(av->begin(), av->end(), [&](int v) { return dicts_.actors[v].imported; }))
        alen = 0;
    }
    // A person's one-word name that is the first name of a longer name no
    // entry knows is someone else: "Abbas Araqchi" is not Mahmoud Abbas.
    // (Dyad's own person entries only: an imported file says no kind.)
    if (alen == 1 && glen == 0 && i + 1 < words.size() && words[i + 1].token == words[i].token + 1 &&
        actor_id(i + 1) < 0 && IsParsed(s)) {
      const int t = words[i].token, next = t + 1;
      const Token& nt = s.tokens[next];
      const std::string_view rel = nt.deprel;
      const bool joined = (nt.head == t && (rel == "flat" || rel == "flat:name")) ||
                          (s.tokens[t].head == next && rel != "root" && std::string_view(s.tokens[t].deprel) == "compound");
      bool person = !av->empty();
      for (int v : *av) person &= dicts_.actors[v].kind == ActorKind::kPerson;
      if (person && joined && nt.upos == "PROPN" && !nt.form.empty() && nt.form[0] >= 'A' && nt.form[0] <= 'Z')
        alen = 0;
    }
    // A country's name inside the name of a sea is no actor: "the South
    // China Sea", "the Sea of Japan", "the Persian Gulf", "the Indian
    // Ocean" (dictionaries without those names, as Phoenix's).
    if (alen) {
      auto form_is = [&](int tok, std::initializer_list<std::string_view> ws) {
        if (tok < 0 || tok >= static_cast<int>(s.tokens.size())) return false;
        const std::string& f = s.tokens[tok].form;
        for (std::string_view w : ws)
          if (f == w) return true;
        return false;
      };
      const int first = words[i].token, last = words[i + alen - 1].token;
      if (form_is(last + 1, {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel"}) ||
          (form_is(first - 1, {"of"}) && form_is(first - 2, {"Sea", "Gulf", "Strait", "Straits", "Bay"})))
        alen = 0;
    }
    // A name that starts with "the" ("the West") yields to a longer name
    // right after its article: "the West Bank", "the West African bloc".
    if (alen >= 2 && glen < alen) {
      const std::string& form = s.tokens[words[i].token].form;
      if (form.size() == 3 && (form[0] | 0x20) == 't' && (form[1] | 0x20) == 'h' && (form[2] | 0x20) == 'e') {
        const std::vector<int>* next = nullptr;
        const size_t next_len = dicts_.actor_names.LongestMatch(actor_id, words.size(), i + 1, &next);
        if (next_len > 0 && i + 1 + next_len > i + alen) {
          ++i;
          continue;
        }
      }
    }
    // A place's or country's name as the family name of a person named by
    // the name before it is no actor: "Volker Turk", "George Washington"
    // (a first name the parser joined to it, matched by no entry).
    if (alen == 1 && glen == 0 && i > 0 && words[i - 1].token + 1 == words[i].token &&
        (raw.empty() || raw.back().wend <= static_cast<int>(i) - 1)) {
      const int t = words[i].token, p = t - 1;
      const Token& name = s.tokens[p];
      const std::string_view rel = s.tokens[t].deprel;
      // (Only a name the parser made one: "flat", not a compound or an
      // adjective, "Evil Mordor".)
      const bool joined = s.tokens[t].head == p && (rel == "flat" || rel == "flat:name");
      // (Not the sentence's first word, capitalized whatever it is: "Evil Mordor".)
      // (Nor a day or month: "On Wednesday Germany ... pledged", parsed as one name.)
      std::string lowered = name.form;
      for (char& c : lowered) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      const bool first_name = p > 0 && name.upos == "PROPN" && !name.form.empty() && name.form[0] >= 'A' &&
                              name.form[0] <= 'Z' &&
                              name.form.size() > 1 && name.form[1] >= 'a' && name.form[1] <= 'z' &&
                              !when::IsFullWeekdayName(lowered) && !when::IsFullMonthName(lowered);
      bool place = false;
      for (int v : *av) {
        const ActorKind kind = dicts_.actors[v].kind;
        place |= kind == ActorKind::kCountry || kind == ActorKind::kAdj || kind == ActorKind::kCapital ||
                 kind == ActorKind::kCity;
      }
      if (joined && first_name && place && actor_id(i - 1) < 0) alen = 0;
    }
    // Dated names whose codes are all out of force are not actors at this date.
    if (alen) {
      bool any = false;
      for (int v : *av) any |= dicts_.actors[v].CodeAt(date) != nullptr;
      if (!any) alen = 0;
    }
    if (alen == 0 && glen == 0) {
      ++i;
      continue;
    }
    // A name that is also a role word ("Senate": the US Congress in Phoenix,
    // and an agent) right after another state's name or adjective is that
    // state's: "Rwanda's Senate", "the French Parliament".
    if (alen && alen == glen && !raw.empty() && !raw.back().agent) {
      const RawMention& prev = raw.back();
      int gap = words[i].token - words[prev.wend - 1].token - 1;
      const bool possessive = gap == 1 && s.tokens[words[i].token - 1].xpos == "POS";
      if (gap == 0 || possessive) {
        const ActorEntry& state = dicts_.actors[prev.values->front()];
        const DatedCode* sc = state.CodeAt(date);
        const DatedCode* ac = dicts_.actors[av->front()].CodeAt(date);
        if (sc && ac && sc->code.size() >= 3 && ac->code.size() >= 3 &&
            (state.kind == ActorKind::kCountry || state.kind == ActorKind::kAdj) &&
            sc->code.compare(0, 3, ac->code, 0, 3) != 0)
          alen = 0;
      }
    }
    if (alen >= glen)
      raw.push_back({static_cast<int>(i), static_cast<int>(i + alen), false, av});
    else
      raw.push_back({static_cast<int>(i), static_cast<int>(i + glen), true, gv});
    i += std::max(alen, glen);
  }

  // TABARI's open names ("ITHILEN TELEVISION"): their words in order with
  // other words between them, all in one noun phrase headed by the last
  // ("Ithilen state-run television" = ITHTV), up to three words apart.
  // (Most words start none: one look at open_from_ each.)
  const int open_words = open_from_.empty() ? 0 : static_cast<int>(open_from_.size()) - 1;
  for (size_t i = 0; i < words.size() && open_words > 0; ++i) {
    const int id = words[i].actor;
    if (id < 0 || id >= open_words) continue;
    for (uint32_t o_at = open_from_[id]; o_at < open_from_[id + 1]; ++o_at) {
      const OpenName& o = open_names_[o_at];
      if (dicts_.actors[o.ids.front()].CodeAt(date) == nullptr) continue;
      size_t at = i, k = 1;
      for (size_t j = i + 1; j < words.size() && k < o.words.size() && j <= at + 4; ++j)
        if (words[j].actor == o.words[k]) {
          at = j;
          ++k;
        }
      if (k < o.words.size() || at == i + o.words.size() - 1) continue;  // not all there, or adjacent
      const int first = words[i].token, last = words[at].token;
      bool phrase = true;
      for (int t = first; t < last && phrase; ++t) {
        int up = t;
        for (int hops = 0; up != last && up >= first && up <= last && hops < 8; ++hops) up = s.tokens[up].head;
        phrase = up == last;
      }
      if (!phrase) continue;
      raw.erase(std::remove_if(raw.begin(), raw.end(),
                               [&](const RawMention& r) { return r.wend > static_cast<int>(i) && r.wbegin <= static_cast<int>(at); }),
                raw.end());
      RawMention open{static_cast<int>(i), static_cast<int>(at + 1), false, &o.ids};
      raw.insert(std::lower_bound(raw.begin(), raw.end(), open,
                                  [](const RawMention& a, const RawMention& b) { return a.wbegin < b.wbegin; }),
                 open);
      i = at;
      break;
    }
  }

  // Combine adjacent pieces into mentions.
  std::vector<ActorMention>& out = *found;
  out.clear();
  out.reserve(raw.size());
  auto token_of = [&](int w) { return words[w].token; };
  auto is_word = [&](int tok, std::string_view w) { return IsWordIn(s.tokens[tok].form, {w}); };
  // An agent whose code goes before the country's ("MSF [NGO~]" + "Arnor"
  // = NGOARN), waiting for the country right after it.
  std::string prefix_code;
  int prefix_begin = -1;
  EntryList prefix_entries;
  for (size_t r = 0; r < raw.size(); ++r) {
    // (Made in place: `out` has room for every piece.)
    ActorMention& m = out.emplace_back();
    m.begin = token_of(raw[r].wbegin);
    m.end = token_of(raw[r].wend - 1) + 1;
    if (raw[r].agent) {
      const ActorEntry& g = dicts_.agents[raw[r].values->front()];
      const DatedCode* c = g.CodeAt(date);
      if (g.agent_first && r + 1 < raw.size() && !raw[r + 1].agent && token_of(raw[r + 1].wbegin) == m.end) {
        const ActorEntry& a = dicts_.actors[raw[r + 1].values->front()];
        if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kAdj || a.kind == ActorKind::kCapital) {
          prefix_code = c ? c->code : g.codes.front().code;
          prefix_begin = m.begin;
          prefix_entries.clear();
          AddLabel(g, &prefix_entries);
          out.pop_back();
          continue;
        }
      }
      m.kind = ActorKind::kAgent;
      m.has_agent = true;
      AddLabel(g, &m.entries);
      std::string agent = c ? c->code : g.codes.front().code;
      // "Dutch F-35 fighters", "MiG-31 fighters": warplanes, not rebel fighters.
      if (IsWordIn(s.tokens[m.end - 1].form, {"fighter", "fighters"}) && AircraftModelBefore(s.tokens, m.begin)) {
        agent = "MIL";
        m.entries.push_back("an aircraft's designation before \"fighters\": warplanes (MIL)");
      }
      // Agent before a country: "troops from China", "police in Kabul", "the president of Iran".
      // Not when the agent already has an owner: "withdrew its troops from
      // Syria" names the place left, not Syria's troops.
      const bool owned = m.begin > 0 && (IsWordIn(s.tokens[m.begin - 1].form, {"its", "their", "his", "her", "our"}) ||
                                         std::string_view(s.tokens[m.begin - 1].form) == "'s" ||
                                         std::string_view(s.tokens[m.begin - 1].form) == "'");
      if (r + 1 < raw.size() && !raw[r + 1].agent && !owned) {
        int next = token_of(raw[r + 1].wbegin);
        int gap = next - m.end;
        // (A mission "in" a place is another state's: "embassies in Kinshasa",
        // "diplomats in Moscow"; "the embassy of France" is France's.)
        const bool foreign_mission = is_word(m.end, "in") && IsMissionWord(s.tokens[m.end - 1].form);
        // (Nor are "the rebels in Doha" Qatar's: the article's rebels, met
        // where they are; an armed group is not of the place it is in.)
        const bool group_somewhere =
            is_word(m.end, "in") && m.begin > 0 && is_word(m.begin - 1, "the") && IsArmedGroupSector(agent);
        if (gap >= 1 && gap <= 2 && !foreign_mission && !group_somewhere &&
            (is_word(m.end, "of") || is_word(m.end, "from") || is_word(m.end, "in")) &&
            (gap == 1 || is_word(m.end + 1, "the"))) {
          // "The commander of Sudan's paramilitary Rapid Support Forces": a
          // country's group named right after the country's "'s" (and an
          // adjective or two) is whose the agent is, not the country's.
          size_t of = r + 1;
          if (r + 2 < raw.size() && !raw[r + 2].agent) {
            const int after = token_of(raw[r + 1].wend - 1) + 1;
            const int group_at = token_of(raw[r + 2].wbegin);
            if (after < static_cast<int>(s.tokens.size()) && std::string_view(s.tokens[after].form) == "'s" && group_at > after &&
                group_at <= after + 3 && dicts_.actors[raw[r + 2].values->front()].kind == ActorKind::kGroup) {
              bool modifiers_only = true;
              for (int t = after + 1; t < group_at; ++t)
                modifiers_only &= std::string_view(s.tokens[t].upos) == "ADJ" || std::string_view(s.tokens[t].upos).empty();
              if (modifiers_only) of = r + 2;
            }
          }
          // "fighters of the Al-Qaeda-linked JNIM": a name that begins a
          // hyphenated modifier describes the name after it, whose the agent is.
          bool hyphen_modifier = false;
          if (of == r + 1) {
            const int after = token_of(raw[of].wend - 1) + 1;
            const int nt = static_cast<int>(s.tokens.size());
            if (after + 1 < nt && std::string_view(s.tokens[after].form) == "-" &&
                (std::string_view(s.tokens[after + 1].xpos) == "VBN" || s.tokens[after + 1].form.ends_with("ed"))) {
              hyphen_modifier = true;
              if (r + 2 < raw.size() && !raw[r + 2].agent && token_of(raw[r + 2].wbegin) == after + 2) {
                of = r + 2;
                hyphen_modifier = false;
              }
            }
          }
          const ActorEntry& a = dicts_.actors[raw[of].values->front()];
          const DatedCode* ac = a.CodeAt(date);
          if (ac && !hyphen_modifier && a.kind != ActorKind::kPerson && a.kind != ActorKind::kMedia) {
            std::string country = CountryOfCode(ac->code);
            if (a.kind == ActorKind::kGroup && a.agents_append) {
              // PETRARCH: the group's code and the agent's ("human rights
              // activists of Gonzo GMO" = GONGMOOPP), a sector not repeated.
              m.code = ac->code;
              for (size_t i = 0; i + 3 <= agent.size(); i += 3) {
                bool present = false;
                for (size_t j = 3; j + 3 <= m.code.size() && !present; j += 3)
                  present = m.code.compare(j, 3, agent, i, 3) == 0;
                if (!present) m.code.append(agent, i, 3);
              }
            } else if (a.kind == ActorKind::kGroup)
              m.code = ac->code;  // "leaders of Egypt's Muslim Brotherhood" are the group, not Egypt's government
            else
              m.code = (country.empty() ? ac->code : country) + agent;
            m.kind = a.kind;
            m.end = token_of(raw[of].wend - 1) + 1;
            AddLabel(a, &m.entries);
            r = of;
            continue;
          }
        }
      }
      m.code = "---" + agent;
      // An agent followed directly by a person ("President Joe Biden"): the person wins.
      if (r + 1 < raw.size() && !raw[r + 1].agent && token_of(raw[r + 1].wbegin) == m.end) {
        const ActorEntry& a = dicts_.actors[raw[r + 1].values->front()];
        if (a.kind == ActorKind::kPerson) {
          const DatedCode* ac = a.CodeAt(date);
          m.code = ac->code;
          m.kind = ActorKind::kPerson;
          m.end = token_of(raw[r + 1].wend - 1) + 1;
          AddLabel(a, &m.entries);
          ++r;
        }
      }
      continue;
    }
    // A name: pick the first entry whose code is in force, preferring one
    // whose dates name this day over an undated fallback ("President Bush"
    // in 2008 is George W. Bush in office, not his father's "[USAELI]").
    const ActorEntry* entry = nullptr;
    const DatedCode* code = nullptr;
    for (int v : *raw[r].values) {
      if (const DatedCode* c = dicts_.actors[v].CodeAt(date)) {
        bool dated = c->from.valid() || c->to.valid();
        if (!entry || (dated && !code->from.valid() && !code->to.valid())) {
          entry = &dicts_.actors[v];
          code = c;
        }
        if (dated) break;
      }
    }
    m.kind = entry->kind;
    m.seat_as_place = entry->seat_as_place;
    m.imported = entry->imported;
    m.code = code->code;
    AddLabel(*entry, &m.entries);
    // Country/adjective/capital followed by agents ("Chinese troops",
    // "China's foreign minister", "North Korean leader Kim Jong Un").
    size_t k = r + 1;
    int end_tok = m.end;
    if (k < raw.size() && m.kind != ActorKind::kPerson && m.kind != ActorKind::kMedia) {
      int next = token_of(raw[k].wbegin);
      // "China's foreign minister", also past adjectives: "Russia's new
      // foreign minister", "Dagolath's first deputy prime minister".
      int skip = 0;
      bool has_poss = end_tok < static_cast<int>(s.tokens.size()) && (std::string_view(s.tokens[end_tok].form) == "'s" || std::string_view(s.tokens[end_tok].form) == "'");
      // Coordinated adjectives too: "Ithilen's awful and evil minister";
      // and a noun naming the office's field: "China's commerce ministry".
      auto modifier = [&](int t) {
        const Token& tok = s.tokens[t];
        return std::string_view(tok.upos) == "ADJ" ||
               IsWordIn(tok.form, {"deputy", "vice", "acting", "interim", "chief", "top"}) ||
               (std::string_view(tok.upos) == "NOUN" && std::string_view(tok.deprel) == "compound" &&
                !tok.form.empty() && tok.form[0] >= 'a' && tok.form[0] <= 'z');
      };
      if (has_poss)
        while (end_tok + 1 + skip < next && skip < 5) {
          int t = end_tok + 1 + skip;
          bool joins_adjectives = skip > 0 && t + 1 < next && modifier(t + 1) &&
                                  (IsWordIn(s.tokens[t].form, {"and", "or"}) || std::string_view(s.tokens[t].form) == ",");
          if (!modifier(t) && !joins_adjectives) break;
          ++skip;
        }
      bool poss = has_poss && next == end_tok + 1 + skip;
      // "Israeli Strategic Affairs Minister Ron Dermer", "U.S. Homeland
      // Security Secretary": up to three capitalized words of a title
      // between the country and its capitalized role.
      // So does a model's designation before a weapon or craft: "Russian
      // MiG-31 jets", "Chinese J-10 fighters", "Iranian Shahed-136 drones".
      int titled_gap = 0;
      bool designated = false;  // the gap is a model's designation
      if (!has_poss && raw[k].agent && next > end_tok && next - end_tok <= 4 &&
          next < static_cast<int>(s.tokens.size())) {
        bool designation = false, titled = true;
        for (int t = end_tok; t < next; ++t) {
          const std::string_view f = s.tokens[t].form, u = s.tokens[t].upos;
          const bool digits = !f.empty() && std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
          designation |= digits;
          if (f == "-" || digits) continue;
          if (f.empty() || !std::isupper(static_cast<unsigned char>(f[0])) ||
              (u != "PROPN" && u != "ADJ" && u != "NOUN" && u != "X"))
            titled = false;
        }
        const bool role_capitalized = std::isupper(static_cast<unsigned char>(s.tokens[next].form[0]));
        if (titled && (designation || (role_capitalized && next - end_tok <= 3))) titled_gap = next - end_tok;
        designated = titled_gap > 0 && designation;
      }
      if (raw[k].agent && (next == end_tok || poss || titled_gap > 0)) {
        std::string agents;
        while (k < raw.size() && raw[k].agent &&
               token_of(raw[k].wbegin) <= end_tok + (poss ? 1 + skip : 0) + titled_gap) {
          const ActorEntry& g = dicts_.agents[raw[k].values->front()];
          const DatedCode* gc = g.CodeAt(date);
          std::string ac = gc ? gc->code : g.codes.front().code;
          // ("Chinese J-10 fighters" are jets, not rebel fighters.)
          if (designated && ac == "REB") ac = "MIL";
          if (g.agent_first && prefix_code.empty()) {
            prefix_code = ac;  // "Arnor's MSF": NGOARN all the same
            prefix_begin = m.begin;
          } else if (agents.find(ac) == std::string::npos) {
            agents += ac;
          }
          AddLabel(g, &m.entries);
          end_tok = token_of(raw[k].wend - 1) + 1;
          poss = false;
          ++k;
        }
        std::string country = CountryOfCode(m.code);
        // (An imported seat of government keeps its code, as PETRARCH does:
        // "West German [GMWGOV] world government [WGO] activists" =
        // GMWGOVWGO; "White House [USAGOV] officials" = USAGOV.)
        if (m.kind == ActorKind::kCountry || m.kind == ActorKind::kAdj ||
            (m.kind == ActorKind::kCapital && !m.seat_as_place) || m.kind == ActorKind::kCity) {
          m.code = (country.empty() ? m.code : country) + agents;
        } else {
          // A group's own sectors are not repeated ("QUIBBLER [HGWGOVMED]"
          // + "government newspaper" [GOVMED] stays HGWGOVMED).
          for (size_t i = 0; i + 3 <= agents.size(); i += 3) {
            std::string_view sector(agents.data() + i, 3);
            // ("The African Union Commission chairman" leads it: no business.)
            if (sector == "BUS" && (m.code.compare(0, 3, "IGO") == 0 || m.code.compare(0, 3, "NGO") == 0)) continue;
            bool present = false;
            for (size_t j = 3; j + 3 <= m.code.size() && !present; j += 3) present = m.code.compare(j, 3, sector) == 0;
            if (!present) m.code.append(sector);
          }
        }
        m.has_agent = true;
        m.end = end_tok;
        r = k - 1;
        // "... leader Kim Jong Un": a person right after the role wins.
        if (k < raw.size() && !raw[k].agent && token_of(raw[k].wbegin) == m.end) {
          const ActorEntry& a = dicts_.actors[raw[k].values->front()];
          if (a.kind == ActorKind::kPerson) {
            if (const DatedCode* pc = a.CodeAt(date)) {
              m.code = pc->code;
              m.kind = ActorKind::kPerson;
              m.end = token_of(raw[k].wend - 1) + 1;
              AddLabel(a, &m.entries);
              r = k;
            }
          } else if (const DatedCode* pc = a.CodeAt(date);
                     pc && raw[k].wend - raw[k].wbegin == 1 && std::string_view(s.tokens[m.end].upos) == "PROPN" &&
                     pc->code.size() == 3 && a.kind == ActorKind::kCountry &&
                     (pc->code == CountryOfCode(m.code) || has_poss)) {
            // "Bree Prime Minister Romendacil [BRE]": a TABARI file codes
            // a person with the bare country; after the role it is the
            // same actor. The role's owner names the office, also when the
            // name is coded with another country: "Ithilen's minister
            // Calimehtar [CAL]" is Ithilen's government (PETRARCH: ITHGOV).
            m.end = token_of(raw[k].wend - 1) + 1;
            AddLabel(a, &m.entries);
            r = k;
          }
        }
      } else if (!raw[k].agent && next == end_tok && m.kind == ActorKind::kAdj) {
        // "US President" was not an agent but "US Joe Biden"-like: adjective then person.
        const ActorEntry& a = dicts_.actors[raw[k].values->front()];
        if (a.kind == ActorKind::kPerson) {
          if (const DatedCode* pc = a.CodeAt(date)) {
            m.code = pc->code;
            m.kind = ActorKind::kPerson;
            m.end = token_of(raw[k].wend - 1) + 1;
            AddLabel(a, &m.entries);
            r = k;
          }
        }
      }
    }
    if (!prefix_code.empty()) {
      m.code = prefix_code + m.code;
      m.begin = std::min(m.begin, prefix_begin);
      m.entries.prepend(prefix_entries);
      prefix_code.clear();
      prefix_entries.clear();
    }
  }
  SectorOfPlaceByModifier(s, date, adjective_agents, &out);
  OwnInstitutionsByPossessor(s, &out);
  OwnPeopleByTheirCountry(s, &out);
  OwnGovernmentByItsHead(s, &out);
  OwnBackedRoleByPossessor(s, &out);
  JoinRolesBeforeNationalities(&out);
  DropShipNames(s, &out);
  DropAdverbialRoles(s, &out);
  DropAgentsJoinedAcross(s, &out);
  MarkFormerRoles(s, &out);
}

}  // namespace dyad

#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <sstream>

#include "code/intent.h"
#include "code/parse_tree.h"
#include "code/pattern_words.h"
#include "code/verb_forms.h"
#include "dict/fold.h"

namespace dyad {
namespace {

// (The small predicates below are inlined by force: CodeSentence is larger
// than GCC's inliner will grow, and they are called thousands of times per
// sentence.)

// A phrase's case markers begin with this preposition, as whole words: "in"
// matches "in" and "in front of", not "into".
// (Byte by byte: a preposition is a few letters, and a call to memcmp
// costs more than comparing them.)
[[gnu::always_inline]] inline bool CaseStartsWith(std::string_view markers, std::string_view prep) {
  if (markers.size() < prep.size() || (markers.size() > prep.size() && markers[prep.size()] != ' ')) return false;
  for (size_t i = 0; i < prep.size(); ++i)
    if (markers[i] != prep[i]) return false;
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool In(const std::vector<std::string>& v, std::string_view x) {
  // (Length and first letter first, as OneOf: most words are passed over
  // without a call to memcmp.)
  for (const std::string& s : v)
    if (s.size() == x.size() && (x.empty() || (s[0] == x[0] && std::string_view(s) == x))) return true;
  return false;
}

// A constant list of words, grouped by a key of their lengths and end
// letters: most words asked about match no word's key and are passed over
// with two loads, and a word that does is compared with the one or two
// words of its key only, not with the whole list.
template <size_t N>
class WordList {
 public:
  template <typename... Words>
  consteval WordList(Words... words) {
    const std::string_view all[N] = {std::string_view(words)...};
    // (A counting sort by key: the words of key k are words_[begin_[k] .. begin_[k + 1]).)
    for (std::string_view w : all) ++begin_[Key(w) + 1];
    for (size_t k = 1; k <= kKeys; ++k) begin_[k] += begin_[k - 1];
    uint16_t next[kKeys] = {};
    for (size_t k = 0; k < kKeys; ++k) next[k] = begin_[k];
    for (std::string_view w : all) words_[next[Key(w)]++] = w;
  }

  // (The key's range inline at the caller, the compare out of line.)
  [[gnu::always_inline]] inline bool Has(std::string_view x) const {
    const unsigned key = Key(x);
    return begin_[key] != begin_[key + 1] && Scan(x, begin_[key], begin_[key + 1]);
  }

 private:
  static constexpr size_t kKeys = 256;
  static_assert(N < 65536);
  [[gnu::always_inline]] static constexpr unsigned Key(std::string_view w) {
    if (w.empty()) return 0;
    return static_cast<unsigned>(w.size() * 37 + static_cast<unsigned char>(w[0]) * 7 +
                                 static_cast<unsigned char>(w.back())) & (kKeys - 1);
  }

  bool Scan(std::string_view x, size_t from, size_t to) const {
    // (Byte by byte: a word is a few letters, and a call to memcmp costs more.)
    for (size_t j = from; j < to; ++j) {
      const std::string_view w = words_[j];
      if (w.size() != x.size()) continue;
      size_t i = 0;
      while (i < x.size() && w[i] == x[i]) ++i;
      if (i >= x.size()) return true;
    }
    return false;
  }

  std::string_view words_[N] = {};
  uint16_t begin_[kKeys + 1] = {};
};
template <typename... Words>
WordList(Words...) -> WordList<sizeof...(Words)>;

// Participles of support: "the Iran-backed group" is not Iran.
constexpr WordList kBackingParticiples{"back", "sponsor", "support", "fund", "finance", "arm", "train", "ally", "align"};
// Particles of direction whose phrase is the verb's ("pulled out of Afghanistan").
constexpr WordList kDirectionParticles{"out", "away", "back", "off", "up", "down"};
// Verbs whose clausal complement did not happen ("refused to join", "denied sending").
constexpr WordList kNegatingHeads{"refuse", "decline", "deny", "fail", "reject", "avoid", "refrain", "abstain", "desist",
                                               "rule", "dismiss", "oppose", "resist", "cancel", "postpone",
                                               "stop", "halt", "abandon"};
// Verbs whose to-complement has not happened yet: intentions ("plans to
// visit", "threatened to impose") and appeals ("urged Russia to withdraw").
// The head verb's own pattern codes the intent or appeal.
// Verbs whose to-clause, even hung on their object, is the subject's own
// purpose: "summoned the ambassador to protest", "sent troops to protect".
constexpr WordList kSubjectPurposeVerbs{"summon", "send", "deploy", "dispatch", "use", "meet",
                                                     "visit", "call", "host", "receive", "convene", "hold"};
constexpr WordList kNotYetHeads{"threaten", "pledge", "plan", "hope", "intend", "promise", "vow",
                                             "want", "wish", "aim", "expect", "propose", "offer", "prepare",
                                             "ask", "urge", "call", "demand", "request", "invite", "encourage",
                                             "press", "push", "seek", "try", "attempt", "need", "consider",
                                             "threat", "proposal", "intention", "bid", "effort", "pressure",
                                             "permission", "approval", "authorization", "authorisation", "mandate",
                                             "license", "licence", "green", "appeal", "determined", "ready",
                                             "willing", "eager", "keen", "committed", "due", "slated",
                                             "poised", "process", "procedure", "mechanism",
                                             // (The same read as passives: "was determined to".)
                                             "determine", "commit", "slate", "poise"};
// Words of retaliation ("would retaliate", "vowed revenge"): a threat made
// with them answers an act against the threatening side.
constexpr WordList kRetaliationWords{"retaliate", "avenge", "revenge", "respond", "reciprocate", "retaliation",
                                     "reprisal", "vengeance", "response", "counterattack", "hit", "strike"};
// The manner of a promised response that makes it a threat ("would respond firmly").
constexpr WordList kForcefulManners{"firmly", "forcefully", "decisively", "harshly", "strongly", "resolutely",
                                    "militarily", "swiftly", "robustly", "severely", "appropriately", "accordingly"};
// Undertakings whose to-clause is their maker's aim ("launched a process to
// reimpose sanctions", "began a campaign to oust").
constexpr WordList kUndertakingNouns{"process", "procedure", "mechanism", "bid", "effort", "campaign", "drive"};
// Intention verbs: their to-complement is coded as the intent to do it
// (code::IntentCode) when the verb's own pattern coded a generic intent.
constexpr WordList kIntentHeads{"plan", "hope", "intend", "promise", "pledge", "vow", "want",
                                             "wish", "aim", "expect", "prepare", "offer", "propose",
                                             "consider", "seek", "threaten", "threat", "proposal", "intention",
                                             "determined", "ready", "willing", "eager", "keen", "committed",
                                             "determine", "commit"};
// Verbs that perform the event their object names ("launch an attack",
// "impose sanctions", "hold talks").
constexpr WordList kLightVerbs{
    "launch", "carry", "conduct", "stage", "hold", "impose", "make", "issue", "deliver", "provide", "send",
    "give", "offer", "sign", "mount", "begin", "start", "continue", "intensify", "step", "escalate", "announce",
    "order", "unleash", "wage", "perform", "stage", "extend", "grant", "pay", "resume", "open", "declare",
    "commit", "lead", "organize", "organise", "expand", "increase", "tighten", "slap", "level", "file", "lodge",
    "pledge", "promise", "host", "attend", "join", "have", "take", "do", "put", "set", "deploy", "fire"};
// Verbs that undo, stop, refuse or only ask for the event their object
// names ("lifted the sanctions", "called for sanctions"): it did not happen.
constexpr WordList kUndoingVerbs{
    "lift", "ease", "end", "cancel", "drop", "remove", "suspend", "halt", "stop", "withdraw", "reduce", "relax",
    "scrap", "revoke", "repeal", "abandon", "postpone", "delay", "call", "oppose", "reject", "deny", "avert",
    "prevent", "avoid", "resist", "block", "veto", "rule", "pause", "freeze", "withhold"};
// Verbs that react to an event ("condemned the attack"): the event is coded
// only with its own actors ("the attack by X on Y"), never the reactor's.
constexpr WordList kReactingVerbs{
    "condemn", "denounce", "criticize", "criticise", "investigate", "discuss", "fear", "survive", "escape",
    "mark", "commemorate", "remember", "mourn", "protest", "welcome", "praise", "blame"};
// Verbs that make a claim about what another did ("claimed that ISIL attacked").
constexpr WordList kClaimVerbs{"say", "claim", "allege", "insist", "assert", "charge", "state",
                                            "contend", "maintain", "announce", "report", "confirm", "add"};
// Verbs whose that-clause is asked for, not done ("urged that Iran free").
constexpr WordList kAskingHeads{"urge", "demand", "ask", "request", "insist", "propose", "recommend",
                                             "suggest", "call", "appeal", "plead", "press"};
// The evidence note of a role owned by a pronoun ("its troops").
constexpr const char* kOwnedBy = "owner: \"";
// Verbs that announce one's own plans ("said it would free", "announced it will").
constexpr WordList kAnnouncingVerbs{"say", "announce", "state", "declare", "confirm", "add", "tell"};
// Verbs of going on with an act ("would continue to strike"): the act is the clause's.
constexpr WordList kContinuingVerbs{"continue", "keep", "resume"};
// Verbs that judge or sanction someone for a reason ("jailed X for helping").
constexpr WordList kJudgingHeads{
    "jail", "sentence", "convict", "arrest", "detain", "punish", "fine", "imprison", "execute", "sanction",
    "condemn", "criticize", "criticise", "denounce", "praise", "thank", "commend", "reward", "expel", "ban",
    "prosecute", "try", "investigate"};
// Verbs whose complement is an allegation ("accused X of attacking Y").
constexpr WordList kAllegingHeads{"accuse", "blame", "charge", "suspect", "allege", "sue", "indict"};
// Nouns of what someone is charged with ("charges of aiding", "suspicion of spying").
constexpr WordList kChargeNouns{"charge", "accusation", "allegation", "suspicion", "count", "conviction"};
// Accidents and disasters: a passive "by" one of them names no agent.
constexpr WordList kMishapNouns{
    "crash",  "accident", "collision", "disaster", "earthquake", "quake",    "flood",     "flooding",
    "storm",  "cyclone",  "hurricane", "typhoon",  "tornado",    "fire",     "blaze",     "landslide",
    "mudslide", "avalanche", "stampede", "epidemic", "outbreak", "disease", "derailment", "sinking",
    "tsunami", "drought", "heatwave", "lightning", "malfunction", "capsizing"};

// Modal auxiliaries that make an action hypothetical.
// Nouns that count what their of-phrase names ("dozens of missiles").
// Nouns that name an armed attack whoever's dictionary is loaded: "killed
// in an air strike by government forces" has a maker.
constexpr WordList kAttackNouns{"attack",  "strike",  "airstrike", "raid",   "shelling", "bombing",
                                             "bombardment", "shellfire", "gunfire", "ambush", "assault",
                                             "offensive", "onslaught", "barrage", "crossfire"};
// Prepositions of airspace passed over, which names no owner ("near El Fasher" and
// "across Ukraine" do: a camp near a town is in its country).
constexpr WordList kPassingCases{"over", "above"};
// Where a thing is: "a canopy in Novi Sad", "a base near Kabul".
constexpr WordList kPlaceCases{"in", "at", "near", "outside", "inside", "across", "around"};
// Verbs of fighting that take two sides.
constexpr WordList kTwoSidedFightVerbs{"exchange", "clash", "fight", "battle", "skirmish", "trade"};
// People who rally for an actor: "supporters of the junta" protest as a crowd.
constexpr WordList kCrowdNouns{"supporter", "follower", "sympathizer", "sympathiser", "loyalist",
                                            "protester", "protestor", "demonstrator", "crowd", "hundred",
                                            "thousand", "dozen", "member", "activist"};
// Followers counted in a crowd ("thousands of his supporters"): people.
constexpr WordList kFollowerNouns{"supporter", "follower", "sympathizer", "sympathiser", "loyalist", "mourner",
                                  "worshipper", "resident", "citizen"};
// What two sides do together, named in reactions ("criticised the deal"),
// and what one side does to the other ("called the move unfair", after US
// tariffs on India: the other side of the latest dyad).
constexpr WordList kDyadNouns{"deal", "agreement", "pact", "accord", "treaty", "alliance",
                                           "partnership", "visit", "talk", "meeting", "summit", "rapprochement",
                                           "move", "decision", "step", "coup", "takeover", "interception",
                                           "incident", "closure", "shutdown"};
// Nouns of fighting whose sides "the two sides" are ("the escalation
// between the two sides"): the article's latest material conflict.
constexpr WordList kConflictNouns{"escalation", "fighting", "war", "conflict", "clash", "hostility",
                                               "violence", "battle", "confrontation", "bloodshed"};
// Agreements whose sides a reaction to "the deal" names: the article's
// latest cooperation.
constexpr WordList kAgreementNouns{"deal", "agreement", "pact", "accord", "treaty"};
// Adjectives that say what kind of force or office a role is, not whose: "an
// elite army unit", "senior officials" are still the article's country's.
constexpr WordList kNeutralRoleAdjectives{"elite",  "special", "senior", "top",     "armed",  "regular",
                                          "national", "high-ranking", "ruling", "interim", "acting", "new"};
// Weapons by CAMEO's kind of force (193, 194, 195).
constexpr WordList kSmallArms{"rifle", "gun", "gunfire", "machine-gun", "pistol", "grenade", "mortar"};
constexpr WordList kHeavyWeapons{"missile", "rocket", "artillery", "shell", "tank", "cannon", "howitzer", "warship"};
constexpr WordList kAirWeapons{"airstrike", "warplane", "jet", "bomber", "drone", "helicopter", "aircraft", "plane"};
// Documents that speak for whoever issued them ("a report released by X alleged").
constexpr std::string_view kDocumentWords[] = {"report", "statement", "study",  "document", "communique", "letter",
                                               "dossier", "memo",     "audit", "survey",   "paper"};
constexpr code::SmallWordSet kDocumentNouns(kDocumentWords);
// Elections, whose holder is the government of their country.
constexpr std::string_view kElectionWords[] = {"election", "vote", "poll", "referendum", "ballot"};
constexpr code::SmallWordSet kElectionNouns(kElectionWords);
// Texts a body adopts, which then speak for it.
constexpr WordList kAdoptedTexts{"resolution", "text", "motion", "declaration", "statement", "communique", "document"};
// Acts of mass violence a place names ("the El Fasher massacres").
constexpr WordList kAtrocityNouns{"massacre", "killing", "siege", "genocide", "atrocity", "slaughter"};
// People of a protest; what they destroy is a riot (145).
constexpr WordList kRioterNouns{"protester", "protestor", "demonstrator", "rioter", "mob", "crowd"};
// Numbers that, bare and plural, count people ("thousands protested").
constexpr WordList kCrowdNumbers{"dozen", "hundred", "thousand", "million", "score"};
// Nouns of a stop: "pauses in fighting", "an end to the war".
constexpr WordList kHaltNouns{"pause", "halt", "end", "cessation", "ceasefire", "truce", "lull", "suspension",
                              "stop", "moratorium", "cease-fire"};
// Verbs that name what their object is ("called it illegal", "branded them terrorists").
constexpr WordList kNamingVerbs{"call", "name", "label", "brand", "term", "describe", "deem", "consider", "dub"};
// What else a mediator brokers between two parties ("a UAE-mediated exchange").
constexpr WordList kMediatedNouns{"exchange", "swap", "ceasefire", "truce", "cease-fire", "release"};
// Parts of a city: "the streets of Kathmandu" is a place, not the government.
constexpr WordList kCityParts{"street", "outskirts", "outskirt", "centre", "center", "suburb",
                                           "district", "heart", "edge", "neighbourhood", "neighborhood", "road",
                                           "square", "airport", "part", "area"};
// Sanctions, named in reactions ("dismissed the measures as illegal").
constexpr WordList kSanctionNouns{"sanction", "measure", "tariff", "embargo", "ban", "restriction",
                                               "penalty", "countermeasure", "duty", "levy"};
// Shows of force (15x), named in reactions ("condemned the launch").
constexpr WordList kShowOfForceNouns{"launch", "test", "drill", "exercise", "test-fire", "firing", "flight"};
// Things a state has that strikes and sanctions aim at: "strikes on its
// nuclear sites" are on the state owning them.
constexpr WordList kOwnedTargetNouns{"site", "facility", "base", "territory", "soil", "city", "town", "village",
                                     "infrastructure", "plant", "port", "airport", "airfield", "border",
                                     "airspace", "waters", "embassy", "consulate", "capital", "region",
                                     "province", "positions", "position", "depot", "refinery", "oilfield"};
// The pronoun a possessive stands for ("its" -> "it"), "" for none other
// than its, their, his and her (lower case).
const char* PronounOfPossessive(std::string_view f) {
  return f == "its" ? "it" : f == "their" ? "they" : f == "his" ? "he" : f == "her" ? "she" : "";
}
// What someone says or does, named in a reaction to it by its owner:
// "condemned his remarks", "rejected their claims".
constexpr WordList kOwnedActNouns{"remark", "comment", "statement", "word", "claim", "accusation", "allegation",
                                  "threat", "action", "decision", "move", "behaviour", "behavior", "conduct",
                                  "rhetoric", "provocation", "policy"};
// World regions (data/dict/actors/states.txt): places, never the target of force.
constexpr WordList kRegionCodes{"AFR", "ARB", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB",
                                "EAF", "EEU", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS",
                                "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"};
// Verbs of telling, and the press told: "told reporters in Belgrade" names
// the statement's audience, not whom it is about or aimed at (so does one's
// own parliament told).
constexpr WordList kTellingVerbs{"tell", "brief", "inform", "address", "speak", "talk", "say"};
constexpr WordList kPressWords{"reporter", "reporters", "journalist", "journalists", "press", "newsmen",
                               "correspondents", "newspaper", "newspapers"};
// What states keep with a partner: an act on one of them with no partner
// named is on the partner of the act it is joined to.
constexpr WordList kRelationNouns{"tie", "relation", "treaty", "agreement", "accord", "pact", "border", "crossing",
                                  "embassy", "consulate", "airspace", "trade", "visa", "flight", "talk", "contact"};
// Verbs of speech and judgement: said of the one who speaks.
constexpr WordList kJudgementVerbs{"condemn", "denounce", "criticize", "criticise", "welcome", "praise", "urge",
                                   "demand", "accuse", "reject", "deny", "warn", "vow", "pledge", "thank", "call",
                                   "blame"};
// Words for a relation to another ("Mali's partners", "Russia's allies"):
// their possessor is the other side, not who they are.
constexpr WordList kCounterpartNouns{"partner", "ally", "neighbour", "neighbor", "friend",    "rival",
                                  "enemy",   "foe",  "critic",    "opponent", "supporter", "backer"};
// Places a country has ("the borders of Thailand ... meet").
constexpr WordList kPlaceNouns{"border", "frontier", "boundary", "coast", "coastline", "river", "territory"};
// Arrests, detentions and seizures (17x), named in reactions ("concern over
// the arrest", "called the seizure theft").
constexpr WordList kArrestNouns{"arrest",     "detention",  "jailing",   "imprisonment", "abduction",
                                "kidnapping", "expulsion",  "deportation", "sentencing", "conviction",
                                "sentence",   "verdict",    "seizure",   "confiscation"};
// Accusations and criticism (11x), named in answers ("rejected the accusation").
constexpr WordList kAccusationNouns{"accusation", "allegation", "charge", "claim", "criticism", "condemnation"};
// What an appeal or demand (02, 10) is named by later ("rejected the demand"),
// and an offer (03: "rejected the offer").
constexpr WordList kAskingNouns{"demand", "call", "appeal", "request", "ultimatum", "plea"};
constexpr WordList kOfferNouns{"offer", "proposal", "invitation", "overture", "initiative", "proposition"};
// The markers of a clause dated by its distance before the story ("years
// after crowds burned"), and the noun of "the first time": Coder's
// background rules, skipped in a sentence with neither.
constexpr std::string_view kAfterWords[] = {"after", "since"}, kTimeWords[] = {"time"};
constexpr code::SmallWordSet kAfterLemmas(kAfterWords);
constexpr code::SmallWordSet kTimeLemmas(kTimeWords);
// Adverbs of a habit or of the past ("which has repeatedly threatened").
constexpr WordList kHabitAdverbs{"repeatedly", "often", "frequently", "regularly", "routinely", "previously",
                                 "long", "habitually", "usually", "formerly", "once"};
// Meetings, and the prepositions that give what they are about.
constexpr WordList kMeetingNouns{"conference", "summit", "meeting", "talk", "session", "forum",
                                              "debate", "hearing", "discussion", "dialogue", "negotiation", "symposium"};
// The prepositions of a phrase naming a partner: "investment in the United
// States", "trade with China".
constexpr WordList kPartnerCases{"in", "with", "to", "into", "for"};
// Offices held by one person, referred to as "he" or "she".
constexpr WordList kOfficeHolders{"minister", "president", "premier", "chancellor", "leader", "spokesman",
                                  "spokeswoman", "spokesperson", "ambassador", "envoy", "king", "queen",
                                  "prince", "secretary", "governor", "mayor", "commander", "general",
                                  "chief"};
constexpr WordList kTopicCases{"on", "about", "over", "regarding", "concerning"};
// What an attack leaves, named as the act in reactions ("condemned the killings").
constexpr WordList kAttackResults{"killing", "massacre", "invasion", "incursion", "atrocity",
                                               "bloodshed", "violence", "aggression"};
// Head words of organisations' names that a definite noun refers back by
// ("the council", "the court").
constexpr WordList kBodyHeadWords{"council", "court", "commission", "assembly", "parliament", "tribunal",
                                  "committee", "mission", "bank", "fund", "union", "league", "board"};
constexpr WordList kQuantityNouns{"dozen", "hundred", "thousand", "million", "score", "number", "ten",
                                               "barrage", "salvo", "volley", "wave", "series", "string",
                                               "couple", "pair", "handful", "lot", "batch", "round", "swarm",
                                               "package", "raft", "slew", "tranche", "shipment", "consignment",
                                               "hour", "day"};  // "held three hours of talks"
constexpr WordList kHypotheticalAux{"may", "might", "could", "would", "should", "can", "must", "ought"};
// Verbs that report speech; with a media subject they give reported_by.
constexpr WordList kReportVerbs{"report", "say", "quote", "cite", "carry", "announce", "state",
                                             "publish", "broadcast", "claim", "write", "add"};

template <size_t N>
[[gnu::always_inline]] inline bool OneOf(const WordList<N>& list, std::string_view x) {
  return list.Has(x);
}

// (A set by hash: the word's hash made here.)
template <size_t N>
inline bool OneOf(const code::SmallWordSet<N>& set, std::string_view x) {
  return set.Contains(x, code::WordHash(x));
}

// The first N - 1 bytes at s are the literal's (s has that many): up to 16
// bytes as two loads that overlap, whose literal halves fold to constants.
// (GCC calls memcmp for a length other than 1, 2, 4 or 8: "026", "next:".)
template <typename Word>
[[gnu::always_inline]] inline Word LoadWord(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
template <size_t N>
[[gnu::always_inline]] inline bool SameLiteralBytes(const char* s, const char (&word)[N]) {
  constexpr size_t n = N - 1;
  auto same = [&]<typename Word>(Word) {
    return LoadWord<Word>(s) == LoadWord<Word>(word) &&
           LoadWord<Word>(s + n - sizeof(Word)) == LoadWord<Word>(word + n - sizeof(Word));
  };
  if constexpr (n == 0) return true;
  else if constexpr (n == 1) return s[0] == word[0];
  else if constexpr (n < 4) return same(uint16_t{});
  else if constexpr (n < 8) return same(uint32_t{});
  else if constexpr (n <= 16) return same(uint64_t{});
  else return __builtin_memcmp(s, word, n) == 0;
}

// s == word, for a literal word: a compare of known length, inlined.
template <size_t N>
[[gnu::always_inline]] inline bool Equals(std::string_view s, const char (&word)[N]) {
  return s.size() == N - 1 && SameLiteralBytes(s.data(), word);
}

// s starts with the literal prefix, as s.compare(0, N - 1, prefix) == 0:
// a compare of known length, inlined.
template <size_t N>
[[gnu::always_inline]] inline bool StartsWith(std::string_view s, const char (&prefix)[N]) {
  return s.size() >= N - 1 && SameLiteralBytes(s.data(), prefix);
}

using Tree = code::ParseTree;

// RootOf for anything but two leading digits: spaces, a sign, one digit.
[[gnu::noinline]] int RootOfSlow(std::string_view code) {
  const std::string_view two = code.substr(0, 2);
  size_t i = 0;
  while (i < two.size() && (two[i] == ' ' || (two[i] >= '\t' && two[i] <= '\r'))) ++i;
  const bool negative = i < two.size() && two[i] == '-';
  if (i < two.size() && (two[i] == '-' || two[i] == '+')) ++i;
  int root = 0;
  for (; i < two.size() && two[i] >= '0' && two[i] <= '9'; ++i) root = root * 10 + (two[i] - '0');
  return negative ? -root : root;
}

// The root of a CAMEO code: std::atoi of its first two characters ("190"
// -> 19, "---" -> 0), without a string made for atoi. (Inline for the usual
// two digits: the coder asks it dozens of times per sentence.)
[[gnu::always_inline]] inline int RootOf(std::string_view code) {
  if (code.size() >= 2) {
    const unsigned tens = static_cast<unsigned char>(code[0]) - '0', ones = static_cast<unsigned char>(code[1]) - '0';
    if (tens <= 9 && ones <= 9) return static_cast<int>(tens * 10 + ones);
  }
  return RootOfSlow(code);
}

// The if/unless clause of v ("will retaliate if attacked"), or -1.
int ConditionClause(const Tree& tree, int v) {
  int condition = -1;
  for (int k : tree.kids(v))
    if (code::BaseRel(tree.rel(k)) == "advcl")
      for (int m : tree.kids(k))
        if (tree.rel(m) == "mark" && (Equals(tree.lemma(m), "if") || Equals(tree.lemma(m), "unless"))) condition = k;
  return condition;
}

// What a quantity counts: the of-phrase of "dozens of missiles", "a batch
// of tanks"; -1 when k is no quantity or counts nothing.
int CountedNoun(const Tree& tree, int k) {
  if (!OneOf(kQuantityNouns, tree.lemma(k))) return -1;
  for (int c : tree.kids(k))
    if (code::BaseRel(tree.rel(c)) == "nmod" && Equals(tree.CaseOf(c), "of")) return c;
  return -1;
}

using code::BaseRel;
using code::Rel;

// Whether an object noun satisfies an obj= list: its own lemma, or a noun
// compounded with it ("fired artillery shells" matches obj=artillery).
// Days, months and parts of the day: the head of a date phrase ("on Friday").
// The lemma is lower case (ParseTree lower-cases lemmas).
// (One list, the full names of when::IsFullWeekdayName and IsFullMonthName
// among them, behind one filter: asked of every phrase a pattern may name.)
bool IsTimeWord(std::string_view lemma) {
  static constexpr WordList kTimeWords{"monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
                                       "sunday",  "january",  "february",  "march",    "april",    "may",
                                       "june",    "july",     "august",    "september", "october", "november",
                                       "december", "morning", "afternoon", "evening",  "night",    "day",
                                       "weekend", "week",     "month",     "year",     "occasion", "hour", "minute"};
  return OneOf(kTimeWords, lemma);
}

inline bool IsNounTag(std::string_view upos) { return upos == "NOUN" || upos == "PROPN"; }

// "not", "n't", "never": an adverb that denies the verb it modifies.
bool IsNegatingAdverb(std::string_view lemma) {
  return Equals(lemma, "not") || Equals(lemma, "n't") || Equals(lemma, "never");
}

// std::tolower in the "C" locale the program runs in, inline.
inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// a == b, byte by byte inline: for the short words of a sentence, a call
// to memcmp costs more than the compare.
[[gnu::always_inline]] inline bool SameChars(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// `form` lower-cased (ASCII) equals `word`.
[[gnu::always_inline]] inline bool EqualsLowerAscii(std::string_view form, std::string_view word) {
  if (form.size() != word.size()) return false;
  for (size_t i = 0; i < form.size(); ++i)
    if (LowerAscii(form[i]) != word[i]) return false;
  return true;
}

// "golden_goblin_galleon" at object head k: the words of the value before
// its last one are the words right before k, in order (read from the end,
// without splitting the value into a new vector).
bool WordsBeforeMatch(const Tree& tree, int k, std::string_view value) {
  size_t cut = value.rfind('_');
  bool ok = true;
  for (int t = k - 1; ok && cut != std::string::npos; --t) {
    size_t before = cut == 0 ? std::string::npos : value.rfind('_', cut - 1);
    size_t from = before == std::string::npos ? 0 : before + 1;
    std::string_view word = value.substr(from, cut - from);
    ok = t >= 0 && (word == tree.lemma(t) || EqualsLowerAscii(tree.tok(t).form, word));
    cut = before;
  }
  return ok;
}

// Whether the word at k lower-cased differs from its lemma ("sanctions" /
// sanction): patterns may name the word as written. *lowered is the word
// lower-cased: a view of the token's own form when it has no capital (most
// words), else of *buf, which holds it lowered.
bool InflectedForm(const Tree& tree, int k, std::string* buf, std::string_view* lowered) {
  const std::string_view form = tree.form(k);
  if (!code::HasAsciiCapital(form)) {
    *lowered = form;
  } else {
    // (Lowered as copied, into the buffer's room: its callers pass a
    // per-thread one, and an assign then a pass cost twice.)
    buf->resize(form.size());
    char* to = buf->data();
    for (size_t i = 0; i < form.size(); ++i) to[i] = LowerAscii(form[i]);
    *lowered = *buf;
  }
  return !SameChars(*lowered, tree.lemma(k));
}

// The word at k lower-cased (ASCII), as a view of a per-thread buffer that
// the next call reuses.
std::string_view LowerForm(const Tree& tree, int k) {
  thread_local std::string lowered;
  const std::string_view form = tree.form(k);
  lowered.resize(form.size());
  for (size_t i = 0; i < form.size(); ++i) lowered[i] = LowerAscii(form[i]);
  return lowered;
}

// `list` is the id of the pattern's obj= list in `words`. The object's lemma
// or its word as written; with `any_word` (PETRARCH reads a pattern's words
// in order after the verb: "- * DIPLOMATIC" matches "renewed diplomatic
// ties") also a modifier before the object.
// The thing a part of it names: "the first phase of the agreement" is
// signed as the agreement; -1 when k names no part.
int WholeOfPart(const Tree& tree, int k) {
  static constexpr WordList kPartNouns{"phase", "stage", "part", "text", "draft", "terms", "section", "chapter"};
  if (!OneOf(kPartNouns, tree.lemma(k))) return -1;
  for (int c : tree.kids(k))
    if (code::BaseRel(tree.rel(c)) == "nmod" && Equals(tree.CaseOf(c), "of")) return c;
  return -1;
}

bool ObjectMatches(const Tree& tree, int k, const code::PatternWords& words, int list, bool any_word = false) {
  std::string_view lemma = tree.lemma(k);
  const uint64_t hash = tree.lemma_hash(k);
  if (words.Contains(list, lemma, hash)) return true;
  thread_local std::string buf;
  std::string_view form;
  const bool inflected = InflectedForm(tree, k, &buf, &form);
  const uint64_t form_hash = inflected ? code::WordHash(form) : hash;
  if (inflected && words.Contains(list, form, form_hash)) return true;
  if (any_word)
    for (int c : tree.kids(k)) {
      Rel r = tree.rel(c);
      if (c >= k || !(r == "amod" || r == "compound")) continue;
      if (words.Contains(list, tree.lemma(c), tree.lemma_hash(c))) return true;
      thread_local std::string mod_buf;
      std::string_view mod;
      if (InflectedForm(tree, c, &mod_buf, &mod) && words.Contains(list, mod, code::WordHash(mod))) return true;
    }
  auto before_match = [&](int, std::string_view value) { return WordsBeforeMatch(tree, k, value); };
  if (words.AnyEndingIn(list, lemma, hash, before_match)) return true;
  if (inflected && words.AnyEndingIn(list, form, form_hash, before_match)) return true;
  for (int c : tree.kids(k))
    if (tree.rel(c) == "compound" && Equals(tree.upos(c), "NOUN") &&
        words.Contains(list, tree.lemma(c), tree.lemma_hash(c)))
      return true;
  // A quantity is what it counts: "received a new batch of tanks".
  const int counted = CountedNoun(tree, k);
  if (counted >= 0) return ObjectMatches(tree, counted, words, list, any_word);
  const int whole = WholeOfPart(tree, k);
  return whole >= 0 && ObjectMatches(tree, whole, words, list, any_word);
}

// Whether the word at k, as written and inflected, is a value of the list
// ("lifted the sanctions": PETRARCH's "- * SANCTIONS").
bool ObjectAsWritten(const Tree& tree, int k, const code::PatternWords& words, int list) {
  thread_local std::string buf;
  std::string_view form;
  return InflectedForm(tree, k, &buf, &form) && words.Contains(list, form, code::WordHash(form));
}

// PETRARCH reads a pattern's words as a sequence anywhere after the verb in
// its phrase: "- * REALLY_PLEASANT" matches "allowed that Mordor isn't a
// really pleasant place". Appends (i, list) for every glued obj= value
// ("really_pleasant") that stands, word for word, from token i on, for each
// i in [begin, end): found once per sentence for every verb and list (from
// the verbs asked on). Single words are left to the object (anywhere, they
// match far too much).
void AddGluedValues(const Tree& tree, const code::PatternWords& words, int begin, int end,
                    std::vector<std::pair<int, int>>* out) {
  const int n = tree.size();
  auto word_is = [&](int t, std::string_view w) { return tree.lemma(t) == w || EqualsLowerAscii(tree.form(t), w); };
  for (int i = begin; i < end; ++i) {
    auto rest_matches = [&](int list, std::string_view all) {
      // The rest of the words, one token each, without splitting the value.
      bool ok = true;
      int t = i + 1;
      for (size_t pos = all.find('_') + 1; ok && pos < all.size(); ++t) {
        size_t cut = all.find('_', pos);
        if (cut == std::string_view::npos) cut = all.size();
        ok = t < n && word_is(t, all.substr(pos, cut - pos));
        pos = cut + 1;
      }
      if (ok) out->emplace_back(i, list);
    };
    // The first word is the lemma or the form lower-cased (made only when it
    // is another word than the lemma, and a value may start with it: most
    // forms are their lemma, and start none).
    words.ForEachStartingWith(tree.lemma(i), tree.lemma_hash(i), rest_matches);
    if (words.MayStartLowered(tree.form(i)) && !EqualsLowerAscii(tree.form(i), tree.lemma(i))) {
      thread_local std::string lowered;
      lowered.assign(tree.form(i));
      for (char& c : lowered) c = LowerAscii(c);
      words.ForEachStartingWith(lowered, code::WordHash(lowered), rest_matches);
    }
  }
}

// The obj= lists of `glued` (AddGluedValues) whose value stands after `v`
// inside v's subtree, sorted, into *out.
void GluedListsAfter(const Tree& tree, int v, const std::vector<std::pair<int, int>>& glued, std::vector<int>* out) {
  const int n = tree.size();
  auto inside = [&](int t) {
    for (int up = t, steps = 0; up >= 0 && steps <= n; up = tree.head(up), ++steps)
      if (up == v) return true;
    return false;
  };
  out->clear();
  for (const auto& [i, list] : glued)
    if (i > v && inside(i)) out->push_back(list);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

// Appends the id of every obj= list for which ObjectMatches(tree, k, words,
// id) holds (unsorted, maybe twice): the answer for all patterns at once.
// With `any_word`, also the lists a modifier before k satisfies (imported
// patterns: ObjectMatches).
void AddObjectLists(const Tree& tree, int k, const code::PatternWords& words, std::vector<int>* out,
                    bool any_word = false) {
  auto add = [out](std::span<const int> lists) { out->insert(out->end(), lists.begin(), lists.end()); };
  add(words.ObjListsWith(tree.lemma(k), tree.lemma_hash(k)));
  auto ending = [&](int list, std::string_view value) {
    if (WordsBeforeMatch(tree, k, value)) out->push_back(list);
    return false;
  };
  words.AnyEndingIn(-1, tree.lemma(k), tree.lemma_hash(k), ending);
  thread_local std::string buf;
  std::string_view form;
  if (InflectedForm(tree, k, &buf, &form)) {
    const uint64_t form_hash = code::WordHash(form);
    add(words.ObjListsWith(form, form_hash));
    words.AnyEndingIn(-1, form, form_hash, ending);
  }
  for (int c : tree.kids(k)) {
    Rel r = tree.rel(c);
    if (r == "compound" && Equals(tree.upos(c), "NOUN")) add(words.ObjListsWith(tree.lemma(c), tree.lemma_hash(c)));
    else if (any_word && c < k && (r == "amod" || r == "compound")) add(words.ObjListsWith(tree.lemma(c), tree.lemma_hash(c)));
    if (any_word && c < k && (r == "amod" || r == "compound")) {
      thread_local std::string mod_buf;
      std::string_view mod;
      if (InflectedForm(tree, c, &mod_buf, &mod)) add(words.ObjListsWith(mod, code::WordHash(mod)));
    }
  }
  // A quantity is what it counts: "received a new batch of tanks".
  if (const int counted = CountedNoun(tree, k); counted >= 0) AddObjectLists(tree, counted, words, out, any_word);
  else if (const int whole = WholeOfPart(tree, k); whole >= 0) AddObjectLists(tree, whole, words, out, any_word);
}

// The dependents of a verb that a target slot can name: found once per
// verb, asked for every pattern (imported ones list a dozen slots).
struct SlotCandidates {
  struct Phrase {
    int token;
    bool any_slot;             // an nmod of the object: for a slot of any length
    std::string_view markers;  // its case markers (ParseTree::CaseOf)
  };
  std::vector<int> objects;  // obj or nsubj:pass
  std::vector<int> iobjs;
  std::vector<Phrase> phrases;
  uint32_t initials = 0;  // the first letters of the phrases' markers, as bits of (letter & 31)

  Phrase PhraseAt(const Tree& tree, int k, bool any_slot) {
    const std::string_view markers = tree.CaseOf(k);
    if (!markers.empty()) initials |= uint32_t{1} << (markers[0] & 31);
    return {k, any_slot, markers};
  }

  void Find(const Tree& tree, int v) {
    objects.clear();
    iobjs.clear();
    phrases.clear();
    initials = 0;
    for (int k : tree.kids(v)) {
      Rel r = tree.rel(k);
      if (r == "iobj") iobjs.push_back(k);
      if (BaseRel(r) == "obl" || BaseRel(r) == "nmod") phrases.push_back(PhraseAt(tree, k, false));
      if (r == "obj" || r == "nsubj:pass") {
        objects.push_back(k);
        for (int kk : tree.kids(k)) {
          if (BaseRel(tree.rel(kk)) == "nmod") phrases.push_back(PhraseAt(tree, kk, true));
          // (And those of the object's conjuncts: "launched 598 drones and
          // 31 missiles at the country", the phrase on the last one.)
          if (tree.rel(kk) == "conj")
            for (int kc : tree.kids(kk))
              if (BaseRel(tree.rel(kc)) == "nmod") phrases.push_back(PhraseAt(tree, kc, true));
        }
      }
    }
  }
};

// Nouns of a reason for an act, not its target ("in retaliation for").
constexpr WordList kReasonNouns{"retaliation", "response", "reprisal", "revenge"};

// How well a target slot of pattern p is filled: 2 when it names an actor
// ("fired rockets into southern Israel"), 1 when only its phrase is there
// ("held drills near the border"), 0 when none is. `c`: the verb's
// candidates (SlotCandidates::Find).
// `holds_actor[k]`: the phrase headed by k holds an actor within a few levels.
int TargetSlotFill(const Tree& tree, const SlotCandidates& c, const VerbPattern& p, const code::PatternWords& words,
                   int pid, const std::vector<char>& holds_actor) {
  const int obj_list = words.ListId(pid, code::PatternWords::kObj);
  static const std::vector<std::string> kObjectSlot = {"obj"};
  const std::vector<std::string>& slots = p.tgt.empty() ? kObjectSlot : p.tgt;
  int fill = 0;
  auto found = [&](int k) {
    // ("imposed export controls ... in retaliation for US tariffs": a
    // phrase of reason fills no target slot, whatever it holds.)
    if (OneOf(kReasonNouns, tree.lemma(k))) return;
    if (holds_actor[k]) {
      fill = 2;
    } else if (fill == 0 && !IsTimeWord(tree.lemma(k))) {  // "fired two missiles on Friday": no target phrase
      fill = 1;
    }
  };
  for (std::string_view slot : slots) {
    if (Equals(slot, "obj"))
      for (int k : c.objects)
        if (!(!p.obj.empty() && ObjectMatches(tree, k, words, obj_list, p.foreign))) found(k);
    if (Equals(slot, "iobj"))
      for (int k : c.iobjs) found(k);
    // (No phrase's markers begin with the slot's letter: none is the slot's.)
    if (slot.empty() || ((c.initials >> (slot[0] & 31)) & 1))
      for (const SlotCandidates::Phrase& ph : c.phrases)
        if ((ph.any_slot || slot.size() > 1) && CaseStartsWith(ph.markers, slot)) found(ph.token);
    if (fill == 2) return fill;
  }
  return fill;
}

// A 1024-bit filter of a sentence's words by length and end letters: most
// alternatives of a words= constraint ("expand|boost|increase|...") are in
// no sentence, and the filter says so without a scan of its tokens.
class WordFilter {
 public:
  void Add(std::string_view w) {
    if (!w.empty()) bits_[Key(w) >> 6] |= uint64_t{1} << (Key(w) & 63);
  }
  // Adds `form` lower-cased (ASCII), without lowering it: the key reads only
  // its length and end letters.
  void AddLowered(std::string_view form) {
    if (form.empty()) return;
    const unsigned key = KeyOf(form.size(), static_cast<unsigned char>(LowerAscii(form[0])),
                               static_cast<unsigned char>(LowerAscii(form.back())));
    bits_[key >> 6] |= uint64_t{1} << (key & 63);
  }
  // False only when no word added equals w.
  bool MayHave(std::string_view w) const { return w.empty() || ((bits_[Key(w) >> 6] >> (Key(w) & 63)) & 1); }

 private:
  static unsigned Key(std::string_view w) {
    return KeyOf(w.size(), static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w.back()));
  }
  static unsigned KeyOf(size_t size, unsigned char first, unsigned char last) {
    return static_cast<unsigned>(size * 131 + first * 31 + last) & 1023;
  }
  uint64_t bits_[16] = {};
};

// A short list of ints, inline up to kInline and on the heap past that:
// what resolve and slot_tokens answer (an argument's actors, a slot's
// phrases: one or two most often) costs no allocation.
class SmallInts {
 public:
  // (The inline case inlined by force, the heap's out of line.)
  [[gnu::always_inline]] void push_back(int x) {
    if (!on_heap_ && size_ < kInline) {
      inline_[size_++] = x;
      return;
    }
    PushToHeap(x);
  }
  int* begin() { return on_heap_ ? heap_.data() : inline_; }
  int* end() { return begin() + size_; }
  const int* begin() const { return on_heap_ ? heap_.data() : inline_; }
  const int* end() const { return begin() + size_; }
  int operator[](size_t i) const { return begin()[i]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Keeps the first n (n <= size()).
  void resize(size_t n) {
    size_ = n;
    if (on_heap_) heap_.resize(n);
  }

 private:
  void PushToHeap(int x) {
    if (!on_heap_) {
      heap_.assign(inline_, inline_ + size_);
      on_heap_ = true;
    }
    heap_.push_back(x);
    ++size_;
  }

  static constexpr size_t kInline = 8;
  int inline_[kInline] = {};
  size_t size_ = 0;
  bool on_heap_ = false;
  std::vector<int> heap_;
};

// The (source, target, code) triples already coded in a sentence: a few,
// searched in order; their characters kept in one buffer, per-thread
// scratch, so that an insert allocates nothing (a std::set allocated a node
// and strings for each).
class CodedTriples {
 public:
  void Clear() {
    chars_.clear();
    triples_.clear();
  }
  // Adds (source, target, code); false when it is there already.
  bool Insert(std::string_view source, std::string_view target, std::string_view code) {
    for (const Triple& t : triples_)
      if (View(t.source) == source && View(t.target) == target && View(t.code) == code) return false;
    triples_.push_back({Add(source), Add(target), Add(code)});
    return true;
  }

 private:
  struct Span {
    size_t begin, size;
  };
  struct Triple {
    Span source, target, code;
  };
  Span Add(std::string_view s) {
    const Span span{chars_.size(), s.size()};
    chars_.append(s);
    return span;
  }
  std::string_view View(Span span) const { return std::string_view(chars_).substr(span.begin, span.size); }

  std::string chars_;
  std::vector<Triple> triples_;
};

// The kinds of dependent a pattern needs its verb to have (Coder::LemmaPatterns):
// without one, its prt=, pp= or xcomp= constraint cannot hold.
constexpr uint8_t kNeedsParticle = 1, kNeedsPhrase = 2, kNeedsClause = 4;

// Whether slot_tokens reads the slot as a preposition, among the verb's
// phrases: a slot named with a word but none of its own names.
bool IsPrepositionSlot(std::string_view slot) {
  return !slot.empty() && slot != "subj" && slot != "obj" && slot != "iobj" && slot != "xobj" && slot != "xsubj" &&
         slot != "poss" && slot != "amod" && !slot.starts_with("next:");
}

uint8_t NeedsOf(const VerbPattern& p) {
  return (p.prt.empty() ? 0 : kNeedsParticle) | (p.pp.empty() ? 0 : kNeedsPhrase) |
         (p.xcomp.empty() ? 0 : kNeedsClause);
}

// The kinds of dependent verb v has, as kNeeds* bits: what CodeSentence's
// prt=, pp= and xcomp= checks look at, loosely (a bit may be set where the
// check then fails, never cleared where it would hold).
uint8_t DependentKinds(const Tree& tree, int v) {
  uint8_t has = 0;
  for (int k : tree.kids(v)) {
    const Rel r = tree.rel(k), base = BaseRel(r);
    if (r == "compound:prt" || (k > v && r == "advmod")) has |= kNeedsParticle;
    if (base == "obl" || base == "nmod") has |= kNeedsPhrase;
    if (r == "xcomp" || r == "ccomp" || base == "advcl") has |= kNeedsClause;
    if (base == "advcl" && tree.Child(k, "mark") >= 0) has |= kNeedsPhrase;  // (a gerund's: "of bombing")
    if (r == "obj" || r == "nsubj:pass")
      for (int kk : tree.kids(k)) {
        const Rel b = BaseRel(tree.rel(kk));
        if (b == "obl" || b == "nmod") has |= kNeedsPhrase;
        if (r == "obj" && tree.rel(kk) == "acl") has |= kNeedsClause;  // (a to-clause on the object)
      }
  }
  if (v + 1 < tree.size() && tree.rel(v + 1) == "case") has |= kNeedsParticle;
  return has;
}

// The events of the sentence in hand: the tail of the caller's lists of
// events and of their verbs, from `first`.
struct SentenceEvents {
  std::vector<Event>* events;
  std::vector<int>* verbs;
  size_t first;
  bool empty() const { return events->size() == first; }
  // Whether pred(event, verb) holds for one of them.
  template <typename Pred>
  bool Any(Pred pred) const {
    for (size_t i = first; i < events->size(); ++i)
      if (pred(static_cast<const Event&>((*events)[i]), (*verbs)[i])) return true;
    return false;
  }
  // Erases those for which pred(event, verb) holds, moving the others as
  // std::remove_if does (a predicate may look at the other events).
  template <typename Pred>
  void EraseIf(Pred pred) {
    std::vector<Event>& ev = *events;
    std::vector<int>& vb = *verbs;
    size_t i = first;
    const size_t end = ev.size();
    while (i < end && !pred(static_cast<const Event&>(ev[i]), vb[i])) ++i;
    if (i == end) return;
    size_t result = i;
    for (++i; i < end; ++i)
      if (!pred(static_cast<const Event&>(ev[i]), vb[i])) {
        ev[result] = std::move(ev[i]);
        vb[result] = vb[i];
        ++result;
      }
    ev.erase(ev.begin() + static_cast<std::ptrdiff_t>(result), ev.end());
    vb.resize(result);
  }
};

// Writes to a stream when there is one (dyad explain), else nothing.
struct Trace {
  std::ostringstream* os;
  template <typename T>
  Trace& operator<<(const T& x) {
    if (os) *os << x;
    return *this;
  }
};

std::string SpanText(const Sentence& s, int b, int e) {
  if (b < 0 || e <= b || e > static_cast<int>(s.tokens.size())) return "";
  uint32_t from = s.tokens[b].begin, to = s.tokens[e - 1].end;
  if (from < s.begin || to < from || to - s.begin > s.text.size()) {
    std::string out;
    for (int i = b; i < e; ++i) {
      if (i > b) out += ' ';
      out += s.tokens[i].form;
    }
    return out;
  }
  return s.text.substr(from - s.begin, to - from);
}

// The object or on-phrase of v that a reaction is about ("condemned the
// attack", "commented on the deal"): the first whose lemma `is_noun`
// accepts, when it is definite (a determiner `is_definite` accepts) and
// named by none of its modifiers (`names` accepts the relation of none);
// else -1.
// Prepositions of a phrase that says when, relative to another act.
constexpr WordList kTimeCases{"after", "before", "since", "following", "until", "during", "amid"};

// Prepositions of a phrase that says how, where or when an act was done,
// never who did it.
constexpr WordList kNotNamingCases{"as", "through", "via", "during", "in", "at", "near", "since", "after",
                                   "before", "over", "across", "amid", "despite", "within", "until"};

template <typename IsNoun, typename Names, typename IsDefinite>
int ReactedTo(const Tree& tree, int v, IsNoun is_noun, Names names, IsDefinite is_definite) {
  auto about = [&](int k) {
    const std::string_view c = tree.CaseOf(k);
    return Equals(c, "on") || Equals(c, "over") || Equals(c, "about") || Equals(c, "at");
  };
  // The act reacted to: an object, a phrase of the verb about it ("commented
  // on the deal"), or one of the object's ("expressed concern over the arrest").
  int act = -1;
  for (int k : tree.kids(v)) {
    const Rel r = BaseRel(tree.rel(k));
    // ("The talks were mediated by Turkey": a passive's subject too.)
    if ((r == "obj" || tree.rel(k) == "nsubj:pass" || (r == "obl" && about(k))) && is_noun(tree.lemma(k))) {
      act = k;
      break;
    }
    if (r == "obj" && act < 0)
      for (int c : tree.kids(k))
        if (BaseRel(tree.rel(c)) == "nmod" && about(c) && is_noun(tree.lemma(c))) act = c;
    if (act >= 0) break;
  }
  if (act < 0) return -1;
  bool named = false, definite = false;
  for (int c : tree.kids(act)) {
    const Rel rc = BaseRel(tree.rel(c));
    // ("condemned the attack as a violation of its sovereignty": what it
    // is called is no name of it; "protested the launches through
    // diplomatic channels", "the attack in Kyiv": how or where is none;
    // "condemned the attack on Wednesday": nor is when.)
    const std::string_view case_of = tree.CaseOf(c);
    // ("criticized the move as not consistent with Kosovo's commitments":
    // a predicate marked "as" parsed as a clause on the noun.)
    const int marker = rc == "acl" ? tree.Child(c, "mark") : -1;
    if (marker >= 0 && Equals(tree.lemma(marker), "as")) continue;
    named |= names(rc) && !OneOf(kNotNamingCases, case_of) && !IsTimeWord(tree.lemma(c));
    definite |= rc == "det" && is_definite(tree.lemma(c));
  }
  return named || !definite ? -1 : act;
}

bool IsStateOrgan(std::string_view sector) {
  static constexpr WordList kOrgans{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
  return OneOf(kOrgans, sector);
}

// A state: its bare country code, or an organ of it ("RUS", "RUSGOV").
bool IsStateCode(std::string_view code) {
  return code.size() == 3 || (code.size() >= 6 && IsStateOrgan(code.substr(3, 3)));
}

// Puts `m` among the sentence's mentions in order, in place of any it
// overlaps (a phrase that refers back replaces what it holds).
void ReplaceMentionsUnder(ActorMention m, std::vector<ActorMention>* mentions) {
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(),
                                 [&](const ActorMention& o) { return o.begin < m.end && o.end > m.begin; }),
                  mentions->end());
  auto at = std::find_if(mentions->begin(), mentions->end(), [&](const ActorMention& o) { return o.begin > m.begin; });
  mentions->insert(at, std::move(m));
}

// Nouns that name the two sides of a dyad: "the two countries", "both leaders".
constexpr WordList kPairNouns{"country", "nation", "side", "leader", "government", "president",
                                           "minister", "state", "neighbour", "neighbor", "rival", "ally",
                                           "capital", "delegation", "counterpart", "party", "military",
                                           "army", "premier", "power"};
// Pair nouns that name each side's government or army: "both prime
// ministers" are the two governments, "the two militaries" the two armies.
constexpr WordList kPairGovernmentNouns{"leader", "government", "president", "minister", "premier",
                                        "delegation", "counterpart"};
// Words of a role between the pair word and its noun: "both prime ministers".
constexpr WordList kPairRoleWords{"prime", "foreign", "defence", "defense", "top", "senior", "deputy"};

// "Modi met Trump ... The two leaders signed a defence agreement": "the two
// X" and "both X" with X a pair noun name the two sides of the article's
// latest dyad (`pair`: its source and target codes), one actor each (the
// mention's code "A/B" is split where it is used); "the two countries" are
// the two states themselves. Any mention inside the phrase gives way.
// Verbs that answer a demand, offer or call made to their subject: "dismissed
// Hanoi's demand", "rejected Seoul's offer", "accepted the US proposal".
constexpr WordList kAnswerVerbs{"dismiss", "reject", "rebuff", "spurn", "accept", "welcome", "refuse", "decline",
                                "ignore", "snub", "heed", "answer", "deny"};

int PhraseHead(const Tree& tree, int begin, int end);

void ReferPairsBack(const Tree& tree, const std::pair<std::string, std::string>& latest,
                    const std::pair<std::string, std::string>& latest_conflict,
                    const std::pair<std::string, std::string>& latest_agreement,
                    const std::pair<std::string, std::string>& main_pair,
                    const std::pair<std::string, std::string>& last_people,
                    std::vector<ActorMention>* mentions) {
  const int n = tree.size();
  for (int h = 0; h < n; ++h) {
    // (A plural: its form is not its lemma.)
    if (!OneOf(kPairNouns, tree.lemma(h)) || Lower(tree.tok(h).form) == tree.lemma(h)) continue;
    int first = -1;
    bool two = false, the = false, all = false;
    for (int k : tree.kids(h)) {
      if (k > h) break;
      std::string_view l = tree.lemma(k);
      if (l == "two" && BaseRel(tree.rel(k)) == "nummod") two = true;
      if (l == "the" && tree.rel(k) == "det") the = true;
      if (l == "both" && (tree.rel(k) == "det" || tree.rel(k) == "det:predet" || tree.rel(k) == "cc:preconj")) two = the = true;
      // "urged all parties to exercise restraint": the sides, not political parties.
      if (l == "all" && (tree.lemma(h) == "party" || tree.lemma(h) == "side") &&
          (tree.rel(k) == "det" || tree.rel(k) == "det:predet"))
        two = the = all = true;
      // (Not its preposition: "called on both countries".)
      if (first < 0 && tree.rel(k) != "case") first = k;
    }
    if (!two || !the || first < 0) continue;
    // Only the pair words: "the two Koreas" or "the two Asian giants" are names or descriptions.
    bool plain = true;
    for (int t = first; t < h; ++t)
      plain &= Equals(tree.lemma(t), "the") || Equals(tree.lemma(t), "two") || Equals(tree.lemma(t), "both") ||
               Equals(tree.lemma(t), "all") || (OneOf(kPairRoleWords, Lower(tree.tok(t).form)) && t > first);
    if (!plain) continue;
    // "the escalation between the two sides": the sides of the latest fight.
    // (And "all parties", "all sides" asked for restraint: the latest fight's.)
    // (Also "both sides", "the two parties" of an article that has a fight:
    // the warring sides, not whoever last spoke to one of them.)
    const bool sides = tree.lemma(h) == "side" || tree.lemma(h) == "party";
    const bool fight = all || (tree.head(h) >= 0 && OneOf(kConflictNouns, tree.lemma(tree.head(h)))) || sides;
    // ("both sides" with no fight before: the article's main dyad, the one
    // with the most events, not whoever last spoke to one of its sides.
    // So also "the two countries" and "the two leaders": "Armenia and
    // Azerbaijan signed ... Trump hosted Aliyev and Pashinyan ... the two
    // countries asked the OSCE" are the signers, not the host and a guest.)
    // ("the two allies": the latest pair that cooperated, not whoever last
    // denounced one of them.)
    const bool allies = tree.lemma(h) == "ally";
    // ("Modi spoke by phone with Brazilian President Lula, whose country was
    // hit with US tariffs, and the two leaders agreed": the two people named
    // before it in its own sentence, of two states.)
    std::pair<std::string, std::string> named_here;
    if (OneOf(kPairGovernmentNouns, tree.lemma(h))) {
      int people = 0;
      for (const ActorMention& m : *mentions) {
        if (m.end > first || m.kind != ActorKind::kPerson || CountryOfCode(m.code).empty()) continue;
        ++people;
        if (named_here.first.empty()) named_here.first = m.code;
        else named_here.second = m.code;
      }
      if (people != 2 || CountryOfCode(named_here.first) == CountryOfCode(named_here.second)) named_here = {};
      // (With no one named before it in its own sentence, the two of the
      // sentence before, when it named exactly two.)
      if (people == 0 && !last_people.first.empty()) named_here = last_people;
    }
    // ("Myanmar's military government and the TNLA agreed to a ceasefire
    // after talks in the Chinese city of Kunming mediated by Beijing, both
    // sides said": the two actors its own sentence coordinated before it.)
    if (named_here.first.empty() && sides) {
      for (const ActorMention& a : *mentions) {
        if (a.end > first || a.kind == ActorKind::kMedia || StartsWith(a.code, "---")) continue;
        const int ha = PhraseHead(tree, a.begin, std::min(a.end, n));
        for (const ActorMention& b : *mentions) {
          if (&a == &b || b.end > first || b.kind == ActorKind::kMedia || StartsWith(b.code, "---") || a.code == b.code)
            continue;
          const int hb = PhraseHead(tree, b.begin, std::min(b.end, n));
          if (ha >= 0 && hb >= 0 && tree.head(hb) == ha && tree.rel(hb) == "conj") named_here = {a.code, b.code};
        }
        if (!named_here.first.empty()) break;
      }
    }
    const bool states = tree.lemma(h) == "country" || tree.lemma(h) == "nation" || tree.lemma(h) == "state" ||
                        tree.lemma(h) == "neighbour" || tree.lemma(h) == "neighbor";
    const bool main = sides || states || OneOf(kPairGovernmentNouns, tree.lemma(h));
    const auto& pair = !named_here.first.empty()                 ? named_here
                       : fight && !latest_conflict.first.empty() ? latest_conflict
                       : allies && !latest_agreement.first.empty() ? latest_agreement
                       : main && !main_pair.first.empty()          ? main_pair
                                                                   : latest;
    if (pair.first.empty() || pair.second.empty()) continue;
    const std::string_view organ = OneOf(kPairGovernmentNouns, tree.lemma(h)) ? "GOV"
                                   : (tree.lemma(h) == "military" || tree.lemma(h) == "army") ? "MIL"
                                                                                                : "";
    auto side = [&](const std::string& code) {
      const std::string c = CountryOfCode(code);
      if (!organ.empty() && !c.empty()) return c + std::string(organ);
      return states && !c.empty() ? c : code;
    };
    ActorMention m;
    m.begin = first;
    m.end = h + 1;
    m.code = side(pair.first) + "/" + side(pair.second);
    m.kind = ActorKind::kGroup;
    const char* whose = &pair == &named_here ? "\" are the two people named before (" : "\" are the latest dyad's sides (";
    m.entries.push_back("article: \"" + tree.tok(first).form + " ... " + tree.tok(h).form + whose + pair.first + ", " +
                        pair.second + ")");
    ReplaceMentionsUnder(std::move(m), mentions);
  }
}

// "Xi hosted Putin and Kim ... Trump accused the three of conspiring": "the
// three" (or four) and "the three leaders" (a pair noun) name the latest
// sentence's group of that many state actors (`group`), one actor each.
// A word for leaders ("the three leaders") names the latest group of people
// (`leaders`) when there is one of that size.
void ReferGroupsBack(const Tree& tree, const std::vector<std::string>& states,
                     const std::vector<std::string>& leaders, std::vector<ActorMention>* mentions) {
  const int n = tree.size();
  auto count_of = [](const std::vector<std::string>& g) -> std::string_view {
    return g.size() == 3 ? "three" : g.size() == 4 ? "four" : "";
  };
  if (count_of(states).empty() && count_of(leaders).empty()) return;
  for (int h = 0; h < n; ++h) {
    const bool leader_word = OneOf(kPairGovernmentNouns, tree.lemma(h)) && !count_of(leaders).empty();
    const std::vector<std::string>& group = leader_word ? leaders : states;
    const std::string_view count = count_of(group);
    if (count.empty()) continue;
    int first = -1;
    if (tree.lemma(h) == count && Equals(tree.upos(h), "NUM") && BaseRel(tree.rel(h)) != "nummod") {
      // "the three" as a noun.
      const int det = tree.Child(h, "det");
      if (det < 0 || !(Equals(tree.lemma(det), "the") || Equals(tree.lemma(det), "all"))) continue;
      first = det;
    } else if (OneOf(kPairNouns, tree.lemma(h)) && Lower(tree.tok(h).form) != tree.lemma(h)) {
      // "the three leaders", "all three countries".
      bool counted = false, the = false;
      for (int k : tree.kids(h)) {
        if (k > h) break;
        counted |= tree.lemma(k) == count && BaseRel(tree.rel(k)) == "nummod";
        the |= Equals(tree.lemma(k), "the") || Equals(tree.lemma(k), "all");
        if (first < 0 && tree.rel(k) != "case") first = k;
      }
      if (!counted || !the) continue;
      // ("the three European powers": an adjective between.)
      for (int t = first; t >= 0 && t < h; ++t)
        if (!(Equals(tree.lemma(t), "the") || Equals(tree.lemma(t), "all") || tree.lemma(t) == count ||
              (tree.rel(t) == "amod" && tree.head(t) == h)))
          first = -1;
    }
    if (first < 0) continue;
    ActorMention m;
    m.begin = first;
    m.end = h + 1;
    for (const std::string& code : group) m.code += (m.code.empty() ? "" : "/") + code;
    m.kind = ActorKind::kGroup;
    m.entries.push_back("article: \"" + tree.tok(first).form + " ... " + tree.tok(h).form + "\" are the latest group (" +
                        m.code + ")");
    ReplaceMentionsUnder(std::move(m), mentions);
  }
}

// The head of the phrase of tokens [begin, end): its last word whose head
// is outside it (English noun phrases end in their head, and a misparsed
// modifier may hang outside); -1 when none is.
int PhraseHead(const Tree& tree, int begin, int end) {
  for (int t = end - 1; t >= begin; --t)
    if (tree.head(t) < begin || tree.head(t) >= end) return t;
  return -1;
}

// Role words with no country of their own ("the government", "government
// forces", "the rebels") refer back to the article's earlier actors: when
// every recent actor in the same line (for an organ of a state: any organ,
// a leader coded GOV included) is of one country, the role is of that
// country. Not when two countries compete, nor when the role is qualified
// in its own phrase ("foreign troops", "local police", "its army", "the
// government of Mali": those are found, or not, from their own words), nor
// for a role word that only modifies a noun ("government-held areas").
void ReferAgentsBack(const Tree& tree, const std::vector<ActorMention>& recent, std::vector<ActorMention>* mentions) {
  const int n = tree.size();
  for (ActorMention& m : *mentions) {
    if (m.kind != ActorKind::kAgent || m.code.size() < 6 || !StartsWith(m.code, "---") || m.end > n) continue;
    const int head = PhraseHead(tree, m.begin, m.end);
    if (head < 0) continue;
    const Rel own = BaseRel(tree.rel(head));
    if (own == "compound" || own == "amod") continue;
    // A name or pronoun in a modifier, two levels down ("the government of
    // Mali", "its army"); a modifier of other words ("accused the judiciary
    // of bias") qualifies nothing.
    auto names_someone = [&](int k) {
      auto named = [&](int t) {
        if (Equals(tree.upos(t), "PROPN") || Equals(tree.upos(t), "PRON")) return true;
        // (A role word names no one: "an army unit" is a unit of the army.)
        for (const ActorMention& o : *mentions)
          if (t >= o.begin && t < o.end && !StartsWith(o.code, "---")) return true;
        return false;
      };
      if (named(k)) return true;
      for (int k2 : tree.kids(k))
        if (named(k2)) return true;
      return false;
    };
    const std::string_view role_sector = std::string_view(m.code).substr(3, 3);
    const bool armed_role = IsArmedGroupSector(role_sector) || role_sector == "UAF";
    bool qualified = false;
    for (int k : tree.kids(head)) {
      if (k >= m.begin && k < m.end) continue;
      const Rel r = BaseRel(tree.rel(k));
      qualified |=
          (r == "amod" && !OneOf(kNeutralRoleAdjectives, tree.lemma(k)) &&
           // (A count says how many, not whose: "more than 30 militants".)
           !(Equals(tree.lemma(k), "more") || Equals(tree.lemma(k), "many") || Equals(tree.lemma(k), "several") ||
             Equals(tree.lemma(k), "suspected"))) ||
          ((r == "nmod" || r == "compound") && names_someone(k) &&
           // ("militants in an operation near Balcad": where, not whose.)
           !(armed_role && r == "nmod" && !Equals(tree.CaseOf(k), "of") && !Equals(tree.CaseOf(k), "from") &&
             !Equals(tree.upos(k), "PROPN") && !Equals(tree.upos(k), "PRON"))) ||
          (r == "det" && !Equals(tree.lemma(k), "the") && !Equals(tree.lemma(k), "a") && !Equals(tree.lemma(k), "an"));
    }
    // Definite ("the government", "the troops") or a bare collective
    // ("Police said"); a bare plural is indefinite ("ministers pledged aid"
    // at a conference abroad are not the article's government).
    bool definite = false;
    for (int k : tree.kids(head)) definite |= tree.rel(k) == "det" && Equals(tree.lemma(k), "the");
    // "security forces cracked down": a country's own, like "police".
    if (Equals(tree.lemma(head), "force"))
      for (int k : tree.kids(head))
        definite |= tree.rel(k) == "compound" && (Equals(tree.lemma(k), "security") || Equals(tree.lemma(k), "government"));
    // (Nor protesters and opposition figures, who are at home: "Thousands of
    // protesters marched on parliament in Tbilisi".)
    const bool at_home = Equals(tree.lemma(head), "police") || m.code.compare(3, 3, "OPP") == 0;
    // (A bare plural of armed men may still be the one armed group of the
    // article: "killed more than 30 militants" after al Shabaab; below.)
    const bool indefinite_plural = !definite && Equals(tree.xpos(head), "NNS") && !at_home;
    const bool armed_plural = indefinite_plural && armed_role;
    if (qualified || (indefinite_plural && !armed_plural)) continue;
    // "the commander" after "Hezbollah's top military commander Haytham Ali
    // Tabatabai": a singular role names the actor named before in that role
    // (the same agent entry), when every such actor has one code; it
    // refines the country found below, never picks between two.
    const ActorMention* same = nullptr;
    if (definite && m.entries.size() == 1 && !Equals(tree.xpos(head), "NNS") &&
        Lower(tree.tok(head).form) == tree.lemma(head)) {  // (singular)
      bool clash = false;
      for (const ActorMention& r : recent) {
        if (!(r.kind == ActorKind::kPerson || r.has_agent) || StartsWith(r.code, "---") || r.entries.size() < 2 ||
            std::find(r.entries.begin(), r.entries.end(), m.entries[0]) == r.entries.end())
          continue;
        clash |= same && same->code != r.code;
        same = &r;
      }
      if (clash) same = nullptr;
    }
    const std::string sector = m.code.substr(3, 3);
    const bool organ = IsStateOrgan(sector);
    // The actors in that line named before it: in its own sentence first
    // ("India's foreign minister told parliament"), else in the article.
    auto one_country = [&](auto begin, auto end, const ActorMention** antecedent) {
      std::string country;
      for (auto it = begin; it != end; ++it) {
        const ActorMention& r = *it;
        if (&r == &m || r.kind == ActorKind::kMedia || StartsWith(r.code, "---")) continue;
        const std::string c = CountryOfCode(r.code);
        // An international body of the same kind competes: "the court"
        // after the International Criminal Court and Israel's leaders.
        if (c.empty()) {
          bool same_kind = false;
          for (std::string_view x : SectorViews(r.code)) same_kind |= x == sector;
          if (same_kind) return std::string("?");
          continue;
        }
        bool same_line = false;
        // (Police are the police's: "Police detained two Czech citizens" after
        // a Russian diplomat are not Russia's.)
        for (std::string_view x : SectorViews(r.code)) same_line |= organ && sector != "COP" ? IsStateOrgan(x) : x == sector;
        if (!same_line) continue;
        if (!country.empty() && c != country) return std::string("?");
        country = c;
        *antecedent = &r;
      }
      return country;
    };
    // (In the sentence, only actors of the role's own clause: "Syrian rebels
    // engaged Filipino peacekeepers, military officials said" does not say
    // whose officials.)
    auto clause_of = [&](int t) {
      for (int up = tree.head(t), steps = 0; up >= 0 && steps < n; up = tree.head(up), ++steps)
        if (Equals(tree.upos(up), "VERB") || Equals(tree.upos(up), "AUX")) return up;
      return -1;
    };
    const int own_clause = clause_of(head);
    std::vector<ActorMention> clause_mates;
    for (const ActorMention& o : *mentions)
      if (o.begin < m.begin && o.end <= n && clause_of(o.end - 1) == own_clause) clause_mates.push_back(o);
    // An actor of another state in the role's own clause makes it
    // ambiguous ("India's foreign minister told parliament" in a story on
    // Bangladesh). (Not resolved from the clause itself: PETRARCH's
    // convention, which the gold sets follow, leaves "Obama faces pressure
    // from Congress" ---LEG.)
    const ActorMention* mate = nullptr;
    const std::string in_clause = one_country(clause_mates.begin(), clause_mates.end(), &mate);
    const ActorMention* antecedent = nullptr;
    const std::string country = one_country(recent.begin(), recent.end(), &antecedent);
    // (The one actor named in that very role settles two countries: "the
    // crown prince" after "Saudi crown prince" and President Trump.)
    const bool named_person = same && country == "?" && (in_clause.empty() || in_clause == CountryOfCode(same->code));
    if (!named_person && (country.empty() || country == "?" || (!in_clause.empty() && in_clause != country))) continue;
    // The one group named before in the role, when no other actor of the
    // role is. (`lenient`, for a bare plural of armed men: bare roles do not
    // count, and the group's own roles are the group, "JNIM commanders".)
    auto only_group = [&](bool lenient) -> const ActorMention* {
      const ActorMention* group = nullptr;
      bool clash = false;
      for (const ActorMention& r : recent) {
        bool in_role = false;
        for (std::string_view x : SectorViews(r.code)) in_role |= x == sector;
        if (!in_role || (lenient && StartsWith(r.code, "---"))) continue;
        if (lenient && group) {
          const std::string& g = group->code;
          if (r.code.size() > g.size() && r.code.compare(0, g.size(), g) == 0) continue;
          if (g.size() > r.code.size() && g.compare(0, r.code.size(), r.code) == 0) {
            group = &r;
            continue;
          }
        }
        clash |= r.kind != ActorKind::kGroup || (group && group->code != r.code);
        group = &r;
      }
      return group && !clash && CountryOfCode(group->code) == country ? group : nullptr;
    };
    if (armed_plural) {
      if (const ActorMention* group = only_group(true)) {
        m.code = group->code;
        m.entries.push_back("article: the only " + sector + " group named before is " + group->code);
      }
      continue;
    }
    if (same && (named_person || CountryOfCode(same->code) == country)) {
      m.code = same->code;
      m.entries.push_back("article: the same role as " + same->code + " named before");
      continue;
    }
    // "the rebels" after "M23 rebels": a definite plural role names the
    // group named before in it, when that group is the only actor of the
    // role in the article.
    if (definite && !organ) {
      if (const ActorMention* group = only_group(false)) {
        m.code = group->code;
        m.entries.push_back("article: the only " + sector + " named before is " + group->code);
        continue;
      }
    }
    m.code = country + m.code.substr(3);
    m.entries.push_back(std::string("article: refers back to ") +
                        (antecedent->entries.empty() ? antecedent->code : antecedent->entries[0]) + " (the only " +
                        (organ ? std::string("state organ") : sector) + " named before is " + country + "'s)");
  }
}

}  // namespace

Coder::Coder(Dictionaries dicts) : dicts_(std::move(dicts)), finder_(dicts_), pattern_words_(dicts_.verbs) {
  targets_clause_subject_.reserve(dicts_.verbs.size());
  for (const VerbPattern& p : dicts_.verbs) targets_clause_subject_.push_back(In(p.tgt, "xsubj"));
  xcomp_any_verb_.reserve(dicts_.verbs.size());
  for (const VerbPattern& p : dicts_.verbs) xcomp_any_verb_.push_back(In(p.xcomp, "*"));
  target_slots_.reserve(dicts_.verbs.size());
  for (const VerbPattern& p : dicts_.verbs) {
    TargetSlots t;
    t.object = p.tgt.empty();  // (TargetSlotFill's default slot)
    for (std::string_view slot : p.tgt) {
      t.object |= Equals(slot, "obj");
      t.indirect_object |= Equals(slot, "iobj");
      t.empty |= slot.empty();
      if (!slot.empty()) t.initials |= uint32_t{1} << (slot[0] & 31);
    }
    target_slots_.push_back(t);
  }
  preposition_target_slots_.reserve(dicts_.verbs.size());
  for (const VerbPattern& p : dicts_.verbs) {
    uint64_t bits = 0;
    for (size_t i = 0; i < p.tgt.size() && i < 64; ++i)
      if (IsPrepositionSlot(p.tgt[i])) bits |= uint64_t{1} << i;
    preposition_target_slots_.push_back(bits);
  }
  for (const auto& [lemma, patterns] : dicts_.verbs_by_lemma) verb_lemmas_.Add(code::WordHash(lemma));
  for (const auto& [lemma, patterns] : dicts_.nouns_by_lemma) noun_lemmas_.Add(code::WordHash(lemma));
  for (const auto* index : {&dicts_.verbs_by_lemma, &dicts_.nouns_by_lemma})
    for (const auto& [lemma, pids] : *index) {
      LemmaPatterns patterns;
      for (uint32_t i = 0; i < pids.size(); ++i) {
        const int pid = pids[i];
        const int list = pattern_words_.Foreign(pid) ? pattern_words_.ListId(pid, code::PatternWords::kObj) : -1;
        if (list >= 0) patterns.listed.emplace_back(list, i);
        else patterns.unlisted[NeedsOf(dicts_.verbs[pid])].push_back(i);
      }
      std::sort(patterns.listed.begin(), patterns.listed.end());
      lemma_patterns_.emplace(&pids, std::move(patterns));
    }
  pattern_labels_.reserve(dicts_.verbs.size());
  for (const VerbPattern& p : dicts_.verbs) {
    std::string& label = pattern_labels_.emplace_back();
    label.reserve(p.origin.size() + 2 + p.text.size());
    label.append(p.origin).append(": ").append(p.text);
  }
  if (!dicts_.transformations.empty())
    for (const VerbPattern& p : dicts_.verbs) {
      const bool bare = !p.nominal && p.prt.empty() && p.obj.empty() && p.xcomp.empty() &&
                        p.xobj.empty() && p.pp.empty() && p.words.empty() && p.subj.empty() && p.forms.empty() &&
                        p.before.empty() && !p.negated;
      if (!bare) continue;
      own_codes_[p.lemma] = p.code;
      for (const std::string& l : p.other_lemmas) own_codes_[l] = p.code;
    }
  word_alts_begin_.reserve(dicts_.verbs.size() + 1);
  for (const VerbPattern& p : dicts_.verbs) {
    word_alts_begin_.push_back(static_cast<uint32_t>(word_alts_.size()));
    for (const std::string& ws : p.words)
      for (size_t pos = 0; pos <= ws.size();) {  // ("a|" has an empty second alternative, "" one empty one)
        size_t bar = ws.find('|', pos);
        if (bar == std::string::npos) bar = ws.size();
        const bool glued = ws.find('_', pos) < bar;
        word_alts_.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(bar - pos), glued, bar == ws.size()});
        pos = bar + 1;
      }
  }
  word_alts_begin_.push_back(static_cast<uint32_t>(word_alts_.size()));
}

std::unique_ptr<Coder> Coder::Load(const std::string& data_dir, const std::vector<std::string>& dict_files,
                                   std::string* error) {
  Dictionaries d;
  if (!LoadDictionaries(data_dir, dict_files, &d, error)) return nullptr;
  return std::make_unique<Coder>(std::move(d));
}

// One scan for both levels: every sentence is scanned, once per document.
Coder::Discards Coder::FindDiscards(const FoldedSpan& words) const {
  Discards found;
  if (dicts_.discards.empty()) return found;
  // Per-thread scratch: no allocation once grown.
  thread_local std::vector<int> ids;
  std::span<const FoldedWord> all = words.words();
  if (ids.size() < all.size()) ids.resize(all.size());
  // The words' ids (discard phrases run across punctuation).
  size_t n = 0;
  for (const FoldedWord& w : all) {
    ids[n] = w.discard;
    n += w.is_word();
  }
  for (size_t i = 0; i < n && !(found.story && found.sentence); ++i) {
    const std::vector<int>* v = nullptr;
    if (ids[i] >= 0 && dicts_.discard_names.LongestMatch(ids.data(), n, i, &v) && v)
      for (int d : *v) {
        const DiscardPhrase* phrase = &dicts_.discards[d];
        if (phrase->story && !found.story) found.story = phrase;
        if (!phrase->story && !found.sentence) found.sentence = phrase;
      }
  }
  return found;
}

bool Coder::DiscardStory(const Document& doc, std::string* phrase, ArticleContext* context) const {
  // The words are folded into the context, for CodeSentence to look up actors with.
  FoldedWords local;
  FoldedWords& folded = context ? context->folded : local;
  folded.clear();
  // Room for the whole document at once (a word per token, most often).
  size_t tokens = 0;
  for (const auto& s : doc.sentences) tokens += s.tokens.size();
  folded.words.reserve(tokens);
  if (context) {
    context->noted.clear();
    context->noted.reserve(doc.sentences.size());
  }
  // A story phrase in the headline or lead says what the story is about; one
  // further down is a passing mention ("... before it aired during the World
  // Series" in a tariff story) and skips only its sentence.
  constexpr size_t kLeadSentences = 3;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    const uint32_t begin = static_cast<uint32_t>(folded.words.size());
    finder_.FoldWords(s.tokens, &folded);
    const uint32_t end = static_cast<uint32_t>(folded.words.size());
    Discards d = FindDiscards(FoldedSpan{&folded, begin, end});
    if (d.story && i < kLeadSentences) {
      if (phrase) *phrase = d.story->phrase + " (" + d.story->origin + ")";
      return true;
    }
    if (context) context->noted.push_back({&s, d.sentence ? d.sentence : d.story, begin, end});
  }
  return false;
}

// True when `form` is `lemma` + "es" but the lemma takes only "s" in the
// third person singular: it ends in none of s, x, z, o, ch, sh ("departes").
static bool MisinflectedEs(std::string_view form, std::string_view lemma) {
  if (lemma.size() < 2 || form.size() != lemma.size() + 2) return false;
  // (As std::tolower of an unsigned char in the "C" locale, inline: a
  // non-ASCII byte of the lemma, a negative char, matches none.)
  for (size_t i = 0; i < lemma.size(); ++i)
    if (static_cast<unsigned char>(LowerAscii(form[i])) != lemma[i]) return false;
  if (LowerAscii(form[lemma.size()]) != 'e' || LowerAscii(form[lemma.size() + 1]) != 's') return false;
  char last = lemma.back();
  if (last < 'a' || last > 'z') return false;
  if (last == 's' || last == 'x' || last == 'z' || last == 'o') return false;
  if (last == 'h' && (lemma[lemma.size() - 2] == 'c' || lemma[lemma.size() - 2] == 's')) return false;
  return true;
}

std::vector<CodedEvent> Coder::CodeSentence(const Sentence& s, int index, const Date& date,
                                            ArticleContext* ctx, std::string* explain) const {
  std::vector<Event> events;
  std::vector<int> verbs;
  CodeSentence(s, index, date, ctx, explain, &events, &verbs);
  std::vector<CodedEvent> coded(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    coded[i].event = std::move(events[i]);
    coded[i].verb = verbs[i];
  }
  return coded;
}

void Coder::CodeSentence(const Sentence& s, int index, const Date& date, ArticleContext* ctx, std::string* explain,
                         std::vector<Event>* event_list, std::vector<int>* verb_list) const {
  SentenceEvents events{event_list, verb_list, event_list->size()};
  // The trace is built only when asked for: a stream costs more than
  // coding a short sentence.
  std::unique_ptr<std::ostringstream> trace_stream(explain ? new std::ostringstream : nullptr);
  Trace why{trace_stream.get()};
  const int n = static_cast<int>(s.tokens.size());
  if (n == 0) return;
  // The thread's tree, built anew for each sentence: its buffers keep their room.
  thread_local Tree scratch_tree;
  Tree& tree = scratch_tree;
  tree.Build(s);
  const int repairs = tree.RepairAll();
  if (ctx && !ctx->election_story && tree.MayHaveLemmaOf(kElectionNouns))
    for (int t = 0; t < n && !ctx->election_story; ++t)
      ctx->election_story = Equals(tree.upos(t), "NOUN") && kElectionNouns.Contains(tree.lemma(t), tree.lemma_hash(t));
  if (ctx) {
    ctx->repaired_from = nullptr;
    if (repairs > 0) {
      ctx->repaired_heads.resize(n);
      ctx->repaired_rels.resize(n);
      for (int i = 0; i < n; ++i) {
        ctx->repaired_heads[i] = tree.head(i);
        ctx->repaired_rels[i] = tree.rel(i).label();
      }
      ctx->repaired_from = &s;
    }
  }

  // The sentence's words, folded by DiscardStory or now.
  const ArticleContext::NotedSentence* noted = ctx ? ctx->Noted(s, index) : nullptr;
  FoldedWords own_words;
  FoldedSpan words;
  if (noted) {
    words = {&ctx->folded, noted->words_begin, noted->words_end};
  } else {
    finder_.FoldWords(s.tokens, &own_words);
    words = {&own_words, 0, static_cast<uint32_t>(own_words.words.size())};
  }
  if (const DiscardPhrase* d = noted ? noted->discard : FindDiscards(words).sentence) {
    if (explain) [[unlikely]] *explain += "sentence discarded: '" + d->phrase + "' (" + d->origin + ")\n";
    return;
  }
  if (std::string_view(s.tokens.back().form) == "?") {
    if (explain) [[unlikely]] *explain += "question: not coded\n";
    return;
  }

  // (Per-thread scratch, its room kept from sentence to sentence: the
  // coder adds mentions as it resolves arguments.)
  thread_local std::vector<ActorMention> mentions;
  finder_.Find(s, date, words, &mentions);
  // "Machado urged the army ...", "Kim also met ...": a lone name that is the
  // short form of a person named in full earlier in the article is that person.
  // (Or earlier in the same sentence: "President Lee Jae-myung and ...
  // agreed, as Lee made his first trip to Japan".)
  const bool person_named = std::any_of(mentions.begin(), mentions.end(), [](const ActorMention& m) {
    return m.kind == ActorKind::kPerson && m.end - m.begin >= 2;
  });
  if (!ctx->short_names.empty() || person_named) {
    std::vector<char> covered(n, 0);
    for (const auto& m : mentions)
      for (int t = m.begin; t < m.end && t < n; ++t) covered[t] = 1;
    auto proper = [&](int t) { return t >= 0 && t < n && std::string_view(s.tokens[t].upos) == "PROPN"; };
    // The person mentions and where their names begin: after the last role word.
    // (Copies: the mentions are inserted into below.)
    std::vector<std::pair<ActorMention, int>> person_names;
    bool person_names_ready = !person_named;
    auto gather_person_names = [&]() {
      person_names_ready = true;
      for (const ActorMention& m : mentions) {
        if (m.kind != ActorKind::kPerson || m.end - m.begin < 2) continue;
        int last_role = m.begin - 1;
        for (const FoldedWord& w : words.words())
          if (w.token >= m.begin && w.token < m.end && w.agent >= 0) last_role = std::max(last_role, w.token);
        person_names.emplace_back(m, last_role + 1);
      }
    };
    // The person `like` named again by the lone name at t.
    auto insert_reference = [&](const ActorMention& like, int t, std::string entry) {
      ActorMention m = like;
      m.begin = t;
      m.end = t + 1;
      m.entries.push_back(std::move(entry));
      auto at = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& x) { return x.begin > t; });
      mentions.insert(at, std::move(m));
    };
    // (A name that is also a word may be tagged a common noun: "Wine's home"
    // after "Bobi Wine"; written with its capital, it is still the name.)
    auto capitalized_noun = [&](int t) {
      const std::string& f = s.tokens[t].form;
      return std::string_view(s.tokens[t].upos) == "NOUN" && f.size() >= 3 && f[0] >= 'A' && f[0] <= 'Z' &&
             f[1] >= 'a' && f[1] <= 'z';
    };
    for (int t = 0; t < n; ++t) {
      if (covered[t] || proper(t - 1) || proper(t + 1)) continue;
      const bool name_tagged = proper(t);
      if (!name_tagged && (ctx->short_names.empty() || !capitalized_noun(t))) continue;
      auto known = std::find_if(ctx->short_names.begin(), ctx->short_names.end(), [&](const auto& p) {
        return p.first == s.tokens[t].form && !p.second.code.empty();
      });
      if (!name_tagged && known == ctx->short_names.end()) continue;
      if (known != ctx->short_names.end()) {
        insert_reference(known->second, t, "short reference: \"" + known->first + "\" named in full before");
        continue;
      }
      // A word of the name a person mention ends with, after its last role
      // word ("South Korean President Lee Jae-myung": Lee, Jae, myung).
      const ActorMention* same = nullptr;
      if (!person_names_ready) gather_person_names();
      for (const auto& [m, name_begin] : person_names) {
        if (m.end > t) continue;
        for (int x = name_begin; x < m.end; ++x)
          if (s.tokens[x].form == s.tokens[t].form && s.tokens[x].form.size() >= 3) same = &m;
      }
      if (!same || same->code.empty()) continue;
      insert_reference(*same, t, "short reference: \"" + std::string(s.tokens[t].form) + "\" named in full before it");
    }
  }
  // "Petar Petkovic, who heads the Serbian government's office for Kosovo,
  // condemned": a name no dictionary knows, whose relative clause says what
  // it heads, is of what it heads (a state's office: its government).
  for (int t = 0; t < n; ++t) {
    if (!Equals(s.tokens[t].upos, "PROPN") || tree.head(t) < 0 || BaseRel(tree.rel(t)) == "flat") continue;
    int rel_clause = -1;
    for (int k : tree.kids(t))
      if (tree.rel(k) == "acl:relcl") rel_clause = k;
    if (rel_clause < 0) continue;
    static constexpr WordList kHeadingVerbs{"head", "lead", "run", "chair", "direct", "command"};
    if (!OneOf(kHeadingVerbs, tree.lemma(rel_clause))) continue;
    const int who = tree.Child(rel_clause, "nsubj");
    const int what = tree.Child(rel_clause, "obj");
    if (who < 0 || !Equals(tree.lemma(who), "who") || what < 0) continue;
    // (The name: the word and its flat parts, no mention on any of them.)
    int begin = t, end = t + 1;
    for (int k : tree.kids(t))
      if ((tree.rel(k) == "flat" || tree.rel(k) == "compound") && Equals(s.tokens[k].upos, "PROPN")) {
        begin = std::min(begin, k);
        end = std::max(end, k + 1);
      }
    bool taken = false;
    for (const ActorMention& m : mentions) taken |= m.begin < end && m.end > begin;
    if (taken) continue;
    // (What it heads: the first actor with a country in the object's phrase.)
    const ActorMention* of = nullptr;
    for (const ActorMention& m : mentions) {
      if (of || m.end > n || StartsWith(m.code, "---") || CountryOfCode(m.code).empty()) continue;
      int up = m.begin;
      for (int hops = 0; up >= 0 && up != what && hops < 6; ++hops) up = tree.head(up);
      if (up == what) of = &m;
    }
    if (!of) continue;
    ActorMention m;
    m.begin = begin;
    m.end = end;
    m.code = of->code.size() == 3 ? of->code + "GOV" : of->code;
    m.kind = ActorKind::kPerson;
    m.entries.push_back("heads what its relative clause names: " + of->code);
    auto at = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& x) { return x.begin > begin; });
    mentions.insert(at, std::move(m));
  }
  // "The two leaders signed", "both countries agreed": the two sides of the
  // article's latest dyad.
  // (Or of its latest fight within one country: "the SDF and the government
  // ... the two sides".)
  if (!ctx->last_pair.first.empty() || !ctx->last_conflict_pair.first.empty() || person_named) {
    // (The most events, the latest among equals.)
    const std::pair<std::string, std::string>* main_pair = nullptr;
    int most = 0;
    for (const auto& pc : ctx->pair_counts)
      if (pc.count >= most) {
        most = pc.count;
        main_pair = &pc.codes;
      }
    static const std::pair<std::string, std::string> kNoPair;
    ReferPairsBack(tree, ctx->last_pair, ctx->last_conflict_pair, ctx->last_agreement_pair,
                   main_pair ? *main_pair : kNoPair, ctx->last_people, &mentions);
  }
  // "All parties" with no dyad before it are the sides of some dispute,
  // not political parties: no actor.
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const ActorMention& m) {
                                  if (!Equals(m.code, "---PTY") || m.end - m.begin != 1 || m.begin >= n) return false;
                                  const int det = tree.Child(m.begin, "det");
                                  return tree.lemma(m.begin) == "party" && det >= 0 && Equals(tree.lemma(det), "all");
                                }),
                 mentions.end());
  if (!ctx->last_group.empty() || !ctx->last_leader_group.empty())
    ReferGroupsBack(tree, ctx->last_group, ctx->last_leader_group, &mentions);
  // "The Taliban government said ... The government also accused Pakistan":
  // a role with no country of its own refers back to the article's actors.
  ReferAgentsBack(tree, ctx->recent, &mentions);
  ctx->sentence_actor_spans.clear();
  for (const auto& m : mentions) ctx->sentence_actor_spans.push_back({m.begin, m.end});
  // (The per-token tables of a sentence are per-thread scratch: no
  // allocation once grown.)
  thread_local std::vector<int> mention_at;
  mention_at.assign(n, -1);
  for (int m = 0; m < static_cast<int>(mentions.size()); ++m)
    for (int t = mentions[m].begin; t < mentions[m].end && t < n; ++t) mention_at[t] = m;
  // Phrases that hold an actor within five levels, for TargetSlotFill: found
  // once per sentence, asked for every pattern of every verb.
  thread_local std::vector<char> holds_actor;
  holds_actor.assign(n, 0);
  for (int t = 0; t < n; ++t)
    if (mention_at[t] >= 0)
      for (int up = t, hops = 0; up >= 0 && hops < 5; up = tree.head(up), ++hops) holds_actor[up] = 1;
  if (explain && repairs > 0) [[unlikely]] {
    // What the coder reads differs from the parse printed above.
    why << "parse repairs:";
    for (int i = 0; i < n; ++i)
      if (tree.head(i) != s.tokens[i].head || tree.rel(i).label() != s.tokens[i].deprel)
        why << "\n  " << i << " " << s.tokens[i].form << ": " << s.tokens[i].head << " " << s.tokens[i].deprel << " -> "
            << tree.head(i) << " " << tree.rel(i).label();
    why << "\n";
  }
  // Tree::IsPassive, remembered per token (-1: not asked yet): the tree no
  // longer changes, and the rules below ask it of a verb again and again.
  thread_local std::vector<int8_t> passive;
  passive.assign(n, -1);
  auto is_passive = [&](int v) {
    if (passive[v] < 0) passive[v] = tree.IsPassive(v) ? 1 : 0;
    return passive[v] != 0;
  };
  if (explain) [[unlikely]] {
    why << "actors:";
    if (mentions.empty()) why << " none";
    for (const auto& m : mentions) {
      why << "\n  [" << m.begin << "," << m.end << ") \"" << SpanText(s, m.begin, m.end) << "\" -> " << m.code;
      for (const auto& e : m.entries) why << "  {" << e << "}";
    }
    why << "\n";
  }

  // The mention a token belongs to, or one found among its modifiers
  // ("the leader of North Korea", "Russia's foreign minister").
  // (The recursive helpers below are lambdas that take themselves, `self`,
  // and a wrapper: a std::function would allocate its closure per sentence.)
  auto mention_under_impl = [&](auto& self, int t, int depth) -> int {
    if (t < 0) return -1;
    if (mention_at[t] >= 0) {
      const ActorMention& m = mentions[mention_at[t]];
      if (!StartsWith(m.code, "---") || depth >= 2) return mention_at[t];
      // Agent only: look for its country among the modifiers, also through
      // a noun with none ("the mayor of the West Bank city of Nablus").
      // (Per-thread scratch: no call below re-enters this while it is in use.)
      thread_local std::vector<int> mods;
      mods.clear();
      // "200 migrant workers, most of them Tajik citizens, in Yekaterinburg":
      // an apposition's nationality before any place.
      // (The apposition's head, or the nationality on it: "Chinese citizens".)
      for (int k : tree.kids(t)) {
        if (tree.rel(k) != "appos") continue;
        auto national = [&](int x) {
          return mention_at[x] >= 0 && !StartsWith(mentions[mention_at[x]].code, "---") &&
                 !CountryOfCode(mentions[mention_at[x]].code).empty();
        };
        if (national(k)) {
          mods.push_back(k);
        } else {
          for (int x : tree.kids(k))
            if (tree.rel(x) == "amod" && national(x)) {
              mods.push_back(x);
              break;
            }
        }
      }
      for (int k : tree.kids(t)) {
        Rel r = BaseRel(tree.rel(k));
        // "missiles fired by Russian forces": whose they are, from the agent.
        // (Not a backer: "a cell financed by the CIA" is not the CIA's.)
        if (r == "acl" && is_passive(k) && !OneOf(kBackingParticiples, tree.lemma(k)))
          for (int a : tree.kids(k))
            if (tree.rel(a) == "obl:agent" || (BaseRel(tree.rel(a)) == "obl" && Equals(tree.CaseOf(a), "by")))
              mods.push_back(a);
        if (r != "nmod" && r != "amod" && r != "compound") continue;
        if (r == "nmod" && Equals(tree.CaseOf(k), "in") && IsMissionWord(tree.tok(t).form)) continue;
        // ("the rebels in Doha": the article's rebels where they are, as in
        // ActorFinder.)
        if (r == "nmod" && Equals(tree.CaseOf(k), "in") && IsArmedGroupSector(std::string_view(m.code).substr(3, 3)))
          if (const int det = tree.Child(t, "det"); det >= 0 && Equals(tree.lemma(det), "the")) continue;
        mods.push_back(k);
        // "security forces loyal to Syria's new authorities": whose they
        // are, from what they are loyal or allied to.
        if (r == "amod" && (Equals(tree.lemma(k), "loyal") || Equals(tree.lemma(k), "allied") ||
                            Equals(tree.lemma(k), "aligned") || Equals(tree.lemma(k), "affiliated")))
          for (int a : tree.kids(k))
            if (BaseRel(tree.rel(a)) == "obl" || BaseRel(tree.rel(a)) == "nmod") mods.push_back(a);
        // (Also a model name's modifiers: "American B-2 bombers", "Thai
        // F-16 jets", the nationality hung on the first part of "B-2".)
        if (mention_at[k] < 0 && (r == "nmod" || r == "compound"))
          for (int k2 : tree.kids(k)) {
            Rel r2 = BaseRel(tree.rel(k2));
            if (r2 == "nmod" || r2 == "amod" || r2 == "compound") mods.push_back(k2);
          }
      }
      // "Iran's nuclear facilities and military leaders": a conjunct with no
      // determiner or possessor of its own shares the first one's possessor.
      if (tree.rel(t) == "conj" && tree.Child(t, "det") < 0 && tree.Child(t, "nmod:poss") < 0 && tree.head(t) >= 0)
        if (const int poss = tree.Child(tree.head(t), "nmod:poss"); poss >= 0 && poss < tree.head(t)) mods.push_back(poss);
      for (int k : mods) {
        if (mention_at[k] >= 0 && mention_at[k] != mention_at[t]) {
          const ActorMention& c = mentions[mention_at[k]];
          // (A person only as the role's own modifier: "the Trump
          // administration", "Putin's troops" are of the person's country.)
          const bool persons_role = c.kind == ActorKind::kPerson && k < t && tree.head(k) == t &&
                                    (tree.rel(k) == "compound" || tree.rel(k) == "nmod:poss");
          if ((c.kind == ActorKind::kPerson && !persons_role) || c.kind == ActorKind::kMedia || StartsWith(c.code, "---"))
            continue;
          // Compose country + agent into a new mention.
          ActorMention composed = m;
          // (Each of several actors a name stands for: "the leaders of both
          // countries" are KHMGOV/THAGOV.)
          composed.code.clear();
          for (size_t from = 0; from <= c.code.size();) {
            const size_t to = std::min(c.code.find('/', from), c.code.size());
            const std::string part = c.code.substr(from, to - from);
            const std::string country = CountryOfCode(part);
            // ("the commander of the SDF": an armed group's commander is the group.)
            if (!part.empty() && IsArmedGroupCode(part) && std::string_view(m.code).substr(3) == "MIL")
              composed.code += (composed.code.empty() ? "" : "/") + part;
            else if (!part.empty())
              composed.code += (composed.code.empty() ? "" : "/") + (country.empty() ? part : country) + m.code.substr(3);
            from = to + 1;
          }
          composed.begin = std::min(m.begin, c.begin);
          composed.end = std::max(m.end, c.end);
          composed.entries.append(c.entries);
          mentions.push_back(std::move(composed));
          return static_cast<int>(mentions.size()) - 1;
        }
      }
      return mention_at[t];
    }
    if (depth > 0) return -1;
    // "struck what it called terrorist camps in Pakistan": a free relative
    // with a verb of naming stands for what it names.
    // (Also where the named thing is, the parser hanging "in Pakistan" on the
    // naming verb.)
    if (Equals(tree.xpos(t), "WP"))
      for (int k : tree.kids(t))
        if (tree.rel(k) == "acl:relcl" && tree.Child(k, "xcomp") >= 0) {
          const int named = self(self, tree.Child(k, "xcomp"), 0);
          if (named >= 0) return named;
          for (int o : tree.kids(k))
            if (o > tree.Child(k, "xcomp") && BaseRel(tree.rel(o)) == "obl" && Equals(tree.CaseOf(o), "in")) return self(self, o, 0);
          return -1;
        }
    // A quantity is what it counts: "arrested dozens of protesters outside
    // the Israeli embassy" arrested protesters, not the embassy.
    if (const int counted = CountedNoun(tree, t); counted >= 0) {
      const int m = self(self, counted, 0);
      if (m >= 0) return m;
    }
    // Breadth-first through the noun phrase (not into clauses), nearest first:
    // "part of Syria's second city Aleppo", "an agreement with the EU".
    // An actor with no country ("government-held part of Syria") gives way
    // to a deeper one that has one.
    // (Per-thread scratch: only this outermost call walks, its inner calls
    // at depth 1 return before here.)
    // "targeted Hezbollah weapons depots in southern Lebanon": a name at the
    // head of the compounds before the noun says whose the thing is, before
    // a place phrase after it (nearer in the tree). (Not a city's or
    // capital's name: "the Istanbul peace talks" are held there.)
    for (int c : tree.kids(t)) {
      if (c > t || tree.rel(c) != "compound" || mention_at[c] >= 0) continue;
      for (int k : tree.kids(c)) {
        if (k > c || tree.rel(k) != "compound" || mention_at[k] < 0) continue;
        const ActorKind kind = mentions[mention_at[k]].kind;
        if (kind == ActorKind::kCapital || kind == ActorKind::kCity || kind == ActorKind::kPerson) continue;
        const int m = self(self, k, 1);
        if (m >= 0 && !StartsWith(mentions[m].code, "---")) return m;
      }
    }
    thread_local std::vector<int> frontier, next;
    frontier.assign(1, t);
    int bare = -1;
    // Who speaks is best named by a role word modifying the speaker: "the
    // official news agency WFNA said", "a government spokesman said" (---GOV).
    const bool speaker = BaseRel(tree.rel(t)) == "nsubj" && tree.head(t) >= 0 &&
                         OneOf(kAnnouncingVerbs, tree.lemma(tree.head(t)));
    for (int level = 0; level < 4 && !frontier.empty(); ++level) {
      next.clear();
      // "the West African bloc ECOWAS", "the Iranian-backed group
      // Hezbollah": a named actor in apposition is who the noun is; its
      // modifiers only describe, unless they name the same actor more
      // closely ("Hamas military chief Mohammed Deif" is PSEREBHMSMIL).
      int named = -1;
      for (int x : frontier)
        for (int k : tree.kids(x))
          if (named < 0 && tree.rel(k) == "appos" && mention_at[k] >= 0) {
            const int m = self(self, k, 1);
            if (m >= 0 && !StartsWith(mentions[m].code, "---")) named = m;
          }
      auto or_named = [&](int m) {
        return named >= 0 && mentions[m].code.compare(0, mentions[named].code.size(), mentions[named].code) != 0 ? named
                                                                                                          : m;
      };
      for (int x : frontier)
        for (int k : tree.kids(x)) {
          Rel r = BaseRel(tree.rel(k));
          // "raise trade to $10 billion during Pezeshkian's visit": a time
          // is no one acted on.
          if (r == "nmod" && (Equals(tree.CaseOf(k), "during") || Equals(tree.CaseOf(k), "amid") ||
                              Equals(tree.CaseOf(k), "since") || Equals(tree.CaseOf(k), "until")))
            continue;
          // "the Iran-backed group": who backs, arms or trains a group is
          // not the group ("Saudi-led" stays: the coalition is Saudi's).
          if (r == "amod" && Equals(tree.xpos(k), "VBN") &&
              OneOf(kBackingParticiples, tree.lemma(k)))
            continue;
          // "a conference on Sudan", "talks about Gaza": what a meeting is
          // about is no one taking part in it.
          if (r == "nmod" && OneOf(kMeetingNouns, tree.lemma(x)) && OneOf(kTopicCases, tree.CaseOf(k))) continue;
          // "talks in Doha": where a meeting is held is no one taking part.
          if (r == "nmod" && OneOf(kMeetingNouns, tree.lemma(x)) &&
              (Equals(tree.CaseOf(k), "in") || Equals(tree.CaseOf(k), "at")) && mention_at[k] >= 0 &&
              (mentions[mention_at[k]].kind == ActorKind::kCapital || mentions[mention_at[k]].kind == ActorKind::kCity))
            continue;
          // "a framework agreement in Doha": nor where an accord is made,
          // whatever the dictionary calls the place (Phoenix lists Doha as
          // Qatar).
          if (r == "nmod" && OneOf(kAgreementNouns, tree.lemma(x)) &&
              (Equals(tree.CaseOf(k), "in") || Equals(tree.CaseOf(k), "at")))
            continue;
          // "snubs Istanbul talks", "the Geneva summit": a city naming a
          // meeting is where it is held, not who takes part.
          // ("the El Fasher massacres", "the Kramatorsk strike": so does a
          // city naming an act of force.)
          if (r == "compound" &&
              (OneOf(kMeetingNouns, tree.lemma(x)) || OneOf(kAttackNouns, tree.lemma(x)) ||
               OneOf(kAtrocityNouns, tree.lemma(x))) &&
              mention_at[k] >= 0 &&
              (mentions[mention_at[k]].kind == ActorKind::kCapital || mentions[mention_at[k]].kind == ActorKind::kCity))
            continue;
          // "clashes in the city of Aleppo killed two people": where fighting
          // happened is no side of it.
          if (r == "nmod" && OneOf(kConflictNouns, tree.lemma(x)) &&
              (Equals(tree.CaseOf(k), "in") || Equals(tree.CaseOf(k), "at") || Equals(tree.CaseOf(k), "near")))
            continue;
          // "shot down drones over Iraq": a place passed over is not
          // whose the thing is ("civilians in Gaza" are Gaza's).
          if (r == "nmod" && OneOf(kPassingCases, tree.CaseOf(k))) continue;
          // "a Greek-owned ship", "Iranian-made drones": the name before a
          // hyphenated participle on the noun says whose the thing is.
          const bool hyphen_owner = r == "obl" && k + 2 == x && x > 1 && Equals(tree.xpos(x), "VBN") &&
                                    Equals(tree.xpos(x - 1), "HYPH") && BaseRel(tree.rel(x)) == "amod";
          if (r == "compound" || r == "amod" || r == "flat" || r == "appos" || r == "nmod" || r == "det" ||
              r == "nummod" || hyphen_owner) {
            if (mention_at[k] >= 0) {
              int m = self(self, k, 1);
              if (m >= 0 && !StartsWith(mentions[m].code, "---")) return or_named(m);
              // A role word used as a modifier ("missile warning data") names no actor.
              if (m >= 0 && bare < 0 && (speaker || (r != "compound" && r != "amod"))) bare = m;
            }
            next.push_back(k);
          }
        }
      frontier.swap(next);
    }
    // "Thousands protested in Belgrade", "tens of thousands rallied": a
    // crowd counted and not named is people.
    // (Also counting people no dictionary names: "thousands of his supporters".)
    if (bare < 0 && Equals(tree.xpos(t), "NNS") && OneOf(kCrowdNumbers, tree.lemma(t)) &&
        (CountedNoun(tree, t) < 0 || OneOf(kFollowerNouns, tree.lemma(CountedNoun(tree, t))))) {
      ActorMention people;
      people.begin = t;
      people.end = t + 1;
      people.code = "---CVL";
      people.kind = ActorKind::kAgent;
      people.has_agent = true;
      people.entries.push_back("a crowd counted: \"" + tree.tok(t).form + "\" are people");
      mentions.push_back(std::move(people));
      return static_cast<int>(mentions.size()) - 1;
    }
    return bare;
  };
  auto mention_under = [&](int t, int depth) { return mention_under_impl(mention_under_impl, t, depth); };

  // Pronouns resolve to the article's recent actors.
  // (`as`: the pronoun to read a possessive as, "its" as "it".)
  // A copy of actor m standing at pronoun t, with how it was found.
  // An actor named earlier in the article standing at token t of this
  // sentence (its span is t, where it is referred to), with why.
  auto stand_in = [&](ActorMention m, int t, std::string why_here) {
    m.begin = t;
    m.end = t + 1;
    m.entries.push_back(std::move(why_here));
    mentions.push_back(std::move(m));
    return static_cast<int>(mentions.size()) - 1;
  };
  auto corefer = [&](ActorMention m, int t, const char* how) {
    return stand_in(std::move(m), t, "coreference: \"" + tree.tok(t).form + "\"" + how);
  };
  // A pronoun subject of the main clause ("It said ...") is the main
  // subject of the sentence before, when that is one actor and it fits.
  auto previous_subject = [&](int t, std::string_view l) -> const ActorMention* {
    if (!ctx || ctx->last_subjects.size() != 1 || BaseRel(tree.rel(t)) != "nsubj" || tree.head(t) < 0 ||
        tree.head(tree.head(t)) >= 0 || !Equals(tree.upos(t), "PRON"))
      return nullptr;
    const ActorMention& m = ctx->last_subjects.front();
    const bool person = m.kind == ActorKind::kPerson;
    return ((Equals(l, "he") || Equals(l, "she")) ? person : (Equals(l, "it") && !person)) ? &m : nullptr;
  };
  auto pronoun = [&](int t, std::string_view as = {}) -> int {
    std::string_view l = as.empty() ? tree.lemma(t) : std::string_view(as);
    // "The opposition, much of which boycotted the vote": a part of the
    // relative pronoun ("much of which", "many of whom") is the noun's, a
    // part of the group itself (so a group with no name of its own too).
    bool part_of_noun = false;
    if (as.empty() && BaseRel(tree.rel(t)) == "nsubj" && tree.head(t) >= 0 && tree.rel(tree.head(t)) == "acl:relcl" &&
        t > 0 && Equals(tree.form(t - 1), ","))
      for (int k : tree.kids(t))
        if (k > t && BaseRel(tree.rel(k)) == "nmod" && Equals(tree.CaseOf(k), "of") &&
            (Equals(tree.lemma(k), "which") || Equals(tree.lemma(k), "whom"))) {
          l = tree.lemma(k);
          part_of_noun = true;
        }
    // "Orban, who visited Moscow last week, criticised ...": the subject of
    // a relative clause is the noun the clause modifies.
    // (Also its object: "sanctions on Rwanda, which she accused of sending troops".)
    if ((Equals(l, "who") || Equals(l, "which") || Equals(l, "that") || Equals(l, "whom")) &&
        (BaseRel(tree.rel(t)) == "nsubj" || tree.rel(t) == "obj") && tree.head(t) >= 0 &&
        tree.rel(tree.head(t)) == "acl:relcl") {
      const int noun = tree.head(tree.head(t));
      // ("a visit to Dushanbe by Foreign Minister Jeenbek Kulubaev, who held
      // talks", the clause hung on "visit": "who" is the person named right
      // before its comma.)
      if ((Equals(l, "who") || Equals(l, "whom")) && t >= 2 && Equals(tree.form(t - 1), ",") && noun >= 0 &&
          mention_at[noun] < 0) {
        for (const ActorMention& x : mentions)
          if (x.end == t - 1 && x.begin > noun && (x.kind == ActorKind::kPerson || x.has_agent) &&
              !StartsWith(x.code, "---"))
            return corefer(x, t, " is the person named before its comma");
      }
      // (A named actor only: "the militant group that has seized parts of
      // Iraq" describes, with no one to code.)
      const int m = noun >= 0 ? mention_under(noun, 0) : -1;
      if (m < 0 || (StartsWith(mentions[m].code, "---") && !part_of_noun)) return -1;
      // (Not a place the noun is in: "the collapse of a canopy in Novi Sad
      // that killed 15 people" was no act of Serbia's.)
      if (mention_at[noun] < 0 && mentions[m].begin > noun) {
        bool placed = false;
        for (int x = mentions[m].begin; x < mentions[m].end && x < n; ++x) placed |= OneOf(kPlaceCases, tree.CaseOf(x));
        if (placed) return -1;
      }
      return corefer(mentions[m], t, " is the noun its clause modifies");
    }
    if (!Equals(tree.upos(t), "PRON") && !Equals(l, "he") && !Equals(l, "she") && !Equals(l, "they")) return -1;
    const ActorMention* found = nullptr;
    // Within the sentence first: "Xi wrote to Kim, asking him" -> Kim.
    // Imported TABARI/PETRARCH actors carry no kind: a single proper name
    // with a role code ("Obama" -> USAGOV) is taken for a person.
    auto person_like = [&](const ActorMention& m) {
      if (m.kind == ActorKind::kPerson) return true;
      // A single office holder named by the office: "Congo's foreign minister ... she".
      if (m.has_agent && m.end <= n && m.end > 0 && Equals(tree.xpos(m.end - 1), "NN") &&
          OneOf(kOfficeHolders, tree.lemma(m.end - 1)))
        return true;
      if (!m.imported) return false;  // dyad's own files say what a name is
      // International bodies and groups are "it", never "he" ("Interpol has said it will").
      for (std::string_view body : {"IGO", "NGO", "IMG", "MNC"})
        if (m.code.compare(0, 3, body) == 0) return false;
      if ((m.kind != ActorKind::kCountry && m.kind != ActorKind::kGroup) || m.code.size() <= 3 || m.entries.size() != 1)
        return false;
      for (int i = m.begin; i < m.end && i < n; ++i)
        if (!Equals(tree.upos(i), "PROPN")) return false;
      return true;
    };
    bool have_person = false;
    for (const auto& m : mentions) have_person |= m.end <= t && m.kind == ActorKind::kPerson;
    // "warrants for Netanyahu and Gallant, accusing them": "they" after two
    // people joined by "and" in the sentence is both (one actor each where
    // the code "A/B" is used).
    if (Equals(l, "they") && have_person) {
      for (size_t i = 0; i < mentions.size(); ++i) {
        const ActorMention& a = mentions[i];
        if (a.kind != ActorKind::kPerson || a.end > t || a.end > n) continue;
        for (size_t j = 0; j < mentions.size(); ++j) {
          const ActorMention& b = mentions[j];
          if (j == i || b.kind != ActorKind::kPerson || b.begin < a.end || b.end > t || b.end > n) continue;
          bool joined = false;
          for (int x = b.begin; x < b.end; ++x)
            if (tree.rel(x) == "conj" && tree.head(x) >= a.begin && tree.head(x) < a.end) joined = true;
          if (!joined || a.code == b.code) continue;
          ActorMention both = a;
          both.code = a.code + "/" + b.code;
          return corefer(std::move(both), t, " are the two people joined before it");
        }
      }
    }
    // The subject of what a speaker says is the speaker when it fits:
    // "Hamas said it had fired rockets", "Russia said it shot down".
    if (BaseRel(tree.rel(t)) == "nsubj" && tree.head(t) >= 0 && tree.rel(tree.head(t)) == "ccomp") {
      const int say = tree.head(tree.head(t));
      const int speaker = say >= 0 && (OneOf(kClaimVerbs, tree.lemma(say)) || OneOf(kAnnouncingVerbs, tree.lemma(say)))
                              ? tree.Child(say, "nsubj")
                              : -1;
      int sm = speaker >= 0 && speaker < t ? mention_at[speaker] : -1;
      // ("It said it was ready": the speaker a pronoun itself.)
      if (sm < 0 && speaker >= 0 && speaker < t)
        if (const ActorMention* m = previous_subject(speaker, tree.lemma(speaker))) sm = corefer(*m, speaker, ", the subject of the sentence before");
      if (sm >= 0 && !StartsWith(mentions[sm].code, "---") && mentions[sm].kind != ActorKind::kMedia) {
        const ActorMention& m = mentions[sm];
        const bool person = m.kind == ActorKind::kPerson || (!have_person && person_like(m));
        const bool fits = (Equals(l, "he") || Equals(l, "she"))
                              ? person
                              : (Equals(l, "it") || Equals(l, "they")) && m.kind != ActorKind::kPerson;
        if (fits) return corefer(m, t, " is the speaker");
      }
    }
    // "'We discussed security guarantees,' Zelensky wrote": "we" in what
    // someone says is the speaker's side, before or after the quote.
    if (Equals(l, "we") && BaseRel(tree.rel(t)) == "nsubj") {
      int clause = tree.head(t);
      // (A quote before its reporting verb may be parsed as an unmarked
      // adverbial clause of it.)
      const bool reported = clause >= 0 && (tree.rel(clause) == "ccomp" || tree.rel(clause) == "parataxis" ||
                                            (BaseRel(tree.rel(clause)) == "advcl" && tree.Child(clause, "mark") < 0));
      int say = reported ? tree.head(clause) : -1;
      // (The reporting clause may hang on the quote: "..., Zelensky wrote".)
      if (say < 0 && clause >= 0)
        for (int k : tree.kids(clause))
          if ((tree.rel(k) == "parataxis" || tree.rel(k) == "ccomp") && k > clause) say = k;
      const bool reporting = say >= 0 && (OneOf(kAnnouncingVerbs, tree.lemma(say)) || Equals(tree.lemma(say), "write") ||
                                          Equals(tree.lemma(say), "post") || OneOf(kClaimVerbs, tree.lemma(say)));
      const int speaker = reporting ? tree.Child(say, "nsubj") : -1;
      const int sm = speaker >= 0 ? mention_at[speaker] : -1;
      if (sm >= 0 && !StartsWith(mentions[sm].code, "---") && mentions[sm].kind != ActorKind::kMedia)
        return corefer(mentions[sm], t, " is the speaker's side");
    }
    // The subject of a relative clause is the clause-mate's subject: "urged
    // Germany to deliver the batteries it had offered" (it = Germany, who
    // delivers), "condemned the sanctions it called illegal".
    if (BaseRel(tree.rel(t)) == "nsubj" && tree.head(t) >= 0 && tree.rel(tree.head(t)) == "acl:relcl") {
      int noun = tree.head(tree.head(t));
      int clause = noun >= 0 ? tree.head(noun) : -1;
      // The parser may hang the relative clause on the verb whose object the
      // noun is ("deliver the batteries it had offered"): that verb is the clause.
      if (noun >= 0 && Equals(tree.upos(noun), "VERB") && tree.Child(noun, "obj") >= 0 && tree.Child(noun, "obj") < t)
        clause = noun;
      int subj = clause >= 0 ? tree.Child(clause, "nsubj") : -1;
      // (The to-clause may be parsed as an adverbial: "urged Germany on Sunday to deliver".)
      bool to_clause = clause >= 0 && (tree.rel(clause) == "xcomp" ||
                                       (BaseRel(tree.rel(clause)) == "advcl" && tree.Child(clause, "mark") >= 0 &&
                                        Equals(tree.lemma(tree.Child(clause, "mark")), "to")));
      if (subj < 0 && to_clause && tree.head(clause) >= 0) {
        int h = tree.head(clause);
        subj = tree.Child(h, "obj");
        if (subj < 0) subj = tree.Child(h, "iobj");
        if (subj < 0) subj = tree.Child(h, "nsubj");
      }
      if (subj >= 0 && subj < t && mention_at[subj] >= 0) {
        const ActorMention& m = mentions[mention_at[subj]];
        bool person = m.kind == ActorKind::kPerson;
        bool fits = (Equals(l, "he") || Equals(l, "she"))
                        ? person
                        : (Equals(l, "it") || Equals(l, "they")) && !person && m.kind != ActorKind::kMedia;
        if (fits && !StartsWith(m.code, "---")) return corefer(m, t, " is the subject of the clause it modifies");
      }
    }
    // The latest fitting actor, but a clause's subject beats a possessor or
    // object after it ("China remains North Korea's ally, and it has urged").
    const ActorMention* found_subject = nullptr;
    // "They" is plural: when a plural actor ("the ambassadors of seven
    // countries", "Israel and Hamas") fits, a singular name does not
    // ("Venezuela expelled the ambassadors ... after they questioned").
    auto plural = [&](const ActorMention& m) {
      for (int i = m.begin; i < m.end && i < n; ++i) {
        if (tree.xpos(i) == "NNS" || tree.xpos(i) == "NNPS") return true;
        for (int k : tree.kids(i))
          if (tree.rel(k) == "conj" && (k < m.begin || k >= m.end)) return true;
        // ("seven Latin American countries": the plural noun it modifies.)
        const int h = tree.head(i);
        const Rel r = BaseRel(tree.rel(i));
        if ((h < m.begin || h >= m.end) && h >= 0 && (r == "amod" || r == "compound") && tree.xpos(h) == "NNS")
          return true;
      }
      return false;
    };
    bool want_plural = false;
    if (l == "they")
      for (const auto& m : mentions)
        if (m.end <= t && m.kind != ActorKind::kPerson && m.kind != ActorKind::kMedia && plural(m) &&
            !StartsWith(m.code, "---"))
          want_plural = true;
    // An object pronoun is not the subject of its own clause or of the
    // clauses above it: "Police used water cannon to disperse them" are not
    // the police.
    const Rel own_rel = BaseRel(tree.rel(t));
    const bool object_pronoun = own_rel == "obj" || own_rel == "iobj";
    // (Up through complements and purpose clauses only: in "arrived in
    // Moscow, where the Kremlin granted them asylum" they are who arrived.)
    auto subject_above = [&](const ActorMention& m) {
      if (!object_pronoun) return false;
      for (int up = tree.head(t), hops = 0; up >= 0 && hops < 8; up = tree.head(up), ++hops) {
        for (int k : tree.kids(up))
          if (BaseRel(tree.rel(k)) == "nsubj" && k >= m.begin && k < m.end) return true;
        const Rel r = tree.rel(up);
        const int mark = tree.Child(up, "mark");
        const bool purpose = (BaseRel(r) == "advcl" || BaseRel(r) == "acl") && mark >= 0 && Equals(tree.lemma(mark), "to");
        // ("Putin thanked him ... and invited him to Moscow": a conjoined
        // verb shares its first verb's subject.)
        const bool shared = r == "conj" && Equals(tree.upos(up), "VERB") && tree.Child(up, "nsubj") < 0;
        if (r != "xcomp" && !purpose && !shared) break;
      }
      return false;
    };
    // A possessor in what a noun's makers act on is none of them: "Israeli
    // and U.S. strikes on its nuclear sites" (its: Iran).
    int acted_noun = -1;
    if (tree.rel(t) == "nmod:poss" && tree.head(t) >= 0 && BaseRel(tree.rel(tree.head(t))) == "nmod")
      acted_noun = tree.head(tree.head(t));
    auto maker_of_acted_noun = [&](const ActorMention& m) {
      if (acted_noun < 0) return false;
      for (int i = m.begin; i < m.end && i < n; ++i) {
        int x = i;
        while (tree.rel(x) == "conj" && tree.head(x) >= 0) x = tree.head(x);
        const Rel r = tree.rel(x);
        if (tree.head(x) == acted_noun && (r == "amod" || r == "compound" || r == "nmod:poss")) return true;
      }
      return false;
    };
    // What a verb of naming calls something is that thing, no antecedent of
    // its own: "sanctions on two Taiwanese legislators it described as
    // 'diehard separatists', barring them" bars the legislators.
    auto naming_predicate = [&](const ActorMention& m) {
      const int head = PhraseHead(tree, m.begin, std::min(m.end, n));
      if (head < 0 || tree.head(head) < 0 || !OneOf(kNamingVerbs, tree.lemma(tree.head(head)))) return false;
      const Rel r = BaseRel(tree.rel(head));
      return r == "xcomp" || (r == "obl" && Equals(tree.CaseOf(head), "as"));
    };
    for (const auto& m : mentions) {
      if (m.end > t) break;
      if (want_plural && !plural(m)) continue;
      if (subject_above(m)) continue;
      if (maker_of_acted_noun(m)) continue;
      if (naming_predicate(m)) continue;
      // ("its fighters ... vowed to retake it": "it" is never a common plural.)
      if (Equals(l, "it") && tree.xpos(m.end - 1) == "NNS") continue;
      bool person = have_person ? m.kind == ActorKind::kPerson : person_like(m);
      if (((Equals(l, "he") || Equals(l, "she")) && person) ||
          ((Equals(l, "they") || Equals(l, "it")) && !person && m.kind != ActorKind::kMedia)) {
        found = &m;
        for (int i = m.begin; i < m.end && i < n; ++i)
          if (BaseRel(tree.rel(i)) == "nsubj" && (tree.head(i) < m.begin || tree.head(i) >= m.end)) found_subject = &m;
      }
    }
    // (Not for an object: "Xi wrote to Kim, asking him to cooperate" asks
    // Kim; an object pronoun is not its own clause's subject.)
    const Rel pronoun_rel = BaseRel(tree.rel(t));
    if (found_subject && pronoun_rel != "obj" && pronoun_rel != "iobj") found = found_subject;
    if (found) return corefer(*found, t, " in the sentence");
    if (const ActorMention* m = previous_subject(t, l)) return corefer(*m, t, ", the subject of the sentence before");
    if (Equals(l, "he") || Equals(l, "she")) {
      // (An object pronoun is not its clause's subject named earlier either:
      // "Kim held talks with Putin. Putin thanked him" thanks Kim.)
      auto is_own_subject = [&](const ActorMention& r) {
        if (!object_pronoun) return false;
        for (const auto& m : mentions)
          if (m.end <= t && m.code == r.code && subject_above(m)) return true;
        return false;
      };
      for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend() && !found; ++it)
        if ((it->kind == ActorKind::kPerson || it->office_holder) && !is_own_subject(*it)) found = &*it;
      // Imported actors carry no kind: a named actor with a role code.
      for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend() && !found; ++it)
        if ((it->kind == ActorKind::kCountry || it->kind == ActorKind::kGroup) && it->code.size() > 3 &&
            it->entries.size() == 1)
          found = &*it;
    } else if (Equals(l, "they") || Equals(l, "it") || Equals(l, "we")) {
      for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it)
        if (it->kind != ActorKind::kPerson && it->kind != ActorKind::kMedia) { found = &*it; break; }
    }
    if (!found) return -1;
    return corefer(*found, t, "");
  };

  // PETRARCH's new_actor_length (ArticleContext::new_actor_length): while
  // `new_actors_now` is set, a noun phrase in a source or target slot that
  // names no dictionary actor is coded by its own words, upper-cased and in
  // quotes, when it has at most that many words ("Gryffindor's head Minerva
  // McGonagall" -> "GRYFFINDOR HEAD MINERVA MCGONAGALL"): its head's subtree
  // without its conjuncts, coordinators, punctuation, possessive 's and the
  // head's own preposition. A pronoun or a number names no new actor.
  const int new_actor_length = ctx ? ctx->new_actor_length : 0;
  bool new_actors_now = false;
  auto new_actor = [&](int t) -> int {
    if (!new_actors_now || new_actor_length <= 0 || t < 0) return -1;
    if (!Equals(tree.upos(t), "NOUN") && !Equals(tree.upos(t), "PROPN")) return -1;
    if (IsTimeWord(tree.lemma(t))) return -1;  // "on Wednesday": when, not who
    std::vector<int> words, stack{t};
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      if (mention_at[x] >= 0) return -1;  // holds a dictionary name: not new
      words.push_back(x);
      for (int k : tree.kids(x)) {
        Rel r = BaseRel(tree.rel(k));
        if (r == "conj" || r == "cc" || r == "punct" || Equals(tree.xpos(k), "POS") ||
            (r == "case" && Equals(tree.upos(k), "PART")))
          continue;
        if (x == t && r == "case") continue;
        if ((r == "nmod" || r == "obl") && IsTimeWord(tree.lemma(k))) continue;  // "on Wednesday"
        stack.push_back(k);
      }
    }
    if (static_cast<int>(words.size()) > new_actor_length) return -1;
    std::sort(words.begin(), words.end());
    ActorMention m;
    m.begin = words.front();
    m.end = words.back() + 1;
    m.kind = ActorKind::kGroup;
    m.code = "\"";
    for (int w : words) {
      if (m.code.size() > 1) m.code += ' ';
      for (char c : tree.form(w)) m.code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    m.code += '"';
    m.entries.push_back("new actor: a phrase of " + std::to_string(words.size()) + " word(s) no dictionary knows");
    mentions.push_back(std::move(m));
    return static_cast<int>(mentions.size()) - 1;
  };

  // All actors of an argument: the head's mention plus conjuncts ("China and Russia").
  // Conjuncts hang on the first one or on each other ("Mordor, Rohan,
  // Fornost and Bree"); the argument's own head and the head of the actor
  // found inside it ("ties between Gondor and Osgiliath") both count.
  auto resolve = [&](int t) {
    SmallInts out;
    if (t < 0) return out;
    // "Obama and Putin said they will attack Iraq": "they" subject of a
    // clause under a verb whose subject is a coordination is that coordination.
    if (mention_at[t] < 0 && Equals(tree.upos(t), "PRON") &&
        (Equals(tree.lemma(t), "they") || Equals(tree.lemma(t), "we")) && BaseRel(tree.rel(t)) == "nsubj") {
      int clause = tree.head(t);
      Rel cr = clause >= 0 ? tree.rel(clause) : Rel();
      int up = clause >= 0 ? tree.head(clause) : -1;
      int subj = up >= 0 && (cr == "ccomp" || cr == "xcomp" || BaseRel(cr) == "advcl") ? tree.Child(up, "nsubj") : -1;
      // (A list the parser made an apposition holding the rest: "Mali, Burkina Faso and Niger".)
      const int appos = subj >= 0 ? tree.Child(subj, "appos") : -1;
      if (subj >= 0 && subj < t && mention_at[subj] >= 0 &&
          (tree.Child(subj, "conj") >= 0 || (appos >= 0 && tree.Child(appos, "conj") >= 0)))
        t = subj;
    }
    // "Putin and Trump ended their summit": "their" on what a coordination's
    // verb acts on is that coordination.
    if (mention_at[t] < 0 && tree.rel(t) == "nmod:poss" && Equals(tree.upos(t), "PRON") &&
        (Equals(tree.lemma(t), "their") || Equals(tree.lemma(t), "they")) && tree.head(t) >= 0) {
      const int noun = tree.head(t);
      const int verb = tree.head(noun);
      const Rel nr = BaseRel(tree.rel(noun));
      const int subj = verb >= 0 && (nr == "obj" || nr == "obl") ? tree.Child(verb, "nsubj") : -1;
      if (subj >= 0 && subj < t && mention_at[subj] >= 0 && tree.Child(subj, "conj") >= 0) t = subj;
    }
    int m = mention_under(t, 0);
    // "Mali's partners ..., Burkina Faso and Niger, expressed support": a
    // word for a relation names the others, not its possessor.
    if (m >= 0 && mention_at[t] < 0 && OneOf(kCounterpartNouns, tree.lemma(t))) {
      const int poss = tree.Child(t, "nmod:poss");
      if (poss >= 0 && mentions[m].begin <= poss && poss < mentions[m].end) m = -1;
    }
    // "where the borders of Thailand, Cambodia and Laos meet": a border or
    // coast that does something is no act of its country.
    if (m >= 0 && mention_at[t] < 0 && BaseRel(tree.rel(t)) == "nsubj" && OneOf(kPlaceNouns, tree.lemma(t)))
      m = -1;
    // "threatened tariffs on the South American country" (after Colombia): a
    // region's adjective on "the country" names a state of the region the
    // article has named, not the region.
    if (m >= 0 && mention_at[t] < 0 && ctx && OneOf(kRegionCodes, std::string_view(mentions[m].code)) &&
        (Equals(tree.lemma(t), "country") || Equals(tree.lemma(t), "nation")) && tree.Child(t, "det") >= 0 &&
        Equals(tree.lemma(tree.Child(t, "det")), "the")) {
      m = -1;
      for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it)
        if (it->code.size() == 3 && it->kind != ActorKind::kMedia && !OneOf(kRegionCodes, std::string_view(it->code)) &&
            !CountryOfCode(it->code).empty()) {
          m = corefer(*it, t, " is the region's country the article named");
          break;
        }
    }
    // "the group" after Hamas, "the agency" after the IAEA, "the bloc" after
    // ECOWAS: a definite word for a kind of organisation, naming none, is the
    // article's latest organisation of that kind (dyad's own dictionaries,
    // which say what kind a name is).
    // (Also "the militant group", a role word naming no one.)
    const bool bare_role = m >= 0 && mention_at[t] == m && StartsWith(mentions[m].code, "---");
    if ((m < 0 || bare_role) && ctx && Equals(tree.upos(t), "NOUN") && tree.Child(t, "det") >= 0 &&
        Equals(tree.lemma(tree.Child(t, "det")), "the")) {
      const std::string_view l = tree.lemma(t);
      const bool group_word = Equals(l, "group") || Equals(l, "movement") || Equals(l, "militia");
      const bool body_word = Equals(l, "agency") || Equals(l, "watchdog") || Equals(l, "bloc") ||
                             Equals(l, "alliance") || Equals(l, "organisation") || Equals(l, "organization");
      // The latest actor that `fits`: named before t in this sentence, else
      // in the article's recent sentences.
      auto latest_before = [&](auto fits) -> const ActorMention* {
        const ActorMention* found = nullptr;
        for (const ActorMention& o : mentions)
          if (o.end <= t && fits(o)) found = &o;
        for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend() && !found; ++it)
          if (fits(*it)) found = &*it;
        return found;
      };
      if (group_word || body_word) {
        const ActorKind kind = group_word ? ActorKind::kGroup : ActorKind::kOrg;
        const ActorMention* found = latest_before([&](const ActorMention& o) {
          return o.kind == kind && !o.imported && !StartsWith(o.code, "---");
        });
        if (found) m = stand_in(*found, t, "coreference: \"the " + std::string(l) + "\" is the latest one named");
      } else if (bare_role && mentions[m].code.size() == 6 && tree.Child(t, "amod") < 0 && tree.Child(t, "compound") < 0 &&
                 tree.Child(t, "nmod") < 0) {
        // "Three Russian MiG-31 jets ... The jets flew into Estonian
        // airspace": a definite role word alone is the latest actor of that
        // role the article placed in a country.
        const std::string_view role = std::string_view(mentions[m].code).substr(3);
        auto same_role = [&](const ActorMention& o) {
          return o.code.size() == 6 && !StartsWith(o.code, "---") && std::string_view(o.code).substr(3) == role;
        };
        // (Only when every such actor named is of one country: with Chinese
        // and Indian officials, "the government" is either.)
        // (Named in an earlier sentence: in "Vucic met the government" the
        // government is not Vucic.)
        const ActorMention* found = nullptr;
        bool one_country = true;
        for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it) {
          if (!same_role(*it)) continue;
          if (!found) found = &*it;
          one_country &= CountryOfCode(it->code) == CountryOfCode(found->code);
        }
        for (const ActorMention& o : mentions)
          if (found && same_role(o)) one_country &= CountryOfCode(o.code) == CountryOfCode(found->code);
        if (found && one_country)
          m = stand_in(*found, t, "coreference: \"the " + std::string(l) + "\" is the one actor of that role named");
      } else if (OneOf(kBodyHeadWords, l)) {
        // "the council" after the U.N. Security Council, "the court" after
        // the ICC: the latest organisation whose name ends in that word.
        auto named_so = [&](const ActorMention& o) {
          if (o.kind != ActorKind::kOrg || StartsWith(o.code, "---") || o.entries.empty()) return false;
          const std::string_view entry = o.entries.front();
          const size_t space = entry.rfind(' ');
          const std::string_view last = space == std::string_view::npos ? entry : entry.substr(space + 1);
          return last.size() == l.size() &&
                 std::equal(last.begin(), last.end(), l.begin(), [](char a, char b) { return LowerAscii(a) == b; });
        };
        if (const ActorMention* found = latest_before(named_so))
          m = stand_in(*found, t, "coreference: \"the " + std::string(l) + "\" is the latest one so named");
      }
    }
    // "willing to hold talks with the North", "no intention of sitting down
    // with the South": in a story of the two Koreas (one of them named in this
    // sentence or the article's recent ones), "the North" and "the South"
    // are North and South Korea.
    if (m < 0 && ctx && (tree.tok(t).form == "North" || tree.tok(t).form == "South") && tree.Child(t, "det") >= 0 &&
        Equals(tree.lemma(tree.Child(t, "det")), "the") && tree.Child(t, "amod") < 0 && tree.Child(t, "compound") < 0 &&
        tree.Child(t, "nmod") < 0 && !(t + 1 < n && Equals(tree.upos(t + 1), "PROPN"))) {
      auto korean = [](const ActorMention& o) { return StartsWith(o.code, "PRK") || StartsWith(o.code, "KOR"); };
      bool koreas = std::any_of(mentions.begin(), mentions.end(), korean);
      for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend() && !koreas; ++it) koreas = korean(*it);
      if (koreas) {
        ActorMention korea;
        korea.code = tree.tok(t).form == "North" ? "PRK" : "KOR";
        korea.kind = ActorKind::kCountry;
        m = stand_in(std::move(korea), t, "\"the " + tree.tok(t).form + "\" in a story of the two Koreas");
      }
    }
    // "Ukraine's air force said Russia had launched 598 drones at the
    // country": a bare "the country" that is no subject is the latest country
    // the sentence named before it, other than its clause's named subject.
    // (Not "the nation" a leader addresses, his own; nor one whose clause's
    // subject is not named yet, a pronoun: it may be that country's.)
    if (m < 0 && Equals(tree.lemma(t), "country") && BaseRel(tree.rel(t)) != "nsubj" && tree.Child(t, "det") >= 0 &&
        Equals(tree.lemma(tree.Child(t, "det")), "the") && tree.Child(t, "amod") < 0 && tree.Child(t, "compound") < 0 && tree.Child(t, "nmod") < 0 &&
        tree.Child(t, "acl:relcl") < 0 && tree.Child(t, "nummod") < 0) {
      int clause = tree.head(t);
      while (clause >= 0 && !Equals(tree.upos(clause), "VERB")) clause = tree.head(clause);
      const int subj = clause >= 0 ? tree.Child(clause, "nsubj") : -1;
      const int subject_mention = subj >= 0 ? mention_at[subj] : -1;
      const ActorMention* found = nullptr;
      for (int o = 0; o < static_cast<int>(mentions.size()) && subject_mention >= 0; ++o)
        if (mentions[o].end <= t && o != subject_mention && IsStateCode(mentions[o].code) &&
            mentions[o].kind != ActorKind::kMedia && !CountryOfCode(mentions[o].code).empty() &&
            CountryOfCode(mentions[o].code) != CountryOfCode(mentions[subject_mention].code))
          found = &mentions[o];
      if (found) {
        // (The country, not the organ named: "the country" after "Ukraine's air force" is Ukraine.)
        ActorMention country = *found;
        country.code = std::string(CountryOfCode(found->code));
        country.kind = ActorKind::kCountry;
        country.has_agent = false;
        country.office_holder = false;
        m = corefer(std::move(country), t, " is the latest other country the sentence named");
      }
    }
    if (m < 0) m = pronoun(t);
    // "US strikes on its nuclear sites": a thing of no actor's own that a
    // pronoun owns is its owner's (a target, as a place of the owner).
    // (Of a noun's phrase only: in a clause "its" is most often the
    // subject's own, "Ukraine would not give up its territory".)
    if (m < 0 && Equals(tree.upos(t), "NOUN") && OneOf(kOwnedTargetNouns, tree.lemma(t)) && tree.head(t) >= 0) {
      const int h = tree.head(t);
      // In a reported clause whose subject is another actor, "its" is the
      // speaker's: "Iran said the US struck its nuclear sites".
      int speaker = -1;
      if (Equals(tree.upos(h), "VERB") && tree.rel(h) == "ccomp" && tree.head(h) >= 0 &&
          OneOf(kReportVerbs, tree.lemma(tree.head(h)))) {
        const int said_by = tree.Child(tree.head(h), "nsubj");
        const int clause_subject = tree.Child(h, "nsubj");
        if (said_by >= 0 && clause_subject >= 0 && mention_at[said_by] >= 0 && mention_at[clause_subject] >= 0 &&
            mentions[mention_at[said_by]].code != mentions[mention_at[clause_subject]].code &&
            mentions[mention_at[said_by]].kind != ActorKind::kMedia)
          speaker = said_by;
      }
      if (Equals(tree.upos(h), "NOUN") || speaker >= 0)
        for (int k : tree.kids(t))
          if (tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON")) {
            const std::string f = Lower(tree.tok(k).form);
            const char* as = f == "its" ? "it" : f == "their" ? "they" : "";
            if (*as)
              m = speaker >= 0 ? corefer(mentions[mention_at[speaker]], k, " is the speaker, not the clause's subject")
                               : pronoun(k, as);
            break;
          }
    }
    // "India condemned his remarks": a say or deed that a pronoun owns, the
    // object of a verb, is its owner's; the owner is the target.
    if (m < 0 && tree.rel(t) == "obj" && Equals(tree.upos(t), "NOUN") && OneOf(kOwnedActNouns, tree.lemma(t)))
      for (int k : tree.kids(t))
        if (tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON")) {
          const std::string f = Lower(tree.tok(k).form);
          const char* as = PronounOfPossessive(f);
          if (*as) m = pronoun(k, as);
          break;
        }
    if (m < 0) m = new_actor(t);
    // "Bree President Romendacil": a person coded only by country takes the
    // sector of the role just before the name.
    // A bare role ("Dagolath's Deputy Prime Minister Telemar", the role
    // "---GOV") gives the person its sector.
    // (Not a pronoun: "the batteries it had offered".)
    if (m >= 0 && mentions[m].code.size() == 3 && !Equals(mentions[m].code, "---") &&
        !Equals(tree.upos(mentions[m].begin), "PRON"))
      for (size_t r = 0; r < mentions.size(); ++r)
        if (mentions[r].end == mentions[m].begin && mentions[r].code.size() > 3) {
          if (mentions[r].code.compare(0, 3, mentions[m].code) == 0) {
            m = static_cast<int>(r);
          } else if (StartsWith(mentions[r].code, "---")) {
            ActorMention c = mentions[m];
            c.code += mentions[r].code.substr(3);
            c.begin = mentions[r].begin;
            c.entries.append(mentions[r].entries);
            mentions.push_back(std::move(c));
            m = static_cast<int>(mentions.size()) - 1;
          }
          break;
        }
    // "Israel said its forces killed ...": a role owned by a pronoun
    // ("its troops", "their soldiers") belongs to the owner's country.
    if (m >= 0 && mentions[m].code.size() > 3 && StartsWith(mentions[m].code, "---") &&
        mentions[m].kind != ActorKind::kMedia)
      for (int k : tree.kids(t))
        if (tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON")) {
          const std::string f = Lower(tree.tok(k).form);
          const char* as = PronounOfPossessive(f);
          // ("France and the United States urged their citizens to leave":
          // each its own; no one of them is the other's target.)
          if (f == "their" && tree.head(t) >= 0 && (tree.rel(t) == "obj" || BaseRel(tree.rel(t)) == "obl")) {
            int subjects = 0;
            for (int x : tree.kids(tree.head(t)))
              if (tree.rel(x) == "nsubj" && x < t && mention_at[x] >= 0)
                subjects += tree.Child(x, "conj") >= 0 ? 2 : 1;  // ("France and the US": a list, or two subjects)
            if (subjects >= 2) {
              m = -1;
              break;
            }
          }
          int owner = *as ? pronoun(k, as) : -1;
          std::string country = owner >= 0 ? CountryOfCode(mentions[owner].code) : "";
          if (country.empty()) break;
          ActorMention c = mentions[m];
          c.code = country + c.code.substr(3);
          // ("The Arakan Army said its fighters had shelled": an armed
          // group's own armed men are the group.)
          const std::string_view owned_sector = std::string_view(c.code).substr(3, 3);
          if (IsArmedGroupCode(mentions[owner].code) && mentions[owner].code.size() > 6 &&
              (IsArmedGroupSector(owned_sector) || owned_sector == "UAF" || owned_sector == "MIL"))
            c.code = mentions[owner].code;
          c.entries.push_back(std::string(kOwnedBy) + tree.tok(k).form + "\" is " + mentions[owner].code);
          mentions.push_back(std::move(c));
          m = static_cast<int>(mentions.size()) - 1;
          break;
        }
    if (m >= 0) out.push_back(m);
    // Agent and country from different words: an agent shared by coordinated
    // countries ("the ambassadors of Arnor, Osgiliath and Gondor") and a
    // country shared by coordinated agents ("Danish media and government").
    auto compose = [&](int agent_mention, const std::string& country) {
      ActorMention c = mentions[agent_mention];
      // The role only, when the mention is a group's or an organisation's
      // ("Israeli and Hamas envoys": ISRGOV, not ISR + REBHMSGOV).
      bool country_based = !(c.kind == ActorKind::kGroup || c.kind == ActorKind::kOrg || c.kind == ActorKind::kMedia ||
                             c.kind == ActorKind::kPerson);
      c.code = country + (country_based || !c.has_agent ? c.code.substr(3) : c.code.substr(c.code.size() - 3));
      mentions.push_back(std::move(c));
      return static_cast<int>(mentions.size()) - 1;
    };
    // The conjuncts an agent was shared with: each stands in its composed
    // actor, not also on its own ("the embassies of France, Belgium and the
    // United States" is no Belgium besides BELGOV). (Per-thread scratch.)
    thread_local std::vector<int> composed_conjuncts;
    composed_conjuncts.clear();
    auto share_agent = [&](int m, bool first_conjunct) {
      // (A person's office is no role to share: "thanked Trump and Saudi
      // Arabia" is no Saudi government.)
      // Nor is a named group's or organisation's own code: "a truce between
      // Hamas and Israel" is no Israeli Hamas.
      if (m < 0 || mentions[m].code.size() <= 3 || StartsWith(mentions[m].code, "---") ||
          mentions[m].kind == ActorKind::kPerson)
        return;
      if ((mentions[m].kind == ActorKind::kGroup || mentions[m].kind == ActorKind::kOrg) && !mentions[m].has_agent)
        return;
      // (Its span only: mentions grows below, and a copy of the mention would cost more.)
      const struct { int begin, end; } am = {mentions[m].begin, mentions[m].end};
      // (Per-thread scratch: share_agent is not re-entered while it walks.)
      thread_local std::vector<int> conj_stack, seen_conj;
      for (int i = am.begin; i < am.end && i < n; ++i) {
        conj_stack.clear();
        for (int k : tree.kids(i))
          if (tree.rel(k) == "conj" && (k < am.begin || k >= am.end)) conj_stack.push_back(k);
        // "US and British activists": the first conjunct hangs outside the span.
        int h = tree.head(i);
        if (first_conjunct && tree.rel(i) == "conj" && h >= 0 && (h < am.begin || h >= am.end)) conj_stack.push_back(h);
        seen_conj.clear();
        while (!conj_stack.empty()) {
          int x = conj_stack.back();
          conj_stack.pop_back();
          if (std::find(seen_conj.begin(), seen_conj.end(), x) != seen_conj.end()) continue;
          seen_conj.push_back(x);
          for (int k : tree.kids(x))
            if (tree.rel(k) == "conj") conj_stack.push_back(k);
          if (mention_at[x] < 0) continue;
          const ActorMention& c = mentions[mention_at[x]];
          // Only a bare country joins the agent ("Osgiliath"); an actor with
          // its own role stands for itself ("envoys of Israel and Hamas").
          if (c.code.size() == 3 && !Equals(c.code, "---") && c.kind != ActorKind::kMedia &&
              c.kind != ActorKind::kPerson) {
            out.push_back(compose(m, c.code));
            composed_conjuncts.push_back(x);
          }
          else if (c.code.size() > 3 && !StartsWith(c.code, "---") && c.kind != ActorKind::kMedia &&
                   std::find(out.begin(), out.end(), mention_at[x]) == out.end())
            out.push_back(mention_at[x]);
        }
      }
    };
    share_agent(m, true);
    // (Per-thread scratch, its marks cleared after the walk: resolve is not
    // re-entered while it walks.)
    thread_local std::vector<int> stack, walked;
    thread_local std::vector<char> visited;
    stack.assign(1, t);
    if (m >= 0) {
      const ActorMention& am = mentions[m];
      for (int i = am.begin; i < am.end && i < n; ++i) {
        int h = tree.head(i);
        if (i != t && (h < am.begin || h >= am.end)) stack.push_back(i);
      }
    }
    if (visited.size() < static_cast<size_t>(n)) visited.resize(n, 0);
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      if (visited[x]) continue;
      visited[x] = 1;
      walked.push_back(x);
      for (int k : tree.kids(x))
        // "Mordor, the Shire, Fornost and Bree": the parser often makes the
        // second member of a list an apposition holding the rest as conjuncts.
        // (Only an apposition that is itself an actor: "Sara Duterte, the
        // former leader's daughter and a fierce critic of Marcos" describes
        // one person.)
        if (tree.rel(k) == "conj" || (tree.rel(k) == "appos" && tree.Child(k, "conj") >= 0 && mention_at[k] >= 0)) {
          if (std::find(composed_conjuncts.begin(), composed_conjuncts.end(), k) != composed_conjuncts.end()) {
            stack.push_back(k);
            continue;
          }
          int c = mention_under(k, 0);
          if (c < 0) c = new_actor(k);
          if (c >= 0 && mentions[c].code.size() > 3 && StartsWith(mentions[c].code, "---") && m >= 0 &&
              mentions[m].code.size() > 3 && !StartsWith(mentions[m].code, "---") &&
              !CountryOfCode(mentions[m].code).empty())
            c = compose(c, CountryOfCode(mentions[m].code));
          if (c >= 0 && std::find(out.begin(), out.end(), c) == out.end()) {
            out.push_back(c);
            // "Lawmakers and officials in Fornost and Gondor": the conjunct's
            // agent is shared by its own coordinated countries too.
            share_agent(c, false);
          }
          stack.push_back(k);
        }
    }
    for (int x : walked) visited[x] = 0;
    walked.clear();
    // "The Shire" [FRO/BIL/SAM]: one name standing for several actors.
    // A capital named as a place ("protested in Beijing") is the country;
    // only as an actor ("Beijing vetoed") does it stand for the government.
    for (int& x : out) {
      const ActorMention& am = mentions[x];
      // (Not a role placed in it: "at opposition supporters in Nairobi" are KENOPP.)
      if (am.kind != ActorKind::kCapital || am.seat_as_place || am.has_agent) continue;
      int head_tok = am.end - 1;
      for (int i = am.begin; i < am.end && i < n; ++i)
        if (tree.head(i) < am.begin || tree.head(i) >= am.end) head_tok = i;
      std::string c(tree.CaseOf(head_tok));
      // ("took control of the streets of Kathmandu": a part of the city.)
      const int whole = tree.head(head_tok);
      const bool part_of = Equals(c, "of") && whole >= 0 && OneOf(kCityParts, tree.lemma(whole));
      if (OneOf(kPlaceCases, c) || part_of) {
        std::string country = CountryOfCode(am.code);
        if (country.empty() || country == am.code) continue;
        ActorMention place = am;
        place.code = country;
        place.entries.push_back("capital as a place ('" + c + "'): the country");
        mentions.push_back(std::move(place));
        x = static_cast<int>(mentions.size()) - 1;
      }
    }
    SmallInts expanded;
    for (int m : out) {
      if (Equals(mentions[m].code, "---")) continue;  // a null entry ("state of emergency") names no actor
      if (mentions[m].code.find('/') == std::string::npos) {
        expanded.push_back(m);
        continue;
      }
      const std::string code = mentions[m].code;  // (a copy: mentions grows below)
      for (size_t from = 0; from <= code.size();) {
        size_t to = std::min(code.find('/', from), code.size());
        if (to > from) {
          ActorMention part = mentions[m];
          part.code = code.substr(from, to - from);
          mentions.push_back(std::move(part));
          expanded.push_back(static_cast<int>(mentions.size()) - 1);
        }
        from = to + 1;
      }
    }
    return expanded;
  };

  // Subject of a verb, following control and coordination.
  auto subject_token_impl = [&](auto& self, int v, int depth) -> int {
    if (v < 0 || depth > 6) return -1;
    int subj = tree.Child(v, "nsubj");
    // "X wrote to Y, asking him to ...": a bare -ing clause takes the main
    // clause's subject; a name the parser hung on it as nsubj is usually the
    // previous clause's object.
    // (An -ing clause the parser labelled a modifier of the verb itself,
    // "acl", is one too: "signed an order on Wednesday imposing a duty".)
    bool bare_participle = Equals(tree.xpos(v), "VBG") &&
                           (BaseRel(tree.rel(v)) == "advcl" ||
                            (tree.rel(v) == "acl" && tree.head(v) >= 0 && Equals(tree.upos(tree.head(v)), "VERB"))) &&
                           tree.Child(v, "aux") < 0 && tree.Child(v, "mark") < 0 && tree.head(v) >= 0;
    if (subj >= 0 && bare_participle && subj < v) subj = -1;
    // "..., the first hostages released under a ceasefire": a participle
    // with no auxiliary that the parser made a relative clause with its
    // noun as the subject is a reduced passive; the noun is its patient.
    // (Not a clause with no relative pronoun right after its noun: "a move
    // the militant group rejected" is the group's; the apposition follows a
    // comma.)
    if (subj >= 0 && Equals(tree.xpos(v), "VBN") && tree.rel(v) == "acl:relcl" && subj == v - 1 &&
        tree.Child(v, "aux", true) < 0 && tree.Child(v, "aux:pass") < 0) {
      int first = subj;
      for (int k : tree.kids(subj))
        if (!Equals(tree.upos(k), "PUNCT")) first = std::min(first, k);
      if (first > 0 && Equals(tree.form(first - 1), ",")) return -1;
    }
    // "A report released by the UN", "a report released in the Rwandan
    // capital": a document with no author of its own speaks for the one its
    // participle names, or else for the country it was released in.
    if (subj >= 0 && mention_at[subj] < 0 && kDocumentNouns.Contains(tree.lemma(subj), tree.lemma_hash(subj))) {
      int place = -1;
      for (int c : tree.kids(subj)) {
        if (BaseRel(tree.rel(c)) != "acl" || !(Equals(tree.xpos(c), "VBN") || Equals(tree.xpos(c), "VBD"))) continue;
        for (int a : tree.kids(c)) {
          if (tree.rel(a) == "obl:agent" && mention_at[a] >= 0) return a;
          if (place >= 0 || BaseRel(tree.rel(a)) != "obl" || !Equals(tree.CaseOf(a), "in")) continue;
          // (The place itself, or the country that names it: "the Rwandan capital".)
          for (int p : {a, tree.Child(a, "amod"), tree.Child(a, "nmod")}) {
            if (p < 0 || mention_at[p] < 0 || place >= 0) continue;
            const ActorKind kind = mentions[mention_at[p]].kind;
            if (kind == ActorKind::kCountry || kind == ActorKind::kCapital) place = p;
          }
        }
      }
      if (place >= 0) return place;
    }
    if (subj >= 0) return subj;
    // A name the tagger took for a verb or auxiliary ("Pyongyang" as VBG,
    // parsed csubj; "Insurgents bombarded" with "Insurgents" as aux).
    for (int k : tree.kids(v)) {
      if (k > v) break;
      Rel r = tree.rel(k);
      // ("Beijing summoned": "Beijing" as VBG, parsed a bare adverbial clause.)
      // ("Turkish President Tayyip Erdogan on Sunday condemned": "Turkish" as
      // an adjectival clause holding the name.) The actor opens the sentence.
      bool bare_clause = k == 0 && mention_at[k] >= 0 && mentions[mention_at[k]].begin == 0 &&
                         BaseRel(r) == "advcl" && tree.Child(k, "mark") < 0 &&
                         (Equals(tree.upos(k), "VERB") || Equals(tree.upos(k), "ADJ"));
      if (mention_at[k] >= 0 && (r == "csubj" || r == "aux" || r == "dep" || r == "advmod" || bare_clause) &&
          tree.CaseOf(k).empty())
        return k;
    }
    // "The US Secretary of state wants": a subject the parser split, its
    // last word hung on the verb as a compound.
    if (!is_passive(v))
      for (int k : tree.kids(v))
        if (k < v && tree.rel(k) == "compound" && (Equals(tree.upos(k), "NOUN") || Equals(tree.upos(k), "PROPN")))
          return k;
    if (is_passive(v)) {
      for (int k : tree.kids(v))
        if (tree.rel(k) == "obl:agent" || (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "by"))) {
          // "victims killed by the Malaysia Airlines flight MH17 crash": a
          // mishap has no agent; the names modifying it are not one.
          if (mention_at[k] < 0 && OneOf(kMishapNouns, tree.lemma(k))) return -1;
          // "blown up by a missile believed to be fired by rebels": a thing
          // that did it was the tool of its own participle's agent. (Also
          // the participle the parser hung on the verb right after it.)
          if (mention_at[k] < 0) {
            auto agent_of = [&](int p) {
              for (int depth = 0; p >= 0 && depth < 3; ++depth) {
                if (is_passive(p))
                  for (int a : tree.kids(p))
                    if (tree.rel(a) == "obl:agent" && mention_at[a] >= 0) return a;
                p = tree.Child(p, "xcomp");  // "believed to be fired by"
              }
              return -1;
            };
            for (int c : tree.kids(k))
              if (BaseRel(tree.rel(c)) == "acl" && Equals(tree.xpos(c), "VBN"))
                if (int a = agent_of(c); a >= 0) return a;
            for (int c : tree.kids(v))
              if (c == k + 1 && tree.rel(c) == "xcomp" && Equals(tree.xpos(c), "VBN"))
                if (int a = agent_of(c); a >= 0) return a;
          }
          return k;
        }
      return -1;
    }
    int h = tree.head(v);
    if (h < 0) return -1;
    Rel r = tree.rel(v);
    // "Wine said in a video posted on X, accusing the government of ...":
    // an -ing clause after a comma hung on a participle that modifies a
    // phrase of a verb is that verb's subject's.
    if (bare_participle && v > 0 && Equals(tree.form(v - 1), ",") && BaseRel(tree.rel(h)) == "acl" &&
        Equals(tree.xpos(h), "VBN") && tree.head(h) >= 0 && BaseRel(tree.rel(tree.head(h))) == "obl" &&
        tree.head(tree.head(h)) >= 0 && Equals(tree.upos(tree.head(tree.head(h))), "VERB"))
      return self(self, tree.head(tree.head(h)), depth + 1);
    // "fired on protesters demonstrating against a ban": an -ing clause right
    // after the people the verb acts on (no comma) says what they were
    // doing; they are its subject, not the main clause's.
    // "... fired water cannon at a vessel, the coast guard said, damaging the
    // ship": an -ing clause after a reporting tail goes with the act reported.
    // ("The Thai army said Cambodian troops fired on Thai soldiers, wounding
    // two": so after the reported clause. Not a verb of saying itself:
    // "..., adding that ..." is the speaker's.)
    // (Not after a quotation: '"Our people are home," Zelensky wrote,
    // thanking the Emirates' is the speaker's thanks.)
    auto opens_with_quote = [&] {
      return n > 0 && (Equals(tree.xpos(0), "``") || Equals(tree.form(0), "\"") || Equals(tree.form(0), "\u201c"));
    };
    if (bare_participle && OneOf(kReportVerbs, tree.lemma(h)) && !OneOf(kReportVerbs, tree.lemma(v)) &&
        !OneOf(kAnnouncingVerbs, tree.lemma(v)) && !opens_with_quote())
      for (int c : tree.kids(h))
        // (Not a judgement, the speaker's as below, also when the parser hung
        // it on the saying verb: "The EU said that Georgia remained a
        // candidate in name only, accusing its government of ...".)
        if (c != v && tree.rel(c) == "ccomp" && c < v && !OneOf(kJudgementVerbs, tree.lemma(v)))
          return self(self, c, depth + 1);
    if (bare_participle && depth == 0 && v > 0 && tree.head(v - 1) == h && Equals(tree.xpos(v - 1), "NNS") && mention_at[v - 1] >= 0 &&
        (tree.rel(v - 1) == "obj" || BaseRel(tree.rel(v - 1)) == "obl"))
      return v - 1;
    if (r == "xcomp") {
      // "executed a man convicted of spying", "left three soldiers wounded":
      // a past participle with no auxiliary or "to" is said of the object,
      // its patient; who did it is not named.
      // (Also tagged as a past tense: "targets traders accused of helping
      // Moscow", the participle right after the object.)
      const bool participle = Equals(tree.xpos(v), "VBN") ||
                              (Equals(tree.xpos(v), "VBD") && tree.Child(h, "obj") >= 0 && tree.Child(h, "obj") < v);
      if (participle && tree.Child(v, "aux") < 0 && tree.Child(v, "aux:pass") < 0 && tree.Child(v, "mark") < 0 &&
          tree.Child(h, "obj") >= 0)
        return -1;
      // "summoned the envoy to protest": the subject's own purpose.
      if (OneOf(kSubjectPurposeVerbs, tree.lemma(h)) && tree.Child(v, "mark") >= 0) return self(self, h, depth + 1);
      // "it had begun withdrawing its personnel": a verb of beginning,
      // going on or trying passes its own subject to the clause, whatever
      // the parser took for its object.
      static constexpr WordList kSubjectControlVerbs{"begin", "start", "continue", "resume", "stop", "cease",
                                                     "keep", "try", "attempt", "decide", "fail", "refuse"};
      if (OneOf(kSubjectControlVerbs, tree.lemma(h))) return self(self, h, depth + 1);
      // Object control: "asked Xi to tell" -> Xi tells.
      int o = tree.Child(h, "obj");
      if (o < 0) o = tree.Child(h, "iobj");
      if (o >= 0 && o != v) return o;
      // "called on X to cooperate"
      // (Not a day: "voted on Thursday to extend the mandate" is the
      // council's act, the to-clause its complement.)
      for (int k : tree.kids(h))
        if (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "on") && !IsTimeWord(tree.lemma(k))) return k;
      // Raising: "Obama is scheduled to attend", "X was forced to leave".
      int raised = tree.Child(h, "nsubj:pass");
      if (raised >= 0) return raised;
      return self(self, h, depth + 1);
    }
    // "Qatar said its air defences intercepted the missiles and condemned
    // the attack": a verb of speech or judgement joined to a reported clause
    // whose subject is a thing or force the speaker owns is the speaker's.
    if (r == "conj" && h >= 0 && tree.rel(h) == "ccomp" && tree.head(h) >= 0 &&
        OneOf(kReportVerbs, tree.lemma(tree.head(h))) && OneOf(kJudgementVerbs, tree.lemma(v)) &&
        tree.Child(v, "nsubj") < 0) {
      const int reported_subject = tree.Child(h, "nsubj");
      bool owned = false;
      if (reported_subject >= 0)
        for (int k : tree.kids(reported_subject))
          owned |= tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON");
      // ("Pakistan's foreign ministry said the country remained committed to
      // the ceasefire and blamed Indian forces": the speaker's own country.)
      if (reported_subject >= 0 && mention_at[reported_subject] < 0 && tree.Child(reported_subject, "det") >= 0 &&
          Equals(tree.lemma(tree.Child(reported_subject, "det")), "the") &&
          (Equals(tree.lemma(reported_subject), "country") || Equals(tree.lemma(reported_subject), "government") ||
           Equals(tree.lemma(reported_subject), "nation")))
        owned = true;
      if (owned) return self(self, tree.head(h), depth + 1);
    }
    // "X said [Iran's decision was an escalation] and called on Tehran": a
    // verb the parser coordinated with a copular noun inside a reported
    // clause belongs with the reporting verb.
    // (Also when the parser hung that predicate on the reporting verb some
    // other way: "said one of the bodies was not that of the mother, and
    // accused Hamas".)
    if (r == "conj" && Equals(tree.upos(v), "VERB") && !Equals(tree.upos(h), "VERB") && !Equals(tree.upos(h), "AUX") &&
        tree.Child(h, "cop") >= 0 && tree.head(h) >= 0 &&
        (tree.rel(h) == "ccomp" || OneOf(kReportVerbs, tree.lemma(tree.head(h)))))
      return self(self, tree.head(h), depth + 1);
    // "celebrated Iftar with Gondor after leaving Eriador": an -ing clause
    // of time (after, before, since) with no subject of its own is
    // background to the main act, not an act of its subject; PETRARCH codes
    // no source for it (UnitTest PATTERN-24; GSR Phoenix strict 0.650 -> 0.658).
    if (BaseRel(r) == "advcl" && Equals(tree.xpos(v), "VBG") && tree.Child(v, "mark") >= 0) {
      std::string_view m = tree.lemma(tree.Child(v, "mark"));
      if (m == "after" || m == "before" || m == "since") return -1;
    }
    // "The EU said that Georgia remained a candidate in name only, accusing
    // its government of backsliding": a judgement after the reported clause
    // is the speaker's, not the reported subject's.
    if (bare_participle && OneOf(kJudgementVerbs, tree.lemma(v)) && tree.rel(h) == "ccomp" && tree.head(h) >= 0 &&
        OneOf(kReportVerbs, tree.lemma(tree.head(h))) && v > 0 && Equals(tree.form(v - 1), ","))
      return self(self, tree.head(h), depth + 1);
    if (r == "conj" || r == "advcl" || BaseRel(r) == "advcl" || r == "parataxis") return self(self, h, depth + 1);
    // (An -ing clause labelled a modifier of the verb itself is its adverbial.)
    if (r == "acl" && bare_participle) return self(self, h, depth + 1);
    // "summoned the Japanese ambassador to protest the visit": a to-clause
    // the parser hung on the object of a verb that does not pass its act to
    // its object (as "asked Xi to ..." does) is the subject's purpose.
    if (r == "acl" && tree.rel(h) == "obj" && tree.head(h) >= 0 && tree.Child(v, "mark") >= 0 &&
        Equals(tree.lemma(tree.Child(v, "mark")), "to") && OneOf(kSubjectPurposeVerbs, tree.lemma(tree.head(h))))
      return self(self, tree.head(h), depth + 1);
    // "Israel unveiled a plan to annex the West Bank": a to-clause on an
    // intention noun ("plan", "pledge", "bid") that is a verb's object is the
    // intention of that verb's subject.
    // (Or on a process one starts: "launched a process to reimpose sanctions".)
    if (r == "acl" && tree.Child(v, "mark") >= 0 && Equals(tree.lemma(tree.Child(v, "mark")), "to") &&
        (OneOf(kIntentHeads, tree.lemma(h)) || OneOf(kUndertakingNouns, tree.lemma(h))) && tree.rel(h) == "obj" &&
        tree.head(h) >= 0 && mention_at[h] < 0)
      return self(self, tree.head(h), depth + 1);
    // "The EU adopted new sanctions targeting Russian banks": measures that
    // target (an -ing clause on the object, naming no actor) are their
    // adopter's act. So is what an instrument of rule does: "Trump signed an
    // executive order on Wednesday imposing a duty on Indian imports".
    static constexpr WordList kInstrumentsOfRule{"order", "decree", "law", "bill", "directive", "proclamation",
                                                 "memorandum", "resolution", "regulation", "measure", "legislation"};
    if (r == "acl" && Equals(tree.xpos(v), "VBG") &&
        (OneOf(kSanctionNouns, tree.lemma(h)) || OneOf(kInstrumentsOfRule, tree.lemma(h))) && tree.rel(h) == "obj" &&
        tree.head(h) >= 0 && mention_at[h] < 0)
      return self(self, tree.head(h), depth + 1);
    // "The Security Council adopted a US-drafted resolution calling for":
    // an adopted text speaks for who adopted it, not who drafted it.
    if (r == "acl" && Equals(tree.xpos(v), "VBG") && OneOf(kAdoptedTexts, tree.lemma(h)) && tree.rel(h) == "obj" &&
        tree.head(h) >= 0 && mention_at[h] < 0) {
      const std::string_view l = tree.lemma(tree.head(h));
      if (Equals(l, "adopt") || Equals(l, "pass") || Equals(l, "approve") || Equals(l, "endorse"))
        return self(self, tree.head(h), depth + 1);
    }
    if (r == "acl:relcl" || r == "acl") return h;
    return -1;
  };
  auto subject_token = [&](int v, int depth) { return subject_token_impl(subject_token_impl, v, depth); };

  // Verb -> the code its pattern gave, null for none, by token (per-thread
  // scratch: a map cost a node per coded verb).
  thread_local std::vector<const std::string*> coded_verbs;
  coded_verbs.assign(tree.size(), nullptr);
  std::vector<std::pair<int, int>> refinements;  // (act, intent verb) coded as a specific intent
  // Status of an action verb: negated, refused, hypothetical or conditional.
  // "almost five years after crowds burned down its embassy", "two weeks
  // after rebels kidnapped peacekeepers": a clause dated by its distance
  // before the story is background, reported before, not news.
  // By verb, why its clause is background (the few that are); found on
  // the first question.
  std::vector<std::pair<int, std::string>> background;
  bool background_ready = false;
  auto background_of = [&](int v) -> const std::string& {
    static const std::string kNone;
    if (!background_ready) {
      background_ready = true;
      // (The tokens to read: none in a sentence with no "after" or "since".)
      const int scanned = tree.MayHaveLemmaOf(kAfterLemmas) ? tree.size() : 0;
      for (int i = 0; i + 1 < scanned; ++i) {
        std::string_view rel_word = tree.lemma(i + 1);
        if (!Equals(rel_word, "after") && !Equals(rel_word, "since")) continue;
        std::string_view unit = tree.lemma(i);
        if (!Equals(unit, "year") && !Equals(unit, "month") && !Equals(unit, "week") && !Equals(unit, "decade") &&
            !Equals(unit, "day"))
          continue;
        // A week or a few days back is still news, dated by its own
        // expression: "a week after Pyongyang launched an ICBM on November
        // 18" is the launch of November 18; "two weeks after", "ten days
        // after" is background.
        if (Equals(unit, "week") || Equals(unit, "day")) {
          int count = 2;
          if (i > 0) {
            std::string_view q = tree.lemma(i - 1);
            if (Equals(q, "a") || Equals(q, "an") || Equals(q, "one")) count = 1;
            else if (!q.empty() && q[0] >= '0' && q[0] <= '9') count = std::atoi(std::string(q).c_str());
            else if (Equals(q, "two")) count = 2;
            else if (Equals(q, "three")) count = 3;
            else if (Equals(q, "few") || Equals(q, "several")) count = 3;
          }
          if ((Equals(unit, "week") && count < 2) || (Equals(unit, "day") && count < 10)) continue;
        }
        int up = i;
        for (int hops = 0; up >= 0 && hops < 6 && !Equals(tree.upos(up), "VERB"); ++hops) up = tree.head(up);
        // The dated clause follows the marker ("years after crowds burned");
        // a main verb before it is what happened now.
        if (up > i + 1 && std::none_of(background.begin(), background.end(), [&](const auto& b) { return b.first == up; }))
          background.emplace_back(up, "background: '" + tree.tok(i).form + " " + tree.tok(i + 1).form + "'");
      }
      // The sentence's four-digit numbers (token, value), for the two rules below.
      std::vector<std::pair<int, int>> years;
      for (int i = 0; i < tree.size(); ++i) {
        const std::string& f = tree.tok(i).form;
        auto digits = [](std::string_view t) {
          return t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        // (Also a span of years as one token: "a 1998-2000 border war".)
        if (digits(f) || (f.size() == 9 && f[4] == '-' && digits(std::string_view(f).substr(0, 4)) &&
                          digits(std::string_view(f).substr(5))))
          years.emplace_back(i, std::atoi(f.substr(0, 4).c_str()));
      }
      // "since Russia's 2022 invasion", "the 1994 genocide": an act named
      // with an earlier year is history the story recalls, not news.
      for (const auto& [i, year] : years) {
        const int h = tree.head(i);
        if (h < 0 || !Equals(tree.upos(h), "NOUN")) continue;
        const Rel r = BaseRel(tree.rel(i));
        if ((r == "nummod" || r == "compound" || r == "amod") && year >= 1900 && year < date.year) {
          background.emplace_back(h, "background: the " + tree.tok(i).form + " " + tree.tok(h).form);
          // ("fought a 1998-2000 border war": waging it is as old.)
          if (tree.rel(h) == "obj" && tree.head(h) >= 0 && Equals(tree.upos(tree.head(h)), "VERB") &&
              (OneOf(kAttackNouns, tree.lemma(h)) || Equals(tree.lemma(h), "war")))
            background.emplace_back(tree.head(h), "background: the " + tree.tok(i).form + " " + tree.tok(h).form);
        }
      }
      // "which helped Rajoelina seize power in 2009": an act dated in a year
      // before the last is history the story recalls (and so is the act
      // whose complement it is).
      for (const auto& [i, year] : years) {
        const std::string& f = tree.tok(i).form;
        if (year < 1900 || year >= date.year - 1 || !Equals(tree.CaseOf(i), "in")) continue;
        int up = tree.head(i);
        // ("fought a border war in 1998", the year hung on the object.)
        if (up >= 0 && BaseRel(tree.rel(i)) == "nmod" && tree.rel(up) == "obj" && tree.head(up) >= 0 &&
            Equals(tree.upos(tree.head(up)), "VERB")) {
          up = tree.head(up);
        } else if (up < 0 || !Equals(tree.upos(up), "VERB") || BaseRel(tree.rel(i)) != "obl") {
          continue;
        }
        for (int hops = 0; up >= 0 && hops < 3; ++hops) {
          background.emplace_back(up, "background: '" + tree.tok(up).form + " ... in " + f + "'");
          if (tree.rel(up) != "xcomp" && tree.rel(up) != "ccomp") break;
          up = tree.head(up);
        }
      }
    }
    for (const auto& [verb, why] : background)
      if (verb == v) return why;
    return kNone;
  };
  auto blocked_impl = [&](auto& self, int v, int depth) -> std::string {
    if (depth > 6 || v < 0) return "";
    if (depth == 0 && !background_of(v).empty()) return background_of(v);
    // "..., the first time a NATO member has fired shots during the war": a
    // clause on "time" measures the news against the past; it is no act.
    if (depth == 0 && tree.rel(v) == "acl:relcl" && tree.head(v) >= 0 && Equals(tree.lemma(tree.head(v)), "time"))
      return "background: a clause on '" + tree.tok(tree.head(v)).form + "'";
    // (Parsed with "the first time" an unmarked oblique of the clause's verb,
    // or a word of its subject: "the first time" right before the clause,
    // hung inside it.)
    if (depth == 0 && tree.MayHaveLemmaOf(kTimeLemmas))
      for (int k = std::max(0, v - 8); k < v; ++k) {
        if (!Equals(tree.lemma(k), "time") || tree.head(k) < k || tree.head(k) > v) continue;
        bool clause_between = false;
        for (int x = k + 1; x < v; ++x) clause_between |= Equals(tree.upos(x), "VERB");
        if (clause_between) continue;
        for (int a : tree.kids(k))
          if (tree.rel(a) == "amod" && (Equals(tree.lemma(a), "first") || Equals(tree.lemma(a), "last")))
            return "background: 'the " + tree.tok(a).form + " time'";
      }
    // "Hungary, which has repeatedly threatened to veto sanctions, did not
    // block the package": a relative clause of what an actor habitually or
    // previously did describes it; the news is the main clause.
    if (depth == 0 && tree.rel(v) == "acl:relcl")
      for (int k : tree.kids(v))
        if (tree.rel(k) == "advmod" && OneOf(kHabitAdverbs, tree.lemma(k)))
          return "background: '" + tree.tok(k).form + "' in a relative clause";
    // "Sheinbaum has repeatedly ruled out any U.S. military action", "Trump
    // has repeatedly refused to rule out force": what one has done again and
    // again, in the present perfect, is background to the news.
    // (The present perfect: "has", "have" as the verb's auxiliary.)
    auto present_perfect = [&](int x) {
      for (int k : tree.kids(x))
        if (BaseRel(tree.rel(k)) == "aux" && Equals(tree.lemma(k), "have") &&
            (Equals(tree.xpos(k), "VBZ") || Equals(tree.xpos(k), "VBP")))
          return true;
      return false;
    };
    if (depth == 0 && tree.rel(v) != "acl:relcl") {
      bool habit = false;
      for (int k : tree.kids(v))
        habit |= tree.rel(k) == "advmod" && OneOf(kHabitAdverbs, tree.lemma(k)) && !Equals(tree.lemma(k), "once") &&
                 !Equals(tree.lemma(k), "previously");
      if (habit && present_perfect(v)) return "background: done again and again ('has repeatedly ...')";
    }
    // "replace those (rockets) it fires at Israel", "the militia, which
    // fights the army in Darfur": a relative clause in the simple present
    // says what someone does, not what happened.
    if (depth == 0 && tree.rel(v) == "acl:relcl" && (Equals(tree.xpos(v), "VBZ") || Equals(tree.xpos(v), "VBP"))) {
      bool aux = false;
      for (int k : tree.kids(v)) aux |= BaseRel(tree.rel(k)) == "aux";
      if (!aux) return "habitual: a relative clause in the present";
    }
    // "Somali troops backed by clan militias killed ...", "police backed by
    // soldiers": a participle of support on a noun describes who stands
    // with whom, not a new act.
    if (depth == 0 && tree.rel(v) == "acl" && Equals(tree.xpos(v), "VBN")) {
      static constexpr WordList kSupportVerbs{"back", "support", "sponsor", "fund", "finance", "arm", "train", "equip"};
      if (OneOf(kSupportVerbs, tree.lemma(v))) return "description: a participle of support on a noun";
    }
    // "Qatar, which has hosted separate talks ... since April": what a
    // relative clause says has gone on since a time is background.
    if (depth == 0 && tree.rel(v) == "acl:relcl" && Equals(tree.xpos(v), "VBN")) {
      bool since = false;
      for (int k : tree.kids(v)) since |= BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "since");
      if (since && present_perfect(v)) return "background: a relative clause of what has gone on since";
    }
    // "a break with the tradition of new South Korean leaders visiting the
    // United States first": what a custom consists of is no particular act.
    if (Equals(tree.xpos(v), "VBG") && tree.head(v) >= 0 && BaseRel(tree.rel(v)) == "acl") {
      static constexpr WordList kCustomNouns{"tradition", "practice", "custom", "habit", "convention", "norm",
                                             "precedent", "pattern", "history", "record"};
      // (Or of the custom's doers: "the tradition of leaders visiting".)
      int custom = tree.head(v);
      if (!OneOf(kCustomNouns, tree.lemma(custom)) && BaseRel(tree.rel(custom)) == "nmod" &&
          Equals(tree.CaseOf(custom), "of"))
        custom = tree.head(custom);
      if (custom >= 0 && OneOf(kCustomNouns, tree.lemma(custom)))
        return "habitual: what '" + tree.tok(custom).form + "' consists of";
    }
    // "has no plans to invoke Article 4": the intent noun itself denied.
    if (depth == 0 && Equals(tree.upos(v), "NOUN"))
      for (int d : tree.kids(v))
        if (tree.rel(d) == "det" && Equals(tree.lemma(d), "no")) return "negated by 'no " + tree.tok(v).form + "'";
    for (int k : tree.kids(v)) {
      std::string_view l = tree.lemma(k);
      Rel r = tree.rel(k);
      // ("can neither build up rockets nor replace them": "neither" on the
      // verb; the "nor" conjunct is negated through its head.)
      if ((r == "advmod" || r == "neg") && (l == "not" || l == "never" || l == "n't" || l == "no" || l == "neither"))
        return "negated by '" + tree.tok(k).form + "'";
      // "offered no timetable", "gave no aid": an act with nothing done.
      // (Not a statement: "made no comment" is a decline to comment, 011.)
      if (depth == 0 && r == "obj")
        for (int d : tree.kids(k))
          if (tree.rel(d) == "det" && Equals(tree.lemma(d), "no") && !Equals(tree.lemma(k), "comment"))
            return "negated by 'no " + tree.tok(k).form + "'";
      if ((r == "aux") && OneOf(kHypotheticalAux, l)) return "hypothetical ('" + tree.tok(k).form + "')";
      if (r == "mark" && (Equals(l, "if") || Equals(l, "unless") || Equals(l, "whether")))
        return "conditional ('" + tree.tok(k).form + "')";
      // "The statement comes a day before Sarkozy heads to Beijing": a
      // present tense after "before", told against the news of the day, is
      // what is scheduled, not done (so is a participle of it).
      if (depth == 0 && r == "mark" && Equals(l, "before") && BaseRel(tree.rel(v)) == "advcl" && tree.head(v) >= 0) {
        const std::string_view x = tree.xpos(v);
        const std::string_view hx = tree.xpos(tree.head(v));
        if (x == "VBZ" || x == "VBP" || (x == "VBG" && (hx == "VBZ" || hx == "VBP")))
          return "scheduled: after 'before' in the present tense";
      }
      // "left the White House without signing a minerals deal": not done.
      if (r == "mark" && Equals(l, "without")) return "negated ('without')";
      // "warned NATO against sending troops", "protested against building a dam": opposed, not done.
      if (r == "mark" && Equals(l, "against")) return "opposed ('against')";
      // "tactical pauses in fighting", parsed as a clause: what the pause stops.
      if (depth == 0 && r == "mark" && (Equals(l, "in") || Equals(l, "of") || Equals(l, "to")) && k > 0) {
        int before = k - 1;
        while (before > 0 && Equals(tree.upos(before), "PUNCT")) --before;
        if (OneOf(kHaltNouns, tree.lemma(before))) return "what the '" + tree.tok(before).form + "' stops";
      }
      // "talks about normalising ties", "insisted on holding a vote": a topic or aim, not done.
      if ((r == "mark" || r == "case") && (Equals(l, "about") || Equals(l, "on")) && Equals(tree.xpos(v), "VBG"))
        return "topic ('" + tree.tok(k).form + "')";
      // "If Russia invades, the US will impose sanctions": the main clause is the conditional one.
      if (BaseRel(r) == "advcl")
        for (int m : tree.kids(k))
          if (tree.rel(m) == "mark" && (Equals(tree.lemma(m), "if") || Equals(tree.lemma(m), "unless")))
            return "conditional on '" + tree.tok(k).form + "'";
    }
    int h = tree.head(v);
    Rel r = tree.rel(v);
    if (h >= 0 && (r == "xcomp" || r == "ccomp" || r == "acl" || BaseRel(r) == "advcl")) {
      std::string_view hl = tree.lemma(h);
      if (r != "advcl" && OneOf(kNegatingHeads, hl)) return "complement of '" + tree.tok(h).form + "'";
      // "leaves the group free to keep attacking", "unable to reach the
      // town": allowed or not managed, not done.
      if (Equals(tree.upos(h), "ADJ") && (Equals(hl, "free") || Equals(hl, "unable")))
        return "complement of '" + tree.tok(h).form + "'";
      // "refrained from attacking", "stopped short of ..." parsed as an adverbial clause.
      if (BaseRel(r) == "advcl" && OneOf(kNegatingHeads, hl))
        if (const int m = tree.Child(v, "mark"); m >= 0 && (Equals(tree.lemma(m), "from") || Equals(tree.lemma(m), "of")))
          return "complement of '" + tree.tok(h).form + "'";
      // "prevented him from leaving", "barred Russia from taking part": kept
      // from it, not done.
      static constexpr WordList kPreventingHeads{"prevent", "bar", "ban", "block", "keep", "prohibit", "deter",
                                                 "hinder", "restrain", "forbid", "stop", "dissuade", "discourage",
                                                 "exclude", "disqualify", "preclude"};
      if (BaseRel(r) == "advcl" && OneOf(kPreventingHeads, hl) && Equals(tree.xpos(v), "VBG"))
        if (const int m = tree.Child(v, "mark"); m >= 0 && Equals(tree.lemma(m), "from"))
          return "prevented: complement of '" + tree.tok(h).form + "'";
      // "rejected calls from Washington to resume talks", parsed with the
      // to-clause on the verb: it is what the call asked for.
      if (BaseRel(r) == "advcl" && OneOf(kNegatingHeads, hl) && tree.Child(v, "mark") >= 0 &&
          Equals(tree.lemma(tree.Child(v, "mark")), "to"))
        if (const int o = tree.Child(h, "obj"); o >= 0 && o < v && OneOf(kNotYetHeads, tree.lemma(o)))
          return "asked for by the '" + tree.tok(o).form + "' '" + tree.tok(h).form + "'";
      // "accused Pyongyang of threatening": an allegation, not an event.
      if (OneOf(kAllegingHeads, hl)) return "alleged: complement of '" + tree.tok(h).form + "'";
    }
    // "jailed a student for two years for helping militants", "condemned
    // Russia for attacking": the reason given for a sanction or a judgement
    // is that side's account, not a reported event.
    if (h >= 0 && (r == "acl" || BaseRel(r) == "advcl")) {
      int m = tree.Child(v, "mark");
      if (m >= 0 && (Equals(tree.lemma(m), "for") || Equals(tree.lemma(m), "of")))
        for (int up = h, hops = 0; up >= 0 && hops < 3; up = tree.head(up), ++hops)
          if (OneOf(kJudgingHeads, tree.lemma(up)) || OneOf(kAllegingHeads, tree.lemma(up)))
            return "reason given by '" + tree.tok(up).form + "'";
    }
    if (h >= 0 && (r == "xcomp" || r == "ccomp" || r == "acl" || BaseRel(r) == "advcl")) {
      std::string_view hl = tree.lemma(h);
      // (Any "to" marker: "called on Hong Kong to lift", parsed with "on" a marker too.)
      bool to_clause = false;
      for (int k : tree.kids(v)) to_clause |= tree.rel(k) == "mark" && Equals(tree.lemma(k), "to");
      // "had no plans to call Aliyev", the to-clause parsed on "had" or on
      // "plans": a plan denied is no act; a plan is not yet one.
      int plan = r == "acl" && OneOf(kNotYetHeads, hl) ? h : -1;
      if (plan < 0 && BaseRel(r) == "advcl" && to_clause)
        if (const int o = tree.Child(h, "obj"); o >= 0 && o < v && Equals(tree.upos(o), "NOUN") && OneOf(kNotYetHeads, tree.lemma(o)))
          plan = o;
      if (plan >= 0)
        for (int d : tree.kids(plan))
          if (tree.rel(d) == "det" && Equals(tree.lemma(d), "no")) return "negated by 'no " + tree.tok(plan).form + "'";
      if (plan >= 0 && plan != h) return "not yet done: complement of '" + tree.tok(plan).form + "'";
      // ("seeking to deepen a partnership by promoting biofuels": the means
      // of what is only sought is sought too.)
      bool means_clause = false;
      for (int k : tree.kids(v))
        means_clause |= tree.rel(k) == "mark" && Equals(tree.lemma(k), "by") && Equals(tree.xpos(v), "VBG");
      if ((r == "xcomp" || r == "acl" || (BaseRel(r) == "advcl" && (to_clause || means_clause))) && OneOf(kNotYetHeads, hl))
        return "not yet done: complement of '" + tree.tok(h).form + "'";
      // "urged that Iran free the prisoners", "demanded that Russia withdraw".
      if (r == "ccomp" && OneOf(kAskingHeads, hl)) return "not yet done: asked for by '" + tree.tok(h).form + "'";
      // "met Assad to discuss efforts to counter Islamic State militants":
      // the purpose of a purpose is only talked about.
      if (to_clause && (r == "acl" || BaseRel(r) == "advcl") && BaseRel(tree.rel(h)) == "advcl") {
        int hm = tree.Child(h, "mark");
        if (hm >= 0 && Equals(tree.lemma(hm), "to")) return "not yet done: the purpose of '" + tree.tok(h).form + "'";
      }
      // "pressed Obama to help", parsed as a to-clause of the object.
      int gov = tree.head(h);
      int mark = tree.Child(v, "mark");
      std::string_view hr = tree.rel(h);
      if (r == "acl" && mark >= 0 && Equals(tree.lemma(mark), "to") && gov >= 0 &&
          (Equals(hr, "obj") || Equals(hr, "iobj") || Equals(hr, "nsubj:pass") || BaseRel(hr) == "obl") &&
          OneOf(kNotYetHeads, tree.lemma(gov)))
        return "not yet done: asked of the object of '" + tree.tok(gov).form + "'";
      // "did not agree to meet"; "refused to join ... in condemning"
      if (r == "xcomp" || BaseRel(r) == "advcl") return self(self, h, depth + 1);
    }
    // "on charges of corruption and aiding a terrorist group": what one is
    // charged with or suspected of is alleged, not reported as done.
    if (depth > 0 && h >= 0 && Equals(tree.upos(v), "NOUN") && BaseRel(r) == "nmod" && OneOf(kChargeNouns, tree.lemma(h)))
      for (int k : tree.kids(v))
        if (tree.rel(k) == "case" && Equals(tree.lemma(k), "of")) return "alleged: '" + tree.tok(h).form + " of'";
    // (Not a verb with its own object joined to a copular predicate: in
    // "said one of the bodies was not that of the mother, and accused Hamas",
    // "not" denies the predicate, not the accusation.)
    if (h >= 0 && r == "conj" && Equals(tree.upos(v), "VERB") && tree.Child(h, "cop") >= 0 &&
        !Equals(tree.upos(h), "VERB") && tree.Child(v, "obj") >= 0)
      return std::string();
    if (h >= 0 && r == "conj") return self(self, h, depth + 1);
    // "unless the regime is disarmed, or put where it can neither build up
    // rockets nor replace those it fires at Israel", "did not say that ...":
    // what a negated, hypothetical or conditional clause holds is not
    // reported as done.
    if (h >= 0 && r == "ccomp") {
      std::string b = self(self, h, depth + 1);
      if (b.rfind("conditional", 0) == 0 || b.rfind("negated", 0) == 0 || b.rfind("hypothetical", 0) == 0) return b;
    }
    return "";
  };
  auto blocked = [&](int v, int depth) { return blocked_impl(blocked_impl, v, depth); };

  // reported_by: a media actor that reports ("KCNA reported", "according to Xinhua").
  std::string reported_by;
  std::set<int> report_verbs;
  for (int t = 0; t < n; ++t) {
    if (mention_at[t] < 0) continue;
    // ("told reporters": the press, no outlet, is no one's counterpart either.)
    const bool press = Equals(mentions[mention_at[t]].code, "---MED");
    if (mentions[mention_at[t]].kind != ActorKind::kMedia && !press) continue;
    int h = tree.head(t);
    Rel r = tree.rel(t);
    bool reporting = false;
    if (!press && h >= 0 && BaseRel(r) == "nsubj" && OneOf(kReportVerbs, tree.lemma(h))) {
      reporting = true;
      report_verbs.insert(h);
    }
    // An interview: "Embalo told France 24 he had been arrested", "said to
    // Reuters". The outlet reports; it is no one's counterpart.
    if (h >= 0 && ((Equals(tree.lemma(h), "tell") && (BaseRel(r) == "obj" || BaseRel(r) == "iobj")) ||
                   (BaseRel(r) == "obl" && Equals(tree.CaseOf(t), "to") &&
                    (Equals(tree.lemma(h), "say") || Equals(tree.lemma(h), "speak"))))) {
      reporting = true;
      report_verbs.insert(h);
    }
    if (press) continue;
    if (t >= 2 && Lower(s.tokens[t - 1].form) == "to" && Lower(s.tokens[t - 2].form) == "according") reporting = true;
    if (tree.CaseOf(t).rfind("accord", 0) == 0) reporting = true;
    if (reporting && reported_by.empty()) reported_by = SpanText(s, mentions[mention_at[t]].begin, mentions[mention_at[t]].end);
  }

  // Candidate predicates, heads before their complements (so a pattern that
  // uses a to-clause consumes it first).
  // (By depth, then sentence order: the breadth-first order of the tree,
  // each depth sorted; or, in a bad parse, a counting sort on the depths,
  // each found from the head's, with ParseTree::depth's bound of n hops.)
  thread_local std::vector<int> depth, order, first, queue;
  depth.assign(n, -1);
  order.resize(n);  // (every entry written below)
  int reached = 0;
  if (!tree.links_stale()) {
    // Breadth first from the roots down the child lists: every token a root
    // reaches, with its depth.
    queue.resize(n);
    for (int i = 0; i < n; ++i)
      if (tree.head(i) < 0) {
        depth[i] = 0;
        queue[reached++] = i;
      }
    for (int q = 0; q < reached; ++q) {
      const int x = queue[q];
      for (int k : tree.kids(x)) {
        depth[k] = depth[x] + 1;
        queue[reached++] = k;
      }
    }
  }
  // The rest (a cycle in a bad parse, or all when the child lists are not
  // at hand), climbing.
  if (reached < n)
    for (int i = 0; i < n; ++i) {
      if (depth[i] >= 0) continue;
      // Climb to a token of known depth (or the root), then come back down.
      int top = i, hops = 0;
      while (tree.head(top) >= 0 && depth[tree.head(top)] < 0 && hops < n) top = tree.head(top), ++hops;
      if (hops >= n) {
        depth[i] = tree.depth(i);  // a cycle in a bad parse: ParseTree's own bounded count
      } else {
        std::vector<int>& path = order;  // scratch, filled for real below
        int len = 0;
        for (int x = i; x != top; x = tree.head(x)) path[len++] = x;
        path[len++] = top;
        int d = tree.head(top) < 0 ? 0 : depth[tree.head(top)] + 1;
        for (int k = len - 1; k >= 0; --k, ++d) depth[path[k]] = std::min(d, n);
      }
    }
  if (reached == n) {
    // The queue holds every token, depth by depth; an insertion sort puts
    // each depth in sentence order (its tokens come mostly in order).
    for (int i = 0; i < n; ++i) {
      const int x = queue[i];
      int j = i;
      for (; j > 0 && depth[order[j - 1]] == depth[x] && order[j - 1] > x; --j) order[j] = order[j - 1];
      order[j] = x;
    }
  } else {
    first.assign(n + 2, 0);
    for (int i = 0; i < n; ++i) ++first[depth[i] + 1];
    for (int d = 0; d <= n; ++d) first[d + 1] += first[d];
    for (int i = 0; i < n; ++i) order[first[depth[i]]++] = i;
  }
  thread_local std::vector<bool> consumed;
  consumed.assign(n, false);
  thread_local CodedTriples seen;  // (per-thread scratch)
  seen.Clear();

  // One event from source `a` (and target `b`, or none) at predicate `verb`,
  // with its evidence; the actors' dictionary entries go into the evidence.
  // The predicate that dates and places the events of the verb in hand, when
  // not the verb itself: an announced intent happened when and where it was
  // announced ("said ... he would visit China in April" is of today).
  int dated_by = -1;
  auto add_event = [&](const ActorMention& a, const ActorMention* b, const std::string& code, int verb,
                       std::string_view pattern, std::string_view note) {
    // (Made in place in the list: an event is large, and a move costs as
    // much as filling it.)
    Event& e = events.events->emplace_back();
    events.verbs->push_back(dated_by >= 0 && verb >= 0 ? dated_by : verb);
    e.sentence = index;
    e.cameo = code;
    // CAMEO 183 is non-military bombing: a state's or its forces' bombing
    // ("in retaliation for the U.S. bombing of three Iranian nuclear sites")
    // is an air strike (195).
    if (StartsWith(code, "183") && verb >= 0 && Equals(tree.lemma(verb), "bombing") && !CountryOfCode(a.code).empty() &&
        IsStateCode(a.code) && !a.code.starts_with("IGO"))
      e.cameo = "195";
    // "Police opened fire on protesters": force by police on a crowd of
    // protesters is violent repression (175), as the codebook and the
    // article gold code it, not a military engagement (19x).
    if (b && (StartsWith(code, "190") || StartsWith(code, "193"))) {
      if (HasSector(a.code, "COP") && HasSector(b->code, "OPP") && CountryOfCode(a.code) == CountryOfCode(b->code))
        e.cameo = "175";
    }
    e.one_sided = b == nullptr;
    // (The sentence text and what an actor's code and span give, its
    // country, sectors and text, are filled in for the events kept.)
    auto fill = [&](const ActorMention& m, Actor* actor) {
      actor->code = m.code;
      actor->span = {m.begin, m.end};
      if (m.entries.empty()) actor->entry.clear(); else actor->entry = m.entries.front();
      for (const auto& en : m.entries) e.evidence.dict_entries.push_back(en);
    };
    e.evidence.dict_entries.reserve(a.entries.size() + (b ? b->entries.size() : 0));
    fill(a, &e.source);
    e.evidence.source = {a.begin, a.end};
    if (b) {
      e.target.emplace();
      fill(*b, &*e.target);
      e.evidence.target = {b->begin, b->end};
      // A capital struck by force is the city, of its country, not the
      // government it seats: "drones struck Kyiv", "an attack on Moscow",
      // "missiles at Jerusalem" (a seat, "the Kremlin", stays the government;
      // an imported dictionary's capital keeps its code, as PETRARCH reads it).
      if (b->kind == ActorKind::kCapital && !b->seat_as_place && !b->has_agent && !b->imported && code.size() >= 2 &&
          (code[0] == '1' && (code[1] == '8' || code[1] == '9'))) {
        std::string country = CountryOfCode(b->code);
        if (!country.empty() && country != b->code) {
          e.target->code = country;
          e.evidence.dict_entries.push_back("capital struck by force: the country");
        }
      }
    }
    e.reported_by = reported_by;
    e.evidence.verb = {verb, verb + 1};
    e.evidence.pattern.assign(pattern);
    e.evidence.note.assign(note);
    if (explain)
      why << "  EVENT " << a.code << (b ? " -> " + e.target->code : std::string(" (one-sided)")) << " " << code
          << (e.evidence.note.empty() ? "" : " (" + e.evidence.note + ")") << "\n";
  };

  // The obj= lists that the objects of the verb in hand satisfy (sorted
  // ids), found when its first pattern with obj= asks: a verb of an imported
  // dictionary has hundreds of patterns that share a few lists.
  // (These lists are per-thread scratch, each cleared before it is filled.)
  thread_local std::vector<int> obj_lists, obj_lists_any;
  // (token, obj= list): AddGluedValues, for the tokens from glued_from on.
  // A verb needs those after it only: they are found on its first need,
  // from it on, and further back for a verb before it.
  thread_local std::vector<std::pair<int, int>> glued_values;
  glued_values.clear();
  int glued_from = n;
  thread_local std::vector<int> sequence_lists;  // the lists of glued values after the verb at hand (GluedListsAfter)
  // Marks of obj= lists per verb (may_satisfy below): per-thread scratch,
  // all zero between verbs; the lists marked, to clear them.
  thread_local std::vector<uint8_t> list_marks;
  thread_local std::vector<int> marked_lists;
  for (int l : marked_lists) list_marks[l] = 0;
  marked_lists.clear();
  if (list_marks.size() < pattern_words_.Lists()) list_marks.assign(pattern_words_.Lists(), 0);
  thread_local std::vector<std::pair<int, int>> to_object_lists;  // (obj= list, to-clause) its object satisfies, sorted
  thread_local std::vector<int> pp_phrases;  // the obl/nmod phrases a pp= can name
  thread_local std::vector<int> pp_gerunds;  // the -ing clauses a pp= can name ("of bombing a market")
  thread_local SlotCandidates slot_candidates_store;  // of the verb in hand, for TargetSlotFill (per-thread scratch)
  thread_local std::vector<int> to_clauses;  // the clauses an xcomp= can name
  std::vector<int> reported_clauses;  // content clauses with their own subject ("noted that X regretted")
  std::vector<int> object_clauses;  // to-clauses on the verb's objects ("its commitment to defend")
  std::vector<int> clause_scratch;
  // The lower-cased forms and the lemmas, filtered, on first use (words=).
  // (A form is compared lower-cased where it is asked for, EqualsLowerAscii
  // or LowerForm, never lowered for the whole sentence: most are not asked.)
  WordFilter lemmas_and_forms;
  bool lemmas_and_forms_ready = false;
  auto words_filter = [&]() -> const WordFilter& {
    if (!lemmas_and_forms_ready) {
      for (int i = 0; i < tree.size(); ++i) {
        lemmas_and_forms.AddLowered(tree.form(i));
        lemmas_and_forms.Add(tree.lemma(i));
      }
      lemmas_and_forms_ready = true;
    }
    return lemmas_and_forms;
  };
  // subj=: a subject's form lower-cased (when it is no lemma) and its hash,
  // made once for the patterns of its verb (per-thread scratch).
  thread_local std::string subject_form_buf;
  std::string_view subject_form;
  int subject_form_of = -1;
  bool subject_inflected = false;
  uint64_t subject_form_hash = 0;
  for (int v : order) {
    dated_by = -1;
    const Token& tok = tree.tok(v);
    const std::string_view upos = tok.upos;  // compared for every token: as a view, without strlen
    // A noun with an auxiliary and an object is a verb the tagger took for
    // a noun ("Soldiers will not wire tap the links").
    const bool noun_as_verb = Equals(upos, "NOUN") && tree.Child(v, "aux") >= 0 && tree.Child(v, "obj") >= 0;
    bool nominal = (Equals(upos, "NOUN") || Equals(upos, "PROPN")) && !noun_as_verb;
    const auto& index_map = nominal ? dicts_.nouns_by_lemma : dicts_.verbs_by_lemma;
    if (!nominal && !Equals(upos, "VERB") && !Equals(upos, "AUX") && !Equals(upos, "ADJ") && !noun_as_verb) continue;
    // The tree's lemma, or one found below, kept in lemma_store.
    std::string_view lemma = tree.lemma(v);
    std::string lemma_store;
    uint64_t lemma_hash = tree.lemma_hash(v);  // WordHash(lemma)
    // "Ethiopia departes from Libya": a form that is the lemma + "es" where
    // English adds only "s" (not watch, fix, go) is no inflection of the
    // verb; the misspelt word codes nothing (UnitTest VERB-21).
    if (!nominal && MisinflectedEs(tok.form, lemma)) continue;
    // A participle modifying a noun ("the Al Qaeda-linked group", "the
    // US-led coalition") describes it; it reports no event.
    if (!nominal && Equals(upos, "VERB") && tree.rel(v) == "amod") continue;
    // "test - fired", "re - imposed": the tokenizer splits a hyphenated verb;
    // its patterns name it whole ("test-fire").
    if (!nominal && v >= 2 && Equals(tree.form(v - 1), "-") && tree.head(v - 2) == v) {
      std::string whole = Lower(tree.form(v - 2)) + "-" + std::string(lemma);
      if (index_map.count(whole)) {
        lemma_store = std::move(whole);
        lemma = lemma_store;
        lemma_hash = code::WordHash(lemma);
      }
    }
    // (Through the filter of the index's lemmas: most words have no patterns,
    // and no string is made for them.)
    const code::WordHashFilter& index_lemmas = nominal ? noun_lemmas_ : verb_lemmas_;
    auto find_lemma = [&](std::string_view w, uint64_t hash) {
      return index_lemmas.MayHold(hash) ? index_map.find(std::string(w)) : index_map.end();
    };
    auto it = find_lemma(lemma, lemma_hash);
    // The statistical lemmatizer can miss an unseen inflection ("rioted" ->
    // "riote", "forgave"): try the word's irregular and regular English
    // lemmas against the patterns' own.
    if (it == index_map.end() && !nominal) {
      thread_local std::string lowered;  // (the form lower-cased, as Lower, in kept room)
      lowered.assign(tok.form);
      for (char& c : lowered) c = LowerAscii(c);
      // (The first guess the index holds; no string is made for the others.)
      verb_forms_.ForEachLemma(lowered, [&](std::string_view guess) {
        it = find_lemma(guess, code::WordHash(guess));
        if (it == index_map.end()) return false;
        lemma_store = guess;
        lemma = lemma_store;
        return true;
      });
    }
    // "re-examine", "re-impose", "co-sponsor": the verb after the prefix.
    if (it == index_map.end() && !nominal) {
      size_t dash = lemma.find('-');
      if (dash != std::string::npos && dash <= 3 && dash + 1 < lemma.size()) {
        it = index_map.find(std::string(lemma.substr(dash + 1)));
        if (it != index_map.end()) {
          lemma_store = std::string(lemma.substr(dash + 1));
          lemma = lemma_store;
        }
      }
    }
    if (it == index_map.end()) continue;
    if (report_verbs.count(v)) {
      if (explain) [[unlikely]] why << "verb '" << tok.form << "': a media actor reports; not an event\n";
      continue;
    }
    if (consumed[v]) {
      if (explain) [[unlikely]] why << "verb '" << tok.form << "': part of an earlier pattern\n";
      continue;
    }
    // An adjective predicates only with a copula ("Beijing is ready to work"), or as the root,
    // or when it takes an object: a verb the tagger took for one ("it would free 150 prisoners").
    if (!nominal && Equals(upos, "ADJ") && tree.rel(v) != "root" && BaseRel(tree.rel(v)) != "conj" &&
        tree.Child(v, "cop") < 0 &&
        !(tree.Child(v, "obj") >= 0 && (tree.Child(v, "aux") >= 0 || BaseRel(tree.rel(v)) == "ccomp" ||
                                         BaseRel(tree.rel(v)) == "xcomp" || BaseRel(tree.rel(v)) == "advcl")))
      continue;
    // A "verb" with an article (and no subject or auxiliary) is a noun the
    // tagger took for a verb ("against an Islamic State target").
    if (!nominal && Equals(upos, "VERB") && tree.Child(v, "det") >= 0 && tree.Child(v, "det") < v &&
        tree.Child(v, "nsubj") < 0 && tree.Child(v, "nsubj:pass") < 0 && tree.Child(v, "aux") < 0 &&
        tree.Child(v, "aux:pass") < 0) {
      std::string_view d = tree.lemma(tree.Child(v, "det"));
      if (d == "a" || d == "an" || d == "the") {
        if (explain) [[unlikely]] why << "verb '" << tok.form << "': has an article, a noun\n";
        continue;
      }
    }
    // A noun that names an actor ("the Kenyan opposition") is not also an event ("opposition to").
    if (nominal && mention_at[v] >= 0) continue;

    // Match the patterns of this lemma; the most specific wins.
    const int relative_object = tree.RelativeObject(v);
    // What the patterns ask of the verb's dependents, found on first need.
    bool obj_lists_ready = false, obj_lists_any_ready = false, pp_phrases_ready = false, to_clauses_ready = false;
    // What the verb's objects hold when they are containers of something
    // named ("a package of sanctions"): found once per verb.
    SmallInts contained;
    for (int k : tree.kids(v))
      if (tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass")
        if (const int counted = CountedNoun(tree, k); counted >= 0) contained.push_back(counted);
    uint32_t pp_initials = 0;  // the first letters of pp_phrases' markers, as bits of (letter & 31)
    bool sequence_lists_ready = false;
    bool to_objects_ready = false;
    bool slot_candidates_ready = false;
    auto slot_candidates = [&]() -> const SlotCandidates& {
      if (!slot_candidates_ready) slot_candidates_store.Find(tree, v);
      slot_candidates_ready = true;
      return slot_candidates_store;
    };
    bool intent_without_party = false;
    const VerbPattern* best = nullptr;
    int best_pid = -1;
    int best_xcomp = -1;
    int best_score = -1;
    // The obj= lists the verb's objects satisfy, once per verb (and once
    // more with modifiers, for imported patterns: ObjectMatches).
    auto ensure_obj_lists = [&](bool foreign) -> const std::vector<int>& {
      std::vector<int>& lists = foreign ? obj_lists_any : obj_lists;
      bool& ready = foreign ? obj_lists_any_ready : obj_lists_ready;
      if (!ready) {
        lists.clear();
        for (int k : tree.kids(v)) {
          Rel r = tree.rel(k);
          if (r == "obj" || r == "nsubj:pass") AddObjectLists(tree, k, pattern_words_, &lists, foreign);
        }
        if (relative_object >= 0) AddObjectLists(tree, relative_object, pattern_words_, &lists, foreign);
        std::sort(lists.begin(), lists.end());
        ready = true;
      }
      return lists;
    };
    // The lists of the glued values after the verb: the values are found
    // once per sentence, their lists after the verb once per verb.
    auto ensure_sequence_lists = [&]() -> const std::vector<int>& {
      if (!sequence_lists_ready) {
        if (v + 1 < glued_from) {
          AddGluedValues(tree, pattern_words_, v + 1, glued_from, &glued_values);
          glued_from = v + 1;
        }
        GluedListsAfter(tree, v, glued_values, &sequence_lists);
        sequence_lists_ready = true;
      }
      return sequence_lists;
    };
    // The lists the verb's to-clause objects satisfy, once per verb.
    auto ensure_to_objects = [&]() -> const std::vector<std::pair<int, int>>& {
      if (!to_objects_ready) {
        to_object_lists.clear();
        for (int c : tree.kids(v)) {
          Rel cr = tree.rel(c);
          bool to_clause = cr == "xcomp" || (BaseRel(cr) == "advcl" && tree.Child(c, "mark") >= 0 &&
                                             Equals(tree.lemma(tree.Child(c, "mark")), "to"));
          if (!to_clause) continue;
          thread_local std::vector<int> clause_lists;  // (per-thread scratch)
          clause_lists.clear();
          for (int o : tree.kids(c))
            if (tree.rel(o) == "obj") AddObjectLists(tree, o, pattern_words_, &clause_lists, true);
          for (int l : clause_lists) to_object_lists.emplace_back(l, c);
        }
        std::sort(to_object_lists.begin(), to_object_lists.end());
        to_objects_ready = true;
      }
      return to_object_lists;
    };
    // Which obj= lists the objects of the verb may satisfy in any of the
    // ways above, for imported patterns: marked once per verb so that only
    // the imported patterns of those lists are tried (an imported verb has
    // hundreds of patterns, most with a list of their own).
    for (int l : marked_lists) list_marks[l] = 0;
    marked_lists.clear();
    const std::vector<int>& lemma_patterns = it->second;
    const LemmaPatterns& grouped = lemma_patterns_.at(&lemma_patterns);
    // The positions of the patterns to try: the unlisted ones whose needs
    // the verb's dependents meet, and the imported ones of the marked lists
    // (per-thread scratch). Not in order: the best pattern is the first of
    // the highest score by position below.
    thread_local std::vector<uint32_t> tried_positions;
    tried_positions.clear();
    const uint8_t dependent_kinds = DependentKinds(tree, v);
    for (uint8_t needs = 0; needs < std::size(grouped.unlisted); ++needs)
      if (!(needs & ~dependent_kinds) && !grouped.unlisted[needs].empty())
        tried_positions.insert(tried_positions.end(), grouped.unlisted[needs].begin(), grouped.unlisted[needs].end());
    if (!grouped.listed.empty()) {
      auto mark = [&](int l) {
        if (!list_marks[l]) marked_lists.push_back(l);
        list_marks[l] = 1;
      };
      for (int l : ensure_obj_lists(true)) mark(l);
      for (int l : ensure_sequence_lists()) mark(l);
      for (const auto& lc : ensure_to_objects()) mark(lc.first);
      for (int l : marked_lists)
        for (auto at = std::lower_bound(grouped.listed.begin(), grouped.listed.end(), std::make_pair(l, 0u));
             at != grouped.listed.end() && at->first == l; ++at)
          tried_positions.push_back(at->second);
    }
    uint32_t best_position = 0;
    for (const uint32_t position : tried_positions) {
      const int pid = lemma_patterns[position];
      const VerbPattern& p = dicts_.verbs[pid];
      bool ok = true;
      int xc = -1;
      if (!p.prt.empty()) {
        ok = false;
        // The parser labels particles compound:prt, but also advmod ("reached
        // out to") or, right after the verb, case of the next noun ("handed over the").
        for (int k : tree.kids(v))
          if (tree.lemma(k) == p.prt && (tree.rel(k) == "compound:prt" || (k > v && tree.rel(k) == "advmod")))
            ok = true;
        if (!ok && v + 1 < tree.size() && tree.lemma(v + 1) == p.prt && tree.rel(v + 1) == "case") ok = true;
      }
      bool obj_as_written = false;  // the object matched word for word, not only by lemma
      bool obj_by_modifier = false;  // only a modifier of the object matched, not its own noun
      if (ok && !p.obj.empty()) {
        const std::vector<int>& lists = ensure_obj_lists(p.foreign);
        const int list = pattern_words_.ListId(pid, code::PatternWords::kObj);
        ok = std::binary_search(lists.begin(), lists.end(), list);
        if (ok) {
          obj_by_modifier = p.foreign;
          for (int k : tree.kids(v)) {
            Rel r = tree.rel(k);
            if (r != "obj" && r != "nsubj:pass") continue;
            if (ObjectAsWritten(tree, k, pattern_words_, list) && ObjectMatches(tree, k, pattern_words_, list, p.foreign))
              obj_as_written = true;
            if (p.foreign && ObjectMatches(tree, k, pattern_words_, list, false)) obj_by_modifier = false;
          }
          // "approved a package of sanctions": a pattern that names the
          // container ("- approve obj=package", aid) loses to one that names
          // what it holds.
          for (size_t c = 0; c < contained.size(); ++c)
            if (!ObjectMatches(tree, contained[c], pattern_words_, list, p.foreign)) obj_by_modifier = true;
        }
        if (!ok && p.foreign) {
          const std::vector<int>& glued = ensure_sequence_lists();
          ok = std::binary_search(glued.begin(), glued.end(), list);
        }
        // PETRARCH reads past a to-clause's verb: "- * WAR" under VOW matches
        // "vowed on Thursday to wage war".
        if (!ok && p.foreign) {
          const std::vector<std::pair<int, int>>& to_objects = ensure_to_objects();
          auto hit = std::lower_bound(to_objects.begin(), to_objects.end(), std::make_pair(list, -1));
          if (hit != to_objects.end() && hit->first == list) {
            ok = true;
            xc = hit->second;  // the clause is part of the match, and hosts the target
          }
        }
      }
      if (ok && !p.pp.empty()) {
        if (!pp_phrases_ready) {
          // The verb's obl/nmod phrases and its object's (PP attachment is
          // the parser's most common error), but no dates: "called the
          // Russian president on Friday" has no "on" phrase for the pattern.
          pp_phrases.clear();
          auto add_phrases = [&](int h) {
            for (int k : tree.kids(h)) {
              Rel r = BaseRel(tree.rel(k));
              if ((r == "obl" || r == "nmod") && !IsTimeWord(tree.lemma(k))) pp_phrases.push_back(k);
            }
          };
          add_phrases(v);
          for (int k : tree.kids(v))
            if (tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass") add_phrases(k);
          // (And those of a span or date, which has none of its own:
          // "sentenced the American to 13 years in prison".)
          for (int k : tree.kids(v))
            if (BaseRel(tree.rel(k)) == "obl" && IsTimeWord(tree.lemma(k))) add_phrases(k);
          pp_initials = 0;
          for (int k : pp_phrases)
            if (const std::string_view markers = tree.CaseOf(k); !markers.empty())
              pp_initials |= uint32_t{1} << (markers[0] & 31);
          // "accused Russian warplanes of bombing a market": a gerund with a
          // preposition (UD's advcl with a mark) is the phrase of its
          // gerund noun, which a pp= list names as written ("bombing").
          pp_gerunds.clear();
          for (int k : tree.kids(v)) {
            if (BaseRel(tree.rel(k)) != "advcl" || !Equals(tree.xpos(k), "VBG") || k < v) continue;
            const int m = tree.Child(k, "mark");
            if (m < 0 || m + 1 != k || Equals(tree.lemma(m), "to") || tree.Child(k, "nsubj") >= 0) continue;
            pp_gerunds.push_back(k);
            pp_initials |= uint32_t{1} << (tree.lemma(m)[0] & 31);
          }
          pp_phrases_ready = true;
        }
        ok = false;
        const int nouns = pattern_words_.ListId(pid, code::PatternWords::kPpNoun);
        // (No phrase's markers begin with the preposition's letter: none is its.)
        if (((pp_initials >> (p.pp[0] & 31)) & 1) == 0) continue;
        for (int k : pp_phrases) {
          if (!CaseStartsWith(tree.CaseOf(k), p.pp)) continue;
          if (p.pp_noun.empty() || pattern_words_.Contains(nouns, tree.lemma(k), tree.lemma_hash(k)) ||
              pattern_words_.AnyEndingIn(nouns, tree.lemma(k), tree.lemma_hash(k),
                                         [&](int, std::string_view value) { return WordsBeforeMatch(tree, k, value); }))
            ok = true;
          // PETRARCH reads an imported pattern's words in order: "MEMOS_ON_
          // &TIETYPES" matches "memos on economic issues", a modifier of the
          // phrase's noun.
          if (!ok && p.foreign)
            for (int d : tree.kids(k))
              if ((tree.rel(d) == "amod" || tree.rel(d) == "compound") && d < k &&
                  pattern_words_.Contains(nouns, tree.lemma(d), tree.lemma_hash(d)))
                ok = true;
        }
        if (!ok && !p.pp_noun.empty())
          for (int k : pp_gerunds)
            if (CaseStartsWith(tree.lemma(tree.Child(k, "mark")), p.pp)) {
              const std::string_view written = LowerForm(tree, k);
              if (pattern_words_.Contains(nouns, written, code::WordHash(written))) ok = true;
            }
      }
      if (ok && !p.xcomp.empty()) {
        if (!to_clauses_ready) {
          to_clauses.clear();
          reported_clauses.clear();
          for (int k : tree.kids(v)) {
            Rel r = tree.rel(k);
            // A reported clause with a subject of its own ("UN troops withdrew
            // ..., a correspondent said") is not the speaker's to-clause; one
            // with a pronoun subject ("said it would withdraw") may be.
            int own_subj = r == "ccomp" ? tree.Child(k, "nsubj") : -1;
            if (own_subj < 0 && r == "ccomp") own_subj = tree.Child(k, "nsubj:pass");
            // ("demanded that Iran free ..." is still the demand's content.)
            bool reported = own_subj >= 0 && !Equals(tree.upos(own_subj), "PRON") && !OneOf(kNotYetHeads, lemma);
            // "told Japan that the islands belong to China", "told the US it
            // would not accept": what one tells is said, not asked, unless
            // it says what must be done ("told Iran it must stop").
            if (r == "ccomp" && own_subj >= 0 && (Equals(lemma, "tell") || Equals(lemma, "inform"))) {
              bool must = false;
              for (int a : tree.kids(k))
                must |= tree.rel(a) == "aux" && (Equals(tree.lemma(a), "must") || Equals(tree.lemma(a), "should"));
              if (!must) reported = true;
            }
            // ("asked ... whether he would launch strikes": a question
            // reported, no clause of what to do.)
            if (r == "ccomp" && tree.Child(k, "mark") >= 0 &&
                (Equals(tree.lemma(tree.Child(k, "mark")), "whether") || Equals(tree.lemma(tree.Child(k, "mark")), "if")))
              reported = true;
            bool to_clause = r == "xcomp" || (r == "ccomp" && !reported) ||
                             (BaseRel(r) == "advcl" && tree.Child(k, "mark") >= 0 &&
                              Equals(tree.lemma(tree.Child(k, "mark")), "to"));
            if (to_clause) to_clauses.push_back(k);
            else if (r == "ccomp" && reported) reported_clauses.push_back(k);
          }
          // "reaffirmed its commitment to defend the Philippines", "gave
          // Russia 50 days to reach a deal": a to-clause on the verb's object
          // (UD's acl) is the clause of a pattern that names that object too
          // (obj= and xcomp=, below), whether the parser hung it on the
          // noun or on the verb.
          object_clauses.clear();
          for (int o : tree.kids(v)) {
            if (tree.rel(o) != "obj") continue;
            for (int c : tree.kids(o)) {
              const int m = tree.rel(c) == "acl" ? tree.Child(c, "mark") : -1;
              if (m >= 0 && m < c && Equals(tree.lemma(m), "to") && Equals(tree.upos(c), "VERB")) object_clauses.push_back(c);
            }
          }
          // "wants X to help" asks X (an appeal); "wants to help Israel"
          // is the subject's own intent: an appeal or demand read through
          // an intention verb needs the party asked.
          intent_without_party = OneOf(kIntentHeads, lemma) && tree.Child(v, "obj") < 0 && tree.Child(v, "iobj") < 0;
          to_clauses_ready = true;
        }
        ok = false;
        const int verbs = pattern_words_.ListId(pid, code::PatternWords::kXcomp);
        // An imported pattern whose target is the clause's subject
        // ("- NOTED + *" under REGRET) names a reported clause too:
        // "noted that Cirith Ungol regretted" is noted of Cirith Ungol.
        const bool of_clause_subject = targets_clause_subject_[pid];
        const bool with_object_clauses = !p.obj.empty() && !object_clauses.empty();
        std::vector<int>& clauses = of_clause_subject || with_object_clauses ? clause_scratch : to_clauses;
        if (of_clause_subject || with_object_clauses) {
          clause_scratch = to_clauses;
          if (of_clause_subject)
            clause_scratch.insert(clause_scratch.end(), reported_clauses.begin(), reported_clauses.end());
          if (with_object_clauses)
            clause_scratch.insert(clause_scratch.end(), object_clauses.begin(), object_clauses.end());
        }
        // (Properties of the pattern, found once rather than for each clause.)
        const bool any_verb = !clauses.empty() && xcomp_any_verb_[pid];
        // (An appeal or a demand: asked only when the intent has no party.)
        const bool asks_without_party = intent_without_party && (StartsWith(p.code, "02") || StartsWith(p.code, "10"));
        for (int k : clauses) {
          // (Any verb, but the predicate of a verb of naming is none: "a post
          // that it called inappropriate" is no call to act. Only a null
          // pattern takes it: "--- call xcomp=*". Other verbs take no
          // predicate: "urges calm" is a misparsed object.)
          if (any_verb && !Equals(p.code, "---") && (Equals(tree.upos(k), "ADJ") || Equals(tree.upos(k), "NOUN")) &&
              OneOf(kNamingVerbs, lemma))
            continue;
          // (Nor is a noun predicate the verb an appeal's or demand's list
          // names: "in what it called a sign of goodwill" is no call to sign.)
          if ((StartsWith(p.code, "02") || StartsWith(p.code, "10")) && Equals(tree.upos(k), "NOUN") &&
              OneOf(kNamingVerbs, lemma))
            continue;
          if (any_verb || pattern_words_.Contains(verbs, tree.lemma(k), tree.lemma_hash(k))) {
            if (asks_without_party) continue;
            // (A judgement of the clause's subject denied is none: "said
            // Moscow was not responsible", "said the sanctions were not
            // illegal".)
            if (of_clause_subject && !p.negated) {
              bool denied = false;
              for (int d : tree.kids(k)) denied |= tree.rel(d) == "advmod" && IsNegatingAdverb(tree.lemma(d));
              if (denied) continue;
            }
            if (!p.xobj.empty()) {
              int o = tree.Child(k, "obj");
              const int xobjs = pattern_words_.ListId(pid, code::PatternWords::kXobj);
              // (A value of several words needs them before the head: "may_day".)
              if (o < 0 || !(pattern_words_.Contains(xobjs, tree.lemma(o), tree.lemma_hash(o)) ||
                             pattern_words_.AnyEndingIn(xobjs, tree.lemma(o), tree.lemma_hash(o),
                                                        [&](int, std::string_view value) {
                                                          return WordsBeforeMatch(tree, o, value);
                                                        })))
                continue;
            }
            ok = true;
            xc = k;
            break;
          }
        }
      }
      // Imported TABARI/PETRARCH constraints (docs/import.md).
      if (ok && p.negated) {
        ok = false;
        // "won't try to clash": a negated verb's to-clause is negated too.
        const int negated_at = tree.rel(v) == "xcomp" && tree.head(v) >= 0 ? tree.head(v) : -1;
        for (int h : {v, negated_at})
          for (int k : h >= 0 ? tree.kids(h) : tree.kids(v)) {
            std::string_view l = tree.lemma(k);
            if ((tree.rel(k) == "advmod" || tree.rel(k) == "neg") &&
                (Equals(l, "not") || Equals(l, "never") || Equals(l, "n't")))
              ok = true;
            // "will not wire tap": the negation hung on a compound modifier of the verb.
            if (tree.rel(k) == "compound" && k < v)
              for (int d : tree.kids(k))
                if (tree.rel(d) == "advmod" && d < k && (Equals(tree.lemma(d), "not") || Equals(tree.lemma(d), "never"))) ok = true;
          }
        // "Neither Galadriel nor Gollum boycotted": the subject's "neither"
        // negates the verb ("- NEITHER * [081]").
        if (int st = tree.Child(v, "nsubj"); !ok && st >= 0)
          for (int k : tree.kids(st))
            if (Equals(tree.lemma(k), "neither") && k < st) ok = true;
      }
      if (ok && !p.subj.empty()) {
        int st = tree.Child(v, "nsubj");
        if (st < 0) st = tree.Child(v, "nsubj:pass");
        const int subjects = pattern_words_.ListId(pid, code::PatternWords::kSubj);
        auto form_listed = [&] {
          if (subject_form_of != st) {
            subject_inflected = InflectedForm(tree, st, &subject_form_buf, &subject_form);
            if (subject_inflected) subject_form_hash = code::WordHash(subject_form);
            subject_form_of = st;
          }
          return subject_inflected && pattern_words_.Contains(subjects, subject_form, subject_form_hash);
        };
        ok = st >= 0 && (pattern_words_.Contains(subjects, tree.lemma(st), tree.lemma_hash(st)) || form_listed());
        // "The M23, which seized Goma": a relative pronoun is the noun its
        // clause modifies, and a named armed group matches a list of armed
        // kinds ("rebel|militant|troop...").
        if (!ok && st >= 0) {
          int who = st;
          if (Equals(tree.xpos(st), "WDT") || Equals(tree.xpos(st), "WP"))
            if (tree.head(st) >= 0 && tree.rel(tree.head(st)) == "acl:relcl") who = tree.head(tree.head(st));
          if (who != st && who >= 0) ok = pattern_words_.Contains(subjects, tree.lemma(who), tree.lemma_hash(who));
          // "The M23 said it had captured Goma": a pronoun subject of a
          // reported clause is the reporter.
          if (!ok && who == st && Equals(tree.upos(st), "PRON") &&
              (Equals(tree.lemma(st), "it") || Equals(tree.lemma(st), "they") || Equals(tree.lemma(st), "we")) &&
              tree.rel(v) == "ccomp" && tree.head(v) >= 0) {
            const int reporter = tree.Child(tree.head(v), "nsubj");
            if (reporter >= 0 && mention_at[reporter] >= 0) who = reporter;
          }
          static const uint64_t kRebelHash = code::WordHash("rebel");
          if (!ok && who >= 0 && mention_at[who] >= 0 && pattern_words_.Contains(subjects, "rebel", kRebelHash)) {
            // (A state's forces only when the list names them too: "U.S.
            // forces seized an oil tanker" is no hijacking by armed groups.)
            static const uint64_t kTroopHash = code::WordHash("troop"), kArmyHash = code::WordHash("army");
            const bool state_forces_listed =
                pattern_words_.Contains(subjects, "troop", kTroopHash) || pattern_words_.Contains(subjects, "army", kArmyHash);
            const std::string& c = mentions[mention_at[who]].code;
            for (size_t i = 3; i + 3 <= c.size() && !ok; i += 3) {
              const std::string_view sector = std::string_view(c).substr(i, 3);
              ok = sector == "REB" || sector == "INS" || sector == "UAF" || (sector == "MIL" && state_forces_listed);
            }
          }
        }
      }
      if (ok && !p.forms.empty()) ok = In(p.forms, LowerForm(tree, v));
      // "RECENTLY_*": the word right before the verb.
      if (ok && !p.before.empty()) ok = v > 0 && In(p.before, LowerForm(tree, v - 1));
      if (ok && p.mutual) {
        int st = tree.Child(v, "nsubj");
        ok = st >= 0 && tree.Child(st, "conj") >= 0;
      }
      // The verb's phrase: its own, or that of the verb it completes or is
      // joined to ("won't try to clash", "was heavily and unjustly criticized").
      // (dyad's own words= are context a little wider: also the noun or
      // clause a participle hangs on, "sanctions targeting Russian banks".)
      auto under = [&tree, &p](int t, int top) {
        const int verb = top;
        for (int hops = 0; hops < 8 && tree.head(top) >= 0; ++hops) {
          const Rel r = tree.rel(top);
          // (A conjoined clause with a subject of its own has its own phrase:
          // "held talks, and Putin invited Kim to visit Moscow".)
          if (r == "xcomp" || (r == "conj" && tree.Child(top, "nsubj") < 0) ||
              (!p.foreign && (BaseRel(r) == "acl" || BaseRel(r) == "advcl") && r != "acl:relcl"))
            top = tree.head(top);
          else
            break;
        }
        // (Not a relative clause's word: "sanctions on Rwanda, which she
        // accused of sending troops" describes, it asks nothing. Nor a
        // participle's below the verb: "release a French embassy employee
        // arrested ... and accused of working for French intelligence".)
        for (int hops = 0; t >= 0 && hops < 64; ++hops, t = tree.head(t)) {
          if (t == top) return true;
          if (tree.rel(t) == "acl:relcl") return false;
          if (!p.foreign && BaseRel(tree.rel(t)) == "acl" && (tree.xpos(t) == "VBN" || tree.xpos(t) == "VBG") &&
              tree.Child(t, "mark") < 0 && tree.head(t) >= 0 && tree.IsWithin(tree.head(t), verb) &&
              tree.head(t) != verb)
            return false;
        }
        return false;
      };
      // (The alternatives of each word were split out at load: WordAlternative.)
      for (uint32_t a = word_alts_begin_[pid], wi = 0; ok && wi < p.words.size(); ++wi) {
        // "a|b|c": any of them (a synset), as a lemma or a lower-cased form.
        const std::string& ws = p.words[wi];
        bool found = false;
        for (bool last = false; !last; ++a) {
          const WordAlternative& alt = word_alts_[a];
          last = alt.last;
          if (found) continue;
          std::string_view w(ws.data() + alt.pos, alt.len);
          if (alt.glued) {
            // "most_certainly_did_n't_ever": words standing in this order,
            // one after another, before the verb (glued words of an
            // imported pattern).
            for (int t = 0; t < v && !found; ++t) {
              std::string_view rest = w;
              int k = t;
              for (; k < v && !rest.empty(); ++k) {
                size_t us = rest.find('_');
                std::string_view part = rest.substr(0, us);
                if (!EqualsLowerAscii(tree.form(k), part)) break;
                rest = us == std::string_view::npos ? std::string_view() : rest.substr(us + 1);
              }
              found = rest.empty() && k > t;
            }
          } else if (words_filter().MayHave(w)) {
            // An imported pattern's word stands in the verb's own phrase:
            // "air" of "launched an air strike" is no word of "expanding its
            // campaign" ("- * {AIR CAMPAIGN}"). dyad's own words= are context
            // anywhere in the sentence ("army" for an assault).
            for (int t = 0; t < tree.size() && !found; ++t)
              found = t != v && (SameChars(tree.lemma(t), w) || EqualsLowerAscii(tree.form(t), w)) &&
                      ((!p.foreign && p.nominal) || under(t, v));
          }
        }
        ok = found;
      }
      // Among equally specific patterns, one whose target slot names an actor
      // wins, then one whose slot's phrase is there at all ("launched a
      // missile at X" is an attack, "launched a missile" a show of force).
      // Then one not matched only by a modifier of the object ("sent military
      // aid": "- * AID" before "- * &MILITARY", which names the modifier).
      // Then one whose object is written as in the text ("lifted the
      // sanctions": "- * SANCTIONS [085]" before "- * SANCTION [0351]").
      // (A pattern none of whose target slots can name one of the verb's
      // dependents fills none: TargetSlots.)
      auto target_fill = [&]() {
        const SlotCandidates& c = slot_candidates();
        const TargetSlots& slots = target_slots_[pid];
        const bool may_fill = (slots.object && !c.objects.empty()) || (slots.indirect_object && !c.iobjs.empty()) ||
                              (slots.empty && !c.phrases.empty()) || (slots.initials & c.initials) != 0;
        return may_fill ? TargetSlotFill(tree, c, p, pattern_words_, pid, holds_actor) : 0;
      };
      int score = ok ? (((p.specificity + static_cast<int>(p.words.size())) * 3 + target_fill()) * 2 +
                        (obj_by_modifier ? 0 : 1)) * 2 +
                           (obj_as_written ? 1 : 0)
                     : -1;
      if (ok && (!best || score > best_score || (score == best_score && position < best_position))) {
        best = &p;
        best_pid = pid;
        best_position = position;
        best_xcomp = xc;
        best_score = score;
      }
    }
    if (!best) {
      if (explain) [[unlikely]] why << "verb '" << tok.form << "' (" << lemma << "): no pattern's constraints hold\n";
      continue;
    }
    // The clause the pattern took in is part of this event, and so is its
    // object: "agreed to resume a dialogue" is no dialogue held.
    if (best_xcomp >= 0) {
      consumed[best_xcomp] = true;
      for (int k : tree.kids(best_xcomp))
        if (tree.rel(k) == "obj") consumed[k] = true;
    }
    const int best_obj = pattern_words_.ListId(best_pid, code::PatternWords::kObj);
    // A noun the pattern names ("condemned the invasion", "denied the
    // allegations") is part of this event, not an event of its own.
    if (!best->obj.empty() && !Equals(best->code, "---"))
      for (int k : tree.kids(v))
        if ((tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass") &&
            ObjectMatches(tree, k, pattern_words_, best_obj, best->foreign))
          consumed[k] = true;
    if (!Equals(best->code, "---")) coded_verbs[v] = &best->code;
    if (explain) [[unlikely]] why << "verb '" << tok.form << "' matched " << best->origin << ": " << best->code << " " << best->text << "\n";
    if (Equals(best->code, "---") && best->reverse_code.empty()) continue;
    // "Japan called the move regrettable", "called it a man-made disaster":
    // a verb of naming with its predicate is no phone call, whatever an
    // imported dictionary's bare CALL [041] says.
    // (Nor, with an object, an appeal: "called new US sanctions on Russia's
    // oil companies an unfriendly act" calls on no one.)
    const bool appeal_on = StartsWith(best->code, "02") && tree.Child(v, "obj") >= 0;
    if ((StartsWith(best->code, "041") || appeal_on) && OneOf(kNamingVerbs, lemma)) {
      int predicate = tree.Child(v, "xcomp");
      // ("the Senkaku islands, which China calls the Diaoyu": the relative
      // pronoun and the name, two objects.)
      int objects = 0, relative = -1;
      for (int k : tree.kids(v))
        if (tree.rel(k) == "obj") {
          ++objects;
          if (Equals(tree.lemma(k), "which") || Equals(tree.lemma(k), "that") || Equals(tree.lemma(k), "what"))
            relative = k;
          else
            predicate = predicate < 0 ? k : predicate;
        }
      if (objects < 2 || relative < 0) predicate = tree.Child(v, "xcomp");
      if (predicate >= 0 && (Equals(tree.upos(predicate), "ADJ") || Equals(tree.upos(predicate), "NOUN") ||
                             Equals(tree.upos(predicate), "PROPN"))) {
        if (explain) [[unlikely]] why << "  not coded: naming ('" << tree.tok(predicate).form << "'), not a phone call or an appeal\n";
        continue;
      }
    }
    // "expected to be briefed by Washington": to undergo another's act is
    // no intent of one's own.
    if (best_xcomp >= 0 && RootOf(best->code) == 3 && is_passive(best_xcomp)) {
      if (explain) [[unlikely]] why << "  not coded: the complement is passive ('" << tree.tok(best_xcomp).form << "')\n";
      continue;
    }
    // A nominal event is as real as the verb that governs it: "did not
    // impose sanctions", "threatened to launch an attack".
    int governor = v;
    if (nominal) {
      int h = tree.head(v);
      Rel r = tree.rel(v);
      governor = h >= 0 && (r == "obj" || r == "nsubj:pass") && Equals(tree.upos(h), "VERB") ? h : -1;
    }
    // "dismissed Lee's offer as a farce", "rejected Seoul's offers of
    // dialogue": an offer or plan named as what is rejected is the earlier
    // act referred to, not news (the rejection is coded on its own).
    if (nominal && governor >= 0 && RootOf(best->code) >= 3 && RootOf(best->code) <= 8) {
      static constexpr WordList kRejectingVerbs{"reject", "dismiss", "rebuff", "spurn", "refuse", "decline", "deny"};
      if (OneOf(kRejectingVerbs, tree.lemma(governor))) {
        if (explain) [[unlikely]] why << "  not coded: what '" << tree.tok(governor).form << "' rejects\n";
        continue;
      }
    }
    // "plans to visit India": the intent to meet (036), not a visit; the
    // intent verb's own generic event gives way to it.
    std::string event_code = best->code;
    int intent_head = -1;
    int threat_condition = -1;  // the if-clause of a conditional threat
    // "plans to visit" (also when the tagger takes "plans" for a noun: acl).
    const bool to_clause = tree.rel(v) == "xcomp" || (tree.rel(v) == "acl" && tree.Child(v, "mark") >= 0 &&
                                                      Equals(tree.lemma(tree.Child(v, "mark")), "to"));
    // ("vowed to keep striking the Huthis": through a verb of going on.)
    int going_on = -1;
    if (!nominal && tree.head(v) >= 0 && tree.rel(v) == "xcomp" && OneOf(kContinuingVerbs, tree.lemma(tree.head(v))) &&
        tree.rel(tree.head(v)) == "xcomp" && tree.head(tree.head(v)) >= 0 &&
        OneOf(kIntentHeads, tree.lemma(tree.head(tree.head(v)))) && !coded_verbs[tree.head(v)])
      going_on = tree.head(v);
    if (!nominal && tree.head(v) >= 0 && (to_clause || going_on >= 0) &&
        OneOf(kIntentHeads, tree.lemma(going_on >= 0 ? tree.head(going_on) : tree.head(v)))) {
      int h = going_on >= 0 ? tree.head(going_on) : tree.head(v);
      const std::string* coded = coded_verbs[h];
      // Only a generic intent gives way ("030"); a specific one stands.
      bool generic = !coded || Equals(*coded, "030") || Equals(*coded, "03") || Equals(*coded, "130") ||
                     Equals(*coded, "13");
      std::string intent = code::IntentCode(best->code);
      // "Obama wants Putin to attack": someone else's act is wished for, not intended.
      const bool wished_for_other = tree.Child(h, "obj") >= 0 || tree.Child(h, "iobj") >= 0;
      if (wished_for_other) intent.clear();
      // CAMEO has no intent code for the verbal acts (to investigate, to
      // demand, to accuse): wanting to do one is coded as the act, as
      // PETRARCH does ("inspectors want to re-examine the refineries" 090).
      if (generic && !wished_for_other && intent.empty()) intent = best->code;
      // "the US leader prepared to attend the Beijing Olympics": a trip
      // that was being prepared (the verb in a past tense; not "is
      // prepared to", which is willing, nor "is preparing to visit next
      // week") was under way, coded as the visit (as PETRARCH does).
      if (generic && Equals(tree.lemma(h), "prepare") && Equals(tree.upos(h), "VERB") &&
          (StartsWith(best->code, "042") || StartsWith(best->code, "043") || StartsWith(best->code, "044"))) {
        bool copula = false, past_aux = false, any_aux = false;
        for (int k : tree.kids(h)) {
          copula |= tree.rel(k) == "cop" || tree.rel(k) == "aux:pass";
          past_aux |= tree.rel(k) == "aux" && Equals(tree.xpos(k), "VBD");
          any_aux |= BaseRel(tree.rel(k)) == "aux";
        }
        // (A finite "prepared" with no auxiliary, tagged VBN, is past too.)
        const bool past = Equals(tree.xpos(h), "VBD") || (Equals(tree.xpos(h), "VBN") && !any_aux) ||
                          (Equals(tree.xpos(h), "VBG") && past_aux);
        if (!copula && past) intent = best->code;
      }
      if (!generic || intent.empty()) {
        if (explain) [[unlikely]] why << "  not coded: intended, not done (complement of '" << tree.tok(h).form << "')\n";
        continue;
      }
      {
          intent_head = h;
          event_code = intent;
          refinements.push_back({v, h});
          if (explain) [[unlikely]] why << "  intent: '" << tree.tok(h).form << "' + " << best->code << " -> " << intent << "\n";
      }
    }
    // "the Zamzam displacement camp", "attack helicopters": an event noun
    // that modifies another noun names a kind of thing, no event.
    if (nominal && tree.rel(v) == "compound" && tree.head(v) > v && Equals(tree.upos(tree.head(v)), "NOUN") &&
        !OneOf(kAttackNouns, tree.lemma(tree.head(v))) && !OneOf(kMeetingNouns, tree.lemma(tree.head(v)))) {
      if (explain) [[unlikely]] why << "  not coded: names a kind of '" << tree.tok(tree.head(v)).form << "'\n";
      continue;
    }
    // "... ahead of Trump's Asia trip", "in the run-up to the summit": an
    // act named as what is coming has not happened.
    if (nominal) {
      bool ahead = false;
      for (int k : tree.kids(v))
        if (tree.rel(k) == "case" && k > 0 &&
            ((Equals(tree.lemma(k), "of") && Equals(tree.lemma(k - 1), "ahead")) ||
             (Equals(tree.lemma(k), "to") && Equals(tree.lemma(k - 1), "run-up"))))
          ahead = true;
      if (ahead) {
        if (explain) [[unlikely]] why << "  not coded: still to come ('ahead of')\n";
        continue;
      }
    }
    // "for the first time since Israeli and U.S. strikes on its nuclear
    // sites in June": an act named as the point a time is counted from is
    // history the story recalls.
    // (Dated in its phrase, or counted from: "for the first time since".
    // Not bare: "talks since Russia's 2014 invasion", told in 2014, is news.)
    bool counted_from = false;
    if (nominal && Equals(tree.CaseOf(v), "since")) {
      for (int x = 0; x < n && !counted_from; ++x)
        counted_from = (tree.Under(x, v) && x > v && IsTimeWord(tree.lemma(x)) && tree.Under(x, v)) ||
                       (Equals(tree.lemma(x), "since") && tree.head(x) == v && x > 0 && Equals(tree.lemma(x - 1), "time"));
    }
    if (counted_from) {
      if (explain) [[unlikely]] why << "  not coded: background ('since')\n";
      continue;
    }
    if (nominal && !background_of(v).empty()) {
      if (explain) [[unlikely]] why << "  not coded: " << background_of(v) << "\n";
      continue;
    }
    // "The war between the army and the RSF has killed tens of thousands of
    // people": a war's running toll (its subject a war, the verb in the
    // present perfect) is background, no act of a day.
    if (!nominal && RootOf(best->code) >= 18 && RootOf(best->code) <= 20) {
      // (A conjoined verb shares both: "has killed ... and uprooted".)
      const int clause = tree.rel(v) == "conj" && tree.Child(v, "nsubj") < 0 && tree.head(v) >= 0 ? tree.head(v) : v;
      const int subj = tree.Child(clause, "nsubj");
      bool perfect = false;
      for (int k : tree.kids(clause))
        perfect |= tree.rel(k) == "aux" && (Equals(tree.lemma(k), "have") || Equals(tree.lemma(k), "has"));
      if (perfect && subj >= 0 && OneOf(kConflictNouns, tree.lemma(subj))) {
        if (explain) [[unlikely]] why << "  not coded: a war's running toll\n";
        continue;
      }
    }
    // "would respond to any new NATO deployments", "no attack on Taiwan":
    // an act counted by "any" or "no" is no act that happened.
    if (nominal) {
      const int det = tree.Child(v, "det");
      if (det >= 0 && (Equals(tree.lemma(det), "any") || Equals(tree.lemma(det), "no"))) {
        if (explain) [[unlikely]] why << "  not coded: no particular act ('" << tree.tok(det).form << "')\n";
        continue;
      }
    }
    // "tactical pauses in fighting", "an end to the war", "a halt of the
    // strikes": an act named as what stops is not reported as done.
    // (Not a time phrase: "a ceasefire ..., after talks between US and
    // Ukrainian officials" are talks held.)
    if (nominal && tree.head(v) >= 0 && OneOf(kHaltNouns, tree.lemma(tree.head(v))) &&
        BaseRel(tree.rel(v)) == "nmod" && !OneOf(kTimeCases, tree.CaseOf(v))) {
      if (explain) why << "  not coded: what the '" << tree.tok(tree.head(v)).form << "' stops\n";
      continue;
    }
    // "a Chinese attack on Taiwan could trigger a response", "a strike on
    // Iran would be a disaster": an act named as the subject of a
    // hypothetical clause is only imagined.
    if (nominal && tree.head(v) >= 0 && BaseRel(tree.rel(v)) == "nsubj") {
      int modal = -1;
      for (int k : tree.kids(tree.head(v)))
        if (tree.rel(k) == "aux" && OneOf(kHypotheticalAux, tree.lemma(k))) modal = k;
      if (modal >= 0) {
        if (explain)
          why << "  not coded: hypothetical, the subject of a clause with '" << tree.tok(modal).form << "'\n";
        continue;
      }
    }
    if (nominal && governor >= 0) {
      std::string_view g = tree.lemma(governor);
      bool own_actors = tree.Child(v, "nmod:poss") >= 0 || tree.Child(v, "nmod", true) >= 0 ||
                        tree.Child(v, "amod") >= 0 || tree.Child(v, "compound") >= 0;
      // ("ended their summit in Alaska": a meeting that ended was held.)
      const bool held = Equals(g, "end") && OneOf(kMeetingNouns, tree.lemma(v));
      if ((OneOf(kUndoingVerbs, g) && !held) || (OneOf(kReactingVerbs, g) && !own_actors)) {
        if (explain) [[unlikely]] why << "  not coded: undone, refused or only reacted to ('" << tree.tok(governor).form << "')\n";
        continue;
      }
    }
    // "Israel announced it would free 150 prisoners", "Iran said it will
    // expel the diplomats": one's own future act, announced, is an intent
    // (03x) or a threat (13x), not the act.
    bool announced_intent = false;
    // The announcing verb: of the clause, or of the clause it is joined to
    // ("said the meeting was amazing and that he would visit China").
    int announcer = -1;
    // ("said Israel would continue to strike Hezbollah": the clause is
    // the one of the verb of going on.)
    const int clause = tree.rel(v) == "xcomp" && tree.head(v) >= 0 && tree.rel(tree.head(v)) == "ccomp" &&
                               OneOf(kContinuingVerbs, tree.lemma(tree.head(v)))
                           ? tree.head(v)
                           : v;
    if (tree.rel(clause) == "ccomp") announcer = tree.head(clause);
    else if (tree.rel(v) == "conj" && tree.head(v) >= 0 && tree.rel(tree.head(v)) == "ccomp")
      announcer = tree.head(tree.head(v));
    // (Or a headline's reporting tail hung on it, in the present: "France
    // will recognise Palestinian state, Macron says".)
    if (announcer < 0)
      for (int k : tree.kids(v))
        if (k > v && tree.rel(k) == "parataxis" && (Equals(tree.xpos(k), "VBZ") || Equals(tree.xpos(k), "VBP")) &&
            tree.Child(k, "nsubj") >= 0 && OneOf(kAnnouncingVerbs, tree.lemma(k)))
          announcer = k;
    if (!nominal && intent_head < 0 && announcer >= 0 && OneOf(kAnnouncingVerbs, tree.lemma(announcer))) {
      bool future = false, other_modal = false, negated = false;
      // (A second verb sharing the first's subject and auxiliary: "it would
      // suspend the treaty and expel Pakistani military advisers".)
      const bool shares = tree.rel(v) == "conj" && tree.head(v) >= 0 && tree.Child(v, "nsubj") < 0 &&
                          tree.Child(v, "aux") < 0 && Equals(tree.upos(tree.head(v)), "VERB");
      for (int k : tree.kids(shares ? tree.head(v) : clause)) {
        std::string_view l = tree.lemma(k);
        if (tree.rel(k) == "aux") {
          if (Equals(l, "will") || Equals(l, "would") || Equals(l, "wo") || Equals(l, "shall")) future = true;
          else if (OneOf(kHypotheticalAux, l)) other_modal = true;
        }
        negated |= tree.rel(k) == "advmod" && IsNegatingAdverb(l);
        // "said it would recognise no parallel government"
        if (tree.rel(k) == "obj")
          for (int d : tree.kids(k)) negated |= tree.rel(d) == "det" && Equals(tree.lemma(d), "no");
      }
      int subj = tree.Child(shares ? tree.head(v) : clause, "nsubj");
      bool own = subj >= 0 && Equals(tree.upos(subj), "PRON");
      // "Macron announced that France would recognise a Palestinian state":
      // the speaker's own country is the speaker's own.
      bool predicted = false;  // another's future act, foretold
      if (subj >= 0 && !own) {
        // (A conjoined verb of saying shares the first verb's subject:
        // "Zakharova called the attack terrorism and said Moscow would retaliate".)
        int speaker = tree.Child(announcer, "nsubj");
        if (speaker < 0 && tree.rel(announcer) == "conj" && tree.head(announcer) >= 0)
          speaker = tree.Child(tree.head(announcer), "nsubj");
        const int sm = speaker >= 0 ? mention_under(speaker, 0) : -1;
        const int cm = mention_under(subj, 0);
        if (sm >= 0 && cm >= 0) {
          const std::string a = CountryOfCode(mentions[sm].code), b = CountryOfCode(mentions[cm].code);
          own = !a.empty() && a == b;
          // "'China will fight to the end,' the ministry said": a state organ
          // named without its country speaks for the country it announces.
          bool organ = false;
          if (a.empty() && !b.empty())
            for (std::string_view sector : SectorViews(mentions[sm].code)) organ |= IsStateOrgan(sector);
          // ("Arnor will contribute ..., a senior official said": an
          // official of no named state, introduced with "a", is the
          // reporter's source, neither the state's voice nor a forecaster;
          // the act is coded as told, as PETRARCH does.)
          const int speaker_det = tree.Child(speaker, "det");
          const bool anonymous = organ && speaker_det >= 0 &&
                                 (Equals(tree.lemma(speaker_det), "a") || Equals(tree.lemma(speaker_det), "an"));
          if (anonymous) organ = false;
          own |= organ;
          // ("Analysts said China will attack Taiwan", "Biden said Russia
          // will invade"; a speaker the dictionaries do not know, "the State
          // Department said", may be the actor's own and is not judged.)
          predicted = !own && !anonymous && !b.empty() && mentions[sm].kind != ActorKind::kMedia;
        }
      }
      std::string code = code::IntentCode(best->code);
      // "said Moscow would respond firmly": a response promised with force
      // in its manner is a threat (130), as "would retaliate" is.
      // ("would retaliate" names no means: a threat, 130, not of an attack.)
      // (On a condition it stays a threat of force: "will retaliate if attacked".)
      if ((Equals(lemma, "retaliate") || Equals(lemma, "reciprocate")) && ConditionClause(tree, v) < 0) code = "130";
      // (Read from the words right after the verb: 'respond "firmly" to what
      // she called ...' has the adverb hung on "what".)
      if (code.empty() && Equals(lemma, "respond"))
        for (int t = v + 1; t < n && t <= v + 3; ++t)
          if (OneOf(kForcefulManners, tree.lemma(t))) code = "130";
      if (future && own && !other_modal && !negated && !code.empty()) {
        announced_intent = true;
        dated_by = announcer;
        event_code = code;
        if (explain) [[unlikely]] why << "  announced intent: '" << tree.tok(announcer).form << "' + " << best->code << " -> " << code << "\n";
      } else if (future && predicted && !other_modal && !negated) {
        // Another's future act, foretold by someone else, has not happened.
        if (explain) [[unlikely]] why << "  not coded: foretold by another ('" << tree.tok(announcer).form << "' ... will)\n";
        continue;
      }
    }
    if (governor >= 0 && !best->negated) {
      std::string b = blocked(intent_head >= 0 ? intent_head : governor, 0);
      if (announced_intent && b.rfind("hypothetical", 0) == 0) b.clear();
      // "would not provide support", "refused to release the prisoners": a
      // refusal of cooperation is itself an event (12x).
      bool refusal = false;
      if (!b.empty() && intent_head < 0) {
        bool negated = false, volitional = false;
        for (int k : tree.kids(governor)) {
          std::string_view l = tree.lemma(k);
          negated |= tree.rel(k) == "advmod" && IsNegatingAdverb(l);
          volitional |= tree.rel(k) == "aux" &&
                        (Equals(l, "will") || Equals(l, "would") || Equals(l, "wo") || Equals(l, "shall"));
        }
        int h = tree.head(governor);
        bool refused =
            h >= 0 && tree.rel(governor) == "xcomp" && !coded_verbs[h] &&
            (Equals(tree.lemma(h), "refuse") || Equals(tree.lemma(h), "decline") || Equals(tree.lemma(h), "reject"));
        std::string code = code::RefusalCode(best->code);
        if (((negated && volitional) || refused) && !code.empty()) {
          refusal = true;
          if (explain) [[unlikely]] why << "  refusal: " << best->code << " -> " << code << " (" << b << ")\n";
          event_code = code;
        }
      }
      // "Iran will retaliate if attacked", "will impose sanctions unless
      // Russia withdraws": conflict promised on a condition is a threat (13x),
      // not the act. The condition's actor is the one threatened.
      if (!b.empty() && !refusal && intent_head < 0 && !nominal) {
        const int condition = ConditionClause(tree, governor);
        bool future = false, negated = false, perfect = false;
        for (int k : tree.kids(governor)) {
          std::string_view l = tree.lemma(k);
          negated |= tree.rel(k) == "advmod" && IsNegatingAdverb(l);
          future |= tree.rel(k) == "aux" &&
                    (Equals(l, "will") || Equals(l, "would") || Equals(l, "wo") || Equals(l, "shall"));
          perfect |= tree.rel(k) == "aux" && Equals(l, "have");  // "would have attacked if": what did not happen
        }
        // A threat is one's own: in a reported clause ("analysts said China
        // would attack if ..."), only with a pronoun subject ("Iran said it will").
        int subj = tree.Child(governor, "nsubj");
        bool own = tree.rel(governor) != "ccomp" || (subj >= 0 && Equals(tree.upos(subj), "PRON"));
        std::string code = code::IntentCode(best->code);
        if (condition >= 0 && future && !negated && !perfect && own && StartsWith(code, "13") &&
            (b.rfind("conditional on", 0) == 0 || b.rfind("hypothetical", 0) == 0)) {
          threat_condition = condition;
          event_code = code;
          if (explain) [[unlikely]] why << "  conditional threat: " << best->code << " -> " << code << " (" << b << ")\n";
          b.clear();
        } else if (condition >= 0 && !negated && StartsWith(event_code, "13") &&
                   b.rfind("conditional on", 0) == 0) {
          // "China warned of countermeasures if the US sold weapons": a
          // threat is made whatever its condition; the condition names whom.
          threat_condition = condition;
          if (explain) [[unlikely]] why << "  a threat on a condition is still made (" << b << ")\n";
          b.clear();
        }
      }
      if (!b.empty() && !refusal) {
        if (explain) [[unlikely]] why << "  not coded: " << b << "\n";
        continue;
      }
    }

    // Arguments.
    thread_local std::vector<std::pair<int, bool>> prep_phrases;  // slot_tokens' phrases for a preposition, once per verb (scratch)
    bool prep_phrases_ready = false;
    uint32_t prep_initials = 0;  // the first letters of prep_phrases' markers, as bits of (letter & 31)
    // "rejected the proposal from the United States", "to remove tariffs on
    // Australian wine" with the phrase hung on the verb (PP attachment, the
    // parser's most common error): a phrase of the verb right after an
    // object that names no actor belongs to the object.
    auto phrase_after_object = [&](int host, int o) -> int {
      if (host < 0 || o < 0 || mention_under(o, 0) >= 0) return -1;
      int edge = o;  // the object phrase's last token
      while (edge + 1 < n && tree.Under(edge + 1, o)) ++edge;
      for (int k : tree.kids(host)) {
        if (k <= edge || BaseRel(tree.rel(k)) != "obl") continue;
        const std::string_view c = tree.CaseOf(k);
        if (!(Equals(c, "from") || Equals(c, "on")))
          continue;
        int first = k;  // the phrase's first token
        while (first - 1 > edge && tree.Under(first - 1, k)) --first;
        return first == edge + 1 ? k : -1;
      }
      return -1;
    };
    auto slot_tokens = [&](std::string_view slot, int head) {
      SmallInts out;
      if (Equals(slot, "subj")) {
        int s0 = subject_token(head, 0);
        out.push_back(s0);
        // "The US, Russia, and Switzerland met": a coordination the parser
        // split into two subjects (of this verb or of the one it inherits
        // its subject from: "A and B are seeking to deepen").
        int host = head;
        while (s0 >= 0 && host >= 0 && host != tree.head(s0) && tree.rel(host) == "xcomp") host = tree.head(host);
        // (A second "subject" after the verb is its object: "asked the
        // United States to hold ..." parsed with two subjects.)
        if (s0 >= 0 && tree.rel(s0) == "nsubj" && host == tree.head(s0))
          for (int k : tree.kids(host))
            if (tree.rel(k) == "nsubj" && k != s0 && !(k > host && s0 < host)) out.push_back(k);
      } else if (Equals(slot, "obj")) {
        for (int k : tree.kids(head)) {
          Rel r = tree.rel(k);
          if ((r == "obj" && !is_passive(head)) || r == "nsubj:pass") {
            // In PETRARCH's patterns the object named ("- * &PEOPLE") is the
            // target when it is an actor ("released civilians" -> ---CVL);
            // dyad's obj= names what was done, tgt= whom to.
            const bool constrained =
                !best->obj.empty() && ObjectMatches(tree, k, pattern_words_, best_obj, best->foreign);
            if (!constrained || (best->foreign && mention_at[k] >= 0)) {
              out.push_back(k);
              if (const int p = phrase_after_object(head, k); p >= 0) out.push_back(p);
            }
          }
        }
        // "asked the United States to hold ...", parsed with the asked one a
        // second subject after the verb: it is the object.
        if (out.empty() && !is_passive(head)) {
          int first = -1;
          for (int k : tree.kids(head))
            if (tree.rel(k) == "nsubj") {
              if (first < 0) first = k;
              else if (first < head && k > head) out.push_back(k);
            }
        }
        // "the country it invaded": a relative clause's object is the noun it modifies.
        if (out.empty()) {
          int gap = tree.RelativeObject(head);
          if (gap >= 0 && !(!best->obj.empty() && ObjectMatches(tree, gap, pattern_words_, best_obj, best->foreign))) {
            out.push_back(gap);
          }
        }
        // ("presented a plan that Kyiv criticized": a criticism or rejection
        // of a thing no actor owns, named by the relative clause it is the
        // object of, answers whoever made it: the subject of the verb whose
        // object the thing is.)
        const int root_now = RootOf(best->code);
        if (out.size() <= 1 && (out.empty() || out[0] >= 0) && (root_now == 11 || root_now == 12) &&
            tree.rel(head) == "acl:relcl") {
          const int thing = tree.head(head);
          // (The pronoun as the object, or as whatever the parser made it:
          // "that" an unmarked oblique of "criticized as too favourable".)
          // ("that" tagged a subordinator and repaired into the object.)
          auto relative_pronoun = [&](int k) {
            return Equals(tree.xpos(k), "WDT") || Equals(tree.xpos(k), "WP") ||
                   (Equals(tree.lemma(k), "that") && tree.rel(k) == "obj");
          };
          int pronoun_kid = -1;
          for (int k : tree.kids(head))
            if (relative_pronoun(k) && BaseRel(tree.rel(k)) != "nsubj") pronoun_kid = k;
          const int maker_verb = thing >= 0 ? tree.head(thing) : -1;
          // (Or an apposition summing up the clause before it: "tasked the
          // army with ..., a move the militant group rejected".)
          const bool summing_up = (tree.rel(thing) == "parataxis" || tree.rel(thing) == "appos") && maker_verb >= 0 &&
                                  Equals(tree.upos(maker_verb), "VERB");
          // (With no relative pronoun, the clause's missing object: "a move
          // Georgetown has called illegal".)
          const bool relative = out.empty() ? pronoun_kid >= 0 || (summing_up && tree.Child(head, "obj") < 0)
                                            : out[0] == thing || (relative_pronoun(out[0]) && tree.head(out[0]) == head);
          const int maker =
              maker_verb >= 0 && (tree.rel(thing) == "obj" || summing_up) ? tree.Child(maker_verb, "nsubj") : -1;
          if (relative && maker >= 0 && maker < thing && mention_under(thing, 0) < 0) {
            out.resize(0);
            out.push_back(maker);
          }
        }
        // "soldiers killed in Ukraine": a reduced passive's patient is the noun it modifies.
        if (out.empty() && tree.rel(head) == "acl" && is_passive(head)) out.push_back(tree.head(head));
        // "The two leaders flew in and were received by Museveni": a passive
        // joined to a verb, with no subject of its own, shares that verb's.
        if (out.empty() && tree.rel(head) == "conj" && is_passive(head) && tree.Child(head, "nsubj") < 0 &&
            tree.head(head) >= 0) {
          const int shared = tree.Child(tree.head(head), "nsubj");
          if (shared >= 0 && shared < head) out.push_back(shared);
        }
        // "asked him to ...": the parser often labels the asked one iobj.
        if (out.empty() && best_xcomp >= 0) out.push_back(tree.Child(head, "iobj"));
        // "asked Chinese President Xi Jinping last week to ...": an actor
        // right after the verb that the parser made an oblique with no
        // preposition is the object.
        if (out.empty() || (out.size() == 1 && out[0] < 0))
          for (int k : tree.kids(head))
            if (k > head && BaseRel(tree.rel(k)) == "obl" && tree.rel(k) != "obl:unmarked" && tree.rel(k) != "obl:tmod" &&
                tree.CaseOf(k).empty() && mention_at[k] >= 0) {
              out.push_back(k);
              break;
            }
        // "demolished Russian buildings" (obj=building): the constrained
        // object's own actor, when nothing else is the target.
        // ("attacked protesters", obj=protester tgt=obj: a pattern that names
        // the object slot as its target takes an object that is itself a
        // kind of actor, country or not; not a state organ, most often the
        // subject's own: "dismissed the interior minister".)
        if (out.empty() && !best->obj.empty()) {
          const bool object_slot_named = std::find(best->tgt.begin(), best->tgt.end(), "obj") != best->tgt.end();
          for (int k : tree.kids(head))
            if ((tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass") &&
                ObjectMatches(tree, k, pattern_words_, best_obj, best->foreign)) {
              int m = mention_under(k, 0);  // only an actor with a country ("Russian"), not the word itself
              if (m >= 0 && (!StartsWith(mentions[m].code, "---") ||
                             (object_slot_named && mention_at[k] == m && mentions[m].code.size() >= 6 &&
                              !IsStateOrgan(std::string_view(mentions[m].code).substr(3, 3)) &&
                              // (Not one a closer actor qualifies: "took the soldiers hostage".)
                              tree.Child(k, "compound") < 0)))
                out.push_back(k);
            }
        }
      } else if (Equals(slot, "iobj")) {
        out.push_back(tree.Child(head, "iobj"));
      } else if (Equals(slot, "xobj")) {
        if (best_xcomp >= 0) {
          const int o = tree.Child(best_xcomp, "obj");
          out.push_back(o);
          if (const int p = phrase_after_object(best_xcomp, o); p >= 0) out.push_back(p);
        } else if (!nominal && !best->obj.empty()) {
          // The to-clause of the object a pattern names: "accepted an
          // invitation to visit the United States".
          for (int k : tree.kids(head))
            if (tree.rel(k) == "obj")
              for (int c : tree.kids(k)) {
                const int mark = tree.Child(c, "mark");
                if (tree.rel(c) == "acl" && mark >= 0 && Equals(tree.lemma(mark), "to")) out.push_back(tree.Child(c, "obj"));
              }
        }
      } else if (Equals(slot, "xsubj")) {
        // "- NOTED + *": the subject of the clause the pattern names.
        if (best_xcomp >= 0) {
          int subj = tree.Child(best_xcomp, "nsubj");
          out.push_back(subj >= 0 ? subj : tree.Child(best_xcomp, "nsubj:pass"));
        }
      } else if (Equals(slot, "poss") || Equals(slot, "amod")) {
        // Of the head, or for a verb of its object ("condemned Russia's invasion").
        SmallInts hosts;
        hosts.push_back(head);
        if (!nominal)
          for (int k : tree.kids(head))
            if (tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass") hosts.push_back(k);
        for (int h : hosts)
          for (int k : tree.kids(h)) {
            Rel r = tree.rel(k);
            // ("the El Fasher massacres", "the Istanbul talks": a city
            // naming an act or a meeting is where, not who.)
            if (r == "compound" && mention_at[k] >= 0 &&
                (mentions[mention_at[k]].kind == ActorKind::kCity ||
                 mentions[mention_at[k]].kind == ActorKind::kCapital) &&
                (OneOf(kMeetingNouns, tree.lemma(h)) || OneOf(kAttackNouns, tree.lemma(h)) ||
                 OneOf(kAtrocityNouns, tree.lemma(h))))
              continue;
            // (A possessive the parser hung on a verb before it is its
            // subject's: "Ukraine's President Zelenskiy welcomed".)
            if (!nominal && h == head && k < head && r == "nmod:poss") continue;
            if (Equals(slot, "poss") ? r == "nmod:poss" : (r == "amod" || r == "compound")) out.push_back(k);
            // "a US-drafted resolution", "the Saudi-led coalition": the
            // author named before a hyphenated participle.
            if (Equals(slot, "amod") && r == "amod" && Equals(tree.xpos(k), "VBN") && k >= 2 &&
                Equals(tree.form(k - 1), "-"))
              for (int a : tree.kids(k))
                if (a < k - 1 &&
                    (Equals(tree.upos(a), "PROPN") || Equals(tree.upos(a), "NOUN") || Equals(tree.upos(a), "ADJ")))
                  out.push_back(a);
          }
      } else {
        // A preposition: obl/nmod of the head or of its constrained object.
        // PP attachment is the parser's most common error: a PP on the
        // object ("fired batteries at Russia") counts as the verb's.
        // (The phrases are gathered once per verb for every preposition, as
        // imported patterns list a dozen; those found through a place phrase
        // are marked, as an "in" or "at" slot does not look through one.)
        if (!prep_phrases_ready) {
          thread_local std::vector<std::pair<int, bool>> heads;  // (head, through a place phrase)
          heads.assign(1, {head, false});
          for (int k : tree.kids(head))
            if (tree.rel(k) == "obj" || tree.rel(k) == "nsubj:pass") {
              heads.push_back({k, false});
              // "fired dozens of missiles at Ukrainian cities": the object is
              // what the quantity counts, and its phrases are the object's.
              if (const int counted = CountedNoun(tree, k); counted >= 0) heads.push_back({counted, false});
              // "pledged 700 million euros in military aid to Kyiv": what
              // the object is in or of holds the target phrase too.
              for (int c : tree.kids(k))
                if (BaseRel(tree.rel(c)) == "nmod" && Equals(tree.upos(c), "NOUN") &&
                    (Equals(tree.CaseOf(c), "in") || Equals(tree.CaseOf(c), "of")))
                  heads.push_back({c, false});
              // (So do the object's conjuncts and what they are of: "delivered
              // 1,000 tents and 15 tonnes of food to Kabul".)
              for (int c : tree.kids(k)) {
                if (tree.rel(c) != "conj" || !Equals(tree.upos(c), "NOUN")) continue;
                heads.push_back({c, false});
                for (int cc : tree.kids(c))
                  if (BaseRel(tree.rel(cc)) == "nmod" && Equals(tree.upos(cc), "NOUN") && Equals(tree.CaseOf(cc), "of"))
                    heads.push_back({cc, false});
              }
            }
          // ... and one on a place phrase: "rallied in Kyiv against Russia".
          for (int k : tree.kids(head))
            if (BaseRel(tree.rel(k)) == "obl" && (Equals(tree.CaseOf(k), "in") || Equals(tree.CaseOf(k), "at")))
              heads.push_back({k, true});
          // ... and one on the verb's particle: "pulled out of Afghanistan"
          // (UD hangs "of Afghanistan" on "out").
          for (int k : tree.kids(head))
            if ((tree.rel(k) == "compound:prt" || tree.rel(k) == "advmod") &&
                OneOf(kDirectionParticles, tree.lemma(k)))
              heads.push_back({k, false});
          if (best_xcomp >= 0) {
            heads.push_back({best_xcomp, false});
            // "threatened to cut aid to Egypt"; "promised to hand over the
            // fugitives to Afghanistan" (the object parsed as an over-phrase)
            for (int k : tree.kids(best_xcomp))
              if (tree.rel(k) == "obj" || (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "over") &&
                                           tree.Child(best_xcomp, "obj") < 0))
                heads.push_back({k, false});
          }
          // "called for the release of X": the noun of a required PP hosts the target.
          if (!best->pp.empty())
            for (size_t i = 0, end = heads.size(); i < end; ++i)
              for (int k : tree.kids(heads[i].first)) {
                Rel r = BaseRel(tree.rel(k));
                if ((r == "obl" || r == "nmod") && CaseStartsWith(tree.CaseOf(k), best->pp) &&
                    (best->pp_noun.empty() ||
                     pattern_words_.Contains(pattern_words_.ListId(best_pid, code::PatternWords::kPpNoun),
                                             tree.lemma(k), tree.lemma_hash(k)))) {
                  heads.push_back({k, heads[i].second});
                  // ("handed over the remains of four hostages to the Red
                  // Cross": what the phrase's noun is of holds it too.)
                  for (int c : tree.kids(k))
                    if (BaseRel(tree.rel(c)) == "nmod" && Equals(tree.upos(c), "NOUN") && Equals(tree.CaseOf(c), "of"))
                      heads.push_back({c, heads[i].second});
                }
              }
          prep_phrases.clear();
          for (const auto& [h, through_place] : heads)
            for (int k : tree.kids(h)) {
              Rel r = BaseRel(tree.rel(k));
              // ("mobilising troops along with US forces": who acts along
              // with the source is no target of it.)
              if ((r == "obl" || r == "nmod") && !Equals(tree.CaseOf(k), "along with") &&
                  !Equals(tree.CaseOf(k), "together with"))
                prep_phrases.push_back({k, through_place});
            }
          prep_initials = 0;
          for (const auto& [k, through_place] : prep_phrases)
            if (const std::string_view markers = tree.CaseOf(k); !markers.empty())
              prep_initials |= uint32_t{1} << (markers[0] & 31);
          prep_phrases_ready = true;
        }
        // (No phrase's markers begin with the slot's letter: none is the slot's.)
        if (!slot.empty() && ((prep_initials >> (slot[0] & 31)) & 1) == 0) return out;
        const bool place_slot = Equals(slot, "in") || Equals(slot, "at");
        const size_t first = out.size();
        bool own = false;
        for (const auto& [k, through_place] : prep_phrases)
          if (!(through_place && place_slot) && CaseStartsWith(tree.CaseOf(k), slot)) {
            out.push_back(k);
            own |= tree.head(k) == head && !IsTimeWord(tree.lemma(k));
          }
        // ("called on allies to impose sanctions on Moscow": the verb's own
        // phrase with the slot's preposition is the slot; the phrases further
        // down stand in for a misattached one only when it has none.)
        if (own)
          out.resize(std::remove_if(out.begin() + first, out.end(), [&](int k) { return tree.head(k) != head; }) -
                     out.begin());
      }
      out.resize(std::remove(out.begin(), out.end(), -1) - out.begin());
      return out;
    };
    // An imported pattern's skips ("- * AT ^ +", "- + HOSTING * TABASKI ^ $"):
    // "next:ANCHOR:K" is the noun phrase after the anchor phrase (a slot as
    // above, or the object) in the sentence, past K others, within the verb's
    // clause: each noun with a preposition counts, with or without an actor,
    // as PETRARCH's "^" skips a phrase ("at Osgiliath with the parliament of
    // Gondor": AT ^ ^ + is Gondor); time phrases ("next week") do not count.
    // A phrase whose actor began in a skipped phrase is its country alone
    // ("of Gondor" in "the parliament of Gondor" is GON).
    auto next_slot_tokens = [&](std::string_view slot, int head) -> SmallInts {
      SmallInts out;
      std::string_view rest = slot.substr(5);
      const size_t colon = rest.find(':');
      if (colon == std::string_view::npos) return out;
      const std::string_view anchor_slot = rest.substr(0, colon);
      int skip = std::atoi(std::string(rest.substr(colon + 1)).c_str());
      int anchor = -1;
      if (Equals(anchor_slot, "obj") || Equals(anchor_slot, "xobj")) {
        const int host = Equals(anchor_slot, "obj") ? head : best_xcomp;
        if (host >= 0) anchor = tree.Child(host, "obj");
      } else {
        SmallInts phrases = slot_tokens(anchor_slot, head);
        if (!phrases.empty()) anchor = phrases[0];
      }
      if (anchor < 0) return out;
      int t = anchor + 1;
      if (mention_at[anchor] >= 0)
        while (t < n && mention_at[t] == mention_at[anchor]) ++t;
      int first_skipped = -1;
      for (; t < n; ++t) {
        Rel r = BaseRel(tree.rel(t));
        const bool phrase = (r == "obl" || r == "nmod") && !tree.CaseOf(t).empty() &&
                            (Equals(tree.upos(t), "NOUN") || Equals(tree.upos(t), "PROPN")) &&
                            !IsTimeWord(tree.lemma(t));
        if (!phrase) continue;
        bool inside = false;
        for (int up = t; up >= 0 && !inside; up = tree.head(up)) inside = up == head;
        if (!inside) continue;
        if (skip-- == 0) {
          const int m = mention_at[t];
          if (m >= 0 && first_skipped >= 0 && mentions[m].begin <= first_skipped && mentions[m].begin < t) {
            std::string country = CountryOfCode(mentions[m].code);
            if (country.empty()) break;
            ActorMention own = mentions[m];
            own.code = country;
            own.begin = t;
            own.end = t + 1;
            own.entries.push_back("the phrase after the skipped ones: its country");
            mentions.push_back(std::move(own));
            for (int k = t; k < n && mention_at[k] == m; ++k) mention_at[k] = static_cast<int>(mentions.size()) - 1;
          }
          out.push_back(t);
          break;
        }
        if (first_skipped < 0) first_skipped = t;
      }
      return out;
    };
    // (Small, so that it is inlined where slots are read: the "next:" case is
    // out of line.)
    auto slot_or_next = [&](std::string_view slot, int head) -> SmallInts {
      return StartsWith(slot, "next:") ? next_slot_tokens(slot, head) : slot_tokens(slot, head);
    };

    thread_local std::vector<int> sources, targets;  // per-thread scratch
    sources.clear();
    targets.clear();
    static const std::vector<std::string> kNominalSources = {"poss", "amod", "by"}, kVerbSources = {"subj"},
                                          kTargets = {"obj"};
    const std::vector<std::string>& src_slots =
        !best->src.empty() ? best->src : nominal ? kNominalSources : kVerbSources;
    const std::vector<std::string>& tgt_slots = !best->tgt.empty() ? best->tgt : kTargets;
    new_actors_now = new_actor_length > 0;
    for (const auto& slot : src_slots) {
      for (int t : slot_or_next(slot, v))
        for (int m : resolve(t)) sources.push_back(m);
      if (!sources.empty()) break;
    }
    new_actors_now = false;
    // "Youssouf also denounced the bombing, as did Turkey and Qatar": the
    // actors right after "as did" ("as has", "as do") do it too.
    if (!sources.empty() && !nominal)
      for (int k : tree.kids(v)) {
        if (tree.rel(k) != "mark" || !Equals(tree.lemma(k), "as") || k + 2 >= n ||
            !(Equals(tree.lemma(k + 1), "do") || Equals(tree.lemma(k + 1), "have")) || mention_at[k + 2] < 0)
          continue;
        // (The first actor and those coordinated after it: "Turkey and Qatar".)
        for (int t = k + 2; t < n; ++t) {
          if (mention_at[t] >= 0) {
            const int m = mention_at[t];
            if (std::find(sources.begin(), sources.end(), m) == sources.end()) sources.push_back(m);
            while (t + 1 < n && mention_at[t + 1] == m) ++t;
            continue;
          }
          if (!(Equals(tree.form(t), ",") && t + 1 < n && mention_at[t + 1] >= 0) && !Equals(tree.upos(t), "CCONJ")) break;
        }
        if (explain) [[unlikely]] why << "  sources: also those that did as much ('as did')\n";
      }
    // A nominal event as object of a light verb takes that verb's subject
    // ("launched an attack on"); "condemned the attack" does not make the
    // condemner the attacker.
    if (sources.empty() && nominal && tree.head(v) >= 0 && tree.rel(v) == "obj" &&
        OneOf(kLightVerbs, tree.lemma(tree.head(v))))
      for (int m : resolve(subject_token(tree.head(v), 0))) sources.push_back(m);
    // "Zelensky signed a letter of intent ... during a visit to France": a
    // visit naming no visitor, in a during/on phrase of an act, is the
    // act's subject's.
    // ("During" modifies an act wherever the parser hangs it: "drones,
    // during a visit to France".)
    // (So is a conversation or talks in such a phrase: "raised the case in a
    // telephone conversation with Putin".)
    if (sources.empty() && nominal && RootOf(event_code) == 4 && tree.head(v) >= 0) {
      const std::string_view c = tree.CaseOf(v);
      int act = -1;
      // ("signed the deal in Yerevan after talks with Pashinyan": talks held
      // before the act, by its subject.)
      // (Not talks a third side mediated: "after talks in Doha mediated by
      // Qatar" are the mediators', 045, no talks between the parties.)
      bool mediated = false;
      for (int k : tree.kids(v))
        mediated |= BaseRel(tree.rel(k)) == "acl" &&
                    (Equals(tree.lemma(k), "mediate") || Equals(tree.lemma(k), "broker") ||
                     Equals(tree.lemma(k), "facilitate") || Equals(tree.lemma(k), "host"));
      const bool after =
          (Equals(c, "after") || Equals(c, "following")) && !StartsWith(event_code, "042") && !mediated;
      if (Equals(c, "during") || after) {
        for (int up = tree.head(v), hops = 0; up >= 0 && hops < 5 && act < 0; up = tree.head(up), ++hops)
          if (Equals(tree.upos(up), "VERB")) act = up;
      } else if ((Equals(c, "on") || Equals(c, "in")) && BaseRel(tree.rel(v)) == "obl" &&
                 Equals(tree.upos(tree.head(v)), "VERB")) {
        act = tree.head(v);
      } else if (Equals(c, "on") && StartsWith(event_code, "042") &&
                 (BaseRel(tree.rel(v)) == "nmod" || BaseRel(tree.rel(v)) == "appos") &&
                 BaseRel(tree.rel(tree.head(v))) == "nsubj" && tree.head(tree.head(v)) >= 0) {
        // "Penny Wong, on a two-day visit to Manila, held talks": an aside
        // on the subject.
        bool set_off = false;
        for (int x = tree.head(v) + 1; x < v && !set_off; ++x) set_off = Equals(tree.form(x), ",");
        if (set_off) act = tree.head(tree.head(v));
      }
      // ("In a phone call with Kallas on Wednesday evening, Araghchi had
      // warned ...": a phrase opening the sentence, wherever the parser hung
      // it, is the main clause's: the first subject after its comma.)
      if (act < 0 && v <= 4 && (Equals(tree.lemma(0), "in") || Equals(tree.lemma(0), "during")) &&
          tree.head(0) == v) {
        int comma = -1;
        for (int x = v + 1; x < n && comma < 0; ++x)
          if (Equals(tree.form(x), ",")) comma = x;
        for (int x = comma + 1; comma >= 0 && x < n && act < 0; ++x)
          if (BaseRel(tree.rel(x)) == "nsubj" && tree.head(x) > x && Equals(tree.upos(tree.head(x)), "VERB") &&
              mention_under(x, 0) >= 0)
            act = tree.head(x);
      }
      // (Not under a denied act: "did not visit Ukraine during his trip to
      // Europe" says little of the trip.)
      bool denied = false;
      if (act >= 0)
        for (int k : tree.kids(act)) denied |= tree.rel(k) == "advmod" && IsNegatingAdverb(tree.lemma(k));
      if (act >= 0 && !denied)
        for (int m : resolve(subject_token(act, 0))) sources.push_back(m);
    }
    // "A mortar bomb was fired at Israel from the Gaza Strip": with no agent,
    // force comes from where it was fired (roots 18-20 only: "withdrawn from
    // Syria" names a place left, not who withdrew).
    if (sources.empty() && !nominal && is_passive(v) && best->src.empty()) {
      int root = RootOf(event_code);
      if (root >= 18 && root <= 20)
        for (int k : tree.kids(v))
          if (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "from")) {
            for (int m : resolve(k)) sources.push_back(m);
            if (!sources.empty()) break;
          }
    }
    // "Four children were killed in Israeli shelling", "died in a Russian
    // strike": with no agent, harm done in a named attack comes from whoever
    // made the attack (roots 18-20; the attack noun has a force pattern).
    int attack_phrase = -1;  // the phrase that gave the source: no target
    if (sources.empty() && !nominal && best->src.empty() && (is_passive(v) || Equals(lemma, "die"))) {
      int root = RootOf(event_code);
      if (root >= 18 && root <= 20)
        for (int k : tree.kids(v)) {
          if (BaseRel(tree.rel(k)) != "obl" || !(Equals(tree.CaseOf(k), "in") || Equals(tree.CaseOf(k), "during")))
            continue;
          // The attack noun: one with a force pattern, a gerund of a force
          // verb ("Israeli shelling"), or a word that always names one (an
          // imported dictionary may have no noun patterns).
          const bool gerund = Equals(tree.xpos(k), "VBG");
          const auto& index = gerund ? dicts_.verbs_by_lemma : dicts_.nouns_by_lemma;
          bool force = OneOf(kAttackNouns, tree.lemma(k));
          if (auto nouns = index.find(std::string(tree.lemma(k))); nouns != index.end())
            for (int pid : nouns->second) {
              int r = RootOf(dicts_.verbs[pid].code);
              force |= r >= 18 && r <= 20;
            }
          if (!force) continue;
          for (int c : tree.kids(k)) {
            Rel r = BaseRel(tree.rel(c));
            if (r != "amod" && r != "compound" && r != "nmod") continue;
            if (r == "nmod" && !Equals(tree.CaseOf(c), "by") && tree.rel(c) != "nmod:poss") continue;
            for (int m : resolve(c)) sources.push_back(m);
          }
          if (!sources.empty()) {
            if (explain) [[unlikely]] why << "  source: who made the '" << tree.form(k) << "'\n";
            attack_phrase = k;
            consumed[k] = true;  // one act: the attack is the killing's
            break;
          }
        }
    }
    // "Pakistan said the strikes killed 26 civilians": an attack named
    // without its maker as the subject of force is the article's latest
    // attacker's (roots 18-20).
    // ("The measures also target Chinese refineries": sanctions named as
    // the subject of a sanction are the latest sanctioner's, 16x.)
    if (sources.empty() && !nominal && best->src.empty() && ctx) {
      const int root = RootOf(event_code);
      const int subj = tree.Child(v, "nsubj");
      const bool sanctions = root == 16 && ctx->last_sanctioner;
      const bool attack = root >= 18 && root <= 20 && ctx->last_attacker;
      if (subj >= 0 && (sanctions || attack) &&
          (sanctions ? OneOf(kSanctionNouns, tree.lemma(subj)) : OneOf(kAttackNouns, tree.lemma(subj))) &&
          resolve(subj).empty()) {
        const char* what = sanctions ? "sanctions" : "attack";
        sources.push_back(stand_in(sanctions ? *ctx->last_sanctioner : *ctx->last_attacker, subj,
                                   std::string("maker of the article's latest ") + what));
        if (attack) consumed[subj] = true;  // one act: the attack is the killing's
        if (explain) [[unlikely]] why << "  source: who made the article's latest " << what << " ('" << tree.form(subj) << "')\n";
      }
    }
    // "A French national was also detained ..., the government said": an
    // arrest or expulsion (17x) in the passive, with no agent, that a state
    // organ reports (government, police, army, court, intelligence) is its
    // own. (Not force: "five were killed, the army said" is not the army's.)
    // (The reporting clause may hang on the report: "..., and dozens were
    // detained, the interior ministry said".)
    int reporter = -1;
    if (sources.empty() && !nominal && best->src.empty() && RootOf(event_code) == 17 && is_passive(v) &&
        tree.Child(v, "obl:agent") < 0) {
      if (BaseRel(tree.rel(v)) == "ccomp" && tree.head(v) >= 0 && OneOf(kReportVerbs, tree.lemma(tree.head(v))))
        reporter = tree.head(v);
      for (int k : tree.kids(v))
        if (reporter < 0 && k > v && (tree.rel(k) == "conj" || tree.rel(k) == "parataxis") &&
            OneOf(kReportVerbs, tree.lemma(k)) && tree.Child(k, "obj") < 0 && tree.Child(k, "ccomp") < 0)
          reporter = k;
    }
    if (reporter >= 0) {
      const int speaker = tree.Child(reporter, "nsubj");
      for (int m : speaker >= 0 ? resolve(speaker) : SmallInts()) {
        bool organ = false;
        for (std::string_view sector : SectorViews(mentions[m].code)) organ |= IsStateOrgan(sector);
        if (organ) sources.push_back(m);
      }
      if (!sources.empty() && explain) [[unlikely]] why << "  source: the state organ that reports its own arrest\n";
    }
    // A state does not take to the streets: a government, army, police,
    // court or bare country that "protested" made an official complaint
    // (114: "Manila summoned China's ambassador to protest").
    // (Not its supporters: "supporters of the junta rallied" is a rally.)
    // "Hundreds killed in clashes in Syria": a headline's counted crowd before
    // a harm verb with no object is its victims, with the auxiliary dropped,
    // not who did it.
    if (!nominal && RootOf(event_code) >= 18 && RootOf(event_code) <= 20 && tree.Child(v, "obj") < 0)
      sources.erase(std::remove_if(sources.begin(), sources.end(),
                                   [&](int m) {
                                     return !mentions[m].entries.empty() &&
                                            StartsWith(mentions[m].entries.front(), "a crowd counted");
                                   }),
                    sources.end());
    // "Pakistani airstrikes had hit targets in Kabul": force whose subject
    // is an attack noun is one act with it, not two.
    if (!nominal && !sources.empty() && RootOf(event_code) >= 18 && RootOf(event_code) <= 20)
      if (const int subj = tree.Child(v, "nsubj"); subj >= 0 && OneOf(kAttackNouns, tree.lemma(subj)))
        consumed[subj] = true;
    const int protester = nominal ? -1 : subject_token(v, 0);
    const bool crowd = protester >= 0 && OneOf(kCrowdNouns, tree.lemma(protester));
    if (StartsWith(event_code, "14") && !sources.empty() && !crowd &&
        std::all_of(sources.begin(), sources.end(), [&](int m) {
          const std::string& code = mentions[m].code;
          // (A bare country as named, not its people: "Kenyans protested".)
          if (code.size() == 3 && !Equals(code, "---"))
            return mentions[m].kind == ActorKind::kCountry || mentions[m].kind == ActorKind::kCapital;
          for (std::string_view sector : SectorViews(code))
            if (Equals(sector, "GOV") || Equals(sector, "MIL") || Equals(sector, "COP") || Equals(sector, "SPY") ||
                Equals(sector, "JUD"))
              return true;
          return false;
        })) {
      if (explain) [[unlikely]] why << "  a state's protest is an official complaint: " << event_code << " -> 114\n";
      event_code = "114";
    }
    // Unspecified force done with a named weapon is the weapon's kind of
    // force (CAMEO 193 small arms, 194 artillery, tanks and rockets, 195
    // from the air): "blown up by a missile", "attacked with drones".
    if (Equals(event_code, "190") && !nominal) {
      for (int k : tree.kids(v)) {
        const bool tool = (tree.rel(k) == "obl:agent" && mention_at[k] < 0) ||
                          (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "with"));
        if (!tool) continue;
        const std::string_view w = tree.lemma(k);
        const char* refined = OneOf(kSmallArms, w) ? "193" : OneOf(kHeavyWeapons, w) ? "194" : OneOf(kAirWeapons, w) ? "195" : nullptr;
        if (refined) {
          if (explain) [[unlikely]] why << "  force with a '" << w << "': 190 -> " << refined << "\n";
          event_code = refined;
          break;
        }
      }
      // ("An RSF drone strike on the palace killed several soldiers": the
      // strike that killed names its weapon.)
      const int subject = tree.Child(v, "nsubj");
      if (Equals(event_code, "190") && subject >= 0 && mention_at[subject] < 0 &&
          (Equals(tree.lemma(subject), "strike") || Equals(tree.lemma(subject), "attack") ||
           Equals(tree.lemma(subject), "raid")))
        for (int k : tree.kids(subject)) {
          const Rel r = BaseRel(tree.rel(k));
          if (k > subject || (r != "compound" && r != "amod")) continue;
          const std::string_view w = tree.lemma(k);
          const bool air = OneOf(kAirWeapons, w) || Equals(w, "air") || Equals(w, "aerial");
          const char* refined = air ? "195" : OneOf(kHeavyWeapons, w) ? "194" : nullptr;
          if (refined) {
            if (explain) [[unlikely]] why << "  a '" << w << " " << tree.tok(subject).form << "': 190 -> " << refined << "\n";
            event_code = refined;
            break;
          }
        }
    }
    // "invited Trump to hold their next meeting in Moscow": an invitation to
    // a meeting of "their" or "our" own is the inviter's intent to meet
    // (036); 026 is a third party's appeal to others to meet.
    if (StartsWith(event_code, "026") && Equals(tree.lemma(v), "invite") && !nominal) {
      bool own_meeting = false;
      for (int x : tree.kids(v))
        if (tree.rel(x) == "xcomp" || (BaseRel(tree.rel(x)) == "advcl" && tree.Child(x, "mark") >= 0))
          for (int o : tree.kids(x))
            if (tree.rel(o) == "obj")
              for (int poss : tree.kids(o))
                own_meeting |= tree.rel(poss) == "nmod:poss" &&
                               (Equals(tree.lemma(poss), "their") || Equals(tree.lemma(poss), "our") ||
                                Equals(tree.lemma(poss), "we") || Equals(tree.lemma(poss), "they"));
      if (own_meeting) {
        if (explain) [[unlikely]] why << "  an invitation to a meeting of their own: 026 -> 036\n";
        event_code = "036";
      }
    }
    // Protesters who destroy or seize property riot: CAMEO 145 is for
    // "protests that turn violent" ("the building was demolished by a
    // protester", "rioters looted shops"); 17x is a state's or an armed
    // group's coercion.
    if (StartsWith(event_code, "171") && !nominal) {
      int who = -1;
      for (int k : tree.kids(v))
        if (tree.rel(k) == "obl:agent") who = k;
      if (who < 0) who = subject_token(v, 0);
      if (who >= 0 && OneOf(kRioterNouns, tree.lemma(who))) {
        if (explain) [[unlikely]] why << "  protesters' destruction is a riot: " << event_code << " -> 145\n";
        event_code = "145";
      }
    }
    // The first slot that holds an actor wins, but an actor with no country
    // ("on his official visit" -> ---GOV) gives way to a later one that has
    // a country ("arrived in Gondor").
    thread_local std::vector<int> bare_targets;  // per-thread scratch
    bare_targets.clear();
    const uint64_t preposition_slots = best->tgt.empty() ? 0 : preposition_target_slots_[best_pid];
    for (size_t i = 0; i < tgt_slots.size(); ++i) {
      const std::string& slot = tgt_slots[i];
      // (A preposition no phrase of the verb begins with, once its phrases
      // are found, has none: passed over as slot_tokens would, without a
      // call. With no targets yet, such a slot changes nothing below.)
      if (i < 64 && ((preposition_slots >> i) & 1) && prep_phrases_ready && targets.empty() &&
          ((prep_initials >> (slot[0] & 31)) & 1) == 0)
        continue;
      // The first phrase of a slot that names an actor with a country is the
      // target: "left for Minas Tirith for meetings with Arnor" visits Gondor.
      const SmallInts slot_phrases = slot_or_next(slot, v);
      // (But when the verb has the phrase itself, one in its to-clause is
      // not it: "called on allies to impose sanctions on Moscow" asks the
      // allies, not Moscow.)
      bool own_phrase = false;
      if (!nominal && best_xcomp >= 0 && slot.size() > 1 && !Equals(slot, "obj") && !Equals(slot, "subj"))
        for (int t : slot_phrases) own_phrase |= t >= 0 && tree.head(t) == v;
      for (int t : slot_phrases) {
        if (t == attack_phrase) continue;
        if (own_phrase && t >= 0 && tree.head(t) != v && tree.head(t) == best_xcomp) continue;
        bool named = false;
        // "received money from Osgiliath" ("- + * MONEY $"): an object that
        // gave the source only through its modifiers is no target too.
        SmallInts found = resolve(t);
        // "a Chinese aircraft violated its airspace" (after "Japan lodged a
        // protest"): a possessive pronoun in the target slot is not the
        // source's own; it is the latest actor of another country before it.
        if (Equals(slot, "poss") && tree.upos(t) == "PRON" && !sources.empty() &&
            (Lower(tree.form(t)) == "its" || Lower(tree.form(t)) == "their")) {
          auto sources_country = [&](const std::string& country) {
            for (int src : sources)
              if (CountryOfCode(mentions[src].code) == country) return true;
            return false;
          };
          bool others = false;
          for (int m : found) others |= !sources_country(CountryOfCode(mentions[m].code));
          if (!others) {
            found.resize(0);
            const ActorMention* owner = nullptr;
            for (const auto& m : mentions) {
              if (m.end > t || m.kind == ActorKind::kPerson || m.kind == ActorKind::kMedia) continue;
              const std::string country = CountryOfCode(m.code);
              if (!country.empty() && !sources_country(country)) owner = &m;
            }
            if (owner) found.push_back(corefer(*owner, t, " is the owner, another side than the source"));
          }
        }
        if (Equals(slot, "obj") && !found.empty() && mention_at[t] < 0 &&
            std::all_of(found.begin(), found.end(),
                        [&](int m) { return std::find(sources.begin(), sources.end(), m) != sources.end(); }))
          continue;
        // "Trump and Xi agree to trade truce in Busan": a city where an
        // intent is stated is no party; nor is any place where an accord is
        // signed ("signed a framework agreement in Doha", PETRARCH's "(IN ^)").
        // (Nor, for two or more who meet or agree, where they do it:
        // "Russian and Ukrainian delegations met in Istanbul", Istanbul
        // listed under Turkey by Phoenix.)
        const int root_now = RootOf(event_code);
        const bool where = Equals(slot, "in") && root_now >= 3 && root_now <= 5;
        for (int m : found) {
          // (Not a visit's host: "Assad and his family arrived in Moscow".)
          const bool meeting = root_now != 4 || Equals(event_code, "040") || Equals(event_code, "044") ||
                               Equals(event_code, "046");
          if (where && (root_now == 5 || (sources.size() > 1 && meeting) ||
                        (root_now == 3 && (mentions[m].kind == ActorKind::kCity ||
                                           mentions[m].kind == ActorKind::kCapital))))
            continue;
          // An organ's own country, named as a modifier of the slot's noun,
          // is no partner (roots 01-08): "the crown prince pledged to increase Saudi
          // investment in the United States" -> USA.
          // (Also sanctions and coercion, 16-17: "The Treasury froze any US
          // assets of Moraes" acts on their owner.)
          const Rel mod_rel = mentions[m].end <= n ? tree.rel(mentions[m].end - 1) : Rel();
          const bool on_owner = root_now == 16 || root_now == 17;
          if ((root_now <= 8 || on_owner) && mentions[m].code.size() == 3 &&
              (BaseRel(mod_rel) == Rel("amod") || mod_rel == Rel("compound") || mod_rel == Rel("nmod:poss")) &&
              std::any_of(sources.begin(), sources.end(), [&](int src) {
                return mentions[src].code.size() > 3 && mentions[src].code.compare(0, 3, mentions[m].code) == 0;
              })) {
            // ... its phrase's other partner, then.
            for (int k : tree.kids(t))
              if (BaseRel(tree.rel(k)) == "nmod" &&
                  (OneOf(kPartnerCases, tree.CaseOf(k)) || (on_owner && Equals(tree.CaseOf(k), "of"))))
                for (int m2 : resolve(k))
                  if (!StartsWith(mentions[m2].code, "---") && mentions[m2].code != mentions[m].code) {
                    targets.push_back(m2);
                    named = true;
                  }
            continue;
          }
          targets.push_back(m);
          named |= !StartsWith(mentions[m].code, "---");
        }
        if (named) break;
      }
      bool has_country = std::any_of(targets.begin(), targets.end(),
                                     [&](int m) { return !StartsWith(mentions[m].code, "---"); });
      if (has_country) break;
      if (bare_targets.empty() && !targets.empty()) bare_targets = targets;
      targets.clear();
    }
    if (targets.empty()) targets = bare_targets;
    // "suspended Sudan's membership", "froze Russia's assets": with no
    // target in the pattern's slots, whose the thing done to is (a
    // possessor or adjective of the object the pattern names) is the
    // target, unless that is the source ("expanded its military").
    if (targets.empty() && !nominal && !best->obj.empty() && !sources.empty())
      for (int k : tree.kids(v)) {
        if (!((tree.rel(k) == "obj" && !is_passive(v)) || tree.rel(k) == "nsubj:pass") || mention_at[k] >= 0 ||
            !ObjectMatches(tree, k, pattern_words_, best_obj, best->foreign))
          continue;
        for (int c : tree.kids(k)) {
          if (tree.rel(c) != "nmod:poss" && tree.rel(c) != "amod") continue;
          const int m = mention_under(c, 0);
          if (m < 0 || StartsWith(mentions[m].code, "---") || mentions[m].kind == ActorKind::kMedia) continue;
          bool own = false;
          const std::string whose = CountryOfCode(mentions[m].code);
          for (int src : sources)
            own |= mentions[src].code == mentions[m].code || (!whose.empty() && CountryOfCode(mentions[src].code) == whose);
          if (own) continue;
          targets.push_back(m);
          if (explain) [[unlikely]] why << "  target: whose '" << tree.form(k) << "' it is\n";
        }
        if (!targets.empty()) break;
      }
    // No dictionary actor in any target slot: the first slot phrase may be a
    // new actor (new_actor_length), after every slot was tried for a known one.
    if (targets.empty() && new_actor_length > 0) {
      new_actors_now = true;
      for (const auto& slot : tgt_slots) {
        for (int t : slot_or_next(slot, v)) {
          if (t == attack_phrase) continue;
          for (int m : resolve(t))
            if (std::find(sources.begin(), sources.end(), m) == sources.end()) targets.push_back(m);
          if (!targets.empty()) break;
        }
        if (!targets.empty()) break;
      }
      new_actors_now = false;
    }
    // "Saudi Arabia and Iran agreed to restore ties in a deal brokered by
    // China": a mediator of the deal (a participle on it) mediates between
    // the parties of the clause the deal belongs to.
    // (A target that is the mediator itself, found through the deal's own
    // words, "a US-brokered agreement", is none.)
    const bool only_self = std::all_of(targets.begin(), targets.end(), [&](int t) {
      return std::any_of(sources.begin(), sources.end(), [&](int s0) { return mentions[s0].code == mentions[t].code; });
    });
    if (only_self && !sources.empty() && !nominal && StartsWith(event_code, "045") && tree.rel(v) == "acl" &&
        tree.head(v) >= 0 && (OneOf(kAgreementNouns, tree.lemma(tree.head(v))) ||
                              OneOf(kMeetingNouns, tree.lemma(tree.head(v))) ||
                              OneOf(kMediatedNouns, tree.lemma(tree.head(v))))) {
      int clause = tree.head(tree.head(v));
      for (int hops = 0; clause >= 0 && hops < 3 && tree.upos(clause) != "VERB"; ++hops) clause = tree.head(clause);
      const int party = clause >= 0 ? subject_token(clause, 0) : -1;
      targets.clear();
      for (int m : resolve(party))
        if (std::find(sources.begin(), sources.end(), m) == sources.end()) targets.push_back(m);
      if (!targets.empty() && explain) [[unlikely]] why << "  target: the parties of the deal it mediated\n";
    }
    // "China imposed export controls in retaliation for US tariffs": force,
    // sanctions or threats (roots 13-20) with no target are aimed at whoever
    // made what they answer.
    if (targets.empty() && !sources.empty() && !nominal && RootOf(event_code) >= 13)
      for (int t = v + 1; t < n && targets.empty(); ++t) {
        const std::string_view l = tree.lemma(t);
        if (!(Equals(l, "retaliation") || Equals(l, "response") || Equals(l, "reprisal") || Equals(l, "revenge")) ||
            !Equals(tree.CaseOf(t), "in"))
          continue;
        int up = tree.head(t);
        for (int hops = 0; up >= 0 && up != v && hops < 2; ++hops) up = tree.head(up);
        if (up != v) continue;
        // What it answers: its own for/to phrase, or one the parser hung
        // beside it.
        int answered = -1;
        for (int k : tree.kids(t))
          if (answered < 0 && (Equals(tree.CaseOf(k), "for") || Equals(tree.CaseOf(k), "to"))) answered = k;
        for (int x = t + 1; answered < 0 && x < n && x <= t + 6; ++x)
          if (tree.head(x) == tree.head(t) && (Equals(tree.CaseOf(x), "for") || Equals(tree.CaseOf(x), "to")))
            answered = x;
        const int m = answered >= 0 ? mention_under(answered, 0) : -1;
        if (m < 0 || StartsWith(mentions[m].code, "---")) break;
        const std::string whose = CountryOfCode(mentions[m].code);
        bool own = false;
        for (int src : sources) own |= !whose.empty() && CountryOfCode(mentions[src].code) == whose;
        if (own) break;
        targets.push_back(m);
        if (explain) [[unlikely]] why << "  target: who made what it answers ('" << tree.form(t) << "')\n";
      }
    // PETRARCH's convention for its own patterns: with no target in any
    // slot, the first actor after the verb in its own clause ("signed an
    // accord on Thursday to supply Gondor with wheat" -> Gondor), not
    // inside a clause of its own (advcl, xcomp, relative, parataxis, conj).
    // An allegation or a criticism is of its content clause's subject: "a
    // report alleged that France was aware of preparations" -> FRA. (Only a
    // clause that is no act of its own: an act is coded itself, and one of
    // force claimed of another is already an accusation, 112.)
    if (targets.empty() && best->foreign && !sources.empty() && !nominal && StartsWith(event_code, "11"))
      for (int c : tree.kids(v)) {
        if (tree.rel(c) != "ccomp" || Equals(tree.upos(c), "VERB")) continue;
        int st = tree.Child(c, "nsubj");
        if (st < 0) st = tree.Child(c, "nsubj:pass");
        if (st < 0) continue;
        for (int m : resolve(st))
          if (!StartsWith(mentions[m].code, "---") && std::find(sources.begin(), sources.end(), m) == sources.end())
            targets.push_back(m);
        if (!targets.empty() && explain) [[unlikely]] why << "  target: the subject of what is alleged\n";
        if (!targets.empty()) break;
      }
    if (targets.empty() && best->foreign && !sources.empty() && !nominal) {
      // A content clause may hold it ("allowed that Mordor isn't ..."),
      // but not for a statement or a claim (roots 01, 11): "Washington said
      // the step enjoyed support from Moscow" says nothing to Moscow.
      const bool content_clause_ok = !StartsWith(event_code, "01") && !StartsWith(event_code, "11");
      for (int t = v + 1; t < n && targets.empty(); ++t) {
        int m = mention_at[t];
        if (m < 0 || StartsWith(mentions[m].code, "---")) continue;
        bool inside = false, clause = false;
        for (int up = t; up >= 0 && !inside; up = tree.head(up)) {
          // (The to-clause the pattern names is the verb's own phrase:
          // "- BEGUN *" under QUESTION, "has begun to question whether ...".)
          if (up == v || up == best_xcomp) {
            inside = true;
            break;
          }
          Rel r = BaseRel(tree.rel(up));
          // A purpose to-clause is the pattern's phrase ("signed an accord
          // on Thursday to supply Gondor", parsed as an adverbial clause).
          const bool purpose =
              r == "advcl" && tree.Child(up, "mark") >= 0 && Equals(tree.lemma(tree.Child(up, "mark")), "to");
          clause |= (r == "ccomp" && !content_clause_ok) || (r == "advcl" && !purpose) || r == "parataxis" || (r == "conj" && !(IsNounTag(tree.upos(up)) && Equals(tree.upos(tree.head(up)), "VERB"))) || tree.rel(up) == "acl:relcl" || (r == "xcomp" && (Equals(tree.upos(up), "VERB") || Equals(tree.upos(up), "AUX"))) || r == "csubj";
        }
        if (!inside || clause) continue;
        // (Nor the broker of a deal: "signed a U.S.-brokered agreement";
        // PETRARCH reads "U.S.-brokered" as one word.)
        {
          const int h = tree.head(mentions[m].end - 1);
          if (h > t && h >= 0 && Equals(tree.xpos(h), "VBN") &&
              (Equals(tree.lemma(h), "broker") || Equals(tree.lemma(h), "mediate") || Equals(tree.lemma(h), "facilitate")))
            continue;
        }
        // (Where an intent is stated or an accord signed is no party:
        // "signed a framework agreement in Doha".)
        // (A meeting's place stays, as PETRARCH has it: "Obama and Putin will
        // meet in Zurich" -> CHE, GSR TEST_11.)
        const int place_root = RootOf(event_code);
        if ((place_root == 3 || place_root == 5) && mentions[m].end <= n &&
            (Equals(tree.CaseOf(mentions[m].end - 1), "in") || Equals(tree.CaseOf(mentions[m].end - 1), "at")))
          continue;
        int mm = mention_under(t, 0);
        if (mm < 0) mm = m;
        if (std::find(sources.begin(), sources.end(), mm) != sources.end()) continue;
        targets.push_back(mm);
        // Its conjuncts too: "believe Dagolath and Osgiliath can cope".
        for (int c : resolve(t)) {
          // Each named by its own first actor, as the first one is: "toward
          // Gondor and Arnor's Elrond" -> GON, ARN (a possessor before the
          // conjunct's name).
          if (c != mm && mentions[c].end >= 1 && mentions[c].end <= n) {
            const int poss = tree.Child(mentions[c].end - 1, "nmod:poss");
            if (poss >= 0 && poss < mentions[c].begin && mention_at[poss] >= 0 &&
                !StartsWith(mentions[mention_at[poss]].code, "---"))
              c = mention_at[poss];
          }
          if (!StartsWith(mentions[c].code, "---") && std::find(targets.begin(), targets.end(), c) == targets.end() &&
              std::find(sources.begin(), sources.end(), c) == sources.end())
            targets.push_back(c);
        }
        if (explain) [[unlikely]] why << "  target: the first actor after the verb (PETRARCH)\n";
      }
    }
    // A visit or a meeting attended abroad has the host for target (CAMEO
    // 042/044: "attend a summit in Switzerland" -> CHE, "arrived in Kabul").
    // (A compound subject meets itself: "The US and Russia attended a summit in Geneva".)
    if (targets.empty() && sources.size() == 1 && (Equals(event_code, "042") || Equals(event_code, "044")))
      for (const char* place : {"in", "to", "at"}) {
        // The first place named is the host ("a summit in Switzerland on the unrest in Iran").
        for (int t : slot_tokens(place, v)) {
          for (int m : resolve(t))
            if (mentions[m].code.size() == 3 && !Equals(mentions[m].code, "---")) targets.push_back(m);
          if (!targets.empty()) break;
        }
        if (!targets.empty()) {
          if (explain) [[unlikely]] why << "  the host of the visit: '" << place << "' phrase\n";
          break;
        }
      }
    // An act of force (roots 18-20) with no target strikes the country where
    // it was done, when that is not the attacker's own: "US forces bombed
    // targets in Syria" -> SYR, "Russian strikes cut power in Ukraine".
    const bool force = StartsWith(event_code, "18") || StartsWith(event_code, "19") ||
                       StartsWith(event_code, "20");
    if (targets.empty() && !sources.empty() && force)
      for (const char* place : {"in", "inside", "across"}) {
        // A nominal act's place may be its clause's: "Russian strikes cut power in Ukraine".
        SmallInts phrases = slot_tokens(place, v);
        if (phrases.empty() && nominal && BaseRel(tree.rel(v)) == "nsubj" && tree.head(v) >= 0)
          for (int k : tree.kids(tree.head(v)))
            if (BaseRel(tree.rel(k)) == "obl" && CaseStartsWith(tree.CaseOf(k), place)) phrases.push_back(k);
        for (int t : phrases)
          for (int m : resolve(t)) {
            const std::string& code = mentions[m].code;
            if (code.size() != 3 || Equals(code, "---")) continue;
            bool own = std::any_of(sources.begin(), sources.end(),
                                   [&](int s) { return CountryOfCode(mentions[s].code) == code; });
            if (!own) targets.push_back(m);
          }
        if (!targets.empty()) {
          if (explain) [[unlikely]] why << "  target: the country where the force was used ('" << place << "' phrase)\n";
          break;
        }
      }
    // Victims of force with no country are of the country where it struck:
    // "four children were killed in Israeli shelling in the Gaza Strip" ->
    // PSECVL, "militants killed in a strike in Pakistan" -> PAKUAF (the place
    // phrase of the verb or of its attack phrase; never the attacker's own).
    if (force && !targets.empty() && !sources.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](int m) { return StartsWith(mentions[m].code, "---"); })) {
      std::vector<int> phrases;
      // (Of the verb, and of the clause a participle of it hangs on:
      // "launched strikes across Iran, hitting ... and killing the chief of
      // staff".)
      std::vector<int> clause_verbs{v};
      for (int c = v, hops = 0; hops < 3 && tree.head(c) >= 0; ++hops) {
        const Rel r = BaseRel(tree.rel(c));
        if (!(r == "conj" || (r == "advcl" && Equals(tree.xpos(c), "VBG")))) break;
        c = tree.head(c);
        clause_verbs.push_back(c);
      }
      for (int cv : clause_verbs) {
        for (int k : tree.kids(cv)) {
          if (BaseRel(tree.rel(k)) != "obl") continue;
          if (CaseStartsWith(tree.CaseOf(k), "in")) phrases.push_back(k);
          for (int k2 : tree.kids(k))
            if (BaseRel(tree.rel(k2)) == "nmod" && CaseStartsWith(tree.CaseOf(k2), "in")) phrases.push_back(k2);
        }
        // ("a wave of air strikes across Iran": a phrase within the other
        // verb's object too, a few nouns down.)
        if (cv != v) {
          std::vector<int> nouns;
          for (int k : tree.kids(cv))
            if (tree.rel(k) == "obj") nouns.push_back(k);
          for (size_t i = 0; i < nouns.size() && i < 8; ++i)
            for (int k : tree.kids(nouns[i])) {
              if (BaseRel(tree.rel(k)) != "nmod") continue;
              const std::string_view c = tree.CaseOf(k);
              if (Equals(c, "across") || Equals(c, "in") || Equals(c, "inside")) phrases.push_back(k);
              else if (Equals(c, "of")) nouns.push_back(k);
            }
        }
      }
      std::string country;
      for (int t : phrases) {
        for (int m : resolve(t)) {
          const std::string c = CountryOfCode(mentions[m].code);
          const ActorKind kind = mentions[m].kind;
          // (A world region is no victim's country: "strikes on boats in the Caribbean".)
          if (c.empty() || mentions[m].has_agent || OneOf(kRegionCodes, std::string_view(mentions[m].code)) ||
              !(kind == ActorKind::kCountry || kind == ActorKind::kCapital || kind == ActorKind::kCity ||
                kind == ActorKind::kGroup))  // (imported places: "GAZA [PSEGZA]")
            continue;
          bool own = std::any_of(sources.begin(), sources.end(),
                                 [&](int s) { return CountryOfCode(mentions[s].code) == c; });
          if (own) continue;
          country = c;
          // An imported territory named by the phrase itself keeps its own
          // code: "killed in the Gaza Strip" [PSEGZA] -> PSEGZACVL.
          // Not a modifier: "in a Hamas attack" is no place.
          if (mentions[m].imported && kind == ActorKind::kGroup && mentions[m].code.size() == 6) {
            const Rel r = tree.rel(mentions[m].end - 1);
            if (r != Rel("compound") && BaseRel(r) != Rel("amod") && r != Rel("nmod:poss"))
              country = mentions[m].code;
          }
          break;
        }
        if (!country.empty()) break;
      }
      if (!country.empty()) {
        for (int& m : targets) {
          ActorMention placed = mentions[m];
          placed.code = country + placed.code.substr(3);
          mentions.push_back(placed);
          m = static_cast<int>(mentions.size()) - 1;
        }
        if (explain) [[unlikely]] why << "  target: of the country where the force struck (" << country << ")\n";
      }
    }
    // A conditional threat with no target threatens the condition's actor:
    // "will retaliate if attacked by Israel", "if Russia invades".
    // "threatened to close the strait if attacked by the United States": a
    // threat verb's own condition, on it or on its complement, names whom
    // it threatens.
    // So does the condition in what it warns of: "warned that Russian forces
    // would keep advancing if Kyiv refused".
    if (targets.empty() && threat_condition < 0 && StartsWith(event_code, "13") && !nominal) {
      const int warned = tree.Child(v, "ccomp");
      for (int h : {v, best_xcomp, warned})
        if (h >= 0 && threat_condition < 0) threat_condition = ConditionClause(tree, h);
    }
    if (targets.empty() && threat_condition >= 0) {
      std::vector<int> cands;
      for (int k : tree.kids(threat_condition))
        if (tree.rel(k) == "nsubj" || (BaseRel(tree.rel(k)) == "obl" && Equals(tree.CaseOf(k), "by")))
          cands.push_back(k);
      for (int k : cands)
        for (int m : resolve(k))
          if (std::find(sources.begin(), sources.end(), m) == sources.end() &&
              (sources.empty() || mentions[m].code != mentions[sources.front()].code))
            targets.push_back(m);
      if (!targets.empty() && explain) [[unlikely]] why << "  target: the actor of the condition\n";
    }
    // "Beijing condemned the inclusion of Chinese firms": a side that
    // criticizes what was done to its own (named inside the object, "the
    // arrest of its citizens") criticizes whoever did it, the other side of
    // the article's latest dyad; else no one named.
    if (!targets.empty() && !sources.empty() && !nominal && (RootOf(event_code) == 11 || RootOf(event_code) == 12)) {
      const int o = tree.Child(v, "obj");
      const std::string own = CountryOfCode(mentions[sources.front()].code);
      bool own_inside = o >= 0 && !own.empty();
      for (int tm : targets) {
        const ActorMention& m = mentions[tm];
        bool inside = false;
        for (int up = m.begin, hops = 0; up >= 0 && up < n && hops < 4 && !inside; up = tree.head(up), ++hops)
          // (Not in a phrase the pattern aims at, misattached to the object:
          // "blamed the bloodshed on Petro's policy".)
          inside = tree.head(up) == o && BaseRel(tree.rel(up)) == "nmod" &&
                   std::none_of(best->tgt.begin(), best->tgt.end(), [&](const std::string& slot) {
                     return slot != "obj" && !tree.CaseOf(up).empty() && CaseStartsWith(tree.CaseOf(up), slot);
                   });
        // (Its own people, firms or country, not its domestic opponents:
        // "Burhan rejected any talks with the RSF" rejects the RSF.)
        bool opponent = false;
        for (std::string_view sector : SectorViews(m.code))
          opponent |= sector == "REB" || sector == "OPP" || sector == "INS" || sector == "UAF" || sector == "SEP" ||
                      sector == "RAD";
        own_inside &= inside && !opponent && CountryOfCode(m.code) == own;
      }
      if (own_inside) {
        targets.clear();
        // (Whoever made the arrest the object names, of its own country too:
        // "the Church denounced the arrest of the cleric" after the security
        // service detained him.)
        if (ctx && ctx->last_detainer && OneOf(kArrestNouns, tree.lemma(o)) &&
            ctx->last_detainer->code != mentions[sources.front()].code)
          targets.assign(1, stand_in(*ctx->last_detainer, o, "who made the arrest of the reacting side's own: " +
                                                                 ctx->last_detainer->code));
        // (Whoever attacked that side, when one did: "Greece condemned the
        // attack on the Greek-owned vessel" after the Huthis sank it.)
        if (ctx && targets.empty())
          for (const ArticleContext::AttackerOf& a : ctx->attackers_of)
            if (a.victim == own)
              targets.assign(1, stand_in(a.attacker, o, "who did it to the reacting side's own: its attacker (" +
                                                            a.attacker.code + ")"));
        if (ctx && targets.empty())
          for (const std::string& side : {ctx->last_pair.first, ctx->last_pair.second}) {
            if (side.empty() || CountryOfCode(side) == own || !targets.empty()) continue;
            ActorMention m;
            m.begin = o;
            m.end = o + 1;
            m.code = side;
            m.kind = ActorKind::kGroup;
            m.entries.push_back("who did it to the reacting side's own: the other side of the latest dyad (" + side + ")");
            mentions.push_back(std::move(m));
            targets.push_back(static_cast<int>(mentions.size()) - 1);
          }
        // (Or the latest sanctioner or attacker of another side: "the EU
        // adopted sanctions ... Beijing condemned the inclusion of Chinese firms".)
        if (ctx && targets.empty())
          for (const std::optional<ActorMention>* maker : {&ctx->last_sanctioner, &ctx->last_attacker}) {
            if (!*maker || !targets.empty() || CountryOfCode((*maker)->code) == own) continue;
            targets.push_back(stand_in(**maker, o, "who did it to the reacting side's own: the latest sanctioner or attacker"));
          }
        if (explain) [[unlikely]] why << "  target: not its own people named in the object; " << (targets.empty() ? "no one" : "the other side") << "\n";
      }
    }
    // "The Security Council condemned the attacks on civilians": who is
    // condemned is who attacked, not the victims. A target named only as the
    // victim of an attack without a maker of its own gives way to the
    // article's latest attacker (not the reacting side's own).
    if (!targets.empty() && !nominal && ctx && ctx->last_attacker && RootOf(event_code) >= 10 &&
        RootOf(event_code) <= 13) {
      const int o = tree.Child(v, "obj");
      bool victims_only = o >= 0 && OneOf(kAttackNouns, tree.lemma(o));
      for (int k : victims_only ? tree.kids(o) : std::span<const int>()) {
        Rel r = BaseRel(tree.rel(k));
        if ((r == "amod" || r == "compound" || tree.rel(k) == "nmod:poss" ||
             (r == "nmod" && Equals(tree.CaseOf(k), "by"))) &&
            mention_at[k] >= 0)
          victims_only = false;  // the attack names its maker
      }
      auto in_victim_phrase = [&](int m) {
        for (int up = mentions[m].begin, hops = 0; up >= 0 && hops < 4; up = tree.head(up), ++hops)
          if (tree.head(up) == o && BaseRel(tree.rel(up)) == "nmod" &&
              (Equals(tree.CaseOf(up), "on") || Equals(tree.CaseOf(up), "against") || Equals(tree.CaseOf(up), "of")))
            return true;
        return false;
      };
      for (int tm : targets) victims_only &= mentions[tm].begin < n && in_victim_phrase(tm);
      const std::string attacker = CountryOfCode(ctx->last_attacker->code);
      bool own = false;
      for (int src : sources) own |= !attacker.empty() && CountryOfCode(mentions[src].code) == attacker;
      for (int tm : targets) own |= !attacker.empty() && CountryOfCode(mentions[tm].code) == attacker;
      if (victims_only && !own && !StartsWith(ctx->last_attacker->code, "---")) {
        targets.assign(1, stand_in(*ctx->last_attacker, o, "who made the attack, named before: " + ctx->last_attacker->code));
        if (explain) [[unlikely]] why << "  target: who made the attack on the victims (" << ctx->last_attacker->code << ")\n";
      }
    }
    // "Zelenskiy condemned the attack", "praised the strikes": a verbal
    // reaction (roots 01-05, 10-13) to an attack that names no one is aimed
    // at whoever made the article's latest attack, unless that is the
    // reacting side itself. The same for "the sanctions", "the measures":
    // whoever imposed the latest ones.
    // An answer to an act of the article's memory is aimed at its maker
    // (standing at token `at`), unless a source is the maker's own side:
    // the same actor, or with `by_code` false its country (an arrest at home
    // is answered by the opposition at home, so arrests pass true).
    auto answer_maker = [&](const ActorMention& maker, int at, const std::string& note, std::string_view what,
                            bool by_code = false) {
      const std::string maker_country = CountryOfCode(maker.code);
      for (int src : sources)
        if (mentions[src].code == maker.code ||
            (!by_code && !maker_country.empty() && CountryOfCode(mentions[src].code) == maker_country))
          return;
      targets.push_back(stand_in(maker, at, note));
      if (explain) [[unlikely]] why << "  target: " << what << " (" << maker.code << ")\n";
    };
    auto aim_at_latest = [&](const ActorMention& maker, bool (*is_noun)(std::string_view), const char* what,
                             bool by_code = false) {
      const int root = RootOf(event_code);
      const int k =
          (root >= 1 && root <= 5) || (root >= 10 && root <= 13)
              ? ReactedTo(
                    tree, v, is_noun, [](Rel r) { return r == "nmod" || r == "amod" || r == "compound" || r == "acl"; },
                    [](std::string_view d) { return d == "the" || d == "this" || d == "these"; })
              : -1;
      if (k >= 0)
        answer_maker(maker, k, std::string("the ") + what + " named before: by " + maker.code,
                     std::string("who made the article's latest ") + what, by_code);
    };
    // ("the incursion", "the invasion": whoever made the latest one, 192,
    // before the latest attacker: "Poland shot down Russian drones that
    // entered its airspace ... Rutte called the incursion reckless".)
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_intruder)
      aim_at_latest(
          *ctx->last_intruder,
          [](std::string_view l) { return l == "incursion" || l == "invasion" || l == "intrusion" || l == "violation"; },
          "incursion");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_attacker)
      aim_at_latest(
          *ctx->last_attacker, [](std::string_view l) { return OneOf(kAttackNouns, l) || OneOf(kAttackResults, l); },
          "attack");
    // (The reacting side's own latest attack: the other side's before it.)
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->earlier_attacker)
      aim_at_latest(
          *ctx->earlier_attacker, [](std::string_view l) { return OneOf(kAttackNouns, l) || OneOf(kAttackResults, l); },
          "attack");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_sanctioner)
      aim_at_latest(*ctx->last_sanctioner, [](std::string_view l) { return OneOf(kSanctionNouns, l); }, "sanctions");
    // "The Kremlin said the sanctions were illegal": an act named as what a
    // judgement is about (the judged clause's subject) is its maker's.
    if (targets.empty() && !sources.empty() && !nominal && ctx && best_xcomp >= 0 && RootOf(event_code) >= 10 &&
        RootOf(event_code) <= 13 && In(best->tgt, "xsubj")) {
      const int subj = tree.Child(best_xcomp, "nsubj");
      const bool definite = subj >= 0 && tree.Child(subj, "det") >= 0 &&
                            Equals(tree.lemma(tree.Child(subj, "det")), "the") && resolve(subj).empty();
      const std::optional<ActorMention>* maker =
          !definite ? nullptr
          : OneOf(kSanctionNouns, tree.lemma(subj)) ? &ctx->last_sanctioner
          : OneOf(kAttackNouns, tree.lemma(subj)) ? &ctx->last_attacker
          : OneOf(kArrestNouns, tree.lemma(subj)) ? &ctx->last_detainer
                                                  : nullptr;
      if (maker && *maker)
        answer_maker(**maker, subj, "what is judged, named before: by " + (*maker)->code,
                     "who made what the judgement is about");
    }
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_show_of_force)
      aim_at_latest(*ctx->last_show_of_force, [](std::string_view l) { return OneOf(kShowOfForceNouns, l); },
                    "show of force");
    // (The reacting side's own latest show of force: the other side's before it.)
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->earlier_show_of_force)
      aim_at_latest(*ctx->earlier_show_of_force, [](std::string_view l) { return OneOf(kShowOfForceNouns, l); },
                    "show of force");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_accuser)
      aim_at_latest(*ctx->last_accuser, [](std::string_view l) { return OneOf(kAccusationNouns, l); },
                    "accusation");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_reporter)
      aim_at_latest(*ctx->last_reporter, [](std::string_view l) { return OneOf(kDocumentNouns, l); }, "report");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_asker)
      aim_at_latest(*ctx->last_asker, [](std::string_view l) { return OneOf(kAskingNouns, l); }, "demand");
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_offerer)
      aim_at_latest(*ctx->last_offerer, [](std::string_view l) { return OneOf(kOfferNouns, l); }, "offer");
    // "Russia's defence ministry denied that its planes had violated
    // Estonian airspace": a denial that names no one answers the article's
    // latest accuser, when that is another side.
    // (The makers remembered never lack a country code: "---" sources are
    // not remembered.)
    if (targets.empty() && !sources.empty() && ctx && ctx->last_accuser && StartsWith(event_code, "016")) {
      const std::string accused = CountryOfCode(ctx->last_accused);
      bool answers = false;
      for (int src : sources) answers |= !accused.empty() && CountryOfCode(mentions[src].code) == accused;
      if (answers)
        answer_maker(*ctx->last_accuser, v, "who accused, named before: " + ctx->last_accuser->code,
                     "the article's latest accuser");
    }
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_expeller)
      aim_at_latest(
          *ctx->last_expeller, [](std::string_view l) { return l == "expulsion"; }, "expulsion", /*by_code=*/true);
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->last_detainer)
      aim_at_latest(*ctx->last_detainer, [](std::string_view l) { return OneOf(kArrestNouns, l); }, "arrest",
                    /*by_code=*/true);
    // "France ... demanded his immediate release": a call to release (0253,
    // 1053) that names no one is aimed at the article's latest detainer.
    // (So is one that names the detained only by a role with no country:
    // "demanded the immediate release of detained officials".)
    // (Or only the caller's own: "Guterres demanded the release of all UN
    // personnel" after the Huthis detained them.)
    const bool bare_detained =
        !targets.empty() && !sources.empty() && std::all_of(targets.begin(), targets.end(), [&](int m) {
          const std::string& t = mentions[m].code;
          const std::string& own = mentions[sources.front()].code;
          const std::string c = CountryOfCode(t);
          return StartsWith(t, "---") || (!c.empty() && c == CountryOfCode(own)) ||
                 (t.size() >= 6 && own.size() >= 6 && t.compare(0, 6, own, 0, 6) == 0);
        });
    if ((targets.empty() || bare_detained) && !sources.empty() && ctx && ctx->last_detainer &&
        ctx->last_detainer->code != mentions[sources.front()].code &&
        (Equals(event_code, "1053") || Equals(event_code, "0253"))) {
      targets.clear();
      const int o = tree.Child(v, "obj");
      answer_maker(*ctx->last_detainer, o >= 0 ? o : v,
                   "who holds them: the article's latest detainer " + ctx->last_detainer->code,
                   "the article's latest detainer");
    }
    // (For the rules below: whether the act is verbal, and whether a source
    // is of country `c`.)
    const int event_root = RootOf(event_code);
    const bool verbal_act = (event_root >= 1 && event_root <= 5) || (event_root >= 10 && event_root <= 13);
    auto source_of_country = [&](const std::string& c) {
      for (int src : sources)
        if (CountryOfCode(mentions[src].code) == c) return true;
      return false;
    };
    // (An actor of a state none of the sources is of.)
    auto another_state = [&](const ActorMention& m) {
      const std::string c = CountryOfCode(m.code);
      return !c.empty() && !source_of_country(c);
    };
    // "Rubio spoke with Kagame and called for an immediate ceasefire", "Modi
    // said he had spoken with her and offered India's full support": a
    // verbal act (roots 01-05, 10-13) that names no one, joined to a talk
    // with someone, is addressed to that someone.
    if (targets.empty() && !sources.empty() && !nominal && verbal_act) {
      SmallInts talks;  // the verbs joined to this one
      if (tree.rel(v) == "conj" && tree.head(v) >= 0) talks.push_back(tree.head(v));
      for (int k : tree.kids(v))
        if (tree.rel(k) == "conj" && Equals(tree.upos(k), "VERB")) talks.push_back(k);
      for (int t : talks) {
        const std::string_view tl = tree.lemma(t);
        const bool talk = Equals(tl, "speak") || Equals(tl, "talk") || Equals(tl, "meet") || Equals(tl, "phone") ||
                          Equals(tl, "telephone") || Equals(tl, "call");
        if (!talk || !targets.empty()) continue;
        for (int k : tree.kids(t)) {
          const Rel r = BaseRel(tree.rel(k));
          const bool partner = (r == "obl" && (Equals(tree.CaseOf(k), "with") || Equals(tree.CaseOf(k), "to"))) ||
                               (r == "obj" && !Equals(tl, "speak") && !Equals(tl, "talk"));
          if (!partner) continue;
          // (The partner's own word, not a thing named after its country:
          // "called new US sanctions an unfriendly act" talks to no one.)
          const int m = mention_at[k];
          if (m < 0 || StartsWith(mentions[m].code, "---")) continue;
          bool own = false;
          for (int src : sources) own |= mentions[src].code == mentions[m].code;
          if (own) continue;
          targets.push_back(m);
          if (explain) [[unlikely]] why << "  target: whom the joined talk was with (" << mentions[m].code << ")\n";
          break;
        }
      }
    }
    // "promised 20 million euros in emergency support to help Moldova pay",
    // "sent troops to help Russian forces": an offer or act of help (roots
    // 03, 05-08) that names no one is for whom its purpose clause helps.
    if (targets.empty() && !sources.empty() && !nominal && (event_root == 3 || (event_root >= 5 && event_root <= 8))) {
      SmallInts hosts;
      hosts.push_back(v);
      for (int k : tree.kids(v))
        if (tree.rel(k) == "obj") hosts.push_back(k);
      for (int h : hosts)
        for (int c : tree.kids(h)) {
          if (!targets.empty()) break;
          const Rel r = BaseRel(tree.rel(c));
          if (r != "advcl" && r != "acl" && r != "xcomp") continue;
          const std::string_view cl = tree.lemma(c);
          if (!Equals(cl, "help") && !Equals(cl, "assist") && !Equals(cl, "support")) continue;
          const int mark = tree.Child(c, "mark");
          if (mark < 0 || !Equals(tree.lemma(mark), "to")) continue;
          const int o = tree.Child(c, "obj");
          const int m = o >= 0 ? mention_at[o] : -1;
          if (m < 0 || StartsWith(mentions[m].code, "---") || source_of_country(CountryOfCode(mentions[m].code)))
            continue;
          targets.push_back(m);
          if (explain) [[unlikely]] why << "  target: whom its purpose clause helps (" << mentions[m].code << ")\n";
        }
    }
    // "Denmark hits back after Vance accuses it", "Australia protests after
    // Chinese jet fires flares": a reaction (roots 01, 10-14, 16) that names
    // no one answers the maker of the act it came after, the subject of its
    // "after" clause, when that is another country's.
    if (targets.empty() && !sources.empty() && !nominal &&
        (event_root == 1 || (event_root >= 10 && event_root <= 14) || event_root == 16))
      for (int k : tree.kids(v)) {
        const Rel r = BaseRel(tree.rel(k));
        if ((r != "advcl" && r != "obl") || k < v || !Equals(tree.upos(k), "VERB")) continue;
        const int mark = tree.Child(k, "mark");
        const bool after = mark >= 0 ? Equals(tree.lemma(mark), "after") : Equals(tree.CaseOf(k), "after");
        if (!after) continue;
        const int subj = tree.Child(k, "nsubj");
        const int m = subj >= 0 ? mention_under(subj, 0) : -1;
        if (m < 0 || StartsWith(mentions[m].code, "---")) continue;
        const std::string c = CountryOfCode(mentions[m].code);
        if (c.empty() || source_of_country(c)) continue;
        targets.push_back(m);
        if (explain) [[unlikely]] why << "  target: who made the act it came after (" << mentions[m].code << ")\n";
        break;
      }
    // "Bobi Wine rejected the result", "China voiced support for the
    // election": a verbal reaction to an election (or, in a story of one, to
    // "the result") that names no one is aimed at its holder, the
    // government of the election's country: a country naming the election
    // ("Myanmar's vote", "the Ugandan poll"), or else the reacting side's own
    // when that is no organ of its state (an opposition at home).
    if (targets.empty() && !sources.empty() && !nominal && ctx && ctx->election_story && verbal_act) {
      auto is_election = [&](int k) {
        if (!Equals(tree.upos(k), "NOUN")) return false;
        if (kElectionNouns.Contains(tree.lemma(k), tree.lemma_hash(k))) {
          // (Not a body's own vote: "parliament's vote to extend the mandate".)
          for (int d : tree.kids(k)) {
            if (tree.rel(d) != "nmod:poss" || !Equals(tree.upos(d), "NOUN") || IsTimeWord(tree.lemma(d))) continue;
            const int m = mention_under(d, 0);
            if (m < 0 || StartsWith(mentions[m].code, "---")) return false;
          }
          return true;
        }
        if (!Equals(tree.lemma(k), "result") && !Equals(tree.lemma(k), "outcome")) return false;
        // (Not the result of something else: "the summit's outcome". Only a
        // country or an election may name it.)
        for (int d : tree.kids(k)) {
          const Rel r = BaseRel(tree.rel(d));
          if ((tree.rel(d) == "nmod:poss" || r == "compound" || (r == "nmod" && Equals(tree.CaseOf(d), "of"))) &&
              !kElectionNouns.Contains(tree.lemma(d), tree.lemma_hash(d))) {
            const int m = mention_under(d, 0);
            if (m < 0 || StartsWith(mentions[m].code, "---")) return false;
          }
        }
        return true;
      };
      int act = -1;
      for (int k : tree.kids(v)) {
        const Rel r = BaseRel(tree.rel(k));
        const std::string_view c = tree.CaseOf(k);
        const bool about = Equals(c, "on") || Equals(c, "over") || Equals(c, "about") || Equals(c, "for");
        if ((r == "obj" || (r == "obl" && about)) && is_election(k)) act = k;
        if (r == "obj" && act < 0)
          for (int d : tree.kids(k))
            if (BaseRel(tree.rel(d)) == "nmod" && (Equals(tree.CaseOf(d), "for") || Equals(tree.CaseOf(d), "of")) &&
                is_election(d))
              act = d;
        if (act >= 0) break;
      }
      std::string country, holder;
      std::string basis;
      // (The election's own modifiers, and those of the election a "result" is of.)
      for (int host = act, hops = 0; host >= 0 && hops < 2 && country.empty(); ++hops) {
        int next = -1;
        for (int d : tree.kids(host)) {
          const Rel r = BaseRel(tree.rel(d));
          if (r == "nmod" && Equals(tree.CaseOf(d), "of") && is_election(d)) next = d;
          if (tree.rel(d) != "nmod:poss" && r != "amod" && r != "compound" &&
              !(r == "nmod" && Equals(tree.CaseOf(d), "in")))
            continue;
          const int m = mention_under(d, 0);
          if (m < 0) continue;
          country = CountryOfCode(mentions[m].code);
          // (A body that holds the vote is its holder: "parliament's vote".)
          if (tree.rel(d) == "nmod:poss" && mentions[m].code.size() > 3 && !country.empty()) holder = mentions[m].code;
        }
        if (!country.empty()) basis = "the country the election is named by";
        host = next;
      }
      // (Else the country whose election the story named before.)
      if (act >= 0 && country.empty() && !ctx->election_country.empty() &&
          !source_of_country(ctx->election_country)) {
        country = ctx->election_country;
        basis = "the country of the story's election";
      }
      if (act >= 0 && country.empty()) {
        const std::string own = CountryOfCode(mentions[sources.front()].code);
        bool home = !own.empty();
        for (int src : sources) {
          const std::string& code = mentions[src].code;
          home &= CountryOfCode(code) == own && code.size() >= 6 && !IsStateOrgan(std::string_view(code).substr(3, 3));
        }
        if (home) {
          country = own;
          basis = "the reacting side's own country";
        }
      }
      if (act >= 0 && !country.empty()) {
        if (holder.empty()) holder = country + "GOV";
        bool own_government = false;
        for (int src : sources) own_government |= mentions[src].code == holder;
        if (!own_government) {
          ActorMention m;
          m.begin = act;
          m.end = act + 1;
          m.code = holder;
          m.kind = ActorKind::kCountry;
          m.entries.push_back("the election's holder: " + holder + " (" + basis + ")");
          mentions.push_back(std::move(m));
          targets.push_back(static_cast<int>(mentions.size()) - 1);
          if (explain) [[unlikely]] why << "  target: the election's holder (" << holder << ")\n";
        }
      }
    }
    // "Pakistan criticised the deal": a verbal reaction to "the deal", "the
    // agreement", "the visit", "the talks" that names no one is aimed at
    // the two sides of the article's latest dyad (other than the reacting
    // side's own).
    // (With no dyad of two states before, a move still has its maker: the
    // latest mover, below.)
    // (Not a compound that signs "the deal": its members sign it with each
    // other, "Wang Wentao and GCC Secretary-General Albudaiwi signed the deal".)
    const bool compound_signs = StartsWith(event_code, "057") && sources.size() > 1;
    if (targets.empty() && !sources.empty() && !nominal && ctx && !compound_signs &&
        (!ctx->last_pair.first.empty() || ctx->last_mover)) {
      const int root = RootOf(event_code);
      // (And a mediation of "the talks": between the latest dyad's sides.)
      int k = (root >= 1 && root <= 2) || root == 5 || (root >= 10 && root <= 13) || Equals(event_code, "045")
                  ? ReactedTo(
                        tree, v, [](std::string_view l) { return OneOf(kDyadNouns, l); },
                        [](Rel r) { return r == "nmod" || r == "compound" || r == "acl" || r == "appos"; },
                        [](std::string_view d) { return d == "the" || d == "this"; })
                  : -1;
      // ("The talks, mediated by Turkey and Qatar, began": the mediation as
      // a participle on the talks named before.)
      // (After the noun: "the U.S.-brokered talks" names whose talks they
      // are only by their mediator.)
      if (k < 0 && Equals(event_code, "045") && tree.rel(v) == "acl" && tree.head(v) >= 0 && tree.head(v) < v) {
        const int h = tree.head(v);
        const int det = tree.Child(h, "det");
        if (OneOf(kDyadNouns, tree.lemma(h)) && det >= 0 && Equals(tree.lemma(det), "the") && mention_at[h] < 0) k = h;
      }
      // ("welcomed the accord": the sides of the latest agreement, not of
      // whatever dyad came after it.)
      const auto& pair = OneOf(kAgreementNouns, k >= 0 ? tree.lemma(k) : std::string_view()) &&
                                 !ctx->last_agreement_pair.first.empty()
                             ? ctx->last_agreement_pair
                             : ctx->last_pair;
      // ("the move", "the decision" are one side's: the other side answers
      // it. "Human Rights Watch welcomed the decision" is no side's answer.)
      bool side_answers = true;
      // ("condemned the closures" after "police shut down 10 offices run by Serbia".)
      static constexpr WordList kOneSidesMoveNouns{"move",   "decision",     "step",     "coup",   "takeover",
                                                   "interception", "incident", "closure", "shutdown"};
      if (k >= 0 && OneOf(kOneSidesMoveNouns, tree.lemma(k))) {
        side_answers = false;
        for (int src : sources)
          for (const std::string& side : {pair.first, pair.second})
            side_answers |= !CountryOfCode(side).empty() && CountryOfCode(mentions[src].code) == CountryOfCode(side);
      }
      if (k >= 0 && side_answers && !pair.first.empty()) {
        // (Each side as the latest dyad's sentence named it: a compound is
        // all its members.)
        const bool latest = &pair == &ctx->last_pair;
        std::vector<std::string> sides;
        for (const std::string& side : {pair.first, pair.second}) {
          const std::vector<std::string>& named = side == pair.first ? ctx->last_pair_firsts : ctx->last_pair_seconds;
          if (latest && named.size() > 1) {
            for (const std::string& member : named) sides.push_back(member);
          } else {
            sides.push_back(side);
          }
        }
        for (const std::string& side : sides) {
          const std::string c = CountryOfCode(side);
          bool own = false;
          for (int src : sources) own |= CountryOfCode(mentions[src].code) == c;
          if (own) continue;
          ActorMention m;
          m.begin = k;
          m.end = k + 1;
          m.code = side;
          m.kind = ActorKind::kGroup;
          m.entries.push_back("the " + std::string(tree.lemma(k)) + " named before: of " + pair.first + " and " +
                              pair.second);
          mentions.push_back(std::move(m));
          targets.push_back(static_cast<int>(mentions.size()) - 1);
        }
        if (!targets.empty() && explain) [[unlikely]] why << "  target: the sides of the article's latest dyad\n";
      }
      // A move answered from outside the dyad ("The United States criticised
      // the move", "Human Rights Watch welcomed the decision") is its maker's:
      // whoever made the article's latest move.
      if (k >= 0 && !side_answers && targets.empty() && ctx->last_mover)
        answer_maker(*ctx->last_mover, k, "the " + std::string(tree.lemma(k)) + " named before: by " + ctx->last_mover->code,
                     "who made the article's latest move");
    }
    // "demanded that Russia withdraw", "urged that Iran be allowed": an
    // appeal, demand or threat (roots 02, 10, 13) with no target is made of
    // whoever its content clause is about, its own subject; a threat
    // ("warned it would strike South Korea") of the clause's object.
    // (The clause the pattern used, or else the verb's that-clause: "urged that Iran free ...".)
    int content = best_xcomp >= 0 ? best_xcomp : -1;
    if (content < 0 && !nominal && OneOf(kAskingHeads, lemma))
      for (int k : tree.kids(v)) {
        Rel r = tree.rel(k);
        bool to = false;
        for (int m : tree.kids(k)) to |= tree.rel(m) == "mark" && Equals(tree.lemma(m), "to");
        // "urged that Iran free", "called on Hong Kong to lift" (parsed as a to-clause with its own subject)
        if (r == "ccomp" || r == "xcomp" || (BaseRel(r) == "advcl" && to)) {
          content = k;
          break;
        }
      }
    // ("warned that the North would respond to any US military pressure":
    // a warning's that-clause.)
    if (content < 0 && !nominal && StartsWith(event_code, "13")) content = tree.Child(v, "ccomp");
    if (targets.empty() && content >= 0 && !sources.empty()) {
      const bool asks = StartsWith(event_code, "02") || StartsWith(event_code, "10");
      const bool threatens = StartsWith(event_code, "13");
      if (asks || threatens) {
        std::vector<int> cands;
        int subj = tree.Child(content, "nsubj");
        if (subj < 0) subj = tree.Child(content, "nsubj:pass");
        if (subj >= 0) cands.push_back(subj);
        if (threatens) {
          int o = tree.Child(content, "obj");
          if (o >= 0) cands.push_back(o);
          // ... or the clause's phrase aimed at someone ("respond to", "retaliate against").
          for (int k : tree.kids(content))
            if (BaseRel(tree.rel(k)) == "obl" &&
                (Equals(tree.CaseOf(k), "to") || Equals(tree.CaseOf(k), "against") || Equals(tree.CaseOf(k), "on")))
              cands.push_back(k);
        }
        const std::string own_country = CountryOfCode(mentions[sources.front()].code);
        for (int k : cands) {
          for (int m : resolve(k))
            if (std::find(sources.begin(), sources.end(), m) == sources.end() &&
                mentions[m].code != mentions[sources.front()].code && !StartsWith(mentions[m].code, "---") &&
                !(threatens && !own_country.empty() && CountryOfCode(mentions[m].code) == own_country))
              targets.push_back(m);
          if (!targets.empty()) break;
        }
        if (!targets.empty() && explain) [[unlikely]] why << "  target: whom the content clause is about\n";
      }
    }
    // "Zakharova said Moscow would respond firmly", "al-Mashat vowed
    // revenge": a threat of retaliation that names no one answers whoever
    // acted against the threatening side: the other side of the article's
    // latest dyad with the source's country in it, else the latest attacker
    // or sanctioner of another country.
    if (targets.empty() && !sources.empty() && ctx && !nominal && StartsWith(event_code, "13")) {
      const int o = tree.Child(v, "obj");
      const bool retaliation = (best_xcomp >= 0 && OneOf(kRetaliationWords, tree.lemma(best_xcomp))) ||
                               OneOf(kRetaliationWords, lemma) || (o >= 0 && OneOf(kRetaliationWords, tree.lemma(o)));
      const std::string own = CountryOfCode(mentions[sources.front()].code);
      if (retaliation && !own.empty()) {
        const int at = best_xcomp >= 0 ? best_xcomp : o >= 0 ? o : v;
        const auto& [first, second] = ctx->last_pair;
        const std::string other = CountryOfCode(second) == own && CountryOfCode(first) != own   ? first
                                  : CountryOfCode(first) == own && CountryOfCode(second) != own ? second
                                                                                                : std::string();
        if (!other.empty()) {
          ActorMention m;
          m.code = other;
          m.kind = ActorKind::kGroup;
          targets.push_back(stand_in(std::move(m), at, "retaliation: the other side of the latest dyad (" + other + ")"));
        }
        for (const std::optional<ActorMention>* maker : {&ctx->last_attacker, &ctx->last_sanctioner})
          if (targets.empty() && *maker && !StartsWith((*maker)->code, "---") &&
              CountryOfCode((*maker)->code) != own)
            targets.push_back(stand_in(**maker, at, "retaliation: the latest attacker or sanctioner (" + (*maker)->code + ")"));
        if (!targets.empty() && explain) [[unlikely]] why << "  target: whom the retaliation answers\n";
      }
    }
    // "talks between A and B": one list gives both sides.
    if (!sources.empty() && sources == targets && sources.size() > 1) {
      targets.assign(sources.begin() + 1, sources.end());
      sources.resize(1);
    }
    if (explain) [[unlikely]] {
      why << "  source:";
      for (int m : sources) why << " " << mentions[m].code;
      why << (sources.empty() ? " none" : "") << "  target:";
      for (int m : targets) why << " " << mentions[m].code;
      why << (targets.empty() ? " none" : "") << "\n";
    }
    // "Brazil and the United States agreed to deepen ...": with no target, the
    // members of a compound subject act on each other in cooperative and
    // consultative events (roots 03-08), never in conflictual ones.
    bool mutual_subject = false;  // (one role may hold both: "the ministers of India and Pakistan")
    // "South Korea and Japan gathered with other leaders": a target with no
    // country gives way to the compound subject meeting itself.
    if (sources.size() > 1 && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](int m) { return StartsWith(mentions[m].code, "---"); })) {
      // (Meetings only: "Tanzania and Uganda congratulated the president-elect"
      // praise him, not each other.)
      int root = RootOf(best->code);
      // (Nor an exchange: "The two sides agreed to exchange 1,000 prisoners
      // of war each" exchange them with each other.)
      auto exchanging = [&](std::string_view l) { return Equals(l, "exchange") || Equals(l, "swap"); };
      const bool exchange = exchanging(lemma) || (best_xcomp >= 0 && exchanging(tree.lemma(best_xcomp)));
      // (Nor their own missions: "US, Russia agree to restore embassies"
      // restore each other's.)
      const bool missions = std::all_of(targets.begin(), targets.end(), [&](int m) {
        const int h = PhraseHead(tree, mentions[m].begin, std::min(mentions[m].end, n));
        return h >= 0 && (Equals(tree.lemma(h), "embassy") || Equals(tree.lemma(h), "consulate") ||
                          Equals(tree.lemma(h), "ambassador"));
      });
      if (root == 4 || best->mutual || exchange || missions) targets.clear();
    }
    // (Never mediation: "a ceasefire brokered by Qatar, Egypt and the United
    // States" is no mediation between the brokers.)
    const bool mediation = StartsWith(best->code, "045") || StartsWith(best->code, "039");
    if (targets.empty() && sources.size() > 1 && !mediation) {
      int root = RootOf(best->code);
      // Fighting that takes two ("Indian and Pakistani troops exchanged
      // fire", "clashed", "fought") is each side's against the other.
      const bool two_sided_fight = root >= 18 && root <= 20 && !nominal && OneOf(kTwoSidedFightVerbs, lemma);
      // "both sides accused each other": any act done to "each other" or
      // "one another" is each member's on the others.
      // (Read from the words right after the verb: the parser often makes
      // "each other" a determiner and a fixed word hung anywhere.)
      bool reciprocal = false;
      for (int t = v + 1; !nominal && t + 1 < n && t <= v + 3 && !reciprocal; ++t)
        reciprocal = (Equals(tree.lemma(t), "each") && Equals(tree.lemma(t + 1), "other")) ||
                     (Equals(tree.lemma(t), "one") && Equals(tree.lemma(t + 1), "another"));
      // "Hungary and Ukraine each expelled two diplomats": each member did it
      // to the other. (A lone "each" between the subject and the verb.)
      for (int t = v - 1; !nominal && t >= 0 && t >= v - 3 && !reciprocal; --t)
        reciprocal = Equals(tree.lemma(t), "each") && !(t + 1 < n && Equals(tree.lemma(t + 1), "other")) &&
                     (tree.head(t) == v || tree.head(t) == tree.Child(v, "nsubj"));
      // "both countries had violated the ceasefire": a truce binds the sides
      // that broke it to each other.
      if (!nominal && !reciprocal && root >= 10)
        if (const int o = tree.Child(v, "obj"); o >= 0)
          reciprocal = Equals(tree.lemma(o), "ceasefire") || Equals(tree.lemma(o), "truce") ||
                       Equals(tree.lemma(o), "cease-fire") || Equals(tree.lemma(o), "armistice");
      // (Also accord, 019: "Israel and Hamas agree first phase of ceasefire deal".)
      // (Not aid, 07x: "Jordan and the UAE airdropped food" gave it to others.)
      // (Not when the clause names another state the act is for: "Germany,
      // the Netherlands and Norway pledged to fund batteries for Ukraine".)
      bool third_party = false;
      if (!best->mutual && !reciprocal && !two_sided_fight)
        for (const ActorMention& m : mentions) {
          if (m.begin >= n || m.kind == ActorKind::kMedia || CountryOfCode(m.code).empty() || !tree.IsWithin(m.begin, v))
            continue;
          // (Named as whom it is for: a place where it happened is no party.)
          const int head_token = PhraseHead(tree, m.begin, m.end);
          if (head_token < 0 || !Equals(tree.CaseOf(head_token), "for")) continue;
          bool among_sources = false;
          for (int sm : sources) among_sources |= CountryOfCode(mentions[sm].code) == CountryOfCode(m.code);
          third_party |= !among_sources;
        }
      // (Nor when a verb of naming names something: "calling the embargo
      // 'a relic'" is no phone call among the subjects.)
      bool naming = false;
      if (!reciprocal && OneOf(kNamingVerbs, tree.lemma(v))) {
        int objects = 0;
        for (int k : tree.kids(v)) objects += tree.rel(k) == "obj" || tree.rel(k) == "xcomp";
        naming = objects >= 2;
      }
      if (naming) {
        if (explain) [[unlikely]] why << "  a verb of naming with what it names: not on each other\n";
      } else if (((root >= 3 && root <= 8 && root != 7) || Equals(event_code, "019")) && third_party) {
        if (explain) [[unlikely]] why << "  a compound subject acting for another state: not on each other\n";
      } else if ((root >= 3 && root <= 8 && root != 7) || Equals(event_code, "019") || best->mutual ||
                 two_sided_fight || reciprocal) {
        targets = sources;
        mutual_subject = true;
        if (explain) [[unlikely]] why << "  compound subject acts mutually\n";
      }
    }
    // "The Kenyan government ended the curfew in Nairobi": when every target
    // is the source itself, the event is one-sided.
    if (!sources.empty() && !targets.empty()) {
      bool dyad = false, other_mention = false;
      for (int sm : sources)
        for (int tm : targets) {
          dyad |= !SameChars(mentions[sm].code, mentions[tm].code);
          other_mention |= mentions[sm].begin != mentions[tm].begin;
        }
      // "Russia withdrew its troops": one's own troops are oneself; its own
      // state organs only ("Putin jailed his opponents" is a dyad).
      bool own_role = true;
      for (int tm : targets) {
        const auto& en = mentions[tm].entries;
        bool organ = false;
        for (std::string_view sector : SectorViews(mentions[tm].code)) organ |= IsStateOrgan(sector);
        // (Or the owner's own kind: a rebel leader's "his fighters" are his group.)
        bool kind_of_owner = false;
        for (int sm : sources) {
          const SectorViews own_sectors(mentions[sm].code);
          bool all = true;
          for (std::string_view sector : SectorViews(mentions[tm].code))
            all &= std::find(own_sectors.begin(), own_sectors.end(), sector) != own_sectors.end();
          kind_of_owner |= all && !own_sectors.empty();
        }
        bool owned = (organ || kind_of_owner) && !en.empty() && en.back().rfind(kOwnedBy, 0) == 0;
        bool same = false;
        const std::string target_country = CountryOfCode(mentions[tm].code);
        for (int sm : sources) same |= SameChars(CountryOfCode(mentions[sm].code), target_country);
        own_role &= owned && same;
      }
      if (own_role) dyad = false;
      if (!dyad && other_mention) {
        targets.clear();
        if (explain) [[unlikely]] why << "  target is the source itself: one-sided\n";
      }
    }
    // "al-Shabab is claiming responsibility for a deadly attack targeting
    // non-Muslims ... in Kenya's capital": the claim's target is the one
    // the act was aimed at, the first actor with a country in the
    // for-phrase that is not the claimant's.
    if (StartsWith(event_code, "015") && targets.empty() && !sources.empty()) {
      std::vector<int> hosts = {v};
      for (int k : tree.kids(v))
        if (tree.rel(k) == "obj") hosts.push_back(k);
      int phrase = -1;
      for (int h : hosts)
        for (int k : tree.kids(h))
          if (phrase < 0 && (BaseRel(tree.rel(k)) == "obl" || BaseRel(tree.rel(k)) == "nmod") &&
              Equals(tree.CaseOf(k), "for"))
            phrase = k;
      if (phrase >= 0) {
        std::string own = CountryOfCode(mentions[sources.front()].code);
        for (int t = phrase; t < n && targets.empty(); ++t) {
          int m = mention_at[t];
          if (m < 0 || StartsWith(mentions[m].code, "---") || CountryOfCode(mentions[m].code) == own) continue;
          int up = t;
          while (up >= 0 && up != phrase) up = tree.head(up);
          if (up == phrase) targets.push_back(m);
        }
        if (!targets.empty() && explain) [[unlikely]] why << "  target: whom the claimed act was aimed at\n";
      }
    }
    // A claim of responsibility (015) is one only for one's own act: "the US
    // claimed that ISIL had attacked Iraq" accuses ISIL (112).
    if (StartsWith(event_code, "015") && best_xcomp >= 0 && !sources.empty()) {
      std::vector<int> actors;
      for (int m : resolve(subject_token(best_xcomp, 0)))
        if (mentions[m].kind != ActorKind::kMedia && !StartsWith(mentions[m].code, "---")) actors.push_back(m);
      bool own = false;
      for (int x : actors)
        for (int sm : sources) own |= CountryOfCode(mentions[x].code) == CountryOfCode(mentions[sm].code);
      if (!actors.empty() && !own) {
        event_code = "112";
        targets = actors;
        if (explain) [[unlikely]] why << "  claims another's act: accusation 112\n";
      }
    }
    // Claims about force: "The US claimed that ISIL had attacked Iraq" is the
    // US accusing ISIL (112), besides ISIL's attack; "Russia said it had
    // attacked Ukraine" is Russia claiming responsibility (015).
    {
      int act = nominal ? governor : v;
      int root_now = RootOf(event_code);
      int say = act >= 0 && tree.rel(act) == "ccomp" ? tree.head(act) : -1;
      if (say >= 0 && root_now >= 14 && root_now <= 20 && !sources.empty() && OneOf(kClaimVerbs, tree.lemma(say))) {
        std::vector<int> sayers;
        // (Media report, they do not claim: "..., Syrian state media reported".)
        auto media = [&](const ActorMention& a) {
          if (a.kind == ActorKind::kMedia) return true;
          for (std::string_view sector : SectorViews(a.code))
            if (sector == "MED") return true;
          return false;
        };
        for (int m : resolve(subject_token(say, 0)))
          if (!media(mentions[m]) && !StartsWith(mentions[m].code, "---")) sayers.push_back(m);
        bool self = false;
        for (int x : sayers)
          for (int sm : sources) self |= CountryOfCode(mentions[x].code) == CountryOfCode(mentions[sm].code);
        // "The RSF said its fighters had taken the camp": a role the
        // speaker owns ("its", "their") is the speaker's own side.
        for (int sm : sources) {
          const ActorMention& src = mentions[sm];
          if (!StartsWith(src.code, "---")) continue;
          for (int t = src.begin; t < src.end && t < n; ++t)
            for (int k : tree.kids(t))
              self |= tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON") && !Equals(tree.lemma(k), "my");
        }
        // "South Korea's Joint Chiefs of Staff said troops fired warning
        // shots": forces named with no country of their own, reported by a
        // state's organ, are that state's.
        for (int sm : sources) {
          ActorMention& src = mentions[sm];
          if (src.code != "---MIL" && src.code != "---COP") continue;
          for (int x : sayers) {
            const std::string& code = mentions[x].code;
            const std::string c = CountryOfCode(code);
            if (c.empty() || !IsStateCode(code)) continue;
            // (Not forces acting on that state: "The jets flew into Estonian
            // airspace, the Estonian military said" were Russia's.)
            bool on_it = false;
            for (int tm : targets) {
              const std::string& t = mentions[tm].code;
              on_it |= CountryOfCode(t) == c && IsStateCode(t);
            }
            if (on_it) continue;
            src.code = c + src.code.substr(3);
            src.entries.push_back("forces reported by their state's organ: " + code);
            self = true;
            break;
          }
        }
        // Only force is claimed ("said it had attacked"); an official who
        // reports his own state's arrest or sanction claims nothing.
        // A claim is about oneself ("said it attacked", "Russia said Russia
        // ..."): "the U.S. Central Command said the United States launched an
        // air strike" is a military command reporting its state's act.
        bool about_oneself = Equals(tree.lemma(say), "claim");
        int act_subj = subject_token(act, 0);
        if (act_subj >= 0 && Equals(tree.upos(act_subj), "PRON")) about_oneself = true;
        // (The same name, not only the same code: "Israeli warplanes pounded
        // targets, the military said" is the military reporting its forces' act.)
        for (int x : sayers)
          for (int sm : sources)
            about_oneself |= mentions[x].code == mentions[sm].code &&
                             Lower(SpanText(s, mentions[x].begin, mentions[x].end)) ==
                                 Lower(SpanText(s, mentions[sm].begin, mentions[sm].end));
        if (self && (root_now < 18 || !about_oneself)) {
          if (explain) [[unlikely]] why << "  reported by its own side: no claim\n";
        } else if (self && !Equals(tree.lemma(say), "claim")) {
          // "The army said it had struck ...": a side reporting its own
          // strike; annotators code the strike alone. Only an explicit claim
          // ("claimed it had ...") is a claim of responsibility.
          if (explain) [[unlikely]] why << "  reports its own act: no claim\n";
        } else if (self) {
          // The act is reported too; the claim is its own event.
          for (int x : sayers) {
            if (!seen.Insert(mentions[x].code, "", "015")) continue;
            add_event(mentions[x], targets.empty() ? nullptr : &mentions[targets.front()], "015", say,
                      "claim of one's own use of force: responsibility (015)", "claims its own act");
          }
        } else if (root_now >= 17) {
          // (A show of force or a protest reported by others is a report, not
          // an accusation: "South Korea said the North test-fired missiles".)
          for (int x : sayers)
            for (int sm : sources) {
              const ActorMention& a = mentions[x];
              const ActorMention& b = mentions[sm];
              if (a.code == b.code || !seen.Insert(a.code, b.code, "112")) continue;
              add_event(a, &b, "112", say, "claim that another used force: accusation (112)",
                        "claim about another's use of force");
            }
        }
      }
    }
    // An imported dictionary's transformations ("~ a (a b ATTACK) SAY = a b
    // 015"): the act of a clause the pattern took in, seen through the
    // governing verb ("Obama and Putin said they will attack Iraq" is their
    // 015; "Obama wants Putin to attack Switzerland" an appeal to Putin, 021).
    if (best_xcomp >= 0 && !own_codes_.empty() && !sources.empty() && !Equals(event_code, "---")) [[unlikely]] {
      auto own = own_codes_.find(std::string(lemma));
      if (own != own_codes_.end()) {
        std::vector<int> doers;
        for (int m : resolve(subject_token(best_xcomp, 0)))
          if (mentions[m].kind != ActorKind::kMedia) doers.push_back(m);
        bool same = false;
        for (int x : doers)
          for (int sm : sources)
            same |= x == sm || CountryOfCode(mentions[x].code) == CountryOfCode(mentions[sm].code);
        const char doer = doers.empty() ? '_' : same ? 'a' : 'b';
        // The clause's act is its verb's own code ("attack": 190), as
        // PETRARCH 2 codes the clause before the governing verb; else the
        // pattern's.
        auto act_own = own_codes_.find(std::string(tree.lemma(best_xcomp)));
        const std::string act = act_own != own_codes_.end() ? act_own->second : event_code;
        for (const VerbTransformation& t : dicts_.transformations) {
          if (!CodeUnder(t.outer_code, own->second) || !CodeUnder(t.inner_code, act)) continue;
          // (The subject's own act also reads as an act with no other doer.)
          if (t.inner_source != doer && !(doer == 'a' && t.inner_source == '_')) continue;
          if (t.inner_target == 'b' && targets.empty()) continue;
          const std::vector<int> b = t.inner_source == 'b' ? doers : targets;
          const std::vector<int> a = sources;
          if (explain) [[unlikely]]
            why << "  transformation " << t.origin << ": " << t.text << " (" << event_code << " -> "
                << (t.result_code == "Q" ? event_code : t.result_code) << ")\n";
          // ("Q": the act as the pattern coded it, which may say more than
          // the clause's verb: "said it hoped" is 013, not HOPE's own 020.)
          if (t.result_code != "Q") event_code = t.result_code;
          sources = t.result_source == 'a' ? a : b;
          targets = t.result_target == 'b' ? b : a;
          break;
        }
      }
    }
    // A state's organ does not talk to, cooperate with, praise or accuse its
    // own country named bare (roots 01-13): "Putin invited Trump to Moscow",
    // "bans on travel to Canada", "conspiring against the United States" name
    // a place or the victim, not the other side. (Force and coercion at home,
    // 14-20, stay: "the government imposed a curfew in Tanzania".)
    // Only when the sentence names an actor of another country, the likely
    // other side: "Obama expressed sorrow for the shootings in South
    // Carolina" is coded USAGOV -> USA by PETRARCH's gold, as at home.
    // (Not when an imported pattern's markers place the actors: "- + HOSTING
    // * TABASKI ^ $" says so on purpose.)
    // (Asked last: an imported pattern lists a dozen target slots.)
    auto marked_target = [&] {
      if (best->foreign && !best->src.empty()) return true;  // a "$" marker placed the source
      for (const std::string& slot : best->tgt)
        if (StartsWith(slot, "next:")) return true;
      return false;
    };
    bool foreign_actor = false;
    if (!targets.empty() && !sources.empty() && RootOf(event_code) >= 1 && RootOf(event_code) <= 13 &&
        !marked_target()) {
      const std::string home = CountryOfCode(mentions[sources.front()].code);
      for (const ActorMention& m : mentions) {
        const std::string c = CountryOfCode(m.code);
        foreign_actor |= !c.empty() && !SameChars(c, home) && m.begin < n;
      }
    }
    if (foreign_actor) {
      auto own_bare = [&](int tm) {
        const ActorMention& t = mentions[tm];
        if (t.code.size() != 3) return false;
        for (int sm : sources)
          if (mentions[sm].code.size() <= 3 || CountryOfCode(mentions[sm].code) != t.code) return false;
        return true;
      };
      const size_t before = targets.size();
      targets.erase(std::remove_if(targets.begin(), targets.end(), own_bare), targets.end());
      if (targets.size() != before && explain) [[unlikely]] why << "  target: not the source's own country, named bare\n";
    }
    // "strikes on boats in the Caribbean": a world region is where force was
    // used, not whom it was used on.
    if (RootOf(event_code) >= 18 && RootOf(event_code) <= 20)
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](int m) { return OneOf(kRegionCodes, std::string_view(mentions[m].code)); }),
                    targets.end());
    if (OneOf(kTellingVerbs, tree.lemma(v))) {
      const size_t before = targets.size();
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](int m) {
                                     const ActorMention& t = mentions[m];
                                     if (t.code.ends_with("MED"))
                                       return t.begin < n && OneOf(kPressWords, Lower(tree.form(t.begin)));
                                     // (Likewise one's own parliament: "Tusk told parliament".)
                                     if (!t.code.ends_with("LEG") || sources.empty()) return false;
                                     const std::string_view country = CountryPrefixOf(t.code);
                                     return country.empty() ||
                                            country == CountryPrefixOf(mentions[sources.front()].code);
                                   }),
                    targets.end());
      if (targets.size() != before && explain) [[unlikely]] why << "  target: the press or parliament told is the audience\n";
    }
    // "India blamed Pakistan ... and downgraded diplomatic ties, suspending a
    // water-sharing treaty": an act on relations named with no partner,
    // joined to an act on an actor (or the -ing clause of one so joined), is
    // on that actor.
    if (!sources.empty() && targets.empty() && !nominal && !Equals(event_code, "---")) {
      const int o = tree.Child(v, "obj");
      if (o >= 0 && OneOf(kRelationNouns, tree.lemma(o))) {
        int up = v;
        for (int hops = 0; hops < 3 && up >= 0; ++hops) {
          const Rel r = tree.rel(up);
          const bool joined = r == "conj" || (BaseRel(r) == "advcl" && Equals(tree.xpos(up), "VBG") && up > 0 &&
                                               Equals(tree.form(up - 1), ","));
          if (!joined) break;
          up = tree.head(up);
          const int partner = up >= 0 ? tree.Child(up, "obj") : -1;
          if (partner >= 0 && mention_at[partner] >= 0 && !StartsWith(mentions[mention_at[partner]].code, "---") &&
              std::none_of(sources.begin(), sources.end(), [&](int sm) {
                return CountryOfCode(mentions[sm].code) == CountryOfCode(mentions[mention_at[partner]].code);
              })) {
            targets.push_back(mention_at[partner]);
            if (explain) [[unlikely]] why << "  target: the partner of the act it is joined to\n";
            break;
          }
        }
      }
    }
    // "The UN General Assembly called for an end to the US economic embargo
    // on Cuba": a call or demand to ease sanctions (0254, 1054) naming no one
    // is made of the state that imposed them (named on them).
    if (!sources.empty() && targets.empty() && (Equals(event_code, "0254") || Equals(event_code, "1054"))) {
      static constexpr WordList kSanctionNouns{"embargo", "sanction", "tariff", "blockade", "boycott", "ban"};
      for (int t = 0; t < n && targets.empty(); ++t) {
        if (!OneOf(kSanctionNouns, tree.lemma(t)) || !tree.IsWithin(t, v)) continue;
        for (int k : tree.kids(t)) {
          if (k > t || mention_at[k] < 0 ||
              (tree.rel(k) != "amod" && tree.rel(k) != "compound" && tree.rel(k) != "nmod:poss"))
            continue;
          if (another_state(mentions[mention_at[k]])) {
            targets.push_back(mention_at[k]);
            if (explain) [[unlikely]] why << "  target: who imposed the " << tree.lemma(t) << "\n";
            break;
          }
        }
      }
    }
    // "Qatar, which brokered a ceasefire between the two sides in October,
    // offered to host a new round of talks": an offer to mediate or host
    // (039) naming no one is to the sides its sentence names.
    if (!sources.empty() && targets.empty() && StartsWith(event_code, "039")) {
      for (const ActorMention& m : mentions) {
        if (m.code.find('/') == std::string::npos || m.end > n) continue;
        const int h = PhraseHead(tree, m.begin, m.end);
        if (h < 0) continue;
        for (int side : resolve(h))
          if (std::none_of(sources.begin(), sources.end(), [&](int sm) { return mentions[sm].code == mentions[side].code; }))
            targets.push_back(side);
        if (!targets.empty()) {
          if (explain) [[unlikely]] why << "  target: the sides its sentence names\n";
          break;
        }
      }
    }
    // "Burundi's government said Rwandan artillery had shelled its territory
    // ..., which Kigali denied": a denial of what the sentence reports answers
    // the reporting speaker.
    if (!sources.empty() && targets.empty() && Equals(event_code, "016")) {
      const int o = tree.Child(v, "obj");
      int root = 0;
      while (root < n && tree.head(root) >= 0) ++root;
      const int speaker = root < n && OneOf(kReportVerbs, tree.lemma(root)) ? tree.Child(root, "nsubj") : -1;
      if (o >= 0 && Equals(tree.lemma(o), "which") && speaker >= 0 && speaker < v && mention_at[speaker] >= 0) {
        const ActorMention& s0 = mentions[mention_at[speaker]];
        if (!CountryOfCode(s0.code).empty() && CountryOfCode(s0.code) != CountryOfCode(mentions[sources.front()].code)) {
          targets.push_back(mention_at[speaker]);
          if (explain) [[unlikely]] why << "  target: the sentence's speaker, whose report is denied\n";
        }
      }
    }
    // "Chadema said around 700 people had been killed ... Government
    // spokesman Msigwa dismissed the figure as hugely exaggerated": a denial
    // naming no one answers the previous sentence's speaker.
    // (Only what was said is denied so: "the figure", "the claims"; a bare
    // "denied involvement" answers an accusation, or no one.)
    static constexpr WordList kSaidThings{"figure", "toll", "estimate", "claim", "report", "account",
                                          "allegation", "accusation", "charge", "assertion"};
    if (!sources.empty() && targets.empty() && Equals(event_code, "016") && ctx && ctx->last_subjects.size() == 1 &&
        tree.Child(v, "obj") >= 0 && OneOf(kSaidThings, tree.lemma(tree.Child(v, "obj"))) &&
        ctx->last_subjects.front().code != mentions[sources.front()].code &&
        !StartsWith(ctx->last_subjects.front().code, "---")) {
      targets.push_back(stand_in(ctx->last_subjects.front(), v, "denied: the previous sentence's speaker"));
      if (explain) [[unlikely]] why << "  target: the previous sentence's speaker, whose claim is denied\n";
    }
    // "adopted a resolution calling for a swift end to the war between Russia
    // and Ukraine": an appeal for an end to fighting between two sides is an
    // appeal to both to de-escalate (0256).
    if (!sources.empty() && targets.empty() && RootOf(event_code) == 2) {
      static constexpr WordList kEndNouns{"end", "halt", "cessation", "stop", "ceasefire", "de-escalation", "truce"};
      static constexpr WordList kFightNouns{"war", "fighting", "conflict", "hostility", "violence", "clash", "battle"};
      for (int k : tree.kids(v)) {
        if (BaseRel(tree.rel(k)) != "obl" || !Equals(tree.CaseOf(k), "for") || !OneOf(kEndNouns, tree.lemma(k))) continue;
        for (int f : tree.kids(k)) {
          if (BaseRel(tree.rel(f)) != "nmod" || !OneOf(kFightNouns, tree.lemma(f))) continue;
          for (int b : tree.kids(f))
            if (BaseRel(tree.rel(b)) == "nmod" && Equals(tree.CaseOf(b), "between"))
              for (int m : resolve(b)) targets.push_back(m);
        }
        if (targets.size() < 2) {
          targets.clear();
          continue;
        }
        if (event_code.size() == 3 && event_code[2] == '0') event_code = "0256";
        if (explain) [[unlikely]] why << "  target: the two sides of the fighting whose end is asked for (0256)\n";
        break;
      }
    }
    // "Afghan border forces fired mortars at Pakistani posts, and Pakistani
    // troops returned fire": a reply in force names no target; it is aimed at
    // the side that last used force, of another country (this sentence's
    // attacker, else the article's latest).
    // ("police responded with tear gas" (175): at the rioters of the
    // sentence, of any country.)
    if (!sources.empty() && targets.empty() && RootOf(event_code) >= 17 && RootOf(event_code) <= 20) {
      const std::string_view l = tree.lemma(v);
      const int o = tree.Child(v, "obj");
      const int prt = tree.Child(v, "compound:prt");
      const bool repression = RootOf(event_code) == 17 && Equals(l, "respond");
      const bool reply = repression || Equals(l, "retaliate") ||
                         (Equals(l, "return") && o >= 0 && Equals(tree.lemma(o), "fire")) ||
                         (prt >= 0 && Equals(tree.lemma(prt), "back"));
      std::optional<ActorMention> replied_to;
      if (reply) {
        const std::string& replier = mentions[sources.front()].code;
        const std::string own = CountryOfCode(replier);
        // Whom a reply of this sentence answers: a riot's makers (root 14)
        // for repression, else a user of force of another country.
        auto answered = [&](const Event& e) {
          if (repression) return RootOf(e.cameo) == 14 && e.source.code != replier;
          const std::string by = CountryOfCode(e.source.code);
          return !e.one_sided && RootOf(e.cameo) >= 18 && RootOf(e.cameo) <= 20 && !by.empty() && by != own;
        };
        if (repression || !own.empty())
          for (auto it = events.events->rbegin(); it != events.events->rend() && it->sentence == index && !replied_to; ++it) {
            if (!answered(*it)) continue;
            for (const ActorMention& m : mentions)
              if (m.code == it->source.code && m.begin == it->source.span.begin) replied_to = m;
          }
        // (Force answers the article's latest attacker too; repression only
        // the sentence's rioters.)
        if (!replied_to && ctx && !repression && !own.empty())
          for (const std::optional<ActorMention>* maker : {&ctx->last_attacker, &ctx->earlier_attacker})
            if (!replied_to && *maker && !StartsWith((*maker)->code, "---") && CountryOfCode((*maker)->code) != own)
              replied_to = **maker;
      }
      if (replied_to) {
        targets.push_back(stand_in(*replied_to, v, "replied to: the latest attacker of another country"));
        if (explain) [[unlikely]] why << "  target: a reply in force is at the latest attacker of another country\n";
      }
    }
    // "Lin Jian dismissed Hanoi's demand", "Pyongyang rejected Seoul's offer
    // of talks": a demand, offer or call with no target of its own was made
    // to whoever answers it, when that is another state.
    if (!sources.empty() && targets.empty() && nominal && tree.rel(v) == "obj" && tree.head(v) >= 0 &&
        OneOf(kAnswerVerbs, tree.lemma(tree.head(v)))) {
      const int subj = tree.Child(tree.head(v), "nsubj");
      if (subj >= 0) {
        SmallInts answerers = resolve(subj);
        if (!answerers.empty() &&
            std::all_of(answerers.begin(), answerers.end(), [&](int am) { return another_state(mentions[am]); })) {
          for (int am : answerers) targets.push_back(am);
          if (explain) [[unlikely]] why << "  target: who answers it (the subject of '" << tree.lemma(tree.head(v)) << "')\n";
        }
      }
    }
    // "tariffs imposed by Trump over New Delhi's purchases of Russian oil":
    // sanctions and coercion (16-17) with no target are on the state whose
    // conduct they answer ("over" a thing it owns).
    if (!sources.empty() && targets.empty() && (RootOf(event_code) == 16 || RootOf(event_code) == 17)) {
      // ("EU adopts new Russia sanctions": the state named on the sanctions.)
      if (const int o = nominal ? -1 : tree.Child(v, "obj"); o >= 0)
        for (int k : tree.kids(o)) {
          if ((tree.rel(k) != "compound" && tree.rel(k) != "amod") || mention_at[k] < 0 || k > o) continue;
          const ActorMention& m = mentions[mention_at[k]];
          if (m.code.size() == 3 && another_state(m) && targets.empty()) {
            targets.push_back(mention_at[k]);
            if (explain) [[unlikely]] why << "  target: the state named on the " << tree.lemma(o) << "\n";
          }
        }
      for (int t = 0; t < n && targets.empty(); ++t) {
        if (!Equals(tree.CaseOf(t), "over") || !tree.IsWithin(t, v)) continue;
        const int owner = tree.Child(t, "nmod:poss");
        if (owner < 0 || mention_at[owner] < 0) continue;
        if (another_state(mentions[mention_at[owner]])) {
          targets.push_back(mention_at[owner]);
          if (explain) [[unlikely]] why << "  target: whose conduct it answers (\"over\" its " << tree.lemma(t) << ")\n";
        }
      }
    }
    // "Britain pledged £1 million in emergency funding for Afghanistan":
    // cooperation (03-08) with no target is with the state the clause names
    // as whom it is for.
    if (!sources.empty() && targets.empty() && !nominal && RootOf(event_code) >= 3 && RootOf(event_code) <= 8) {
      int beneficiary = -1;
      for (int mi = 0; mi < static_cast<int>(mentions.size()) && beneficiary < 0; ++mi) {
        const ActorMention& m = mentions[mi];
        if (m.begin >= n || m.kind == ActorKind::kMedia || !another_state(m) || !tree.IsWithin(m.begin, v)) continue;
        const int head_token = PhraseHead(tree, m.begin, m.end);
        if (head_token >= 0 && Equals(tree.CaseOf(head_token), "for")) beneficiary = mi;
      }
      if (beneficiary >= 0) {
        targets.push_back(beneficiary);
        if (explain) [[unlikely]] why << "  target: the state it is for\n";
      }
    }
    // "Iran and the IAEA signed an agreement ... following talks mediated by
    // Egypt", "Ukraine and Russia swap prisoners in UAE-brokered deal": a
    // mediation with no target is between the sides of the clause whose talks
    // or deal it brokered (that clause's subject, two actors or more).
    // (So is hosting: "signed the document at a ceremony hosted by Egyptian
    // Foreign Minister Badr Abdelatty" hosts the signers.)
    static constexpr WordList kHostedThings{"ceremony", "meeting", "summit", "talk", "conference",
                                            "session", "signing", "round", "negotiation", "dinner"};
    const bool hosted_thing = StartsWith(event_code, "043") && tree.head(v) >= 0 &&
                              OneOf(kHostedThings, tree.lemma(tree.head(v)));
    if (!sources.empty() && targets.empty() && (StartsWith(event_code, "045") || hosted_thing) && !nominal &&
        (tree.rel(v) == "acl" || tree.rel(v) == "amod")) {
      // (Up to the first verb with a subject: "following talks" hangs the
      // talks on a verb of its own.)
      int clause = tree.head(v);
      for (int hops = 0; clause >= 0 && hops < 5 && !(Equals(tree.upos(clause), "VERB") && tree.Child(clause, "nsubj") >= 0);
           ++hops)
        clause = tree.head(clause);
      const int subj = clause >= 0 ? tree.Child(clause, "nsubj") : -1;
      if (subj >= 0) {
        SmallInts sides = resolve(subj);
        // (Sides of no country may be any.)
        const bool distinct = sides.size() >= 2 && std::all_of(sides.begin(), sides.end(), [&](int sm) {
          return CountryOfCode(mentions[sm].code).empty() || another_state(mentions[sm]);
        });
        if (distinct) {
          for (int sm : sides) targets.push_back(sm);
          if (explain) [[unlikely]] why << "  target: the sides of the clause the mediated talks or deal belong to\n";
        }
      }
    }
    // "Orban phoned Dodik to express his full support": an act in a purpose
    // clause that names no one is aimed at whom the verb it serves acts on.
    // (A contact's purpose, a statement or cooperation: roots 01-05.)
    static constexpr WordList kContactVerbs{"phone", "call", "telephone", "visit", "write", "host",
                                            "receive", "contact", "summon"};
    if (!sources.empty() && targets.empty() && !nominal && tree.head(v) >= 0 && BaseRel(tree.rel(v)) == "advcl" &&
        RootOf(event_code) >= 1 && RootOf(event_code) <= 5 && OneOf(kContactVerbs, tree.lemma(tree.head(v))) &&
        tree.Child(v, "mark") >= 0 && Equals(tree.lemma(tree.Child(v, "mark")), "to")) {
      if (const int o = tree.Child(tree.head(v), "obj"); o >= 0) {
        for (int tm : resolve(o)) {
          bool among_sources = false;
          for (int sm : sources) among_sources |= mentions[sm].code == mentions[tm].code;
          if (!among_sources && !StartsWith(mentions[tm].code, "---")) targets.push_back(tm);
        }
        if (!targets.empty() && explain) [[unlikely]]
          why << "  target: whom the verb this clause is the purpose of acts on\n";
      }
    }
    // One-sided events ("Pyongyang launched an ICBM", "Iran denied any
    // involvement"): a source with no target actor is coded, marked
    // one_sided. The pipeline keeps those of a bare agent ("officials said")
    // only when the record does not require a dyad (PETRARCH require_dyad).
    if (!sources.empty() && targets.empty() && !Equals(event_code, "---")) {
      if (best->needs_target) {
        if (explain) [[unlikely]] why << "  not coded: the pattern needs a target actor (dyad=yes)\n";
        continue;
      }
      for (int sm : sources) {
        const ActorMention& a = mentions[sm];
        if (a.kind == ActorKind::kMedia) continue;
        if (!seen.Insert(a.code, "", event_code)) continue;
        add_event(a, nullptr, event_code, v, pattern_labels_[best_pid], "one-sided: no target actor");
      }
      continue;
    }
    // "Bessent and He Lifeng signed the deal ... at the end of two days of
    // talks": talks naming no one, in a phrase of the act of two coordinated
    // subjects, are between those two.
    if (nominal && sources.empty() && targets.empty() && RootOf(event_code) == 4) {
      int verb = -1;
      for (int up = v, hops = 0; hops < 3 && up >= 0 && verb < 0; ++hops) {
        const Rel r = BaseRel(tree.rel(up));
        if (r != "obl" && r != "nmod") break;
        up = tree.head(up);
        if (up >= 0 && Equals(tree.upos(up), "VERB")) verb = up;
      }
      // (Talks "mediated by Qatar" are the mediator's (045): the codebook's
      // precedence over the parties' own 046.)
      bool mediated = false;
      for (int k : tree.kids(v))
        mediated |= BaseRel(tree.rel(k)) == "acl" &&
                    (Equals(tree.lemma(k), "mediate") || Equals(tree.lemma(k), "broker") || Equals(tree.lemma(k), "facilitate"));
      const int subj = verb >= 0 && !mediated ? tree.Child(verb, "nsubj") : -1;
      if (subj >= 0 && tree.Child(subj, "conj") >= 0) {
        const SmallInts sides = resolve(subj);
        if (sides.size() == 2 && CountryOfCode(mentions[sides[0]].code) != CountryOfCode(mentions[sides[1]].code) &&
            !CountryOfCode(mentions[sides[0]].code).empty() && !CountryOfCode(mentions[sides[1]].code).empty()) {
          if (explain) [[unlikely]] why << "  talks between the two subjects of '" << tree.tok(verb).form << "'\n";
          for (int k = 0; k < 2; ++k) {
            const ActorMention& a = mentions[sides[k]];
            const ActorMention& b = mentions[sides[1 - k]];
            if (seen.Insert(a.code, b.code, event_code))
              add_event(a, &b, event_code, v, pattern_labels_[best_pid], "talks between the subjects of the act they end in");
          }
          continue;
        }
      }
    }
    if (sources.empty() || targets.empty()) {
      if (explain) [[unlikely]] why << "  not coded: needs a source and a target\n";
      continue;
    }
    // "Kenyan opposition supporters protested against the government": a
    // state institution named without its country belongs to the country of a
    // domestic non-state actor on the other side.
    // Returns `bare` itself when it borrows nothing (most pairs), else the
    // changed copy made in `borrowed`: a copy of a mention and its entry
    // strings for every pair cost more than the test.
    auto borrow = [&](const ActorMention& bare, const ActorMention& other,
                      ActorMention& borrowed) -> const ActorMention& {
      if (!StartsWith(bare.code, "---") || bare.code.size() < 6) return bare;
      std::string country = CountryOfCode(other.code);
      if (!IsStateOrgan(std::string_view(bare.code).substr(3, 3)) || country.empty() || other.code.size() < 6)
        return bare;
      // (The other side is itself a state actor.)
      if (IsStateOrgan(std::string_view(other.code).substr(3, 3))) return bare;
      // (Nor when its country is named as a nationality, most often a
      // foreigner's: "prosecutors charged two Ukrainian citizens".)
      if (other.end <= n && other.end > 0 &&
          (Equals(tree.lemma(other.end - 1), "citizen") || Equals(tree.lemma(other.end - 1), "national")))
        return bare;
      // Not a role qualified in its own phrase: "threatened to fight any
      // foreign forces" are no one's own.
      for (int t = bare.begin; t < bare.end && t < n; ++t)
        for (int k : tree.kids(t))
          if ((k < bare.begin || k >= bare.end) && BaseRel(tree.rel(k)) == "amod") return bare;
      // Not when the article has named an international body of that kind:
      // "The court also issued a warrant for Hamas's military chief" after
      // the International Criminal Court.
      if (ctx)
        for (const ActorMention& r : ctx->recent)
          if (CountryOfCode(r.code).empty())
            for (std::string_view x : SectorViews(r.code))
              if (x == bare.code.substr(3, 3)) return bare;
      borrowed = bare;
      borrowed.code = country + bare.code.substr(3);
      borrowed.entries.push_back("country from \"" + SpanText(s, other.begin, other.end) +
                                 "\" (same-country institution)");
      return borrowed;
    };
    // "The United States bombed three sites in Iran ... B-2 bombers dropped
    // bombs on Fordow": armed forces named without a country that strike the
    // side the article's latest attack struck are that attacker's.
    auto attackers = [&](const ActorMention& bare, const ActorMention& other,
                         ActorMention& borrowed) -> const ActorMention& {
      if (!ctx || bare.code.size() < 6 || !StartsWith(bare.code, "---MIL") || RootOf(event_code) < 18 ||
          RootOf(event_code) > 20)
        return bare;
      const std::string attacker = CountryOfCode(ctx->last_conflict_pair.first);
      const std::string struck = CountryOfCode(ctx->last_conflict_pair.second);
      if (attacker.empty() || struck.empty() || attacker == struck || CountryOfCode(other.code) != struck) return bare;
      borrowed = bare;
      borrowed.code = attacker + bare.code.substr(3);
      borrowed.entries.push_back("country of the article's latest attacker (" + ctx->last_conflict_pair.first + ")");
      return borrowed;
    };
    // "Georgian police detained five opposition leaders": whom a state's
    // police, courts or government arrest or repress (root 17), named
    // without a country, are of that state (not for armed forces, which
    // also act abroad). So are those its police use force on ("police fired
    // on protesters", roots 18-20).
    auto domestic = [&](const ActorMention& bare, const ActorMention& by,
                        ActorMention& borrowed) -> const ActorMention& {
      const int root = RootOf(event_code);
      if (root < 17 || root > 20 || bare.code.size() != 6 || !StartsWith(bare.code, "---") ||
          IsStateOrgan(std::string_view(bare.code).substr(3, 3)) || by.code.size() < 6)
        return bare;
      const std::string country = CountryOfCode(by.code);
      const std::string_view organ = std::string_view(by.code).substr(3, 3);
      if (country.empty() || !(organ == "COP" || (root == 17 && (organ == "JUD" || organ == "GOV")))) return bare;
      borrowed = bare;
      borrowed.code = country + bare.code.substr(3);
      borrowed.entries.push_back("of the state whose " + std::string(organ) + " acts on them (" + by.code + ")");
      return borrowed;
    };
    auto PlaceOnly = [&](const ActorMention& m) {
      if (m.kind != ActorKind::kCountry && m.kind != ActorKind::kCapital && m.kind != ActorKind::kCity) return false;
      const int head = PhraseHead(tree, m.begin, m.end);
      return head >= 0 && tree.head(head) != v && Equals(tree.CaseOf(head), "in");
    };
    // (Per-thread scratch: each is assigned whole before it is used.)
    thread_local ActorMention borrowed_a, borrowed_b, attacker_a, domestic_b;
    for (int sm : sources) {
      for (int tm : targets) {
        const ActorMention& a = borrow(attackers(mentions[sm], mentions[tm], attacker_a), mentions[tm], borrowed_a);
        const ActorMention& b = borrow(domestic(mentions[tm], mentions[sm], domestic_b), mentions[sm], borrowed_b);
        if (SameChars(a.code, b.code) || sm == tm || (a.begin == b.begin && a.end == b.end && !mutual_subject)) continue;
        if (a.kind == ActorKind::kMedia && !reported_by.empty()) continue;
        // An intent is the subject's alone: "seeking to mend ties with China"
        // says nothing China does.
        // Nor is a place named only as where the verb's object happens a
        // party to it: "attend a summit in Switzerland" is no Swiss hosting
        // ("arrived in New Delhi", on the verb, is India's).
        if (!best->reverse_code.empty() && b.code != a.code && intent_head < 0 && !announced_intent &&
            !PlaceOnly(b)) {
          // "[032:033]": the target -> source event.
          if (seen.Insert(b.code, a.code, best->reverse_code))
            add_event(b, &a, best->reverse_code, v, pattern_labels_[best_pid] + " (reverse)", "");
        }
        if (Equals(event_code, "---")) continue;
        if (!seen.Insert(a.code, b.code, event_code)) continue;
        add_event(a, &b, event_code, v, pattern_labels_[best_pid], "");
      }
    }
  }

  // A specific intent ("plans to visit" -> 036) replaces the intent verb's generic event (030).
  for (const auto& refinement : refinements) {
    const int act = refinement.first, head = refinement.second;  // clang 14 cannot capture bindings
    bool coded = events.Any([&](const Event&, int verb) { return verb == act; });
    if (!coded) continue;
    const std::string generic = coded_verbs[head] ? *coded_verbs[head] : std::string();
    events.EraseIf([&](const Event& e, int verb) { return verb == head && e.cameo == generic; });
  }

  // "The US claimed that ISIL had attacked Iraq and taken Mosul": what is
  // claimed (or alleged) is the claimant's word; once the claim is coded
  // (112 accusing another, 015 claiming one's own act), the act is not.
  // (A plain "said" reports the act: section 5 of docs/coding.md.)
  {
    auto claimed_by = [&](int v) {
      for (int hops = 0; v >= 0 && hops < 4; ++hops, v = tree.head(v)) {
        Rel r = tree.rel(v);
        if (r == "ccomp") {
          int h = tree.head(v);
          return h >= 0 && (Equals(tree.lemma(h), "claim") || Equals(tree.lemma(h), "allege")) ? h : -1;
        }
        if (r != "conj" && r != "obj" && r != "xcomp") return -1;
      }
      return -1;
    };
    auto is_claim = [](const std::string& c) { return StartsWith(c, "112") || Equals(c, "015"); };
    events.EraseIf([&](const Event& e, int verb) {
      if (is_claim(e.cameo)) return false;
      int h = claimed_by(verb);
      if (h < 0) return false;
      return events.Any([&](const Event& c, int c_verb) { return c_verb == h && is_claim(c.cameo); });
    });
  }

  // "Trump was asked by reporters whether he would launch strikes": the press
  // asking questions makes no appeal (as "told reporters" tells no one).
  events.EraseIf([&](const Event& e, int) {
    if (e.source.code != "---MED" || !(StartsWith(e.cameo, "01") || StartsWith(e.cameo, "02"))) return false;
    const int head = e.source.span.end - 1;
    return head >= 0 && head < n &&
           (Equals(tree.lemma(head), "reporter") || Equals(tree.lemma(head), "journalist") ||
            Equals(tree.lemma(head), "correspondent"));
  });

  // "summoned the Afghan ambassador to protest against a reference to
  // Kashmir as part of India": the complaint a summons is for is made to the
  // one summoned (it is the same complaint: one event), whatever its object.
  {
    auto summons_of = [&](int v) {
      Rel r = BaseRel(tree.rel(v));
      int h = tree.head(v);
      // (Also hung on the one summoned: "summoned the ambassador to protest".)
      if (r == "acl" && h >= 0 && tree.rel(h) == "obj") r = Rel("advcl"), h = tree.head(h);
      if (h < 0 || !Equals(tree.lemma(h), "summon") || (r != "xcomp" && r != "advcl")) return -1;
      return r == "xcomp" || (tree.Child(v, "mark") >= 0 && Equals(tree.lemma(tree.Child(v, "mark")), "to")) ? h : -1;
    };
    events.EraseIf([&](const Event& e, int verb) {
      if (verb < 0 || !StartsWith(e.cameo, "11")) return false;
      const int h = summons_of(verb);
      return h >= 0 && events.Any([&](const Event& c, int c_verb) {
        return c_verb == h && c.target && c.source.code == e.source.code && StartsWith(c.cameo, "11");
      });
    });
  }

  // "India vowed to protect its farmers", "will never compromise on the
  // interests of its farmers": what a side says of its own people ("its",
  // "their") is no event between two actors.
  events.EraseIf([&](const Event& e, int) {
    if (!e.target || e.target->span.begin < 0 || e.target->span.end > n) return false;
    bool own_people = false;
    for (int t = e.target->span.begin; t < e.target->span.end && !own_people; ++t)
      for (int k : tree.kids(t))
        own_people |= tree.rel(k) == "nmod:poss" && Equals(tree.upos(k), "PRON") &&
                      (Equals(tree.lemma(k), "its") || Equals(tree.lemma(k), "their") || Equals(tree.lemma(k), "they") ||
                       Equals(tree.lemma(k), "our") || Equals(tree.lemma(k), "we"));
    // ("calling Denmark a good and strong ally": a state organ talks with no
    // one in its own country named bare. Other acts on it are: "the Kenyan
    // government ended the curfew in Nairobi", "Obama expressed sorrow for
    // the shootings in South Carolina".)
    // (Nor does it demand of, threaten, fight or coerce it, roots 10-20:
    // "Sudanese army drones struck ... in Sudan" strike a place, not the
    // country; the gold never holds a state's organ against its own country.)
    if (e.cameo == "040" || e.cameo == "041" || e.cameo == "046" || RootOf(e.cameo) >= 10) {
      const std::string& a = e.source.code;
      const std::string& b = e.target->code;
      auto organ_of = [](const std::string& organ, const std::string& country) {
        return country.size() == 3 && organ.size() >= 6 && CountryOfCode(organ) == country &&
               IsStateOrgan(std::string_view(organ).substr(3, 3));
      };
      if (organ_of(a, b) || organ_of(b, a)) return true;
    }
    if (RootOf(e.cameo) > 13) return false;
    // ("apologized again to Thais": its country's people by their plural name.)
    if (!own_people && e.target->span.end - e.target->span.begin == 1 && e.target->code.size() == 3) {
      const int w = e.target->span.begin;
      const std::string_view x = tree.xpos(w);
      // (A plural name tagged singular: its form is its lemma plus "s".)
      const std::string_view f = tree.form(w), l = tree.lemma(w);
      bool plural_form = !l.empty() && f.size() == l.size() + 1 && (f.back() == 's' || f.back() == 'S');
      for (size_t i = 0; plural_form && i < l.size(); ++i)
        plural_form = std::tolower(static_cast<unsigned char>(f[i])) == std::tolower(static_cast<unsigned char>(l[i]));
      own_people = (x == "NNPS" || x == "NNS" || plural_form) && e.target->code == CountryOfCode(e.source.code) &&
                   e.source.code.size() > 3;
    }
    if (!own_people) return false;
    // (Or a role with no country of its own: "its farmers" are the source's.)
    const std::string own = CountryOfCode(e.source.code);
    return !own.empty() && (own == CountryOfCode(e.target->code) || StartsWith(e.target->code, "---"));
  });

  // "Netanyahu ordered the army to prepare", "Maduro ordered warships to
  // the coast": an order to one's own forces or officials (or to such a role
  // with no country) is a command within a state, no demand (10x) on another.
  events.EraseIf([&](const Event& e, int verb) {
    if (!e.target || verb < 0 || verb >= n || e.cameo.compare(0, 2, "10") != 0) return false;
    const std::string_view l = tree.lemma(verb);
    if (l != "order" && l != "instruct" && l != "direct" && l != "command") return false;
    if (e.target->code.size() < 6) return false;
    const std::string_view organ = std::string_view(e.target->code).substr(3, 3);
    if (!IsStateOrgan(organ)) return false;
    return StartsWith(e.target->code, "---") || CountryOfCode(e.target->code) == CountryOfCode(e.source.code);
  });

  // A bare statement (01x from "say") is dropped when the sentence holds another event.
  auto bare_statement = [](const Event& e, int) { return Equals(e.cameo, "010") || Equals(e.cameo, "01"); };
  bool has_other = events.Any([&](const Event& e, int verb) { return !bare_statement(e, verb); });
  if (has_other) events.EraseIf(bare_statement);

  // A one-sided event repeats a dyadic one of the same source and root:
  // "Beijing summoned the Japanese ambassador to protest the visit" is one
  // protest, to Japan's ambassador.
  events.EraseIf([&](const Event& e, int) {
    if (e.target) return false;
    return events.Any([&](const Event& d, int) {
      return d.target && d.source.code == e.source.code && d.cameo.compare(0, 2, e.cameo, 0, 2) == 0;
    });
  });

  // A consequence clause repeats its verb's act: "Insurgents bombarded part
  // of Aleppo, killing at least eight people" is one attack, on Syria; the
  // victims with no country add no actor.
  // (So do victims given the struck country's code: "struck villages in
  // southern Lebanon, killing two people" is one attack on Lebanon.)
  events.EraseIf([&](const Event& e, int verb) {
    if (!e.target) return false;
    const bool bare = StartsWith(e.target->code, "---");
    const int v = verb;
    if (v < 0 || !Equals(tree.xpos(v), "VBG") || BaseRel(tree.rel(v)) != "advcl") return false;
    return events.Any([&](const Event& d, int d_verb) {
      return d_verb == tree.head(v) && d.target && !StartsWith(d.target->code, "---") &&
             (bare || (e.target->code.size() > 3 && d.target->code.compare(0, 3, e.target->code, 0, 3) == 0)) &&
             d.source.code == e.source.code && d.cameo.compare(0, 2, e.cameo, 0, 2) == 0;
    });
  });

  // A one-sided event of an actor with no country ("officials said") says
  // little on its own; PETRARCH codes it only with require_dyad off. (Not
  // before the rules above, which look at every event of the sentence.)
  if (ctx && ctx->require_dyad)
    events.EraseIf([](const Event& e, int) {
      // (Not a protest by opposition with no country yet: the dateline may
      // give it one, and its government the target.)
      const bool protest = e.cameo.compare(0, 2, "14") == 0 && e.source.code.compare(3, 3, "OPP") == 0;
      return e.one_sided && e.source.code.compare(0, 3, "---") == 0 && !protest;
    });

  for (size_t i = events.first; i < event_list->size(); ++i) {
    Event& e = (*event_list)[i];
    e.sentence_text = s.text;
    for (Actor* actor : {&e.source, e.target ? &*e.target : nullptr}) {
      if (!actor) continue;
      actor->country = CountryOfCode(actor->code);
      actor->sectors = SectorsOfCode(actor->code);
      actor->text = SpanText(s, actor->span.begin, actor->span.end);
    }
  }

  // Remembers `form` as a short name of `m` for later sentences (forgets it
  // when two actors share it).
  auto remember_short_name = [&](const std::string& form, const ActorMention& m) {
    auto known = std::find_if(ctx->short_names.begin(), ctx->short_names.end(),
                              [&](const auto& p) { return p.first == form; });
    if (known == ctx->short_names.end()) {
      ActorMention& named = ctx->short_names.emplace_back(form, ActorMention()).second;
      named.AssignWithFirstEntry(m);
      named.kind = ActorKind::kPerson;
    } else if (known->second.code != m.code) {
      known->second.code.clear();  // two people share it
    }
  };
  // Remember the short forms of the people it names in full: the family
  // name, which East Asian names put first ("Kim Jong Un" -> "Kim").
  for (const auto& m : mentions) {
    if (m.kind != ActorKind::kPerson || m.end > n) continue;
    // The name is the mention's last run of proper nouns ("North Korean
    // leader Kim Jong Un" -> "Kim Jong Un"), of two words or more.
    // (A hyphenated part is one word, whatever its tag: "Lee Jae-myung";
    // a role word is none, tagged as a name or not: "South Korean President".)
    auto role_word = [&](int t) {
      const std::span<const FoldedWord> all = words.words();
      for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].token != t || all[i].agent < 0) continue;
        // A role by itself ("President", "Leader"), not a word of a longer one.
        const int one = all[i].agent;
        const std::vector<int>* values = nullptr;
        if (dicts_.agent_names.LongestMatch([one](size_t) { return one; }, 1, 0, &values) == 1) return true;
      }
      return false;
    };
    int begin = m.end, name_words = 0;
    while (begin > m.begin) {
      const int t = begin - 1;
      if (t - 2 >= m.begin && Equals(s.tokens[t - 1].form, "-") && Equals(s.tokens[t - 2].upos, "PROPN")) {
        begin = t - 2;
      } else if ((Equals(s.tokens[t].upos, "PROPN") ||
                  // (The last word of a person's name may be tagged a noun:
                  // "Bobi Wine".)
                  (t == m.end - 1 && Equals(s.tokens[t].upos, "NOUN") && s.tokens[t].form.size() >= 3 &&
                   s.tokens[t].form[0] >= 'A' && s.tokens[t].form[0] <= 'Z')) &&
                 (!role_word(t) ||
                  // A title that is also a word of names: "Hassan Sheikh Mohamud".
                  (name_words > 0 && t - 1 >= m.begin && Equals(s.tokens[t - 1].upos, "PROPN") &&
                   !role_word(t - 1) && (Equals(s.tokens[t].form, "Sheikh") || Equals(s.tokens[t].form, "Sheik"))))) {
        begin = t;
      } else {
        break;
      }
      ++name_words;
    }
    if (name_words < 2) continue;
    static constexpr WordList kFamilyNameFirst{"CHN", "TWN", "HKG", "MAC", "PRK", "KOR",
                                                            "VNM", "KHM", "MNG", "SGP"};
    const bool first = OneOf(kFamilyNameFirst, CountryPrefixOf(m.code));
    const std::string& form = s.tokens[first ? begin : m.end - 1].form;
    if (form.size() < 3) continue;
    remember_short_name(form, m);
  }
  // "the European Union's ambassador, Pawel Herczynski, ... Herczynski
  // rejected the accusation": a role with a name set off after it, a name
  // no dictionary knows, gives later sentences that name's last word.
  for (const auto& m : mentions) {
    if (m.kind == ActorKind::kPerson || !m.has_agent || m.end + 3 > n || StartsWith(m.code, "---") ||
        m.code.find('/') != std::string::npos || !Equals(s.tokens[m.end].form, ","))
      continue;
    int end = m.end + 1;
    while (end < n && Equals(s.tokens[end].upos, "PROPN")) ++end;
    if (end - (m.end + 1) < 2 || (end < n && !Equals(s.tokens[end].form, ",") && !Equals(s.tokens[end].form, "."))) continue;
    bool named = false;  // (a name the dictionaries know is an actor of its own)
    for (const auto& o : mentions) named |= o.begin < end && o.end > m.end;
    const std::string& form = s.tokens[end - 1].form;
    if (named || form.size() < 3) continue;
    remember_short_name(form, m);
  }
  // The latest dyad of two states, for "the two leaders" later on.
  for (size_t i = events.first; i < event_list->size(); ++i) {
    const Event& e = (*event_list)[i];
    if (!e.target || e.source.code.find('/') != std::string::npos || e.target->code.find('/') != std::string::npos)
      continue;
    const std::string a = CountryOfCode(e.source.code), b = CountryOfCode(e.target->code);
    if (a.empty() || b.empty()) continue;
    if (SameChars(a, b)) {
      // ("Sudan's army ... the RSF ... accused both sides": a civil war's
      // sides are of one country, a state's forces and an armed group.)
      // (Or a truce between them, 087x: "the SDF and the government agreed a
      // ceasefire ... the two sides agreed to resume talks".)
      if ((RootOf(e.cameo) >= 14 || StartsWith(e.cameo, "087")) && e.source.code != e.target->code &&
          (IsArmedGroupCode(e.source.code) || IsArmedGroupCode(e.target->code)) &&
          !StartsWith(e.target->entry, "article: ") && !StartsWith(e.source.entry, "article: "))
        ctx->last_conflict_pair = {e.source.code, e.target->code};
      continue;
    }
    // (A third side acting on the pair named back, "offered to mediate
    // between the two neighbours", leaves the pair as it was.)
    if (StartsWith(e.target->entry, "article: ") || StartsWith(e.source.entry, "article: ")) continue;
    ctx->last_pair = {e.source.code, e.target->code};
    {
      // (Counted by the two states, in code order; the latest moves last.)
      std::pair<std::string, std::string> key{a, b};
      if (key.second < key.first) std::swap(key.first, key.second);
      auto it = std::find_if(ctx->pair_counts.begin(), ctx->pair_counts.end(),
                             [&](const auto& pc) { return pc.countries == key; });
      int count = 1;
      if (it != ctx->pair_counts.end()) {
        count = it->count + 1;
        ctx->pair_counts.erase(it);
      }
      ctx->pair_counts.push_back({std::move(key), ctx->last_pair, count});
    }
    // (The pair's sides in this sentence: the sources it shares a target
    // with, the targets it shares a source with.)
    ctx->last_pair_firsts.clear();
    ctx->last_pair_seconds.clear();
    for (size_t j = events.first; j <= i; ++j) {
      const Event& o = (*event_list)[j];
      if (!o.target || o.cameo != e.cameo) continue;
      auto add = [](std::vector<std::string>* side, const std::string& code) {
        if (std::find(side->begin(), side->end(), code) == side->end()) side->push_back(code);
      };
      if (o.target->code == e.target->code) add(&ctx->last_pair_firsts, o.source.code);
      if (o.source.code == e.source.code) add(&ctx->last_pair_seconds, o.target->code);
    }
    const int root = RootOf(e.cameo);
    if (root >= 14) ctx->last_conflict_pair = ctx->last_pair;
    if ((root >= 6 && root <= 8) || StartsWith(e.cameo, "057")) ctx->last_agreement_pair = ctx->last_pair;
  }
  // The latest attack's maker, for reactions to "the attack" later on: the
  // sentence's first attack on someone named, else its first one-sided one
  // ("Iran fired missiles at the base in Qatar in retaliation for American
  // strikes" is Iran's). The same for sanctions (16x: "the measures").
  // (The sentence's act, then its maker: a mention is copied, with its
  // first entry only, just when the sentence has such an act.)
  auto latest_act = [&](int lowest_root, int highest_root, bool (*counts)(const Event& e)) -> const Event* {
    const Event* act = nullptr;
    for (size_t i = events.first; i < event_list->size(); ++i) {
      const Event& e = (*event_list)[i];
      const int root = RootOf(e.cameo);
      if (root < lowest_root || root > highest_root || StartsWith(e.source.code, "---") || e.source.code.empty())
        continue;
      if (counts && !counts(e)) continue;
      if (!act || (!act->target && e.target)) act = &e;
    }
    return act;
  };
  auto remember_source = [&](const Event& e, std::optional<ActorMention>* maker) {
    auto same = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.code == e.source.code && m.begin == e.source.span.begin && m.end == e.source.span.end;
    });
    ActorMention& actor = maker->emplace();
    if (same != mentions.end()) {
      actor.AssignWithFirstEntry(*same);
    } else {
      actor.code = e.source.code;
      actor.begin = e.source.span.begin;
      actor.end = e.source.span.end;
    }
  };
  auto remember_maker = [&](int lowest_root, int highest_root, std::optional<ActorMention>* maker,
                            bool (*counts)(const Event& e) = nullptr) {
    if (const Event* act = latest_act(lowest_root, highest_root, counts)) remember_source(*act, maker);
  };
  // The same, keeping the one before when the maker changed sides: "the
  // strikes", "the launch" a side reacts to are the other side's.
  auto remember_maker_and_earlier = [&](int lowest_root, int highest_root, std::optional<ActorMention>* latest,
                                        std::optional<ActorMention>* earlier) {
    const Event* act = latest_act(lowest_root, highest_root, nullptr);
    if (!act) return;
    std::optional<ActorMention> before = std::move(*latest);
    remember_source(*act, latest);
    if (before && CountryPrefixOf(before->code) != CountryPrefixOf((*latest)->code)) *earlier = std::move(before);
  };
  remember_maker_and_earlier(18, 20, &ctx->last_attacker, &ctx->earlier_attacker);
  for (size_t i = events.first; i < event_list->size(); ++i) {
    const Event& e = (*event_list)[i];
    const int root = RootOf(e.cameo);
    if (root < 18 || !e.target || StartsWith(e.source.code, "---")) continue;
    std::string victim = CountryOfCode(e.target->code);
    if (victim.empty() || victim == CountryOfCode(e.source.code)) continue;
    auto it = std::find_if(ctx->attackers_of.begin(), ctx->attackers_of.end(),
                           [&](const ArticleContext::AttackerOf& a) { return a.victim == victim; });
    if (it == ctx->attackers_of.end()) it = ctx->attackers_of.insert(ctx->attackers_of.end(), {std::move(victim), {}});
    std::optional<ActorMention> maker;
    remember_source(e, &maker);
    it->attacker = std::move(*maker);
  }
  remember_maker(16, 16, &ctx->last_sanctioner);
  remember_maker_and_earlier(15, 15, &ctx->last_show_of_force, &ctx->earlier_show_of_force);
  // (An incursion: ground taken, 192, or airspace or waters entered, a show
  // of force, 150, by the patterns that name them.)
  remember_maker(15, 19, &ctx->last_intruder, [](const Event& e) {
    return e.cameo == "192" || (e.cameo == "150" && (e.evidence.pattern.find("airspace") != std::string::npos ||
                                                     e.evidence.pattern.find("water") != std::string::npos));
  });
  remember_maker(11, 11, &ctx->last_accuser);
  // (And whom the latest accusation, 112x, named: a denial answers it only
  // from that side.)
  for (size_t i = events.first; i < event_list->size(); ++i) {
    const Event& e = (*event_list)[i];
    if (StartsWith(e.cameo, "112") && e.target && !StartsWith(e.source.code, "---"))
      ctx->last_accused = e.target->code;
  }
  remember_maker(17, 17, &ctx->last_detainer);
  remember_maker(2, 10, &ctx->last_asker, [](const Event& e) { return RootOf(e.cameo) == 2 || RootOf(e.cameo) == 10; });
  remember_maker(3, 3, &ctx->last_offerer);
  // The author of a report the sentence quotes: the subject of its verb of
  // saying, when the report is that verb's in-phrase ("In its annual report,
  // the Commission said") or its own subject is the author's ("the
  // Commission's report said").
  for (int d = 0, scanned = tree.MayHaveLemmaOf(kDocumentNouns) ? n : 0; d < scanned; ++d) {
    if (!kDocumentNouns.Contains(tree.lemma(d), tree.lemma_hash(d)) || !Equals(tree.upos(d), "NOUN")) continue;
    const int verb = tree.head(d);
    // (Any verb the document is the in-phrase of: "In a letter to the
    // Security Council, Egypt's foreign ministry called the inauguration a
    // violation".)
    const bool in_phrase = BaseRel(tree.rel(d)) == "obl" && Equals(tree.CaseOf(d), "in");
    if (verb < 0 || (!in_phrase && !OneOf(kReportVerbs, tree.lemma(verb)))) continue;
    int author = -1;
    if (in_phrase) author = tree.Child(verb, "nsubj");
    else if (BaseRel(tree.rel(d)) == "nsubj") author = tree.Child(d, "nmod:poss");
    const int m = author >= 0 ? mention_under(author, 0) : -1;
    if (m < 0 || StartsWith(mentions[m].code, "---")) continue;
    ctx->last_reporter.emplace().AssignWithFirstEntry(mentions[m]);
    break;
  }
  // (An expulsion of diplomats, 161, too: "backed the expulsion" after "the
  // Czech Republic ordered a Russian diplomat to leave" is the expeller's.)
  remember_maker(16, 17, &ctx->last_expeller, [](const Event& e) {
    const std::string& p = e.evidence.pattern;
    return StartsWith(e.cameo, "174") ||
           (e.cameo == "161" && (p.find(" expel ") != std::string::npos || p.find("persona") != std::string::npos ||
                                 p.find(" order obj=diplomat") != std::string::npos));
  });
  // A move one side makes: no statement, appeal, meeting, praise, demand,
  // criticism, rejection or threat (roots 01, 02, 04, 051, 10-13), which
  // answer or prepare moves. An intent is one ("France will recognise a
  // Palestinian state ... Netanyahu condemned the decision"), but not one to
  // meet (036: an invitation, a planned visit).
  remember_maker(3, 20, &ctx->last_mover, [](const Event& e) {
    const std::string_view code = e.cameo;
    const int root = RootOf(code);
    return root != 4 && !(root >= 10 && root <= 13) && !StartsWith(code, "051") && !StartsWith(code, "036");
  });
  // A group of three or four states named together ("Xi hosted Putin and
  // Kim"), for "the three" later on.
  // (Views into the mentions, at most five: no allocation for the common
  // sentence of one or two actors.)
  {
    std::string_view group[5], leaders[5];
    size_t size = 0, leader_count = 0;
    for (const auto& m : mentions) {
      if (m.kind == ActorKind::kPerson && leader_count <= std::size(leaders)) {
        const std::string_view country = CountryPrefixOf(m.code);
        bool seen = country.empty() || m.code.find('/') != std::string::npos;
        for (size_t g = 0; g < leader_count && g < std::size(leaders); ++g) seen |= leaders[g].substr(0, 3) == country;
        if (!seen) {
          if (leader_count < std::size(leaders)) leaders[leader_count] = m.code;
          ++leader_count;  // (six or more: too many to be "the three")
        }
      }
      const std::string_view country = CountryPrefixOf(m.code);
      if (country.empty() || m.kind == ActorKind::kMedia || m.code.find('/') != std::string::npos) continue;
      // A state: its bare name, or an organ of it.
      if (!IsStateCode(m.code)) continue;
      bool seen_country = false;
      for (size_t g = 0; g < size; ++g) seen_country |= group[g].substr(0, 3) == country;
      if (seen_country) continue;
      if (size == std::size(group)) {
        size = leader_count = 0;  // too many to be "the three"
        break;
      }
      group[size++] = m.code;
    }
    {
      // A list of three or four states the sentence names one after another
      // is the group, among other actors ("UN sanctions on Iran were
      // reimposed after Britain, France and Germany triggered ..."); else
      // all the sentence's states, when three or four.
      auto is_state = [](const ActorMention& m) {
        return !CountryPrefixOf(m.code).empty() && m.kind != ActorKind::kMedia && m.code.find('/') == std::string::npos &&
               IsStateCode(m.code);
      };
      auto joined = [&](int from, int to) {  // tokens between two mentions: only "," "and" "or"
        if (to <= from || to - from > 2) return false;
        for (int t = from; t < to; ++t)
          if (!Equals(s.tokens[t].form, ",") && !Equals(s.tokens[t].form, "and") && !Equals(s.tokens[t].form, "or"))
            return false;
        return true;
      };
      thread_local std::vector<std::string> run;  // (per-thread scratch)
      run.clear();
      int run_end = -1;
      for (const auto& m : mentions) {
        if (m.begin >= n || !is_state(m)) continue;
        if (run.empty() || !joined(run_end, m.begin)) {
          if (run.size() == 3 || run.size() == 4) break;
          run.clear();
        }
        run.push_back(m.code);
        run_end = m.end;
      }
      if (run.size() == 3 || run.size() == 4) ctx->last_group.assign(run.begin(), run.end());
      else if (size == 3 || size == 4) ctx->last_group.assign(group, group + size);
      if (leader_count == 3 || leader_count == 4) ctx->last_leader_group.assign(leaders, leaders + leader_count);
    }
  }
  // The country of the story's election: named on the election noun
  // ("Uganda's election", "the Myanmar vote", "the election in Iraq"), or
  // the subject of holding it ("Myanmar holds second round of election").
  if (ctx->election_story && ctx->election_country.empty())
    for (int t = 0; t < n && ctx->election_country.empty(); ++t) {
      if (!Equals(tree.upos(t), "NOUN") || !kElectionNouns.Contains(tree.lemma(t), tree.lemma_hash(t))) continue;
      auto country_at = [&](int k) -> std::string {
        if (k < 0 || mention_at[k] < 0) return "";
        const ActorMention& m = mentions[mention_at[k]];
        return m.kind == ActorKind::kMedia ? "" : CountryOfCode(m.code);
      };
      for (int k : tree.kids(t)) {
        const Rel r = BaseRel(tree.rel(k));
        if (tree.rel(k) == "nmod:poss" || r == "amod" || r == "compound" || (r == "nmod" && Equals(tree.CaseOf(k), "in")))
          if (std::string c = country_at(k); !c.empty()) {
            ctx->election_country = c;
            break;
          }
      }
      // (Up through a list of nouns: "holds second round of election".)
      int up = t;
      while (up >= 0 && BaseRel(tree.rel(up)) == "nmod" && tree.head(up) >= 0 && Equals(tree.upos(tree.head(up)), "NOUN"))
        up = tree.head(up);
      const int h = tree.head(up);
      if (ctx->election_country.empty() && h >= 0 && tree.rel(up) == "obj" &&
          (Equals(tree.lemma(h), "hold") || Equals(tree.lemma(h), "stage") || Equals(tree.lemma(h), "organise") ||
           Equals(tree.lemma(h), "organize") || Equals(tree.lemma(h), "conduct")))
        ctx->election_country = country_at(tree.Child(h, "nsubj"));
    }
  // An intent (03x) stated by an intention verb was stated when that verb
  // happened: "Putin plans to visit India next month" is of today, not of
  // next month. (Last: the rules above know an event by its own verb.)
  for (size_t i = events.first; i < events.events->size(); ++i) {
    int& verb = (*events.verbs)[i];
    if (verb < 0 || verb >= n || !StartsWith((*events.events)[i].cameo, "03") || tree.rel(verb) != "xcomp") continue;
    const int head = tree.head(verb);
    if (head >= 0 && OneOf(kIntentHeads, tree.lemma(head))) verb = head;
  }
  // Remember this sentence's actors for pronouns in the next ones, and
  // apart the subjects of its main clause: a pronoun subject that opens the
  // next sentence is most often the same actor ("Russia's defence ministry
  // said ... It said it was ready").
  if (!s.is_title) {
    ctx->last_people = {};
    int people = 0;
    for (const auto& m : mentions) {
      // (Each once: "Marles, who criticised" names him twice.)
      if (m.kind != ActorKind::kPerson || CountryOfCode(m.code).empty() || m.end > n ||
          m.code == ctx->last_people.first || m.code == ctx->last_people.second)
        continue;
      if (++people == 1) ctx->last_people.first = m.code;
      else ctx->last_people.second = m.code;
    }
    if (people != 2 || CountryOfCode(ctx->last_people.first) == CountryOfCode(ctx->last_people.second))
      ctx->last_people = {};
  }
  ctx->last_subjects.clear();
  for (const auto& m : mentions) {
    if (StartsWith(m.code, "---") || m.kind == ActorKind::kMedia || m.end > n) continue;
    for (int i = m.begin; i < m.end; ++i) {
      const int h = tree.head(i);
      if (BaseRel(tree.rel(i)) != "nsubj" || (h >= m.begin && h < m.end)) continue;
      if (h >= 0 && (tree.head(h) < 0 || (tree.rel(h) == "conj" && tree.head(tree.head(h)) < 0))) {
        ctx->last_subjects.push_back(m);
        break;
      }
    }
  }
  for (auto& m : mentions) {  // last use of mentions: moved, not copied
    if (StartsWith(m.code, "---")) continue;
    // ("Pakistan's army chief said ... India condemned his remarks".)
    if (m.has_agent && m.kind != ActorKind::kPerson && m.end <= n)
      for (int i = m.begin; i < m.end && !m.office_holder; ++i)
        m.office_holder = Equals(tree.xpos(i), "NN") && OneOf(kOfficeHolders, tree.lemma(i));
    ctx->recent.push_back(std::move(m));
  }
  if (ctx->recent.size() > 16) ctx->recent.erase(ctx->recent.begin(), ctx->recent.end() - 16);
  if (explain) [[unlikely]] *explain += trace_stream->str();
  return;
}

void ApplyPlaceConventions(Event* e) {
  // The event's place: its own clause's, or the dateline's.
  const std::string place = e->location ? e->location->country : "";
  const bool clause_place = e->location && e->location->from == "clause" && !place.empty();
  const std::string source_country = CountryOfCode(e->source.code);
  auto note = [&](const std::string& text) {
    if (!e->evidence.note.empty()) e->evidence.note += "; ";
    e->evidence.note += text;
  };
  if (StartsWith(e->cameo, "14") && !source_country.empty()) {
    // The state does not protest against itself: a government, army, police,
    // court or bare country that "protested" made a complaint, not a demonstration.
    bool state = e->source.code.size() <= 3;
    for (const char* k : {"GOV", "MIL", "COP", "SPY", "JUD"})
      state |= e->source.code.size() >= 6 && e->source.code.compare(3, 3, k) == 0;
    if (!e->target && !state && (place.empty() || place == source_country)) {
      // No one else protested against: the protest is aimed at the government.
      e->target.emplace();
      e->target->code = source_country + "GOV";
      e->one_sided = false;
      note("domestic protest: target the government of its country");
    } else if (e->target && clause_place && source_country == place && e->target->code == place) {
      e->target->code = place + "GOV";
      note("protest in its own country: target the government");
    } else {
      return;
    }
    e->target->country = source_country;
    e->target->sectors = SectorsOfCode(e->target->code);
    return;
  }
  // A show of force (15x) aimed at no one named, near, off, around, over,
  // into or toward another state, is aimed at that state ("fired rockets
  // into waters near Taiwan" -> CHNMIL -> TWN 150).
  if (StartsWith(e->cameo, "15") && !e->target && clause_place && !source_country.empty() &&
      place != source_country && place.size() == 3) {
    const std::string& where = e->location->text;
    bool toward = false;
    for (std::string_view p : {"near ", "off ", "around ", "over ", "into ", "toward ", "towards ", "across "})
      toward |= std::string_view(where).starts_with(p);
    if (toward) {
      e->target.emplace();
      e->target->code = place;
      e->target->country = place;
      e->target->text = e->location->name;
      e->target->entry = "place: \"" + where + "\"";
      e->one_sided = false;
      note("show of force " + where + ": target the place's state");
    }
    return;
  }
  if (Equals(e->cameo, "040") && e->target && clause_place && !source_country.empty() && source_country != place) {
    const std::string target_country = CountryOfCode(e->target->code);
    if (!target_country.empty() && target_country != place) {
      e->cameo = "044";
      note("met in a third country (" + place + ")");
    }
  }
}

}  // namespace dyad

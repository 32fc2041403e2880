// The compiled dictionaries the coder uses: actors, agents, verb patterns and
// discards, loaded from dyad's own format (docs/dictionaries.md) or imported
// from TABARI / PETRARCH files.
#ifndef DYAD_DICT_DICTIONARY_H_
#define DYAD_DICT_DICTIONARY_H_

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/name_trie.h"
#include "dyad/date.h"

namespace dyad {

struct DatedCode {
  std::string code;  // "CHNGOV"; "---" is a null code (matches, codes nothing)
  Date from, to;     // invalid = open end
  bool InForce(const Date& d) const {
    if (!d.valid()) return true;
    return (!from.valid() || from <= d) && (!to.valid() || d <= to);
  }
};

enum class ActorKind { kCountry, kAdj, kCapital, kCity, kOrg, kGroup, kMedia, kPerson, kAgent };
const char* ActorKindName(ActorKind k);
bool ParseActorKind(std::string_view s, ActorKind* k);

struct ActorEntry {
  std::vector<DatedCode> codes;
  ActorKind kind = ActorKind::kCountry;
  std::vector<std::string> names;  // as written; names[0] is used in explanations
  std::string origin;  // "states.txt:12"
  bool agent_first = false;  // PETRARCH agents marked to stand before the country code
  // Imported seat of government ("MICHEL_DELVING [SHRGOV]"): PETRARCH keeps
  // the government code for it as a place too ("in Michel Delving").
  bool seat_as_place = false;
  // Imported group (PETRARCH): an agent of it adds its code to the group's,
  // also before it ("human rights activists of Gonzo GMO" [~OPP] + [GONGMO]
  // = GONGMOOPP). dyad's own groups keep their code ("leaders of the
  // Muslim Brotherhood" are the group).
  bool agents_append = false;
  // From a TABARI/PETRARCH file, whose kind is guessed from its code (those
  // files do not say whether a name is a person, a group or a place).
  bool imported = false;
  // Names TABARI writes with a space between words (its open connector,
  // "ITHILEN TELEVISION", not "ITHILEN_TELEVISION"): their words may also
  // stand apart within one noun phrase ("Ithilen state-run television").
  // Each is also in `names`.
  std::vector<std::string> open_names;

  // The code in force at `date`, or nullptr.
  const DatedCode* CodeAt(const Date& date) const;
};

struct VerbPattern {
  std::string code;    // CAMEO code; "---" = matched but not coded
  std::string lemma;   // head lemma (lower case)
  bool nominal = false;
  std::string prt;
  std::vector<std::string> obj, xcomp, xobj, tgt, src;
  std::string pp;                     // a required obl/nmod with this preposition ("pp=in")
  std::vector<std::string> pp_noun;   // ... whose noun lemma is one of these ("pp=in:custody|detention")
  int specificity = 0; // number of constraints
  std::string origin;  // "verbs.txt:120"
  std::string text;    // the pattern as written

  // Filled only by the TABARI/PETRARCH importer (docs/import.md); the coder
  // does not check these yet, and the importer counts them in specificity
  // only when kImportedConstraintsChecked is set in foreign_format.cc.
  bool foreign = false;           // objtgt=yes, set on import: an object the pattern names may itself be the target ("- * &PEOPLE")
  std::string reverse_code;       // "[032:033]": the target -> source event ("A arrived in B": B hosts A, 033)
  bool negated = false;           // "NOT *": only for a negated verb, which is then coded with this code
  bool mutual = false;            // "% *": the members of a compound subject act on each other
  bool needs_target = false;      // dyad=yes: coded only with a target actor ("called Putin", not "called elections")
  std::vector<std::string> subj;  // "PLANES_*": the subject's head lemma is one of these
  std::vector<std::string> forms; // "LEFT [032:033]" (KEDS files): the verb's own form is one of these
  std::vector<std::string> words; // other pattern words no relation above places; "a|b" = either (a synset)
  std::vector<std::string> before;  // "RECENTLY_*": the word right before the verb is one of these
  std::vector<std::string> other_lemmas;  // further heads indexed in verbs_by_lemma (a PETRARCH block's verbs)
};

struct DiscardPhrase {
  bool story = false;
  std::string phrase;
  std::string origin;
};

// A PETRARCH 2 verb transformation ("~ a (a b ATTACK) SAY = a b 015"): an
// act in the clause of a governing verb (what its subject says, claims,
// wants) becomes another event. Codes match the codes under them: "190" is
// any 19x, "010" any 01x; "Q" is any code (docs/import.md).
struct VerbTransformation {
  std::string outer_code;   // the governing verb's own code ("010" for SAY)
  char inner_source = '_';  // the act's source: 'a' the governing verb's subject, 'b' another actor, '_' none
  char inner_target = '.';  // the act's target: 'b' an actor, '.' any or none
  std::string inner_code;   // the act's code, or "Q"
  char result_source = 'a', result_target = 'b';
  std::string result_code;  // or "Q": the act's code
  std::string origin;       // "CAMEO.2.0.txt:9178"
  std::string text;         // as written
};

// Whether `code` is `key` or under it ("190" covers 19x; "Q" covers all).
bool CodeUnder(std::string_view key, std::string_view code);

// A CAMEO code of 2-4 digits, or "Q" (any code), as a transformation has them.
bool IsTransformationCode(std::string_view code);

// Reads "~ a (a b X) Y = a b Z" (outer source, (inner source, inner target,
// inner act), governing verb = result source, target, code) into `t`, with
// `code_of` turning X and Y into codes (PETRARCH 2 names verbs there, dyad's
// format codes). False with `why` for a line of another shape. Sets `text`.
bool ParseTransformation(std::string_view line,
                         const std::function<bool(const std::string&, std::string*)>& code_of,
                         VerbTransformation* t, std::string* why);

enum class DictKind { kActors, kAgents, kVerbs, kDiscards };

struct Dictionaries {
  NameTrie actor_names;
  std::vector<ActorEntry> actors;
  NameTrie agent_names;
  std::vector<ActorEntry> agents;
  std::vector<VerbPattern> verbs;
  std::vector<VerbTransformation> transformations;
  std::unordered_map<std::string, std::vector<int>> verbs_by_lemma;  // lemma -> pattern ids
  std::unordered_map<std::string, std::vector<int>> nouns_by_lemma;  // nominal patterns
  NameTrie discard_names;
  std::vector<DiscardPhrase> discards;
  std::vector<std::string> files;  // what was loaded, for explanations

  // Import statistics for --verbose.
  size_t unmapped_patterns = 0;
  std::vector<std::string> unmapped_examples;

  // Add an entry under all its names (agents also under regular plurals).
  void AddActor(ActorEntry entry);
  void AddAgent(ActorEntry entry);
  void AddVerb(VerbPattern pattern);
  void AddDiscard(DiscardPhrase d);
  void Clear(DictKind kind);
};

// Parses "CODE", "CODE@FROM..TO" and comma lists of them.
// `foreign_codes` accepts the codes of converted TABARI/PETRARCH files ("ITHTV", "+++").
bool ParseDatedCodes(std::string_view text, std::vector<DatedCode>* codes, std::string* error,
                     bool foreign_codes = false);

// Loads one file in dyad's format into `dicts` (the kind comes from its first
// line). Returns false with "file:line: problem" in *error.
bool LoadDyadDictionary(const std::string& path, Dictionaries* dicts, DictKind* kind, std::string* error);
bool LoadDyadDictionaryText(std::string_view text, const std::string& name, Dictionaries* dicts, DictKind* kind,
                            std::string* error);

// TABARI / PETRARCH actors, agents, verbs (CAMEO.2.0) and discards.
bool LoadForeignDictionary(const std::string& path, Dictionaries* dicts, DictKind* kind, std::string* error);
// The same from the file's text; `path` names it in origins and errors.
bool LoadForeignDictionaryText(std::string_view text, const std::string& path, Dictionaries* dicts, DictKind* kind,
                               std::string* error);

// "dyad-actors", "dyad-agents", "dyad-verbs", "dyad-discards", "petrarch-verbs",
// "tabari-actors", "tabari-agents", "petrarch-discards", or "" when unknown.
std::string DetectDictionaryFormat(std::string_view text);

// Loads every built-in dictionary under data_dir/dict (actors/*.txt, agents.txt,
// verbs.txt or verbs/*.txt, discards.txt).
bool LoadBuiltInDictionaries(const std::string& data_dir, Dictionaries* dicts, std::string* error);

// Loads the built-in set, then each --dict file, which replaces the built-in
// dictionary of its kind (several files of one kind add up).
bool LoadDictionaries(const std::string& data_dir, const std::vector<std::string>& files, Dictionaries* dicts,
                      std::string* error);

// Writes the loaded dictionaries of one kind in dyad's format.
// `imported` marks the header ("# dyad verbs imported") so that the file's
// TABARI/PETRARCH codes load again.
std::string WriteDyadDictionary(const Dictionaries& dicts, DictKind kind, bool imported = false);

}  // namespace dyad

#endif  // DYAD_DICT_DICTIONARY_H_

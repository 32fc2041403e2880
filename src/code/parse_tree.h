// The coder's view of one parsed sentence: heads, relations, child lists and
// lower-cased lemmas, computed once. The coder may repair a few parse shapes
// that matter for event coding and that the statistical parser often gets
// wrong (see RepairReportingClause); the repairs change this view only, never
// the sentence's own tokens.
#ifndef DYAD_CODE_PARSE_TREE_H_
#define DYAD_CODE_PARSE_TREE_H_

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad::code {

constexpr std::string_view BaseRel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

// Whether s holds a byte 'A'..'Z'; eight bytes at a time.
inline bool HasAsciiCapital(std::string_view s) {
  // The high bit of each byte of w that is a capital.
  auto capitals = [](uint64_t w) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
    const uint64_t low7 = w & ~kHigh;  // (no carry between bytes below)
    const uint64_t from_a = low7 + kOnes * (0x80 - 'A');
    const uint64_t past_z = low7 + kOnes * (0x80 - 'Z' - 1);
    return from_a & ~past_z & ~w & kHigh;
  };
  auto load64 = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  auto load32 = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return uint64_t{w};
  };
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t found = 0;
    for (size_t i = 0; i + 8 < n; i += 8) found |= capitals(load64(p + i));
    return (found | capitals(load64(p + n - 8))) != 0;
  }
  if (n >= 4) return capitals(load32(p) | load32(p + n - 4) << 32) != 0;
  if (n == 0) return false;
  const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
  return capitals(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16) != 0;
}

// A verb of saying that closes or opens an attribution ("said", "told",
// "added", ...).
bool IsAttributionVerb(std::string_view lemma);

// Small accessors the coder calls in its inner loops. Its main function is
// larger than GCC's inliner will grow, so they are inlined by force.
#define DYAD_HOT_INLINE [[gnu::always_inline]] inline

// The dependency relations the coder names. The coder compares relations
// thousands of times per sentence: as indexes into this list, a comparison
// is one integer compare. Index 0 stands for any relation not listed.
inline constexpr std::string_view kRelNames[] = {
    "",          "acl",        "acl:relcl",  "advcl",      "advcl:relcl", "advmod",      "amod",
    "appos",     "aux",        "aux:pass",   "case",       "cc",          "cc:preconj",  "ccomp",
    "clf",       "compound",   "compound:prt", "conj",     "cop",         "csubj",       "csubj:pass",
    "dep",       "det",        "det:predet", "discourse",  "dislocated",  "expl",        "fixed",
    "flat",      "flat:foreign", "flat:name", "goeswith",  "iobj",        "list",        "mark",
    "neg",       "nmod",       "nmod:npmod", "nmod:poss",  "nmod:tmod",   "nsubj",       "nsubj:outer",
    "nsubj:pass", "nummod",    "obj",        "obl",        "obl:agent",   "obl:npmod",   "obl:tmod",
    "obl:unmarked", "orphan",  "parataxis",  "punct",      "reparandum",  "root",        "vocative",
    "xcomp"};

// A token's relation: its label, with the ids of the label and of its base
// ("obl" of "obl:tmod"). A relation named in code ("nsubj") becomes one at
// compile time, and a name not in kRelNames does not compile.
class Rel {
 public:
  friend class ParseTree;
  constexpr Rel() = default;
  consteval Rel(const char* name) : Rel(Known(name)) {}
  // A label from the parser, listed or not.
  static Rel Of(std::string_view label);

  std::string_view label() const { return {label_, size_}; }
  operator std::string_view() const { return label(); }
  // The relation without its subtype: "obl" of "obl:tmod".
  DYAD_HOT_INLINE Rel base() const {
    const size_t base_size = base_size_ != kLongBase ? base_size_ : code::BaseRel(label()).size();
    return Rel(label().substr(0, base_size), base_size, base_id_, base_id_);
  }

  // The label's bit, by id (kRelNames has fewer than 64), and the same with
  // its base's, for sets of the relations a tree holds.
  constexpr uint64_t bit() const { return uint64_t{1} << id_; }
  constexpr uint64_t bits() const { return bit() | (uint64_t{1} << base_id_); }

  // Equal labels; listed labels compare by id (the rest out of line, rare).
  DYAD_HOT_INLINE friend bool operator==(const Rel& a, const Rel& b) {
    return a.id_ == b.id_ && (a.id_ != 0 || SameUnlisted(a, b));
  }

 private:
  constexpr Rel(std::string_view label, size_t base_size, uint8_t id, uint8_t base_id)
      : label_(label.data()),
        size_(static_cast<uint32_t>(label.size())),
        base_size_(base_size < kLongBase ? static_cast<uint16_t>(base_size) : kLongBase),
        id_(id),
        base_id_(base_id) {}
  static bool SameUnlisted(const Rel& a, const Rel& b);
  static Rel OfLabel(std::string_view label);
  static constexpr int ListedIndexOf(std::string_view label) {
    for (size_t i = 1; i < std::size(kRelNames); ++i)
      if (kRelNames[i] == label) return static_cast<int>(i);
    return 0;
  }
  static consteval Rel Known(std::string_view name) {
    int id = ListedIndexOf(name);
    if (id == 0) throw "not a dependency relation in kRelNames";
    std::string_view base = code::BaseRel(name);
    return Rel(kRelNames[id], base.size(), static_cast<uint8_t>(id), static_cast<uint8_t>(ListedIndexOf(base)));
  }

  // The label as pointer and size, and the size of its part before ':', in
  // 16 bytes: the coder reads relations in its inner loops. (A base of 64K
  // bytes or more, which no parser gives, is kLongBase and measured again.)
  static constexpr uint16_t kLongBase = 0xffff;
  const char* label_ = "";
  uint32_t size_ = 0;
  uint16_t base_size_ = 0;
  uint8_t id_ = 0;
  uint8_t base_id_ = 0;
};

static_assert(sizeof(Rel) == 16);

static_assert(std::size(kRelNames) <= 64, "Rel::bits needs an id below 64");

DYAD_HOT_INLINE Rel BaseRel(const Rel& rel) { return rel.base(); }

class ParseTree {
 public:
  // A tree with no sentence yet (size 0), for Build.
  ParseTree() = default;
  explicit ParseTree(const Sentence& s) { Build(s); }
  ParseTree(const ParseTree&) = delete;
  ParseTree& operator=(const ParseTree&) = delete;
  // Makes this the tree of `s`, as if constructed from it. One tree can
  // serve sentence after sentence (the coder keeps one per thread): its
  // buffers keep their room, and building allocates nothing.
  void Build(const Sentence& s);

  // (A member, not heads_.size(): loops re-read it after every store.)
  int size() const { return size_; }
  const Token& tok(int i) const { return tokens_[i]; }
  // Tags as views: comparing a view with a literal needs no strlen call.
  std::string_view upos(int i) const { return tokens_[i].upos; }
  std::string_view xpos(int i) const { return tokens_[i].xpos; }
  std::string_view form(int i) const { return tokens_[i].form; }
  // Dependents of i, in sentence order.
  DYAD_HOT_INLINE std::span<const int> kids(int i) const {
    return {kids_.data() + kids_begin_[i], kids_.data() + kids_begin_[i + 1]};
  }
  int head(int i) const { return heads_[i]; }
  // Whether token t is `top` or hangs below it (a bounded walk up the heads).
  bool IsWithin(int t, int top) const {
    for (int up = t, hops = 0; up >= 0 && hops <= size(); up = heads_[up], ++hops)
      if (up == top) return true;
    return false;
  }
  DYAD_HOT_INLINE Rel rel(int i) const { return rels_[i]; }
  // Lower-cased lemma (the form when the tagger gave none).
  std::string_view lemma(int i) const { return lemmas_[i]; }
  // WordHash of lemma(i), for the coder's lookups in pattern word lists.
  uint64_t lemma_hash(int i) const { return lemma_hashes_[i]; }
  // Whether some lemma may be one of `words` (a SmallWordSet), by their
  // hashes: false only when none is. A repair (or a rule of the coder)
  // that needs one of a few words is skipped at once in a sentence without,
  // before it looks at every token.
  template <typename Words>
  bool MayHaveLemmaOf(const Words& words) const {
    for (const uint64_t hash : words.hashes())
      if ((lemma_bits_[LemmaBit(hash) >> 6] >> (LemmaBit(hash) & 63)) & 1) return true;
    return false;
  }
  static constexpr size_t LemmaBit(uint64_t hash) { return hash >> 54; }  // (of 1024)
  // First child with this relation (full, or base when `base`).
  DYAD_HOT_INLINE int Child(int i, Rel r, bool base = false) const {
    for (int k : kids(i))
      if (base ? rel(k).base() == r : rel(k) == r) return k;
    return -1;
  }
  bool IsPassive(int v) const;
  // "the sanctions it imposed": the noun a relative clause with its own
  // subject and no object modifies is that clause's object; -1 otherwise.
  int RelativeObject(int v) const;
  // The case markers of a nominal, lemmas joined by spaces ("with"; "accord to").
  std::string_view CaseOf(int n) const { return case_of_[n]; }
  int depth(int i) const;
  // Whether `x` is `top` or hangs below it.
  bool Under(int x, int top) const;
  // Whether a head was set since the child lists were made (SetHead without Rebuild).
  bool links_stale() const { return links_stale_; }

  // Every repair below, in the order the coder applies them (a later one
  // may rely on an earlier one's shape). Returns the number of repairs.
  int RepairAll();
  // "..., a senior official said on Saturday.": the parser often hangs the
  // speaker on the clause before the comma and makes "said" a conjunct. This
  // makes the speaker the verb's nsubj and the verb a parataxis of the root.
  // Returns the repaired verb or -1.
  int RepairReportingClause();
  // "sanctions on Supreme Court Justice Alexandre de Moraes, who ..., and
  // President Donald Trump signed", parsed with the name a second subject
  // of "signed": it is the title's name. Returns the repairs.
  int RepairNamesSplitFromTitlesInPhrases();
  // "North Korea on Thursday fired ...": a subject never has a case marker;
  // when the parser made "Thursday" the subject and "Korea" its compound,
  // the words before the marker become the subject and the marked phrase an
  // oblique. Returns the number of subjects repaired.
  int RepairCaseMarkedSubjects();
  int RepairMarkedConjuncts();
  // "the mayor, a member of Hamas jailed a year ago": a participle (VBN)
  // with no auxiliary that modifies something has a patient, not an agent,
  // for a subject: its nsubj becomes nsubj:pass.
  int RepairReducedPassives();
  // "The civilians imprisoned for ... were released by Putin": a participle
  // the parser made a clause with the noun as its subject, under a passive
  // verb with no subject, is a reduced relative: the noun is the passive
  // verb's subject and the participle modifies it. Returns the repairs.
  int RepairReducedRelatives();
  // "jailed a student for helping militants join a group": a bare infinitive
  // after the object of a causative verb (help, make, let) is that verb's
  // complement; the parser often hangs it on an earlier verb. Returns the
  // repairs.
  int RepairCausativeComplements();
  // "The Al Qaeda-linked Somali group al-Shabab is claiming": a hyphenated
  // participle ("-linked", "-backed", "-led") modifies the noun after it; the
  // parser often makes it a clause with the name before the hyphen as its
  // subject and the real subject as its object. The name becomes the
  // participle's modifier (obl:npmod) and the noun takes the participle's
  // place. Returns the repairs.
  int RepairHyphenatedParticiples();
  // "condemned an attack and promised aid to ...": a second object of a
  // verb, after a conjoined verb that has none, is that verb's object.
  // Returns the repairs.
  int RepairStrandedObjects();
  // "restore complete, full diplomatic ties": an adjective the parser made
  // the verb's complement, with the noun as its conjunct, modifies the noun,
  // which is the object. Returns the repairs.
  int RepairListedAdjectives();
  // "came as the US leader prepared to attend": a subordinator that is also
  // a preposition ("as", "after", "before", "since", "until") before a noun
  // and a finite verb; the parser often makes the noun an oblique of the
  // main verb and the verb a complement. The marker marks the verb, whose
  // subject the noun is. Returns the repairs.
  int RepairSubordinateSubjects();
  // "Before leaving for Beijing on Thursday, President Bush scheduled ...":
  // after a fronted adverbial and a comma, the noun phrase before a finite
  // verb with no subject is that subject; the parser often makes it a
  // conjunct of the adverbial's last noun. Returns the repairs.
  int RepairFrontedSubjects();
  // "Ithilen's awful minister Calimehtar warned": a subject never ends in a
  // possessive "'s"; when the parser made the possessor the subject and the
  // possessed name its apposition, the name is the subject and the
  // possessor its nmod:poss. Returns the repairs.
  int RepairPossessiveSubjects();
  // "North Korea test-fired two missiles": a hyphenated verb ("test - fired")
  // the parser made a modifier of its object, which then holds the subject.
  // The participle is the verb, with the subject and the object. Returns the
  // repairs.
  int RepairHyphenatedVerbs();
  // "Neighbouring Tanzania and Uganda congratulated": an -ing word opening
  // the subject, parsed as a clausal subject whose object is the name, is
  // the name's modifier; the name is the subject. So is a plural noun
  // tagged as a verb ("Old foes Gondor and Osgiliath have renewed"), made
  // the subject with the name as its object. Returns the repairs.
  int RepairParticipleModifiers();
  // "were killed in Israeli tank shelling": an -ing word right after the
  // noun of a prepositional phrase, with nothing of a clause (no subject,
  // object, marker or auxiliary), is that phrase's head noun; the tagger took
  // it for a verb and the parser made the modifier noun the phrase. The -ing
  // word takes the phrase's place; the noun before it becomes its compound.
  // Returns the repairs.
  int RepairGerundNouns();
  // "has rescheduled his annual mushroom hunting trip", parsed with "hunting
  // trip" an adverbial clause after the possessed object: the bare noun after
  // the -ing word is the object, the two before it its modifiers. Returns
  // the repairs.
  int RepairGerundsInsidePossessedObjects();
  // "launched an air strike against an Islamic State target southwest of
  // Baghdad": a "verb" with an article and a preposition before it, and no
  // subject or auxiliary, is a noun the tagger took for a verb; the parser
  // made it a clause. It becomes a prepositional phrase (obl of a verb, nmod
  // of a noun) and its objects its nominal modifiers. Returns the repairs.
  int RepairArticleVerbs();
  // "condemned the launch after Monday's Security Council meeting, accusing
  // Pyongyang of ...": an -ing verb after a comma, made a conjunct of a noun
  // with no conjunction before it, is a participial clause of the verb that
  // noun depends on (advcl), whose subject it shares. Returns the repairs.
  int RepairParticipleConjuncts();
  // "North Korea test-fired a ballistic missile": a passive subject of a
  // verb with no passive auxiliary and an object of its own is its active
  // subject (the tagger took the past tense for a participle). Returns the
  // repairs.
  int RepairFalsePassives();
  // "The tariffs were imposed by Trump", parsed with "were" a passive
  // auxiliary but "tariffs" an active subject: with an agent and no
  // object, the subject is the passive one. Returns the repairs. (root_passive_repair.cc)
  int RepairActiveSubjectsOfPassives();
  // "Romendacil most certainly really did not ever clash": a subject the
  // parser hung on an auxiliary is its verb's (when the verb has none).
  // Returns the repairs.
  int RepairAuxiliarySubjects();
  // "expressed hopes on Thursday that Osgiliath could be drawn ...": in a
  // relative clause "that" is a pronoun (its subject or object); a clause
  // the parser made relative with "that" as its subordinator (mark) is a
  // content clause (acl). Returns the repairs.
  int RepairMarkedRelatives();
  // "Gryffindor's head Minerva McGonagall left": of two nominal subjects of
  // one verb with nothing between them (no comma, no conjunction), the first
  // is a modifier of the second: a role before a name (compound), so that
  // the subject is one phrase. Returns the repairs.
  int RepairDoubleSubjects();
  // "Evil Mordor, the awful Fornost, and good Gondor welcomed ...": a verb
  // the parser made a conjunct of the list's first noun, taking only the
  // last member (after "and") as its subject, has the whole list as its
  // subject: the verb takes the noun's place (the root, or a clause where
  // the noun was a subject), the noun becomes its subject and the members
  // after it its conjuncts. Returns the repairs.
  int RepairSubjectsOnObliques();
  int RepairAppositionsInLists();
  // "detained 200 migrant workers, most of them Tajik citizens": the phrase
  // after "most of them" is an apposition, not a conjunct.
  int RepairPartitiveAppositions();
  // "Xi met Kuomintang chairwoman Cheng Li-wun ... and urged": a name after a
  // role object, made the subject of a conjoined verb, is the object.
  int RepairNamesSplitFromTheirTitle();
  int RepairListSubjects();
  // "Eriador has received by courier money from Osgiliath": a passive agent
  // (obl:agent) on a verb with an active subject and no passive auxiliary
  // is a means ("by courier"), not an agent; when the parser ran it into
  // the next noun ("courier money") and the verb has no object, that noun
  // is the object. Returns the repairs.
  int RepairActiveAgents();
  // "Calenardhon and the evil Arnor awful Gondor welcomed": a conjunct with
  // neither a coordinator nor a comma between it and the conjunct before it
  // is no member of the list but part of that conjunct's phrase (appos), as
  // PETRARCH reads the noun phrase. Returns the repairs.
  int RepairUnmarkedConjuncts();
  // "Hamas released hostages on Sunday and Israel freed prisoners": a
  // finite verb conjoined with no subject of its own, right after a noun
  // the parser conjoined to a noun of the first clause ("Sunday and
  // Israel"), has that noun for subject, and the coordinator. Returns the
  // repairs.
  int RepairConjoinedClauseSubjects();
  // "India, US sign defence pact": a headline's list of names before a verb
  // in the plural form (VB/VBP) with a singular name for subject, the first
  // name made a vocative or dependent, is the verb's compound subject.
  // Returns the repairs.
  int RepairHeadlineListSubjects();
  // "Anwar Ibrahim, who chairs ASEAN, called on both countries to ...",
  // "Greece, a long-time rival, dispatched planes": a sentence the parser
  // rooted in its subject noun, with the verb after the relative clause's
  // (or apposition's) closing comma hung inside it, has that verb
  // for root and the noun for its subject; what follows the verb (its
  // complements, conjuncts, the full stop) is the verb's. Returns the
  // repairs. (relative_clause_repair.cc)
  int RepairVerbAfterRelativeClause();
  // "it shot down 45 of 60 drones", parsed with "down" a preposition of
  // "45" (and "it" a passive subject, no auxiliary): a particle right after
  // its verb, and the noun it was given is the verb's object (a subject
  // with no passive auxiliary, active); also "shot down five jets" with
  // "down" an adverb of "five". Returns the repairs.
  // (particle_repair.cc)
  int RepairStrandedParticles();
  // "clashed over the efforts of Eriadori", parsed with "over" a particle
  // and the noun after it the object: after a verb that takes no particle
  // "over", it is the noun's preposition. Returns the repairs.
  // (particle_repair.cc)
  int RepairOverReadAsParticle();
  // "police shot dead 31 people", parsed with the object on the predicate
  // adjective: the object is the verb's. Returns the repairs.
  // (particle_repair.cc)
  int RepairObjectsOfPredicateAdjectives();
  // "fighting alongside Malian troops", parsed with "alongside" a noun: a
  // word that is only a preposition is the case marker of the noun after
  // it. Returns the repairs. (particle_repair.cc)
  int RepairPrepositionsReadAsNouns();
  // "The Kremlin said Putin and Trump discussed Ukraine", parsed with the
  // names the object of "said" and the clause subjectless: the object of a
  // verb of saying, right before a content clause with no subject, is that
  // clause's subject. Returns the repairs. (reported_subject_repair.cc)
  int RepairReportedSubjects();
  // "a deal brokered by the United States, Egypt, Qatar and Turkey", parsed
  // with "Egypt" a second dependent of the verb (vocative, parataxis...) and
  // "Qatar and Turkey" its conjuncts: a name right after a comma that
  // follows a name of the same head, opening a list that ends in "and" or
  // "or", is a conjunct of that name, and so are its own conjuncts. Returns
  // the repairs. (list_repair.cc)
  int RepairStrayListItems();
  // "a Turkish-brokered grain deal", "a UAE-mediated exchange", parsed with
  // the name and the participle modifiers of the noun: the participle of a
  // mediation verb is a clause on the noun and the name before its hyphen
  // its agent, as in "a deal brokered by Turkey". Returns the repairs.
  // (hyphen_agent_repair.cc)
  int RepairHyphenatedMediators();
  // "released hostages under a ceasefire brokered by Qatar", parsed with the
  // participle on "hostages": a mediation participle right after a noun of
  // a deal, truce, exchange or talks is that noun's. Returns the repairs.
  // (hyphen_agent_repair.cc)
  int RepairMediatedNounAttachment();
  // "blown up by a surface-to-air missile", parsed with "surface" the agent
  // and "missile" hanging: the words of "X-to-Y" modify the noun after
  // them, which takes the place of the phrase's top word. Returns the
  // repairs. (hyphen_compound_repair.cc)
  int RepairRangeCompounds();
  // "fired short-range ballistic missiles", parsed with "range" the object
  // and "missiles" its object: the noun after an "X-Y" compound is the
  // phrase's noun. Returns the repairs. (hyphen_compound_repair.cc)
  int RepairHyphenatedModifiers();
  // "Kim Yo Jong, the sister of leader Kim Jong Un, on Thursday denounced
  // Seoul ..., KCNA reported", parsed with "denounced" a clause on "sister":
  // a finite past verb hung on a subject's apposition, with an object and no
  // subject of its own, is the subject's verb; a time phrase after the
  // apposition's comma is its time, and the report beside it. Returns the
  // repairs. (noun_root_repair.cc)
  int RepairVerbsOnAppositions();
  // "tariffs on $20 billion of US goods", parsed with the amount the phrase's
  // head: the goods take the amount's place (and its case marker). Returns
  // the repairs. (amount_repair.cc)
  int RepairAmountsOfGoods();
  // "marched through The Hague against NATO", parsed with "against NATO" on
  // the place: an "against" phrase on a name the verb's phrase of place
  // ends in is the verb's. Returns the repairs. (particle_repair.cc)
  int RepairAgainstPhrasesOnPlaces();
  // "launched air and missile strikes", parsed as "launched air" and a
  // conjoined "missile strikes": a bare noun object, "and", and a noun
  // conjoined to the verb are modifiers of the one noun, the object.
  // Returns the repairs. (list_repair.cc)
  int RepairSharedHeadNouns();
  // "a new bombing and shelling offensive", parsed as a list of three nouns,
  // the last with no conjunction or comma: the two nouns joined by "and"
  // modify the noun right after them. Returns the repairs. (list_repair.cc)
  int RepairUnmarkedSharedHeads();
  // "Fornost and the evil awful Gondor", parsed with "Gondor" a flat part
  // of "Fornost" across a conjunct of its own: the name is the list's member
  // and the words between its modifiers. Returns the repairs. (list_repair.cc)
  int RepairFlatNamesAcrossConjunctions();
  // "Pakistan's director general of military operations had telephoned ...",
  // parsed with "general" an adjective predicate of "director": a title
  // ending in "general" is one noun, the subject of the clause hung on it.
  // Returns the repairs. (noun_root_repair.cc)
  int RepairTitlesEndingInGeneral();
  // "Zakharova, meanwhile, voiced support for Vucic", parsed with "voiced" an
  // adjective of "support" and the name that noun's subject: a past-tense
  // verb so hung is the clause's verb and the noun its object. Returns the
  // repairs. (noun_root_repair.cc)
  int RepairFiniteVerbsReadAsModifiers();
  // "condemned an attack on Thursday and promised aid to ...", parsed with
  // "promised" an adjective of "aid" and "aid" a conjunct of the verb or of
  // its time word: the past form is the verb's conjunct and the noun its
  // object. Returns the repairs. (noun_root_repair.cc)
  int RepairConjoinedVerbsReadAsModifiers();
  // "Mali, Burkina Faso and Niger, which form the AES, said ...", parsed with
  // "form" the complement of "said" and two subjects: the relative clause is
  // the antecedent's, and the antecedent the subject of "said". Returns the
  // repairs. (noun_root_repair.cc)
  int RepairRelativeClausesReadAsComplements();
  // "expelled Indian diplomats, a day after New Delhi downgraded ties",
  // parsed with "after" the case of "Delhi" and "downgraded" a conjunct: a
  // measured "after" (or "before") on a conjunct's subject marks that
  // conjunct as an adverbial clause. Returns the repairs.
  // (participle_scope_repair.cc)
  int RepairMeasuresReadAsArguments();
  int RepairMeasuredAfterClauses();
  // "Russia called the sanctions illegal", parsed with "illegal" on
  // "sanctions": an adjective right after the object of a verb of naming is
  // the verb's predicate (xcomp). Returns the repairs.
  // (naming_predicate_repair.cc)
  int RepairNamingPredicates();
  // "..., a move Georgetown has called illegal": a noun summing up the clause
  // before its comma, then a subject and a verb with no object, is that
  // clause's apposition and the verb its relative clause. Returns the
  // repairs. (summing_up_repair.cc)
  int RepairSummingUpRelatives();
  // "Saudi Arabia and Qatar, both close backers of ..., praised": a noun
  // subject with no copula whose own subject precedes it across a comma is
  // that subject's apposition. Returns the repairs.
  // (appositive_subject_repair.cc)
  int RepairAppositiveSubjects();
  // "In a joint statement late on Sunday, EU chief Kaja Kallas and ...
  // condemned": the fronted phrase's apposition that runs up to a verb with
  // no subject is that verb's subject. Returns the repairs.
  // (appositive_subject_repair.cc)
  int RepairSubjectsReadAsAppositionsOfFrontedPhrases();
  // "fired rockets at Tel Aviv", parsed with "at" a case marker of the verb:
  // it marks the noun right after it on the same verb, the verb's oblique.
  // Returns the repairs. (case_on_verb_repair.cc)
  int RepairCasesOnVerbs();
  // "talks with Saudi Crown Prince Mohammed bin Salman", parsed with "with"
  // on the title that describes the name (nmod:desc): it marks the name.
  // Returns the repairs. (case_on_verb_repair.cc)
  int RepairCasesOnTitles();
  // "said it will retaliate if attacked": a condition after a reported
  // clause with "will" or "would" is that clause's. Returns the repairs.
  // (conditional_scope_repair.cc)
  int RepairConditionalsOnReports();
  // "Romendacil most certainly won't ever clash", parsed with "most" the
  // verb's subject: a degree word before an adverb modifies it, and the
  // name before it, left the root, is the verb's subject. Returns the
  // repairs. (degree_word_repair.cc)
  int RepairDegreeWordSubjects();
  // "the government proposed to take up the issue", parsed with the
  // to-clause a purpose (advcl): right after a verb of intending or deciding
  // with no object, it is the verb's complement (xcomp). Returns the
  // repairs. (to_complement_repair.cc)
  int RepairToComplementsReadAsPurpose();
  // "has begun to question whether he has a future with ...", parsed with
  // the whether-clause an adverbial: right after its verb and with no "or",
  // it is the verb's complement (ccomp). Returns the repairs.
  // (to_complement_repair.cc)
  int RepairWhetherClausesReadAsAdverbials();
  // "China threatened to blockade Taiwan", with "blockade" tagged a noun
  // and "Taiwan" its apposition: after such a verb, the bare noun after "to"
  // is its to-clause and the name that clause's object. Returns the
  // repairs. (to_complement_repair.cc)
  int RepairToInfinitivesReadAsNouns();
  // "struck what the military said were dozens of Hamas targets": the
  // predicate of the free relative is the verb's object. Returns the
  // repairs. (to_complement_repair.cc)
  int RepairFreeRelativeObjects();
  // "urged the government and the protesters to show restraint": a
  // to-clause on the object of a verb of asking is the verb's complement.
  // Returns the repairs. (to_complement_repair.cc)
  int RepairObjectControlClauses();
  // "..., with Foreign Minister Mohamad Hasan calling the violence
  // unacceptable": "with" a name and an -ing verb is an adverbial clause of
  // the sentence's verb, the name its subject. Returns the repairs.
  // (to_complement_repair.cc)
  int RepairAbsoluteWithClauses();
  // "will abandon improved relations", parsed with the verb an adverb of
  // the participle: the verb heads the clause and the participle modifies
  // its object. Returns the repairs. (participle_adjective_repair.cc)
  int RepairParticipleAdjectivesAfterVerbs();
  // "Hun Manet and Thailand's acting prime minister Phumtham", parsed with
  // "acting" a verb (the possessive its dependent): it modifies the noun of
  // its object's phrase, which takes its place. Returns the repairs.
  // (participle_adjective_repair.cc)
  int RepairPossessedParticiples();
  // Number phrases (number_phrase_repair.cc), each returning the repairs:
  // "banned entry to 500 Americans" with the number as the oblique;
  int RepairNumbersBeforeNouns();
  // "shot down 45 of 60 drones" with "45" a modifier of "drones";
  int RepairPartitiveNumbers();
  // and "brushed aside the United States" with "aside" a coordinator.
  int RepairParticlesReadAsConjunctions();
  // "accused the United States of turning ..., a day after American forces
  // fired": of a clause's two subjects, the first, right after the verb
  // above the clause (with no object), is that verb's object. Returns the
  // repairs. (subject_object_repair.cc)
  int RepairFirstOfTwoSubjectsAsObject();
  // "he had called Rasmussen to express solidarity", parsed with the name
  // the predicate of a naming "call": a name right after "call" with a
  // to-clause after it is the object. Returns the repairs.
  // (naming_predicate_repair.cc)
  int RepairNamesCalledForAPurpose();
  // "criticised the strikes, while Russia and China voiced support",
  // parsed with "while" marking "Russia" on "strikes": a subordinator on a
  // noun marks the next finite verb with no subject, whose subject the noun
  // is; that clause is adverbial. Returns the repairs.
  // (marked_noun_repair.cc)
  int RepairMarkedNounSubjects();
  // "was freed from Barad-dur after that group yielded ground", parsed with
  // "from Barad" hung on "yielded": a prepositional phrase before a clause's
  // marker is an oblique of what the clause depends on. Returns the repairs.
  // (marked_noun_repair.cc)
  int RepairPhrasesBeforeClauseMarkers();
  // "A report released Tuesday in Kigali alleged that ...", parsed with
  // "released" the sentence's verb and "alleged" its xcomp: a past form with
  // no object right after a noun subject, followed by a subjectless verb
  // with an object or a content clause, is a reduced relative on the
  // subject, and the later verb the sentence's. Returns the repairs.
  // (reduced_root_repair.cc)
  int RepairReducedRelativeRoots();
  // "Maduro accused the United States of seeking regime change and warned
  // ...", parsed with "the United States" the subject of "warned": a
  // conjoined verb's subject that stands before its "and", after the first
  // verb, is the first verb's object (when it has none), and so are the
  // words hung on the second verb before the "and" the first verb's.
  // Returns the repairs. (conj_subject_repair.cc)
  int RepairSubjectBeforeConjunction();
  // "Protesters set fire to a police station, and police responded with tear
  // gas", parsed with "police" a conjunct of "set" and "responded" beside
  // it: the noun is the subject of the verb right after it, which is the
  // conjunct (conj_subject_repair.cc).
  int RepairNounConjunctsBeforeVerbs();
  // "condemned the M23's offensive", with "offensive" tagged an adjective
  // and made a clause: a word with a possessor is a noun, the verb's object.
  int RepairPossessedAdjectives();
  // "In a joint statement after the vote, Britain, France and Germany called
  // on Tehran to ...", parsed with the fronted phrase's noun as the root,
  // the names an apposition in it and "called" a clause on it: the first
  // finite verb is the root, the names before it (after a comma) its subject.
  int RepairFrontedPhraseRoots();
  // "In Cuba, where Melissa destroyed thousands of homes, U.S. Secretary
  // of State Marco Rubio on Wednesday offered ...", parsed with the
  // relative clause's verb as the root, the name an oblique of it and
  // "offered" its subjectless conjunct: the conjunct is the root, the
  // clause relative to the fronted place, the name its subject and what
  // follows the name the new root's. Returns the repairs.
  // (conj_subject_repair.cc)
  int RepairFrontedWhereClauses();
  // "where he and Egyptian President Abdel Fattah al-Sisi signed", parsed
  // with the pronoun the subject of the name: the pronoun is the verb's
  // subject and the name its conjunct. Returns the repairs.
  // (conj_subject_repair.cc)
  int RepairPronounsConjoinedToNames();
  // "Murillo said the government had overcome the impasse and that he would
  // travel to Washington", parsed with the second "that" clause a conjunct
  // of "said": a clause marked "that" after "and", conjoined to a verb with
  // a content clause before it, is that content clause's conjunct.
  // Returns the repairs. (conj_subject_repair.cc)
  int RepairThatClauseConjuncts();
  // "Pakistan and Afghanistan's Taliban government agreed": a possessor
  // coordination before a singular noun ("government", "army", "president")
  // owns it only by its last member; the first is a conjunct of the noun
  // phrase. Returns the repairs. (conj_subject_repair.cc)
  int RepairSplitPossessors();
  // "A court jailed Imamoglu pending trial", parsed with the name the
  // subject of "pending": a name or pronoun right after a verb with no
  // object, the subject of an -ing clause right after it, is the verb's
  // object. Returns the repairs. (conj_subject_repair.cc)
  int RepairGerundClauseSubjects();
  // "India blamed Pakistan for supporting the attackers and downgraded
  // ties", parsed with "downgraded" a conjunct of "supporting": a past verb
  // with no subject or auxiliary joined to a gerund that completes a past
  // verb is that verb's conjunct. Returns the repairs. (conj_subject_repair.cc)
  int RepairPastConjunctsOfGerunds();
  // "with Washington cutting tariffs ... and Beijing pausing export
  // controls", parsed with "Beijing" a conjunct of "cutting" and "pausing"
  // its adverbial: the name is the second gerund's subject, and that gerund
  // the first one's conjunct. Returns the repairs. (conj_subject_repair.cc)
  int RepairSplitGerundConjuncts();
  // "RSF seizes El Fasher, UN warns of atrocities", parsed with "UN" a
  // conjunct of the object and "warns" a clause with no subject: a
  // conjunct after a comma, right before a finite verb with no subject that
  // hangs from the first clause, is that verb's subject, and the verb a
  // clause beside the first. Returns the repairs. (comma_splice_repair.cc)
  int RepairCommaSpliceSubjects();
  // "Protesters attack embassies in Kinshasa as rebels advance Congolese
  // protesters attacked ...": a headline's verb made the subject of the
  // body's verb; the noun before the body's verb is its subject. Returns the
  // repairs. (comma_splice_repair.cc)
  int RepairRunOnTitleSubjects();
  // "said on Friday that hundreds of people had been killed", parsed with
  // "that" a relative pronoun on "Friday": a clause on a time word whose
  // head is a noun is a content clause of the verb after it; the noun is
  // that verb's subject and "that" its marker. Returns the repairs.
  // (time_relative_repair.cc)
  int RepairThatAfterTimeWords();
  // "On Saturday Trump spoke by phone with ...", parsed with "Saturday
  // Trump" one name in an "on" phrase: a weekday before a name, after
  // "on", is the verb's time and the name its subject, when the verb has
  // none. Returns the repairs. (time_relative_repair.cc)
  int RepairWeekdaysBeforeSubjects();
  // "Modi spoke by phone on Thursday with Brazilian President Lula",
  // parsed with the "with" phrase a modifier of "Thursday": a day or time
  // of day has no partner, addressee or opponent; such a phrase on a time
  // word that is the verb's time is the verb's. Returns the repairs.
  // (time_relative_repair.cc)
  int RepairPhrasesOnTimeWords();
  // "Hours before the talks, Israeli troops raided", parsed with "Hours" a
  // second subject: a time word opening the sentence, set off by a comma
  // before the other subject, is the verb's time. Returns the repairs.
  // (time_relative_repair.cc)
  int RepairFrontedTimeSubjects();
  // "On Wednesday Saudi Arabia and Qatar, both close backers of ...,
  // praised ...", parsed with the names conjuncts of the day: they are the
  // subject list of the first finite verb after them (an apposition set off
  // by commas the first name's). Returns the repairs. (time_relative_repair.cc)
  int RepairListsAfterFrontedDays();
  // "Ukrainian and U.S. officials", parsed with both names and the "and"
  // hung on the noun: the second name is a conjunct of the first. Returns
  // the repairs. (modifier_list_repair.cc)
  int RepairSplitModifierLists();
  // "struck a building where Hamas leaders had gathered ..., killing five":
  // a bare -ing clause after a comma at the end of a relative clause on an
  // object or oblique hangs on the verb of that object. Returns the repairs.
  // (participle_scope_repair.cc)
  int RepairParticiplesAfterRelativeClauses();
  // "a woman believed linked to Al-Qaeda", parsed with both participles
  // modifiers of the noun: the second is the complement of the participle
  // of believing or reporting. Returns the repairs.
  // (participle_scope_repair.cc)
  int RepairParticiplesAfterReportParticiples();
  // "told a closing news conference, threatening to make Madrid pay", with
  // the -ing clause hung on "conference": an adverbial -ing clause after a
  // comma on the object or oblique of a verb is the verb's. Returns the
  // repairs. (participle_scope_repair.cc)
  int RepairParticiplesOnObjects();
  // "a day after Polish jets shot down Russian drones", parsed as a passive
  // with "drones" its agent: an agent with no "by" is the verb's object, and
  // a past verb on the noun of an after/before/since phrase is the phrase's
  // clause with the noun its subject. Returns the repairs.
  // (participle_scope_repair.cc)
  int RepairAgentsWithoutBy();
  // "detained the mayor on charges of corruption and aiding a terrorist
  // group", parsed with "aiding" a second main verb: a gerund joined by
  // "and" to the noun of an "of" phrase on a noun is that noun's conjunct.
  // Returns the repairs. (charge_list_repair.cc)
  int RepairChargeListVerbs();
  // "Thousands of protesters, led by young people, rallied in the
  // capital.", parsed as a passive with no auxiliary: in a full sentence
  // (ending in a full stop; headlines drop the auxiliary of true passives),
  // the root participle with a passive subject and no auxiliary, copula or
  // agent is an active past tense. Returns the repairs.
  // (root_passive_repair.cc)
  int RepairRootPassivesWithoutAuxiliary();
  // "used pepper spray against protesters": a compound split into the
  // verb's object ("pepper") and a bare oblique ("spray") is one compound,
  // the second noun the object. Returns the repairs.
  int RepairSplitCompounds();
  // "Serbian riot police used pepper spray against protesters.": a finite
  // verb (VBD, VBZ) right after a root noun, hung on it as a relative
  // clause, with an object or clause of its own, is the sentence's verb and
  // the noun its subject. Returns the repairs. (noun_root_repair.cc)
  int RepairFiniteVerbsUnderNounRoots();
  // "Turkish President Recep Tayyip Erdogan, who ..., offered ...", parsed
  // with "Turkish" as root and the verb a parataxis of it: the adjective
  // modifies the verb's subject, the verb is the root. Returns the repairs.
  // (noun_root_repair.cc)
  int RepairAdjectiveRoots();
  // "Mahdi al-Mashat, head of ..., vowed revenge", tagged with "vowed" an
  // adjective of "revenge" in a sentence with no finite verb: the word in
  // -ed with a verb's lemma is the root verb. Returns the repairs.
  // (noun_root_repair.cc)
  int RepairPastVerbsTaggedAsAdjectives();
  // "summoned Iran's charge d'affaires to protest", tagged with
  // "d'affaires" a verb whose subject is "charge": one noun phrase. Returns
  // the repairs. (noun_root_repair.cc)
  int RepairChargesDAffaires();
  // "X and Y agreed on Tuesday to a ceasefire, hours after clashes killed
  // two people", parsed with "agreed" a clause on a noun of the subject and
  // "killed" the root: the past-tense clause is the main verb, the root the
  // time clause's. Returns the repairs. (noun_root_repair.cc)
  int RepairMainVerbsReadAsModifiers();
  // "US envoys Steve Witkoff and Jared Kushner arrived", tagged with
  // "envoys" a verb that is the subject of "arrived": a plural noun, the word
  // before its modifier, the name after its apposition. Returns the repairs.
  // (noun_root_repair.cc)
  int RepairSubjectsTaggedAsVerbs();
  // "Abdi said after the meeting that the two sides had agreed", parsed with
  // the that-clause a relative clause of "meeting": the verb of saying's
  // complement. Returns the repairs. (time_relative_repair.cc)
  int RepairThatClausesOnSpeechPhrases();
  // "..., accusing President Ruto's government of complicity", parsed with
  // "accusing" a case marker of the phrase: a participle read as a case
  // marker heads a clause on the verb the phrase hung on, the phrase its
  // object. Returns the repairs. (verb_case_repair.cc)
  int RepairVerbsReadAsCase();
  // "demanded that Mohamud step down", parsed as a noun phrase: after a verb
  // of demanding, "that" + a name + a bare noun is a clause with that verb
  // and subject. Returns the repairs. (verb_case_repair.cc)
  int RepairSubjunctiveClauses();
  // "held talks by video link with X", the with-phrase on "link": the
  // partner of a means of talking is the talks'. Returns the repairs.
  // (verb_case_repair.cc)
  int RepairPartnersOnMeans();
  // "said Washington had not been informed and criticized the move", the
  // active verb a conjunct of the passive complement: it is the sayer's
  // second act. Returns the repairs. (verb_case_repair.cc)
  int RepairActiveConjunctsOfPassiveComplements();
  // "Zelensky, visiting Berlin on Wednesday, met Merz", parsed with the name
  // as root, "visiting" a clause on it and "met" its conjunct: a finite verb
  // after a comma-set -ing/-ed aside on a root noun is the sentence's verb
  // and the noun its subject. Returns the repairs. (noun_root_repair.cc)
  int RepairVerbsAfterParticipleAsides();
  // "met Friedrich Merz, who pledged ...", parsed with "who pledged" a
  // clause beside "met": a verb whose subject is "who" or "which" right
  // after a name and a comma is a relative clause on the name. Returns the
  // repairs. (noun_root_repair.cc)
  int RepairRelativeClausesReadAsParataxis();
  // A finite verb joined to the adjective or noun that completes a verb
  // ("called the move "legally void" and accused the three powers ...":
  // "accused" read as the conjunct of "void"): the conjunct of that verb.
  int RepairConjunctsOfComplements();
  // "urged Syria to allow inspectors", parsed with "inspectors" an indirect
  // object: one with no object or clause beside it is the object. Returns
  // the repairs. (lone_object_repair.cc)
  int RepairLoneIndirectObjects();
  // "detonated an IED beside a convoy", with "IED" a participle made the
  // verb's complement: a complement with an article and nothing of a clause
  // is the object of a verb with none. Returns the repairs.
  // (lone_object_repair.cc)
  int RepairArticleComplements();
  // "expelled the United Nations mission", "blocked the UN monitoring
  // mission", parsed with the name a subject of the noun or participle: a
  // compound of the noun. Returns the repairs. (lone_object_repair.cc)
  int RepairSubjectsInNounPhrases();

 private:
  void SetHead(int i, int h, Rel rel);
  // Hangs the dependents of `from` after token `after` (all for -1) on `to`,
  // with their relations. (Before Rebuild: the child lists are the old ones.)
  void MoveKidsAfter(int from, int to, int after);
  // Whether the sentence has a finite verb (VBD, VBZ, VBP, MD), with
  // `outside_quotes` not counting a quotation's.
  bool HasFiniteVerb(bool outside_quotes) const;
  // The child lists and case markers anew, after repairs changed heads.
  void Rebuild();
  // The same from kids_begin_ holding each token's number of dependents.
  void LinkKids();
  void JoinCaseMarkers();
  // Whether some token may have the listed relation r, full or as base
  // ("advcl" also for "advcl:relcl"): false only when none has. Most repairs
  // need a relation or a word few sentences hold, and are skipped at once
  // without it.
  bool MayHave(Rel r) const { return (rel_bits_ & r.bit()) != 0; }
  // At least how many tokens have had exactly the listed relation r: no
  // fewer than have it now. (A repair that needs two subjects or objects
  // is skipped at once in a sentence with one.)
  int MostWith(Rel r) const { return rel_counts_[r.id_]; }
  // Whether some token whose relation has the base of `kid` may hang on a
  // token whose relation's base is among `head_bases` (Rel bits): false only
  // when none does. A repair acts first on the tree as it found it, so a
  // pass that needs such a pair ("a case marker on a subject") is skipped
  // at once without one.
  bool MayHang(Rel kid, uint64_t head_bases) const {
    return links_stale_ || (hangs_on_[kid.base_id_] & head_bases) != 0;
  }
  // Whether some case marker may be a subordinator ("as", "after", ...),
  // which RepairSubordinateSubjects needs: false only when none is.
  bool MayHaveSubordinatorMarker() const { return links_stale_ || subordinator_marker_; }
  // The first token at or after `from` that may have relation r (as its
  // label, or as its base: "obl" also for "obl:tmod"), or size() when none.
  // A repair whose loop passes over every token without r visits only
  // these. (The relations are read as they are then, SetHead's changes
  // included.)
  int NextWith(Rel r, int from) const { return NextOf(with_rel_[r.id_], from); }
  // The same for any of several relations.
  template <size_t N>
  int NextWith(const Rel (&rs)[N], int from) const {
    uint64_t tokens = 0;
    for (const Rel& r : rs) tokens |= with_rel_[r.id_];
    return NextOf(tokens, from);
  }
  // The first token at or after `from` that may have no head, or size().
  int NextRoot(int from) const { return NextOf(roots_, from); }
  // The first of `tokens` (bits by index) at or after `from`, or size(); in
  // a sentence too long for the bits, `from` itself (any token may be).
  int NextOf(uint64_t tokens, int from) const {
    if (!indexed_) return from;
    if (from >= kIndexed) return size();
    const uint64_t rest = tokens & (~uint64_t{0} << from);
    return rest ? std::countr_zero(rest) : size();
  }

  const Token* tokens_ = nullptr;  // the sentence's
  int size_ = 0;  // tokens
  std::vector<int> heads_;
  std::vector<Rel> rels_;
  // Views of the tokens' lemmas (or forms), or of lowered_ when one held a
  // capital: most are lower case already and need no copy.
  std::vector<std::string_view> lemmas_;
  std::vector<std::string> lowered_;
  std::vector<uint64_t> lemma_hashes_;
  std::array<uint64_t, 16> lemma_bits_ = {};  // the lemmas' hashes, as bits by LemmaBit
  // Child lists, all in one array: the dependents of i are
  // kids_[kids_begin_[i] .. kids_begin_[i + 1]).
  std::vector<int> kids_begin_;
  std::vector<int> kids_;
  // CaseOf, computed with the child lists: a view of the marker's lemma, or
  // of case_joined_ for a nominal with several.
  std::vector<std::string_view> case_of_;
  std::string case_joined_;
  // Rel::bits of every relation given to a token since the tree was built
  // (a repair only adds to it).
  uint64_t rel_bits_ = 0;
  // By relation id: the tokens built with it and the repairs that gave it.
  std::array<int, 64> rel_counts_ = {};
  // By a dependent's base relation id: the bits of the base relations of
  // the tokens such dependents hang on, and whether a case marker is a
  // subordinator, as LinkKids found them; stale after a repair's SetHead
  // until the next.
  std::array<uint64_t, 64> hangs_on_ = {};
  bool subordinator_marker_ = false;
  bool links_stale_ = false;
  // For NextWith: by relation id, the tokens with that label or base, as
  // bits by index, and the tokens with no head; kept by SetHead. Only a
  // sentence of at most kIndexed tokens (most) is indexed.
  static constexpr int kIndexed = 64;
  bool indexed_ = false;
  std::array<uint64_t, 64> with_rel_ = {};
  uint64_t roots_ = 0;
  // Tokens the sentence holds: a hyphen, a comma, a gerund (VBG), a past
  // participle (VBN).
  bool has_hyphen_ = false, has_comma_ = false, has_vbg_ = false, has_vbn_ = false;
};

}  // namespace dyad::code

#undef DYAD_HOT_INLINE

#endif  // DYAD_CODE_PARSE_TREE_H_

#include "code/parse_tree.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "code/pattern_words.h"

namespace dyad::code {

namespace {

// Verbs of a closing attribution: "..., the agency said on Thursday."
constexpr std::string_view kAttributionVerbWords[] = {"say",   "add",   "report",  "announce", "state", "claim",
                                                      "confirm", "write", "note", "insist",   "tell",  "explain"};
constexpr SmallWordSet kAttributionVerbs(kAttributionVerbWords);

}  // namespace

bool IsAttributionVerb(std::string_view lemma) {
  for (auto v : kAttributionVerbWords)
    if (v == lemma) return true;
  return false;
}

namespace {

// A preposition that is also a subordinator ("as", "after", "before",
// "since", "until"): before a noun and a finite verb, it marks a clause.
bool IsSubordinator(std::string_view lemma) {
  return lemma == "as" || lemma == "after" || lemma == "before" || lemma == "since" || lemma == "until";
}

bool IsFiniteVerb(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }

bool IsNominal(std::string_view upos) { return upos == "NOUN" || upos == "PROPN" || upos == "PRON"; }


// Relation labels by hash, so that a token's label is looked up with a few
// instructions. A label of up to 16 bytes is read as two words that hold
// all its bytes (the first and the last eight, or four, overlapping), which
// with its size identify it: the table compares words, not characters.
class RelTable {
 public:
  constexpr RelTable() {
    for (size_t i = 1; i < std::size(kRelNames); ++i) {
      const Key key = KeyOf(kRelNames[i]);
      size_t slot = SlotOf(key);
      while (ids_[slot]) slot = (slot + 1) % kSlots;
      ids_[slot] = static_cast<uint8_t>(i);
      keys_[slot] = key;
      std::string_view base = code::BaseRel(kRelNames[i]);
      base_[i] = base.size() == kRelNames[i].size() ? static_cast<uint8_t>(i) : static_cast<uint8_t>(IndexOf(base));
      base_size_[i] = static_cast<uint8_t>(base.size());
    }
  }
  // 0 for a label not listed.
  [[gnu::always_inline]] constexpr int IndexOf(std::string_view label) const {
    if (label.empty() || label.size() > 16) return 0;
    const Key key = KeyOf(label);
    for (size_t slot = SlotOf(key);; slot = (slot + 1) % kSlots) {
      if (!ids_[slot] || keys_[slot] == key) return ids_[slot];
    }
  }
  constexpr int BaseIndexOf(int id) const { return base_[id]; }
  constexpr size_t BaseSizeOf(int id) const { return base_size_[id]; }

 private:
  static constexpr size_t kSlots = 256;
  struct Key {
    uint64_t head = 0, tail = 0, size = 0;
    bool operator==(const Key&) const = default;
  };
  // Little-endian words, as the machine loads them (built at compile time too).
  template <typename Word>
  static constexpr Word Load(const char* p) {
    if (std::is_constant_evaluated()) {
      Word w = 0;
      for (size_t i = 0; i < sizeof(Word); ++i) w |= static_cast<Word>(static_cast<unsigned char>(p[i])) << (8 * i);
      return w;
    }
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }
  // For 1 to 16 bytes.
  static constexpr Key KeyOf(std::string_view s) {
    const char* p = s.data();
    const size_t n = s.size();
    if (n >= 8) return {Load<uint64_t>(p), Load<uint64_t>(p + n - 8), n};
    if (n >= 4) return {Load<uint32_t>(p), Load<uint32_t>(p + n - 4), n};
    return {static_cast<unsigned char>(p[0]), static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
                                                  static_cast<unsigned char>(p[n - 1]), n};
  }
  static constexpr size_t SlotOf(const Key& k) {
    return ((k.head ^ (k.tail * 0x9e3779b97f4a7c15ULL) ^ k.size) * 0xff51afd7ed558ccdULL) >> 56;
  }
  uint8_t ids_[kSlots] = {};
  Key keys_[kSlots] = {};
  uint8_t base_[std::size(kRelNames)] = {};
  uint8_t base_size_[std::size(kRelNames)] = {};
};

constexpr RelTable kRels;

}  // namespace

// Rel::Of, inlined where the tree reads every token's label.
[[gnu::always_inline]] inline Rel Rel::OfLabel(std::string_view label) {
  if (int id = kRels.IndexOf(label))
    return Rel(label, kRels.BaseSizeOf(id), static_cast<uint8_t>(id), static_cast<uint8_t>(kRels.BaseIndexOf(id)));
  std::string_view base = code::BaseRel(label);
  return Rel(label, base.size(), 0, static_cast<uint8_t>(kRels.IndexOf(base)));
}

Rel Rel::Of(std::string_view label) { return OfLabel(label); }

bool Rel::SameUnlisted(const Rel& a, const Rel& b) { return a.label() == b.label(); }

void ParseTree::Build(const Sentence& s) {
  tokens_ = s.tokens.data();
  const int n = static_cast<int>(s.tokens.size());
  size_ = n;
  heads_.resize(n);
  rels_.resize(n);
  lemmas_.resize(n);
  if (static_cast<int>(lowered_.size()) < n) lowered_.resize(n);
  lemma_hashes_.resize(n);
  rel_counts_.fill(0);
  lemma_bits_.fill(0);
  kids_begin_.assign(n + 1, 0);
  indexed_ = n <= kIndexed;
  with_rel_.fill(0);
  uint64_t roots = 0;
  // (Locals, not members, so that they stay in registers.)
  uint64_t rel_bits = 0;
  bool hyphen = false, comma = false, vbg = false, vbn = false;
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    const int h = t.head;  // (as unsigned, a negative head is out of range too)
    if (static_cast<unsigned>(h) < static_cast<unsigned>(n) && h != i) {
      heads_[i] = h;
      ++kids_begin_[h];  // (counted for LinkKids)
    } else {
      heads_[i] = -1;
      roots |= uint64_t{1} << (i & 63);
    }
    const Rel rel = Rel::OfLabel(t.deprel);
    rels_[i] = rel;
    with_rel_[rel.id_] |= uint64_t{1} << (i & 63);
    with_rel_[rel.base_id_] |= uint64_t{1} << (i & 63);
    rel_bits |= rel.bits();
    ++rel_counts_[rel.id_];
    // (Sizes first: a comparison with a literal would call strlen.)
    hyphen |= t.form.size() == 1 && t.form[0] == '-';
    comma |= t.form.size() == 1 && t.form[0] == ',';
    if (t.xpos.size() == 3 && t.xpos[0] == 'V' && t.xpos[1] == 'B') {
      vbg |= t.xpos[2] == 'G';
      vbn |= t.xpos[2] == 'N';
    }
    const std::string_view lemma = t.lemma.empty() ? std::string_view(t.form) : std::string_view(t.lemma);
    if (HasAsciiCapital(lemma)) {
      // (Lowered as copied, into the buffer's room: one pass, not a copy then a pass.)
      std::string& lowered = lowered_[i];
      lowered.resize(lemma.size());
      char* to = lowered.data();
      for (size_t j = 0; j < lemma.size(); ++j) {
        const char c = lemma[j];
        to[j] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
      lemmas_[i] = lowered;
    } else {
      lemmas_[i] = lemma;
    }
    const uint64_t hash = WordHash(lemmas_[i]);
    lemma_hashes_[i] = hash;
    lemma_bits_[LemmaBit(hash) >> 6] |= uint64_t{1} << (LemmaBit(hash) & 63);
  }
  rel_bits_ = rel_bits;
  roots_ = roots;
  has_hyphen_ = hyphen;
  has_comma_ = comma;
  has_vbg_ = vbg;
  has_vbn_ = vbn;
  LinkKids();
}

void ParseTree::Rebuild() {
  const int n = size();
  kids_begin_.assign(n + 1, 0);
  for (int i = 0; i < n; ++i)
    if (heads_[i] >= 0) ++kids_begin_[heads_[i]];
  LinkKids();
}

void ParseTree::LinkKids() {
  const int n = size();
  // Counting sort of the tokens by head: from the counts, kids_begin_[h]
  // sums to the end of h's list, and filling from the last token back down
  // to its begin keeps each list in sentence order.
  for (int i = 1; i <= n; ++i) kids_begin_[i] += kids_begin_[i - 1];
  kids_.resize(kids_begin_[n]);
  // A nominal's case marker; one with several ("according to") has them
  // joined after the child lists are done. (No view of a lemma has a null
  // data pointer: null is "no marker yet".)
  case_of_.assign(n, std::string_view());
  hangs_on_.fill(0);
  links_stale_ = false;
  subordinator_marker_ = false;
  bool several = false;
  for (int i = n - 1; i >= 0; --i)
    if (heads_[i] >= 0) {
      kids_[--kids_begin_[heads_[i]]] = i;
      hangs_on_[rels_[i].base_id_] |= uint64_t{1} << rels_[heads_[i]].base_id_;
      if (rels_[i] == "case") {
        std::string_view& c = case_of_[heads_[i]];
        several |= c.data() != nullptr;
        c = lemmas_[i];
        subordinator_marker_ |= IsSubordinator(lemmas_[i]);
      }
    }
  if (several) JoinCaseMarkers();
}

void ParseTree::JoinCaseMarkers() {
  // Room for all markers first: the views into case_joined_ must not move.
  size_t room = 0;
  for (int i = 0; i < size(); ++i)
    if (heads_[i] >= 0 && rels_[i] == "case") room += lemmas_[i].size() + 1;
  case_joined_.clear();
  case_joined_.reserve(room);
  for (int h = 0; h < size(); ++h) {
    int markers = 0;
    for (int k : kids(h)) markers += rels_[k] == "case";
    if (markers < 2) continue;
    const size_t begin = case_joined_.size();
    for (int k : kids(h)) {
      if (rels_[k] != "case") continue;
      if (case_joined_.size() > begin) case_joined_ += ' ';
      case_joined_ += lemmas_[k];
    }
    case_of_[h] = std::string_view(case_joined_).substr(begin);
  }
}

void ParseTree::MoveKidsAfter(int from, int to, int after) {
  // (A copy: SetHead does not touch the child lists, but a caller may.)
  for (int k : std::vector<int>(kids(from).begin(), kids(from).end()))
    if (k > after) SetHead(k, to, rel(k));
}

bool ParseTree::HasFiniteVerb(bool outside_quotes) const {
  bool quoted = false;
  for (int t = 0; t < size(); ++t) {
    const std::string_view x = xpos(t);
    if (outside_quotes && (x == "``" || x == "''")) quoted = x == "``";
    if (!quoted && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD")) return true;
  }
  return false;
}

void ParseTree::SetHead(int i, int h, Rel rel) {
  // A repair never makes a token its own ancestor: walks up the tree (here
  // and in the coder) rely on every chain of heads ending at a root. A
  // change that would close a cycle is not made.
  if (h >= 0 && IsWithin(h, i)) return;
  if (indexed_) {
    const uint64_t bit = uint64_t{1} << i;
    with_rel_[rels_[i].id_] &= ~bit;
    with_rel_[rels_[i].base_id_] &= ~bit;
    with_rel_[rel.id_] |= bit;
    with_rel_[rel.base_id_] |= bit;
    roots_ = h < 0 ? roots_ | bit : roots_ & ~bit;
  }
  heads_[i] = h;
  rels_[i] = rel;
  rel_bits_ |= rel.bits();
  ++rel_counts_[rel.id_];
  links_stale_ = true;
}

bool ParseTree::IsPassive(int v) const {
  for (int k : kids(v))
    if (rel(k) == "nsubj:pass" || rel(k) == "aux:pass" || rel(k) == "csubj:pass") return true;
  // A reduced passive: "10 soldiers killed in Ukraine" (the participle
  // modifies its patient); not a raising verb ("a woman believed linked to").
  // (A past form modifying a noun with no subject of its own is the
  // participle the tagger took for a finite verb: "soldiers killed in
  // Ukraine", "a member of the Hamas movement jailed a year ago"; away from
  // its noun, only with no object either.)
  if (rel(v) != "acl") return false;
  for (int k : kids(v))
    if (BaseRel(rel(k)) == "aux" || rel(k) == "xcomp") return false;
  return xpos(v) == "VBN" ||
         (xpos(v) == "VBD" && Child(v, "nsubj") < 0 && (head(v) == v - 1 || Child(v, "obj") < 0));
}


int ParseTree::RelativeObject(int v) const {
  if (v < 0 || rel(v) != "acl:relcl" || head(v) < 0 || IsPassive(v)) return -1;
  bool subject = false;
  for (int k : kids(v)) {
    std::string_view r = rel(k);
    if (r == "obj" || r == "ccomp" || r == "xcomp") return -1;
    // "the city where it fought", "the day when": the noun is no object.
    if (xpos(k) == "WRB" || xpos(k) == "WDT" || xpos(k) == "WP") {
      if (BaseRel(r) == "nsubj" || r == "advmod") return -1;
    }
    subject |= BaseRel(r) == "nsubj" && upos(k) != "SCONJ";
  }
  return subject ? head(v) : -1;
}

int ParseTree::depth(int i) const {
  int d = 0;
  for (int h = head(i); h >= 0 && d < size(); h = head(h)) ++d;
  return d;
}

bool ParseTree::Under(int x, int top) const {
  for (int up = x, hops = 0; up >= 0 && hops < size(); up = head(up), ++hops)
    if (up == top) return true;
  return false;
}

int ParseTree::RepairAll() {
  int repairs = RepairCasesOnVerbs();
  repairs += RepairLoneIndirectObjects();
  repairs += RepairArticleComplements();
  repairs += RepairSubjectsInNounPhrases();
  repairs += RepairCasesOnTitles();
  repairs += RepairRangeCompounds();
  repairs += RepairConditionalsOnReports();
  repairs += RepairDegreeWordSubjects();
  repairs += RepairToComplementsReadAsPurpose();
  repairs += RepairWhetherClausesReadAsAdverbials();
  repairs += RepairToInfinitivesReadAsNouns();
  repairs += RepairFreeRelativeObjects();
  repairs += RepairObjectControlClauses();
  repairs += RepairAbsoluteWithClauses();
  repairs += RepairParticipleAdjectivesAfterVerbs();
  repairs += RepairPossessedParticiples();
  repairs += RepairNumbersBeforeNouns();
  repairs += RepairPartitiveNumbers();
  repairs += RepairParticlesReadAsConjunctions();
  repairs += RepairVerbsReadAsCase();
  repairs += RepairSubjunctiveClauses();
  repairs += RepairPartnersOnMeans();
  repairs += RepairActiveConjunctsOfPassiveComplements();
  repairs += RepairHyphenatedModifiers();
  repairs += RepairVerbsOnAppositions();
  repairs += RepairAmountsOfGoods();
  repairs += RepairAgainstPhrasesOnPlaces();
  repairs += RepairSharedHeadNouns();
  repairs += RepairTitlesEndingInGeneral();
  repairs += RepairFiniteVerbsReadAsModifiers();
  repairs += RepairConjoinedVerbsReadAsModifiers();
  repairs += RepairRelativeClausesReadAsComplements();
  repairs += RepairPrepositionsReadAsNouns();
  repairs += RepairReducedRelativeRoots();
  repairs += RepairNamingPredicates();
  repairs += RepairSummingUpRelatives();
  repairs += RepairFirstOfTwoSubjectsAsObject();
  repairs += RepairNamesCalledForAPurpose();
  repairs += RepairMarkedNounSubjects();
  repairs += RepairPhrasesBeforeClauseMarkers();
  repairs += RepairSubjectsOnObliques();
  repairs += RepairAppositionsInLists();
  repairs += RepairPartitiveAppositions();
  repairs += RepairNamesSplitFromTheirTitle();
  repairs += RepairFlatNamesAcrossConjunctions();
  repairs += RepairNamesSplitFromTitlesInPhrases();
  repairs += RepairListSubjects();
  repairs += RepairReportingClause() >= 0 ? 1 : 0;
  repairs += RepairThatAfterTimeWords();
  repairs += RepairWeekdaysBeforeSubjects();
  repairs += RepairPhrasesOnTimeWords();
  repairs += RepairFrontedTimeSubjects();
  repairs += RepairListsAfterFrontedDays();
  repairs += RepairSplitModifierLists();
  repairs += RepairParticiplesAfterRelativeClauses();
  repairs += RepairParticiplesAfterReportParticiples();
  repairs += RepairCaseMarkedSubjects();
  repairs += RepairMarkedConjuncts();
  repairs += RepairHyphenatedParticiples();
  repairs += RepairReducedRelatives();
  repairs += RepairCausativeComplements();
  repairs += RepairStrandedObjects();
  repairs += RepairListedAdjectives();
  repairs += RepairReducedPassives();
  repairs += RepairSubordinateSubjects();
  repairs += RepairFrontedSubjects();
  repairs += RepairPossessiveSubjects();
  repairs += RepairHyphenatedVerbs();
  repairs += RepairParticipleModifiers();
  repairs += RepairGerundNouns();
  repairs += RepairGerundsInsidePossessedObjects();
  repairs += RepairArticleVerbs();
  repairs += RepairParticipleConjuncts();
  repairs += RepairMeasuresReadAsArguments();
  repairs += RepairFalsePassives();
  repairs += RepairActiveSubjectsOfPassives();
  repairs += RepairAuxiliarySubjects();
  repairs += RepairMarkedRelatives();
  repairs += RepairDoubleSubjects();
  repairs += RepairAppositiveSubjects();
  repairs += RepairSubjectsReadAsAppositionsOfFrontedPhrases();
  repairs += RepairActiveAgents();
  repairs += RepairUnmarkedSharedHeads();
  repairs += RepairUnmarkedConjuncts();
  repairs += RepairConjoinedClauseSubjects();
  repairs += RepairHeadlineListSubjects();
  repairs += RepairVerbAfterRelativeClause();
  repairs += RepairStrandedParticles();
  repairs += RepairOverReadAsParticle();
  repairs += RepairObjectsOfPredicateAdjectives();
  repairs += RepairReportedSubjects();
  repairs += RepairStrayListItems();
  repairs += RepairHyphenatedMediators();
  repairs += RepairMediatedNounAttachment();
  repairs += RepairSubjectBeforeConjunction();
  repairs += RepairNounConjunctsBeforeVerbs();
  repairs += RepairPossessedAdjectives();
  repairs += RepairFrontedPhraseRoots();
  repairs += RepairFrontedWhereClauses();
  repairs += RepairPronounsConjoinedToNames();
  repairs += RepairThatClauseConjuncts();
  repairs += RepairSplitPossessors();
  repairs += RepairGerundClauseSubjects();
  repairs += RepairPastConjunctsOfGerunds();
  repairs += RepairSplitGerundConjuncts();
  repairs += RepairCommaSpliceSubjects();
  repairs += RepairRunOnTitleSubjects();
  repairs += RepairChargeListVerbs();
  repairs += RepairRootPassivesWithoutAuxiliary();
  repairs += RepairSplitCompounds();
  repairs += RepairFiniteVerbsUnderNounRoots();
  repairs += RepairAdjectiveRoots();
  repairs += RepairPastVerbsTaggedAsAdjectives();
  repairs += RepairChargesDAffaires();
  repairs += RepairMainVerbsReadAsModifiers();
  repairs += RepairSubjectsTaggedAsVerbs();
  repairs += RepairThatClausesOnSpeechPhrases();
  repairs += RepairVerbsAfterParticipleAsides();
  repairs += RepairParticiplesOnObjects();
  repairs += RepairAgentsWithoutBy();
  repairs += RepairMeasuredAfterClauses();
  repairs += RepairRelativeClausesReadAsParataxis();
  repairs += RepairConjunctsOfComplements();
  return repairs;
}

int ParseTree::RepairConjunctsOfComplements() {
  if (!MayHave("conj") || !MayHave("xcomp")) return 0;
  int repaired = 0;
  for (int v = NextWith("conj", 1); v >= 0 && v < size(); v = NextWith("conj", v + 1)) {
    // (A past participle with an object of its own is the verb, not an
    // adjective: "void and accused the three powers".)
    const std::string_view x = xpos(v);
    if (x != "VBD" && x != "VBZ" && x != "VBP" && !(x == "VBN" && Child(v, "obj") >= 0)) continue;
    const int complement = head(v);
    if (complement < 0 || complement > v || rel(complement) != "xcomp") continue;
    if (upos(complement) != "ADJ" && upos(complement) != "NOUN") continue;
    const int verb = head(complement);
    if (verb < 0 || upos(verb) != "VERB") continue;
    SetHead(v, verb, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairReportingClause() {
  // (It needs a verb of attribution, which most sentences lack.)
  if (!has_comma_ || !MayHaveLemmaOf(kAttributionVerbs)) return -1;
  const int n = size();
  // The last verb, followed only by non-clausal words up to the end.
  int v = n - 1;
  while (v >= 0 && upos(v) == "PUNCT") --v;
  for (; v >= 0; --v) {
    if (upos(v) == "VERB" || upos(v) == "AUX") break;
    if (upos(v) == "SCONJ" || form(v) == ",") return -1;  // a clause or a list after the verb
  }
  if (v < 3 || !IsFiniteVerb(xpos(v)) || !IsAttributionVerb(lemma(v))) return -1;
  // The speaker: the words between the last comma and the verb, with no verb among them.
  int comma = v - 1;
  while (comma >= 0 && form(comma) != "," && upos(comma) != "VERB" && upos(comma) != "AUX" &&
         upos(comma) != "SCONJ")
    --comma;
  if (comma < 2 || form(comma) != "," || comma + 1 >= v) return -1;
  // The clause before the comma must have a verb of its own.
  bool main_verb = false;
  for (int i = 0; i < comma && !main_verb; ++i) main_verb = upos(i) == "VERB" || upos(i) == "AUX";
  if (!main_verb) return -1;
  // Already right: the verb has its subject. (Unless the subject's phrase
  // was split: "..., US Deputy Secretary of Energy Jeffrey Kupfer said here
  // Wednesday" with "Kupfer" the subject and "Secretary" hung on the clause
  // before the comma; the name is then the title's.)
  int own_subject = -1;
  for (int k : kids(v))
    if (BaseRel(rel(k)) == "nsubj") own_subject = k;
  if (own_subject >= 0) {
    if (own_subject <= comma || upos(own_subject) != "PROPN") return -1;
    bool split = false;
    for (int i = comma + 1; i < own_subject && !split; ++i)
      split = (heads_[i] < comma + 1 || heads_[i] >= v) && IsNominal(upos(i));
    if (!split) return -1;
  }
  // The speaker's head: the nominal of the span whose head lies outside it.
  int speaker = -1;
  for (int i = comma + 1; i < v; ++i) {
    int h = heads_[i];
    bool outside = h < comma + 1 || h >= v;
    if (outside && IsNominal(upos(i))) {
      speaker = i;
      break;
    }
  }
  if (speaker < 0) return -1;
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (heads_[i] < 0) {
      root = i;
      break;
    }
  if (root < 0 || (root > comma && root < v)) return -1;
  if (root != v) SetHead(v, root, "parataxis");
  for (int i = comma + 1; i < v; ++i) {
    if (i == speaker) continue;
    int h = heads_[i];
    if (i == own_subject && i != speaker)
      SetHead(i, speaker, "flat");
    else if (h < comma + 1 || h >= v)
      SetHead(i, speaker, rels_[i]);
  }
  SetHead(speaker, v, "nsubj");
  SetHead(comma, v, "punct");
  Rebuild();
  return v;
}

// "are seeking to deepen a partnership, especially by promoting biofuels",
// parsed with "promoting" a conjunct of "seeking": a verb conjunct with a
// subordinating marker of its own ("by", "while", "after") and no
// coordinator is an adverbial clause of the verb it was conjoined to.
int ParseTree::RepairMarkedConjuncts() {
  if (!MayHave("conj") || !MayHave("mark")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = NextWith("conj", 1); v < tokens; v = NextWith("conj", v + 1)) {
    if (rel(v) != "conj" || upos(v) != "VERB" || head(v) < 0 || upos(head(v)) != "VERB") continue;
    const int mark = Child(v, "mark");
    if (mark < 0 || upos(mark) != "SCONJ" || Child(v, "cc") >= 0) continue;
    SetHead(v, head(v), "advcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairCaseMarkedSubjects() {
  if (!MayHang("case", Rel("nsubj").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 0); t < tokens; t = NextWith("nsubj", t + 1)) {
    if (rel(t) != "nsubj" || head(t) < 0) continue;
    int marker = -1;
    for (int k : kids(t))
      if (rel(k) == "case" && k < t) marker = k;
    if (marker < 0) continue;
    // The real subject: the last nominal before the marker that hangs on t.
    int subject = -1;
    for (int k : kids(t))
      if (k < marker && IsNominal(upos(k)) && (rel(k) == "compound" || rel(k) == "nmod" || rel(k) == "appos" || rel(k) == "nsubj"))
        subject = k;
    if (subject < 0) continue;
    int verb = head(t);
    for (int k : kids(t))
      if (k < marker && k != subject) SetHead(k, subject, rels_[k]);
    SetHead(subject, verb, "nsubj");
    SetHead(t, verb, "obl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairReducedRelatives() {
  if (!MayHave("aux:pass") || !MayHang("nsubj", Rel("advcl").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("advcl", 0); a < tokens; a = NextWith("advcl", a + 1)) {
    if ((xpos(a) != "VBN" && xpos(a) != "VBD") || BaseRel(rel(a)) != "advcl") continue;
    int v = head(a);
    if (v <= a) continue;
    int subject = -1;
    bool aux = false;
    for (int k : kids(a)) {
      Rel kr = rel(k);
      aux |= BaseRel(kr) == "aux" || kr == "cop" || kr == "mark";
      if (kr == "nsubj" && k < a) subject = k;
    }
    if (aux || subject < 0) continue;
    bool passive = false, has_subject = false;
    for (int k : kids(v)) {
      passive |= rel(k) == "aux:pass";
      has_subject |= BaseRel(rel(k)) == "nsubj" || BaseRel(rel(k)) == "csubj";
    }
    if (!passive || has_subject) continue;
    SetHead(subject, v, "nsubj:pass");
    SetHead(a, subject, "acl");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairCausativeComplements() {
  if (!MayHave("xcomp") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int x = NextWith("xcomp", 1); x < tokens; x = NextWith("xcomp", x + 1)) {
    if (rel(x) != "xcomp" || (xpos(x) != "VB" && xpos(x) != "VBP")) continue;
    int v = head(x);
    if (v < 0 || v >= x) continue;
    bool marked = false;
    for (int k : kids(x)) marked |= rel(k) == "mark" || BaseRel(rel(k)) == "nsubj";
    if (marked) continue;
    // The word before the infinitive ends the object of a causative verb
    // that lies between v and x.
    int o = x - 1;
    while (o > v && head(o) > v && head(o) < x && rel(o) != "obj") o = head(o);
    if (o < 0 || rel(o) != "obj") continue;
    int c = head(o);
    if (c <= v || c >= o) continue;
    std::string_view l = lemma(c);
    if (!(l == "help" || l == "make" || l == "let" || l == "have" || l == "see" || l == "watch" || l == "hear"))
      continue;
    SetHead(x, c, "xcomp");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairHyphenatedParticiples() {
  if (!has_hyphen_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = 2; p < tokens; ++p) {
    if (form(p - 1) != "-" || (xpos(p) != "VBN" && xpos(p) != "VBD")) continue;
    // The name before the hyphen: nouns, names and adjectives ("Al Qaeda", "Saudi").
    int xs = p - 2;
    if (!(IsNominal(upos(xs)) || upos(xs) == "ADJ") || upos(xs) == "PRON") continue;
    // (A name extends left over names only: "North Korea test-fired" is no "Korea test".)
    while (xs > 0 && (upos(xs) == "PROPN" || form(xs) == "-") && (upos(xs - 1) == "PROPN" || form(xs - 1) == "-")) --xs;
    if (form(xs) == "-") ++xs;
    if (head(p) < 0) {
      // "Al-Qaeda-linked militants have blockaded ...", parsed with the
      // participle the root and the sentence's verb its complement: the
      // noun right after it is that verb's subject, the participle its
      // modifier, and the verb the root.
      const int noun = p + 1;
      if (noun >= tokens || upos(noun) != "NOUN") continue;
      const int v = head(noun);
      if (v <= noun || head(v) != p || upos(v) != "VERB" || BaseRel(rel(noun)) != "nsubj") continue;
      SetHead(v, -1, "root");
      for (int k : std::vector<int>(kids(p).begin(), kids(p).end()))
        if (k > p && k != v) SetHead(k, v, rels_[k]);
      SetHead(p, noun, "amod");
      for (int x = xs; x <= p - 2; ++x)
        if (heads_[x] < xs || heads_[x] > p || heads_[x] == p) SetHead(x, p, "obl:npmod");
      Rebuild();
      ++repaired;
      continue;
    }
    int noun = -1;
    const int h = head(p);
    if (h > p && (upos(h) == "NOUN" || upos(h) == "PROPN")) {
      noun = h;  // already modifies its noun
    } else {
      for (int k : kids(p))
        if (rel(k) == "obj" && k > p && IsNominal(upos(k)) && upos(k) != "PRON") noun = k;
      if (noun < 0) continue;
      // The noun phrase "X-backed N" takes the place of its one word the
      // parser hung outside it: the participle read as a clause ("Troops
      // shelled Pakistan-administered Kashmir"), or the name ("Iran-backed
      // rebels attacked", the name the subject and the participle its clause).
      int top = -1, tops = 0, name_top = -1;
      for (int i = xs; i <= noun; ++i)
        if (head(i) < xs || head(i) > noun) {
          top = i;
          ++tops;
          if (i < p) name_top = i;
        }
      // "struck camps in Pakistan and Pakistan-administered Kashmir on
      // Wednesday", with the name a conjunct of the first and the participle a
      // conjunct clause of the verb: the name is where the phrase belongs,
      // and what else the participle held ("on Wednesday") goes back to the verb.
      // (Also a complement: "blamed Iran-backed militias", with "Iran" the
      // object and "backed militias" a clause.)
      const int clause_head = head(p);
      if (tops == 2 && name_top >= 0 && clause_head >= 0 && (clause_head < xs || clause_head > noun) &&
          upos(clause_head) == "VERB" &&
          (rel(p) == "conj" || rel(p) == "ccomp" || rel(p) == "parataxis" || rel(p) == "xcomp" ||
           rel(p) == "acl" || BaseRel(rel(p)) == "advcl")) {
        // (And a verb conjoined after it: "blamed Iran-backed militias ... and
        // called on Baghdad" is the first verb's conjunct.)
        for (int k : std::vector<int>(kids(p).begin(), kids(p).end()))
          if (k > noun && (BaseRel(rel(k)) == "obl" || rel(k) == "advmod" || (rel(k) == "conj" && upos(k) == "VERB")))
            SetHead(k, clause_head, rels_[k]);
        top = name_top;
        tops = 1;
      }
      if (tops != 1) continue;
      const int outer = head(top);
      Rel r = rels_[top];
      if (top == p && outer >= 0) {
        bool verb_has_subject = false, verb_has_object = false;
        for (int k : kids(outer)) {
          verb_has_subject |= BaseRel(rel(k)) == "nsubj" && k != p;
          verb_has_object |= rel(k) == "obj" && k != p;
        }
        if (!verb_has_subject && noun < outer &&
            (BaseRel(r) == "advcl" || r == "amod" || BaseRel(r) == "nsubj" || r == "dep"))
          r = "nsubj";
        // (A clausal complement of a verb that has no object: "shelled
        // Pakistan-administered Kashmir" is the verb's object.)
        else if (!verb_has_object && noun > outer && upos(outer) == "VERB" &&
                 (r == "ccomp" || r == "xcomp" || r == "dep"))
          r = "obj";
      }
      SetHead(noun, outer, r);
      SetHead(p, noun, "amod");
      // The phrase's determiner and adjectives before it ("The Al Qaeda-linked
      // group"), hung on the word that was outside, are the noun's.
      if (outer >= 0)
        for (int k : kids(outer))
          if (k < xs && (rel(k) == "det" || rel(k) == "amod") && heads_[k] == outer && top == p) SetHead(k, noun, rels_[k]);
      for (int k : kids(top))
        if (k < xs && (rel(k) == "det" || rel(k) == "amod") && heads_[k] == top) SetHead(k, noun, rels_[k]);
    }
    bool moved = noun != h;
    for (int x = xs; x <= p - 2; ++x)
      if (heads_[x] < xs || heads_[x] > p || (heads_[x] == p && BaseRel(rels_[x]) == "nsubj") ||
          (heads_[x] == noun && x != noun)) {
        SetHead(x, p, "obl:npmod");
        moved = true;
      }
    if (moved) {
      Rebuild();
      ++repaired;
    }
  }
  return repaired;
}

int ParseTree::RepairStrandedObjects() {
  if (!MayHave("obj") || !MayHave("conj") || MostWith("obj") + MostWith("obl:unmarked") < 2) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = 0; v < tokens; ++v) {
    int first = -1;
    for (int k : kids(v)) {
      // (The stranded one may also be labelled a bare oblique: "obl:unmarked".)
      bool object = rel(k) == "obj" || (first >= 0 && rel(k) == "obl:unmarked" && upos(k) == "NOUN");
      if (!object) continue;
      if (first < 0) {
        first = k;
        continue;
      }
      // A conjoined verb between the two objects, with no object of its own.
      int c = -1;
      for (int j : kids(v))
        if (rel(j) == "conj" && j > first && j < k && upos(j) == "VERB" && Child(j, "obj") < 0) c = j;
      if (c < 0) continue;
      SetHead(k, c, "obj");
      ++repaired;
    }
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairListedAdjectives() {
  if (!MayHave("conj") && !MayHave("parataxis")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith({"xcomp", "obj"}, 1); a < tokens; a = NextWith({"xcomp", "obj"}, a + 1)) {
    if (!(rel(a) == "xcomp" || rel(a) == "obj") || upos(a) != "ADJ") continue;
    int v = head(a);
    if (v < 0 || v > a || upos(v) != "VERB" || (Child(v, "obj") >= 0 && Child(v, "obj") != a)) continue;
    // The noun: the next word but commas, "and" and adjectives, made a conjunct.
    int noun = a + 1;
    while (noun < tokens && (upos(noun) == "PUNCT" || upos(noun) == "CCONJ" || upos(noun) == "ADJ") && form(noun) != ".")
      ++noun;
    // (Hung as a conjunct or, by the news-trained parser, as parataxis.)
    if (noun >= tokens || !(upos(noun) == "NOUN" || upos(noun) == "PROPN") ||
        !(rel(noun) == "conj" || rel(noun) == "parataxis"))
      continue;
    SetHead(noun, v, "obj");
    SetHead(a, noun, "amod");
    for (int k = a + 1; k < noun; ++k)
      if (heads_[k] != noun) SetHead(k, noun, rels_[k]);
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

int ParseTree::RepairReducedPassives() {
  if (!has_vbn_ ||
      !MayHang("nsubj", Rel("xcomp").bit() | Rel("acl").bit() | Rel("advcl").bit() | Rel("dep").bit()))
    return 0;
  const int tokens = size();
  int repaired = 0;
  static constexpr Rel kClauses[] = {"xcomp", "acl", "advcl", "dep"};
  for (int v = NextWith(kClauses, 0); v < tokens; v = NextWith(kClauses, v + 1)) {
    if (xpos(v) != "VBN" || head(v) < 0) continue;
    Rel r = rel(v);
    if (!(r == "xcomp" || r == "acl" || BaseRel(r) == "advcl" || r == "dep")) continue;
    bool aux = false;
    int subject = -1;
    for (int k : kids(v)) {
      Rel kr = rel(k);
      aux |= kr == "aux" || kr == "aux:pass" || kr == "cop";
      if (kr == "nsubj") subject = k;
    }
    if (aux || subject < 0) continue;
    SetHead(subject, heads_[subject], "nsubj:pass");
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}


int ParseTree::RepairHeadlineListSubjects() {
  if (size() < 4 || form(1) != "," || (!MayHave("vocative") && !MayHave("dep") && !MayHave("appos"))) return 0;
  const int first = 0, second = 2;
  // "US, Ukraine hold talks" with "Ukraine" the apposition of the subject.
  if (upos(first) == "PROPN" && upos(second) == "PROPN" && head(second) == first && rel(second) == "appos" &&
      rel(first) == "nsubj" && head(first) == second + 1 && (xpos(second + 1) == "VBP" || xpos(second + 1) == "VB") &&
      upos(second + 1) == "VERB" && xpos(first) != "NNPS" &&
      xpos(second) != "NNPS") {
    SetHead(second, first, "conj");
    Rebuild();
    return 1;
  }
  const int v = head(second);
  if (upos(first) != "PROPN" || upos(second) != "PROPN" || v < 0 || v != head(first) || v != second + 1) return 0;
  if (rel(second) != "nsubj" || (xpos(v) != "VBP" && xpos(v) != "VB") || upos(v) != "VERB") return 0;
  if (!(rel(first) == "vocative" || rel(first) == "dep" || rel(first) == "appos")) return 0;
  if (xpos(first) == "NNPS" || xpos(second) == "NNPS") return 0;  // a plural name agrees on its own
  SetHead(first, v, "nsubj");
  SetHead(second, first, "conj");
  SetHead(1, second, "punct");
  Rebuild();
  return 1;
}

int ParseTree::RepairConjoinedClauseSubjects() {
  if (!MayHave("conj") || !MayHave("cc")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = NextWith("conj", 2); v < tokens; v = NextWith("conj", v + 1)) {
    const int n = v - 1;
    if (rel(v) != "conj" || upos(v) != "VERB" || !IsFiniteVerb(xpos(v)) || head(v) < 0 || head(v) >= n) continue;
    if (!(upos(n) == "PROPN" || upos(n) == "NOUN") || rel(n) != "conj" || head(n) < 0 || head(n) >= n) continue;
    bool subject = false;
    for (int k : kids(v)) subject |= BaseRel(rel(k)) == "nsubj";
    if (subject) continue;
    // The coordinator opens the noun's phrase, and the noun's first
    // conjunct lies inside the first clause.
    int cc = -1;
    for (int k : kids(n))
      if (k < n && rel(k) == "cc") cc = k;
    if (cc < 0) continue;
    bool inside = false;
    for (int up = head(n), hops = 0; up >= 0 && hops < tokens && !inside; up = head(up), ++hops)
      inside = up == head(v);
    if (!inside) continue;
    SetHead(n, v, "nsubj");
    SetHead(cc, v, "cc");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairSubordinateSubjects() {
  if (!(MayHave("obl") || MayHave("nmod")) || !MayHaveSubordinatorMarker()) return 0;
  const int tokens = size();
  int repaired = 0;
  // (An oblique, or a modifier of the verb's object.)
  for (int n = NextWith({"obl", "nmod"}, 1); n + 1 < tokens; n = NextWith({"obl", "nmod"}, n + 1)) {
    // (Also hung on the verb's object: "fires missile as Seoul and
    // Washington hold drills", "as" read as a preposition of "missile".)
    const bool on_object = rel(n) == "nmod" && head(n) >= 0 && upos(head(n)) == "NOUN" && head(head(n)) >= 0 &&
                           upos(head(head(n))) == "VERB";
    if ((rel(n) != "obl" && !on_object) || !(upos(n) == "NOUN" || upos(n) == "PROPN")) continue;
    int h = on_object ? head(head(n)) : head(n);
    // "takes effect as Hamas frees hostages": the noun hung as an oblique on
    // the finite verb right after it, which has no subject, is that verb's
    // subject (the marker marks the clause).
    if (!on_object && h == n + 1 && upos(h) == "VERB" && IsFiniteVerb(xpos(h)) && head(h) >= 0 && head(h) < n) {
      bool has_subject = false;
      for (int k : kids(h)) has_subject |= BaseRel(rel(k)) == "nsubj";
      // (The marker opens the noun's phrase: "after the Vatican mediated".)
      int marker = -1;
      for (int k : kids(n))
        if (k < n && rel(k) == "case") {
          bool opens = true;
          for (int x = k + 1; x < n; ++x) opens &= head(x) == n && (rel(x) == "det" || rel(x) == "amod" || rel(x) == "compound");
          if (opens) marker = k;
        }
      const std::string_view m = marker >= 0 ? lemma(marker) : std::string_view();
      if (!has_subject && IsSubordinator(m)) {
        SetHead(n, h, "nsubj");
        SetHead(marker, h, "mark");
        Rebuild();
        ++repaired;
      }
      continue;
    }
    if (h < 0 || h > n || upos(h) != "VERB") continue;
    // The marker opens the noun's phrase.
    int marker = -1, first = n;
    for (int k : kids(n)) {
      if (k > n) break;
      first = std::min(first, k);
      if (rel(k) == "case") marker = k;
    }
    if (marker < 0 || marker != first) continue;
    std::string_view m = lemma(marker);
    if (!IsSubordinator(m)) continue;
    // The verb right after the noun's phrase, hung on the same verb, with no subject.
    int v = n + 1;
    for (int k : kids(n))
      if (k > n) v = std::max(v, k + 1);
    if (n + 1 < tokens && head(n + 1) == n && rel(n + 1) == "acl") v = n + 1;
    if (v >= tokens || upos(v) != "VERB") continue;
    Rel vr = rel(v);
    // (Or hung on the noun as its modifier: "resigned after police fired on
    // protesters", "fired" a participle on "police".)
    const bool on_noun = head(v) == n && vr == "acl";
    if (head(v) != h && !on_noun) continue;
    if (!on_noun &&
        !(vr == "xcomp" || BaseRel(vr) == "advcl" || vr == "conj" || vr == "dep" || vr == "ccomp" || vr == "parataxis"))
      continue;
    bool subject = false, complement = false;
    for (int k : kids(v)) {
      subject |= BaseRel(rel(k)) == "nsubj" || BaseRel(rel(k)) == "csubj";
      complement |= rel(k) == "obj" || rel(k) == "xcomp" || rel(k) == "ccomp";
      // "as police fired on demonstrators": a phrase aimed at someone
      // ("on", "at", "upon") is an act's, not a modifier's.
      const std::string_view c = BaseRel(rel(k)) == "obl" ? std::string_view(CaseOf(k)) : std::string_view();
      complement |= c == "on" || c == "at" || c == "upon";
    }
    // A participle only with a complement of its own ("prepared to attend",
    // "fired on demonstrators"), not "as the troops deployed there": that
    // one may modify the noun.
    // (A base form with no auxiliary or "to" is a present one mistagged:
    // "as Seoul and Washington hold drills".)
    const bool bare_present = xpos(v) == "VB" && on_object && Child(v, "aux", true) < 0 && Child(v, "mark") < 0;
    if (subject || !(IsFiniteVerb(xpos(v)) || bare_present || (xpos(v) == "VBN" && complement))) continue;
    // (The verb first: hung on the noun, it would otherwise make the noun's
    // move a cycle, which SetHead refuses.)
    SetHead(v, h, "advcl");
    SetHead(n, v, "nsubj");
    SetHead(marker, v, "mark");
    // "summoned the ambassador after police raided the offices and detained
    // two employees": the verb was the main verb's conjunct, and so were
    // the subjectless verbs joined after it; they go with it.
    if (vr == "conj")
      for (int k : kids(h)) {
        if (k <= v || rel(k) != "conj" || upos(k) != "VERB" || Child(k, "cc") < 0) continue;
        bool own_subject = false;
        for (int kk : kids(k)) own_subject |= BaseRel(rel(kk)) == "nsubj";
        if (!own_subject) SetHead(k, v, "conj");
      }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairFrontedSubjects() {
  if (!has_comma_ || !(MayHave("conj") || MayHave("appos"))) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int v = 3; v < tokens; ++v) {
    // Finite: not a base form or participle (a bare tag from hand-made input counts).
    if (upos(v) != "VERB" || xpos(v) == "VB" || xpos(v) == "VBG" || xpos(v) == "VBN") continue;
    bool subject = false;
    for (int k : kids(v))
      subject |= BaseRel(rel(k)) == "nsubj" || BaseRel(rel(k)) == "csubj" || rel(k) == "expl";
    if (subject) continue;
    // The words between the comma and the verb: a noun phrase, nothing else.
    int comma = v - 1;
    // (A possessor's "'s" too: "In Moscow, India's National Security Adviser
    // Ajit Doval met Putin"; and a title's "of": "On Sunday, Secretary of
    // State Marco Rubio spoke to Sudani".)
    while (comma > 0 && form(comma) != "," &&
           (IsNominal(upos(comma)) || upos(comma) == "DET" || upos(comma) == "ADJ" || upos(comma) == "NUM" ||
            xpos(comma) == "POS" || (lemma(comma) == "of" && comma + 1 < v && upos(comma + 1) == "PROPN")))
      --comma;
    if (comma < 2 || form(comma) != "," || comma + 1 >= v) continue;
    int n = -1;
    bool one_phrase = true;
    for (int i = comma + 1; i < v; ++i) {
      int hi = head(i);
      if (hi > comma && hi < v) continue;
      if (n >= 0) one_phrase = false;
      n = i;
    }
    if (!one_phrase || n < 0 || !(upos(n) == "NOUN" || upos(n) == "PROPN")) continue;
    if (!(rel(n) == "conj" || rel(n) == "appos") || head(n) < 0 || head(n) >= comma) continue;
    // Before the comma, a fronted adverbial of this verb: the word before the
    // comma hangs, through nouns and clauses, on an adverbial of the verb.
    int up = comma - 1, hops = 0;
    while (up >= 0 && head(up) != v && hops++ < tokens) up = head(up);
    if (up < 0 || head(up) != v || !(BaseRel(rel(up)) == "advcl" || BaseRel(rel(up)) == "obl" || rel(up) == "advmod"))
      continue;
    SetHead(n, v, "nsubj");
    if (head(comma) != v) SetHead(comma, v, "punct");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairPossessiveSubjects() {
  if (!MayHang("appos", Rel("nsubj").bit()) || !MayHang("case", Rel("nsubj").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 0); t + 2 < tokens; t = NextWith("nsubj", t + 1)) {
    if (BaseRel(rel(t)) != "nsubj" || head(t) < 0) continue;
    int possessive = -1, name = -1;
    for (int k : kids(t)) {
      if (k > t && rel(k) == "case" && (xpos(k) == "POS" || form(k) == "'s" || form(k) == "\u2019s")) possessive = k;
      if (possessive >= 0 && k > possessive && rel(k) == "appos" && (upos(k) == "PROPN" || upos(k) == "NOUN")) {
        name = k;
        break;
      }
    }
    if (name < 0 || head(t) < name) continue;
    SetHead(name, head(t), rels_[t]);
    SetHead(t, name, "nmod:poss");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairHyphenatedVerbs() {
  if (!has_hyphen_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int p = NextWith("amod", 2); p < tokens; p = NextWith("amod", p + 1)) {
    if (rel(p) != "amod" || (xpos(p) != "VBN" && xpos(p) != "VBD") || form(p - 1) != "-") continue;
    std::string_view prefix = form(p - 2);
    if (prefix.empty() || !(prefix[0] >= 'a' && prefix[0] <= 'z')) continue;
    const int n = head(p);
    if (n <= p || !(upos(n) == "NOUN" || upos(n) == "PROPN") || Child(n, "cop") >= 0) continue;
    int subject = -1;
    for (int k : kids(n))
      if (BaseRel(rel(k)) == "nsubj" && k < p - 2) subject = k;
    if (subject < 0) continue;
    SetHead(p, head(n), rels_[n]);
    SetHead(subject, p, "nsubj");
    SetHead(n, p, "obj");
    if (head(p - 2) != p) SetHead(p - 2, p, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairParticipleModifiers() {
  if (!MayHang("obj", Rel("csubj").bit() | Rel("nsubj").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith({"csubj", "nsubj"}, 0); g + 1 < tokens; g = NextWith({"csubj", "nsubj"}, g + 1)) {
    // "Old foes Gondor and Osgiliath have renewed": a plural noun tagged as
    // a present-tense verb ("foes", "allies") made the subject, with the name
    // after it as its object, is the name's modifier too.
    const bool participle = rel(g) == "csubj" && xpos(g) == "VBG";
    const bool mistagged_noun = rel(g) == "nsubj" && (xpos(g) == "VBZ" || xpos(g) == "VBP");
    if (!participle && !mistagged_noun) continue;
    const int v = head(g);
    const int o = g + 1;
    if (v <= o || head(o) != g || rel(o) != "obj" || !(upos(o) == "PROPN" || (participle && upos(o) == "NOUN")))
      continue;
    // Only the words before it may be the phrase's: determiners and adjectives.
    bool opens = true;
    for (int i = 0; i < g; ++i) opens &= upos(i) == "DET" || upos(i) == "ADJ" || upos(i) == "PUNCT";
    if (!opens) continue;
    SetHead(o, v, "nsubj");
    if (participle)
      SetHead(g, o, "amod");
    else
      SetHead(g, o, "compound");
    for (int i = 0; i < g; ++i)
      if (heads_[i] == g) SetHead(i, o, rels_[i]);
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairGerundNouns() {
  if (!has_vbg_) return 0;
  const int tokens = size();
  int repaired = 0;
  static constexpr Rel kClauses[] = {"advcl", "acl", "xcomp", "dep", "conj"};
  for (int g = NextWith(kClauses, 1); g < tokens; g = NextWith(kClauses, g + 1)) {
    if (xpos(g) != "VBG") continue;
    const Rel r = BaseRel(rel(g));
    if (r != "advcl" && r != "acl" && r != "xcomp" && r != "dep" && r != "conj") continue;
    const int n = g - 1;
    if (upos(n) != "NOUN" || head(n) != head(g) || head(n) < 0) continue;
    // (A plural noun is who does it, not a compound's modifier: "fired on
    // protesters marching to parliament"; "tank shelling" is singular.)
    if (xpos(n) == "NNS") continue;
    const Rel nr = BaseRel(rel(n));
    if ((nr != "obl" && nr != "nmod") || Child(n, "case") < 0) continue;
    bool clause = false;
    for (int k : kids(g)) {
      const Rel kr = BaseRel(rel(k));
      clause |= k < g || kr == "obj" || kr == "nsubj" || kr == "mark" || kr == "aux" || kr == "cop" ||
                kr == "iobj" || kr == "ccomp" || kr == "xcomp";
    }
    if (clause) continue;
    SetHead(g, head(n), rels_[n]);
    for (int k = 0; k < n; ++k)
      if (heads_[k] == n) SetHead(k, g, rels_[k]);
    SetHead(n, g, "compound");
    for (int k = g + 1; k < tokens; ++k)
      if (heads_[k] == g && BaseRel(rels_[k]) == "obl") SetHead(k, g, "nmod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Hamfast Gamgee has rescheduled his annual mushroom hunting trip in the
// White Downs", parsed with "his annual mushroom" the object and "hunting
// trip" an adverbial clause of the verb. A possessed singular object is a
// whole noun phrase; an -ing word right after it, the verb's own clause, with
// a bare singular noun for its object right after, runs on in the phrase
// (the noun needs the possessive): the noun after the -ing word is the
// object, the two before it its modifiers. (Not after "the" or "a":
// "attacked the town using artillery" is the means.)
int ParseTree::RepairGerundsInsidePossessedObjects() {
  if (!has_vbg_ || !MayHave("nmod:poss")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith("advcl", 2); g + 1 < tokens; g = NextWith("advcl", g + 1)) {
    if (xpos(g) != "VBG" || rel(g) != "advcl") continue;
    const int n1 = g - 1, n2 = g + 1, v = head(g);
    if (v < 0 || head(n1) != v || rel(n1) != "obj" || xpos(n1) != "NN") continue;
    if (head(n2) != g || rel(n2) != "obj" || xpos(n2) != "NN") continue;
    if (Child(n1, "nmod:poss") < 0 || Child(n1, "det") >= 0) continue;
    bool bare = true;
    for (int k : kids(n2)) bare &= k > n2;
    for (int k : kids(g)) bare &= k > g;
    for (int k : kids(n1)) bare &= k < n1;
    if (!bare) continue;
    SetHead(n2, v, "obj");
    for (int k : std::vector<int>(kids(n1).begin(), kids(n1).end())) SetHead(k, n2, rel(k));
    for (int k : std::vector<int>(kids(g).begin(), kids(g).end()))
      if (k > n2) SetHead(k, v, rel(k));
    SetHead(g, n2, "compound");
    SetHead(n1, g, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairArticleVerbs() {
  constexpr uint64_t kClauses =
      Rel("advcl").bit() | Rel("acl").bit() | Rel("xcomp").bit() | Rel("ccomp").bit() | Rel("dep").bit();
  if (!MayHang("det", kClauses) || !MayHang("case", kClauses)) return 0;
  const int tokens = size();
  int repaired = 0;
  static constexpr Rel kClauseRels[] = {"advcl", "acl", "xcomp", "ccomp", "dep"};
  for (int x = NextWith(kClauseRels, 0); x < tokens; x = NextWith(kClauseRels, x + 1)) {
    if (!(rel(x).base().bit() & kClauses) || upos(x) != "VERB" || head(x) < 0) continue;
    int det = -1, case_marker = -1;
    bool clause = false;
    for (int k : kids(x)) {
      const Rel kr = BaseRel(rel(k));
      if (kr == "det" && k < x) det = k;
      if (kr == "case" && k < x) case_marker = k;
      clause |= kr == "nsubj" || kr == "aux" || kr == "mark" || kr == "cop" || kr == "csubj";
    }
    if (clause || det < 0 || case_marker < 0) continue;
    std::string_view d = lemma(det);
    if (d != "a" && d != "an" && d != "the") continue;
    const bool under_noun = upos(head(x)) == "NOUN" || upos(head(x)) == "PROPN";
    if (under_noun)
      SetHead(x, head(x), "nmod");
    else
      SetHead(x, head(x), "obl");
    for (int k : kids(x))
      if (BaseRel(rels_[k]) == "obj") SetHead(k, x, "nmod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairParticipleConjuncts() {
  if (!has_vbg_ || !has_comma_) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int g = NextWith("conj", 1); g < tokens; g = NextWith("conj", g + 1)) {
    if (BaseRel(rel(g)) != "conj" || xpos(g) != "VBG" || form(g - 1) != ",") continue;
    const int n = head(g);
    if (n < 0 || !(upos(n) == "NOUN" || upos(n) == "PROPN")) continue;
    bool clause = false;
    for (int k : kids(g)) {
      const Rel kr = BaseRel(rel(k));
      clause |= kr == "cc" || kr == "nsubj" || kr == "aux" || kr == "mark";
    }
    if (clause) continue;
    // The verb the noun's phrase depends on.
    int v = head(n);
    for (int hops = 0; v >= 0 && upos(v) != "VERB" && hops < 4; ++hops) v = head(v);
    if (v < 0 || upos(v) != "VERB" || v > g) continue;
    SetHead(g, v, "advcl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairAuxiliarySubjects() {
  if (!MayHang("nsubj", Rel("aux").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 0); t < tokens; t = NextWith("nsubj", t + 1)) {
    const int a = head(t);
    if (BaseRel(rel(t)) != "nsubj" || a < 0 || upos(a) != "AUX" || BaseRel(rel(a)) != "aux") continue;
    const int v = head(a);
    if (v < 0) continue;
    bool has_subject = false;
    for (int k : kids(v)) has_subject |= BaseRel(rel(k)) == "nsubj" || BaseRel(rel(k)) == "csubj";
    if (has_subject) continue;
    SetHead(t, v, rels_[t]);
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairMarkedRelatives() {
  if (!MayHave("acl:relcl") || !MayHave("mark")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("acl:relcl", 0); t < tokens; t = NextWith("acl:relcl", t + 1)) {
    if (rel(t) != "acl:relcl" || head(t) < 0) continue;
    bool marked = false;
    for (int k : kids(t)) marked |= rel(k) == "mark" && lemma(k) == "that";
    if (!marked) continue;
    // (A clause missing its object is a relative one whatever "that" was
    // tagged: "a plan that Kyiv criticized", unless the noun is one of
    // saying or knowing, whose "that" clause is its content.)
    static constexpr std::string_view kContentNouns[] = {
        "claim", "fear", "report", "hope", "warning", "fact", "news", "evidence", "sign", "assurance", "belief",
        "concern", "idea", "view", "suggestion", "statement", "rumour", "rumor", "allegation", "accusation",
        "proof", "notion", "possibility", "likelihood", "chance", "risk", "message", "promise", "pledge",
        "indication", "insistence", "demand", "call", "understanding", "agreement", "condition", "conclusion"};
    bool content = false;
    for (std::string_view w : kContentNouns) content |= lemma(head(t)) == w;
    if (!content && Child(t, "obj") < 0 && Child(t, "ccomp") < 0 && Child(t, "nsubj:pass") < 0 &&
        Child(t, "nsubj") >= 0 && xpos(Child(t, "nsubj")) != "EX") {
      // ("that" is then the relative pronoun, the clause's object.)
      for (int k : kids(t))
        if (rel(k) == "mark" && lemma(k) == "that") SetHead(k, t, "obj");
      Rebuild();
      ++repaired;
      continue;
    }
    SetHead(t, head(t), "acl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairFalsePassives() {
  if (!MayHave("nsubj:pass") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj:pass", 0); t < tokens; t = NextWith("nsubj:pass", t + 1)) {
    if (rel(t) != "nsubj:pass") continue;
    const int v = head(t);
    if (v < 0 || Child(v, "aux:pass") >= 0 || Child(v, "obj") < 0) continue;
    SetHead(t, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairDoubleSubjects() {
  if (MostWith("nsubj") < 2) return 0;
  const int tokens = size();
  int repaired = 0;
  auto nominal = [&](int t) { return upos(t) == "NOUN" || upos(t) == "PROPN"; };
  for (int b = NextWith("nsubj", 0); b < tokens; b = NextWith("nsubj", b + 1)) {
    const int v = head(b);
    // "Japan told South Korea it must stop": the one told, right after
    // "told", read as a second subject of what it was told.
    if (v >= 0 && rel(b) == "nsubj" && rel(v) == "ccomp" && head(v) >= 0 && head(v) < b) {
      const int told = head(v);
      const std::string_view l = lemma(told);
      int first = -1;
      for (int k : kids(v))
        if (rel(k) == "nsubj" && k < b && k > told && nominal(k)) first = k;
      if (first >= 0 && (l == "tell" || l == "inform" || l == "assure" || l == "warn" || l == "remind") &&
          Child(told, "obj") < 0 && Child(told, "iobj") < 0) {
        bool adjacent = true;
        for (int x = told + 1; x < first && adjacent; ++x) adjacent = head(x) == first;
        if (adjacent) {
          SetHead(first, told, "obj");
          Rebuild();
          ++repaired;
          continue;
        }
      }
    }
    if (v < 0 || rel(b) != "nsubj" || !nominal(b)) continue;
    int a = -1;
    for (int k : kids(v))
      if (k < b && rel(k) == "nsubj" && nominal(k)) a = k;
    if (a < 0) continue;
    // "Evil Mordor, the awful Fornost, and good Gondor welcomed": a list
    // read as two subjects (the middle item an apposition of the first).
    int cc = -1;
    for (int k : kids(v))
      if (rel(k) == "cc" && k > a && k < b) cc = k;
    for (int k : kids(b))
      if (rel(k) == "cc" && k > a && k < b) cc = k;
    if (cc >= 0) {
      // ("Talks between Hamas and Israel resumed": the name after "and"
      // completes the "between" phrase right before it, which needs two.)
      int first = a;
      if (const int n = cc - 1; n > a && Under(n, a) && (rel(n) == "nmod" || rel(n) == "obl") && nominal(n) &&
                                CaseOf(n) == "between")
        first = n;
      SetHead(b, first, "conj");
      SetHead(cc, b, "cc");
      for (int k : kids(a))
        if (rel(k) == "appos" && k < b) SetHead(k, a, "conj");
      Rebuild();
      ++repaired;
      continue;
    }
    // (A hyphen inside the words is no list: "Israel's far-right minister".)
    bool adjacent = true;
    for (int x = a + 1; x < b && adjacent; ++x)
      adjacent = (upos(x) != "PUNCT" || form(x) == "-") && upos(x) != "CCONJ" && (Under(x, a) || Under(x, b));
    if (!adjacent) continue;
    // "Israel's ... minister Itamar Ben-Gvir resigned": a possessor.
    bool possessor = false;
    for (int k : kids(a)) possessor |= k == a + 1 && rel(k) == "case" && (xpos(k) == "POS" || form(k) == "'s");
    if (possessor) SetHead(a, b, "nmod:poss");
    else SetHead(a, b, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Mordor, the Shire, Fornost and Bree welcomed": an item of a list hung
// on the item before it as an apposition, with more items after it, is one
// more item.
int ParseTree::RepairAppositionsInLists() {
  if (!MayHave("appos") || !MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int x = NextWith("appos", 0); x < tokens; x = NextWith("appos", x + 1)) {
    if (rel(x) != "appos" || x == 0 || form(x - 1) != ",") continue;
    const int h = head(x);
    if (h < 0 || h > x) continue;
    const int first = rel(h) == "conj" && head(h) >= 0 && head(h) < h ? head(h) : h;
    if (first != h && upos(first) != upos(h) && !(upos(first) == "PROPN" || upos(first) == "NOUN")) continue;
    bool later_item = false;
    for (int k : kids(first)) later_item |= rel(k) == "conj" && k > x && Child(k, "cc") >= 0;
    if (!later_item) continue;
    SetHead(x, first, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "detained 200 migrant workers, most of them Tajik citizens": a phrase
// opened by "most of them" (many, some, all, half of them) after a comma
// says who the noun before is, an apposition, not another item of a list.
int ParseTree::RepairPartitiveAppositions() {
  if (!MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int x = NextWith("conj", 0); x < tokens; x = NextWith("conj", x + 1)) {
    if (rel(x) != "conj" || Child(x, "cc") >= 0) continue;
    const int h = head(x);
    if (h < 0 || h > x || !IsNominal(upos(x)) || !IsNominal(upos(h))) continue;
    // The quantifier opens the phrase, right after its comma: ", most of them".
    int q = -1;
    for (int k : kids(x))
      if (k < x && (lemma(k) == "most" || lemma(k) == "many" || lemma(k) == "some" || lemma(k) == "all" ||
                    lemma(k) == "half" || lemma(k) == "several"))
        q = k;
    if (q < 1 || form(q - 1) != ",") continue;
    bool of_them = false;
    for (int k : kids(q)) of_them |= (lemma(k) == "they" || lemma(k) == "them") && Child(k, "case") >= 0;
    if (!of_them) continue;
    SetHead(x, h, "appos");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "Xi met Kuomintang chairwoman Cheng Li-wun in Beijing and urged ...",
// parsed with the role the object and the name the subject of the second
// verb: a name right after a singular common noun that is a verb's object,
// made the subject of a verb conjoined to that verb, is the object (the
// role its title), and the conjoined verb shares the first verb's subject.
int ParseTree::RepairNamesSplitFromTheirTitle() {
  if (!MayHave("conj") || !MayHave("obj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int o = NextWith("obj", 0); o + 1 < tokens; o = NextWith("obj", o + 1)) {
    if (rel(o) != "obj" || upos(o) != "NOUN" || xpos(o) != "NN") continue;
    const int name = o + 1;
    if (upos(name) != "PROPN" || BaseRel(rel(name)) != "nsubj" || form(name).empty() ||
        !(form(name)[0] >= 'A' && form(name)[0] <= 'Z'))
      continue;
    const int v1 = head(o), v2 = head(name);
    if (v1 < 0 || v2 <= name || head(v2) != v1 || rel(v2) != "conj") continue;
    SetHead(name, v1, "obj");
    SetHead(o, name, "compound");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "imposed sanctions on Brazilian Supreme Court Justice Alexandre de
// Moraes, who ..., and President Donald Trump signed an order", parsed with
// "Alexandre de Moraes" a second subject of "signed": a name right after a
// capitalized title inside another phrase, made the subject of a later verb
// that has a subject of its own between them, is the title's name.
int ParseTree::RepairNamesSplitFromTitlesInPhrases() {
  if (!MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 1); t < tokens; t = NextWith("nsubj", t + 1)) {
    if (rel(t) != "nsubj" || upos(t) != "PROPN") continue;
    const int title = t - 1, v = head(t);
    if (v <= t || upos(title) != "PROPN" || head(title) == t || IsWithin(title, t)) continue;
    const std::string_view tr = BaseRel(rel(title));
    if (tr != "nmod" && tr != "obl" && tr != "obj" && tr != "appos") continue;
    bool other = false;
    for (int k : kids(v)) other |= k > t && BaseRel(rel(k)) == "nsubj";
    if (!other) continue;
    for (int k : std::vector<int>(kids(t).begin(), kids(t).end())) SetHead(k, title, rels_[k]);
    SetHead(t, title, "flat");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

// "The United States on Thursday fired two shells": the subject hung on
// the fronted time phrase instead of the verb it precedes.
int ParseTree::RepairFrontedPhraseRoots() {
  const int tokens = size();
  if (tokens < 6 || upos(0) != "ADP" || !MayHave("appos")) return 0;
  const int r = head(0);
  if (r <= 0 || head(r) >= 0 || (upos(r) != "NOUN" && upos(r) != "PROPN") || rel(0) != "case") return 0;
  // The first finite verb after the phrase's noun, with no subject.
  int v = -1;
  for (int k = r + 1; k < tokens && v < 0; ++k)
    if (upos(k) == "VERB" && (xpos(k) == "VBD" || xpos(k) == "VBZ" || xpos(k) == "VBP")) v = k;
  if (v < 0 || Child(v, "nsubj", true) >= 0 || !Under(v, r)) return 0;
  // The names right before it: a name (or the last of a list) whose list
  // head is an apposition opened by a comma.
  int x = v - 1;
  if (upos(x) != "PROPN") return 0;
  while (rel(x) == "conj" && head(x) >= 0 && head(x) < x) x = head(x);
  while (rel(x) == "flat" && head(x) >= 0 && head(x) < x) x = head(x);
  if (rel(x) != "appos" || x < 2 || form(x - 1) != ",") return 0;
  SetHead(v, -1, "root");
  SetHead(x, v, "nsubj");
  SetHead(r, v, "obl");
  // What followed the verb but hung in the fronted phrase is the verb's.
  for (int k = v + 1; k < tokens; ++k)
    if (head(k) >= 0 && head(k) < v && !Under(head(k), x)) SetHead(k, v, rel(k) == "acl" ? Rel("advcl") : rel(k));
  Rebuild();
  return 1;
}

int ParseTree::RepairPossessedAdjectives() {
  if ((!MayHave("nmod:poss") && !MayHave("nsubj")) || !MayHave("ccomp")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int a = NextWith("ccomp", 1); a < tokens; a = NextWith("ccomp", a + 1)) {
    if (rel(a) != "ccomp" || upos(a) != "ADJ") continue;
    const int v = head(a);
    if (v < 0 || v > a || upos(v) != "VERB" || Child(v, "obj") >= 0) continue;
    const int owner = Child(a, "nmod:poss");
    if (owner < 0 || owner > a || Child(a, "nsubj", true) >= 0 || Child(a, "cop") >= 0) continue;
    SetHead(a, v, "obj");
    Rebuild();
    ++repaired;
  }
  // "criticised the government's continued crackdown on protesters", parsed
  // with "continued" a clause (a participle) that owns the possessor and
  // has "crackdown" as its object: the noun is the verb's object, the
  // participle its modifier and the possessor its owner.
  for (int a = NextWith("ccomp", 1); a + 1 < tokens; a = NextWith("ccomp", a + 1)) {
    if (rel(a) != "ccomp" || upos(a) != "VERB" || (xpos(a) != "VBN" && xpos(a) != "VBG")) continue;
    const int v = head(a);
    if (v < 0 || v > a || upos(v) != "VERB" || Child(v, "obj") >= 0) continue;
    int owner = Child(a, "nmod:poss");
    // (Or read as its subject, the possessive "'s" still on it.)
    if (owner < 0) {
      const int s = Child(a, "nsubj");
      if (s >= 0 && s + 1 < a && xpos(s + 1) == "POS" && head(s + 1) == s) owner = s;
    }
    const int n = a + 1;
    if (owner < 0 || owner > a || head(n) != a || rel(n) != "obj" || upos(n) != "NOUN") continue;
    if ((Child(a, "nsubj", true) >= 0 && Child(a, "nsubj", true) != owner) || Child(a, "aux", true) >= 0 ||
        Child(a, "mark") >= 0)
      continue;
    SetHead(n, v, "obj");
    SetHead(a, n, "amod");
    SetHead(owner, n, "nmod:poss");
    for (int k : kids(a))
      if (k != owner && BaseRel(rel(k)) == "obl") SetHead(k, n, "nmod");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairSubjectsOnObliques() {
  if (!MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("nsubj", 0); t < tokens; t = NextWith("nsubj", t + 1)) {
    if (rel(t) != "nsubj") continue;
    const int x = head(t);
    if (x <= t || (upos(x) != "NOUN" && upos(x) != "PROPN") || BaseRel(rel(x)) != "obl") continue;
    const int v = head(x);
    bool marked = false;
    for (int k : kids(x)) marked |= rel(k) == "case" && k < x;
    // "ready to meet Chinese Commerce Minister Wang Wentao \"in the coming
    // weeks\"", parsed with the name the subject of "weeks": after a verb
    // with no object, the name is its object.
    if (marked && v >= 0 && v < t && upos(v) == "VERB" && Child(v, "obj") < 0 && Child(v, "ccomp") < 0) {
      SetHead(t, v, "obj");
      Rebuild();
      ++repaired;
      continue;
    }
    if (v <= x || upos(v) != "VERB" || Child(v, "nsubj") >= 0 || Child(v, "nsubj:pass") >= 0) continue;
    if (!marked) continue;
    SetHead(t, v, "nsubj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairListSubjects() {
  if (!MayHave("cc") || !MayHang("nsubj", Rel("conj").bit())) return 0;
  const int tokens = size();
  int repaired = 0;
  auto nominal = [&](int t) { return upos(t) == "NOUN" || upos(t) == "PROPN"; };
  for (int v = NextWith("conj", 0); v < tokens; v = NextWith("conj", v + 1)) {
    int noun = head(v);
    if (noun < 0 || noun > v || rel(v) != "conj" || upos(v) != "VERB" || !nominal(noun)) continue;
    // (A name's last part stands for the name: "Lee Jae-myung and ...
    // Ishiba agreed", the verb hung on "myung".)
    for (int hops = 0; hops < 4 && noun >= 0 && rel(noun) == "flat" && head(noun) >= 0 && head(noun) < noun; ++hops)
      noun = head(noun);
    if (!nominal(noun)) continue;
    const Rel noun_rel = rel(noun);
    if (head(noun) >= 0 && BaseRel(noun_rel) != "nsubj") continue;
    int subject = -1, cc = -1;
    for (int k : kids(v))
      if (BaseRel(rel(k)) == "nsubj" && k > noun && nominal(k)) subject = k;
    if (subject < 0) continue;
    for (int k : kids(v))
      if (rel(k) == "cc" && k > noun && k < subject) cc = k;
    for (int k : kids(subject))
      if (rel(k) == "cc" && k > noun && k < subject) cc = k;
    if (cc < 0) continue;
    const int up = head(noun);
    SetHead(v, up, up < 0 ? Rel("root") : Rel("ccomp"));
    SetHead(noun, v, "nsubj");
    SetHead(subject, noun, "conj");
    SetHead(cc, subject, "cc");
    for (int k : kids(noun))
      if (rel(k) == "appos" && k < subject) SetHead(k, noun, "conj");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairActiveAgents() {
  if (!MayHave("obl:agent")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int t = NextWith("obl:agent", 0); t < tokens; t = NextWith("obl:agent", t + 1)) {
    const int v = head(t);
    if (v < 0 || rel(t) != "obl:agent" || upos(v) != "VERB") continue;
    bool active = false, passive = false, object = false;
    for (int k : kids(v)) {
      active |= rel(k) == "nsubj";
      passive |= rel(k) == "aux:pass" || rel(k) == "nsubj:pass";
      object |= rel(k) == "obj";
    }
    if (!active || passive) continue;
    int by = -1, mod = -1;
    for (int k : kids(t)) {
      if (k < t && rel(k) == "case") by = k;
      if (k < t && rel(k) == "compound" && upos(k) == "NOUN") mod = k;
      // The news-trained parser tags the run-in noun an adjective as often:
      // "by courier money" with "courier" JJ, amod of "money".
      if (k < t && rel(k) == "amod" && xpos(k) == "JJ") mod = k;
    }
    if (!object && by >= 0 && mod == by + 1 && mod == t - 1) {
      SetHead(mod, v, "obl");
      SetHead(by, mod, "case");
      SetHead(t, v, "obj");
    } else {
      SetHead(t, v, "obl");
    }
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairUnmarkedConjuncts() {
  if (!MayHave("conj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int c = NextWith("conj", 0); c < tokens; c = NextWith("conj", c + 1)) {
    const int h = head(c);
    if (h < 0 || h > c || rel(c) != "conj" || (upos(c) != "PROPN" && upos(c) != "NOUN")) continue;
    int prev = h;
    for (int k : kids(h))
      if (k < c && rel(k) == "conj") prev = std::max(prev, k);
    if (upos(prev) != "PROPN" && upos(prev) != "NOUN") continue;
    bool marked = false;
    for (int x = prev + 1; x < c && !marked; ++x) marked = upos(x) == "PUNCT" || upos(x) == "CCONJ";
    for (int k : kids(c)) marked |= rel(k) == "cc" || rel(k) == "punct";
    if (marked) continue;
    SetHead(c, prev, "appos");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code

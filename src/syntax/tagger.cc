#include "syntax/tagger.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <random>

#include "syntax/hash.h"
#include "syntax/shuffle.h"

namespace dyad::syntax {
namespace {

// Values standing for "no word" / "no tag" outside the sentence.
constexpr uint64_t kPadWord = 0x5eed0001ULL;
constexpr uint32_t kUnknownAmbiguity = 0x7a11ULL;
constexpr int kStartTag = 1000;
constexpr uint64_t kUnknownWord = 0x0dd1a7c5ULL;  // tag_form/tag_lower of words outside the vocabulary

const WordInfo& Pad() {
  static const WordInfo pad = [] {
    WordInfo w;
    w.form = w.lower = w.shape = w.tag_form = w.tag_lower = kPadWord;
    for (auto& s : w.suffix) s = kPadWord;
    for (auto& p : w.prefix) p = kPadWord;
    w.ambiguity = 0x9ad;
    return w;
  }();
  return pad;
}

}  // namespace

int TagSet::Find(const std::string& u, const std::string& x) const {
  for (int i = 0; i < size(); ++i)
    if (upos[i] == u && xpos[i] == x) return i;
  return -1;
}

void ComputeWordInfos(const Sentence& s, std::vector<WordInfo>* out) {
  out->resize(s.tokens.size());
  std::string scratch;
  for (size_t i = 0; i < s.tokens.size(); ++i) ComputeWordInfo(s.tokens[i].form, &scratch, &(*out)[i]);
}

TagSet Tagger::CollectTagSet(const std::vector<const Sentence*>& corpus) {
  TagSet ts;
  std::map<std::pair<std::string, std::string>, int> seen;
  for (const Sentence* s : corpus)
    for (const Token& t : s->tokens)
      if (seen.emplace(std::make_pair(t.upos, t.xpos), ts.size()).second) {
        ts.upos.push_back(t.upos);
        ts.xpos.push_back(t.xpos);
      }
  return ts;
}

int Tagger::Features(const WordInfo* w, int n, int i, int t1, int t2, uint32_t* f) const {
  const WordInfo& c = w[i];
  const WordInfo& p1 = i >= 1 ? w[i - 1] : Pad();
  const WordInfo& p2 = i >= 2 ? w[i - 2] : Pad();
  const WordInfo& n1 = i + 1 < n ? w[i + 1] : Pad();
  const WordInfo& n2 = i + 2 < n ? w[i + 2] : Pad();
  int k = 0;
  f[k++] = Feat(1, 0);
  f[k++] = Feat(2, c.tag_form);
  f[k++] = Feat(3, c.tag_lower);
  for (int j = 0; j < 4; ++j) f[k++] = Feat(4 + j, c.suffix[j]);
  for (int j = 0; j < 3; ++j) f[k++] = Feat(8 + j, c.prefix[j]);
  f[k++] = Feat(11, c.shape);
  f[k++] = Feat(12, t1);
  f[k++] = Feat(13, t2, t1);
  f[k++] = Feat(14, t1, c.tag_lower);
  f[k++] = Feat(15, p1.tag_lower);
  f[k++] = Feat(16, n1.tag_lower);
  f[k++] = Feat(17, p2.tag_lower);
  f[k++] = Feat(18, n2.tag_lower);
  f[k++] = Feat(19, p1.tag_lower, c.tag_lower);
  f[k++] = Feat(20, c.tag_lower, n1.tag_lower);
  f[k++] = Feat(21, n1.suffix[2]);
  f[k++] = Feat(22, p1.suffix[2]);
  f[k++] = Feat(23, c.ambiguity);
  f[k++] = Feat(24, n1.ambiguity);
  f[k++] = Feat(25, n2.ambiguity);
  f[k++] = Feat(26, p1.ambiguity);
  f[k++] = Feat(27, t1, c.ambiguity);
  f[k++] = Feat(28, c.ambiguity, n1.ambiguity);
  f[k++] = Feat(29, i == 0, c.shape);
  f[k++] = Feat(30, t1, c.suffix[2]);
  f[k++] = Feat(31, n1.tag_lower, n2.tag_lower);
  f[k++] = Feat(32, p1.shape, c.shape, n1.shape);
  f[k++] = Feat(33, c.flags & kShapeFlags, t1);
  f[k++] = Feat(34, t1, n1.ambiguity);
  f[k++] = Feat(35, c.ambiguity, n1.shape);
  // The word's lexicon class (see SetAmbiguity), and for words without a
  // dictionary entry their spelling by position and case.
  if (c.lexicon) {
    const uint64_t caps = c.flags & (kHasUpper | kAllUpper);
    f[k++] = Feat(36, c.lexicon);
    f[k++] = Feat(37, c.lexicon, caps, i == 0);
    f[k++] = Feat(38, c.lexicon, t1);
  }
  if (c.ambiguity == kUnknownAmbiguity) {
    const uint64_t caps = c.flags & (kHasUpper | kAllUpper);
    f[k++] = Feat(39, c.suffix[1], caps, i == 0);
    f[k++] = Feat(40, c.suffix[2], caps, i == 0, n1.ambiguity);
  }
  return k;
}

void Tagger::SetAmbiguity(WordInfo* words, int n) const {
  for (int i = 0; i < n; ++i) {
    WordInfo& w = words[i];
    const uint32_t key = FeatureKey(w.lower);
    const uint32_t a = ambiguity_.Get(key, 0);
    w.ambiguity = a ? a : kUnknownAmbiguity;
    w.tag_form = a ? w.form : kUnknownWord;
    w.tag_lower = a ? w.lower : kUnknownWord;
    // Verb forms are always told (the tagger learns them from the frequent
    // irregular verbs); names and nouns only of words without a dictionary
    // entry ("new", "state", "police" are tagged from the dictionary).
    const uint32_t lex = lexicon_.Get(key, 0);
    w.lexicon = a == 0 || a == kUnknownAmbiguity ? lex : lex & kLexVerbForms;
  }
}

void Tagger::Tag(WordInfo* words, int n, uint8_t* tags) const {
  SetAmbiguity(words, n);
  const int nc = tagset_.size();
  uint32_t f[kMaxFeatures];
  int32_t scores[256];
  int t1 = kStartTag, t2 = kStartTag;
  for (int i = 0; i < n; ++i) {
    if (const uint32_t sure = sure_.Get(FeatureKey(words[i].lower), 0)) {
      tags[i] = static_cast<uint8_t>(sure - 1);
      t2 = t1;
      t1 = sure - 1;
      continue;
    }
    int nf = Features(words, n, i, t1, t2, f);
    std::fill(scores, scores + nc, 0);
    weights_.Score(f, nf, scores);
    // Closed classes: a token of punctuation marks only is punctuation; a
    // word never seen with a closed-class tag (AUX, DET, PRON, ADP, ...)
    // gets none.
    const bool punct_only = (words[i].flags & kPunctuationOnly) && punct_classes_ != 0;
    // class_kind_[c]: bit 1 closed class, bit 2 punctuation.
    const uint8_t need = punct_only ? 2 : 0;
    const uint8_t ban = closed_ok_.Get(FeatureKey(words[i].lower), 0) ? 0 : 1;
    int best = -1;
    for (int c = 0; c < nc; ++c) {
      const uint8_t kind = class_kind_[c];
      if ((kind & need) != need || (kind & ban) != 0) continue;
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    if (best < 0) best = 0;
    tags[i] = static_cast<uint8_t>(best);
    t2 = t1;
    t1 = best;
  }
  RepairNamesReadAsGerunds(words, n, tags);  // (before RepairFiniteVerb: "Beijing imposed" is a subject and its verb)
  RepairPossessedAdjectives(words, n, tags);  // (before RepairFiniteVerb, which then sees a noun)
  RepairFiniteVerb(words, n, tags);
  RepairHeadlineVerbs(words, n, tags);
  RepairNamedGerunds(words, n, tags);
  RepairImpossibleParticiples(words, n, tags);
  RepairPhrasalPastVerbs(words, n, tags);
  RepairPastReadAsPresent(words, n, tags);
  RepairRelativeClauseVerbs(words, n, tags);
  RepairParticiplesWithAgents(words, n, tags);
  RepairAdjectivesOfVerblessClauses(words, n, tags);
  RepairAttributiveGerunds(words, n, tags);
  RepairSubjunctiveVerbs(words, n, tags);
  RepairNounsAfterArticle(words, n, tags);
  RepairCompassAdverbs(words, n, tags);
  RepairAfterwards(words, n, tags);
  RepairGerundsAfterBy(words, n, tags);
  RepairCompoundGerunds(words, n, tags);
  RepairPluralsBeforePastVerbs(words, n, tags);
  RepairVerbsAfterAsides(words, n, tags);
}

bool Tagger::XposIn(uint8_t tag, std::initializer_list<const char*> xpos) const {
  for (const char* x : xpos)
    if (tagset_.xpos[tag] == x) return true;
  return false;
}

// A clause needs a finite verb. In "Chinese troops attacked Indian soldiers"
// or "officials said rebels fought government forces" a greedy tagger may read
// the verb as a participle (VBN, as in "troops attacked by ..."). A
// participle right after a noun or pronoun, directly followed by an
// object-like word, with no auxiliary just before it, is read as the past
// tense.
// Repairs added after the shipped greedy model was trained: the training's
// jackknife tags with Tag() alone, so that these change no model (the model
// file is reproduced byte for byte); dyad applies them when it tags for use.
void Tagger::RepairForUse(const WordInfo* words, int n, uint8_t* tags) const {
  // "the Malaysia Airlines Boeing 777": a capitalized -ing word inside a run
  // of names, before a noun or a number, is a name, whether the lexicon knows
  // it or not.
  if (nnp_class_ >= 0)
    for (int i = 1; i + 1 < n; ++i)
      if (XposIn(tags[i], {"VBG"}) && (words[i].flags & kHasUpper) && XposIn(tags[i - 1], {"NNP", "NNPS"}) &&
          XposIn(tags[i + 1], {"CD", "NN", "NNS", "NNP", "NNPS"}))
        tags[i] = static_cast<uint8_t>(nnp_class_);
  // "EU trade chief Maros Sefcovic told ...": a lower-case present-tense
  // verb between a name and a common noun that a name follows is a noun of
  // the title ("trade" in "trade chief").
  if (nn_class_ >= 0)
    for (int i = 1; i + 2 < n; ++i)
      if (XposIn(tags[i], {"VBP", "VB"}) && !(words[i].flags & kHasUpper) && XposIn(tags[i - 1], {"NNP", "NNPS"}) &&
          XposIn(tags[i + 1], {"NN"}) && XposIn(tags[i + 2], {"NNP"}))
        tags[i] = static_cast<uint8_t>(nn_class_);
  // "Orban, a close ally, phoned Dodik": a lower-case adverb after a
  // determiner and an adjective, ending the phrase, is its noun ("ally" read
  // as an -ly adverb); then a past form read as an adjective after the
  // apposition's comma, before a name or a determiner, with no finite verb
  // before it, is the sentence's verb.
  if (nn_class_ >= 0 && vbd_class_ >= 0)
    for (int i = 2; i + 1 < n; ++i) {
      if (!XposIn(tags[i], {"RB"}) || (words[i].flags & kHasUpper) || !XposIn(tags[i - 1], {"JJ"}) ||
          !XposIn(tags[i - 2], {"DT"}) || !XposIn(tags[i + 1], {",", "."}))
        continue;
      tags[i] = static_cast<uint8_t>(nn_class_);
      const int v = i + 2;
      if (!XposIn(tags[i + 1], {","}) || v + 1 >= n || !XposIn(tags[v], {"JJ"}) ||
          !(words[v].flags & kMaybePastTense) || !XposIn(tags[v + 1], {"NNP", "NNPS", "DT", "PRP"}))
        continue;
      bool finite = false;
      for (int k = 0; k < v && !finite; ++k)
        finite = tagset_.upos[tags[k]] == "AUX" || XposIn(tags[k], {"VBD", "VBZ", "VBP", "MD"});
      if (!finite) tags[v] = static_cast<uint8_t>(vbd_class_);
    }
  // "Tens of thousands of people protested in Istanbul on Thursday night, and
  // police fired ...": the opening clause's participle, its subject a
  // quantity "of" people, is its verb.
  RepairFiniteVerb(words, n, tags, /*of_phrases=*/true);
}

void Tagger::RepairFiniteVerb(const WordInfo* words, int n, uint8_t* tags, bool of_phrases) const {
  if (vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  // A full sentence (ending in a period, unlike most headlines) with no
  // finite verb at all: its first such participle is the main verb too, also
  // before a preposition ("The United Nations called on both sides to ...").
  bool finite = false;
  for (int i = 0; i < n && !finite; ++i)
    finite = tagset_.upos[tags[i]] == "AUX" || is(i, {"VBD", "VBZ", "VBP", "MD"});
  bool verbless_sentence = !finite && n >= 4 && is(n - 1, {"."});
  int last_aux = -100;
  for (int i = 0; i < n; ++i) {
    if (tagset_.upos[tags[i]] == "AUX") last_aux = i;
    if (i == 0 || i + 1 >= n || i - last_aux <= 4) continue;
    if (!(is(i, {"VBN"}) && tagset_.upos[tags[i]] == "VERB" && (words[i].flags & kMaybePastTense))) continue;
    if (!is(i - 1, {"NN", "NNS", "NNP", "NNPS", "PRP"})) continue;
    const bool object_next = is(i + 1, {"DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD"});
    // "Russian and Ukrainian delegations met in Istanbul on Friday ..., but
    // the meeting lasted ...": after the sentence's opening noun phrase, a
    // participle before a preposition with no finite verb of its own clause
    // after it (up to a comma) is the clause's verb ("delegations met in
    // Istanbul said ..." keeps its participle).
    bool opening_clause = false;
    if (!object_next && is(i + 1, {"IN", "RP"})) {
      opening_clause = true;
      // (Its "of" too, when asked: "Tens of thousands of people protested in
      // Istanbul".)
      static const uint64_t kOf = HashBytes("of");
      for (int k = 0; k < i && opening_clause; ++k)
        opening_clause = is(k, {"DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "CC", "CD", "PRP$", "HYPH", "POS"}) ||
                         (of_phrases && k > 0 && is(k, {"IN"}) && words[k].lower == kOf);
      // (A finite verb after "and" is its conjunct: "met in Istanbul and
      // agreed to exchange prisoners".)
      for (int k = i + 1; k < n && opening_clause && !is(k, {",", ":", "."}); ++k) {
        const bool finite_here = tagset_.upos[tags[k]] == "AUX" || is(k, {"VBD", "VBZ", "VBP", "MD"});
        if (finite_here && is(k - 1, {"CC"})) break;
        opening_clause = !finite_here;
      }
    }
    if (!object_next && !opening_clause && !(verbless_sentence && is(i + 1, {"IN", "RP"}))) continue;
    tags[i] = static_cast<uint8_t>(vbd_class_);
    // Only the first participle of a verbless sentence before a preposition;
    // later ones still before an object ("people protested in Istanbul, and
    // police fired tear gas").
    verbless_sentence = false;
  }
}

namespace {

// Subordinators that open a headline's later clause: "... as Lula vows",
// "... after waiver expires".
bool IsHeadlineClauseOpener(uint64_t lower) {
  static const uint64_t kOpeners[] = {HashBytes("as"), HashBytes("after"), HashBytes("while"), HashBytes("amid")};
  return std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners);
}

}  // namespace

// Headlines drop the article and use the present: "Russia bombs Kyiv, kills
// 12", "Putin meets Xi in Beijing". Trained on web text, the tagger reads such
// a verb as a plural noun, and the clause is left with no verb. In a clause
// with no finite verb at all, a lower-case plural noun between its subject
// (a name or noun, or a name and an adjective: "UN chief urges") and an
// object-like word (not a common noun) is the verb; so is one that follows it after a comma or
// "and" ("..., kills 12").
void Tagger::RepairHeadlineVerbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbz_class_ < 0 || n < 3) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  // (A reporting tail does not count: "US strike kills 11 on boat, Trump says".)
  static const uint64_t kSays[] = {HashBytes("says"), HashBytes("said"), HashBytes("say"), HashBytes("reports"),
                                   HashBytes("reported"), HashBytes("claims")};
  auto reporting_tail = [&](int i) {
    if (i + 3 < n || std::find(std::begin(kSays), std::end(kSays), words[i].lower) == std::end(kSays)) return false;
    for (int k = i - 1; k >= 0 && k >= i - 4; --k)
      if (is(k, {","})) return true;
    return false;
  };
  auto candidate = [&](int i) { return is(i, {"NNS"}) && !(words[i].flags & (kHasUpper | kHasDigit | kHasHyphen)); };
  auto finite = [&](int i) {
    return (tagset_.upos[tags[i]] == "AUX" || is(i, {"VBD", "VBZ", "VBP", "MD"})) && !reporting_tail(i);
  };
  // With a finite verb further on, only the first clause, when it has none:
  // "US sanctions Brazilian judge, slaps 50% tariffs as Lula vows ...".
  // (It ends at a comma, colon, semicolon or "as", "after", "while", "amid".)
  int limit = n;
  for (int i = 0; i < n; ++i)
    if (is(i, {",", ":"}) || (is(i, {"IN"}) && IsHeadlineClauseOpener(words[i].lower))) {
      limit = i;
      break;
    }
  bool finite_first = false, finite_later = false;
  for (int i = 0; i < n; ++i) (i < limit ? finite_first : finite_later) |= finite(i);
  if (finite_first) {
    RepairHeadlineVerbsAfterSubordinators(words, n, tags);
    return;
  }
  if (!finite_later) limit = n;
  int end = limit;  // (the first clause's; the whole sentence's for the conjuncts of its verb below)
  auto object_like = [&](int i) {
    // Not a common noun: "NATO allies pledge aid" is a subject and its verb.
    if (i >= end) return false;
    if (is(i, {"NNP", "NNPS"})) return (words[i].flags & kHasUpper) != 0;  // "allies pledge/NNP aid"
    return is(i, {"DT", "PDT", "JJ", "PRP", "PRP$", "CD"});
  };
  int verb = -1;
  for (int i = 1; i + 1 < limit && verb < 0; ++i) {
    if (!candidate(i) || !object_like(i + 1)) continue;
    // (Also a hyphenated verb after the name: "North Korea test-fires ...".)
    // (Or after an adverb: "UN General Assembly again urges end to ...".)
    const bool subject_before = is(i - 1, {"NNP", "NNPS", "NN"}) || (i >= 2 && is(i - 1, {"JJ"}) && is(i - 2, {"NNP", "NNPS"})) ||
                                (i >= 2 && is(i - 1, {"RB"}) && !(words[i - 1].flags & kHasUpper) && is(i - 2, {"NNP", "NNPS"})) ||
                                (i >= 3 && is(i - 1, {"HYPH"}) && is(i - 2, {"NN", "JJ"}) && !(words[i - 2].flags & kHasUpper) &&
                                 is(i - 3, {"NNP", "NNPS"}));
    if (subject_before) verb = i;
  }
  // The plural present after two names: "US, Ukraine hold talks", "Russia
  // and Ukraine sign deal" (a verb the lexicon knows as an irregular base
  // form, read as a noun in a compound), before any object, a common noun
  // included.
  if (verb < 0 && vbp_class_ >= 0) {
    for (int i = 3; i + 1 < limit && verb < 0; ++i) {
      if (!is(i, {"NN"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
      // (A verb the lexicon does not know as irregular only before a name or
      // a determiner, never before a common noun it may compound with:
      // "Trump and Putin end Alaska summit", not "Russia and Ukraine prisoner swap".)
      const bool irregular = (words[i].lexicon & kLexBase) != 0;
      if (!is(i - 1, {"NNP", "NNPS"}) ||
          !(words[i + 1].flags & kHasUpper ? object_like(i + 1)
            : irregular                    ? is(i + 1, {"NN", "NNS", "DT", "JJ", "CD", "PRP$"})
                                           : is(i + 1, {"DT", "CD", "PRP$"})))
        continue;
      bool list = false;
      for (int k = i - 2; k >= 0 && is(k, {"NNP", "NNPS", ",", "CC"}); --k) list |= is(k, {",", "CC"});
      if (!list) continue;
      tags[i] = static_cast<uint8_t>(vbp_class_);
      return;
    }
  }
  if (verb < 0) return;
  tags[verb] = static_cast<uint8_t>(vbz_class_);
  end = n;
  for (int i = verb + 2; i + 1 < n; ++i) {
    if (!is(i - 1, {",", "CC"}) || !candidate(i) || !object_like(i + 1)) continue;
    tags[i] = static_cast<uint8_t>(vbz_class_);
  }
}

// A headline's later clause after "as", "after", "while" or "amid" with no
// finite verb of its own: "Jihadists storm Burkina army base as Mali
// rebuffs ECOWAS call" (the tagger read "Mali rebuffs ECOWAS call" as one
// noun phrase). A lower-case plural noun right after a capitalised name and
// before another name, a determiner or a number is the clause's verb. Only in
// a headline (no closing full stop): in prose "as EU leaders Macron and Merz
// met" keeps its noun.
void Tagger::RepairHeadlineVerbsAfterSubordinators(const WordInfo* words, int n, uint8_t* tags) const {
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  if (n < 5 || is(n - 1, {".", "''"})) return;
  for (int b = 1; b + 3 < n; ++b) {
    if (!is(b, {"IN"}) || !IsHeadlineClauseOpener(words[b].lower)) continue;
    int e = b + 1;
    bool finite_here = false;
    for (; e < n && !is(e, {",", ":", "."}); ++e) {
      if (is(e, {"IN"}) && IsHeadlineClauseOpener(words[e].lower)) break;
      finite_here |= tagset_.upos[tags[e]] == "AUX" || is(e, {"VBD", "VBZ", "VBP", "MD"});
    }
    if (finite_here) continue;
    for (int i = b + 2; i + 1 < e; ++i) {
      if (!is(i, {"NNS"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
      if (!is(i - 1, {"NNP", "NNPS"}) || !(words[i - 1].flags & kHasUpper)) continue;
      const bool object_next = (is(i + 1, {"NNP", "NNPS"}) && (words[i + 1].flags & kHasUpper)) ||
                               is(i + 1, {"DT", "PRP$", "CD"});
      if (!object_next) continue;
      tags[i] = static_cast<uint8_t>(vbz_class_);
      break;
    }
  }
}

// "the Kerem Shalom crossing", "the Rafah crossing to aid": an -ing word
// closing a noun phrase that a determiner opens with names only in between
// is its head noun, not a participle (the tagger read "Israel reopened the
// Kerem Shalom crossing to aid trucks" as "Shalom crossing"). Not before an
// object ("the Taliban attacking the convoy").
void Tagger::RepairNamedGerunds(const WordInfo* words, int n, uint8_t* tags) const {
  if (nn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  for (int i = 2; i < n; ++i) {
    if (!is(i, {"VBG"}) || (words[i].flags & kHasUpper)) continue;
    int d = i - 1;
    while (d >= 0 && is(d, {"NNP", "NNPS"}) && (words[d].flags & kHasUpper)) --d;
    if (d < 0 || d == i - 1 || !is(d, {"DT"})) continue;
    if (i + 1 < n && is(i + 1, {"DT", "PDT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ"})) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
  // "closed its busiest border crossing with Haiti", "the court ruling on":
  // a noun the news compounds with a common -ing noun, in a phrase a
  // determiner or possessive opens, before a preposition or the clause's end.
  static const uint64_t kIngNouns[] = {HashBytes("crossing"), HashBytes("meeting"),  HashBytes("ruling"),
                                       HashBytes("hearing"),  HashBytes("bombing"),  HashBytes("shelling"),
                                       HashBytes("funding"),  HashBytes("spending"), HashBytes("signing")};
  for (int i = 2; i < n; ++i) {
    if (!is(i, {"VBG"}) || (words[i].flags & kHasUpper) || !is(i - 1, {"NN"}) ||
        std::find(std::begin(kIngNouns), std::end(kIngNouns), words[i].lower) == std::end(kIngNouns))
      continue;
    int d = i - 2;
    while (d >= 0 && is(d, {"JJ", "JJS", "JJR", "NN"})) --d;
    if (d < 0 || !is(d, {"DT", "PRP$", "POS"})) continue;
    if (i + 1 < n && !is(i + 1, {"IN", ",", ".", ":", "CC", "TO"})) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
}

// "a social media post by a Chinese diplomat": a word that is no past
// participle form (not "-ed", not an irregular participle the lexicon
// knows) inside a noun phrase, before a preposition or the end of the
// clause, is a noun the tagger took for a participle.
void Tagger::RepairImpossibleParticiples(const WordInfo* words, int n, uint8_t* tags) const {
  if (nn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kEd = HashBytes("ed");
  for (int i = 1; i < n; ++i) {
    if (!is(i, {"VBN"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    if (words[i].suffix[1] == kEd || (words[i].lexicon & kLexPart)) continue;
    if (!is(i - 1, {"DT", "JJ", "NN"})) continue;
    if (i + 1 < n && !is(i + 1, {"IN", ",", ".", "CC", ":"})) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
}

// "its air force shot down five Indian jets": an irregular past tense the
// tagger read as a noun in a compound ("force shot"), right after a noun
// and followed by a particle and then an object, is the verb.
void Tagger::RepairPhrasalPastVerbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  // (And "dead": "Kenyan police shot dead at least 31 people".)
  static const uint64_t kParticles[] = {HashBytes("down"), HashBytes("up"), HashBytes("out"), HashBytes("off"),
                                        HashBytes("back"), HashBytes("dead")};
  static const uint64_t kAt = HashBytes("at");  // "at least 31 people"; "troops shot at the protesters"
  for (int i = 1; i + 2 < n; ++i) {
    if (!is(i, {"NN"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen)) || !(words[i].lexicon & kLexPast))
      continue;
    if (!is(i - 1, {"NN", "NNS", "NNP", "NNPS"})) continue;
    // ("Israeli troops shot at the protesters": "at" after a plural or a name.)
    const bool shot_at = words[i + 1].lower == kAt && is(i - 1, {"NNS", "NNP", "NNPS"}) && is(i + 2, {"DT", "PRP$", "NNS"});
    if (!shot_at && std::find(std::begin(kParticles), std::end(kParticles), words[i + 1].lower) == std::end(kParticles))
      continue;
    if (!is(i + 2, {"DT", "PDT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP"}) && words[i + 2].lower != kAt)
      continue;
    tags[i] = static_cast<uint8_t>(vbd_class_);
  }
}

// "India struck what it called ...": an irregular past form the lexicon
// knows ("struck", "fought") that the tagger read as a third-person present
// (VBZ), which every such form ends in "s", is the past tense.
void Tagger::RepairPastReadAsPresent(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0) return;
  static const uint64_t kS = HashBytes("s");
  for (int i = 0; i < n; ++i) {
    if (!XposIn(tags[i], {"VBZ"}) || !(words[i].lexicon & kLexPast) || words[i].suffix[0] == kS) continue;
    tags[i] = static_cast<uint8_t>(vbd_class_);
  }
}

// "a plan that Kyiv and its European allies criticized as too favourable":
// after "that" or "which" and the noun phrase that is the relative clause's
// subject, a participle with no auxiliary is the clause's past tense.
void Tagger::RepairRelativeClauseVerbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kThat = HashBytes("that"), kWhich = HashBytes("which");
  for (int w = 1; w + 2 < n; ++w) {
    if (!is(w, {"WDT"}) || (words[w].lower != kThat && words[w].lower != kWhich)) continue;
    // The subject: names, nouns, determiners, adjectives and "and" only,
    // ending in a noun.
    int v = w + 1;
    while (v < n && is(v, {"NNP", "NNPS", "NN", "NNS", "DT", "PRP$", "JJ", "CC", "POS", "CD"})) ++v;
    if (v >= n || v == w + 1 || !is(v - 1, {"NNP", "NNPS", "NN", "NNS"}) || !is(v, {"VBN"})) continue;
    tags[v] = static_cast<uint8_t>(vbd_class_);
  }
}

// "M23 rebels backed by Rwanda advanced toward Goma": a past form right
// after a noun and followed by "by" and a name is a participle (its agent
// named), and the "-ed" word after that phrase, before a preposition,
// determiner or adverb, is the sentence's verb (the tagger read "backed" as
// the verb and "advanced" as an adjective).
void Tagger::RepairParticiplesWithAgents(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0 || vbn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kBy = HashBytes("by"), kEd = HashBytes("ed");
  for (int i = 1; i + 4 < n; ++i) {
    if (!is(i, {"VBD", "VBN"}) || words[i + 1].lower != kBy || !is(i - 1, {"NN", "NNS", "NNP", "NNPS"})) continue;
    int j = i + 2;
    while (j < n && is(j, {"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CC", "POS"}) && words[j].suffix[1] != kEd) ++j;
    if (j == i + 2 || j + 1 >= n || !is(j - 1, {"NNP", "NNPS", "NN", "NNS"})) continue;
    if (words[j].suffix[1] != kEd || !is(j, {"JJ", "VBN", "VBD"}) || (words[j].flags & kHasUpper)) continue;
    if (!is(j + 1, {"IN", "DT", "TO", "RB", "CD", "PRP", "PRP$", "RP"})) continue;
    // (The sentence has no other finite verb before it.)
    bool finite = false;
    for (int k = 0; k < i; ++k) finite |= is(k, {"VBD", "VBZ", "VBP", "MD"});
    if (finite) continue;
    tags[i] = static_cast<uint8_t>(vbn_class_);
    tags[j] = static_cast<uint8_t>(vbd_class_);
  }
}

// "The United States relaxed the embargo on Cuba", "Egypt relaxed
// regulations": in a sentence with no finite verb, an "-ed" word read as an
// adjective right after a noun phrase's last noun and before an object is
// the verb (not after a determiner: "the relaxed rules").
void Tagger::RepairAdjectivesOfVerblessClauses(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  for (int i = 0; i < n; ++i)
    if (is(i, {"VBD", "VBZ", "VBP", "MD"}) || tagset_.upos[tags[i]] == "AUX") return;
  static const uint64_t kEd = HashBytes("ed");
  for (int i = 1; i + 1 < n; ++i) {
    if (!is(i, {"JJ"}) || words[i].suffix[1] != kEd || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    if (!is(i - 1, {"NNP", "NNPS", "NNS", "NN"})) continue;
    if (!is(i + 1, {"DT", "PRP$", "NNS", "NN", "NNP", "NNPS", "CD"})) continue;
    tags[i] = static_cast<uint8_t>(vbd_class_);
    return;  // one clause, one verb
  }
}

// "the last 20 living Israeli hostages": an -ing word between a determiner,
// a number or an adjective and the adjectives (at least one: without, EWT
// UPOS fell 0.01) and noun of its phrase modifies the noun (the tagger made it a clause, "living" its verb and the
// hostages its object). Not before an object's determiner ("began
// releasing the prisoners") nor after a verb.
void Tagger::RepairAttributiveGerunds(const WordInfo* words, int n, uint8_t* tags) const {
  if (jj_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  // (A few -ing words are adjectives before any noun or name: "accused
  // neighbouring Eritrea", "the warring factions", "the ruling party".)
  static const uint64_t kAdjectives[] = {HashBytes("neighbouring"), HashBytes("neighboring"), HashBytes("warring"),
                                         HashBytes("ruling"), HashBytes("outgoing"), HashBytes("incoming")};
  for (int i = 0; i + 1 < n; ++i)
    if (is(i, {"VBG"}) && !(words[i].flags & kHasUpper) && is(i + 1, {"NN", "NNS", "NNP", "NNPS"}) &&
        std::find(std::begin(kAdjectives), std::end(kAdjectives), words[i].lower) != std::end(kAdjectives))
      tags[i] = static_cast<uint8_t>(jj_class_);
  for (int i = 1; i + 1 < n; ++i) {
    if (!is(i, {"VBG"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    if (!is(i - 1, {"DT", "CD", "JJ", "JJS", "PRP$"})) continue;
    // Adjectives, then the noun, which ends the phrase.
    int k = i + 1;
    while (k < n && is(k, {"JJ"})) ++k;
    if (k == i + 1 || k >= n || !is(k, {"NN", "NNS"})) continue;
    if (k + 1 < n && is(k + 1, {"NN", "NNS", "DT", "PRP"})) continue;
    tags[i] = static_cast<uint8_t>(jj_class_);
  }
}

// "demanded that the RSF end its siege", "urged that Iran free the
// prisoners": the subjunctive after "that" and a name, read as a noun in a
// compound ("RSF end"), is the clause's verb when a determiner or
// possessive opens its object.
void Tagger::RepairSubjunctiveVerbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (vb_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kThat = HashBytes("that");
  for (int i = 2; i + 1 < n; ++i) {
    if (!is(i, {"NN"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    if (!is(i + 1, {"PRP$", "DT"}) || !is(i - 1, {"NNP", "NNPS"})) continue;
    // The name runs back to "that" (after an optional "the").
    int k = i - 1;
    while (k > 0 && is(k, {"NNP", "NNPS"})) --k;
    if (k > 0 && is(k, {"DT"})) --k;
    if (words[k].lower != kThat) continue;
    tags[i] = static_cast<uint8_t>(vb_class_);
  }
}

// "an air strike against an Islamic State target southwest of Baghdad": a
// base-form verb in a phrase that "a" or "an" opens, with only names,
// nouns and adjectives between, after a preposition, is the phrase's noun:
// a singular subject would take "targets".
void Tagger::RepairNounsAfterArticle(const WordInfo* words, int n, uint8_t* tags) const {
  if (nn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kA = HashBytes("a"), kAn = HashBytes("an");
  for (int i = 2; i < n; ++i) {
    if (!is(i, {"VB", "VBP"}) || tagset_.upos[tags[i]] != "VERB" ||
        (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen)))
      continue;
    int d = i - 1;
    while (d >= 0 && is(d, {"NNP", "NNPS", "NN", "JJ"})) --d;
    if (d < 1 || d == i - 1 || (words[d].lower != kA && words[d].lower != kAn)) continue;
    // After a preposition only: "Can a policeman open fire", "Have a real
    // mechanic check" are verbs (EWT).
    if (!is(d - 1, {"IN"})) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
}

// "a target southwest of Baghdad", "40 km north of Kyiv": a lower-case
// compass word before "of" and after no determiner is an adverb (as EWT
// tags it), not a name: read as one, it took over the phrase it ends.
void Tagger::RepairCompassAdverbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (rb_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kOf = HashBytes("of");
  static const uint64_t kCompass[] = {HashBytes("north"),     HashBytes("south"),     HashBytes("east"),
                                      HashBytes("west"),      HashBytes("northeast"), HashBytes("northwest"),
                                      HashBytes("southeast"), HashBytes("southwest")};
  for (int i = 0; i + 1 < n; ++i) {
    if (!is(i, {"NNP", "NNPS", "NN"}) || (words[i].flags & kHasUpper) || words[i + 1].lower != kOf) continue;
    if (std::find(std::begin(kCompass), std::end(kCompass), words[i].lower) == std::end(kCompass)) continue;
    if (i > 0 && is(i - 1, {"DT", "PRP$", "CC", "JJ"})) continue;
    tags[i] = static_cast<uint8_t>(rb_class_);
  }
}

// "Beijing imposed sanctions", "Beijing retaliated": a capitalized -ing word
// the project's lexicon knows as a name (a capital, a place, a person), read
// as a gerund before a verb, is that name (the gerund reading made the verb
// a passive participle with "Beijing" its auxiliary).
void Tagger::RepairNamesReadAsGerunds(const WordInfo* words, int n, uint8_t* tags) const {
  if (nnp_class_ < 0) return;
  for (int i = 0; i + 1 < n; ++i) {
    if (!XposIn(tags[i], {"VBG"}) || !(words[i].flags & kHasUpper)) continue;
    if (!XposIn(tags[i + 1], {"VBD", "VBN", "VBZ", "VBP", "MD"})) continue;
    if (!(lexicon_.Get(FeatureKey(words[i].lower), 0) & kLexName)) continue;
    tags[i] = static_cast<uint8_t>(nnp_class_);
  }
}

// "retaliated by imposing sanctions on ...": after "by", an -ing word with
// a noun phrase after it is the gerund of the means, not an adjective.
void Tagger::RepairGerundsAfterBy(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbg_class_ < 0) return;
  static const uint64_t kBy = HashBytes("by"), kIng = HashBytes("ing");
  for (int i = 1; i + 1 < n; ++i) {
    if (words[i - 1].lower != kBy || words[i].suffix[2] != kIng || (words[i].flags & kHasUpper)) continue;
    if (!XposIn(tags[i], {"JJ", "NN"}) || !XposIn(tags[i + 1], {"DT", "NNS", "NN", "NNP", "NNPS", "PRP$", "CD", "JJ"}))
      continue;
    tags[i] = static_cast<uint8_t>(vbg_class_);
  }
}

// "Lavrov told reporters afterwards that ...": "afterwards" is an adverb
// (three times in EWT), never the plural noun its -s suggested, which took
// the clause after it for a relative clause.
void Tagger::RepairAfterwards(const WordInfo* words, int n, uint8_t* tags) const {
  if (rb_class_ < 0) return;
  static const uint64_t kAfterwards = HashBytes("afterwards"), kAfterward = HashBytes("afterward");
  for (int i = 0; i < n; ++i)
    if (words[i].lower == kAfterwards || words[i].lower == kAfterward) tags[i] = static_cast<uint8_t>(rb_class_);
}

// "Zakharova, meanwhile, voiced support for Vucic": an -ed word right after
// a sentence adverb set off by commas, before a noun phrase, is the
// subject's verb (the tagger read "voiced" as an adjective of "support").
void Tagger::RepairVerbsAfterAsides(const WordInfo* words, int n, uint8_t* tags) const {
  if (vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kEd = HashBytes("ed"), kComma = HashBytes(",");
  static const uint64_t kAsides[] = {HashBytes("meanwhile"), HashBytes("however"), HashBytes("though"),
                                     HashBytes("also"),      HashBytes("instead"), HashBytes("too"),
                                     HashBytes("separately"), HashBytes("earlier"), HashBytes("later")};
  for (int i = 3; i + 1 < n; ++i) {
    if (words[i].suffix[1] != kEd || (words[i].flags & kHasUpper) || !is(i, {"JJ", "VBN"})) continue;
    if (words[i - 1].lower != kComma || words[i - 3].lower != kComma) continue;
    if (std::find(std::begin(kAsides), std::end(kAsides), words[i - 2].lower) == std::end(kAsides)) continue;
    if (!is(i + 1, {"NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "JJ", "CD", "PRP"})) continue;
    tags[i] = static_cast<uint8_t>(vbd_class_);
  }
}

// "suspended intelligence sharing with Washington", "drug trafficking in
// the region": a few -ing words that news compounds with a noun before
// them are that compound's head noun, not a participle of the noun, when no
// object follows.
void Tagger::RepairCompoundGerunds(const WordInfo* words, int n, uint8_t* tags) const {
  if (nn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kHeads[] = {HashBytes("sharing"),     HashBytes("gathering"), HashBytes("trafficking"),
                                    HashBytes("smuggling"),   HashBytes("laundering"), HashBytes("keeping"),
                                    HashBytes("peacekeeping"), HashBytes("profiteering")};
  for (int i = 1; i < n; ++i) {
    if (!is(i, {"VBG"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    if (std::find(std::begin(kHeads), std::end(kHeads), words[i].lower) == std::end(kHeads)) continue;
    if (!is(i - 1, {"NN", "NNS"}) || (words[i - 1].flags & kHasUpper)) continue;
    if (i + 1 < n && !is(i + 1, {"IN", "TO", "CC", ",", ".", ":", "RB"})) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
}

// "Geneva talks produced a framework", "Israeli strikes killed 12": a
// present-tense verb in -s right before a past verb is the plural noun of a
// subject (the tagger read "talks" as the verb of "Geneva"). Not the
// auxiliaries and verbs that take a participle ("has left", "seems
// finished", "gets killed").
void Tagger::RepairPluralsBeforePastVerbs(const WordInfo* words, int n, uint8_t* tags) const {
  if (nns_class_ < 0 || vbd_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  static const uint64_t kS = HashBytes("s");
  static const uint64_t kEd = HashBytes("ed");
  static const uint64_t kLinking[] = {HashBytes("seems"),   HashBytes("looks"),  HashBytes("gets"),
                                      HashBytes("remains"), HashBytes("becomes"), HashBytes("appears"),
                                      HashBytes("stays"),   HashBytes("feels"),  HashBytes("sounds"),
                                      HashBytes("proves"),  HashBytes("goes"),   HashBytes("lies"),
                                      HashBytes("sits"),    HashBytes("stands"), HashBytes("comes"),
                                      HashBytes("has"),     HashBytes("is"),     HashBytes("was"),
                                      HashBytes("does"),    HashBytes("needs"),  HashBytes("wants"),
                                      // (and verbs of saying and thinking: "Iran says captured drone ...")
                                      HashBytes("says"),    HashBytes("claims"), HashBytes("reports"),
                                      HashBytes("warns"),   HashBytes("denies"), HashBytes("admits"),
                                      HashBytes("insists"), HashBytes("confirms"), HashBytes("fears"),
                                      HashBytes("believes"), HashBytes("thinks"), HashBytes("hopes"),
                                      HashBytes("sees"),    HashBytes("finds"),  HashBytes("shows")};
  for (int i = 1; i + 2 < n; ++i) {
    if (!is(i, {"VBZ"}) || tagset_.upos[tags[i]] != "VERB" || words[i].suffix[0] != kS ||
        (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen)))
      continue;
    if (std::find(std::begin(kLinking), std::end(kLinking), words[i].lower) != std::end(kLinking)) continue;
    // ("U.S. strikes alleged drug boat": a word of doubt before a noun is its adjective.)
    static const uint64_t kDoubt[] = {HashBytes("alleged"), HashBytes("suspected"), HashBytes("purported")};
    if (std::find(std::begin(kDoubt), std::end(kDoubt), words[i + 1].lower) != std::end(kDoubt) &&
        is(i + 2, {"NN", "NNS", "JJ"}))
      continue;
    // (Also an "-ed" word read as an adjective: "M23 rebels advanced on Sunday".)
    const bool past = is(i + 1, {"VBD", "VBN"}) || (is(i + 1, {"JJ"}) && words[i + 1].suffix[1] == kEd);
    if (!past || !(words[i + 1].flags & kMaybePastTense) || (words[i + 1].flags & kHasUpper)) continue;
    // A modifier before it, as in a noun phrase: "Geneva", "Israeli", "air".
    if (!is(i - 1, {"NNP", "NNPS", "NN", "JJ"})) continue;
    // An object-like word after the past verb ("produced a framework"), or a
    // phrase or adverb ("M23 rebels advanced on Sunday").
    if (!is(i + 2, {"DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "``", "IN", "RP", "RB"}))
      continue;
    tags[i] = static_cast<uint8_t>(nns_class_);
    tags[i + 1] = static_cast<uint8_t>(vbd_class_);
  }
}

// "China's military launched exercises": an adjective right after a
// possessive "'s" and right before a finite verb is the possessed noun.
void Tagger::RepairPossessedAdjectives(const WordInfo* words, int n, uint8_t* tags) const {
  if (nn_class_ < 0) return;
  auto is = [&](int i, std::initializer_list<const char*> xs) { return XposIn(tags[i], xs); };
  for (int i = 1; i + 1 < n; ++i) {
    if (!is(i, {"JJ"}) || !is(i - 1, {"POS"}) || (words[i].flags & (kHasUpper | kHasDigit | kHasHyphen))) continue;
    // (A past tense may still read as a participle: "military launched".)
    const bool past = is(i + 1, {"VBN"}) && (words[i + 1].flags & kMaybePastTense);
    if (!is(i + 1, {"VBD", "VBZ", "VBP", "MD"}) && !past) continue;
    tags[i] = static_cast<uint8_t>(nn_class_);
  }
}

void Tagger::IndexTagSet() {
  punct_classes_ = 0;
  closed_classes_ = 0;
  std::fill(std::begin(class_kind_), std::end(class_kind_), 0);
  vbd_class_ = -1;
  vbz_class_ = -1;
  nn_class_ = -1;
  nns_class_ = -1;
  vbp_class_ = -1;
  jj_class_ = -1;
  vb_class_ = -1;
  rb_class_ = -1;
  vbn_class_ = -1;
  nnp_class_ = -1;
  vbg_class_ = -1;
  for (int c = 0; c < tagset_.size() && c < 128; ++c) {
    const std::string& u = tagset_.upos[c];
    if (u == "PUNCT") punct_classes_ |= static_cast<unsigned __int128>(1) << c;
    if (u == "AUX" || u == "DET" || u == "PRON" || u == "ADP" || u == "CCONJ" || u == "SCONJ" || u == "PART")
      closed_classes_ |= static_cast<unsigned __int128>(1) << c;
    class_kind_[c] = static_cast<uint8_t>((u == "PUNCT" ? 2 : 0) |
                                          ((closed_classes_ >> c & 1) && u != "PUNCT" ? 1 : 0));
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VBD") vbd_class_ = c;
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VBZ") vbz_class_ = c;
    if (tagset_.upos[c] == "NOUN" && tagset_.xpos[c] == "NN") nn_class_ = c;
    if (tagset_.upos[c] == "NOUN" && tagset_.xpos[c] == "NNS") nns_class_ = c;
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VBP") vbp_class_ = c;
    if (tagset_.upos[c] == "ADJ" && tagset_.xpos[c] == "JJ") jj_class_ = c;
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VB") vb_class_ = c;
    if (tagset_.upos[c] == "ADV" && tagset_.xpos[c] == "RB") rb_class_ = c;
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VBN") vbn_class_ = c;
    if (tagset_.upos[c] == "PROPN" && tagset_.xpos[c] == "NNP") nnp_class_ = c;
    if (tagset_.upos[c] == "VERB" && tagset_.xpos[c] == "VBG") vbg_class_ = c;
  }
}

void Tagger::Save(ByteWriter* out) const {
  out->Varint(tagset_.size());
  for (int i = 0; i < tagset_.size(); ++i) {
    out->Str(tagset_.upos[i]);
    out->Str(tagset_.xpos[i]);
  }
  ambiguity_.Save(out);
  sure_.Save(out);
  lexicon_.Save(out);
  closed_ok_.Save(out);
  weights_.Save(out);
}

bool Tagger::Load(ByteReader* in) {
  uint64_t n;
  if (!in->Varint(&n) || n == 0 || n > 255) return false;
  tagset_ = TagSet();
  for (uint64_t i = 0; i < n; ++i) {
    std::string u, x;
    if (!in->Str(&u) || !in->Str(&x)) return false;
    tagset_.upos.push_back(u);
    tagset_.xpos.push_back(x);
  }
  if (!ambiguity_.Load(in) || !sure_.Load(in) || !lexicon_.Load(in) || !closed_ok_.Load(in) || !weights_.Load(in))
    return false;
  IndexTagSet();
  bool sure_ok = true;
  sure_.ForEach([&](uint32_t, uint32_t v) { sure_ok = sure_ok && v >= 1 && v <= n; });
  return sure_ok && weights_.num_classes() == tagset_.size();
}

void Tagger::Train(const std::vector<const Sentence*>& train, const std::vector<const Sentence*>& dev,
                   const TrainOptions& options, const TagSet* tagset, const std::vector<LexiconEntry>* lexicon,
                   std::ostream* log) {
  tagset_ = (tagset && tagset->size() > 0) ? *tagset : CollectTagSet(train);
  IndexTagSet();
  const int nc = tagset_.size();
  // Tag dictionary: the set of classes each lower-cased word was seen with.
  std::map<uint32_t, std::map<int, int>> classes_of;  // word -> class -> count
  std::map<uint32_t, int> word_count;
  std::map<std::pair<std::string, std::string>, int> class_id;
  for (int i = 0; i < nc; ++i) class_id[{tagset_.upos[i], tagset_.xpos[i]}] = i;
  struct Item {
    std::vector<WordInfo> words;
    std::vector<int> gold;
  };
  std::vector<Item> items(train.size());
  closed_ok_ = KeyMap();
  for (size_t s = 0; s < train.size(); ++s) {
    ComputeWordInfos(*train[s], &items[s].words);
    for (size_t i = 0; i < train[s]->tokens.size(); ++i) {
      const Token& t = train[s]->tokens[i];
      auto it = class_id.find({t.upos, t.xpos});
      int c = it == class_id.end() ? 0 : it->second;
      items[s].gold.push_back(c);
      const uint32_t key = FeatureKey(items[s].words[i].lower);
      ++word_count[key];
      ++classes_of[key][c];
      if (c < 128 && (closed_classes_ >> c & 1)) closed_ok_.Set(key, 1);
    }
  }
  // Headline copies: the same sentences in capitals.
  if (options.caps_copy_every > 0) {
    std::string upper;
    for (size_t s = 0; s < train.size(); s += options.caps_copy_every) {
      Item copy;
      copy.gold = items[s].gold;
      Sentence caps = *train[s];
      for (Token& t : caps.tokens)
        for (char& ch : t.form)
          if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      ComputeWordInfos(caps, &copy.words);
      items.push_back(std::move(copy));
    }
  }
  ambiguity_ = KeyMap();
  sure_ = KeyMap();
  for (const auto& [key, counts] : classes_of) {
    const int count = word_count[key];
    if (count < options.vocabulary_min_count) continue;
    // Rare words get no dictionary entry: their class would just restate the
    // gold tag of the training sentence and teach the model to trust it
    // blindly.
    if (count < options.min_dictionary_count) {
      ambiguity_.Set(key, kUnknownAmbiguity);
      continue;
    }
    uint64_t h = 0xa3b1;
    int top = -1;
    for (const auto& [c, k] : counts) {  // classes in increasing order
      h = Mix(h, c);
      if (top < 0 || k > counts.at(top)) top = c;
    }
    uint32_t a = FeatureKey(h);
    if (a == kUnknownAmbiguity) a ^= 1;
    ambiguity_.Set(key, a);
    if (count >= options.sure_min_count && counts.at(top) >= options.sure_share * count)
      sure_.Set(key, static_cast<uint32_t>(top + 1));
  }
  lexicon_ = KeyMap();
  if (lexicon)
    for (const LexiconEntry& e : *lexicon) lexicon_.Set(FeatureKey(HashBytes(e.word)), e.classes);
  for (auto& item : items) SetAmbiguity(item.words.data(), static_cast<int>(item.words.size()));

  std::vector<std::vector<WordInfo>> dev_words(dev.size());
  for (size_t s = 0; s < dev.size(); ++s) ComputeWordInfos(*dev[s], &dev_words[s]);

  Perceptron model(nc);
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(options.seed);
  WeightTable best_weights;
  double best_acc = -1;
  std::vector<float> scores(nc);
  uint32_t f[kMaxFeatures];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      Item& item = items[idx];
      const int n = static_cast<int>(item.words.size());
      int t1 = kStartTag, t2 = kStartTag;
      for (int i = 0; i < n; ++i) {
        int nf = Features(item.words.data(), n, i, t1, t2, f);
        std::fill(scores.begin(), scores.end(), 0.f);
        model.Score(f, nf, scores.data());
        int best = 0;
        for (int c = 1; c < nc; ++c)
          if (scores[c] > scores[best]) best = c;
        if (best != item.gold[i]) model.Update(f, nf, item.gold[i], best);
        correct += best == item.gold[i];
        ++total;
        model.Tick();
        t2 = t1;
        t1 = best;
      }
    }
    model.Compile(options.prune, &weights_);
    size_t dev_ok = 0, dev_total = 0;
    std::vector<uint8_t> tags;
    for (size_t s = 0; s < dev.size(); ++s) {
      const int n = static_cast<int>(dev_words[s].size());
      tags.resize(n);
      Tag(dev_words[s].data(), n, tags.data());
      for (int i = 0; i < n; ++i) {
        const Token& t = dev[s]->tokens[i];
        dev_ok += tagset_.upos[tags[i]] == t.upos && tagset_.xpos[tags[i]] == t.xpos;
        ++dev_total;
      }
    }
    double acc = dev_total ? 100.0 * dev_ok / dev_total : 0;
    if (log)
      *log << "tagger epoch " << epoch << ": train " << std::fixed << std::setprecision(2)
           << 100.0 * correct / std::max<size_t>(total, 1) << "%, dev UPOS+XPOS " << acc << "%, "
           << weights_.num_features() << " features" << std::endl;
    if (acc > best_acc || dev.empty()) {
      best_acc = acc;
      best_weights = weights_;
    }
  }
  weights_ = std::move(best_weights);
}

}  // namespace dyad::syntax

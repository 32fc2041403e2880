#include "syntax/lemmatizer.h"

#include <algorithm>
#include <map>

#include "syntax/hash.h"
#include "syntax/word_info.h"

namespace dyad::syntax {
namespace {

constexpr uint32_t kMissing = 0xffffffffu;

uint32_t ExactKey(std::string_view form, std::string_view xpos) { return Feat(101, HashBytes(form), HashBytes(xpos)); }
uint32_t LowerKey(std::string_view lower, std::string_view xpos) { return Feat(102, HashBytes(lower), HashBytes(xpos)); }
uint32_t SuffixKey(std::string_view xpos, size_t len, std::string_view lower) {
  return Feat(103, HashBytes(xpos), len, HashBytes(lower.substr(lower.size() - len)));
}
uint32_t WordFeatsKey(std::string_view lower, std::string_view upos, std::string_view xpos) {
  return Feat(104, HashBytes(lower), HashBytes(upos), HashBytes(xpos));
}
uint32_t TagFeatsKey(std::string_view upos, std::string_view xpos) { return Feat(105, HashBytes(upos), HashBytes(xpos)); }

// Most frequent value of each key, ties broken by the smaller value (so
// training is deterministic).
template <typename K, typename V>
std::map<K, V> Majority(const std::map<K, std::map<V, int>>& counts) {
  std::map<K, V> out;
  for (const auto& [k, m] : counts) {
    const V* best = nullptr;
    int best_n = -1;
    for (const auto& [v, n] : m)
      if (n > best_n) best = &v, best_n = n;
    out.emplace(k, *best);
  }
  return out;
}

}  // namespace

bool IsProperNounTag(std::string_view xpos) { return xpos == "NNP" || xpos == "NNPS"; }

uint32_t Lemmatizer::Intern(const std::string& s) {
  // Linear scan is too slow for tens of thousands of strings; use a map
  // built lazily in training only.
  strings_.push_back(s);
  return static_cast<uint32_t>(strings_.size() - 1);
}

void Lemmatizer::Train(const std::vector<const Sentence*>& train, const std::vector<LexiconEntry>* lexicon) {
  *this = Lemmatizer();
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> exact, lower, word_feats;
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> tag_feats;
  std::map<std::tuple<std::string, size_t, std::string>, std::map<std::pair<uint32_t, std::string>, int>> suffix;
  std::map<std::tuple<std::string, size_t, std::string>, std::pair<int, int>> keep_case;  // capitalized forms: (kept, lowered)
  for (const Sentence* s : train) {
    for (const Token& t : s->tokens) {
      if (t.form.empty()) continue;
      const std::string low = AsciiLower(t.form);
      const std::string feats = t.feats.empty() ? "_" : t.feats;
      word_feats[{low + '\t' + t.upos, t.xpos}][feats]++;
      tag_feats[{t.upos, t.xpos}][feats]++;
      if (t.lemma.empty()) continue;
      exact[{t.form, t.xpos}][t.lemma]++;
      lower[{low, t.xpos}][t.lemma]++;
      const std::string lemma_low = AsciiLower(t.lemma);
      size_t p = 0;
      while (p < low.size() && p < lemma_low.size() && low[p] == lemma_low[p]) ++p;
      std::pair<uint32_t, std::string> rule(static_cast<uint32_t>(low.size() - p), lemma_low.substr(p));
      const bool capitalized = low != t.form;
      const bool kept = t.lemma != lemma_low;
      // An abbreviation spelled out ("Nov" -> "November") is a word, not a
      // suffix pattern: as one it made "Peskov" "Peskovember".
      if (rule.second.size() > rule.first + 2) continue;
      for (size_t len = 0; len <= std::min<size_t>(kMaxSuffix, low.size()); ++len) {
        std::tuple<std::string, size_t, std::string> key{t.xpos, len, low.substr(low.size() - len)};
        suffix[key][rule]++;
        if (capitalized) ++(kept ? keep_case[key].first : keep_case[key].second);
      }
    }
  }
  std::map<std::string, uint32_t> ids;
  auto intern = [&](const std::string& s) {
    auto [it, fresh] = ids.emplace(s, 0);
    if (fresh) it->second = Intern(s);
    return it->second;
  };
  for (const auto& [k, v] : Majority(exact)) exact_.Set(ExactKey(k.first, k.second), intern(v));
  for (const auto& [k, v] : Majority(lower)) lower_.Set(LowerKey(k.first, k.second), intern(v));
  for (const auto& [k, v] : Majority(word_feats)) {
    const std::string& wu = k.first;
    size_t tab = wu.find('\t');
    word_feats_.Set(WordFeatsKey(wu.substr(0, tab), wu.substr(tab + 1), k.second), intern(v));
  }
  for (const auto& [k, v] : Majority(tag_feats)) tag_feats_.Set(TagFeatsKey(k.first, k.second), intern(v));
  std::map<std::pair<uint32_t, std::string>, uint32_t> rule_ids;
  for (const auto& [k, m] : suffix) {
    int total = 0;
    for (const auto& [r, n] : m) total += n;
    const size_t len = std::get<1>(k);
    if (len > 0 && total < 2) continue;  // a suffix seen once is a word, not a pattern
    const std::pair<uint32_t, std::string>* best = nullptr;
    int best_n = -1;
    for (const auto& [r, n] : m)
      if (n > best_n) best = &r, best_n = n;
    auto [it, fresh] = rule_ids.emplace(*best, static_cast<uint32_t>(rules_.size()));
    if (fresh) rules_.push_back(Rule{best->first, best->second});
    const std::string& xpos = std::get<0>(k);
    const std::string& suf = std::get<2>(k);
    auto kc = keep_case.find(k);
    const uint32_t keep = kc != keep_case.end() && kc->second.first > kc->second.second;
    suffix_rule_.Set(SuffixKey(xpos, len, suf), 2 * it->second + keep);
  }
  // Irregular past forms the treebank lacks ("froze", "overran").
  if (lexicon) {
    for (const LexiconEntry& e : *lexicon) {
      if (!e.past_of.empty() && lower_.Get(LowerKey(e.word, "VBD"), kMissing) == kMissing)
        lower_.Set(LowerKey(e.word, "VBD"), intern(e.past_of));
      if (!e.part_of.empty() && lower_.Get(LowerKey(e.word, "VBN"), kMissing) == kMissing)
        lower_.Set(LowerKey(e.word, "VBN"), intern(e.part_of));
    }
  }
  IndexLemmas();
}

void Lemmatizer::IndexLemmas() {
  known_lemmas_ = KeyMap();
  for (const std::string& lemma : strings_) known_lemmas_.Set(FeatureKey(HashBytes(lemma)), 1);
}

// The rule of the longest known suffix wins, unless it makes a word the
// treebank never had as a lemma while a shorter suffix's rule, or one of the
// regular English inflections, gives a known lemma ("shelled": the rule of
// "-elled" from "cancelled" would give "shel"; "-ed" gives "shell").
std::string Lemmatizer::ApplyRules(std::string_view form, std::string_view source, std::string_view lower,
                                   std::string_view xpos) const {
  std::string first;
  bool have_first = false;
  auto known = [&](const std::string& s) { return known_lemmas_.Get(FeatureKey(HashBytes(s)), 0) != 0; };
  for (size_t len = std::min<size_t>(kMaxSuffix, lower.size());; --len) {
    const uint32_t v = suffix_rule_.Get(SuffixKey(xpos, len, lower), kMissing);
    const uint32_t r = v == kMissing ? kMissing : v / 2;
    if (r != kMissing && r < rules_.size() && rules_[r].strip < lower.size()) {
      const std::string_view from = (v & 1) ? form : lower;
      std::string out(from.substr(0, from.size() - rules_[r].strip));
      out += rules_[r].add;
      if (known(out)) return out;
      if (!have_first) first = out, have_first = true;
    }
    if (len == 0) break;
  }
  // Regular inflections: -ed, -d, -ing (+e), doubled consonants, -s, -es, -ies/-ied.
  struct Inflection {
    std::string_view suffix, add;
  };
  static constexpr Inflection kInflections[] = {{"ed", ""},  {"d", ""},   {"ing", ""}, {"ing", "e"}, {"s", ""},
                                                {"es", ""},  {"ies", "y"}, {"ied", "y"}, {"er", ""},  {"est", ""}};
  for (const Inflection& inf : kInflections) {
    if (source.size() <= inf.suffix.size() + 1 || lower.substr(lower.size() - inf.suffix.size()) != inf.suffix) continue;
    std::string out(source.substr(0, source.size() - inf.suffix.size()));
    out += inf.add;
    if (known(out)) return out;
    // Doubled final consonant: "shelled" -> "shell" is tried above; "planned" -> "plan".
    if (inf.add.empty() && out.size() >= 3 && out[out.size() - 1] == out[out.size() - 2]) {
      std::string undoubled = out.substr(0, out.size() - 1);
      if (known(undoubled)) return undoubled;
    }
  }
  if (!have_first) return std::string(source);
  // An unknown verb with a doubled final consonant before -ed/-ing has the
  // single one in its base form ("rammed" -> "ram", "occurred" -> "occur"),
  // unless it is l, s, f or z ("shelled", "passed").
  const bool inflected = (lower.size() > 4 && lower.substr(lower.size() - 2) == "ed") ||
                         (lower.size() > 5 && lower.substr(lower.size() - 3) == "ing");
  if (inflected && first.size() >= 3 && first.back() == first[first.size() - 2] &&
      std::string_view("bdgmnprt").find(first.back()) != std::string_view::npos)
    first.pop_back();
  // An unknown present in -s keeps its stem: a suffix rule that rewrites
  // more than the ending ("rebuffs" -> "rebufbe") yields to the regular
  // inflection ("rebuff").
  if (xpos == "VBZ" && lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's') {
    const std::string_view stem = source.substr(0, source.size() - 1);
    const bool regular = first == stem || (stem.size() > 1 && stem.back() == 'e' && first == stem.substr(0, stem.size() - 1)) ||
                         (lower.size() > 4 && lower.substr(lower.size() - 3) == "ies" &&
                          first == std::string(source.substr(0, source.size() - 3)) + "y");
    if (!regular) return std::string(stem);
  }
  return first;
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  if (form.empty()) return std::string();
  uint32_t id = exact_.Get(ExactKey(form, xpos), kMissing);
  const std::string low = AsciiLower(form);
  if (id == kMissing) id = lower_.Get(LowerKey(low, xpos), kMissing);
  // Past tense and participle share lemmas ("fought" seen only as VBN), as
  // do the base form and the present.
  if (id == kMissing) {
    std::string_view sibling = xpos == "VBD" ? "VBN" : xpos == "VBN" ? "VBD" : xpos == "VB" ? "VBP" : xpos == "VBP" ? "VB" : "";
    if (!sibling.empty()) id = lower_.Get(LowerKey(low, sibling), kMissing);
  }
  if (id != kMissing && id < strings_.size()) return strings_[id];
  return ApplyRules(form, IsProperNounTag(xpos) ? form : std::string_view(low), low, xpos);
}

bool Lemmatizer::Knows(std::string_view form, std::string_view xpos) const {
  return exact_.Get(ExactKey(form, xpos), kMissing) != kMissing ||
         lower_.Get(LowerKey(AsciiLower(form), xpos), kMissing) != kMissing;
}

const std::string& Lemmatizer::Feats(std::string_view form, std::string_view upos, std::string_view xpos) const {
  static const std::string kNone = "_";
  uint32_t id = word_feats_.Get(WordFeatsKey(AsciiLower(form), upos, xpos), kMissing);
  if (id == kMissing) id = tag_feats_.Get(TagFeatsKey(upos, xpos), kMissing);
  if (id != kMissing && id < strings_.size()) return strings_[id];
  return kNone;
}

void Lemmatizer::Save(ByteWriter* out) const {
  out->Varint(strings_.size());
  for (const auto& s : strings_) out->Str(s);
  out->Varint(rules_.size());
  for (const auto& r : rules_) {
    out->Varint(r.strip);
    out->Str(r.add);
  }
  exact_.Save(out);
  lower_.Save(out);
  suffix_rule_.Save(out);
  word_feats_.Save(out);
  tag_feats_.Save(out);
}

bool Lemmatizer::Load(ByteReader* in) {
  *this = Lemmatizer();
  uint64_t n;
  if (!in->Varint(&n) || n > in->remaining()) return false;
  strings_.resize(n);
  for (auto& s : strings_)
    if (!in->Str(&s)) return false;
  if (!in->Varint(&n) || n > in->remaining()) return false;
  rules_.resize(n);
  for (auto& r : rules_) {
    uint64_t strip;
    if (!in->Varint(&strip) || strip > 1000 || !in->Str(&r.add)) return false;
    r.strip = static_cast<uint32_t>(strip);
  }
  if (!exact_.Load(in) || !lower_.Load(in) || !suffix_rule_.Load(in) || !word_feats_.Load(in) || !tag_feats_.Load(in))
    return false;
  IndexLemmas();
  return true;
}

}  // namespace dyad::syntax

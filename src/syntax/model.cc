#include "syntax/model.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "dyad/pipeline.h"  // FindDataDir: one lookup rule for all data
#include "syntax/model_file.h"

namespace dyad {

std::unique_ptr<SyntaxModel> SyntaxModel::Load(const std::string& path, std::string* error) {
  // The file is mapped, not copied: only the inflated tables take memory.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd);
    if (error) *error = "model file " + path + ": cannot open";
    return nullptr;
  }
  const size_t size = static_cast<size_t>(st.st_size);
  void* mapped = size ? mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : nullptr;
  close(fd);
  if (mapped == MAP_FAILED) {
    if (error) *error = "model file " + path + ": read error";
    return nullptr;
  }
  auto model = std::make_unique<syntax::Model>();
  std::string why;
  const bool ok = model->Deserialize(std::string_view(size ? static_cast<const char*>(mapped) : "", size), &why,
                                     /*file_mapping=*/size > 0);
  if (mapped) munmap(mapped, size);
  if (!ok) {
    if (error) *error = "model file " + path + ": " + why;
    return nullptr;
  }
  return model;
}

std::string SyntaxModel::DefaultPath() {
  if (const char* env = std::getenv("DYAD_MODEL"); env && *env) return env;
  return FindDataDir() + "/model/" + syntax::kDefaultModelFile;
}

namespace syntax {

void ToParserWords(const std::vector<WordInfo>& infos, const uint8_t* tags, std::vector<ParserWord>* out) {
  out->resize(infos.size());
  for (size_t i = 0; i < infos.size(); ++i) (*out)[i] = ParserWord{infos[i].lower, infos[i].suffix[2], tags[i]};
}

namespace {

// An irregular past form the tagger took for a noun between a noun and the
// start of an object ("a Russian drone struck a bus": "struck" ends like
// "truck", and the lexicon also lists it as a name word): a past-tense verb.
// Lower-case words only, and only before a determiner, number, pronoun or
// name, where a noun compound does not continue ("a gun wound in" stays).
void RetagPastForms(const WordInfo* infos, int n, const TagSet& ts, uint8_t* tags) {
  static thread_local int vbd = -2;
  if (vbd == -2) vbd = ts.Find("VERB", "VBD");
  if (vbd < 0) return;
  for (int i = 1; i + 1 < n; ++i) {
    if (!(infos[i].lexicon & kLexPast) || (infos[i].flags & kHasUpper) || ts.upos[tags[i]] != "NOUN") continue;
    const std::string& before = ts.upos[tags[i - 1]];
    const std::string& after = ts.upos[tags[i + 1]];
    if ((before == "NOUN" || before == "PROPN") &&
        (after == "DET" || after == "NUM" || after == "PRON" || after == "PROPN"))
      tags[i] = static_cast<uint8_t>(vbd);
  }
}

}  // namespace

namespace {

bool IsQuoteForm(const std::string& form) { return form == "\"" || form == "``" || form == "''"; }

void TagWords(const Tagger& tagger, WordInfo* infos, int n, uint8_t* tags) {
  tagger.Tag(infos, n, tags);
  RetagPastForms(infos, n, tagger.tagset(), tags);
}

}  // namespace

int FindScareQuotes(const Sentence& sentence, const std::vector<std::string_view>& upos,
                    std::vector<uint8_t>* quote) {
  const int n = static_cast<int>(sentence.tokens.size());
  quote->assign(n, kNotQuote);
  int open = -1, pairs = 0;
  for (int i = 0; i < n; ++i) {
    if (!IsQuoteForm(sentence.tokens[i].form)) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    // Straight quotes pair up in order: this one closes `open`.
    const int inside = i - open - 1;
    // (Not a quote that holds all the sentence's words but its last stop.)
    const bool whole = open == 0 && i + 2 >= n;
    // A quote right after a noun or pronoun starts a phrase of its own
    // ("called the seizure "blatant theft""): there the marks are the
    // parser's only clue, and stay.
    const std::string_view before = open > 0 ? upos[open - 1] : std::string_view();
    const bool after_nominal = before == "NOUN" || before == "PROPN" || before == "PRON";
    if (inside >= 1 && inside <= kMaxScareQuoted && !whole && !after_nominal) {
      (*quote)[open] = kOpeningQuote;
      (*quote)[i] = kClosingQuote;
      ++pairs;
    }
    open = -1;
  }
  return pairs;
}

void Model::Tag(Sentence& sentence) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;
  thread_local std::vector<WordInfo> infos;
  thread_local std::vector<uint8_t> tags;
  thread_local std::vector<uint8_t> quote;
  thread_local std::vector<int> kept;
  ComputeWordInfos(sentence, &infos);
  tags.resize(n);
  TagWords(tagger, infos.data(), n, tags.data());
  const int m = Compact(sentence, tags.data(), &infos, &quote, &kept);
  if (m < n) TagWords(tagger, infos.data(), m, tags.data());
  FillTags(sentence, quote, kept, tags.data());
}

int Model::Compact(const Sentence& sentence, const uint8_t* tags, std::vector<WordInfo>* infos,
                   std::vector<uint8_t>* quote, std::vector<int>* kept) const {
  const int n = static_cast<int>(sentence.tokens.size());
  kept->clear();
  // (Most sentences have no quote mark: no tag views for them.)
  bool any = false;
  for (const Token& t : sentence.tokens) any |= IsQuoteForm(t.form);
  if (!any) {
    quote->assign(n, kNotQuote);
    return n;
  }
  thread_local std::vector<std::string_view> upos;
  upos.resize(n);
  for (int i = 0; i < n; ++i) upos[i] = tagger.tagset().upos[tags[i]];
  if (FindScareQuotes(sentence, upos, quote) == 0) return n;
  for (int i = 0; i < n; ++i)
    if ((*quote)[i] == kNotQuote) {
      (*infos)[kept->size()] = (*infos)[i];
      kept->push_back(i);
    }
  return static_cast<int>(kept->size());
}

void Model::FillTags(Sentence& sentence, const std::vector<uint8_t>& quote, const std::vector<int>& kept,
                     const uint8_t* tags) const {
  const TagSet& ts = tagger.tagset();
  auto fill = [&](Token& t, const std::string& upos, const std::string& xpos) {
    t.upos = upos;
    t.xpos = xpos;
    t.lemma = lemmatizer.Lemma(t.form, t.upos, t.xpos);
    t.feats = lemmatizer.Feats(t.form, t.upos, t.xpos);
  };
  if (kept.empty()) {
    for (size_t i = 0; i < sentence.tokens.size(); ++i) fill(sentence.tokens[i], ts.upos[tags[i]], ts.xpos[tags[i]]);
    return;
  }
  static const std::string kPunct = "PUNCT", kOpen = "``", kClose = "''";
  for (size_t r = 0; r < kept.size(); ++r) fill(sentence.tokens[kept[r]], ts.upos[tags[r]], ts.xpos[tags[r]]);
  for (size_t i = 0; i < sentence.tokens.size(); ++i)
    if (quote[i] != kNotQuote) fill(sentence.tokens[i], kPunct, quote[i] == kOpeningQuote ? kOpen : kClose);
}

void Model::Annotate(Sentence& sentence) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;
  // Per-thread scratch: no allocation per sentence once warm.
  thread_local std::vector<WordInfo> infos;
  thread_local std::vector<uint8_t> tags;
  thread_local std::vector<ParserWord> words;
  thread_local std::vector<int> heads;
  thread_local std::vector<uint8_t> labels;
  thread_local std::vector<uint8_t> quote;
  thread_local std::vector<int> kept;
  ComputeWordInfos(sentence, &infos);
  tags.resize(n);
  // Scare quotes around a few words ("condemned China's "reckless"
  // actions") are tagged and parsed around: the treebank's quotes are
  // mostly around speech, and a quote inside a noun phrase turns the word
  // after it into a verb.
  TagWords(tagger, infos.data(), n, tags.data());
  const int m = Compact(sentence, tags.data(), &infos, &quote, &kept);
  if (m < n) {
    TagWords(tagger, infos.data(), m, tags.data());
    infos.resize(m);
  }
  ToParserWords(infos, tags.data(), &words);
  heads.resize(m);
  labels.resize(m);
  parser.Parse(words.data(), m, heads.data(), labels.data());
  FillTags(sentence, quote, kept, tags.data());
  const auto& names = parser.labels();
  if (kept.empty()) {
    for (int i = 0; i < n; ++i) {
      sentence.tokens[i].head = heads[i];
      sentence.tokens[i].deprel = names[labels[i]];
    }
    return;
  }
  for (int r = 0; r < m; ++r) {
    Token& t = sentence.tokens[kept[r]];
    t.head = heads[r] < 0 ? -1 : kept[heads[r]];
    t.deprel = names[labels[r]];
  }
  // Each quote mark hangs on the head of the words it encloses: the first
  // of them whose head is outside (as UD attaches quotation marks).
  static const std::string kPunctRel = "punct";
  for (int i = 0; i < n; ++i) {
    if (quote[i] != kOpeningQuote) continue;
    int close = i + 1;
    while (close < n && quote[close] != kClosingQuote) ++close;
    int head = i + 1;
    for (int k = i + 1; k < close; ++k) {
      const int h = sentence.tokens[k].head;
      if (h < i || h > close) {
        head = k;
        break;
      }
    }
    for (int q : {i, close}) {
      if (q >= n) continue;
      sentence.tokens[q].head = head;
      sentence.tokens[q].deprel = kPunctRel;
    }
  }
}

std::string Model::Lemmatize(const std::string& form, const std::string& upos) const {
  // Without a Penn tag, try the tags of this UPOS the treebank knows the word
  // with; otherwise guess the Penn tag from the ending.
  const TagSet& ts = tagger.tagset();
  for (int c = 0; c < ts.size(); ++c)
    if (ts.upos[c] == upos && lemmatizer.Knows(form, ts.xpos[c])) return lemmatizer.Lemma(form, upos, ts.xpos[c]);
  auto ends = [&](const char* s) {
    size_t n = std::char_traits<char>::length(s);
    return form.size() > n + 1 && form.compare(form.size() - n, n, s) == 0;
  };
  std::string xpos;
  if (upos == "VERB" || upos == "AUX") xpos = ends("ing") ? "VBG" : ends("ed") ? "VBD" : ends("s") ? "VBZ" : "VB";
  else if (upos == "NOUN") xpos = ends("s") ? "NNS" : "NN";
  else if (upos == "PROPN") xpos = "NNP";
  else if (upos == "ADJ") xpos = ends("est") ? "JJS" : ends("er") ? "JJR" : "JJ";
  else if (upos == "ADV") xpos = "RB";
  else {
    for (int c = 0; c < ts.size() && xpos.empty(); ++c)
      if (ts.upos[c] == upos) xpos = ts.xpos[c];
  }
  return lemmatizer.Lemma(form, upos, xpos);
}

std::string Model::Serialize() const {
  ByteWriter w;
  tagger.Save(&w);
  lemmatizer.Save(&w);
  parser.Save(&w);
  return PackModel(w.bytes(), parser.non_monotonic() ? 6 : 5);
}

bool Model::Deserialize(std::string_view file, std::string* error, bool file_mapping) {
  std::string_view payload;
  uint32_t version = 0;
  if (!UnpackModel(file, &payload, error, &version)) return false;
  ByteReader r(payload);
  // The pages of a mapped file are handed back as they are read: the tables
  // grow while the file shrinks.
  if (file_mapping) r.EnableRelease();
  const bool ok = tagger.Load(&r) && (r.Release(true), lemmatizer.Load(&r)) && (r.Release(true), parser.Load(&r, version));
  if (!ok || r.remaining() != 0) {
    *error = "corrupt (model tables)";
    return false;
  }
  return true;
}

}  // namespace syntax
}  // namespace dyad

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
#include "syntax/punct_heads.h"

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

void TagWords(const Tagger& tagger, WordInfo* infos, int n, uint8_t* tags) {
  tagger.Tag(infos, n, tags);
  tagger.RepairForUse(infos, n, tags);
  RetagPastForms(infos, n, tagger.tagset(), tags);
}

}  // namespace

int FindScareQuotes(const Sentence& sentence, std::vector<uint8_t>* quote) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  quote->assign(n, kNotQuote);
  // (Not a pair that holds all the sentence's words but its last stop.)
  auto fits = [n](int open, int close) {
    const int inside = close - open - 1;
    return inside >= 1 && inside <= kMaxScareQuoted && !(open == 0 && close + 2 >= n);
  };
  int open = -1, pairs = 0;
  for (int i = 0; i < n; ++i) {
    const std::string& form = tokens[i].form;
    if (form == "'") {
      // A single quote opens with a space before it and none after
      // ("strikes 'terror camps' in"); it closes at the next "'" with no
      // space before, which a plural's apostrophe ("the farmers' protest")
      // never opens.
      if ((i > 0 && !tokens[i - 1].space_after) || tokens[i].space_after) continue;
      for (int j = i + 2; j < n && j <= i + kMaxScareQuoted + 1; ++j)
        if (tokens[j].form == "'" && !tokens[j - 1].space_after) {
          if (fits(i, j)) {
            (*quote)[i] = kOpeningQuote;
            (*quote)[j] = kClosingQuote;
            ++pairs;
            i = j;
          }
          break;
        }
      continue;
    }
    if (form != "\"" && form != "``" && form != "''") continue;
    if (open < 0) {
      open = i;
      continue;
    }
    // Straight double quotes pair up in order: this one closes `open`.
    if (fits(open, i)) {
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
  TagAroundQuotes(sentence, &infos, tags.data(), &quote, &kept);
  FillTags(sentence, quote, kept, tags.data());
}

int Model::TagAroundQuotes(const Sentence& sentence, std::vector<WordInfo>* infos, uint8_t* tags,
                           std::vector<uint8_t>* quote, std::vector<int>* kept) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (FindScareQuotes(sentence, quote) == 0) {
    kept->clear();
    TagWords(tagger, infos->data(), n, tags);
    return n;
  }
  const TagSet& ts = tagger.tagset();
  thread_local std::vector<WordInfo> all;
  all = *infos;
  for (int pass = 0;; ++pass) {
    kept->clear();
    for (int i = 0; i < n; ++i)
      if ((*quote)[i] == kNotQuote) {
        (*infos)[kept->size()] = all[i];
        kept->push_back(i);
      }
    const int m = static_cast<int>(kept->size());
    if (m == n) {
      kept->clear();
      TagWords(tagger, infos->data(), n, tags);
      return n;
    }
    TagWords(tagger, infos->data(), m, tags);
    if (pass == 1) return m;
    // A pair right after a noun or pronoun, as read without the marks,
    // starts a phrase of its own ("called the seizure "blatant theft""):
    // there the marks are the parser's only clue that the object ended,
    // and they stay (tagged again with them). So do the marks around a
    // clause of its own, with a finite verb ("holding signs reading
    // "Greenland is not for sale"").
    thread_local std::vector<int> at;  // a kept word's index in `kept`
    at.assign(n, -1);
    for (int r = 0; r < m; ++r) at[(*kept)[r]] = r;
    bool dropped = false;
    for (int open = 0; open < n; ++open) {
      if ((*quote)[open] != kOpeningQuote) continue;
      const int close = ClosingQuote(*quote, open);
      bool keep = false;
      if (open > 0 && at[open - 1] >= 0) {
        const std::string& upos = ts.upos[tags[at[open - 1]]];
        keep = upos == "NOUN" || upos == "PROPN" || upos == "PRON";
      }
      for (int w = open + 1; w < close && !keep; ++w) {
        if (at[w] < 0) continue;
        const std::string& x = ts.xpos[tags[at[w]]];
        keep = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
      }
      if (!keep) continue;
      (*quote)[open] = kNotQuote;
      if (close < n) (*quote)[close] = kNotQuote;
      dropped = true;
    }
    if (!dropped) return m;
  }
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
  const int m = TagAroundQuotes(sentence, &infos, tags.data(), &quote, &kept);
  infos.resize(m);
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
    HangOffPunctuation(&sentence);
    HangCommaAppositions(&sentence);
    JoinSplitLists(&sentence);
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
    const int close = ClosingQuote(quote, i);
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
  HangOffPunctuation(&sentence);
  HangCommaAppositions(&sentence);
  JoinSplitLists(&sentence);
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

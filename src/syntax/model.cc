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

void Model::Tag(Sentence& sentence) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;
  thread_local std::vector<WordInfo> infos;
  thread_local std::vector<uint8_t> tags;
  ComputeWordInfos(sentence, &infos);
  tags.resize(n);
  tagger.Tag(infos.data(), n, tags.data());
  const TagSet& ts = tagger.tagset();
  RetagPastForms(infos.data(), n, ts, tags.data());
  for (int i = 0; i < n; ++i) {
    Token& t = sentence.tokens[i];
    t.upos = ts.upos[tags[i]];
    t.xpos = ts.xpos[tags[i]];
    t.lemma = lemmatizer.Lemma(t.form, t.upos, t.xpos);
    t.feats = lemmatizer.Feats(t.form, t.upos, t.xpos);
  }
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
  ComputeWordInfos(sentence, &infos);
  tags.resize(n);
  tagger.Tag(infos.data(), n, tags.data());
  const TagSet& ts = tagger.tagset();
  RetagPastForms(infos.data(), n, ts, tags.data());
  ToParserWords(infos, tags.data(), &words);
  heads.resize(n);
  labels.resize(n);
  parser.Parse(words.data(), n, heads.data(), labels.data());
  const auto& names = parser.labels();
  for (int i = 0; i < n; ++i) {
    Token& t = sentence.tokens[i];
    t.upos = ts.upos[tags[i]];
    t.xpos = ts.xpos[tags[i]];
    t.lemma = lemmatizer.Lemma(t.form, t.upos, t.xpos);
    t.feats = lemmatizer.Feats(t.form, t.upos, t.xpos);
    t.head = heads[i];
    t.deprel = names[labels[i]];
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

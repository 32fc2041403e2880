// The whole pipeline: article -> cleaned -> sentences/tokens -> parsed ->
// events, dated, placed, merged. Each stage is also callable alone through
// its own header; this class wires them and owns the loaded models.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/event.h"
#include "dyad/token.h"

namespace dyad {

class SyntaxModel;
class Gazetteer;
class Coder;

// The data folder: $DYAD_DATA_DIR, else <dir of the dyad binary>/../data,
// else the source tree's data/ folder.
std::string FindDataDir();

// An article's events as the coder found them (Pipeline::CodeEvents), before
// Pipeline::DateAndPlace dates, places and finishes them, with what that
// needs of their sentences. Reusable: Clear() keeps the buffers' room.
struct CodedArticle {
  struct CodedSentence {
    int index = -1;                 // in the Document
    bool repaired = false;          // the coder repaired the parse: `parse` holds its copy
    Sentence parse;
    std::vector<Span> actor_spans;  // tokens that name dictionary actors
    size_t events_begin = 0, events_end = 0;  // in `events`
  };
  // Source, target, code, evidence and the article's fields, in sentence
  // order; DateAndPlace finishes them in place and hands them on.
  std::vector<Event> events;
  std::vector<int> verbs;  // per event: the token of its predicate
  // Only the first `used_sentences` are this article's, each with an event;
  // the rest are spare room.
  std::vector<CodedSentence> sentences;
  size_t used_sentences = 0;

  void Clear() {
    events.clear();
    verbs.clear();
    used_sentences = 0;
  }
};

struct PipelineOptions {
  std::string data_dir;                 // empty: FindDataDir()
  std::string model_path;               // empty: the shipped model
  std::vector<std::string> dict_files;  // --dict: replace built-in dictionaries of that kind
  std::string gazetteer_path;           // empty: default
  bool syntax = true;                   // false: no model is loaded (input comes parsed)
  bool dates = true;
  bool locations = true;
  bool merge_mentions = true;           // one event per happening within an article
  bool verbose = false;
};

class Pipeline {
 public:
  static std::unique_ptr<Pipeline> Create(const PipelineOptions& options, std::string* error);
  ~Pipeline();

  // Cleans (in place) and segments an article, then tags and parses it.
  Document Analyze(Article& article) const;
  // Codes events from an analyzed document: CodeEvents, then DateAndPlace.
  std::vector<Event> CodeDocument(const Article& article, const Document& doc) const;
  // The two halves of CodeDocument (timed apart by dyad bench). CodeEvents
  // finds the actors and the verb patterns that fire: the events, undated.
  void CodeEvents(const Article& article, const Document& doc, CodedArticle* coded) const;
  // Dates and places the events of `coded` (emptied), fills their CAMEO
  // fields and ids, and merges mentions of one happening.
  std::vector<Event> DateAndPlace(const Article& article, const Document& doc, CodedArticle* coded) const;
  // Analyze + CodeDocument.
  std::vector<Event> Code(Article& article) const;

  const SyntaxModel& syntax() const { return *syntax_; }
  const Coder& coder() const { return *coder_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const PipelineOptions& options() const { return options_; }

 private:
  Pipeline() = default;
  PipelineOptions options_;
  std::unique_ptr<SyntaxModel> syntax_;
  std::unique_ptr<Coder> coder_;
  std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_

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
  // Codes events from an analyzed document.
  std::vector<Event> CodeDocument(const Article& article, const Document& doc) const;
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

#include "pipeline_args.h"

#include <iostream>

namespace dyad::cli {

PipelineOptions PipelineOptionsFrom(const Args& args) {
  PipelineOptions o;
  o.dict_files = args.GetAll("dict");
  o.model_path = args.GetOr("model", "");
  o.gazetteer_path = args.GetOr("gazetteer", "");
  o.data_dir = args.GetOr("data", "");
  o.dates = !args.Has("no-dates");
  o.locations = !args.Has("no-places");
  o.merge_mentions = !args.Has("no-merge");
  o.verbose = args.Has("verbose");
  return o;
}

const std::vector<std::string>& PipelineOptionNames() {
  static const std::vector<std::string> k = {"dict", "model", "gazetteer", "data", "no-dates", "no-places",
                                             "no-merge", "verbose"};
  return k;
}

const std::vector<std::string>& PipelineFlagNames() {
  static const std::vector<std::string> k = {"no-dates", "no-places", "no-merge", "verbose", "sentences",
                                             "strict", "dedup", "show", "json", "gold-parse", "trace", "help", "conllu", "quiet"};
  return k;
}

bool ReadOptionsFrom(const Args& args, ReadOptions* o, std::string* error) {
  if (auto f = args.Get("input-format")) {
    auto parsed = ParseInputFormat(*f);
    if (!parsed) {
      *error = "unknown --input-format '" + *f + "' (auto news jsonl plain petrarch)";
      return false;
    }
    o->format = *parsed;
  }
  if (auto d = args.Get("date")) {
    auto parsed = ParseDate(*d);
    if (!parsed) {
      *error = "bad --date '" + *d + "' (YYYY-MM-DD)";
      return false;
    }
    o->date = parsed;
  }
  o->id = args.GetOr("id", "");
  o->sentences = args.Has("sentences");
  return true;
}

const std::vector<std::string>& ReadOptionNames() {
  static const std::vector<std::string> k = {"input-format", "date", "id", "sentences"};
  return k;
}

std::unique_ptr<Pipeline> MakePipeline(const Args& args) {
  std::string error;
  auto p = Pipeline::Create(PipelineOptionsFrom(args), &error);
  if (!p) std::cerr << "dyad: " << error << "\n";
  return p;
}

}  // namespace dyad::cli

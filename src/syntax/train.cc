#include "syntax/train.h"

#include <chrono>

namespace dyad::syntax {
namespace {

std::vector<const Sentence*> Pointers(const std::vector<Sentence>& v) {
  std::vector<const Sentence*> out;
  for (const auto& s : v) out.push_back(&s);
  return out;
}

void TagWords(const Tagger& tagger, const Sentence& s, std::vector<ParserWord>* out) {
  std::vector<WordInfo> infos;
  ComputeWordInfos(s, &infos);
  std::vector<uint8_t> tags(infos.size());
  tagger.Tag(infos.data(), static_cast<int>(infos.size()), tags.data());
  ToParserWords(infos, tags.data(), out);
}

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

void TrainModel(const std::vector<Sentence>& train_set, const std::vector<Sentence>& dev_set,
                const TrainConfig& config, std::ostream* log, Model* model) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto train = Pointers(train_set);
  const auto dev = Pointers(dev_set);
  const TagSet tagset = Tagger::CollectTagSet(train);

  Tagger::TrainOptions topt;
  topt.epochs = config.tagger_epochs;
  topt.vocabulary_min_count = config.tagger_vocabulary_min;
  topt.caps_copy_every = config.caps_copy_every;
  if (!config.relabel_only) {
    model->tagger.Train(train, dev, topt, &tagset, &config.lexicon, log);
    if (log) *log << "tagger trained in " << Seconds(t0) << " s" << std::endl;
    model->lemmatizer.Train(train, &config.lexicon);
  }

  // Parser input: tags on the training set come from taggers trained on the
  // other folds, so the parser learns from tagging errors like those it
  // will see.
  std::vector<std::vector<ParserWord>> train_words(train.size()), dev_words(dev.size());
  const int folds = std::max(1, config.folds);
  if (folds == 1) {
    for (size_t s = 0; s < train.size(); ++s) TagWords(model->tagger, *train[s], &train_words[s]);
  } else {
    for (int k = 0; k < folds; ++k) {
      std::vector<const Sentence*> rest;
      for (size_t s = 0; s < train.size(); ++s)
        if (static_cast<int>(s % folds) != k) rest.push_back(train[s]);
      Tagger fold_tagger;
      Tagger::TrainOptions fopt = topt;
      fopt.epochs = config.fold_tagger_epochs;
      fold_tagger.Train(rest, {}, fopt, &tagset, &config.lexicon, nullptr);
      for (size_t s = k; s < train.size(); s += folds) TagWords(fold_tagger, *train[s], &train_words[s]);
      if (log) *log << "jackknife fold " << k + 1 << "/" << folds << " tagged (" << Seconds(t0) << " s)" << std::endl;
    }
  }
  for (size_t s = 0; s < dev.size(); ++s) TagWords(model->tagger, *dev[s], &dev_words[s]);

  Parser::TrainOptions popt;
  popt.epochs = config.parser_epochs;
  popt.runs = config.parser_runs;
  popt.beam = config.parser_beam;
  popt.non_monotonic = config.non_monotonic;
  if (config.relabel_only) {
    model->parser.set_margin(config.beam_margin);
    model->parser.TrainRelabeler(train, train_words, dev, dev_words, config.relabel_epochs, 0.f, popt.seed, log);
    if (config.parser_prune > 0 && model->parser.has_relabeler()) model->parser.PruneRelabeler(config.parser_prune);
    if (log) *log << "relabeler trained in " << Seconds(t0) << " s" << std::endl;
    return;
  }
  model->parser.Train(train, train_words, dev, dev_words, popt, log);
  if (config.tagger_prune > 0) model->tagger.Prune(config.tagger_prune);
  if (config.parser_prune > 0) model->parser.Prune(config.parser_prune);
  // The relabeler learns after pruning, its mix chosen on the dev trees of
  // the parser as shipped (with the run-time beam margin).
  model->parser.set_margin(config.beam_margin);
  model->parser.TrainRelabeler(train, train_words, dev, dev_words, config.relabel_epochs, 0.f, popt.seed, log);
  if (config.parser_prune > 0 && model->parser.has_relabeler()) model->parser.PruneRelabeler(config.parser_prune);
  if (log) *log << "model trained in " << Seconds(t0) << " s" << std::endl;
}

}  // namespace dyad::syntax

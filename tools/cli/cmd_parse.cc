// dyad parse, dyad train, dyad eval-parse: the syntax stage on the command line.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>

#include "cli.h"
#include "dyad/segment.h"
#include "dyad/syntax.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/lexicon.h"
#include "syntax/model.h"
#include "syntax/train.h"

namespace dyad::cli {
namespace {

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Peak resident set size in MB from /proc (0 when unavailable).
double PeakRssMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

bool CheckUnknown(const Args& args, const std::vector<std::string>& known, const char* cmd) {
  auto unknown = args.Unknown(known);
  if (unknown.empty()) return true;
  std::cerr << "dyad " << cmd << ": unknown option " << unknown[0] << "\n";
  return false;
}

bool ReadConlluFile(const std::string& path, std::vector<syntax::ConlluSentence>* out) {
  std::string data, error;
  if (!ReadInput(path, &data, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return false;
  }
  std::vector<std::string> errors;
  *out = syntax::ParseConllu(data, &errors);
  for (size_t i = 0; i < errors.size() && i < 10; ++i) std::cerr << "dyad: " << path << ": " << errors[i] << "\n";
  if (errors.size() > 10) std::cerr << "dyad: " << path << ": " << errors.size() - 10 << " more errors\n";
  return true;
}

std::unique_ptr<SyntaxModel> LoadModel(const Args& args, double* seconds, double* cpu_seconds = nullptr) {
  const std::string path = args.GetOr("model", SyntaxModel::DefaultPath());
  std::string error;
  const auto t0 = std::chrono::steady_clock::now();
  const double c0 = CpuSeconds();
  auto model = SyntaxModel::Load(path, &error);
  if (seconds) *seconds = Since(t0);
  if (cpu_seconds) *cpu_seconds = CpuSeconds() - c0;
  if (!model) std::cerr << "dyad: " << error << "\n";
  if (model) {
    if (auto b = args.Get("beam")) {
      int width = 0;
      try {
        width = std::stoi(*b);
      } catch (const std::exception&) {
      }
      if (width < 1 || width > 64) {
        std::cerr << "dyad: --beam must be 1 to 64\n";
        return nullptr;
      }
      auto& parser = static_cast<syntax::Model&>(*model).parser;
      if (parser.beam() == 1 && width > 1)
        std::cerr << "dyad: warning: this model was trained greedily; a beam lowers its accuracy (use a model "
                     "trained with --beam, e.g. data/model/syntax-en-ewt-beam.bin)\n";
      parser.set_beam(width);
    }
    if (auto m = args.Get("beam-margin")) {
      int margin = -1;
      try {
        margin = std::stoi(*m);
      } catch (const std::exception&) {
      }
      if (margin < 0) {
        std::cerr << "dyad: --beam-margin must be 0 or more\n";
        return nullptr;
      }
      static_cast<syntax::Model&>(*model).parser.set_margin(margin);
    }
    if (args.Has("no-relabel")) static_cast<syntax::Model&>(*model).parser.set_relabel(false);
  }
  return model;
}

}  // namespace

int RunParse(int argc, char** argv) {
  Args args(argc, argv, {"help"});
  if (args.Has("help") || args.positional().size() > 1) {
    (args.Has("help") ? std::cout : std::cerr)
        << "usage: dyad parse [--input text|conllu] [--model MODEL] [--beam B] [FILE|-]\n"
           "  text: raw text is split into sentences and tokens, then tagged and parsed\n"
           "  conllu: gold-tokenized CoNLL-U is re-tagged and re-parsed (its annotation columns are ignored)\n"
           "Writes CoNLL-U to stdout.\n";
    return args.Has("help") ? 0 : 2;
  }
  if (!CheckUnknown(args, {"help", "input", "model", "beam", "beam-margin"}, "parse")) return 2;
  const std::string input = args.GetOr("input", "text");
  if (input != "text" && input != "conllu") {
    std::cerr << "dyad parse: --input must be text or conllu\n";
    return 2;
  }
  auto model = LoadModel(args, nullptr);
  if (!model) return 1;
  const std::string path = args.positional().empty() ? "-" : args.positional()[0];
  if (input == "conllu") {
    std::vector<syntax::ConlluSentence> sentences;
    if (!ReadConlluFile(path, &sentences)) return 1;
    for (auto& s : sentences) {
      model->Annotate(s.sentence);
      syntax::WriteConllu(s, std::cout);
    }
    return 0;
  }
  std::string text, error;
  if (!ReadInput(path, &text, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return 1;
  }
  Document doc = Segment("", text);
  int id = 0;
  for (auto& s : doc.sentences) {
    if (s.tokens.empty()) continue;
    model->Annotate(s);
    std::cout << "# sent_id = " << ++id << "\n";
    syntax::WriteConllu(s, std::cout);
  }
  return 0;
}

int RunTrain(int argc, char** argv) {
  Args args(argc, argv, {"help", "non-monotonic"});
  if (args.Has("help") || !args.Get("train") || !args.Get("out")) {
    (args.Has("help") ? std::cout : std::cerr)
        << "usage: dyad train --train TRAIN.conllu --dev DEV.conllu --out MODEL [--epochs N]\n"
           "       [--tagger-epochs N] [--parser-epochs N] [--folds K] [--tagger-prune Q] [--parser-prune Q]\n"
           "       [--parser-runs R] [--beam B] [--non-monotonic] [--relabel-epochs N] [--relabel-base MODEL] [--beam-margin M] [--lexicon FILE] [--tagger-vocab-min N] [--caps-every N]\n"
           "Trains the tagger, lemmatizer and parser (deterministic), printing dev scores per\n"
           "epoch and keeping the best epoch of each. --*-prune drop quantized weights below Q\n"
           "(of 32000) from the final tables: a smaller, faster model. --parser-runs averages\n"
           "the weights of R parser trainings with different shuffles (steadier, better).\n"
           "--beam B: train the parser globally with a beam of B (max-violation updates);\n"
           "the model then parses with that beam (slower, see README). --beam-margin M: the\n"
           "beam drops candidates scoring M below the best (stored in the model; 0: none).\n"
           "--non-monotonic: greedy parser only, with the non-monotonic arc-eager system\n"
           "(a later left arc may replace a head; reduce may attach a headless word).\n"
           "--relabel-epochs N: a tree relabeler (labels with the finished tree in view, mixed\n"
           "with the arc-time labels) trained for up to N epochs (0: none). --relabel-base MODEL:\n"
           "keep MODEL's tagger and parser and train only its relabeler (development aid).\n"
           "--lexicon: word classes (data/syntax/tagger-lexicon.tsv) for unknown words and\n"
           "irregular verbs. --tagger-vocab-min: words seen fewer times are unknown to the\n"
           "tagger (default 1: none; 2 hurt on EWT and news). --caps-every N: every N-th\n"
           "sentence is also learned in capitals (default 8; 0: none).\n";
    return args.Has("help") ? 0 : 2;
  }
  if (!CheckUnknown(args, {"help", "train", "dev", "out", "epochs", "tagger-epochs", "parser-epochs", "folds", "tagger-prune", "parser-prune", "parser-runs", "beam", "non-monotonic", "relabel-epochs", "relabel-base", "beam-margin", "lexicon", "tagger-vocab-min", "caps-every"},
                    "train"))
    return 2;
  syntax::TrainConfig config;
  try {
    if (auto e = args.Get("epochs")) config.tagger_epochs = config.parser_epochs = std::stoi(*e);
    if (auto e = args.Get("tagger-epochs")) config.tagger_epochs = std::stoi(*e);
    if (auto e = args.Get("parser-epochs")) config.parser_epochs = std::stoi(*e);
    if (auto e = args.Get("folds")) config.folds = std::stoi(*e);
    if (auto e = args.Get("tagger-prune")) config.tagger_prune = std::stoi(*e);
    if (auto e = args.Get("parser-prune")) config.parser_prune = std::stoi(*e);
    if (auto e = args.Get("parser-runs")) config.parser_runs = std::stoi(*e);
    if (auto e = args.Get("beam")) config.parser_beam = std::stoi(*e);
    if (auto e = args.Get("relabel-epochs")) config.relabel_epochs = std::stoi(*e);
    if (auto e = args.Get("beam-margin")) config.beam_margin = std::stoi(*e);
    if (auto e = args.Get("tagger-vocab-min")) config.tagger_vocabulary_min = std::stoi(*e);
    if (auto e = args.Get("caps-every")) config.caps_copy_every = std::stoi(*e);
  } catch (const std::exception&) {
    std::cerr << "dyad train: bad number\n";
    return 2;
  }
  config.non_monotonic = args.Has("non-monotonic");
  if (config.non_monotonic && config.parser_beam > 1) {
    std::cerr << "dyad train: --non-monotonic is for the greedy parser (no --beam)\n";
    return 2;
  }
  config.fold_tagger_epochs = std::min(config.fold_tagger_epochs, config.tagger_epochs);
  if (config.tagger_epochs < 1 || config.parser_epochs < 1 || config.folds < 1 || config.tagger_prune < 0 ||
      config.parser_prune < 0 || config.parser_runs < 1 || config.parser_runs > 16) {
    std::cerr << "dyad train: epochs and folds must be at least 1, parser runs 1 to 16\n";
    return 2;
  }
  if (auto lex = args.Get("lexicon")) {
    std::string text, error;
    if (!ReadInput(*lex, &text, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return 1;
    }
    config.lexicon = syntax::ParseLexicon(text, &error);
    if (!error.empty()) {
      std::cerr << "dyad train: " << *lex << ": " << error << "\n";
      return 1;
    }
  }
  std::vector<syntax::ConlluSentence> train_c, dev_c;
  if (!ReadConlluFile(*args.Get("train"), &train_c)) return 1;
  if (auto dev = args.Get("dev"); dev && !ReadConlluFile(*dev, &dev_c)) return 1;
  std::vector<Sentence> train, dev;
  for (auto& s : train_c) train.push_back(std::move(s.sentence));
  for (auto& s : dev_c) dev.push_back(std::move(s.sentence));
  if (train.empty()) {
    std::cerr << "dyad train: no sentences in " << *args.Get("train") << "\n";
    return 1;
  }
  std::cerr << "training on " << train.size() << " sentences, dev " << dev.size() << "\n";
  syntax::Model model;
  if (auto base = args.Get("relabel-base")) {
    // Development aid: keep BASE's tagger and parser, train a new relabeler.
    std::string text, error;
    if (!ReadInput(*base, &text, &error) || !model.Deserialize(text, &error)) {
      std::cerr << "dyad train: " << *base << ": " << error << "\n";
      return 1;
    }
    config.relabel_only = true;
  }
  syntax::TrainModel(train, dev, config, &std::cerr, &model);
  const std::string bytes = model.Serialize();
  const std::string out = *args.Get("out");
  std::ofstream f(out, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) {
    std::cerr << "dyad train: cannot write " << out << "\n";
    return 1;
  }
  std::cerr << "wrote " << out << " (" << bytes.size() << " bytes)\n";
  return 0;
}

int RunEvalParse(int argc, char** argv) {
  Args args(argc, argv, {"help", "no-relabel"});
  if (args.Has("help") || args.positional().size() != 1) {
    (args.Has("help") ? std::cout : std::cerr)
        << "usage: dyad eval-parse GOLD.conllu [--model MODEL] [--beam B]\n"
           "Re-annotates the gold words and prints UPOS, XPOS, lemma, feats accuracy, UAS, LAS\n"
           "(punctuation included), tag+parse speed, model load time and peak memory.\n"
           "--beam B parses with a beam of B (default: the model's own, 1 = greedy).\n"
           "--beam-margin M drops beam candidates scoring M below the best (default: the model's own).\n"
           "--no-relabel: labels from parsing only (the model's tree relabeler unused).\n";
    return args.Has("help") ? 0 : 2;
  }
  if (!CheckUnknown(args, {"help", "model", "beam", "beam-margin", "no-relabel"}, "eval-parse")) return 2;
  double load_s = 0, load_cpu = 0;
  auto model = LoadModel(args, &load_s, &load_cpu);
  if (!model) return 1;
  const double rss_model = PeakRssMb();
  std::vector<syntax::ConlluSentence> gold_c;
  if (!ReadConlluFile(args.positional()[0], &gold_c)) return 1;
  std::vector<Sentence> gold;
  for (auto& s : gold_c) gold.push_back(std::move(s.sentence));
  std::vector<syntax::ConlluSentence>().swap(gold_c);  // the comments are not needed: less peak memory
  auto sc = syntax::EvaluateModel(*model, gold, /*timing_passes=*/5);
  auto pct = [&](size_t k) { return syntax::ParseScores::Pct(k, sc.words); };
  std::cout << std::fixed << std::setprecision(2);
  std::cout << "sentences   " << sc.sentences << "\n"
            << "words       " << sc.words << "\n"
            << "UPOS        " << pct(sc.upos) << "\n"
            << "XPOS        " << pct(sc.xpos) << "\n"
            << "lemma       " << pct(sc.lemma) << "\n"
            << "feats       " << pct(sc.feats) << "\n"
            << "UAS         " << pct(sc.uas) << "\n"
            << "LAS         " << pct(sc.las) << "\n"
            << "tokens/s    " << std::setprecision(0) << (sc.cpu_seconds > 0 ? sc.words / sc.cpu_seconds : 0)
            << " per CPU second, " << (sc.seconds > 0 ? sc.words / sc.seconds : 0)
            << " per wall second (tag+lemma+parse, one thread, fastest of 5 passes, " << std::setprecision(3) << sc.cpu_seconds
            << " s CPU, " << sc.seconds << " s wall)\n"
            << "model load  " << load_cpu << " s CPU, " << load_s << " s wall\n"
            << "model RAM   " << std::setprecision(1)
            << static_cast<const syntax::Model&>(*model).MemoryBytes() / 1048576.0 << " MB (weight tables)\n"
            << "peak RSS    " << rss_model << " MB after load, " << PeakRssMb() << " MB at end (incl. gold data)\n";
  return 0;
}

}  // namespace dyad::cli

// dyad: who did what to whom, from the news.
#include <cstring>
#include <iostream>
#include <string>

#include "cli.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* help;
};

constexpr Command kCommands[] = {
    {"code", dyad::cli::RunCode, "read articles and print events"},
    {"explain", dyad::cli::RunExplain, "show why a sentence is (not) coded"},
    {"segment", dyad::cli::RunSegment, "print sentences and tokens"},
    {"parse", dyad::cli::RunParse, "tag and parse text or CoNLL-U into CoNLL-U"},
    {"train", dyad::cli::RunTrain, "train the tagger/lemmatizer/parser model from CoNLL-U"},
    {"eval-parse", dyad::cli::RunEvalParse, "score the model on a CoNLL-U gold file"},
    {"eval", dyad::cli::RunEval, "score event coding on a PETRARCH gold file"},
    {"bench", dyad::cli::RunBench, "measure speed per stage and peak memory"},
    {"dict", dyad::cli::RunDict, "check or convert dictionaries (dict convert|check)"},
};

void Usage(std::ostream& out) {
  out << "usage: dyad COMMAND [options] [FILE...]\n\ncommands:\n";
  for (const auto& c : kCommands) out << "  " << c.name << std::string(12 - std::strlen(c.name), ' ') << c.help << "\n";
  out << "\n'dyad COMMAND --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    Usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::cout << "dyad 0.1.0\n";
    return 0;
  }
  for (const auto& c : kCommands)
    if (!std::strcmp(argv[1], c.name)) return c.run(argc - 2, argv + 2);
  std::cerr << "dyad: unknown command '" << argv[1] << "'\n";
  Usage(std::cerr);
  return 2;
}

// dyad segment: articles in, sentences and tokens out (for debugging the
// reader, cleaner and segmenter), and the UD EWT segmentation score.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli.h"
#include "dyad/clean.h"
#include "dyad/read.h"
#include "dyad/segment.h"
#include "pipeline_args.h"
#include "segment/multiword.h"
#include "segment/ud_eval.h"

namespace dyad::cli {
namespace {

constexpr const char* kHelp = R"(usage: dyad segment [options] [FILE...]   (no FILE or '-' reads stdin)

Reads article records, cleans them and prints their sentences and tokens.
Text output: per sentence one line "# <id> <n> [title] <sentence>" and one
line of tokens separated by spaces; a blank line between articles.
  --conllu           CoNLL-U instead: # sent_id, # text, multi-word token
                     ranges ("1-2 don't"), ID FORM and '_' columns,
                     SpaceAfter=No in MISC
  --input-format F   auto (default) | news | jsonl | plain | petrarch
  --date YYYY-MM-DD  story date for plain text      --id ID   record id for plain text
  --sentences        every record is one sentence
  --strict           stop at the first bad record
  --eval-ud FILE     score the splitter and tokenizer on a UD CoNLL-U file
                     (token, word and sentence F1 as in CoNLL 2018, speed);
                     --show N prints N sentence and token differences
Exit status: 0 all records read, 1 some record was rejected, 2 usage or fatal error.
)";

void PrintText(const Article& article, const Document& doc, std::ostream& out) {
  size_t n = 0;
  for (const Sentence& s : doc.sentences) {
    out << "# " << article.id << " " << ++n << (s.is_title ? " title " : " ");
    for (char c : s.text) out << (c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    out << "\n";
    for (size_t i = 0; i < s.tokens.size(); ++i) out << (i ? " " : "") << s.tokens[i].form;
    out << "\n";
  }
  out << "\n";
}

void PrintConllu(const Article& article, const Document& doc, std::ostream& out) {
  size_t n = 0;
  for (const Sentence& s : doc.sentences) {
    out << "# sent_id = " << article.id << "-" << ++n << "\n";
    if (s.is_title) out << "# title = yes\n";
    out << "# text = ";
    for (char c : s.text) out << (c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    out << "\n";
    for (const TokenRange& r : SurfaceTokens(s.tokens)) {
      const Token& last = s.tokens[r.last];
      const char* misc = last.space_after ? "_" : "SpaceAfter=No";
      if (r.last > r.first) {
        out << r.first + 1 << "-" << r.last + 1 << "\t"
            << doc.text.substr(s.tokens[r.first].begin, last.end - s.tokens[r.first].begin)
            << "\t_\t_\t_\t_\t_\t_\t_\t" << misc << "\n";
        for (size_t i = r.first; i <= r.last; ++i)
          out << i + 1 << "\t" << s.tokens[i].form << "\t_\t_\t_\t_\t_\t_\t_\t_\n";
      } else {
        out << r.first + 1 << "\t" << last.form << "\t_\t_\t_\t_\t_\t_\t_\t" << misc << "\n";
      }
    }
    out << "\n";
  }
}

int EvalUd(const std::string& file, const Args& args) {
  std::string data, error;
  if (!ReadInput(file, &data, &error)) {
    std::cerr << "dyad segment: " << error << "\n";
    return 2;
  }
  size_t show = 0;
  if (auto s = args.Get("show")) show = std::strtoul(s->c_str(), nullptr, 10);
  UdSegmentEval eval;
  if (!EvaluateUdSegmentation(data, &eval, &error, show)) {
    std::cerr << "dyad segment: " << file << ": " << error << "\n";
    return 2;
  }
  auto line = [](const char* name, const SpanScore& s) {
    std::printf("%-10s gold %7zu  system %7zu  correct %7zu  P %6.2f  R %6.2f  F1 %6.2f\n", name, s.gold,
                s.system, s.correct, s.Precision(), s.Recall(), s.F1());
  };
  std::printf("%s: %zu documents, %zu bytes\n", file.c_str(), eval.documents, eval.bytes);
  line("tokens", eval.tokens);
  line("words", eval.words);
  line("sentences", eval.sentences);
  if (eval.misaligned) std::printf("gold forms not found in the text: %zu\n", eval.misaligned);
  const double total = eval.split_seconds + eval.tokenize_seconds;
  if (total > 0 && eval.split_seconds > 0 && eval.tokenize_seconds > 0)
    std::printf(
        "speed (%zu passes, one thread): split %.0f sentences/s (%.1f MB/s); tokenize %.0f tokens/s; "
        "split+tokenize %.0f sentences/s, %.0f tokens/s, %.1f MB/s\n",
        eval.timing_passes, eval.timed_sentences / eval.split_seconds, eval.timed_bytes / eval.split_seconds / 1e6,
        eval.timed_tokens / eval.tokenize_seconds, eval.timed_sentences / total, eval.timed_tokens / total,
        eval.timed_bytes / total / 1e6);
  for (const auto& e : eval.sentence_errors) std::printf("sentence %s\n", e.c_str());
  for (const auto& e : eval.token_errors) std::printf("token    %s\n", e.c_str());
  return 0;
}

}  // namespace

int RunSegment(int argc, char** argv) {
  Args args(argc, argv, {"conllu", "sentences", "strict", "help"});
  if (args.Has("help")) {
    std::cout << kHelp;
    return 0;
  }
  std::vector<std::string> known = ReadOptionNames();
  for (const char* k : {"conllu", "strict", "help", "eval-ud", "show"}) known.push_back(k);
  if (auto unknown = args.Unknown(known); !unknown.empty()) {
    std::cerr << "dyad segment: unknown option " << unknown[0] << "\n" << kHelp;
    return 2;
  }
  if (auto file = args.Get("eval-ud")) return EvalUd(*file, args);

  ReadOptions read_options;
  std::string error;
  if (!ReadOptionsFrom(args, &read_options, &error)) {
    std::cerr << "dyad segment: " << error << "\n";
    return 2;
  }
  const bool conllu = args.Has("conllu");
  const bool strict = args.Has("strict");
  std::vector<std::string> files = args.positional();
  if (files.empty()) files.push_back("-");
  size_t rejected = 0;
  bool stop = false;
  for (const auto& file : files) {
    if (stop) break;
    std::string data;
    if (!ReadInput(file, &data, &error)) {
      std::cerr << "dyad: " << error << "\n";
      ++rejected;
      if (strict) break;
      continue;
    }
    ReadArticles(
        data, file == "-" ? "<stdin>" : file, read_options,
        [&](Article&& article) {
          if (stop) return;
          CleanArticle(article);
          Document doc = Segment(article.title, article.text, article.sentence_level);
          if (conllu)
            PrintConllu(article, doc, std::cout);
          else
            PrintText(article, doc, std::cout);
        },
        [&](const ReadError& err) {
          std::cerr << "dyad: " << err.ToString() << "\n";
          ++rejected;
          if (strict) stop = true;
        });
  }
  std::cout.flush();
  if (rejected) std::cerr << "dyad: " << rejected << " record(s) rejected\n";
  return rejected ? 1 : 0;
}

}  // namespace dyad::cli

// dyad code: articles in, events out.
#include <iostream>

#include "cli.h"
#include "code/coder.h"
#include "dyad/dedup.h"
#include "dyad/write.h"
#include "pipeline_args.h"

namespace dyad::cli {
namespace {

constexpr const char* kHelp = R"(usage: dyad code [options] [FILE...]   (no FILE or '-' reads stdin)

Reads article records and prints one event per line.
  --input-format F   auto (default) | news | jsonl | plain | petrarch
  --date YYYY-MM-DD  story date for plain text      --id ID   record id for plain text
  --sentences        every record is one sentence context
  --format F         jsonl (default) | csv | tsv | gdelt
  --dict FILE        a dictionary (dyad, TABARI or PETRARCH format; repeatable);
                     replaces the built-in dictionary of its kind
  --dedup            group events across articles (same source, target, code,
                     date within --dedup-window days, default 0)
  --strict           stop at the first bad record
  --no-dates --no-places --no-merge   skip a stage
  --verbose          say on stderr which stories a discard phrase kept from coding
  --model FILE --gazetteer FILE --data DIR   override the shipped files
Exit status: 0 all records read, 1 some record was rejected, 2 usage or fatal error.
)";

}  // namespace

int RunCode(int argc, char** argv) {
  Args args(argc, argv, PipelineFlagNames());
  if (args.Has("help")) {
    std::cout << kHelp;
    return 0;
  }
  std::vector<std::string> known = PipelineOptionNames();
  for (const auto& k : ReadOptionNames()) known.push_back(k);
  for (const char* k : {"format", "dedup", "dedup-window", "strict", "help"}) known.push_back(k);
  if (auto unknown = args.Unknown(known); !unknown.empty()) {
    std::cerr << "dyad code: unknown option " << unknown[0] << "\n" << kHelp;
    return 2;
  }
  ReadOptions read_options;
  std::string error;
  if (!ReadOptionsFrom(args, &read_options, &error)) {
    std::cerr << "dyad code: " << error << "\n";
    return 2;
  }
  auto format = ParseOutputFormat(args.GetOr("format", "jsonl"));
  if (!format) {
    std::cerr << "dyad code: unknown --format (jsonl csv tsv gdelt)\n";
    return 2;
  }
  int window = 0;
  if (auto w = args.Get("dedup-window")) {
    try {
      window = std::stoi(*w);
    } catch (...) {
      window = -1;
    }
    if (window < 0) {
      std::cerr << "dyad code: --dedup-window takes a number of days\n";
      return 2;
    }
  }
  auto pipeline = MakePipeline(args);
  if (!pipeline) return 2;

  std::vector<std::string> files = args.positional();
  if (files.empty()) files.push_back("-");
  const bool strict = args.Has("strict");
  const bool dedup = args.Has("dedup");
  const bool verbose = args.Has("verbose");
  EventWriter writer(std::cout, *format);
  EventDeduper deduper(window);
  size_t rejected = 0;
  bool stop = false;
  for (const auto& file : files) {
    if (stop) break;
    std::string data;
    if (!ReadInput(file, &data, &error)) {
      std::cerr << "dyad: " << error << "\n";
      ++rejected;
      if (strict) return 1;
      continue;
    }
    ReadArticles(
        data, file == "-" ? "<stdin>" : file, read_options,
        [&](Article&& article) {
          if (stop) return;
          std::vector<Event> events;
          if (verbose) {
            // (Discards are otherwise silent: a story of sports results gives no event by design.)
            Document doc = pipeline->Analyze(article);
            std::string phrase;
            if (pipeline->coder().DiscardStory(doc, &phrase))
              std::cerr << "dyad: record " << article.id << ": story discarded (\"" << phrase << "\"): no events\n";
            events = pipeline->CodeDocument(article, doc);
          } else {
            events = pipeline->Code(article);
          }
          for (Event& e : events) {
            if (dedup)
              deduper.Add(std::move(e));
            else
              writer.Write(e);
          }
        },
        [&](const ReadError& err) {
          std::cerr << "dyad: " << err.ToString() << "\n";
          ++rejected;
          if (strict) stop = true;
        });
  }
  if (dedup)
    for (const Event& e : deduper.Finish()) writer.Write(e);
  std::cout.flush();
  if (rejected) std::cerr << "dyad: " << rejected << " record(s) rejected\n";
  return rejected ? 1 : 0;
}

}  // namespace dyad::cli

// dyad explain: the parse, the actors, the patterns tried and why each event
// was or was not coded.
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "cli.h"
#include "code/coder.h"
#include "dyad/write.h"
#include "pipeline_args.h"

namespace dyad::cli {

int RunExplain(int argc, char** argv) {
  Args args(argc, argv, PipelineFlagNames());
  if (args.Has("help") || (args.positional().empty() && !args.Has("file"))) {
    std::cout << "usage: dyad explain \"TEXT\" [--date YYYY-MM-DD] [--dict FILE]... [--sentences] [--new-actor-length N]\n"
                 "       dyad explain --file FILE [--date YYYY-MM-DD] ...\n"
                 "Prints the parse, the actors found, the patterns tried and why each event was or was not coded.\n"
                 "--file reads the text from FILE; --sentences keeps the text as one sentence context\n"
                 "(no title split), as for sentence-level gold records; --new-actor-length N codes an unknown\n"
                 "source or target phrase of up to N words by its text (PETRARCH's option).\n";
    return args.Has("help") ? 0 : 2;
  }
  auto pipeline = MakePipeline(args);
  if (!pipeline) return 2;
  Article article;
  article.id = "explain";
  auto date = ParseDate(args.GetOr("date", "2022-11-26"));
  if (!date) {
    std::cerr << "dyad explain: bad --date\n";
    return 2;
  }
  article.date = *date;
  if (args.Has("file")) {
    std::string error;
    if (!ReadInput(args.GetOr("file", ""), &article.text, &error)) {
      std::cerr << "dyad explain: " << error << "\n";
      return 2;
    }
  }
  for (const auto& p : args.positional()) article.text += (article.text.empty() ? "" : " ") + p;
  article.sentence_level = args.Has("sentences");
  article.new_actor_length = std::max(0, std::atoi(args.GetOr("new-actor-length", "0").c_str()));
  Document doc = pipeline->Analyze(article);
  std::string phrase;
  if (pipeline->coder().DiscardStory(doc, &phrase))
    std::cout << "story discarded: " << phrase << " — no events\n";
  ArticleContext ctx;
  ctx.new_actor_length = article.new_actor_length;
  for (int i = 0; i < static_cast<int>(doc.sentences.size()); ++i) {
    const Sentence& s = doc.sentences[i];
    std::cout << "# sentence " << i << (s.is_title ? " (title)" : "") << ": " << s.text << "\n";
    for (int t = 0; t < static_cast<int>(s.tokens.size()); ++t) {
      const Token& k = s.tokens[t];
      std::cout << t << "\t" << k.form << "\t" << k.lemma << "\t" << k.upos << "\t" << k.xpos << "\t" << k.head
                << "\t" << k.deprel << "\n";
    }
    std::string trace;
    pipeline->coder().CodeSentence(s, i, article.date, &ctx, &trace);
    std::cout << trace << "\n";
  }
  auto events = pipeline->CodeDocument(article, doc);
  std::cout << "# " << events.size() << " event(s)\n";
  for (const auto& e : events) std::cout << EventToJson(e) << "\n";
  return 0;
}

}  // namespace dyad::cli

// dyad eval: codes a PETRARCH-format gold file and scores the events at
// three levels: exact codes; country + full CAMEO code; country + root code.
#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli.h"
#include "code/coder.h"
#include "pipeline_args.h"

namespace dyad::cli {
namespace {

struct Triple {
  std::string source, target, code;
  std::optional<Date> date;  // gold: when the gold says; coded: the event's date
  std::string place;         // gold: where, as named; coded: the location's name
  std::string place_text;    // coded: the location's expression in the text ("in Bali")
  // coded: a one-sided event in a gold set that codes dyads: it may match a
  // gold event with no target ("---"), and is not counted when it matches none.
  bool unscored_unless_matched = false;
};

// A gold place names the coded location when it is the location's name
// ("Bali", or "Washington" for "Washington, D.C.") or the last words of its expression ("near Kharkiv"; "Gaza" is
// not "in Gaza City"), compared without case. Names only: a gold country for
// a coded city in it counts as wrong.
bool PlaceMatches(const std::string& gold, const Triple& got) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  };
  const std::string g = lower(gold);
  if (g.empty() || got.place.empty()) return false;
  if (lower(got.place) == g) return true;
  // (The name before a qualifier the gazetteer adds: "Washington, D.C." is
  // the gold's "Washington".)
  if (const size_t comma = got.place.find(", "); comma != std::string::npos && lower(got.place.substr(0, comma)) == g)
    return true;
  const std::string text = lower(got.place_text);
  return text.size() > g.size() && text.compare(text.size() - g.size(), g.size(), g) == 0 &&
         text[text.size() - g.size() - 1] == ' ';
}

// Gold "---" (or an empty code) matches any actor.
bool ActorMatches(const std::string& gold, const std::string& got, int level) {
  if (gold.empty() || (gold.compare(0, 3, "---") == 0 && (level > 0 || gold == "---"))) return true;
  if (level == 0) return gold == got;
  return gold.substr(0, 3) == got.substr(0, 3);
}

bool Matches(const Triple& gold, const Triple& got, int level) {
  bool code = level == 2 ? gold.code.substr(0, 2) == got.code.substr(0, 2) : gold.code == got.code;
  return code && ActorMatches(gold.source, got.source, level) && ActorMatches(gold.target, got.target, level);
}

struct Score {
  size_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

// The <Parse> CoNLL-U blocks of a PETRARCH XML file by sentence id, for
// --gold-parse (coding from the gold dependency parses).
std::map<std::string, std::string> GoldParses(const std::string& xml) {
  std::map<std::string, std::string> out;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t id = xml.find("id=\"", pos);
    size_t next = xml.find("<Sentence ", pos + 1);
    if (id == std::string::npos || (next != std::string::npos && id > next)) {
      pos += 1;
      continue;
    }
    std::string sid = xml.substr(id + 4, xml.find('"', id + 4) - id - 4);
    size_t p = xml.find("<Parse>", pos);
    if (p != std::string::npos && (next == std::string::npos || p < next)) {
      size_t e = xml.find("</Parse>", p);
      out[sid] = xml.substr(p + 7, e == std::string::npos ? std::string::npos : e - p - 7);
    }
    pos += 1;
  }
  return out;
}

Sentence SentenceFromConllu(const std::string& conllu) {
  Sentence s;
  std::istringstream in(conllu);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream ls(line);
    for (std::string x; std::getline(ls, x, '\t');) f.push_back(x);
    if (f.size() < 8 || f[0].find_first_not_of("0123456789") != std::string::npos) continue;
    Token t;
    t.form = f[1];
    t.lemma = f[2];
    t.upos = f[3];
    t.xpos = f[4];
    t.feats = f[5];
    t.head = std::atoi(f[6].c_str()) - 1;
    t.deprel = f[7];
    if (!s.text.empty()) s.text += " ";
    t.begin = static_cast<uint32_t>(s.text.size());
    s.text += t.form;
    t.end = static_cast<uint32_t>(s.text.size());
    s.tokens.push_back(t);
  }
  s.end = static_cast<uint32_t>(s.text.size());
  // The gold parses use UD v1 relations; dyad's parser produces UD v2.
  for (auto& t : s.tokens) {
    std::string& r = t.deprel;
    bool verb_head = t.head >= 0 && t.head < static_cast<int>(s.tokens.size()) &&
                     (s.tokens[t.head].upos == "VERB" || s.tokens[t.head].upos == "AUX" || s.tokens[t.head].upos == "ADJ");
    if (r == "dobj") r = "obj";
    else if (r == "nsubjpass") r = "nsubj:pass";
    else if (r == "auxpass") r = "aux:pass";
    else if (r == "csubjpass") r = "csubj:pass";
    else if (r == "neg") r = "advmod";
    else if (r == "nmod:agent") r = "obl:agent";
    else if (r == "nmod:tmod" && verb_head) r = "obl:tmod";
    else if (r == "nmod:npmod" && verb_head) r = "obl:npmod";
    else if (r == "nmod" && verb_head) r = "obl";
  }
  return s;
}

}  // namespace

int RunEval(int argc, char** argv) {
  Args args(argc, argv, PipelineFlagNames());
  if (args.Has("help") || args.positional().empty()) {
    std::cout << "usage: dyad eval GOLD.xml|GOLD.jsonl [--dict FILE]... [--show [--show-level exact|code|root]] [--json]\n"
                 "                 [--gold-parse]\n"
                 "Codes a gold file and prints precision, recall and F1 at three levels, per-root counts, and\n"
                 "with --show each miss and false positive (at the exact level, or with --show-level at\n"
                 "country + full code or country + root code). Gold files: PETRARCH XML (one record per\n"
                 "<Sentence>, gold in <EventCoding>), or JSONL articles whose \"events\" member lists the gold\n"
                 "events ({\"source\", \"target\", \"code\", \"date\", \"place\"}); articles are coded whole, as\n"
                 "dyad code does. Gold event dates (\"date\", or eventdate= in XML) and places (\"place\", by\n"
                 "name) are compared with the dates and location names of the events matched at country +\n"
                 "root code level.\n"
                 "--gold-parse codes from the XML file's own <Parse> dependency parses instead of dyad's parser.\n";
    return args.Has("help") ? 0 : 2;
  }
  const bool gold_parse = args.Has("gold-parse");
  PipelineOptions options = PipelineOptionsFrom(args);
  options.syntax = !gold_parse;
  std::string create_error;
  auto pipeline = Pipeline::Create(options, &create_error);
  if (!pipeline) {
    std::cerr << "dyad eval: " << create_error << "\n";
    return 2;
  }
  const bool show = args.Has("show");
  // --show-level exact|code|root: list what misses at that level (exact by default).
  int show_level = 0;
  if (auto l = args.Get("show-level")) {
    if (*l == "exact") show_level = 0;
    else if (*l == "code") show_level = 1;
    else if (*l == "root") show_level = 2;
    else {
      std::cerr << "dyad eval: --show-level wants exact, code or root, not '" << *l << "'\n";
      return 2;
    }
  }
  const bool trace = args.Has("trace");
  static const char* kLevels[] = {"exact (source, target, code)", "country + full code", "country + root code"};
  Score score[3];
  std::map<std::string, std::array<size_t, 3>> per_root;  // root -> gold, tp, fp (exact level)
  size_t records = 0, exact_records = 0, errors = 0, sentences = 0;
  size_t dated = 0, dated_right = 0;  // matched events (country + root) whose gold has a date
  size_t placed = 0, placed_right = 0, placed_none = 0;  // the same, whose gold has a place
  auto start = std::chrono::steady_clock::now();
  for (const auto& file : args.positional()) {
    std::string data, error;
    if (!ReadInput(file, &data, &error)) {
      std::cerr << "dyad eval: " << error << "\n";
      return 2;
    }
    ReadOptions ro;
    ro.format = DetectInputFormat(data) == InputFormat::kJsonl ? InputFormat::kJsonl : InputFormat::kPetrarchXml;
    std::map<std::string, std::string> parses;
    if (gold_parse) parses = GoldParses(data);
    ReadArticles(
        data, file, ro,
        [&](Article&& article) {
          ++records;
          std::vector<GoldEvent> gold = article.gold;
          std::vector<Event> events;
          auto parse = parses.find(article.id);
          if (gold_parse && parse != parses.end()) {
            Document doc;
            doc.sentences.push_back(SentenceFromConllu(parse->second));
            doc.text = doc.sentences[0].text;
            events = pipeline->CodeDocument(article, doc);
            if (trace) {
              ArticleContext ctx;
              ctx.new_actor_length = article.new_actor_length;
              std::string why;
              pipeline->coder().CodeSentence(doc.sentences[0], 0, article.date, &ctx, &why);
              std::cout << "## " << article.id << ": " << doc.sentences[0].text << "\n" << why;
            }
          } else {
            Document doc = pipeline->Analyze(article);
            events = pipeline->CodeDocument(article, doc);
            if (trace) {
              ArticleContext ctx;
              ctx.new_actor_length = article.new_actor_length;
              for (size_t i = 0; i < doc.sentences.size(); ++i) {
                std::string why;
                pipeline->coder().CodeSentence(doc.sentences[i], static_cast<int>(i), article.date, &ctx, &why);
                std::cout << "## " << article.id << ": " << doc.sentences[i].text << "\n" << why;
              }
            }
          }
          ++sentences;
          std::vector<Triple> got, want;
          std::set<std::tuple<std::string, std::string, std::string>> dedup;
          for (const auto& e : events) {
            // PETRARCH gold sets code dyads, unless a <Config> turned
            // require_dyad off, and a few one-sided events (target "---"):
            // a one-sided event is scored only when it matches one of those.
            Triple t{e.source.code, e.target ? e.target->code : "---", e.cameo, e.date,
                     e.location ? e.location->name : std::string(), e.location ? e.location->text : std::string(),
                     e.one_sided && article.require_dyad};
            if (dedup.insert({t.source, t.target, t.code}).second) got.push_back(t);
          }
          for (const auto& g : gold) want.push_back({g.source, g.target, g.code, g.date, g.place, {}});
          bool all_exact = true;  // every gold event matched, and every scored coded event (level 0)
          for (int level = 0; level < 3; ++level) {
            std::vector<bool> used(got.size(), false);
            size_t tp = 0;
            for (const auto& w : want) {
              bool hit = false;
              size_t match = 0;
              // (Of several coded events that match, the one with the gold's
              // date, then its place: which one is matched does not change
              // the counts, and the first in order may be another telling.)
              int best = -1, best_score = -1;
              const bool gold_one_sided = w.target.empty() || w.target == "---";
              for (size_t i = 0; i < got.size() && best_score < 3; ++i) {
                if (used[i] || !Matches(w, got[i], level)) continue;
                if (got[i].unscored_unless_matched && !gold_one_sided) continue;
                const int score = 1 + (w.date && got[i].date == w.date) + (!w.place.empty() && PlaceMatches(w.place, got[i]));
                if (score > best_score) best = static_cast<int>(i), best_score = score;
              }
              if (best >= 0) used[best] = hit = true, match = static_cast<size_t>(best);
              if (hit) ++tp;
              if (hit && level == 2 && w.date) {
                ++dated;
                if (got[match].date == w.date) ++dated_right;
                else if (show)
                  std::cout << "DATE  " << article.id << "  " << w.source << " " << w.target << " " << w.code
                            << "  gold " << w.date->ToString() << " coded "
                            << (got[match].date ? got[match].date->ToString() : std::string("none")) << "\n";
              }
              if (hit && level == 2 && !w.place.empty()) {
                ++placed;
                if (PlaceMatches(w.place, got[match])) ++placed_right;
                else {
                  placed_none += got[match].place.empty();
                  if (show)
                    std::cout << "PLACE " << article.id << "  " << w.source << " " << w.target << " " << w.code
                              << "  gold " << w.place << " coded "
                              << (got[match].place.empty() ? std::string("none") : got[match].place) << "\n";
                }
              }
              if (level == 0) {
                per_root[w.code.substr(0, 2)][0]++;
                if (hit) per_root[w.code.substr(0, 2)][1]++;
              }
              if (!hit && show && level == show_level)
                std::cout << "MISS  " << article.id << "  " << w.source << " " << w.target << " " << w.code
                          << "  | " << article.text.substr(0, 160) << "\n";
            }
            size_t unscored = 0;  // one-sided events that matched no one-sided gold event
            for (size_t i = 0; i < got.size(); ++i) unscored += got[i].unscored_unless_matched && !used[i];
            score[level].tp += tp;
            score[level].fn += want.size() - tp;
            score[level].fp += got.size() - unscored - tp;
            if (level == 0) {
              if (tp != want.size() || got.size() - unscored != tp) all_exact = false;
              for (size_t i = 0; i < got.size(); ++i)
                if (!used[i] && !got[i].unscored_unless_matched) per_root[got[i].code.substr(0, 2)][2]++;
            }
            if (show && level == show_level)
              for (size_t i = 0; i < got.size(); ++i)
                if (!used[i] && !got[i].unscored_unless_matched)
                  std::cout << "FALSE " << article.id << "  " << got[i].source << " " << got[i].target << " "
                            << got[i].code << "  | " << article.text.substr(0, 160) << "\n";
          }
          if (all_exact) ++exact_records;
        },
        [&](const ReadError& e) {
          ++errors;
          std::cerr << "dyad eval: " << e.ToString() << "\n";
        });
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (args.Has("json")) {
    std::printf("{\"records\":%zu,\"exact_records\":%zu,\"errors\":%zu", records, exact_records, errors);
    const char* keys[] = {"exact", "country_code", "country_root"};
    for (int l = 0; l < 3; ++l)
      std::printf(",\"%s\":{\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}", keys[l],
                  score[l].tp, score[l].fp, score[l].fn, score[l].P(), score[l].R(), score[l].F());
    std::printf(",\"dates\":{\"matched\":%zu,\"right\":%zu}", dated, dated_right);
    std::printf(",\"places\":{\"matched\":%zu,\"right\":%zu,\"none\":%zu}", placed, placed_right, placed_none);
    std::printf(",\"seconds\":%.3f}\n", secs);
    return 0;
  }
  std::printf("records: %zu (rejected %zu), coded exactly: %zu (%.1f%%), %.2f s\n", records, errors, exact_records,
              records ? 100.0 * exact_records / records : 0.0, secs);
  for (int l = 0; l < 3; ++l)
    std::printf("%-30s P %.3f  R %.3f  F1 %.3f   (tp %zu fp %zu fn %zu)\n", kLevels[l], score[l].P(), score[l].R(),
                score[l].F(), score[l].tp, score[l].fp, score[l].fn);
  if (dated > 0)
    std::printf("event dates: %zu of %zu right (%.1f%%; events matched at country + root code whose gold is dated)\n",
                dated_right, dated, 100.0 * dated_right / dated);
  if (placed > 0)
    std::printf("event places: %zu of %zu right, %zu with no place (events matched at country + root code whose gold "
                "names a place)\n",
                placed_right, placed, placed_none);
  std::printf("per root (exact level): root gold tp fp\n");
  for (const auto& [root, c] : per_root) std::printf("  %s %4zu %4zu %4zu\n", root.c_str(), c[0], c[1], c[2]);
  return 0;
}

}  // namespace dyad::cli

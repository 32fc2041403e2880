#include "dyad/pipeline.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "code/coder.h"
#include "dyad/cameo.h"
#include "dyad/clean.h"
#include "dyad/dedup.h"
#include "dyad/segment.h"
#include "dyad/syntax.h"
#include "dyad/when.h"
#include "dyad/where.h"

namespace dyad {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Stable: the same input gives the same id.
std::string EventId(const Event& e, int verb) {
  uint64_t h = Fnv1a(e.article_id);
  h = Fnv1a("|" + std::to_string(e.sentence) + "|" + std::to_string(verb) + "|" + e.source.code + "|" +
                (e.target ? e.target->code : "") + "|" + e.cameo,
            h);
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string FindDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env && *env) return env;
  char buf[4096];
  ssize_t len = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (len > 0) {
    buf[len] = 0;
    fs::path p = fs::path(buf).parent_path();
    for (int up = 0; up < 3; ++up, p = p.parent_path())
      if (fs::is_directory(p / "data" / "dict")) return (p / "data").string();
  }
  return DYAD_SOURCE_DATA_DIR;
}

Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::Create(const PipelineOptions& options, std::string* error) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  if (p->options_.data_dir.empty()) p->options_.data_dir = FindDataDir();
  if (options.syntax) {
    std::string model = options.model_path.empty() ? SyntaxModel::DefaultPath() : options.model_path;
    p->syntax_ = SyntaxModel::Load(model, error);
    if (!p->syntax_) return nullptr;
  }
  p->coder_ = Coder::Load(p->options_.data_dir, options.dict_files, error);
  if (!p->coder_) return nullptr;
  if (!options.gazetteer_path.empty()) {
    p->gazetteer_ = Gazetteer::Open(options.gazetteer_path, error);
    if (!p->gazetteer_) return nullptr;
  } else {
    p->gazetteer_ = Gazetteer::OpenDefault(p->options_.data_dir);
  }
  return p;
}

Document Pipeline::Analyze(Article& article) const {
  CleanArticle(article);
  Document doc = Segment(article.title, article.text, article.sentence_level);
  if (syntax_)
    for (auto& s : doc.sentences) syntax_->Annotate(s);
  return doc;
}

std::vector<Event> Pipeline::CodeDocument(const Article& article, const Document& doc) const {
  std::vector<Event> events;
  ArticleContext context;
  if (coder_->DiscardStory(doc, nullptr, &context)) return events;
  for (int i = 0; i < static_cast<int>(doc.sentences.size()); ++i) {
    const Sentence& s = doc.sentences[i];
    std::vector<Span> actor_spans;  // found once per sentence, when an event needs a place
    bool have_spans = false;
    for (CodedEvent& ce : coder_->CodeSentence(s, i, article.date, &context, nullptr)) {
      Event& e = ce.event;
      // A one-sided event of an actor with no country ("officials said") says
      // little on its own; PETRARCH codes it only with require_dyad off.
      if (e.one_sided && article.require_dyad && e.source.code.compare(0, 3, "---") == 0) continue;
      e.article_id = article.id;
      e.url = article.url;
      e.news_source = article.source;
      e.story_date = article.date;
      e.date = article.date;
      e.date_precision = DatePrecision::kStory;
      if (options_.dates && ce.verb >= 0) {
        ResolvedDate d = DateEvent(s, ce.verb, article.date);
        if (d.date.valid()) {
          e.date = d.date;
          e.date_precision = d.precision;
          e.evidence.date_expression = d.expression;
        }
      }
      if (options_.locations && ce.verb >= 0) {
        PlaceContext pc;
        for (const Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
          if (!a) continue;
          if (!a->country.empty()) pc.actor_countries.push_back(a->country);
        }
        if (!have_spans) {
          actor_spans = context.sentence_actor_spans;
          have_spans = true;
        }
        pc.actor_spans = actor_spans;
        pc.dateline_place = article.dateline_place;
        e.location = LocateEvent(*gazetteer_, s, ce.verb, pc);
        // "Police fired tear gas at protesters in Kisumu": a role named
        // without a country belongs to the country where the clause places
        // the event.
        if (e.location && e.location->from == "clause" && !e.location->country.empty())
          for (Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
            if (!a || a->code.size() <= 3 || a->code.compare(0, 3, "---") != 0) continue;
            a->code = e.location->country + a->code.substr(3);
            a->country = e.location->country;
            if (!e.evidence.note.empty()) e.evidence.note += "; ";
            e.evidence.note += "country of '" + a->text + "' from the event's place";
          }
      }
      FillCameoFields(e);
      e.mentions = {i};
      e.id = EventId(e, ce.verb);
      events.push_back(std::move(e));
    }
  }
  if (options_.merge_mentions) MergeArticleEvents(events, doc);
  return events;
}

std::vector<Event> Pipeline::Code(Article& article) const {
  Document doc = Analyze(article);
  return CodeDocument(article, doc);
}

}  // namespace dyad

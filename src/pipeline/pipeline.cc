#include "dyad/pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
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

uint64_t Fnv1a(int64_t n, uint64_t h) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  return Fnv1a(std::string_view(buf, end - buf), h);
}

// Stable: the same input gives the same id. The hash of
// "article|sentence|verb|source|target|cameo", taken piece by piece.
std::string EventId(const Event& e, int verb) {
  uint64_t h = Fnv1a(e.article_id);
  h = Fnv1a(e.sentence, Fnv1a("|", h));
  h = Fnv1a(verb, Fnv1a("|", h));
  h = Fnv1a(e.source.code, Fnv1a("|", h));
  h = Fnv1a(e.target ? std::string_view(e.target->code) : std::string_view(), Fnv1a("|", h));
  h = Fnv1a(e.cameo, Fnv1a("|", h));
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) id[i] = "0123456789abcdef"[h & 15];
  return id;
}

// Roles named without a country ("---GOV") that a dateline's country may
// be given: state organs and the people of civil society where the other
// side is of that country; state organs alone where it is foreign.
constexpr std::string_view kRolesOfTheDatelinesSide[] = {"GOV", "COP", "JUD", "LEG", "OPP", "CVL", "MIL",
                                                         "MED", "REL", "LAB", "EDU", "HLH", "BUS", "AGR"};
constexpr std::string_view kStateRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};

template <size_t N>
bool RoleIn(std::string_view role, const std::string_view (&roles)[N]) {
  for (std::string_view r : roles)
    if (r == role) return true;
  return false;
}

// Gives the role `a` ("---GOV") the country, and says why in the evidence.
void GiveCountry(Actor* a, const std::string& country, std::string_view from_what, Event* e) {
  a->code = country + a->code.substr(3);
  a->country = country;
  if (!e->evidence.note.empty()) e->evidence.note += "; ";
  e->evidence.note += "country of '" + a->text + "' from " + std::string(from_what);
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
  AllCameoCodes();  // indexes the CAMEO table now, as loading, not while coding the first event
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
  // Per-thread scratch, reused across documents: its buffers keep their room.
  thread_local CodedArticle coded;
  CodeEvents(article, doc, &coded);
  return DateAndPlace(article, doc, &coded);
}

void Pipeline::CodeEvents(const Article& article, const Document& doc, CodedArticle* coded) const {
  coded->Clear();
  // Per-thread, reset for each article: its buffers keep their room.
  thread_local ArticleContext context;
  context.Reset();
  context.new_actor_length = article.new_actor_length;
  context.require_dyad = article.require_dyad;  // (the coder drops what the article does not want)
  if (coder_->DiscardStory(doc, nullptr, &context)) return;
  std::vector<Event>& events = coded->events;
  std::vector<int>& verbs = coded->verbs;
  // (Room for a few sentences' events: the coder makes them in place, and
  // growing the list moves them.)
  if (events.capacity() < 16) events.reserve(16);
  for (int i = 0; i < static_cast<int>(doc.sentences.size()); ++i) {
    const Sentence& s = doc.sentences[i];
    const size_t first = events.size();
    coder_->CodeSentence(s, i, article.date, &context, nullptr, &events, &verbs);
    for (size_t j = first; j < events.size(); ++j) {
      Event& e = events[j];
      e.article_id = article.id;
      e.url = article.url;
      e.news_source = article.source;
      e.story_date = article.date;
      e.date = article.date;
      e.date_precision = DatePrecision::kStory;
    }
    if (coded->events.size() == first) continue;
    if (coded->used_sentences == coded->sentences.size()) coded->sentences.emplace_back();
    CodedArticle::CodedSentence& cs = coded->sentences[coded->used_sentences++];
    cs.index = i;
    cs.events_begin = first;
    cs.events_end = coded->events.size();
    // Dated and placed on the parse the coder used (with its repairs),
    // copied into the room of an earlier article's.
    cs.repaired = context.Repaired(s);
    if (cs.repaired) context.CopyParse(s, &cs.parse);
    std::swap(cs.actor_spans, context.sentence_actor_spans);
  }
}

std::vector<Event> Pipeline::DateAndPlace(const Article& article, const Document& doc, CodedArticle* coded) const {
  // Per-thread scratch, reused across events and documents: the vectors
  // keep their room.
  thread_local PlaceContext pc;
  pc.actor_countries.clear();
  pc.dateline_place = article.dateline_place;
  // The dateline's country, for state roles named without one.
  std::string dateline_country;
  if (options_.locations && !article.dateline_place.empty()) {
    const std::vector<PlaceCandidate> d = gazetteer_->Lookup(article.dateline_place);
    if (!d.empty()) dateline_country = d.front().country;
  }
  // The date of each predicate of the sentence in hand: the events of one
  // verb (several sources or targets) share it, and dating walks the parse.
  thread_local std::vector<std::pair<int, ResolvedDate>> verb_dates;
  // For dating by context: per sentence, the day its text names for the
  // narrative (kDay), or that it names only a month or year (kYear: the
  // story has moved off the day), or nothing (kStory); -1 not yet known.
  thread_local std::vector<std::pair<int, Date>> sentence_days;
  sentence_days.assign(doc.sentences.size(), {-1, Date{}});
  auto day_state = [&](const ResolvedDate& d) -> std::pair<int, Date> {
    if (d.precision == DatePrecision::kDay && d.date <= article.date) return {int(DatePrecision::kDay), d.date};
    if (d.precision == DatePrecision::kMonth || d.precision == DatePrecision::kYear) return {int(DatePrecision::kYear), {}};
    return {int(DatePrecision::kStory), {}};
  };
  // The day an undated past event of sentence i happened on: the day its
  // sentence's main clause names, else, when that clause goes on telling
  // in the past, the day the sentence before names ("Egypt says Israel
  // attacked" is a report of today).
  // (Further back the story has often moved on: on dyad's own gold articles
  // looking one sentence back dated 142 of 179 events right, two back 135,
  // any distance back 135, none back 131, the story date 128.)
  auto context_day = [&](int i, const Sentence& parsed) -> std::optional<Date> {
    int root = 0;
    while (root < static_cast<int>(parsed.tokens.size()) && parsed.tokens[root].head >= 0) ++root;
    const int first = InPastNarrative(parsed, root) ? i - 1 : i;
    for (int j = i; j >= 0 && j >= first; --j) {
      if (doc.sentences[j].is_title) continue;
      if (sentence_days[j].first < 0) sentence_days[j] = day_state(SentenceDate(doc.sentences[j], article.date));
      if (sentence_days[j].first == int(DatePrecision::kDay)) return sentence_days[j].second;
      if (sentence_days[j].first == int(DatePrecision::kYear)) return std::nullopt;
    }
    return std::nullopt;
  };
  thread_local std::vector<size_t> dropped;  // events to drop: a placed role that is the other actor, a countryless protest
  dropped.clear();
  thread_local std::vector<size_t> placed_pairs;  // events with two actors that their clause places
  placed_pairs.clear();
  if (options_.locations) {
    // The article's countries, most events first (PlaceContext::article_countries).
    thread_local std::vector<std::pair<std::string, int>> counts;
    counts.clear();
    for (const Event& e : coded->events)
      for (const Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
        if (!a || a->country.empty()) continue;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == a->country; });
        if (it == counts.end()) counts.emplace_back(a->country, 1);
        else ++it->second;
      }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    pc.article_countries.clear();
    for (const auto& c : counts) pc.article_countries.push_back(c.first);
  }
  for (size_t k = 0; k < coded->used_sentences; ++k) {
    CodedArticle::CodedSentence& cs = coded->sentences[k];
    const int i = cs.index;
    const Sentence& parsed = cs.repaired ? cs.parse : doc.sentences[i];
    std::swap(pc.actor_spans, cs.actor_spans);
    verb_dates.clear();
    for (size_t j = cs.events_begin; j < cs.events_end; ++j) {
      Event& e = coded->events[j];
      const int verb = coded->verbs[j];
      if (options_.dates && verb >= 0) {
        auto known = std::find_if(verb_dates.begin(), verb_dates.end(),
                                  [&](const auto& vd) { return vd.first == verb; });
        if (known == verb_dates.end()) {
          verb_dates.emplace_back(verb, DateEvent(parsed, verb, article.date));
          known = verb_dates.end() - 1;
        }
        const ResolvedDate& d = known->second;
        if (d.date.valid()) {
          e.date = d.date;
          e.date_precision = d.precision;
          e.evidence.date_expression = d.expression;
        }
      }
      if (options_.locations && verb >= 0) {
        pc.actor_countries.clear();
        for (const Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
          if (!a) continue;
          if (!a->country.empty()) pc.actor_countries.push_back(a->country);
        }
        pc.meeting = e.cameo.compare(0, 2, "04") == 0;
        pc.force = e.cameo.compare(0, 2, "18") >= 0 && e.cameo.compare(0, 2, "20") <= 0;
        pc.visit = e.cameo.compare(0, 3, "042") == 0 || e.cameo.compare(0, 3, "043") == 0 ||
                   e.cameo.compare(0, 3, "044") == 0;
        pc.spoken = ((e.cameo.compare(0, 2, "01") >= 0 && e.cameo.compare(0, 2, "05") <= 0) ||
                     (e.cameo.compare(0, 2, "09") >= 0 && e.cameo.compare(0, 2, "13") <= 0)) &&
                    e.cameo.compare(0, 3, "042") != 0 && e.cameo.compare(0, 3, "043") != 0;
        e.location = LocateEvent(*gazetteer_, parsed, verb, pc);
        // "Police fired tear gas at protesters in Kisumu": a role named
        // without a country belongs to the country where the clause places
        // the event.
        // (Not armed forces whose other side is that country itself:
        // "submarines fired missiles at Natanz" struck Iran; they are not
        // Iran's. Protesters, police and rebels there are its own.)
        if (e.location && !e.location->country.empty())
          for (Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
            if (!a || a->code.size() <= 3 || a->code.compare(0, 3, "---") != 0) continue;
            // (By the dateline, only the roles of that side, the people of
            // civil society among them: "Police detained a journalist",
            // datelined Tunis, with Tunisian police.)
            if (e.location->from != "clause" &&
                !RoleIn(std::string_view(a->code).substr(3, 3), kRolesOfTheDatelinesSide))
              continue;
            const Actor* other = a == &e.source ? (e.target ? &*e.target : nullptr) : &e.source;
            // (Nor a role cooperating with that country named bare, 03-08:
            // "rescue teams arrived in Kingston" to help Jamaica are not
            // Jamaica's. Protesters against it are its own.)
            if (other && other->code == e.location->country &&
                (a->code.compare(3, 3, "MIL") == 0 || (e.cameo.compare(0, 2, "03") >= 0 && e.cameo.compare(0, 2, "08") <= 0)))
              continue;
            // (Nor, by the dateline, the victims of that country's own force
            // in an article where it fights another country: "Thai soldiers
            // opened fire on villagers", datelined Bangkok, in a border war
            // with Cambodia.)
            if (e.location->from != "clause" && a == &*e.target && other && other->country == e.location->country &&
                other->code.size() >= 6 && other->code.compare(3, 3, "MIL") == 0 &&
                e.cameo.compare(0, 2, "18") >= 0 && e.cameo.compare(0, 2, "20") <= 0 &&
                std::any_of(coded->events.begin(), coded->events.end(), [&](const Event& o) {
                  if (!o.target || o.cameo.compare(0, 2, "14") < 0 || o.source.country.empty() ||
                      o.target->country.empty() || o.source.country == o.target->country)
                    return false;
                  return o.source.country == other->country || o.target->country == other->country;
                }))
              continue;
            // (Nor a role that would then be the other actor itself, nor
            // forces facing that country's own: "Ukraine's military shot
            // down drones", datelined Kyiv, are not Ukraine's.)
            const std::string placed = e.location->country + a->code.substr(3);
            // ("Vucic met the government", datelined Belgrade: an actor with
            // itself, which is never an event.)
            if (other && other->code == placed) {
              dropped.push_back(j);
              break;
            }
            // (But soldiers facing that country's own rebels are its own:
            // "an RSF drone strike killed several soldiers", datelined Port Sudan.)
            if (other && a->code.compare(3, 3, "MIL") == 0 && other->country == e.location->country &&
                !IsArmedGroupCode(other->code))
              continue;
            GiveCountry(a, e.location->country, "the event's place", &e);
          }
      }
      // "Military jets bombed a village in Magway region", in an article on
      // Myanmar's own war (a People's Defence Force attacked soldiers):
      // forces with no country that strike the country where the event is,
      // in an article whose fighting is that country's own (an armed group
      // of it is coded, no other country's force or attack), are its own.
      if (options_.locations && e.location && e.target && e.source.code.size() >= 6 &&
          e.source.code.compare(0, 6, "---MIL") == 0 && e.cameo.compare(0, 2, "18") >= 0 &&
          e.cameo.compare(0, 2, "20") <= 0 && !e.location->country.empty() &&
          e.target->country == e.location->country) {
        const std::string& c = e.location->country;
        bool own_war = false, foreign = false;
        for (const Event& o : coded->events) {
          for (const Actor* a : {&o.source, o.target ? &*o.target : nullptr}) {
            if (!a || a->country.empty()) continue;
            if (a->country == c) {
              own_war |= IsArmedGroupCode(a->code);
            } else {
              foreign |= a->code.size() >= 6 && a->code.compare(3, 3, "MIL") == 0;
              foreign |= a == &o.source && o.cameo.compare(0, 2, "18") >= 0 && o.cameo.compare(0, 2, "20") <= 0;
            }
          }
        }
        if (own_war && !foreign) GiveCountry(&e.source, c, "the place of its strike, in the country's own war", &e);
      }
      // "Government spokesman General Coulibaly accused Algiers", datelined
      // Bamako: a state role named without a country, in an event with no
      // place of its own, is the dateline country's when the other side is
      // foreign (with the other side of that country the place rule above
      // has done it).
      if (options_.locations && !dateline_country.empty() && (!e.location || e.location->from != "clause"))
        for (Actor* a : {&e.source, e.target ? &*e.target : nullptr}) {
          if (!a || a->code.size() < 6 || a->code.compare(0, 3, "---") != 0) continue;
          if (!RoleIn(std::string_view(a->code).substr(3, 3), kStateRoles)) continue;
          const Actor* other = a == &e.source ? (e.target ? &*e.target : nullptr) : &e.source;
          // (An international body is foreign to every state: "Kallas
          // criticised the government's crackdown", datelined Tbilisi.)
          const bool international = other && other->code.compare(0, 3, "IGO") == 0;
          if (!other || (other->country.empty() && !international) || other->country == dateline_country) continue;
          GiveCountry(a, dateline_country, "the dateline", &e);
        }
      // "An Israeli drone strike killed a man", datelined Beirut, in an
      // article on Israel's fight with Lebanon's Hezbollah: victims named by
      // a civilian role with no country, of a foreign side's force with no
      // place of its own, are the dateline country's when the two countries
      // fight each other in the article (not at a venue: "DOHA - ... strikes
      // killed civilians" are not Qatar's).
      if (options_.locations && !dateline_country.empty() && e.target && !e.location &&
          e.target->code.size() >= 6 && e.target->code.compare(0, 3, "---") == 0 &&
          (e.target->code.compare(3, 3, "CVL") == 0 || e.target->code.compare(3, 3, "REF") == 0) &&
          e.cameo.size() >= 2 && (e.cameo.compare(0, 2, "18") >= 0 && e.cameo.compare(0, 2, "20") <= 0) &&
          !e.source.country.empty() && e.source.country != dateline_country) {
        const std::string& attacker = e.source.country;
        const bool fight = std::any_of(coded->events.begin(), coded->events.end(), [&](const Event& o) {
          if (!o.target || o.cameo.compare(0, 2, "14") < 0) return false;
          return (o.source.country == attacker && o.target->country == dateline_country) ||
                 (o.source.country == dateline_country && o.target->country == attacker);
        });
        if (fight) GiveCountry(&*e.target, dateline_country, "the dateline, a side of the article's fighting", &e);
      }
      // A protest by a role with no country, kept by the coder so that the
      // dateline or its place could give it one (and ApplyPlaceConventions its
      // government as the target): one still with no country says nothing,
      // and is dropped as the coder drops other countryless one-sided events.
      if (!e.target && e.cameo.compare(0, 2, "14") == 0 && e.source.code.compare(0, 3, "---") == 0) {
        dropped.push_back(j);
        continue;
      }
      // "Cho met Rubio in Washington on Tuesday ... During Tuesday's talks,
      // Cho and Rubio agreed": an event with no place of its own happened
      // where the same two actors were last placed that day.
      if (options_.locations && (!e.location || e.location->from == "dateline") && e.target) {
        for (auto it = placed_pairs.rbegin(); it != placed_pairs.rend(); ++it) {
          const Event& p = coded->events[*it];
          const bool same_pair = (p.source.code == e.source.code && p.target->code == e.target->code) ||
                                 (p.source.code == e.target->code && p.target->code == e.source.code);
          if (!same_pair || p.date != e.date) continue;
          e.location = p.location;
          e.location->from = "context";
          break;
        }
      }
      if (e.location && e.location->from == "clause" && e.target) placed_pairs.push_back(j);
      ApplyPlaceConventions(&e);
      FillCameoFields(e);
      e.mentions = {i};
      e.id = EventId(e, verb);
    }
    if (options_.dates && !parsed.is_title) {
      // The sentence's own day: its main clause's, else its first event's.
      sentence_days[i] = day_state(SentenceDate(parsed, article.date));
      std::optional<Date> day;
      bool looked = false;
      for (size_t j = cs.events_begin; j < cs.events_end; ++j) {
        Event& e = coded->events[j];
        // (Not one its sentence says is some days off: "days after the group seized the city".)
        if (e.date_precision != DatePrecision::kStory || coded->verbs[j] < 0 || !e.evidence.date_expression.empty())
          continue;
        if (!InPastNarrative(parsed, coded->verbs[j])) continue;
        if (!looked) day = context_day(i, parsed), looked = true;
        if (!day) break;
        // (A statement, 01-03, 05 and 09-13, is not dated by a day before
        // yesterday: "Gazprom stopped deliveries on January 1 ... The Kremlin
        // denied any political motive" in a story of January 9 is a reaction
        // since. A meeting or a visit, 04, is told on its day.)
        if (e.cameo.compare(0, 2, "13") <= 0 && e.cameo.compare(0, 2, "04") != 0 &&
            (e.cameo.compare(0, 2, "06") < 0 || e.cameo.compare(0, 2, "08") > 0) &&
            article.date.ToDays() - day->ToDays() > 1)
          continue;
        e.date = *day;
        e.date_precision = DatePrecision::kContext;
      }
    }
    std::swap(pc.actor_spans, cs.actor_spans);
  }
  std::vector<Event> events = std::move(coded->events);
  coded->Clear();
  for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) events.erase(events.begin() + *it);
  if (options_.merge_mentions) MergeArticleEvents(events, doc);
  return events;
}

std::vector<Event> Pipeline::Code(Article& article) const {
  Document doc = Analyze(article);
  return CodeDocument(article, doc);
}

}  // namespace dyad

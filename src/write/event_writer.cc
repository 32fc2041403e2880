#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>

#include "dyad/cameo.h"
#include "dyad/write.h"

namespace dyad {
namespace {

std::string Quote(std::string_view s) { return "\"" + JsonEscape(s) + "\""; }

std::string Number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string SpanJson(const Span& s) {
  if (s.empty()) return "null";
  return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + "]";
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::string ActorJson(const Actor& a) {
  std::string out = "{\"code\":" + Quote(a.code) + ",\"country\":" +
                    (a.country.empty() ? std::string("null") : Quote(a.country)) + ",\"sectors\":[";
  for (size_t i = 0; i < a.sectors.size(); ++i) out += (i ? "," : "") + Quote(a.sectors[i]);
  out += "],\"text\":" + Quote(a.text) + ",\"span\":" + SpanJson(a.span) + "}";
  return out;
}

std::string OrNull(const std::string& s) { return s.empty() ? "null" : Quote(s); }

// CSV/TSV cell: CSV quotes when needed; TSV replaces tabs and newlines.
std::string Cell(const std::string& v, OutputFormat f) {
  if (f == OutputFormat::kCsv) {
    if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  }
  std::string out = v;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::vector<std::string> FlatRow(const Event& e) {
  const Actor empty;
  const Actor& t = e.target ? *e.target : empty;
  std::string mentions;
  for (size_t i = 0; i < e.mentions.size(); ++i) mentions += (i ? ";" : "") + std::to_string(e.mentions[i]);
  const Location* l = e.location ? &*e.location : nullptr;
  char lat[32] = "", lon[32] = "";
  if (l) {
    std::snprintf(lat, sizeof lat, "%.5f", l->lat);
    std::snprintf(lon, sizeof lon, "%.5f", l->lon);
  }
  return {e.id, e.article_id, std::to_string(e.sentence), e.story_date.ToString(), e.date.ToString(),
          DatePrecisionName(e.date_precision), e.source.code, e.source.country, Join(e.source.sectors, ";"),
          e.source.text, t.code, t.country, Join(t.sectors, ";"), t.text, e.cameo, e.root,
          std::to_string(e.quad_class), Number(e.goldstein), e.plover.type, e.plover.mode, e.plover.context,
          l ? l->name : "", l ? l->admin1 : "", l ? l->country : "", lat, lon,
          l && l->geonames_id ? std::to_string(l->geonames_id) : "", l ? l->precision : "", e.reported_by,
          std::to_string(e.num_mentions), std::to_string(e.num_articles), mentions, e.evidence.pattern,
          e.sentence_text};
}

// GDELT 2.0 event-table columns that dyad can fill (country codes are ISO
// alpha-3, not GDELT's FIPS; see docs/event-record.md).
const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kCols = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
      "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
      "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat",
      "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"};
  return kCols;
}

std::vector<std::string> GdeltRow(const Event& e) {
  const Actor empty;
  const Actor& t = e.target ? *e.target : empty;
  const Date& d = e.date.valid() ? e.date : e.story_date;
  char frac[16];
  std::snprintf(frac, sizeof frac, "%.4f", d.year + ((d.month - 1) * 30 + d.day) / 365.0);
  auto type1 = [](const Actor& a) { return a.sectors.empty() ? std::string() : a.sectors[0]; };
  std::string base = e.cameo.size() > 3 ? e.cameo.substr(0, 3) : e.cameo;
  const Location* l = e.location ? &*e.location : nullptr;
  std::string geo_type = !l ? "0" : l->precision == "country" ? "1" : l->precision == "admin1" ? "5" : "4";
  char lat[32] = "", lon[32] = "";
  if (l) {
    std::snprintf(lat, sizeof lat, "%.4f", l->lat);
    std::snprintf(lon, sizeof lon, "%.4f", l->lon);
  }
  return {e.id, d.ToCompactString(), d.ToCompactString().substr(0, 6), std::to_string(d.year), frac,
          e.source.code, e.source.text, e.source.country, type1(e.source), t.code, t.text, t.country,
          type1(t), e.sentence == 0 ? "1" : "0", e.cameo, base, e.root, std::to_string(e.quad_class),
          Number(e.goldstein), std::to_string(e.num_mentions), std::to_string(e.num_articles),
          std::to_string(e.num_articles), geo_type, l ? l->name : "", l ? l->country : "",
          l ? l->admin1 : "", lat, lon, l && l->geonames_id ? std::to_string(l->geonames_id) : "",
          e.story_date.ToCompactString(), e.url};
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return OutputFormat::kJsonl;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "gdelt") return OutputFormat::kGdelt;
  return std::nullopt;
}

const std::vector<std::string>& FlatColumns() {
  static const std::vector<std::string> kCols = {
      "id", "article_id", "sentence", "story_date", "date", "date_precision", "source_code",
      "source_country", "source_sectors", "source_text", "target_code", "target_country",
      "target_sectors", "target_text", "cameo", "root", "quad_class", "goldstein", "plover_type",
      "plover_mode", "plover_context", "location_name", "location_admin1", "location_country",
      "location_lat", "location_lon", "location_geonames_id", "location_precision", "reported_by",
      "num_mentions", "num_articles", "mentions", "pattern", "sentence_text"};
  return kCols;
}

std::string EventToJson(const Event& e) {
  std::ostringstream o;
  o << "{\"id\":" << Quote(e.id) << ",\"article_id\":" << Quote(e.article_id)
    << ",\"sentence\":" << e.sentence << ",\"sentence_text\":" << Quote(e.sentence_text)
    << ",\"story_date\":" << Quote(e.story_date.ToString()) << ",\"date\":" << Quote(e.date.ToString())
    << ",\"date_precision\":" << Quote(DatePrecisionName(e.date_precision))
    << ",\"source\":" << ActorJson(e.source)
    << ",\"target\":" << (e.target ? ActorJson(*e.target) : std::string("null"))
    << ",\"one_sided\":" << (e.one_sided ? "true" : "false") << ",\"cameo\":" << Quote(e.cameo)
    << ",\"root\":" << Quote(e.root) << ",\"quad_class\":" << e.quad_class
    << ",\"goldstein\":" << Number(e.goldstein) << ",\"plover\":{\"type\":" << OrNull(e.plover.type)
    << ",\"mode\":" << OrNull(e.plover.mode) << ",\"context\":" << OrNull(e.plover.context) << "}";
  o << ",\"location\":";
  if (e.location) {
    const Location& l = *e.location;
    o << "{\"name\":" << Quote(l.name) << ",\"admin1\":" << OrNull(l.admin1)
      << ",\"country\":" << OrNull(l.country) << ",\"lat\":" << Number(l.lat) << ",\"lon\":" << Number(l.lon)
      << ",\"geonames_id\":" << (l.geonames_id ? std::to_string(l.geonames_id) : "null")
      << ",\"precision\":" << Quote(l.precision) << ",\"text\":" << Quote(l.text)
      << ",\"from\":" << OrNull(l.from) << "}";
  } else {
    o << "null";
  }
  o << ",\"reported_by\":" << OrNull(e.reported_by);
  const Evidence& ev = e.evidence;
  o << ",\"evidence\":{\"source\":" << SpanJson(ev.source) << ",\"verb\":" << SpanJson(ev.verb)
    << ",\"target\":" << SpanJson(ev.target) << ",\"pattern\":" << Quote(ev.pattern) << ",\"dict_entries\":[";
  for (size_t i = 0; i < ev.dict_entries.size(); ++i) o << (i ? "," : "") << Quote(ev.dict_entries[i]);
  o << "],\"date_expression\":" << OrNull(ev.date_expression) << ",\"note\":" << OrNull(ev.note) << "}";
  o << ",\"mentions\":[";
  for (size_t i = 0; i < e.mentions.size(); ++i) o << (i ? "," : "") << e.mentions[i];
  o << "],\"num_mentions\":" << e.num_mentions << ",\"num_articles\":" << e.num_articles;
  if (!e.url.empty()) o << ",\"url\":" << Quote(e.url);
  if (!e.news_source.empty()) o << ",\"news_source\":" << Quote(e.news_source);
  o << "}";
  return o.str();
}

EventWriter::EventWriter(std::ostream& out, OutputFormat format) : out_(out), format_(format) {}

void EventWriter::Write(const Event& e) {
  if (format_ == OutputFormat::kJsonl) {
    out_ << EventToJson(e) << '\n';
    return;
  }
  const bool gdelt = format_ == OutputFormat::kGdelt;
  const char sep = format_ == OutputFormat::kCsv ? ',' : '\t';
  const OutputFormat cell_format = gdelt ? OutputFormat::kTsv : format_;
  if (!header_written_) {
    const auto& cols = gdelt ? GdeltColumns() : FlatColumns();
    for (size_t i = 0; i < cols.size(); ++i) out_ << (i ? std::string(1, sep) : "") << cols[i];
    out_ << '\n';
    header_written_ = true;
  }
  const auto row = gdelt ? GdeltRow(e) : FlatRow(e);
  for (size_t i = 0; i < row.size(); ++i) out_ << (i ? std::string(1, sep) : "") << Cell(row[i], cell_format);
  out_ << '\n';
}

}  // namespace dyad

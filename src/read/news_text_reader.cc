// News text records: " date YYYY-MM-DD" lines, each followed by a title that
// runs into the body. One pass over the lines; each record's text is one slice
// of the input, copied once.
#include <cstring>

#include "read/reader_internal.h"

namespace dyad::read_internal {

namespace {

bool IsDateChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.' || c == ':' || c == 'T' || c == 'Z' ||
         c == '+';
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

bool IsDateLine(std::string_view line, std::string_view* date_token, std::string_view* rest) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (line.size() - i < 4) return false;
  if (Lower(line[i]) != 'd' || Lower(line[i + 1]) != 'a' || Lower(line[i + 2]) != 't' || Lower(line[i + 3]) != 'e')
    return false;
  i += 4;
  std::string_view after = TrimSpace(line.substr(i));
  if (after.empty()) {  // a bare "date" line: a record whose date is missing
    *date_token = {};
    *rest = {};
    return true;
  }
  if (line[i] != ' ' && line[i] != '\t') return false;
  size_t t = 0;
  while (t < after.size() && !IsSpace(after[t])) ++t;
  std::string_view token = after.substr(0, t);
  if (token.size() < 6 || token[0] < '0' || token[0] > '9') return false;
  for (char c : token)
    if (!IsDateChar(c)) return false;
  *date_token = token;
  *rest = TrimSpace(after.substr(t));
  return true;
}

std::optional<Date> ParseLooseDate(std::string_view token) {
  if (auto d = ParseDate(token)) return d;
  if (token.size() > 10 && (token[10] == 'T' || token[10] == ' ')) return ParseDate(token.substr(0, 10));
  return std::nullopt;
}

void ReadNewsText(std::string_view data, ReadContext& ctx) {
  struct Pending {
    bool open = false;
    size_t line = 0;
    std::string_view date_token;
    size_t text_begin = 0;  // offset of the title/body in `data`
  } rec;
  size_t preamble_line = 0;  // first line of text seen before any date line
  bool seen_date_line = false;

  auto finish = [&](size_t text_end) {
    if (!rec.open) return;
    rec.open = false;
    std::string_view text = TrimSpace(data.substr(rec.text_begin, text_end - rec.text_begin));
    std::string id = ctx.DefaultId(rec.line);
    if (rec.date_token.empty()) {
      ctx.Error(rec.line, id, "missing date (want \" date YYYY-MM-DD\")");
      return;
    }
    std::optional<Date> date = ParseLooseDate(rec.date_token);
    if (!date) {
      ctx.Error(rec.line, id, "invalid date '" + std::string(rec.date_token) + "' (want YYYY-MM-DD)");
      return;
    }
    std::string detail;
    if (const char* why = CheckRecordText(text, ctx.options->max_record_bytes, &detail)) {
      ctx.Error(rec.line, id, detail.empty() ? why : std::string(why) + " (" + detail + ")");
      return;
    }
    Article a;
    a.id = std::move(id);
    a.date = *date;
    a.text = std::string(text);
    a.origin_line = rec.line;
    ctx.Deliver(std::move(a));
  };

  size_t pos = 0, line_no = 1;
  while (pos < data.size()) {
    const char* nl = static_cast<const char*>(std::memchr(data.data() + pos, '\n', data.size() - pos));
    size_t end = nl ? static_cast<size_t>(nl - data.data()) : data.size();
    std::string_view line = data.substr(pos, end - pos);
    std::string_view token, rest;
    // Cheap pre-check: date lines start with blanks then 'd'.
    size_t k = 0;
    while (k < line.size() && k < 64 && (line[k] == ' ' || line[k] == '\t')) ++k;
    if (k < line.size() && Lower(line[k]) == 'd' && IsDateLine(line.substr(0, std::min<size_t>(line.size(), 1 << 16)), &token, &rest)) {
      finish(pos);
      if (preamble_line != 0) {
        ctx.Error(preamble_line, "", "text before the first \" date YYYY-MM-DD\" line (record without a date)");
        preamble_line = 0;
      }
      seen_date_line = true;
      rec.open = true;
      rec.line = line_no;
      rec.date_token = token;
      rec.text_begin = rest.empty() ? end : static_cast<size_t>(rest.data() - data.data());
    } else if (!seen_date_line && preamble_line == 0 && !TrimSpace(line).empty()) {
      preamble_line = line_no;
    }
    pos = end + 1;
    ++line_no;
  }
  finish(data.size());
  if (preamble_line != 0)
    ctx.Error(preamble_line, "", "text before the first \" date YYYY-MM-DD\" line (record without a date)");
}

}  // namespace dyad::read_internal

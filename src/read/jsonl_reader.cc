// JSONL: one article object per line.
#include <cstring>
#include <vector>

#include "read/json.h"
#include "read/reader_internal.h"

namespace dyad::read_internal {

namespace {

// Copies a string member into `out`; numbers are accepted for ids only.
bool TakeString(const json::Member& m, bool allow_number, std::string* out, std::string* error) {
  if (m.kind == json::Kind::kString || (allow_number && m.kind == json::Kind::kNumber)) {
    *out = m.value;
    return true;
  }
  if (m.kind == json::Kind::kNull) {
    out->clear();
    return true;
  }
  *error = "member \"" + m.key + "\" must be a string";
  return false;
}

// A gold record's "events": [{"source": "CHNGOV", "target": "PRKGOV",
// "code": "020", "date": "2025-11-22", "place": "Bali"}, ...] (date and place
// optional), for dyad eval.
bool TakeGoldEvents(const json::Member& m, std::vector<GoldEvent>* out, std::string* error) {
  if (m.kind == json::Kind::kNull) return true;
  std::vector<std::vector<json::Member>> objects;
  if (m.kind != json::Kind::kArray || !json::ParseArrayOfObjects(m.value, &objects, error)) {
    *error = "member \"events\" must be an array of objects" + (error->empty() ? "" : ": " + *error);
    return false;
  }
  for (size_t i = 0; i < objects.size(); ++i) {
    GoldEvent gold;
    std::string date;
    for (const json::Member& f : objects[i]) {
      std::string* field = f.key == "source" ? &gold.source
                           : f.key == "target" ? &gold.target
                           : f.key == "code"   ? &gold.code
                           : f.key == "date"   ? &date
                           : f.key == "place"  ? &gold.place
                                               : nullptr;
      if (field != nullptr && !TakeString(f, false, field, error)) {
        *error = "events[" + std::to_string(i) + "]: " + *error;
        return false;
      }
    }
    if (gold.code.empty()) {
      *error = "events[" + std::to_string(i) + "] has no \"code\"";
      return false;
    }
    if (!date.empty() && !(gold.date = ParseDate(date))) {
      *error = "events[" + std::to_string(i) + "]: date '" + date + "' is not a date (want YYYY-MM-DD)";
      return false;
    }
    out->push_back(std::move(gold));
  }
  return true;
}

}  // namespace

void ReadJsonl(std::string_view data, ReadContext& ctx) {
  std::vector<json::Member> members;
  std::string error;
  size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    ++line_no;
    const char* nl = static_cast<const char*>(std::memchr(data.data() + pos, '\n', data.size() - pos));
    size_t end = nl ? static_cast<size_t>(nl - data.data()) : data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    if (line.size() > ctx.options->max_record_bytes) {
      ctx.Error(line_no, "", "line too long (" + std::to_string(line.size()) + " bytes, limit " +
                                 std::to_string(ctx.options->max_record_bytes) + ")");
      continue;
    }
    line = TrimSpace(line);
    if (line.empty()) continue;
    if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
      ctx.Error(line_no, "", "binary data (NUL bytes)");
      continue;
    }
    error.clear();
    if (!json::ParseObject(line, &members, &error)) {
      ctx.Error(line_no, "", "broken JSON: " + error);
      continue;
    }
    Article a;
    a.origin_line = line_no;
    const json::Member* date = nullptr;
    bool has_text = false, ok = true;
    for (const json::Member& m : members) {
      if (m.key == "id") ok = TakeString(m, true, &a.id, &error);
      else if (m.key == "date") date = &m;
      else if (m.key == "title") ok = TakeString(m, false, &a.title, &error);
      else if (m.key == "text") ok = TakeString(m, false, &a.text, &error), has_text = true;
      else if (m.key == "source") ok = TakeString(m, false, &a.source, &error);
      else if (m.key == "url") ok = TakeString(m, false, &a.url, &error);
      else if (m.key == "events") ok = TakeGoldEvents(m, &a.gold, &error);
      if (!ok) break;
    }
    std::string id = a.id.empty() ? ctx.DefaultId(line_no) : a.id;
    if (!ok) {
      ctx.Error(line_no, id, error);
      continue;
    }
    if (date == nullptr || date->kind == json::Kind::kNull) {
      ctx.Error(line_no, id, "missing \"date\"");
      continue;
    }
    std::optional<Date> d;
    if (date->kind == json::Kind::kString || date->kind == json::Kind::kNumber) d = ParseLooseDate(date->value);
    if (!d) {
      ctx.Error(line_no, id, "invalid date '" + date->value + "' (want YYYY-MM-DD)");
      continue;
    }
    a.date = *d;
    if (!has_text) {
      ctx.Error(line_no, id, "missing \"text\"");
      continue;
    }
    std::string detail;
    if (const char* why = CheckRecordText(a.text, ctx.options->max_record_bytes, &detail)) {
      ctx.Error(line_no, id, detail.empty() ? why : std::string(why) + " (" + detail + ")");
      continue;
    }
    ctx.Deliver(std::move(a));
  }
}

}  // namespace dyad::read_internal

// PETRARCH XML gold/validation files. Not a general XML parser: a forward scan
// for tags that tolerates what these files contain (banner lines outside any
// element, comments, self-closed <Sentence .../> followed by its children,
// attributes in any order with spaces around '=', single or double quotes) and
// reports a truncated or malformed <Sentence> without losing the others.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "read/reader_internal.h"
#include "syntax/conllu.h"

namespace dyad::read_internal {

namespace {

struct Attribute {
  std::string_view name;
  std::string value;  // entity-decoded
};

struct Tag {
  std::string_view name;
  bool closing = false;       // </name>
  bool self_closing = false;  // <name/>
  std::vector<Attribute> attributes;
  size_t end = 0;  // offset just past '>'

  const std::string* Get(std::string_view key) const {
    for (const Attribute& a : attributes)
      if (a.name == key) return &a.value;
    return nullptr;
  }
};

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the entity at s[0] == '&'; returns bytes consumed, 0 if it is not one
// (the '&' is then kept as written).
size_t DecodeEntity(std::string_view s, std::string* out) {
  size_t semi = s.find(';', 1);
  if (semi == std::string_view::npos || semi > 12) return 0;
  std::string_view name = s.substr(1, semi - 1);
  if (name == "amp") out->push_back('&');
  else if (name == "lt") out->push_back('<');
  else if (name == "gt") out->push_back('>');
  else if (name == "quot") out->push_back('"');
  else if (name == "apos") out->push_back('\'');
  else if (name.size() >= 2 && name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    AppendUtf8(cp, out);
  } else {
    return 0;
  }
  return semi + 1;
}

// Appends `raw` with entities decoded; when `collapse`, whitespace runs become
// one space (leading/trailing spaces are trimmed by the caller).
void AppendDecoded(std::string_view raw, bool collapse, std::string* out) {
  for (size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (c == '&') {
      if (size_t n = DecodeEntity(raw.substr(i), out)) {
        i += n;
        continue;
      }
    } else if (collapse && IsSpace(c)) {
      while (i < raw.size() && IsSpace(raw[i])) ++i;
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
      continue;
    }
    out->push_back(c);
    ++i;
  }
}

enum class TagResult { kTag, kNotATag, kTruncated };

// Parses a start or end tag at data[pos] == '<'.
TagResult ParseTag(std::string_view data, size_t pos, Tag* tag) {
  tag->attributes.clear();
  tag->closing = tag->self_closing = false;
  size_t i = pos + 1;
  if (i < data.size() && data[i] == '/') {
    tag->closing = true;
    ++i;
  }
  if (i >= data.size() || !IsNameStart(data[i])) return i >= data.size() ? TagResult::kTruncated : TagResult::kNotATag;
  size_t name_start = i;
  while (i < data.size() && IsNameChar(data[i])) ++i;
  tag->name = data.substr(name_start, i - name_start);
  for (;;) {
    while (i < data.size() && IsSpace(data[i])) ++i;
    if (i >= data.size()) return TagResult::kTruncated;
    char c = data[i];
    if (c == '>') {
      tag->end = i + 1;
      return TagResult::kTag;
    }
    if (c == '/' && i + 1 < data.size() && data[i + 1] == '>') {
      tag->self_closing = true;
      tag->end = i + 2;
      return TagResult::kTag;
    }
    if (c == '<') return TagResult::kTruncated;  // a tag that never closed
    if (!IsNameChar(c)) {  // stray byte inside a tag: skip it
      ++i;
      continue;
    }
    size_t an = i;
    while (i < data.size() && IsNameChar(data[i])) ++i;
    Attribute attr;
    attr.name = data.substr(an, i - an);
    size_t j = i;
    while (j < data.size() && IsSpace(data[j])) ++j;
    if (j < data.size() && data[j] == '=') {
      ++j;
      while (j < data.size() && IsSpace(data[j])) ++j;
      if (j >= data.size()) return TagResult::kTruncated;
      if (data[j] == '"' || data[j] == '\'') {
        const char* q = static_cast<const char*>(std::memchr(data.data() + j + 1, data[j], data.size() - j - 1));
        if (q == nullptr) return TagResult::kTruncated;
        size_t qe = static_cast<size_t>(q - data.data());
        AppendDecoded(data.substr(j + 1, qe - j - 1), false, &attr.value);
        i = qe + 1;
      } else {  // unquoted value
        size_t vs = j;
        while (j < data.size() && !IsSpace(data[j]) && data[j] != '>' && data[j] != '<') ++j;
        AppendDecoded(data.substr(vs, j - vs), false, &attr.value);
        i = j;
      }
    }
    tag->attributes.push_back(std::move(attr));
  }
}

// Finds the end of the element content starting at `pos` that must be closed
// by "</name": skips comments; stops at the first other '<'. Returns the offset
// of that '<' (npos at end of data); `closed` says whether it is the end tag.
size_t FindContentEnd(std::string_view data, size_t pos, std::string_view name, bool* closed) {
  *closed = false;
  while (pos < data.size()) {
    const char* lt = static_cast<const char*>(std::memchr(data.data() + pos, '<', data.size() - pos));
    if (lt == nullptr) return std::string_view::npos;
    size_t at = static_cast<size_t>(lt - data.data());
    std::string_view rest = data.substr(at);
    if (rest.substr(0, 4) == "<!--") {
      size_t end = data.find("-->", at + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      pos = end + 3;
      continue;
    }
    if (rest.size() >= name.size() + 2 && rest[1] == '/' && rest.substr(2, name.size()) == name &&
        (rest.size() == name.size() + 2 || !IsNameChar(rest[name.size() + 2]))) {
      *closed = true;
      return at;
    }
    if (rest.size() >= 2 && (IsNameStart(rest[1]) || rest[1] == '/')) return at;  // another tag
    pos = at + 1;  // a lone '<' in text
  }
  return std::string_view::npos;
}

// The words of a CoNLL-U <Parse> (its second column, token lines only),
// joined by spaces, with no space before closing punctuation and clitics
// ("n't", "'s") nor after an opening bracket or quote.
std::string WordsOfParse(std::string_view raw) {
  std::string out;
  bool glue_next = false;
  std::vector<std::string> malformed;  // (lines that are no word line are left out)
  for (const syntax::ConlluSentence& s : syntax::ParseConllu(raw, &malformed)) {
    for (const Token& t : s.sentence.tokens) {
      const std::string_view form = t.form;
      if (form.empty() || form == "_") continue;
      const bool glue = form == "," || form == "." || form == ";" || form == ":" || form == "!" || form == "?" ||
                        form == ")" || form == "]" || form == "'s" || form == "'" || form == "n't" || form == "%" ||
                        form == "''";
      if (!out.empty() && !glue && !glue_next) out += ' ';
      out += form;
      glue_next = form == "(" || form == "[" || form == "``";
    }
  }
  return out;
}

// Text content with comments removed, entities decoded, whitespace collapsed.
std::string ElementText(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t c = raw.find("<!--", pos);
    if (c == std::string_view::npos) c = raw.size();
    AppendDecoded(raw.substr(pos, c - pos), true, &out);
    if (c == raw.size()) break;
    size_t e = raw.find("-->", c + 4);
    pos = e == std::string_view::npos ? raw.size() : e + 3;
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  size_t lead = out.find_first_not_of(' ');
  out.erase(0, lead == std::string::npos ? out.size() : lead);
  return out;
}

class PetrarchReader {
 public:
  PetrarchReader(std::string_view data, ReadContext& ctx) : data_(data), ctx_(ctx), lines_(data) {}

  void Run() {
    size_t pos = 0;
    Tag tag;
    while (pos < data_.size()) {
      const char* lt = static_cast<const char*>(std::memchr(data_.data() + pos, '<', data_.size() - pos));
      if (lt == nullptr) break;
      size_t at = static_cast<size_t>(lt - data_.data());
      std::string_view rest = data_.substr(at);
      if (rest.substr(0, 4) == "<!--") {
        pos = SkipTo(at + 4, "-->", at, "unterminated comment");
        continue;
      }
      if (rest.substr(0, 9) == "<![CDATA[") {
        pos = SkipTo(at + 9, "]]>", at, "unterminated CDATA section");
        continue;
      }
      if (rest.substr(0, 2) == "<?" || rest.substr(0, 2) == "<!") {
        pos = SkipTo(at + 2, ">", at, "unterminated declaration");
        continue;
      }
      TagResult r = ParseTag(data_, at, &tag);
      if (r == TagResult::kNotATag) {
        pos = at + 1;
        continue;
      }
      if (r == TagResult::kTruncated) {
        Truncated(at, "truncated XML: a tag never closes");
        // Resume at the next '<' so that a record after the damage is kept.
        pos = at + 1;
        continue;
      }
      pos = Handle(tag, at);
    }
    if (open_) Fail("truncated XML: end of input inside <Sentence>");
  }

 private:
  // Skips to just past `close`; at end of data reports a truncation.
  size_t SkipTo(size_t from, std::string_view close, size_t at, const char* what) {
    size_t e = data_.find(close, from);
    if (e != std::string_view::npos) return e + close.size();
    Truncated(at, std::string("truncated XML: ") + what);
    return data_.size();
  }

  void Truncated(size_t at, std::string reason) {
    if (open_) {
      Fail(std::move(reason));
    } else {
      ctx_.Error(lines_.LineAt(at), "", std::move(reason));
    }
  }

  size_t Handle(const Tag& tag, size_t at) {
    if (tag.name == "Sentence") {
      if (tag.closing) {
        if (open_) Finish();
        return tag.end;
      }
      if (open_) Fail("truncated XML: <Sentence> without </Sentence>");
      Open(tag, at);
      return tag.end;
    }
    if (tag.name == "Sentences" && tag.closing) {
      if (open_) Fail("truncated XML: </Sentences> inside <Sentence>");
      return tag.end;
    }
    // <Config option="require_dyad" value="false"> applies to the records after it.
    if (tag.name == "Config" && !tag.closing) {
      const std::string* option = tag.Get("option");
      const std::string* value = tag.Get("value");
      if (option && value && *option == "require_dyad") {
        std::string v = *value;
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        require_dyad_ = !(v == "false" || v == "0" || v == "no");
      }
      // <Config option="new_actor_length" value="4">: phrases of up to 4
      // words no dictionary knows are coded by their text (0: off).
      if (option && value && *option == "new_actor_length") {
        int n = 0;
        for (char c : *value) {
          if (c < '0' || c > '9') break;
          n = std::min(n * 10 + (c - '0'), 1000);
        }
        new_actor_length_ = n;
      }
      return tag.end;
    }
    if (!open_ || tag.closing) return tag.end;
    if (tag.name == "EventCoding") {
      AddGold(tag);
      return tag.end;
    }
    if ((tag.name == "Text" || tag.name == "Parse" || tag.name == "Parsed") && !tag.self_closing) {
      bool closed;
      size_t end = FindContentEnd(data_, tag.end, tag.name, &closed);
      if (tag.name == "Text") {
        if (!closed) {
          Fail("truncated XML: <Text> is not closed");
          return end == std::string_view::npos ? data_.size() : end;
        }
        if (has_text_) Fail("two <Text> elements");
        has_text_ = true;
        article_.text = ElementText(data_.substr(tag.end, end - tag.end));
      } else if (closed) {
        parse_words_ = WordsOfParse(data_.substr(tag.end, end - tag.end));
      }
      if (end == std::string_view::npos) return data_.size();
      if (!closed) return end;
      size_t gt = data_.find('>', end);
      return gt == std::string_view::npos ? data_.size() : gt + 1;
    }
    return tag.end;
  }

  void Open(const Tag& tag, size_t at) {
    open_ = true;
    has_text_ = false;
    parse_words_.clear();
    broken_.clear();
    article_ = Article();
    article_.sentence_level = true;
    article_.require_dyad = require_dyad_;
    article_.new_actor_length = new_actor_length_;
    article_.origin_line = lines_.LineAt(at);
    if (const std::string* id = tag.Get("id")) article_.id = *id;
    if (const std::string* src = tag.Get("source")) article_.source = *src;
    const std::string* date = tag.Get("date");
    if (date == nullptr) {
      broken_ = "missing date attribute";
    } else if (auto d = ParseDate(*date)) {
      article_.date = *d;
    } else if (auto yymmdd = ParseTwoDigitYearDate(*date)) {
      article_.date = *yymmdd;
    } else {
      broken_ = "invalid date '" + *date + "' (want YYYYMMDD or YYMMDD)";
    }
  }

  // TABARI's YYMMDD ("121108"), which PETRARCH files carry over: years 50-99
  // are 19YY, the others 20YY.
  static std::optional<Date> ParseTwoDigitYearDate(std::string_view t) {
    if (t.size() != 6) return std::nullopt;
    for (char c : t)
      if (c < '0' || c > '9') return std::nullopt;
    const int yy = (t[0] - '0') * 10 + (t[1] - '0');
    std::string full = std::to_string(yy >= 50 ? 1900 + yy : 2000 + yy);
    full.append(t.substr(2));
    return ParseDate(full);
  }

  void AddGold(const Tag& tag) {
    // noevents="True" and error="..." mean "nothing to code": no gold events.
    if (tag.Get("noevents") != nullptr || tag.Get("error") != nullptr) return;
    const std::string* code = tag.Get("eventcode");
    const std::string* source = tag.Get("sourcecode");
    const std::string* target = tag.Get("targetcode");
    if (code == nullptr || code->empty()) {
      if (broken_.empty()) broken_ = "<EventCoding> without eventcode";
      return;
    }
    GoldEvent gold{source ? *source : "", target ? *target : "", *code, std::nullopt, {}};
    // eventdate="YYYY-MM-DD": dyad's extension, for scoring event dates.
    if (const std::string* when = tag.Get("eventdate")) {
      gold.date = ParseDate(*when);
      if (!gold.date) {
        if (broken_.empty()) broken_ = "<EventCoding> eventdate '" + *when + "' is not a date (want YYYY-MM-DD)";
        return;
      }
    }
    article_.gold.push_back(std::move(gold));
  }

  void Finish() {
    open_ = false;
    if (!broken_.empty()) return Reject(broken_);
    if (!has_text_) return Reject("no <Text> element");
    // An empty <Text> with a parse: the record's words are those of the
    // parse (dyad reads the words only, and parses them itself).
    if (article_.text.find_first_not_of(" \t\r\n") == std::string::npos && !parse_words_.empty())
      article_.text = parse_words_;
    std::string detail;
    if (const char* why = CheckRecordText(article_.text, ctx_.options->max_record_bytes, &detail))
      return Reject(detail.empty() ? why : std::string(why) + " (" + detail + ")");
    ctx_.Deliver(std::move(article_));
  }

  void Reject(const std::string& reason) {
    ctx_.Error(article_.origin_line, article_.id.empty() ? ctx_.DefaultId(article_.origin_line) : article_.id,
               reason);
  }

  void Fail(std::string reason) {
    open_ = false;
    Reject(broken_.empty() ? reason : broken_);
  }

  std::string_view data_;
  ReadContext& ctx_;
  LineCounter lines_;
  bool open_ = false;
  bool has_text_ = false;
  bool require_dyad_ = true;  // the last <Config option="require_dyad">
  int new_actor_length_ = 0;  // the last <Config option="new_actor_length">
  std::string broken_;  // first problem found in the open record
  std::string parse_words_;  // the words of the open record's <Parse>, if any
  Article article_;
};

}  // namespace

void ReadPetrarchXml(std::string_view data, ReadContext& ctx) { PetrarchReader(data, ctx).Run(); }

}  // namespace dyad::read_internal

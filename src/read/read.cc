// Format names, detection, shared record checks and the ReadArticles entry.
#include "dyad/read.h"

#include <algorithm>
#include <cstring>

#include "read/reader_internal.h"

namespace dyad {

using read_internal::IsSpace;

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "news") return InputFormat::kNewsText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "plain") return InputFormat::kPlain;
  if (name == "petrarch") return InputFormat::kPetrarchXml;
  return std::nullopt;
}

const char* InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kNewsText: return "news";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kPlain: return "plain";
    case InputFormat::kPetrarchXml: return "petrarch";
  }
  return "auto";
}

InputFormat DetectInputFormat(std::string_view data) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  size_t i = 0;
  while (i < data.size() && IsSpace(data[i])) ++i;
  if (i == data.size()) return InputFormat::kPlain;
  if (data[i] == '<') return InputFormat::kPetrarchXml;
  if (data[i] == '{') return InputFormat::kJsonl;
  size_t eol = data.find('\n', i);
  std::string_view first = data.substr(i, eol == std::string_view::npos ? data.size() - i : eol - i);
  std::string_view token, rest;
  if (read_internal::IsDateLine(first, &token, &rest)) return InputFormat::kNewsText;
  return InputFormat::kPlain;
}

std::string ReadError::ToString() const {
  std::string s = file.empty() ? std::string("-") : file;
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  if (!id.empty()) s += "record " + id + ": ";
  s += reason;
  return s;
}

namespace read_internal {

void ReadContext::Error(size_t line, std::string_view id, std::string reason) const {
  if (!*on_error) return;
  ReadError e;
  e.file = std::string(file);
  e.line = line;
  e.id = std::string(id);
  e.reason = std::move(reason);
  (*on_error)(e);
}

std::string ReadContext::DefaultId(size_t line) const {
  std::string_view base = file;
  if (size_t slash = base.find_last_of('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
  if (base.empty()) base = "-";
  std::string id(base);
  id += ':';
  id += std::to_string(line);
  return id;
}

void ReadContext::Deliver(Article&& a) {
  if (a.id.empty()) a.id = DefaultId(a.origin_line);
  a.origin_file = std::string(file);
  if (options->sentences) a.sentence_level = true;
  ++delivered;
  if (*on_article) (*on_article)(std::move(a));
}

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

size_t LineCounter::LineAt(size_t pos) {
  pos = std::min(pos, data_.size());
  if (pos < pos_) return line_;  // callers never go back; stay safe if they do
  line_ += static_cast<size_t>(std::count(data_.begin() + pos_, data_.begin() + pos, '\n'));
  pos_ = pos;
  return line_;
}

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
static size_t Utf8SequenceLength(const unsigned char* s, size_t n, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  if (s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (size_t k = 2; k < len; ++k)
    if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
  return len;
}

const char* CheckRecordText(std::string_view text, size_t max_bytes, std::string* detail) {
  if (text.size() > max_bytes) {
    *detail = std::to_string(text.size()) + " bytes, limit " + std::to_string(max_bytes);
    return "record too large";
  }
  if (std::memchr(text.data(), '\0', text.size()) != nullptr) return "binary data (NUL bytes)";
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t bad = 0, visible = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (c >= 0x21 && c < 0x7F) {  // printable ASCII: the common case
      ++visible;
      ++i;
      continue;
    }
    if (c < 0x80) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++bad;
      ++i;
      continue;
    }
    size_t len = Utf8SequenceLength(s, n, i);
    if (len == 0) {
      ++bad;
      ++i;
    } else {
      ++visible;
      i += len;
    }
  }
  if (bad > 0 && bad * 8 > n) {
    *detail = std::to_string(bad) + " of " + std::to_string(n) + " bytes are control or invalid UTF-8";
    return "binary garbage";
  }
  if (visible == 0) return "empty text";
  return nullptr;
}

}  // namespace read_internal

size_t ReadArticles(std::string_view data, std::string_view file_name, const ReadOptions& options,
                    const ArticleSink& on_article, const ErrorSink& on_error) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);  // byte-order mark
  read_internal::ReadContext ctx{file_name, &options, &on_article, &on_error};
  InputFormat format = options.format == InputFormat::kAuto ? DetectInputFormat(data) : options.format;
  switch (format) {
    case InputFormat::kNewsText: read_internal::ReadNewsText(data, ctx); break;
    case InputFormat::kJsonl: read_internal::ReadJsonl(data, ctx); break;
    case InputFormat::kPetrarchXml: read_internal::ReadPetrarchXml(data, ctx); break;
    case InputFormat::kPlain:
    case InputFormat::kAuto: read_internal::ReadPlain(data, ctx); break;
  }
  return ctx.delivered;
}

}  // namespace dyad

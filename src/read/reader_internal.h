// Pieces shared by the four readers (not part of the public API).
#ifndef DYAD_READ_READER_INTERNAL_H_
#define DYAD_READ_READER_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/read.h"

namespace dyad::read_internal {

// Everything a reader needs to deliver records and report bad ones.
struct ReadContext {
  std::string_view file;  // as given by the caller
  const ReadOptions* options;
  const ArticleSink* on_article;
  const ErrorSink* on_error;
  size_t delivered = 0;

  void Error(size_t line, std::string_view id, std::string reason) const;
  // Fills origin and id defaults, applies --sentences, delivers.
  void Deliver(Article&& a);
  // "<basename>:<line>", the id of a record that has none.
  std::string DefaultId(size_t line) const;
};

// Why a record's text is unusable, or nullptr when it is fine: empty text,
// NUL bytes, binary garbage, over the size limit. Runs in one pass, no allocation.
const char* CheckRecordText(std::string_view text, size_t max_bytes, std::string* detail);

// True for ' ', '\t', '\r', '\n', '\f', '\v'.
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string_view TrimSpace(std::string_view s);

// Counts lines while a reader moves forward through the input, so that line
// numbers cost O(n) in total however they are asked for.
class LineCounter {
 public:
  explicit LineCounter(std::string_view data) : data_(data) {}
  // 1-based line of byte offset `pos`; `pos` must not decrease between calls.
  size_t LineAt(size_t pos);

 private:
  std::string_view data_;
  size_t pos_ = 0;
  size_t line_ = 1;
};

// A news-text record start: optional blanks, "date" (any case), blanks, then a
// date-like token (digits and - / . : T Z, at least 6 characters) or nothing.
// `rest` is what follows the token on the line (a title, often).
bool IsDateLine(std::string_view line, std::string_view* date_token, std::string_view* rest);

// ParseDate, also accepting an ISO timestamp ("2022-11-26T08:00:00Z").
std::optional<Date> ParseLooseDate(std::string_view token);

void ReadNewsText(std::string_view data, ReadContext& ctx);
void ReadJsonl(std::string_view data, ReadContext& ctx);
void ReadPlain(std::string_view data, ReadContext& ctx);
void ReadPetrarchXml(std::string_view data, ReadContext& ctx);

}  // namespace dyad::read_internal

#endif  // DYAD_READ_READER_INTERNAL_H_

// Readers: article records from news text, JSONL, plain text and PETRARCH XML.
// Bad records are reported through the error callback and never stop the batch.
//
// Formats:
//  - news text: a record starts with a line " date YYYY-MM-DD" (leading space
//    optional; the title may follow the date on the same line); everything up
//    to the next date line is the record's text (title still run into the body:
//    CleanArticle splits it). id = "<file basename>:<line of the date line>".
//  - JSONL: one object per line with "id", "date" (YYYY-MM-DD, YYYYMMDD or an
//    ISO timestamp), optional "title", "text", "source", "url"; other keys are
//    ignored; blank lines are skipped.
//  - plain: the whole input is one record; ReadOptions::date is required.
//  - PETRARCH XML: each <Sentence date="YYYYMMDD" id="..."> (also the
//    self-closed "<Sentence .../>" form followed by its children) is one
//    sentence-level record; <Text> is whitespace-collapsed and entity-decoded;
//    gold comes from <EventCoding sourcecode targetcode eventcode>. Records whose
//    EventCoding says noevents="True" (the PETRARCH unit tests' way of saying
//    "nothing to code") or error="..." (an expected discard or parse error)
//    have empty gold. Attribute values are kept as written, so a quoted new-actor
//    code such as sourcecode='"INJURY TOLL"' keeps its double quotes.
#ifndef DYAD_READ_H_
#define DYAD_READ_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/article.h"

namespace dyad {

enum class InputFormat { kAuto, kNewsText, kJsonl, kPlain, kPetrarchXml };

// "news" | "jsonl" | "plain" | "petrarch" (and "auto").
std::optional<InputFormat> ParseInputFormat(std::string_view name);
const char* InputFormatName(InputFormat f);

// Guesses the format from the first bytes of the input.
InputFormat DetectInputFormat(std::string_view data);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::optional<Date> date;  // required for plain text (--date)
  std::string id;            // plain text record id (--id)
  bool sentences = false;    // --sentences: every record is one sentence context
  // A record (or line) longer than this is rejected rather than processed.
  size_t max_record_bytes = size_t{8} << 20;
};

struct ReadError {
  std::string file;
  size_t line = 0;   // 1-based, 0 when unknown
  std::string id;    // record id when known
  std::string reason;
  std::string ToString() const;  // "file:line: record id: reason"
};

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const ReadError&)>;

// Reads every record in `data` (the whole content of `file_name`).
// Returns the number of records delivered to `on_article`.
size_t ReadArticles(std::string_view data, std::string_view file_name, const ReadOptions& options,
                    const ArticleSink& on_article, const ErrorSink& on_error);

}  // namespace dyad

#endif  // DYAD_READ_H_
